#pragma once

#include "session.h"
#include <Tandem/tandem_export.h>

#include <QCborMap>
#include <QObject>

#include <chrono>
#include <memory>

namespace Tandem {

class LocalDevice;
class SessionManagerPrivate;

/*!
    \struct Tandem::SessionManagerOptions
    \inmodule Tandem
    \inheaderfile Tandem/sessionmanager.h
    \brief The bounds and tuning of a SessionManager (SessionManager::Options).

    The defaults suit applications; tests and benchmarks change them.
*/
struct SessionManagerOptions
{
    /*!
        \variable Tandem::SessionManagerOptions::maxQueuedMessages

        \brief The most messages one session holds unacknowledged: 1000.

        Sends waiting for the peer (not yet acknowledged) per session, with
        maxQueuedBytes; beyond
        either bound a send is refused with an error. A single message larger
        than maxQueuedBytes is still accepted when the queue is empty, and
        streams through the window below.
    */
    int maxQueuedMessages = 1000;
    /*!
        \variable Tandem::SessionManagerOptions::maxQueuedBytes
        \brief The most bytes one session holds unacknowledged: 64 MiB (see
        maxQueuedMessages).
    */
    qint64 maxQueuedBytes = qint64(64) * 1024 * 1024;
    /*!
        \variable Tandem::SessionManagerOptions::resumeTimeout

        \brief How long a session waits for its peer to come back: 2 minutes.

        Past it the session ends as Session::CloseReason::NetworkDisconnected,
        reporting what was not delivered (Session::undelivered()).
    */
    std::chrono::milliseconds resumeTimeout{120000};
    /*!
        \variable Tandem::SessionManagerOptions::windowBytes

        \brief The smallest flow-control window on a LAN link: 512 KiB.

        Bytes a lane may have sent but not acknowledged: the per-stream credit.
        On a LAN link the window grows from this toward twice the path's
        measured bandwidth-delay product where this leaves the path idle
        (fast links with latency: Wi-Fi, VPNs, 1 Gbit/s at 10 ms), at most
        Session::MaxUncreditedBytes less one frame, and shrinks back when the
        path slows or the lane idles (docs/protocol.md, "Flow control").
        512 KiB is many times a LAN's bandwidth-delay product, so on a LAN
        it stays. The receiver returns credit every eighth of it
        mid-message.
    */
    qint64 windowBytes = 512 * 1024;
    /*!
        \variable Tandem::SessionManagerOptions::chunkBytes

        \brief The payload bytes per data frame on a LAN link: 64 KiB.

        Small enough that a control frame or a
        message never waits long behind one.
    */
    qsizetype chunkBytes = 64 * 1024;
    /*!
        \variable Tandem::SessionManagerOptions::slowLinkWindowBytes

        \brief The flow-control window on a low-bandwidth link: 64 KiB.

        windowBytes and chunkBytes on a low-bandwidth link (Bluetooth RFCOMM, tens to hundreds
        of KiB/s), chosen per link so that a session moving from LAN to
        Bluetooth and back adapts at once. The LAN values would put seconds of
        bulk in flight there (512 KiB at 100 KiB/s is 5 s) and make a message
        wait behind a 64 KiB frame for over half a second. RFCOMM's
        bandwidth-delay product is a few KiB (round trips of tens of ms), so a
        64 KiB window, credited back every 16 KiB, still keeps it full; 16 KiB
        frames keep the wait behind one near a tenth of a second.
    */
    qint64 slowLinkWindowBytes = 64 * 1024;
    /*!
        \variable Tandem::SessionManagerOptions::slowLinkChunkBytes
        \brief The payload bytes per data frame on a low-bandwidth link: 16 KiB
        (see slowLinkWindowBytes).
    */
    qsizetype slowLinkChunkBytes = 16 * 1024;
};

/*!
    \class Tandem::SessionManager
    \inmodule Tandem
    \inheaderfile Tandem/sessionmanager.h

    \brief All sessions of one LocalDevice: opens and accepts them, carries them
    on the device's links, and resumes them when a link comes back.

    Put one SessionManager on a started Tandem::LocalDevice. open() starts a
    Tandem::Session with a paired device; on the other side the service
    must be registered (registerService()), and incomingSession() hands the
    new session over to be accepted or rejected. The facades
    (Tandem::AbilityConnectionManager, Tandem::SessionServer,
    Tandem::ChannelSessions) and Tandem::TransferManager all sit on a
    SessionManager, and several may share one.

    A peer's sessions are bounded (MaxSessionsPerPeer, MaxSessions), and so
    is what a peer can make this side hold while messages arrive
    (PeerReassemblyBytes, TotalReassemblyBytes): see
    docs/resource-model.md. Sessions are the manager's children. The
    manager does not own the device; it lives in the device's thread.
*/
class TANDEM_EXPORT SessionManager : public QObject
{
    Q_OBJECT

public:
    /*!
        \typealias Tandem::SessionManager::Options
        \brief Tandem::SessionManagerOptions, the manager's bounds and tuning.
    */
    using Options = SessionManagerOptions;
    /*!
        \variable Tandem::SessionManager::ErrorNoSuchService
        \brief Refusal code 4: no service of that name is registered
        (OpenHarmony's PEER_ABILITY_NO_ONCOLLABORATE).

        The error codes are carried by session-reject and shared with the
        facades; Session::refused() reports them.
    */
    static constexpr int ErrorNoSuchService = 4;
    /*!
        \variable Tandem::SessionManager::ErrorRejected
        \brief Refusal code 1: the peer's app rejected the session
        (PEER_APP_REJECTED).
    */
    static constexpr int ErrorRejected = 1;
    /*!
        \variable Tandem::SessionManager::ErrorInternal
        \brief Refusal code 5: the peer's system refused it, e.g. a budget was
        reached (SYSTEM_INTERNAL_ERROR).
    */
    static constexpr int ErrorInternal = 5;
    /*!
        \variable Tandem::SessionManager::ErrorNotPaired
        \brief Refusal code 201: the peer does not trust this device (any
        more), so it refuses sessions and their messages.

        The facades translate it: AbilityConnectionManager reports it as its
        ErrorNotPermitted, SessionServer as a refusal.
    */
    static constexpr int ErrorNotPaired = 201;

    /*!
        \variable Tandem::SessionManager::MaxSessionsPerPeer
        \brief The most sessions one peer keeps open at once: 256.

        Budgets a paired peer cannot exceed (docs/resource-model.md). Sessions a
        peer keeps open at once, and all peers together; an open beyond either
        is refused with ErrorInternal and a reason. Far above what apps open (a
        handful each), far below what a hostile peer needed to exhaust memory
        (32,771).
    */
    static constexpr int MaxSessionsPerPeer = 256;
    /*!
        \variable Tandem::SessionManager::MaxSessions
        \brief The most sessions all peers together keep open: 4096 (see
        MaxSessionsPerPeer).
    */
    static constexpr int MaxSessions = 4096;
    /*!
        \variable Tandem::SessionManager::PeerReassemblyBytes
        \brief The most bytes of messages still arriving held for one peer:
        Session::MaxMessageBytes.

        Bytes held in messages still arriving (reassembly), per peer and in
        total. A message larger than one fragment reserves its declared size on
        its first fragment; one that does not fit waits, without credit, so its
        sender stops after one window, until earlier ones complete. Small
        messages never wait. A peer's budget holds one message of the largest
        size (Session::MaxMessageBytes).
    */
    static constexpr qint64 PeerReassemblyBytes = Session::MaxMessageBytes;
    /*!
        \variable Tandem::SessionManager::TotalReassemblyBytes
        \brief The most bytes of messages still arriving held for all peers
        together: twice PeerReassemblyBytes.
    */
    static constexpr qint64 TotalReassemblyBytes = 2 * PeerReassemblyBytes;

    /*!
        \fn Tandem::SessionManager::SessionManager(Tandem::LocalDevice *device, const Tandem::SessionManager::Options &options, QObject *parent)

        Constructs the session manager of \a device, with \a options, as a
        child of \a parent. It listens to the device's links, control
        messages and pairing changes; \a device must outlive it.
    */
    SessionManager(LocalDevice *device, const Options &options, QObject *parent = nullptr);
    /*!
        \fn Tandem::SessionManager::~SessionManager()
        Destroys the manager and, as their parent, its sessions. Close them
        first to tell the peers.
    */
    ~SessionManager() override;

    /*!
        \fn Tandem::LocalDevice * Tandem::SessionManager::device() const
        Returns the device whose sessions these are.
    */
    LocalDevice *device() const;
    /*!
        \fn Tandem::SessionManager::Options Tandem::SessionManager::options() const
        Returns the options the manager was made with.
    */
    Options options() const;

    /*!
        \fn Tandem::Session * Tandem::SessionManager::open(const QString &peerDeviceId, const QString &service, const QString &openerService, const QCborMap &parameters, QString *error)

        Opens a session to \a service on the paired device \a peerDeviceId,
        naming this end \a openerService and passing \a parameters (the
        peer sees them as Session::parameters()). The session starts
        Connecting; Session::opened() or Session::refused() follows. Returns
        null with \a error set when the device is not paired or a name is
        empty or longer than Session::MaxServiceNameBytes. The session is a
        child of the manager; delete it when done.
    */
    Session *open(const QString &peerDeviceId, const QString &service, const QString &openerService,
                  const QCborMap &parameters, QString *error);

    /*!
        \fn void Tandem::SessionManager::registerService(const QString &service)

        Takes incoming sessions for \a service: they raise incomingSession().
        Sessions for services not registered are refused with
        ErrorNoSuchService.
    */
    void registerService(const QString &service);
    /*!
        \fn void Tandem::SessionManager::unregisterService(const QString &service)
        Stops taking sessions for \a service; open ones go on.
    */
    void unregisterService(const QString &service);
    /*!
        \fn bool Tandem::SessionManager::isServiceRegistered(const QString &service) const
        Returns \c true if \a service is registered.
    */
    bool isServiceRegistered(const QString &service) const;

    /*!
        \fn QList<Tandem::Session *> Tandem::SessionManager::sessions() const
        Returns every session the manager holds, in any state.
    */
    QList<Session *> sessions() const;
    /*!
        \fn qint64 Tandem::SessionManager::reassemblyBytes(const QString &peerDeviceId) const

        Returns the bytes reserved for messages in progress from \a peerDeviceId, or from
        every peer when it is empty.
    */
    qint64 reassemblyBytes(const QString &peerDeviceId = {}) const;

Q_SIGNALS:
    /*!
        \fn void Tandem::SessionManager::incomingSession(Tandem::Session *session)

        This signal is emitted when a peer opened \a session to a registered
        service: call Session::accept() or Session::reject() on it. The
        session is the manager's child.
    */
    void incomingSession(Tandem::Session *session);

private:
    friend class Session;
    friend class SessionAdoption;
    std::unique_ptr<SessionManagerPrivate> d;
};

} // namespace Tandem
