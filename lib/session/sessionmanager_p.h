#pragma once

#include "sessionmanager.h"
#include "windowtuner_p.h"

#include <Tandem/peerconnection.h>

#include <QCborMap>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Tandem {

// What the manager keeps per peer device. Sessions point at theirs, so
// that the per-message path (send, pump, acknowledgements) finds it without
// hashing the 64-character device id.
struct SessionPeer
{
    QString id;
    QList<QPointer<Session>> sessions;
    // The sessions with something not yet sent, in round-robin order:
    // pump() walks these, not every session, so many idle sessions cost
    // nothing.
    QList<QPointer<Session>> busy;
    int nextTurn = 0;
    bool pumping = false;
    // Reassembly budget held per (stream, lane), and their sum.
    QHash<std::pair<quint32, int>, qint64> reservations;
    qint64 reservedBytes = 0;
    // The smallest round trip any lane of any session to this peer measured
    // on the current link: the path's, for every lane's window
    // (WindowTuner::bandwidthDelayProduct).
    WindowTuner::Clock::duration minRtt = WindowTuner::Clock::duration::max();
};

class SessionManagerPrivate
{
public:
    SessionManagerPrivate(SessionManager *q, LocalDevice *device, const SessionManagerOptions &options)
        : q(q)
        , device(device)
        , options(options)
    { }

    SessionManager *q;
    LocalDevice *device;
    SessionManagerOptions options;
    // One entry per peer ever spoken to: at most the paired devices.
    QHash<QString, std::shared_ptr<SessionPeer>> peers;
    QHash<std::pair<QString, quint32>, Session *> byStream;
    QSet<QString> services;
    quint32 counter = 0;
    // Connections whose readyForBulk drives pump(); a manager may be made
    // after a link is up, so they are hooked on first use.
    QSet<PeerConnection *> hooked;
    // Every peer's reservedBytes together, and the partial messages waiting
    // for room, oldest first.
    qint64 reservedBytes = 0;
    struct BudgetWaiter
    {
        QPointer<Session> session;
        int lane;
        qint64 bytes;
    };
    QList<BudgetWaiter> budgetWaiters;

    // Reserves `bytes` for `lane` of `session` when both budgets have room.
    bool reserve(Session *session, int lane, qint64 bytes);
    // Gives back what `stream`'s `lane` reserved, then lets waiters in.
    void release(SessionPeer *peer, quint32 stream, int lane);
    void grantWaiters();

    PeerConnection *connection(const QString &peer) const;
    void hook(PeerConnection *connection, const QString &peer);
    void send(Session *session, QLatin1StringView type, const QCborMap &fields = {});
    void sendOpen(Session *session);
    Session *create(const QString &peer, quint32 stream, bool outgoing);
    SessionPeer *peer(const QString &id);
    // Null when the peer was never spoken to.
    SessionPeer *findPeer(const QString &id) const;
    void pump(const QString &peer);
    void pump(SessionPeer *peer);
    void markBusy(Session *session);
    // Peers' resumes of sessions this device does not know, kept for a
    // client to adopt them (SessionAdoption::holdUnknownResumes) until
    // holdUntil; then each is answered "no longer exists".
    struct HeldResume
    {
        QString peer;
        quint32 stream;
        QCborMap position;
    };
    QList<HeldResume> heldResumes;
    std::chrono::steady_clock::time_point holdUntil;
    std::unique_ptr<QTimer> holdTimer;
    // Holds it, or false when the hold is over or full.
    bool holdResume(const QString &peer, quint32 stream, const QCborMap &position);
    void answerGone(const QString &peer, quint32 stream);
    // Applies a peer's resume position to `session`.
    void resume(Session *session, const QCborMap &position);

    void onControl(const QString &peer, const QString &type, const QCborMap &fields, quint32 stream);
    void onConnected(const QString &peer);
    void onDisconnected(const QString &peer);
    void onStopping();
};

} // namespace Tandem
