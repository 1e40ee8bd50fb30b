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

namespace Tandem {

class ServiceSessionPrivate
{
public:
    struct Waiting
    {
        qint64 sequence;
        qint64 bytes;
    };
    // One per Session::Kind: the numbers the host's session will give (it
    // numbers each kind from 1, one per accepted send), those it confirmed,
    // and what waits for the peer's acknowledgement.
    struct Lane
    {
        qint64 nextSequence = 1;
        qint64 confirmed = 0;
        std::deque<Waiting> waiting;
        qint64 waitingBytes = 0;
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

    void handle(const Protocol::ControlMessage &message, const QByteArray &body);
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
    QTimer helloTimer; // from connectToHost() to the host's hello-ack
    QTimer requestTimer; // to the earliest deadline of a pending request
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
    // The connection ended (or broke): every session ends, then disconnected().
    void lost(const QString &reason);
};

} // namespace Tandem
