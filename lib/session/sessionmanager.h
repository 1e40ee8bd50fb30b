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

struct SessionManagerOptions
{
    // Sends waiting for the peer (not yet acknowledged) per session; beyond
    // either bound a send is refused with an error. A single message larger
    // than maxQueuedBytes is still accepted when the queue is empty, and
    // streams through the window below.
    int maxQueuedMessages = 1000;
    qint64 maxQueuedBytes = qint64(64) * 1024 * 1024;
    // How long a session waits for its peer to come back before it ends as
    // disconnected, reporting what was not delivered.
    std::chrono::milliseconds resumeTimeout{120000};
    // Bytes a lane may have sent but not acknowledged: the per-stream
    // credit. Large enough to fill a LAN link, small enough to bound memory.
    // 512 KiB is many times a LAN's bandwidth-delay product, and bounds
    // what a text message can wait behind in TLS and kernel buffers (the
    // benchmark's round trip under load: p99 5.5 ms at 1 MiB, 3 ms here).
    qint64 windowBytes = 512 * 1024;
    // Payload bytes per data frame: small enough that a control frame or a
    // message never waits long behind one.
    qsizetype chunkBytes = 64 * 1024;
    // The same two on a low-bandwidth link (Bluetooth RFCOMM, tens to
    // hundreds of KiB/s), chosen per link so that a session moving from
    // LAN to Bluetooth and back adapts at once. The LAN values would put
    // seconds of bulk in flight there (512 KiB at 100 KiB/s is 5 s) and
    // make a message wait behind a 64 KiB frame for over half a second.
    // RFCOMM's bandwidth-delay product is a few KiB (round trips of tens
    // of ms), so a 64 KiB window, credited back every 16 KiB, still keeps it
    // full; 16 KiB frames keep the wait behind one near a tenth of a second.
    qint64 slowLinkWindowBytes = 64 * 1024;
    qsizetype slowLinkChunkBytes = 16 * 1024;
};

// All sessions of one LocalDevice: opens and accepts them, carries them on
// the device's links, and resumes them when a link comes back.
class TANDEM_EXPORT SessionManager : public QObject
{
    Q_OBJECT

public:
    using Options = SessionManagerOptions;
    // Error codes carried by session-reject, shared with the facades.
    static constexpr int ErrorNoSuchService = 4; // PEER_ABILITY_NO_ONCOLLABORATE
    static constexpr int ErrorRejected = 1; // PEER_APP_REJECTED
    static constexpr int ErrorInternal = 5; // SYSTEM_INTERNAL_ERROR

    // Budgets a paired peer cannot exceed (docs/resource-model.md). Sessions
    // a peer keeps open at once, and all peers together; an open beyond
    // either is refused with ErrorInternal and a reason. Far above what apps
    // open (a handful each), far below what a hostile peer needed to exhaust
    // memory (32,771).
    static constexpr int MaxSessionsPerPeer = 256;
    static constexpr int MaxSessions = 4096;
    // Bytes held in messages still arriving (reassembly), per peer and in
    // total. A message larger than one fragment reserves its declared size
    // on its first fragment; one that does not fit waits, without credit, so
    // its sender stops after one window, until earlier ones complete. Small
    // messages never wait. A peer's budget holds one message of the largest
    // size (Session::MaxMessageBytes).
    static constexpr qint64 PeerReassemblyBytes = Session::MaxMessageBytes;
    static constexpr qint64 TotalReassemblyBytes = 2 * PeerReassemblyBytes;

    SessionManager(LocalDevice *device, const Options &options, QObject *parent = nullptr);
    ~SessionManager() override;

    LocalDevice *device() const;
    Options options() const;

    // Opens a session to `service` on a paired device. The session starts
    // Connecting; opened() or refused() follows. Null with `error` set when
    // the device is not paired or a name is too long.
    Session *open(const QString &peerDeviceId, const QString &service, const QString &openerService,
                  const QCborMap &parameters, QString *error);

    // Incoming sessions for a registered service raise incomingSession();
    // others are refused with ErrorNoSuchService.
    void registerService(const QString &service);
    void unregisterService(const QString &service);
    bool isServiceRegistered(const QString &service) const;

    QList<Session *> sessions() const;
    // Bytes reserved for messages in progress from `peerDeviceId`, or from
    // every peer when it is empty.
    qint64 reassemblyBytes(const QString &peerDeviceId = {}) const;

Q_SIGNALS:
    // A peer opened a session to a registered service: accept() or reject() it.
    void incomingSession(Tandem::Session *session);

private:
    friend class Session;
    std::unique_ptr<SessionManagerPrivate> d;
};

} // namespace Tandem
