#pragma once

#include "linkoptions.h"
#include <Tandem/deviceidentity.h>
#include <Tandem/tandem_export.h>

#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>

namespace Tandem {

class Link;
class LanLinkProviderPrivate;

/*!
    \class Tandem::LanLinkProvider
    \inmodule Tandem
    \inheaderfile Tandem/lanlinkprovider.h

    \brief Makes LAN links: listens for TCP connections and dials peers, and
    runs mutually authenticated TLS (1.3 where the backend has it) with the
    device's certificate on both.

    A link is handed on (linkEstablished()) only once the peer has proven
    its certificate; who that peer \e is to us (paired, pinned) is decided
    above, by the device id derived from that certificate. Pending
    handshakes are bounded (MaxPendingHandshakes,
    MaxPendingHandshakesPerSource) and timed
    (LanLinkOptions::handshakeTimeout). Tandem::LocalDevice runs one; use
    it from one thread.
*/
class TANDEM_AUTOTEST_EXPORT LanLinkProvider : public QObject
{
    Q_OBJECT

public:
    /*!
        \typealias Tandem::LanLinkProvider::Options
        \brief Tandem::LanLinkOptions.
    */
    using Options = LanLinkOptions;
    /*!
        \variable Tandem::LanLinkProvider::DefaultPort
        \brief LanLinkOptions::DefaultPort: 47317.
    */
    static constexpr quint16 DefaultPort = Options::DefaultPort;
    /*!
        \variable Tandem::LanLinkProvider::MaxPendingHandshakes
        \brief The most incoming sockets handshaking at once: 16.

        Sockets that have not finished TLS are cheap to open and costly to hold
        (a socket, a TLS context, a deadline): bound them, and their time.
        Incoming ones past MaxPendingHandshakes evict the oldest incoming
        handshake, so a newcomer always gets its turn; one address holds at most
        MaxPendingHandshakesPerSource of them, so ~3 connects/s from one address
        no longer hold every slot for the whole timeout. Our own dials (to
        paired devices) are not counted: strangers cannot starve them.
    */
    static constexpr int MaxPendingHandshakes = 16;
    /*!
        \variable Tandem::LanLinkProvider::MaxPendingHandshakesPerSource
        \brief The most incoming sockets one address has handshaking at once:
        4 (see MaxPendingHandshakes).
    */
    static constexpr int MaxPendingHandshakesPerSource = 4;

    /*!
        \fn Tandem::LanLinkProvider::LanLinkProvider(const Tandem::DeviceIdentity &identity, const Tandem::LanLinkProvider::Options &options, QObject *parent)

        Constructs a provider that presents \a identity's certificate, with
        \a options, as a child of \a parent. Call listen() to take links.
    */
    explicit LanLinkProvider(const DeviceIdentity &identity, const Options &options = {}, QObject *parent = nullptr);
    /*!
        \fn Tandem::LanLinkProvider::~LanLinkProvider()

        Stops listening and drops the handshakes still pending.
    */
    ~LanLinkProvider() override;

    /*!
        \fn bool Tandem::LanLinkProvider::listen(QString *error)

        Listens on LanLinkOptions::address and LanLinkOptions::port (any
        free port if it is taken and LanLinkOptions::fallbackToAnyPort).
        Returns \c true when listening, or \c false with \a error set.
    */
    bool listen(QString *error);
    /*!
        \fn void Tandem::LanLinkProvider::close()

        Stops listening; links already made are not affected.
    */
    void close();
    /*!
        \fn quint16 Tandem::LanLinkProvider::port() const

        Returns the TCP port listened on; 0 when not listening.
    */
    quint16 port() const;
    /*!
        \fn int Tandem::LanLinkProvider::pendingHandshakes() const

        Returns the number of incoming and outgoing sockets still
        handshaking.
    */
    int pendingHandshakes() const;

    /*!
        \fn void Tandem::LanLinkProvider::connectToHost(const QString &host, quint16 port)

        Dials \a host at \a port; linkEstablished() or connectFailed()
        follows.
    */
    void connectToHost(const QString &host, quint16 port);

Q_SIGNALS:
    /*!
        \fn void Tandem::LanLinkProvider::linkEstablished(Tandem::Link *link)

        This signal is emitted when \a link is authenticated, incoming or
        dialled. The receiver takes ownership of it.
    */
    void linkEstablished(Tandem::Link *link);
    /*!
        \fn void Tandem::LanLinkProvider::connectFailed(const QString &address, const QString &reason)

        This signal is emitted when a dial to \a address failed, for
        \a reason (refused, timed out, TLS failed, ...).
    */
    void connectFailed(const QString &address, const QString &reason);
    /*!
        \fn void Tandem::LanLinkProvider::handshakeFailed(const QString &address, const QString &reason)

        This signal is emitted when an incoming socket from \a address never
        became a link, for \a reason (no TLS, bad certificate, timeout, too
        many pending). For diagnostics and tests.
    */
    void handshakeFailed(const QString &address, const QString &reason);

private:
    std::unique_ptr<LanLinkProviderPrivate> d;
};

} // namespace Tandem
