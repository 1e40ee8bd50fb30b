#pragma once

#include "deviceserviceclient.h"
#include "servicechannel_p.h"
#include "servicesession.h"
#include "servicetransfer.h"

#include <QPointer>
#include <QTimer>

#include <array>
#include <chrono>
#include <deque>
#include <map>
#include <optional>
#include <set>

namespace Tandem {

class ServiceSessionPrivate
{
public:
    // A message sent and not yet delivered. Kept whole (shared with the
    // caller's QByteArray, not copied): if the host dies, it is sent again
    // to the host that adopts the session.
    struct Waiting
    {
        qint64 sequence;
        QString channel;
        QByteArray payload;
    };
    // One per Session::Kind: the numbers the host's session will give (it
    // numbers each kind from 1, one per accepted send), those it confirmed,
    // what waits for the peer's acknowledgement, and the last message
    // received and the last one confirmed to the host (consumed).
    struct Lane
    {
        qint64 nextSequence = 1;
        qint64 confirmed = 0;
        std::deque<Waiting> waiting;
        qint64 waitingBytes = 0;
        qint64 received = 0;
        qint64 reported = 0;
    };

    ServiceSession *q;
    DeviceServiceClientPrivate *client;
    quint32 id;
    QString peer;
    QString service;
    QString opener;
    QCborMap parameters;
    quint32 stream = 0;
    Session::State state = Session::State::Connecting;
    // A peer opened it (DeviceServiceClient::incomingSession()), and
    // whether it was answered.
    bool incoming = false;
    bool answered = false;
    std::array<Lane, Session::LaneCount> lanes;
    // setIncomingLimit()'s values, told again to a host that adopts it;
    // -1: not set.
    std::array<qint64, Session::LaneCount> incomingLimits{-1, -1};

    void handle(const Protocol::ControlMessage &message, const QByteArray &body);
    // Whether the host that replaces a dead one can take it back: it was
    // open (a session still being opened or answered may or may not exist
    // at the peer).
    bool survivesHost() const;
    // Hands it to the host that replaced the dead one, and sends again
    // what was not delivered.
    void adopt();
    void sendToHost(const Waiting &message, Session::Kind kind);
    // Ends the session: what was not acknowledged is undelivered.
    void finish(Session::CloseReason reason, const QString &detail);
};

class ServiceTransferPrivate
{
public:
    ServiceTransfer *q;
    DeviceServiceClientPrivate *client;
    quint32 number;
    QString id;
    QString peer;
    // Sent by this client (sendFiles()), or the host's, seen by watching.
    bool own = true;
    Transfer::Direction direction = Transfer::Direction::Outgoing;
    QString folder;
    QString tag;
    // Its send-files as sent, for a host that replaces a dead one.
    QByteArray request;
    int count = 0;
    Transfer::State state = Transfer::State::Offered;
    bool finished = false;
    QString error;
    QList<TransferFile> files;
    qint64 total = 0;
    qint64 done = 0;
    qint64 sent = 0;
    int verified = 0;
    double rate = 0;
    qint64 eta = -1;

    void handle(const Protocol::ControlMessage &message, const QByteArray &body);
    // Takes the progress fields of a "transfer-progress" or "transfer-ended".
    void takeProgress(const QCborMap &fields);
    // Takes what a "transfer-seen" says of a transfer; false if malformed.
    bool takeSeen(const QCborMap &fields, const QByteArray &body);
    void finish(Transfer::State end, const QString &reason);
};

class DeviceServiceClientPrivate
{
public:
    // The budgets the host announced in its hello-ack.
    struct Limits
    {
        int sessions = 0;
        qint64 queuedBytes = 0;
        int sessionQueuedMessages = 0;
        qint64 sessionQueuedBytes = 0;
    };
    using ReplyHandler = std::function<void(const Protocol::ControlMessage &message, const QByteArray &body)>;
    struct Pending
    {
        QPointer<QObject> context;
        ReplyHandler handler;
        // When the host must have answered (DeviceServiceClient::
        // RequestTimeout); none for a pairing, which waits for people.
        std::optional<std::chrono::steady_clock::time_point> deadline;
    };

    DeviceServiceClient *q;
    ServiceChannel *channel = nullptr;
    // The host went away without saying it stops (it died): its sessions
    // wait, as Reconnecting, for the host started in its place, tried every
    // retryDelay (growing to MaxRetryDelay) until returnDeadline.
    QString profileDir;
    bool reconnecting = false;
    QTimer *retryTimer;
    std::chrono::milliseconds retryDelay{0};
    std::chrono::steady_clock::time_point returnDeadline;
    // Redone with a host that returns.
    bool watching = false;
    bool watchingTransfers = false;
    QStringList services;
    // Sessions with messages received and not yet confirmed (consumed),
    // confirmed together once per pass of the event loop.
    std::set<quint32> consumedDue;
    bool consumedScheduled = false;
    // Children of the client, not members: they must move with it to
    // another thread (an app may run its client on one).
    QTimer *helloTimer; // from connectToHost() to the host's hello-ack
    QTimer *requestTimer; // to the earliest deadline of a pending request
    bool ready = false;
    QString deviceId;
    QString deviceName;
    Limits limits;
    QString hostError; // what the host said before it closed, if it did
    qint64 nextRequest = 1;
    std::map<qint64, Pending> pending;
    qint64 pairingRequest = 0; // the pair in progress, 0: none
    quint32 nextSession = 1;
    std::map<quint32, QPointer<ServiceSession>> sessions;
    quint32 nextTransfer = 1;
    std::map<quint32, QPointer<ServiceTransfer>> transfers;

    void handle(const Protocol::ControlMessage &message, const QByteArray &body);
    enum class Deadline { Bounded, None };
    void request(QLatin1StringView type, QCborMap fields, QObject *context, ReplyHandler handler,
                 Deadline deadline = Deadline::Bounded);
    // Arms requestTimer for the earliest deadline; a host past it is
    // taken to be stuck, and the connection lost.
    void watchRequests();
    // Bytes of every session's messages not yet acknowledged.
    qint64 queuedBytes() const;
    // Lets go of the channel (deleted on the next pass, reading no more).
    void dropChannel();
    // The connection ended for good: every session ends, then disconnected().
    void lost(const QString &reason);
    // The connection broke without the host saying why: sessions wait for
    // a host to return (hostLost()), or end as in lost() when none would
    // be resumed.
    void hostGone(const QString &reason);
    // Opens the channel to the host of `profileDir` and says hello.
    bool attach(const QString &profileDir, QString *error);
    void retry();
    // The host that returned greeted: sessions, services and watching back.
    void resumeWithHost();
    // sendFiles(), with the names offered (none: the files' own) and a tag.
    ServiceTransfer *sendFiles(const QString &peerDeviceId, const QStringList &paths, const QStringList &names,
                               const QString &tag, QString *error);
    void scheduleConsumed(quint32 session);
    void flushConsumed();
};

} // namespace Tandem
