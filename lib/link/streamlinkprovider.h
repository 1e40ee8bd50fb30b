#pragma once

#include "link.h"
#include <Tandem/deviceidentity.h>
#include <Tandem/tandem_export.h>

#include <QList>
#include <QObject>

#include <chrono>
#include <memory>

class QIODevice;

namespace Tandem {

class StreamLinkProviderPrivate;

/*!
    \struct Tandem::StreamLinkPeer
    \inmodule Tandem
    \inheaderfile Tandem/streamlinkprovider.h

    \brief Another device seen by a stream transport's discovery (Bluetooth
    device and SDP discovery). The id and name are what the peer advertises:
    hints for the device list, never trusted; the link's certificate decides.
    A plain value.
*/
struct StreamLinkPeer
{
    /*!
        \variable Tandem::StreamLinkPeer::address

        \brief What StreamLinkProvider::connectTo() takes, e.g.
        "AA:BB:CC:DD:EE:FF".
    */
    QString address;
    /*!
        \variable Tandem::StreamLinkPeer::deviceId
        \brief The device id it advertises (a hint).
    */
    QString deviceId;
    /*!
        \variable Tandem::StreamLinkPeer::name
        \brief The name it advertises (a hint).
    */
    QString name;
    friend bool operator==(const StreamLinkPeer &, const StreamLinkPeer &) = default;
};

/*!
    \class Tandem::StreamLinkProvider
    \inmodule Tandem
    \inheaderfile Tandem/streamlinkprovider.h

    \brief Makes links over a byte-stream transport (Bluetooth RFCOMM; memory
    in tests).

    Its subclasses listen, discover and dial, and hand each connected stream
    to secure(), which runs TLS before a link is handed on
    (linkEstablished()). The transport may be unavailable (no adapter,
    adapter off, no permission); state() and stateReason() say so, and
    finding that out never blocks the calling thread. Pending handshakes
    (MaxPendingHandshakes) and discovered peers (MaxPeers) are bounded. Use
    a provider from one thread.
*/
class TANDEM_AUTOTEST_EXPORT StreamLinkProvider : public QObject
{
    Q_OBJECT

public:
    /*!
        \enum Tandem::StreamLinkProvider::State

        Whether the transport can be used; stateChanged() follows each
        change.

        \value Starting finding out whether the transport can be used
        \value Available it can: listening, and dials and discovery work
        \value Unavailable see stateReason()
    */
    enum class State {
        Starting,
        Available,
        Unavailable,
    };
    Q_ENUM(State)

    /*!
        \variable Tandem::StreamLinkProvider::MaxPendingHandshakes

        \brief The most streams handshaking at once: 16. As for LAN,
        handshakes are cheap to start and costly to hold.
    */
    static constexpr int MaxPendingHandshakes = 16;
    /*!
        \variable Tandem::StreamLinkProvider::MaxPeers

        \brief The most discovered peers kept: 256; the oldest gives way.
    */
    static constexpr int MaxPeers = 256;

    /*!
        \fn Tandem::StreamLinkProvider::~StreamLinkProvider()

        Destroys the provider and drops the handshakes still pending.
    */
    ~StreamLinkProvider() override;

    /*!
        \fn Tandem::Link::Transport Tandem::StreamLinkProvider::transport() const

        Returns the transport of the links this provider makes.
    */
    Link::Transport transport() const;
    /*!
        \fn Tandem::StreamLinkProvider::State Tandem::StreamLinkProvider::state() const

        Returns whether the transport can be used.
    */
    State state() const;
    /*!
        \fn QString Tandem::StreamLinkProvider::stateReason() const

        Returns why the transport cannot be used: empty while available;
        otherwise a sentence for the user, e.g.
        "Bluetooth unavailable: no adapter".
    */
    QString stateReason() const;
    /*!
        \fn QList<Tandem::StreamLinkPeer> Tandem::StreamLinkProvider::peers() const

        Returns the peers found by discovery, newest knowledge first.
    */
    QList<StreamLinkPeer> peers() const;
    /*!
        \fn int Tandem::StreamLinkProvider::pendingHandshakes() const

        Returns the number of streams still handshaking.
    */
    int pendingHandshakes() const;
    /*!
        \fn bool Tandem::StreamLinkProvider::isHandshakingWith(const QString &address) const

        Returns \c true while a connection that \a address made to us is
        still in its TLS handshake.
    */
    bool isHandshakingWith(const QString &address) const;

    /*!
        \fn void Tandem::StreamLinkProvider::start() = 0

        Starts listening and advertising (asynchronously: stateChanged()
        follows).
    */
    virtual void start() = 0;
    /*!
        \fn void Tandem::StreamLinkProvider::stop() = 0

        Stops listening, advertising and discovering; links already made are
        not affected.
    */
    virtual void stop() = 0;
    /*!
        \fn void Tandem::StreamLinkProvider::setAdvertisedName(const QString &name) = 0

        Sets \a name as what this device advertises to others (a hint, like
        LAN announcements).
    */
    virtual void setAdvertisedName(const QString &name) = 0;
    /*!
        \fn void Tandem::StreamLinkProvider::discover() = 0

        Looks for peers now; peerFound() follows for each.
    */
    virtual void discover() = 0;
    /*!
        \fn void Tandem::StreamLinkProvider::connectTo(const QString &address) = 0

        Dials \a address; linkEstablished() or connectFailed() follows.
    */
    virtual void connectTo(const QString &address) = 0;

Q_SIGNALS:
    /*!
        \fn void Tandem::StreamLinkProvider::stateChanged(Tandem::StreamLinkProvider::State state, const QString &reason)

        This signal is emitted when the transport's \a state changed;
        \a reason is stateReason().
    */
    void stateChanged(Tandem::StreamLinkProvider::State state, const QString &reason);
    /*!
        \fn void Tandem::StreamLinkProvider::linkEstablished(Tandem::Link *link)

        This signal is emitted when \a link is authenticated, incoming or
        dialled. The receiver takes ownership of it.
    */
    void linkEstablished(Tandem::Link *link);
    /*!
        \fn void Tandem::StreamLinkProvider::connectFailed(const QString &address, const QString &reason)

        This signal is emitted when a dial to \a address failed, for
        \a reason.
    */
    void connectFailed(const QString &address, const QString &reason);
    /*!
        \fn void Tandem::StreamLinkProvider::handshakeFailed(const QString &address, const QString &reason)

        This signal is emitted when an incoming stream from \a address never
        became a link, for \a reason. For diagnostics and tests.
    */
    void handshakeFailed(const QString &address, const QString &reason);
    /*!
        \fn void Tandem::StreamLinkProvider::peerFound(const Tandem::StreamLinkPeer &peer)

        This signal is emitted when discovery found \a peer.
    */
    void peerFound(const Tandem::StreamLinkPeer &peer);

protected:
    /*!
        \fn Tandem::StreamLinkProvider::StreamLinkProvider(const Tandem::DeviceIdentity &identity, Tandem::Link::Transport transport, std::chrono::milliseconds handshakeTimeout, QObject *parent)

        Constructs a provider, for subclasses, whose links present
        \a identity's certificate and are of \a transport; a TLS handshake
        may take \a handshakeTimeout. A child of \a parent.
    */
    StreamLinkProvider(const DeviceIdentity &identity, Link::Transport transport,
                       std::chrono::milliseconds handshakeTimeout, QObject *parent);
    /*!
        \fn void Tandem::StreamLinkProvider::secure(QIODevice *stream, const QString &address, bool outgoing)

        For subclasses: secures a connected \a stream from or to \a address,
        dialled by this side when \a outgoing. TLS runs on it (ownership
        passes here), then linkEstablished(), connectFailed() or
        handshakeFailed() follows.
    */
    void secure(QIODevice *stream, const QString &address, bool outgoing);
    /*!
        \fn void Tandem::StreamLinkProvider::setState(Tandem::StreamLinkProvider::State state, const QString &reason = {})

        For subclasses: sets the \a state, with \a reason for the user when
        Unavailable; stateChanged() follows a change.
    */
    void setState(State state, const QString &reason = {});
    /*!
        \fn void Tandem::StreamLinkProvider::addPeer(const Tandem::StreamLinkPeer &peer)

        For subclasses: records the discovered \a peer (up to MaxPeers) and
        emits peerFound().
    */
    void addPeer(const StreamLinkPeer &peer);
    /*!
        \fn void Tandem::StreamLinkProvider::clearPeers()

        For subclasses: forgets the discovered peers, before a new
        discovery.
    */
    void clearPeers();

private:
    std::unique_ptr<StreamLinkProviderPrivate> d;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::StreamLinkPeer)
