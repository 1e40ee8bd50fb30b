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

// Another device seen by a stream transport's discovery (Bluetooth device
// and SDP discovery). The id and name are what the peer advertises: hints
// for the device list, never trusted; the link's certificate decides.
struct StreamLinkPeer
{
    QString address; // what connectTo() takes, e.g. "AA:BB:CC:DD:EE:FF"
    QString deviceId;
    QString name;
    friend bool operator==(const StreamLinkPeer &, const StreamLinkPeer &) = default;
};

// Makes links over a byte-stream transport (Bluetooth RFCOMM; memory in
// tests): its subclasses listen, discover and dial, and hand each connected
// stream to secure(), which runs TLS (TlsStreamHandshake) before a link is
// handed on. The transport may be unavailable (no adapter, adapter off, no
// permission); state() and stateReason() say so, and finding that out never
// blocks the calling thread.
class TANDEM_EXPORT StreamLinkProvider : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Starting, // finding out whether the transport can be used
        Available,
        Unavailable, // see stateReason()
    };
    Q_ENUM(State)

    // As for LAN: handshakes are cheap to start and costly to hold.
    static constexpr int MaxPendingHandshakes = 16;
    // A device inquiry reports at most this many peers; more are ignored.
    static constexpr int MaxPeers = 256;

    ~StreamLinkProvider() override;

    Link::Transport transport() const;
    State state() const;
    // Empty while available; otherwise a sentence for the user, e.g.
    // "Bluetooth unavailable: no adapter".
    QString stateReason() const;
    // Peers found by discovery, newest knowledge first.
    QList<StreamLinkPeer> peers() const;
    int pendingHandshakes() const;

    // Starts listening and advertising (asynchronously: stateChanged follows).
    virtual void start() = 0;
    virtual void stop() = 0;
    // What this device advertises to others (a hint, like LAN announcements).
    virtual void setAdvertisedName(const QString &name) = 0;
    // Looks for peers now; peerFound follows for each.
    virtual void discover() = 0;
    // Dials `address`; linkEstablished or connectFailed follows.
    virtual void connectTo(const QString &address) = 0;

Q_SIGNALS:
    void stateChanged(Tandem::StreamLinkProvider::State state, const QString &reason);
    // The receiver takes ownership of `link`.
    void linkEstablished(Tandem::Link *link);
    void connectFailed(const QString &address, const QString &reason);
    void handshakeFailed(const QString &address, const QString &reason);
    void peerFound(const Tandem::StreamLinkPeer &peer);

protected:
    StreamLinkProvider(const DeviceIdentity &identity, Link::Transport transport,
                       std::chrono::milliseconds handshakeTimeout, QObject *parent);
    // A connected stream, incoming or dialled: TLS runs on it (ownership
    // passes here), then linkEstablished, connectFailed or handshakeFailed.
    void secure(QIODevice *stream, const QString &address, bool outgoing);
    void setState(State state, const QString &reason = {});
    void addPeer(const StreamLinkPeer &peer);
    void clearPeers();

private:
    std::unique_ptr<StreamLinkProviderPrivate> d;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::StreamLinkPeer)
