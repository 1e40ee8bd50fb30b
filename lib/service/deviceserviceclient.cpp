#include "deviceserviceclient.h"

#include "deviceserviceclient_p.h"
#include "peercredentials_p.h"
#include "servicelogging_p.h"
#include "servicepaths_p.h"
#include "serviceprotocol_p.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace Tandem {

using namespace ServiceProtocol;

namespace {

// The request numbers and session numbers the client gives: positive,
// within what the host takes (32-bit, as frame stream ids are).
constexpr qint64 MaxNumber = std::numeric_limits<quint32>::max();

} // namespace

void DeviceServiceClientPrivate::request(QLatin1StringView type, QCborMap fields, QObject *context,
                                         ReplyHandler handler, Deadline deadline)
{
    if (!channel)
        return;
    const qint64 number = nextRequest;
    nextRequest = nextRequest == MaxNumber ? 1 : nextRequest + 1;
    Pending entry{context, std::move(handler), std::nullopt};
    if (deadline == Deadline::Bounded)
        entry.deadline = std::chrono::steady_clock::now() + DeviceServiceClient::RequestTimeout;
    pending[number] = std::move(entry);
    fields.insert(RequestField, number);
    channel->send(type, fields);
    watchRequests();
}

void DeviceServiceClientPrivate::watchRequests()
{
    std::optional<std::chrono::steady_clock::time_point> earliest;
    for (const auto &[number, entry] : pending) {
        if (entry.deadline && (!earliest || *entry.deadline < *earliest))
            earliest = entry.deadline;
    }
    if (!earliest) {
        requestTimer->stop();
        return;
    }
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(*earliest - std::chrono::steady_clock::now());
    requestTimer->start(std::max(left, std::chrono::milliseconds(0)));
}

qint64 DeviceServiceClientPrivate::queuedBytes() const
{
    qint64 bytes = 0;
    for (const auto &[id, session] : sessions) {
        if (session)
            bytes += session->queuedBytes();
    }
    return bytes;
}

void DeviceServiceClientPrivate::handle(const Protocol::ControlMessage &message, const QByteArray &body)
{
    const QCborMap &fields = message.fields;
    if (message.type == HelloAck) {
        const QCborMap hostLimits = fields.value(LimitsField).toMap();
        deviceName = fields.value(NameField).toString();
        limits.sessions = int(hostLimits.value(MaxSessionsLimit).toInteger());
        limits.queuedBytes = hostLimits.value(MaxQueuedBytesLimit).toInteger();
        limits.sessionQueuedMessages = int(hostLimits.value(SessionQueuedMessagesLimit).toInteger());
        limits.sessionQueuedBytes = hostLimits.value(SessionQueuedBytesLimit).toInteger();
        const QString previous = std::exchange(deviceId, fields.value(DeviceField).toString());
        ready = true;
        helloTimer->stop();
        if (std::exchange(reconnecting, false)) {
            if (deviceId != previous) {
                // Another device answers on the profile's socket: these
                // sessions were never its.
                lost(DeviceServiceClient::tr("The Tandem host came back as another device."));
                return;
            }
            resumeWithHost();
        }
        Q_EMIT q->ready();
        return;
    }
    if (message.type == Error) {
        hostError = fields.value(MessageField).toString();
        return; // the host closes the connection next
    }
    if (message.type == DevicesChanged) {
        QList<DeviceInfo> devices;
        for (const QCborMap &map : mapsFromCbor(body).value_or(QList<QCborMap>())) {
            if (const auto device = deviceFromCbor(map))
                devices << *device;
        }
        Q_EMIT q->devicesChanged(devices);
        return;
    }
    if (message.type == PairingRequested) {
        Q_EMIT q->pairingRequested(fields.value(DeviceField).toString(), fields.value(CodeField).toString());
        return;
    }
    if (message.type == PairingChanged) {
        const qint64 outcome = fields.value(OutcomeField).toInteger(-1);
        if (outcome < int(PairingOutcome::Paired) || outcome > int(PairingOutcome::Failed))
            return;
        Q_EMIT q->pairingEnded(fields.value(DeviceField).toString(), PairingOutcome(outcome),
                               fields.value(ReasonField).toString());
        return;
    }
    if (message.type == UnpairedEvent) {
        Q_EMIT q->unpaired(fields.value(DeviceField).toString(), fields.value(ByPeerField).toBool());
        return;
    }
    if (fields.contains(RequestField)) {
        const auto it = pending.find(fields.value(RequestField).toInteger());
        if (it == pending.end())
            return;
        // A pairing's codes come before its end, on its request.
        if (message.type == PairingCode) {
            if (it->second.context)
                it->second.handler(message, body);
            return;
        }
        Pending reply = std::move(it->second);
        pending.erase(it);
        watchRequests();
        if (reply.context)
            reply.handler(message, body);
        return;
    }
    if (message.type == TransferSeen) {
        const qint64 number = fields.value(TransferField).toInteger();
        if (number < FirstIncomingSession || number > std::numeric_limits<quint32>::max()
            || transfers.count(quint32(number)) > 0)
            return; // not one the host gives
        auto *transfer = new ServiceTransfer(this, quint32(number), fields.value(DeviceField).toString(), q);
        if (!transfer->d->takeSeen(fields, body)) {
            transfer->d->client = nullptr;
            delete transfer;
            return;
        }
        transfers[quint32(number)] = transfer;
        Q_EMIT q->transferAppeared(transfer);
        return;
    }
    if (fields.contains(TransferField)) {
        const auto it = transfers.find(quint32(fields.value(TransferField).toInteger()));
        if (it == transfers.end() || !it->second)
            return; // deleted here already
        QPointer<ServiceTransfer> transfer = it->second;
        transfer->d->handle(message, body);
        return;
    }
    if (message.type == Incoming) {
        const qint64 number = fields.value(SessionField).toInteger();
        if (number < FirstIncomingSession || number > std::numeric_limits<quint32>::max()
            || sessions.count(quint32(number)) > 0)
            return; // not one the host gives
        auto *session = new ServiceSession(this, quint32(number), fields.value(DeviceField).toString(),
                                           fields.value(ServiceField).toString(), q);
        session->d->incoming = true;
        session->d->opener = fields.value(OpenerField).toString();
        session->d->parameters = fields.value(ParametersField).toMap();
        session->d->stream = quint32(fields.value(StreamField).toInteger());
        sessions[quint32(number)] = session;
        Q_EMIT q->incomingSession(session);
        return;
    }
    if (fields.contains(SessionField)) {
        const auto it = sessions.find(quint32(fields.value(SessionField).toInteger()));
        if (it == sessions.end() || !it->second)
            return; // deleted here already
        QPointer<ServiceSession> session = it->second;
        session->d->handle(message, body);
        return;
    }
    qCDebug(lcService) << "ignoring" << message.type << "from the host";
}

void DeviceServiceClientPrivate::dropChannel()
{
    if (!channel)
        return;
    // Called from the channel's own handlers too: it goes on the next pass,
    // and reads nothing more meanwhile.
    channel->stopReading();
    channel->deleteLater();
    channel = nullptr;
}

void DeviceServiceClientPrivate::lost(const QString &reason)
{
    if (!channel && !reconnecting)
        return;
    dropChannel();
    reconnecting = false;
    retryTimer->stop();
    ready = false;
    helloTimer->stop();
    requestTimer->stop();
    pending.clear();
    pairingRequest = 0;
    watching = false;
    watchingTransfers = false;
    services.clear();
    consumedDue.clear();
    const QString ended = DeviceServiceClient::tr("The connection to the Tandem host ended: %1").arg(reason);
    const auto open = std::exchange(sessions, {});
    for (const auto &[id, session] : open) {
        if (session)
            session->d->finish(Session::CloseReason::NetworkDisconnected, ended);
    }
    // The host cancels them as it sees this client go.
    const auto running = std::exchange(transfers, {});
    for (const auto &[number, transfer] : running) {
        if (transfer)
            transfer->d->finish(Transfer::State::Failed, ended);
    }
    Q_EMIT q->disconnected(reason);
}

void DeviceServiceClientPrivate::hostGone(const QString &reason)
{
    const bool again = reconnecting; // a returning host that broke before its hello-ack
    const bool resumable = again || watching || watchingTransfers || !services.isEmpty()
        || std::any_of(transfers.cbegin(), transfers.cend(),
                       [](const auto &entry) { return entry.second && entry.second->d->own; })
        || std::any_of(sessions.cbegin(), sessions.cend(),
                       [](const auto &entry) { return entry.second && entry.second->d->survivesHost(); });
    if (!resumable) {
        lost(reason);
        return;
    }
    dropChannel();
    ready = false;
    helloTimer->stop();
    if (again) {
        retryTimer->start(retryDelay);
        return;
    }
    reconnecting = true;
    requestTimer->stop();
    // Requests die with the host that had them; the app asks the new one.
    pending.clear();
    pairingRequest = 0;
    consumedDue.clear();
    const QString ended = DeviceServiceClient::tr("The connection to the Tandem host ended: %1").arg(reason);
    // What was not yet open may or may not exist at the peer: it ends, as
    // a Session does that never got its answer.
    const auto open = sessions;
    for (const auto &[id, session] : open) {
        if (!session)
            continue;
        if (!session->d->survivesHost()) {
            session->d->finish(Session::CloseReason::NetworkDisconnected, ended);
        } else if (session->d->state != Session::State::Reconnecting) {
            session->d->state = Session::State::Reconnecting;
            Q_EMIT session->stateChanged(session->d->state);
        }
    }
    // The host's transfers went with it. Those this app sent wait, as a
    // Transfer waits for its peer, and are offered again through the host
    // that returns: the same files to the same device make the same
    // transfer, which the receiver continues where it stopped.
    const auto running = transfers;
    for (const auto &[number, transfer] : running) {
        if (!transfer)
            continue;
        if (!transfer->d->own) {
            transfer->d->finish(Transfer::State::Failed, ended);
        } else if (transfer->d->state != Transfer::State::Waiting) {
            transfer->d->state = Transfer::State::Waiting;
            Q_EMIT transfer->stateChanged(transfer->d->state);
        }
    }
    returnDeadline = std::chrono::steady_clock::now() + DeviceServiceClient::HostReturnTimeout;
    retryDelay = DeviceServiceClient::FirstRetryDelay;
    retryTimer->start(retryDelay);
    qCInfo(lcService).noquote() << "lost the Tandem host (" << reason << "); waiting for it to return";
    Q_EMIT q->hostLost(reason);
}

void DeviceServiceClientPrivate::retry()
{
    if (!reconnecting || channel)
        return;
    if (std::chrono::steady_clock::now() >= returnDeadline) {
        lost(
            DeviceServiceClient::tr("The Tandem host did not come back within %1 s.")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(DeviceServiceClient::HostReturnTimeout).count()));
        return;
    }
    retryDelay = std::min(retryDelay * 2, DeviceServiceClient::MaxRetryDelay);
    QString error;
    if (!attach(profileDir, &error))
        retryTimer->start(retryDelay);
    // Else the hello-ack resumes, or the channel breaking retries.
}

void DeviceServiceClientPrivate::resumeWithHost()
{
    qCInfo(lcService) << "the Tandem host is back; handing it" << sessions.size() << "sessions";
    const auto open = sessions;
    for (const auto &[id, session] : open) {
        if (session)
            session->d->adopt();
    }
    const auto sending = transfers;
    for (const auto &[number, transfer] : sending) {
        if (transfer && transfer->d->own)
            channel->sendEncoded(transfer->d->request);
    }
    const QStringList registered = std::exchange(services, {});
    for (const QString &service : registered) {
        q->registerService(service, q, [this, service](const QString &error) {
            if (error.isEmpty())
                return;
            // Another app took the name while no host ran.
            qCWarning(lcService).noquote()
                << "the returning Tandem host refused the service" << service << "-" << error;
            Q_EMIT q->serviceLost(service, error);
        });
    }
    if (watching)
        q->watchDevices();
    if (watchingTransfers)
        q->watchTransfers();
}

void DeviceServiceClientPrivate::scheduleConsumed(quint32 session)
{
    consumedDue.insert(session);
    if (std::exchange(consumedScheduled, true))
        return;
    // Everything taken in this pass of the event loop in one go.
    QMetaObject::invokeMethod(q, [this] { flushConsumed(); }, Qt::QueuedConnection);
}

void DeviceServiceClientPrivate::flushConsumed()
{
    consumedScheduled = false;
    const auto due = std::exchange(consumedDue, {});
    if (!channel)
        return; // a host that adopts them learns it from the adoption
    for (const quint32 id : due) {
        const auto it = sessions.find(id);
        if (it == sessions.end() || !it->second)
            continue;
        for (int kind = 0; kind < Session::LaneCount; ++kind) {
            ServiceSessionPrivate::Lane &lane = it->second->d->lanes[size_t(kind)];
            if (lane.received <= lane.reported)
                continue;
            lane.reported = lane.received;
            QCborMap fields;
            fields.insert(SessionField, id);
            fields.insert(KindField, kind);
            fields.insert(SequenceField, lane.received);
            channel->send(Consumed, fields);
        }
    }
}

DeviceServiceClient::DeviceServiceClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<DeviceServiceClientPrivate>())
{
    d->q = this;
    d->helloTimer = new QTimer(this);
    d->requestTimer = new QTimer(this);
    d->retryTimer = new QTimer(this);
    d->helloTimer->setSingleShot(true);
    connect(d->helloTimer, &QTimer::timeout, this, [this] {
        if (d->reconnecting) {
            // The returning host is not ready yet: tried again, until
            // HostReturnTimeout.
            d->dropChannel();
            d->retryTimer->start(d->retryDelay);
            return;
        }
        d->lost(tr("The Tandem host did not answer within %1 s.").arg(HelloTimeout.count()));
    });
    d->retryTimer->setSingleShot(true);
    connect(d->retryTimer, &QTimer::timeout, this, [this] { d->retry(); });
    d->requestTimer->setSingleShot(true);
    connect(d->requestTimer, &QTimer::timeout, this, [this] {
        const auto now = std::chrono::steady_clock::now();
        for (const auto &[number, entry] : d->pending) {
            if (entry.deadline && *entry.deadline <= now) {
                d->lost(tr("The Tandem host did not answer a request within %1 s.").arg(RequestTimeout.count()));
                return;
            }
        }
        d->watchRequests();
    });
}

DeviceServiceClient::~DeviceServiceClient()
{
    // The sessions are children: they go with the client, and the host
    // closes their other halves when the connection drops.
    for (auto &[id, session] : d->sessions) {
        if (session)
            session->d->client = nullptr;
    }
    for (auto &[number, transfer] : d->transfers) {
        if (transfer)
            transfer->d->client = nullptr;
    }
    delete d->channel;
}

QString DeviceServiceClient::defaultProfileDirectory()
{
    // Profile::defaultDirectory() is the calling application's location;
    // an app importing Tandem has its own names, so Tandem's are spelled
    // out (the app and the CLI set both to "Tandem").
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Tandem/Tandem");
}

bool DeviceServiceClient::connectToHost(QString *error)
{
    return connectToHost(defaultProfileDirectory(), error);
}

bool DeviceServiceClient::connectToHost(const QString &profileDir, QString *error)
{
    if (d->channel || d->reconnecting) {
        *error = tr("Already connected to a Tandem host.");
        return false;
    }
    if (!d->attach(profileDir, error))
        return false;
    d->profileDir = profileDir;
    return true;
}

bool DeviceServiceClientPrivate::attach(const QString &profileDir, QString *error)
{
    using Client = DeviceServiceClient;
    const QString noHost = Client::tr("No Tandem host is running for this profile");
    QString pathError;
    const QString path = ServicePaths::socketPath(profileDir, &pathError);
    if (path.isEmpty()) {
        *error = noHost; // a profile that does not exist has no host
        return false;
    }
#if defined(Q_OS_UNIX)
    if (!QFileInfo(path).exists()) {
        *error = noHost;
        return false;
    }
    // Only a folder of this user's, that only this user can enter, can hold
    // a socket of this user's host.
    if (!ServicePaths::preparePrivateDirectory(QFileInfo(path).path(), false, error))
        return false;
#endif
    auto socket = std::make_unique<QLocalSocket>();
    socket->connectToServer(path);
    if (!socket->waitForConnected(int(Client::ConnectTimeout.count()))) {
        const auto code = socket->error();
        *error = code == QLocalSocket::ServerNotFoundError || code == QLocalSocket::ConnectionRefusedError
            ? noHost // a host that died leaves its socket behind
            : Client::tr("Cannot reach the Tandem host at %1: %2").arg(path, socket->errorString());
        return false;
    }
    // Whoever listens must be this user; the folder says so, and so must the
    // kernel.
    const PeerCredentials host = peerCredentials(socket->socketDescriptor());
    if (!isSameUser(host)) {
        *error
            = Client::tr("The Tandem host at %1 runs as another user (%2); not using it.").arg(path).arg(host.userId);
        return false;
    }
    hostError.clear();
    channel = new ServiceChannel(socket.release(), q);
    channel->setBodyCheck([](const Protocol::ControlMessage &message, qint64 bytes, QString *bodyError) {
        const bool list = message.type == DeviceList || message.type == TrustedList || message.type == DevicesChanged;
        if (message.type == Received || (list && bytes <= MaxListBytes)
            || (message.type == TransferOffered && bytes <= MaxFileListBytes)
            || (message.type == TransferSeen && bytes <= MaxSeenFileListBytes))
            return true;
        *bodyError = Client::tr("The Tandem host sent %1 bytes with a \"%2\"").arg(bytes).arg(message.type);
        return false;
    });
    channel->setMessageHandler(
        [this](const Protocol::ControlMessage &message, const QByteArray &body) { handle(message, body); });
    channel->setFailureHandler([this](const QString &reason) { lost(reason); });
    QObject::connect(channel, &ServiceChannel::disconnected, q, [this] {
        // Said nothing first: it died, or was killed. One that returns
        // takes the sessions back.
        if (hostError.isEmpty() && (ready || reconnecting))
            hostGone(Client::tr("The Tandem host closed the connection."));
        else
            lost(hostError.isEmpty() ? Client::tr("The Tandem host closed the connection.") : hostError);
    });
    QCborMap hello;
    hello.insert(VersionField, ServiceProtocol::Version);
    hello.insert(AppField, QFileInfo(QCoreApplication::applicationFilePath()).fileName().left(MaxAppNameBytes / 4));
    channel->send(Hello, hello);
    helloTimer->start(Client::HelloTimeout);
    return true;
}

void DeviceServiceClient::disconnectFromHost()
{
    if (d->channel) {
        d->reconnecting = false; // a close asked for is not a host lost
        d->ready = false;
        d->channel->closeAfterWriting();
    } else if (d->reconnecting) {
        d->lost(tr("Stopped waiting for the Tandem host."));
    }
}

bool DeviceServiceClient::isConnected() const
{
    return d->channel != nullptr;
}

bool DeviceServiceClient::isReconnecting() const
{
    return d->reconnecting;
}

bool DeviceServiceClient::isReady() const
{
    return d->ready;
}

QString DeviceServiceClient::deviceId() const
{
    return d->deviceId;
}

QString DeviceServiceClient::deviceName() const
{
    return d->deviceName;
}

int DeviceServiceClient::maxQueuedMessages() const
{
    return d->limits.sessionQueuedMessages;
}

void DeviceServiceClient::requestDevices(QObject *context, std::function<void(const QList<DeviceInfo> &)> reply)
{
    d->request(Devices, {}, context, [reply](const Protocol::ControlMessage &, const QByteArray &body) {
        QList<DeviceInfo> devices;
        for (const QCborMap &map : mapsFromCbor(body).value_or(QList<QCborMap>())) {
            if (const auto device = deviceFromCbor(map))
                devices << *device;
        }
        reply(devices);
    });
}

void DeviceServiceClient::watchDevices()
{
    if (d->channel)
        d->watching = true;
    d->request(Watch, {}, this, [](const Protocol::ControlMessage &, const QByteArray &) { });
}

void DeviceServiceClient::watchTransfers()
{
    if (d->channel)
        d->watchingTransfers = true;
    d->request(WatchTransfers, {}, this, [this](const Protocol::ControlMessage &message, const QByteArray &) {
        const QString error = message.fields.value(ErrorField).toString();
        if (!error.isEmpty()) {
            d->watchingTransfers = false;
            qCWarning(lcService).noquote() << "the Tandem host shows no transfers:" << error;
        }
    });
}

void DeviceServiceClient::decidePairing(const QString &deviceId, bool accept)
{
    if (!d->channel)
        return;
    QCborMap fields;
    fields.insert(DeviceField, deviceId);
    fields.insert(AcceptField, accept);
    d->channel->send(PairingDecision, fields);
}

void DeviceServiceClient::requestTrusted(QObject *context, std::function<void(const QList<TrustedDevice> &)> reply)
{
    d->request(Trusted, {}, context, [reply](const Protocol::ControlMessage &, const QByteArray &body) {
        QList<TrustedDevice> devices;
        for (const QCborMap &map : mapsFromCbor(body).value_or(QList<QCborMap>())) {
            if (const auto device = trustedFromCbor(map))
                devices << *device;
        }
        reply(devices);
    });
}

void DeviceServiceClient::findDevice(const QString &query, QObject *context,
                                     std::function<void(const std::optional<DeviceInfo> &, const QString &)> reply)
{
    QCborMap fields;
    fields.insert(QueryField, query);
    d->request(Find, fields, context, [reply](const Protocol::ControlMessage &message, const QByteArray &) {
        const auto device = deviceFromCbor(message.fields.value(DeviceField).toMap());
        reply(device, device ? QString() : message.fields.value(ErrorField).toString());
    });
}

void DeviceServiceClient::unpair(const QString &deviceId, QObject *context,
                                 std::function<void(bool, const QString &)> reply)
{
    QCborMap fields;
    fields.insert(DeviceField, deviceId);
    d->request(Unpair, fields, context, [reply](const Protocol::ControlMessage &message, const QByteArray &) {
        const QCborMap &answer = message.fields;
        if (answer.contains(ErrorField))
            reply(false, answer.value(ErrorField).toString());
        else
            reply(answer.value(ToldField).toBool(), QString());
    });
}

void DeviceServiceClient::pair(const QString &deviceId, QObject *context,
                               std::function<void(const QString &)> codeReady,
                               std::function<void(std::optional<PairingOutcome>, const QString &)> ended)
{
    QCborMap fields;
    fields.insert(DeviceField, deviceId);
    const qint64 request = d->nextRequest;
    d->request(
        Pair, fields, context,
        [this, request, codeReady, ended](const Protocol::ControlMessage &message, const QByteArray &) {
            const QCborMap &event = message.fields;
            if (message.type == PairingCode) {
                codeReady(event.value(CodeField).toString());
                return;
            }
            if (d->pairingRequest == request)
                d->pairingRequest = 0;
            const qint64 outcome = event.value(OutcomeField).toInteger(-1);
            if (event.contains(ErrorField) || outcome < int(PairingOutcome::Paired)
                || outcome > int(PairingOutcome::Failed))
                ended(std::nullopt, event.value(ErrorField).toString());
            else
                ended(PairingOutcome(outcome), event.value(ReasonField).toString());
        },
        DeviceServiceClientPrivate::Deadline::None); // people compare the codes: the host bounds it
    // A second pair while one runs is refused by the host; answers go to
    // the first.
    if (d->channel && d->pairingRequest == 0)
        d->pairingRequest = request;
}

void DeviceServiceClient::answerPairing(bool accept)
{
    if (!d->channel || d->pairingRequest == 0)
        return;
    QCborMap fields;
    fields.insert(RequestField, d->pairingRequest);
    fields.insert(AcceptField, accept);
    d->channel->send(PairingAnswer, fields);
}

void DeviceServiceClient::registerService(const QString &service, QObject *context,
                                          std::function<void(const QString &)> reply)
{
    QCborMap fields;
    fields.insert(ServiceField, service);
    d->request(RegisterService, fields, context,
               [this, service, reply](const Protocol::ControlMessage &message, const QByteArray &) {
                   const QString error = message.fields.value(ErrorField).toString();
                   // Registered again with a host that returns after dying.
                   if (error.isEmpty() && !d->services.contains(service))
                       d->services.append(service);
                   reply(error);
               });
}

void DeviceServiceClient::unregisterService(const QString &service)
{
    if (!d->channel)
        return;
    d->services.removeOne(service);
    QCborMap fields;
    fields.insert(ServiceField, service);
    d->channel->send(UnregisterService, fields);
}

ServiceTransfer *DeviceServiceClient::sendFiles(const QString &peerDeviceId, const QStringList &paths, QString *error)
{
    return d->sendFiles(peerDeviceId, paths, {}, {}, error);
}

ServiceTransfer *DeviceServiceClient::sendFiles(const QString &peerDeviceId, const QList<TransferSource> &sources,
                                                const QString &tag, QString *error)
{
    QStringList paths;
    QStringList names;
    for (const TransferSource &source : sources) {
        paths << source.path;
        names << source.name;
    }
    return d->sendFiles(peerDeviceId, paths, names, tag, error);
}

ServiceTransfer *DeviceServiceClientPrivate::sendFiles(const QString &peerDeviceId, const QStringList &paths,
                                                       const QStringList &names, const QString &tag, QString *error)
{
    using Client = DeviceServiceClient;
    if (!channel) {
        *error = Client::tr("Not connected to a Tandem host.");
        return nullptr;
    }
    if (paths.size() > MaxPathsPerSend) {
        *error = Client::tr("%1 paths are more than one send through the Tandem host takes (%2); send their folder "
                            "instead.")
                     .arg(paths.size())
                     .arg(MaxPathsPerSend);
        return nullptr;
    }
    // The host has another working folder: it gets absolute paths.
    QCborArray absolute;
    for (const QString &path : paths) {
        const QString full = QFileInfo(path).absoluteFilePath();
        if (full.toUtf8().size() > MaxPathBytes) {
            *error = Client::tr("The path %1 is longer than the %2 bytes a send through the Tandem host takes.")
                         .arg(path)
                         .arg(MaxPathBytes);
            return nullptr;
        }
        absolute.append(full);
    }
    QCborMap fields;
    const quint32 number = nextTransfer;
    fields.insert(TransferField, number);
    fields.insert(DeviceField, peerDeviceId);
    fields.insert(PathsField, absolute);
    if (!names.isEmpty())
        fields.insert(NamesField, QCborArray::fromStringList(names));
    if (!tag.isEmpty())
        fields.insert(TagField, tag);
    // Encoded once: its size is checked, then it is what goes.
    const QByteArray request = Protocol::encodeControl(SendFiles, fields);
    if (request.size() > Protocol::MaxControlPayload) {
        *error = Client::tr("These %1 paths are more than one send through the Tandem host takes; send their folder "
                            "instead.")
                     .arg(paths.size());
        return nullptr;
    }
    nextTransfer = nextTransfer == LastClientSession ? 1 : nextTransfer + 1;
    auto *transfer = new ServiceTransfer(this, number, peerDeviceId, q);
    transfer->d->tag = tag;
    transfer->d->request = request; // offered again if the host dies
    transfers[number] = transfer;
    channel->sendEncoded(request);
    return transfer;
}

ServiceSession *DeviceServiceClient::open(const QString &peerDeviceId, const QString &service,
                                          const QString &openerService, const QCborMap &parameters, QString *error)
{
    if (!d->channel) {
        *error = tr("Not connected to a Tandem host.");
        return nullptr;
    }
    const quint32 id = d->nextSession;
    d->nextSession = d->nextSession == LastClientSession ? 1 : d->nextSession + 1;
    auto *session = new ServiceSession(d.get(), id, peerDeviceId, service, this);
    session->d->opener = openerService;
    session->d->parameters = parameters;
    d->sessions[id] = session;
    QCborMap fields;
    fields.insert(SessionField, id);
    fields.insert(DeviceField, peerDeviceId);
    fields.insert(ServiceField, service);
    if (!openerService.isEmpty())
        fields.insert(OpenerField, openerService);
    if (!parameters.isEmpty())
        fields.insert(ParametersField, parameters);
    d->channel->send(Open, fields);
    return session;
}

} // namespace Tandem
