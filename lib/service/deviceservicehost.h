#pragma once

#include <Tandem/session.h>
#include <Tandem/tandem_export.h>

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace Tandem {

class SessionManager;
class TransferManager;
class DeviceServiceHostPrivate;

/*!
    \class Tandem::DeviceServiceHost
    \inmodule Tandem
    \inheaderfile Tandem/deviceservicehost.h

    \brief Lets other processes of this user use a running device: the host
    side of the device service.

    One process is the device for a profile (the desktop app, or
    \c {tandem-cli serve}): it starts the Tandem::LocalDevice and its
    Tandem::SessionManager. A DeviceServiceHost on that manager listens on a
    local socket for that profile, and other processes — \c tandem-cli
    commands, other apps — connect to it with a Tandem::DeviceServiceClient
    instead of starting the same identity a second time (which would make
    every peer drop the link it had for the newer one).

    The socket is in a folder only this user can enter (mode 0700, under
    the runtime location), is itself owner-only, and the kernel is asked
    which user connected (SO_PEERCRED on Linux, getpeereid on macOS):
    another user's connection is closed at once. A client is bounded like a
    peer device: MaxClients, MaxSessionsPerClient, MaxQueuedBytesPerClient,
    MaxUnreadBytesPerClient and HelloTimeout; a client over a budget is told
    why, and the others go on. When a client goes away, its sessions close
    with Session::CloseReason::PeerExited, which their peers see.

    docs/service.md describes the protocol. Use the host from the session
    manager's thread.
*/
class TANDEM_EXPORT DeviceServiceHost : public QObject
{
    Q_OBJECT

public:
    /*!
        \variable Tandem::DeviceServiceHost::MaxClients
        \brief The most clients connected at once, those still saying hello
        included: 16.

        A machine runs a handful of apps that use Tandem; a client beyond the
        bound is told the host is full and disconnected.
    */
    static constexpr int MaxClients = 16;
    /*!
        \variable Tandem::DeviceServiceHost::MaxSessionsPerClient
        \brief The most sessions one client keeps open through the host: 64.

        A fourth of what one peer device may keep open with this one
        (SessionManager::MaxSessionsPerPeer), so that one app cannot use up
        what a peer allows all of them. An open beyond it fails with a reason
        (the session closes as Session::CloseReason::Refused).
    */
    static constexpr int MaxSessionsPerClient = 64;
    /*!
        \variable Tandem::DeviceServiceHost::MaxQueuedBytesPerClient
        \brief The most bytes of one client's messages the host holds:
        Session::MaxMessageBytes (256 MiB).

        What the client sent that its peers have not yet acknowledged, in
        all its sessions, plus the message it is sending. Room for one
        message of the largest size. Tandem::DeviceServiceClient keeps to it
        (a send beyond it is refused there); a client that does not is
        disconnected with the reason.
    */
    static constexpr qint64 MaxQueuedBytesPerClient = Session::MaxMessageBytes;
    /*!
        \variable Tandem::DeviceServiceHost::MaxUnreadBytesPerClient
        \brief The most bytes the host holds for a client that does not read
        them: 64 MiB.

        Messages received for the client and events waiting for it to read
        them. One message larger than this is still passed on when nothing
        else waits. A client that falls this far behind is disconnected
        (its sessions close), rather than making the host hold without end
        what its peers send.
    */
    static constexpr qint64 MaxUnreadBytesPerClient = qint64(64) * 1024 * 1024;
    /*!
        \variable Tandem::DeviceServiceHost::HelloTimeout
        \brief How long a new connection has to say hello: 5 seconds.

        A connection that does not is closed, so that silent connections
        cannot hold the client slots.
    */
    static constexpr std::chrono::milliseconds HelloTimeout{5000};
    /*!
        \variable Tandem::DeviceServiceHost::MaxPairingsPerClient
        \brief The most pairings one client runs through the host at once: 1.

        A pairing waits on a person comparing a code; one app has one person
        to ask at a time. A second pair request while one is in progress is
        answered with a reason, and the first goes on.
    */
    static constexpr int MaxPairingsPerClient = 1;
    /*!
        \variable Tandem::DeviceServiceHost::UnpairAcknowledgementWait
        \brief How long an unpair through the host waits for the linked
        device to confirm before answering that it will learn at its next
        link instead (it still will): 5 seconds.

        Each unpair removes a paired device, so a client has at most as many
        of these waits as the profile has paired devices.
    */
    static constexpr std::chrono::milliseconds UnpairAcknowledgementWait{5000};
    /*!
        \variable Tandem::DeviceServiceHost::MaxTransfersPerClient
        \brief The most unfinished transfers one client runs through the
        host: 16.

        What one peer device may have unfinished with this one
        (TransferManager::MaxUnfinishedTransfersPerPeer); one app cannot
        take more than that from all of them. A send beyond it ends at once
        with a reason.
    */
    static constexpr int MaxTransfersPerClient = 16;
    /*!
        \variable Tandem::DeviceServiceHost::MaxServicesPerClient
        \brief The most services one client registers through the host: 16.

        An app serves a few; each registration is a service name the host's
        SessionManager takes sessions for. A registration beyond it is
        answered with a reason.
    */
    static constexpr int MaxServicesPerClient = 16;
    /*!
        \variable Tandem::DeviceServiceHost::AdoptionWait
        \brief How long after the host starts a peer's resume of a session
        the host does not know is held for a client to adopt it: 10 seconds.

        A host that died leaves its clients' sessions with them; the host
        started in its place takes each back when its client returns
        (DeviceServiceClient retries within a second). Peers redial at once
        and ask to resume sessions it does not know yet; answered "no longer
        exists" at once, those would end before their client is back. Past
        the wait each held one is answered so. Held resumes are bounded as
        sessions are (SessionManager::MaxSessionsPerPeer per peer,
        SessionManager::MaxSessions in all).
    */
    static constexpr std::chrono::milliseconds AdoptionWait{10000};

    /*!
        \fn Tandem::DeviceServiceHost::DeviceServiceHost(Tandem::SessionManager *sessions, QObject *parent)

        Constructs a host for the sessions \a sessions manages (and so for
        its device and profile), as a child of \a parent. It does not listen
        until listen(). \a sessions must outlive it.
    */
    explicit DeviceServiceHost(SessionManager *sessions, QObject *parent = nullptr);
    /*!
        \fn void Tandem::DeviceServiceHost::setTransferManager(Tandem::TransferManager *transfers)

        Sends clients' files with \a transfers (the host's own, which its
        user interface shows too). Without one, a client's send is refused
        with a reason.
    */
    void setTransferManager(TransferManager *transfers);
    /*!
        \fn bool Tandem::DeviceServiceHost::isClientService(const QString &service) const

        Returns \c true when a client registered \a service: its incoming
        sessions go to that client, and the host's own handlers of
        SessionManager::incomingSession() must leave them alone.
    */
    bool isClientService(const QString &service) const;
    /*!
        \fn bool Tandem::DeviceServiceHost::isClientPairing(const QString &deviceId) const

        Returns \c true while a client runs a pairing with \a deviceId
        through the host: the client shows its code and answers it, so the
        host's own user interface need not.
    */
    bool isClientPairing(const QString &deviceId) const;
    /*!
        \fn Tandem::DeviceServiceHost::~DeviceServiceHost()

        Stops listening; each client is disconnected and its sessions
        closed (Session::CloseReason::PeerExited).
    */
    ~DeviceServiceHost() override;

    /*!
        \fn bool Tandem::DeviceServiceHost::listen(QString *error)

        Starts listening on the profile's socket (socketPath()), making its
        private folder if needed; a socket left by a host that died is
        replaced. Returns \c false with \a error set when another host
        already answers there, or the folder or socket cannot be made.
    */
    bool listen(QString *error);
    /*!
        \fn void Tandem::DeviceServiceHost::close()

        Stops listening and disconnects every client, closing their sessions.
    */
    void close();
    /*!
        \fn bool Tandem::DeviceServiceHost::isListening() const

        Returns \c true between a successful listen() and close().
    */
    bool isListening() const;
    /*!
        \fn QString Tandem::DeviceServiceHost::socketPath() const

        Returns where the host listens, or will: a socket in a private
        folder (a pipe name on Windows).
    */
    QString socketPath() const;
    /*!
        \fn int Tandem::DeviceServiceHost::clientCount() const

        Returns the number of clients connected, those still saying hello
        included.
    */
    int clientCount() const;

Q_SIGNALS:
    /*!
        \fn void Tandem::DeviceServiceHost::clientConnected(const QString &app, qint64 processId)

        This signal is emitted when a client said hello: its \a app name
        (as it gave it) and \a processId (as the kernel gave it; -1 where the
        platform does not say).
    */
    void clientConnected(const QString &app, qint64 processId);
    /*!
        \fn void Tandem::DeviceServiceHost::clientDisconnected(const QString &app, const QString &reason)

        This signal is emitted when the client \a app went away or was
        disconnected, and why (\a reason); its sessions are closed.
    */
    void clientDisconnected(const QString &app, const QString &reason);

private:
    std::unique_ptr<DeviceServiceHostPrivate> d;
};

} // namespace Tandem
