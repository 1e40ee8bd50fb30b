#include "deviceservicehost.h"

#include "deviceservicehost_p.h"
#include "peercredentials_p.h"
#include "servicelogging_p.h"
#include "servicepaths_p.h"
#include "serviceprotocol_p.h"
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionadoption_p.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfer.h>
#include <Tandem/transfermanager.h>
#include <Tandem/transferprotocol.h>
#include <Tandem/truststore.h>

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <algorithm>
#include <limits>
#include <memory>

namespace Tandem {

using namespace ServiceProtocol;

namespace {

// listen(): how long a socket left in place has to answer before it is
// taken for a dead host's. A live host answers a local connect at once.
constexpr int ProbeTimeoutMs = 1000;
// A client dropped with a reason has this long to read it before its
// connection is cut.
constexpr std::chrono::seconds GoodbyeTimeout{2};
// The client's numbers for its sessions: positive 32-bit (they are frame
// stream ids too).
constexpr qint64 MaxSessionNumber = std::numeric_limits<quint32>::max();

} // namespace

// Reads a message's fields in turn. The first that is missing or malformed
// is the error; reads after it give nothing, so a handler reads them all
// and checks once (and a client that sends such a message is dropped).
class FieldReader
{
public:
    explicit FieldReader(const QCborMap &fields)
        : m_fields(fields)
    { }
    std::optional<qint64> integer(QLatin1StringView name, qint64 min, qint64 max)
    {
        return m_error.isEmpty() ? Protocol::integerField(m_fields, name, min, max, &m_error) : std::nullopt;
    }
    // Every request carries its number, for the reply.
    std::optional<qint64> request() { return integer(RequestField, 0, MaxSessionNumber); }
    std::optional<QString> text(QLatin1StringView name, qsizetype maxBytes)
    {
        return m_error.isEmpty() ? Protocol::textField(m_fields, name, maxBytes, &m_error) : std::nullopt;
    }
    // A list of texts, each at most `maxBytes`, at most `maxCount` of them.
    std::optional<QStringList> texts(QLatin1StringView name, qsizetype maxCount, qsizetype maxBytes)
    {
        if (!m_error.isEmpty())
            return std::nullopt;
        const QCborValue value = m_fields.value(name);
        const QCborArray array = value.toArray();
        if (!value.isArray() || array.size() > maxCount) {
            m_error = HostClient::tr("field \"%1\" must be a list of at most %2 texts").arg(name).arg(maxCount);
            return std::nullopt;
        }
        QStringList list;
        for (const QCborValue &item : array) {
            if (!item.isString() || item.toString().toUtf8().size() > maxBytes) {
                m_error = HostClient::tr("field \"%1\" must hold texts of at most %2 bytes").arg(name).arg(maxBytes);
                return std::nullopt;
            }
            list << item.toString();
        }
        return list;
    }
    // An optional list of at most `maxCount` non-negative integers below
    // `maxCount` (indexes into a list of that bound): empty when absent.
    std::optional<QList<int>> optionalIndexes(QLatin1StringView name, int maxCount)
    {
        if (!m_error.isEmpty())
            return std::nullopt;
        if (!m_fields.contains(name))
            return QList<int>();
        const QCborValue value = m_fields.value(name);
        const QCborArray array = value.toArray();
        QList<int> list;
        for (const QCborValue &item : array) {
            if (!item.isInteger() || item.toInteger() < 0 || item.toInteger() >= maxCount)
                break;
            list.append(int(item.toInteger()));
        }
        if (!value.isArray() || array.size() > maxCount || list.size() != array.size()) {
            m_error = HostClient::tr("field \"%1\" must be a list of at most %2 indexes").arg(name).arg(maxCount);
            return std::nullopt;
        }
        return list;
    }
    // An optional text field: empty when absent.
    std::optional<QString> optionalText(QLatin1StringView name, qsizetype maxBytes)
    {
        return m_fields.contains(name) ? text(name, maxBytes) : std::optional<QString>(QString());
    }
    std::optional<bool> boolean(QLatin1StringView name)
    {
        if (!m_error.isEmpty())
            return std::nullopt;
        if (!m_fields.value(name).isBool()) {
            m_error = HostClient::tr("field \"%1\" must be true or false").arg(name);
            return std::nullopt;
        }
        return m_fields.value(name).toBool();
    }
    // A map if present.
    std::optional<QCborMap> optionalMap(QLatin1StringView name)
    {
        if (!m_error.isEmpty())
            return std::nullopt;
        if (m_fields.contains(name) && !m_fields.value(name).isMap()) {
            m_error = HostClient::tr("field \"%1\" must be a map").arg(name);
            return std::nullopt;
        }
        return m_fields.value(name).toMap();
    }
    // A list of `count` pairs of non-negative integers (a session's lanes).
    std::optional<QList<std::pair<qint64, qint64>>> positions(QLatin1StringView name, qsizetype count)
    {
        if (!m_error.isEmpty())
            return std::nullopt;
        const QCborArray array = m_fields.value(name).toArray();
        QList<std::pair<qint64, qint64>> list;
        for (const QCborValue &item : array) {
            const QCborArray pair = item.toArray();
            if (pair.size() != 2 || !pair.at(0).isInteger() || !pair.at(1).isInteger() || pair.at(0).toInteger() < 0
                || pair.at(1).toInteger() < 0)
                break;
            list.append({pair.at(0).toInteger(), pair.at(1).toInteger()});
        }
        if (!m_fields.value(name).isArray() || array.size() != count || list.size() != count) {
            m_error = HostClient::tr("field \"%1\" must be a list of %2 pairs of numbers").arg(name).arg(count);
            return std::nullopt;
        }
        return list;
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return HostClient::tr("protocol error: %1").arg(m_error); }

private:
    const QCborMap &m_fields;
    QString m_error;
};

// --- one client ---

QString HostClient::who() const
{
    return QStringLiteral("%1 (pid %2)").arg(m_app.isEmpty() ? QStringLiteral("a client") : m_app).arg(m_processId);
}

HostClient::HostClient(DeviceServiceHostPrivate *host, QLocalSocket *socket, qint64 processId)
    : QObject(host->q)
    , m_host(host)
    , m_channel(new ServiceChannel(socket, this))
    , m_processId(processId)
{
    m_channel->setBodyCheck([this](const Protocol::ControlMessage &message, qint64 bytes, QString *error) {
        return checkBody(message, bytes, error);
    });
    m_channel->setMessageHandler(
        [this](const Protocol::ControlMessage &message, const QByteArray &body) { handle(message, body); });
    m_channel->setFailureHandler([this](const QString &reason) { drop(reason); });
    connect(m_channel, &ServiceChannel::disconnected, this, [this] {
        gone(tr("The app disconnected."));
        deleteLater();
    });
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this,
            [this] { drop(tr("No hello within %1 ms.").arg(DeviceServiceHost::HelloTimeout.count())); });
    m_helloTimer.start(DeviceServiceHost::HelloTimeout);
    // The client's pairing, relayed: only events for the device it pairs
    // with, while it does.
    LocalDevice *device = m_host->sessions->device();
    connect(device, &LocalDevice::pairingCodeReady, this,
            [this](const QString &deviceId, const QString &code, bool incoming) {
                if (incoming || !m_pairing || m_pairing->deviceId != deviceId)
                    return;
                QCborMap fields;
                fields.insert(RequestField, m_pairing->request);
                fields.insert(CodeField, code);
                post(PairingCode, fields);
            });
    connect(device, &LocalDevice::paired, this, [this](const QString &deviceId) {
        if (m_pairing && m_pairing->deviceId == deviceId)
            endPairing(PairingOutcome::Paired, QString());
        if (m_watching) {
            QCborMap fields;
            fields.insert(DeviceField, deviceId);
            fields.insert(OutcomeField, int(PairingOutcome::Paired));
            post(PairingChanged, fields);
        }
    });
    connect(device, &LocalDevice::pairingFailed, this,
            [this](const QString &deviceId, PairingOutcome outcome, const QString &reason) {
                if (m_pairing && m_pairing->deviceId == deviceId)
                    endPairing(outcome, reason);
                if (m_watching) {
                    QCborMap fields;
                    fields.insert(DeviceField, deviceId);
                    fields.insert(OutcomeField, int(outcome));
                    fields.insert(ReasonField, reason.left(MaxReasonBytes / 4));
                    post(PairingChanged, fields);
                }
            });
    // What a watcher shows: the list, another device asking to pair, and
    // unpairing.
    connect(device, &LocalDevice::pairingCodeReady, this,
            [this](const QString &deviceId, const QString &code, bool incoming) {
                if (!incoming || !m_watching)
                    return;
                QCborMap fields;
                fields.insert(DeviceField, deviceId);
                fields.insert(CodeField, code);
                post(PairingRequested, fields);
            });
    connect(device, &LocalDevice::unpaired, this, [this](const QString &deviceId, bool byPeer) {
        if (!m_watching)
            return;
        QCborMap fields;
        fields.insert(DeviceField, deviceId);
        fields.insert(ByPeerField, byPeer);
        post(UnpairedEvent, fields);
    });
    connect(device, &LocalDevice::devicesChanged, this, [this] {
        if (!m_watching)
            return;
        if (m_devicePushTimer.isActive())
            m_devicesDirty = true;
        else
            pushDevices();
    });
    m_devicePushTimer.setSingleShot(true);
    connect(&m_devicePushTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_devicesDirty, false))
            pushDevices();
    });
}

void HostClient::startWatching(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    if (!wellFormed(read))
        return;
    QCborMap reply;
    reply.insert(RequestField, *request);
    post(Watching, reply);
    // Each watch gets the list at once: another model in the same app may
    // have just started watching.
    m_watching = true;
    pushDevices();
}

void HostClient::pushDevices()
{
    if (m_gone)
        return;
    postWithBody(DevicesChanged, {}, 0, deviceListBody());
    m_devicePushTimer.start(DevicePushInterval);
}

void HostClient::decidePairing(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto deviceId = read.text(DeviceField, MaxQueryBytes);
    const auto accept = read.boolean(AcceptField);
    if (!wellFormed(read))
        return;
    // Decided meanwhile (by the host's window or another app), or no
    // pairing with it: LocalDevice says so, and the outcome is pushed.
    QString error;
    LocalDevice *device = m_host->sessions->device();
    const bool done
        = *accept ? device->acceptPairing(*deviceId, &error) : device->rejectPairing(*deviceId, QString(), &error);
    if (!done)
        qCDebug(lcService).noquote() << who() << "decided a pairing with" << deviceId->left(8) << "in vain:" << error;
}

HostClient::~HostClient()
{
    gone(tr("The Tandem host stopped."));
}

void HostClient::drop(const QString &reason, bool log)
{
    if (m_gone)
        return;
    if (log)
        qCInfo(lcService).noquote() << "disconnecting" << who() + u':' << reason;
    QCborMap fields;
    fields.insert(MessageField, reason.left(MaxReasonBytes / 4));
    m_channel->send(Error, fields);
    gone(reason);
    m_channel->closeAfterWriting();
    QTimer::singleShot(GoodbyeTimeout, this, &QObject::deleteLater);
}

void HostClient::gone(const QString &reason)
{
    if (m_gone)
        return;
    m_gone = true;
    m_helloTimer.stop();
    // Nobody is left to compare the code.
    if (const auto pairing = std::exchange(m_pairing, std::nullopt)) {
        QString error;
        m_host->sessions->device()->cancelPairing(pairing->deviceId, &error);
    }
    // Its sessions end as an app that went away: their peers see PeerExited.
    const auto sessions = std::exchange(m_sessions, {});
    for (const auto &[id, session] : sessions) {
        if (!session)
            continue;
        session->disconnect(this);
        session->close(Session::CloseReason::PeerExited);
        session->deleteLater();
    }
    // Peers can no longer open sessions to what it served.
    for (const QString &service : std::as_const(m_services)) {
        m_host->services.remove(service);
        m_host->sessions->unregisterService(service);
    }
    m_services.clear();
    // Nobody is left to report its files to: they stop, and the peer is told.
    // Those it only watched go on: the host's window or another app has them.
    const auto transfers = std::exchange(m_transfers, {});
    for (const auto &[number, followed] : transfers) {
        if (!followed.transfer)
            continue;
        followed.transfer->disconnect(this);
        if (followed.own && !followed.transfer->isFinished())
            followed.transfer->cancel(tr("The app that sent the files went away."));
    }
    m_host->remove(this, reason);
}

bool HostClient::checkBody(const Protocol::ControlMessage &message, qint64 bytes, QString *error) const
{
    if (!m_greeted || message.type != Send) {
        *error = tr("protocol error: a \"%1\" does not carry bytes").arg(message.type);
        return false;
    }
    const qint64 held = heldBytes();
    if (held + bytes > DeviceServiceHost::MaxQueuedBytesPerClient) {
        *error = tr("This app has %1 bytes waiting for delivery through the Tandem host and sent a message of %2 "
                    "more, over its budget of %3 bytes.")
                     .arg(held)
                     .arg(bytes)
                     .arg(DeviceServiceHost::MaxQueuedBytesPerClient);
        return false;
    }
    return true;
}

qint64 HostClient::heldBytes() const
{
    qint64 held = m_channel->receivingBytes();
    for (const auto &[id, session] : m_sessions) {
        if (session)
            held += session->queuedBytes();
    }
    return held;
}

bool HostClient::hasRoomFor(qint64 bytes)
{
    if (m_gone)
        return false;
    const qint64 unread = m_channel->unwrittenBytes();
    if (unread == 0 || unread + bytes <= DeviceServiceHost::MaxUnreadBytesPerClient)
        return true;
    // It does not read, so it cannot be told: the reason goes to the log.
    const QString reason = tr("The app did not read what the Tandem host sent it: %1 bytes waited, and %2 more "
                              "would pass its budget of %3 bytes.")
                               .arg(unread)
                               .arg(bytes)
                               .arg(DeviceServiceHost::MaxUnreadBytesPerClient);
    qCWarning(lcService).noquote() << "disconnecting" << who() + u':' << reason;
    gone(reason);
    deleteLater();
    return false;
}

bool HostClient::post(QLatin1StringView type, const QCborMap &fields)
{
    if (!hasRoomFor(0))
        return false;
    m_channel->send(type, fields);
    return true;
}

bool HostClient::postWithBody(QLatin1StringView type, const QCborMap &fields, quint32 stream, const QByteArray &body)
{
    if (!hasRoomFor(body.size()))
        return false;
    m_channel->sendWithBody(type, fields, stream, body);
    return true;
}

void HostClient::handle(const Protocol::ControlMessage &message, const QByteArray &body)
{
    if (m_gone)
        return;
    if (!m_greeted) {
        if (message.type == Hello)
            hello(message.fields);
        else
            drop(tr("protocol error: the first message must be a hello, not \"%1\"").arg(message.type));
        return;
    }
    if (message.type == Send)
        send(message.fields, body);
    else if (message.type == Devices)
        replyDevices(message.fields);
    else if (message.type == Find)
        find(message.fields);
    else if (message.type == Open)
        open(message.fields);
    else if (message.type == Close)
        close(message.fields);
    else if (message.type == Trusted)
        replyTrusted(message.fields);
    else if (message.type == Unpair)
        unpair(message.fields);
    else if (message.type == Pair)
        pair(message.fields);
    else if (message.type == PairingAnswer)
        answerPairing(message.fields);
    else if (message.type == SendFiles)
        sendFiles(message.fields);
    else if (message.type == CancelTransfer)
        cancelTransfer(message.fields);
    else if (message.type == WatchTransfers)
        startWatchingTransfers(message.fields);
    else if (message.type == AnswerTransfer)
        answerTransfer(message.fields);
    else if (message.type == RegisterService)
        registerService(message.fields);
    else if (message.type == Answer)
        answer(message.fields);
    else if (message.type == UnregisterService)
        unregisterService(message.fields);
    else if (message.type == Limit)
        limit(message.fields);
    else if (message.type == Watch)
        startWatching(message.fields);
    else if (message.type == PairingDecision)
        decidePairing(message.fields);
    else if (message.type == Consumed)
        consumed(message.fields);
    else if (message.type == Adopt)
        adopt(message.fields);
    else
        drop(tr("protocol error: unknown message \"%1\"").arg(message.type));
}

void HostClient::hello(const QCborMap &fields)
{
    QString error;
    const auto version = Protocol::integerField(fields, VersionField, 0, std::numeric_limits<int>::max(), &error);
    const auto app = version ? Protocol::textField(fields, AppField, MaxAppNameBytes, &error) : std::nullopt;
    if (!app) {
        drop(tr("protocol error: %1").arg(error));
        return;
    }
    if (*version != ServiceProtocol::Version) {
        drop(tr("This Tandem host speaks version %1 of the device service, the app version %2; use a tandem-cli "
                "and apps of the same installation.")
                 .arg(ServiceProtocol::Version)
                 .arg(*version));
        return;
    }
    m_app = *app;
    m_greeted = true;
    m_helloTimer.stop();
    const Profile *profile = m_host->sessions->device()->profile();
    const SessionManager::Options options = m_host->sessions->options();
    QCborMap limits;
    limits.insert(MaxSessionsLimit, DeviceServiceHost::MaxSessionsPerClient);
    limits.insert(MaxQueuedBytesLimit, DeviceServiceHost::MaxQueuedBytesPerClient);
    limits.insert(SessionQueuedMessagesLimit, options.maxQueuedMessages);
    limits.insert(SessionQueuedBytesLimit, options.maxQueuedBytes);
    QCborMap ack;
    ack.insert(VersionField, ServiceProtocol::Version);
    ack.insert(DeviceField, profile->deviceId());
    ack.insert(NameField, profile->deviceName());
    ack.insert(LimitsField, limits);
    post(HelloAck, ack);
    qCDebug(lcService).noquote() << who() << "connected";
    Q_EMIT m_host->q->clientConnected(m_app, m_processId);
}

bool HostClient::wellFormed(const FieldReader &read)
{
    if (read.ok())
        return true;
    drop(read.error());
    return false;
}

QByteArray HostClient::deviceListBody() const
{
    QCborArray devices;
    for (const DeviceInfo &device : m_host->sessions->device()->devices())
        devices.append(deviceToCbor(device));
    return QCborValue(devices).toCbor();
}

void HostClient::replyDevices(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    if (!wellFormed(read))
        return;
    QCborMap reply;
    reply.insert(RequestField, *request);
    postWithBody(DeviceList, reply, 0, deviceListBody());
}

void HostClient::replyTrusted(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    if (!wellFormed(read))
        return;
    QCborArray devices;
    for (const TrustedDevice &device : m_host->sessions->device()->profile()->trustStore()->devices())
        devices.append(trustedToCbor(device));
    QCborMap reply;
    reply.insert(RequestField, *request);
    postWithBody(TrustedList, reply, 0, QCborValue(devices).toCbor());
}

void HostClient::find(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    const auto query = read.text(QueryField, MaxQueryBytes);
    if (!wellFormed(read))
        return;
    QString error;
    QCborMap reply;
    reply.insert(RequestField, *request);
    if (const auto device = m_host->sessions->device()->findDevice(*query, &error))
        reply.insert(DeviceField, deviceToCbor(*device));
    else
        reply.insert(ErrorField, error);
    post(Found, reply);
}

void HostClient::open(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto id = read.integer(SessionField, 1, LastClientSession);
    const auto device = read.text(DeviceField, MaxQueryBytes);
    const auto service = read.text(ServiceField, Session::MaxServiceNameBytes);
    const auto opener = read.optionalText(OpenerField, Session::MaxServiceNameBytes);
    const auto parameters = read.optionalMap(ParametersField);
    if (!wellFormed(read))
        return;
    QString error;
    const quint32 session = quint32(*id);
    if (m_sessions.count(session) > 0) {
        drop(tr("protocol error: session %1 is already open").arg(session));
        return;
    }
    QCborMap reply;
    reply.insert(SessionField, session);
    if (m_sessions.size() >= size_t(DeviceServiceHost::MaxSessionsPerClient)) {
        reply.insert(ErrorField,
                     tr("This app already has %1 sessions open through the Tandem host, the most one app "
                        "may hold; close one first.")
                         .arg(DeviceServiceHost::MaxSessionsPerClient));
        post(OpenFailed, reply);
        return;
    }
    Session *opened = m_host->sessions->open(*device, *service, *opener, *parameters, &error);
    if (!opened) {
        reply.insert(ErrorField, error);
        post(OpenFailed, reply);
        return;
    }
    // The peer hears a message arrived once the app has it (consumed).
    SessionAdoption::setConfirmsDelivery(opened);
    m_sessions.emplace(session, opened);
    watch(session, opened);
    reply.insert(StreamField, qint64(opened->streamId()));
    post(Opening, reply);
}

void HostClient::watch(quint32 id, Session *session)
{
    auto fieldsFor = [id] {
        QCborMap fields;
        fields.insert(SessionField, id);
        return fields;
    };
    connect(session, &Session::opened, this, [this, fieldsFor] { post(Opened, fieldsFor()); });
    connect(session, &Session::refused, this, [this, fieldsFor](int code, const QString &reason) {
        QCborMap fields = fieldsFor();
        fields.insert(CodeField, code);
        fields.insert(ReasonField, reason.left(MaxReasonBytes / 4));
        post(Refused, fields);
    });
    connect(session, &Session::stateChanged, this, [this, fieldsFor](Session::State state) {
        QCborMap fields = fieldsFor();
        fields.insert(StateField, int(state));
        post(State, fields);
    });
    connect(session, &Session::delivered, this, [this, fieldsFor](Session::Kind kind, qint64 sequence) {
        QCborMap fields = fieldsFor();
        fields.insert(KindField, int(kind));
        fields.insert(SequenceField, sequence);
        post(Delivered, fields);
    });
    connect(session, &Session::messageReceived, this,
            [this, id, fieldsFor, session](const QString &channel, Session::Kind kind, const QByteArray &payload) {
                QCborMap fields = fieldsFor();
                fields.insert(ChannelField, channel);
                fields.insert(KindField, int(kind));
                // The client confirms by this number (consumed) and hands
                // it back with the session if this host dies.
                fields.insert(SequenceField, SessionAdoption::lastReceived(session, kind));
                postWithBody(Received, fields, id, payload);
            });
    connect(session, &Session::closed, this,
            [this, id, session, fieldsFor](Session::CloseReason reason, const QString &detail) {
                m_sessions.erase(id);
                session->disconnect(this);
                session->deleteLater();
                QCborMap fields = fieldsFor();
                fields.insert(ReasonField, int(reason));
                fields.insert(DetailField, detail.left(MaxReasonBytes / 4));
                post(Closed, fields);
            });
}

void HostClient::send(const QCborMap &fields, const QByteArray &body)
{
    FieldReader read(fields);
    const auto id = read.integer(SessionField, 1, MaxSessionNumber);
    const auto kind = read.integer(KindField, 0, Session::LaneCount - 1);
    const auto channel = read.text(ChannelField, Session::MaxChannelNameBytes);
    if (!wellFormed(read))
        return;
    QString error;
    QCborMap reply;
    reply.insert(SessionField, *id);
    reply.insert(KindField, *kind);
    const auto it = m_sessions.find(quint32(*id));
    Session *session = it != m_sessions.end() ? it->second.data() : nullptr;
    if (!session) {
        // Closed while the send was on its way: the client learns from the
        // close that it was not delivered.
        reply.insert(ErrorField, tr("The session is closed."));
        post(SendFailed, reply);
        return;
    }
    const qint64 sequence = session->send(*channel, Session::Kind(*kind), body, &error);
    if (sequence == 0) {
        // The client numbers its sends as the session does; one refused
        // here breaks that, so the session ends (its close follows).
        reply.insert(ErrorField, error);
        post(SendFailed, reply);
        session->close();
        return;
    }
    reply.insert(SequenceField, sequence);
    post(Sent, reply);
}

void HostClient::close(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto id = read.integer(SessionField, 1, MaxSessionNumber);
    const auto reason
        = read.integer(ReasonField, int(Session::CloseReason::PeerClosed), int(Session::CloseReason::PeerExited));
    if (!wellFormed(read))
        return;
    const auto it = m_sessions.find(quint32(*id));
    if (it != m_sessions.end() && it->second)
        it->second->close(Session::CloseReason(*reason)); // closed() tells the client
}

void HostClient::unpair(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    const auto deviceId = read.text(DeviceField, MaxQueryBytes);
    if (!wellFormed(read))
        return;
    QString error;
    LocalDevice *device = m_host->sessions->device();
    QCborMap reply;
    reply.insert(RequestField, *request);
    // As `tandem-cli unpair` on its own device: "told" only once the device
    // answers, since an unpair sent on a link it then drops as a duplicate
    // is sent again on the link that stays.
    const bool connected = device->isConnected(*deviceId);
    QTimer *wait = nullptr;
    if (connected) {
        wait = new QTimer(this);
        wait->setSingleShot(true);
        auto answered = std::make_shared<bool>(false);
        auto answer = [this, wait, reply, answered](bool told) mutable {
            if (std::exchange(*answered, true))
                return;
            reply.insert(ToldField, told);
            wait->deleteLater();
            post(Unpaired, reply);
        };
        connect(device, &LocalDevice::unpairAcknowledged, wait, [id = *deviceId, answer](const QString &acked) mutable {
            if (acked == id)
                answer(true);
        });
        connect(wait, &QTimer::timeout, this, [answer]() mutable { answer(false); });
    }
    if (!device->unpair(*deviceId, &error)) {
        delete wait;
        reply.insert(ErrorField, error);
        post(Unpaired, reply);
        return;
    }
    if (wait) {
        wait->start(DeviceServiceHost::UnpairAcknowledgementWait);
        return;
    }
    reply.insert(ToldField, false); // it learns at its next link
    post(Unpaired, reply);
}

void HostClient::pair(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    const auto deviceId = read.text(DeviceField, MaxQueryBytes);
    if (!wellFormed(read))
        return;
    QString error;
    QCborMap reply;
    reply.insert(RequestField, *request);
    if (m_pairing) {
        reply.insert(ErrorField,
                     tr("This app already has a pairing in progress through the Tandem host, the most "
                        "one app may run at once; finish that one first."));
        post(PairingEnded, reply);
        return;
    }
    // Set first: the code may come before requestPairing() returns.
    m_pairing = Pairing{*request, *deviceId};
    if (!m_host->sessions->device()->requestPairing(*deviceId, &error)) {
        m_pairing.reset();
        reply.insert(ErrorField, error);
        post(PairingEnded, reply);
    }
}

void HostClient::answerPairing(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    const auto accept = read.boolean(AcceptField);
    if (!wellFormed(read))
        return;
    QString error;
    // An answer to a pairing that ended meanwhile: its end is on the way.
    if (!m_pairing || m_pairing->request != *request)
        return;
    LocalDevice *device = m_host->sessions->device();
    if (*accept)
        device->acceptPairing(m_pairing->deviceId, &error);
    else
        device->rejectPairing(m_pairing->deviceId, QString(), &error);
}

void HostClient::endPairing(PairingOutcome outcome, const QString &reason)
{
    const Pairing pairing = *std::exchange(m_pairing, std::nullopt);
    QCborMap fields;
    fields.insert(RequestField, pairing.request);
    fields.insert(OutcomeField, int(outcome));
    fields.insert(ReasonField, reason.left(MaxReasonBytes / 4));
    post(PairingEnded, fields);
}

void HostClient::sendFiles(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto number = read.integer(TransferField, 1, MaxSessionNumber);
    const auto deviceId = read.text(DeviceField, MaxQueryBytes);
    const auto paths = read.texts(PathsField, MaxPathsPerSend, MaxPathBytes);
    const auto names = fields.contains(NamesField) ? read.texts(NamesField, MaxPathsPerSend, MaxPathBytes)
                                                   : std::optional<QStringList>(QStringList());
    const auto tag = read.optionalText(TagField, TransferProtocol::MaxTagBytes);
    if (!wellFormed(read))
        return;
    if (!names->isEmpty() && names->size() != paths->size()) {
        drop(tr("protocol error: %1 names for %2 paths").arg(names->size()).arg(paths->size()));
        return;
    }
    if (*number > LastClientSession || m_transfers.count(quint32(*number)) > 0) {
        drop(tr("protocol error: transfer %1 is already running or not one a client numbers").arg(*number));
        return;
    }
    QCborMap reply;
    reply.insert(TransferField, *number);
    auto fail = [this, &reply](const QString &error) {
        reply.insert(ErrorField, error.left(MaxReasonBytes / 4));
        post(TransferFailed, reply);
    };
    if (!m_host->transfers) {
        fail(tr("This Tandem host does not send files."));
        return;
    }
    const auto unfinished = std::count_if(m_transfers.cbegin(), m_transfers.cend(), [](const auto &entry) {
        return entry.second.own && entry.second.transfer && !entry.second.transfer->isFinished();
    });
    if (unfinished >= DeviceServiceHost::MaxTransfersPerClient) {
        fail(tr("This app already has %1 transfers running through the Tandem host, the most one app may run; "
                "wait for one to finish.")
                 .arg(DeviceServiceHost::MaxTransfersPerClient));
        return;
    }
    // Paths from the client's working folder would be read from the
    // host's: only absolute ones are taken.
    for (const QString &path : *paths) {
        if (QFileInfo(path).isRelative()) {
            fail(tr("The Tandem host takes only absolute paths, not \"%1\".").arg(path));
            return;
        }
    }
    QString error;
    m_sendingFiles = true;
    Transfer *transfer = nullptr;
    if (names->isEmpty() && tag->isEmpty()) {
        transfer = m_host->transfers->send(*deviceId, *paths, &error);
    } else {
        QList<TransferSource> sources;
        for (qsizetype i = 0; i < paths->size(); ++i)
            sources.append({paths->at(i), names->isEmpty() ? QFileInfo(paths->at(i)).fileName() : names->at(i)});
        transfer = m_host->transfers->send(*deviceId, sources, &error, *tag);
    }
    m_sendingFiles = false;
    if (!transfer) {
        fail(error);
        return;
    }
    m_transfers.emplace(quint32(*number), FollowedTransfer{transfer, true});
    QCborArray files;
    for (const TransferFile &file : transfer->files()) {
        QCborMap entry;
        entry.insert(NameField, file.name);
        entry.insert(PathField, file.path);
        entry.insert(SizeField, file.size);
        files.append(entry);
    }
    reply.insert(IdField, transfer->id());
    reply.insert(TotalField, transfer->totalBytes());
    postWithBody(TransferOffered, reply, 0, QCborValue(files).toCbor());
    watch(quint32(*number), transfer);
}

void HostClient::watch(quint32 number, Transfer *transfer)
{
    auto progress = [number, transfer] {
        QCborMap fields;
        fields.insert(TransferField, number);
        fields.insert(StateField, int(transfer->state()));
        fields.insert(DoneField, transfer->bytesDone());
        fields.insert(SentField, transfer->bytesSent());
        fields.insert(VerifiedField, transfer->filesVerified());
        fields.insert(RateField, transfer->bytesPerSecond());
        fields.insert(EtaField, transfer->etaSeconds());
        return fields;
    };
    // Progress at most every ProgressInterval: a transfer reports every
    // chunk, and a client needs a bar, not the chunks.
    auto *pacer = new QTimer(transfer);
    pacer->setSingleShot(true);
    auto due = std::make_shared<bool>(false);
    connect(pacer, &QTimer::timeout, this, [this, progress, due] {
        if (std::exchange(*due, false))
            post(TransferProgress, progress());
    });
    connect(transfer, &Transfer::progressChanged, this, [this, progress, pacer, due] {
        if (pacer->isActive()) {
            *due = true;
            return;
        }
        post(TransferProgress, progress());
        pacer->start(ProgressInterval);
    });
    connect(transfer, &Transfer::stateChanged, this, [this, transfer, progress, due] {
        if (transfer->isFinished())
            return; // finished() tells
        *due = false;
        post(TransferProgress, progress());
    });
    connect(transfer, &Transfer::fileVerified, this,
            [this, number](int index, const QString &path, const QByteArray &sha256) {
                QCborMap fields;
                fields.insert(TransferField, number);
                fields.insert(IndexField, index);
                fields.insert(Sha256Field, sha256);
                // Where it landed, for files coming in.
                fields.insert(PathField, path);
                post(FileVerified, fields);
            });
    connect(transfer, &Transfer::finished, this,
            [this, number, transfer, progress, pacer](Transfer::State state, const QString &reason) {
                pacer->stop();
                // Only this client's connections to it: the manager's stay.
                transfer->disconnect(this);
                m_transfers.erase(number);
                QCborMap fields = progress();
                fields.insert(StateField, int(state));
                fields.insert(ReasonField, reason.left(MaxReasonBytes / 4));
                post(TransferEnded, fields);
            });
}

void HostClient::registerService(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    const auto service = read.text(ServiceField, Session::MaxServiceNameBytes);
    if (!wellFormed(read))
        return;
    QCborMap reply;
    reply.insert(RequestField, *request);
    QString error;
    if (service->isEmpty())
        error = tr("A service needs a name.");
    else if (m_services.contains(*service))
        error = QString(); // already this client's
    else if (m_host->sessions->isServiceRegistered(*service))
        error = tr("The service \"%1\" is served already, by the Tandem host or another app.").arg(*service);
    else if (m_services.size() >= DeviceServiceHost::MaxServicesPerClient)
        error = tr("This app already serves %1 services through the Tandem host, the most one app may serve.")
                    .arg(DeviceServiceHost::MaxServicesPerClient);
    if (!error.isEmpty()) {
        reply.insert(ErrorField, error);
        post(Registered, reply);
        return;
    }
    if (!m_services.contains(*service)) {
        m_services << *service;
        m_host->services.insert(*service, this);
        m_host->sessions->registerService(*service);
    }
    post(Registered, reply);
}

void HostClient::unregisterService(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto service = read.text(ServiceField, Session::MaxServiceNameBytes);
    if (!wellFormed(read))
        return;
    if (!m_services.removeOne(*service))
        return; // not this client's: perhaps refused, or another app's
    m_host->services.remove(*service);
    m_host->sessions->unregisterService(*service);
}

void HostClient::limit(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto number = read.integer(SessionField, 1, MaxSessionNumber);
    const auto kind = read.integer(KindField, 0, Session::LaneCount - 1);
    const auto bytes = read.integer(MostField, 0, Session::MaxMessageBytes);
    if (!wellFormed(read))
        return;
    // One that ended meanwhile: its close is on the way.
    const auto it = m_sessions.find(quint32(*number));
    if (it != m_sessions.end() && it->second)
        it->second->setIncomingLimit(Session::Kind(*kind), *bytes);
}

void HostClient::consumed(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto number = read.integer(SessionField, 1, MaxSessionNumber);
    const auto kind = read.integer(KindField, 0, Session::LaneCount - 1);
    const auto sequence = read.integer(SequenceField, 1, std::numeric_limits<qint64>::max());
    if (!wellFormed(read))
        return;
    // One that ended meanwhile: nothing is left to acknowledge.
    const auto it = m_sessions.find(quint32(*number));
    if (it != m_sessions.end() && it->second)
        SessionAdoption::confirmConsumed(it->second, Session::Kind(*kind), *sequence);
}

void HostClient::adopt(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto number = read.integer(SessionField, 1, MaxSessionNumber);
    const auto device = read.text(DeviceField, MaxQueryBytes);
    const auto service = read.text(ServiceField, Session::MaxServiceNameBytes);
    const auto opener = read.optionalText(OpenerField, Session::MaxServiceNameBytes);
    const auto parameters = read.optionalMap(ParametersField);
    const auto stream = read.integer(StreamField, 1, std::numeric_limits<quint32>::max());
    const auto outgoing = read.boolean(OutgoingField);
    const auto lanes = read.positions(LanesField, Session::LaneCount);
    if (!wellFormed(read))
        return;
    const quint32 session = quint32(*number);
    if (m_sessions.count(session) > 0) {
        drop(tr("protocol error: session %1 is already open").arg(session));
        return;
    }
    QCborMap reply;
    reply.insert(SessionField, session);
    const auto refuse = [&](const QString &error) {
        reply.insert(ReasonField, int(Session::CloseReason::NetworkDisconnected));
        reply.insert(DetailField, error.left(MaxReasonBytes / 4));
        post(Closed, reply);
    };
    if (m_sessions.size() >= size_t(DeviceServiceHost::MaxSessionsPerClient)) {
        refuse(tr("This app already has %1 sessions open through the Tandem host, the most one app may hold.")
                   .arg(DeviceServiceHost::MaxSessionsPerClient));
        return;
    }
    SessionAdoption::Orphan orphan;
    orphan.peer = *device;
    orphan.stream = quint32(*stream);
    orphan.outgoing = *outgoing;
    orphan.service = *service;
    orphan.opener = *opener;
    orphan.parameters = *parameters;
    for (int i = 0; i < Session::LaneCount; ++i)
        orphan.lanes[size_t(i)] = {lanes->at(i).first, lanes->at(i).second};
    QString error;
    Session *adopted = SessionAdoption::adopt(m_host->sessions, orphan, &error);
    if (!adopted) {
        refuse(error);
        return;
    }
    m_sessions.emplace(session, adopted);
    watch(session, adopted);
    // Reconnecting, or Connected already when the peer was back first.
    reply.insert(StateField, int(adopted->state()));
    post(State, reply);
    qCDebug(lcService).noquote() << who() << "adopted session" << adopted->streamId() << "with"
                                 << adopted->peerDeviceId().left(8);
}

void HostClient::offerIncoming(Session *session)
{
    if (m_gone || m_sessions.size() >= size_t(DeviceServiceHost::MaxSessionsPerClient)) {
        session->reject(SessionManager::ErrorRejected,
                        tr("The app serving \"%1\" has as many sessions open as it may.").arg(session->service()));
        return;
    }
    // The host's numbers, above the client's; one still in use is skipped.
    quint32 number = m_nextIncoming;
    while (m_sessions.count(number) > 0)
        number = number == std::numeric_limits<quint32>::max() ? FirstIncomingSession : number + 1;
    m_nextIncoming = number == std::numeric_limits<quint32>::max() ? FirstIncomingSession : number + 1;
    SessionAdoption::setConfirmsDelivery(session);
    m_sessions.emplace(number, session);
    watch(number, session);
    QCborMap fields;
    fields.insert(SessionField, qint64(number));
    fields.insert(DeviceField, session->peerDeviceId());
    fields.insert(ServiceField, session->service());
    fields.insert(OpenerField, session->openerService());
    fields.insert(ParametersField, session->parameters());
    fields.insert(StreamField, qint64(session->streamId()));
    post(Incoming, fields);
}

void HostClient::answer(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto number = read.integer(SessionField, FirstIncomingSession, MaxSessionNumber);
    const auto accept = read.boolean(AcceptField);
    if (!wellFormed(read))
        return;
    const auto it = m_sessions.find(quint32(*number));
    // Ended meanwhile (the peer gave up): its close is on the way.
    if (it == m_sessions.end() || !it->second || it->second->state() != Session::State::Connecting)
        return;
    if (*accept) {
        it->second->accept();
        return;
    }
    const auto code = read.integer(CodeField, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    const auto reason = read.optionalText(ReasonField, MaxReasonBytes);
    if (!wellFormed(read))
        return;
    it->second->reject(int(*code), *reason);
}

void HostClient::cancelTransfer(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto number = read.integer(TransferField, 1, MaxSessionNumber);
    const auto reason = read.text(ReasonField, MaxReasonBytes);
    if (!wellFormed(read))
        return;
    // One that ended meanwhile: its end is on the way.
    const auto it = m_transfers.find(quint32(*number));
    if (it != m_transfers.end() && it->second.transfer && !it->second.transfer->isFinished())
        it->second.transfer->cancel(*reason); // finished() tells the client
}

void HostClient::startWatchingTransfers(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto request = read.request();
    if (!wellFormed(read))
        return;
    QCborMap reply;
    reply.insert(RequestField, *request);
    TransferManager *manager = m_host->transfers;
    if (!manager) {
        reply.insert(ErrorField, tr("This Tandem host does not send or receive files."));
        post(WatchingTransfers, reply);
        return;
    }
    if (!post(WatchingTransfers, reply) || std::exchange(m_watchingTransfers, true))
        return; // a second watch from another model of the app: it has them
    // Those running, oldest first; finished ones are history, which the
    // host's app keeps.
    const auto running = manager->transfers();
    for (Transfer *transfer : running) {
        if (!transfer->isFinished())
            showTransfer(transfer);
    }
    connect(manager, &TransferManager::incomingTransfer, this, &HostClient::showTransfer);
    connect(manager, &TransferManager::outgoingTransfer, this, [this](Transfer *transfer) {
        if (!m_sendingFiles)
            showTransfer(transfer);
    });
}

void HostClient::showTransfer(Transfer *transfer)
{
    if (m_gone || !transfer)
        return;
    for (const auto &[number, followed] : m_transfers) {
        if (followed.transfer == transfer)
            return;
    }
    // Numbers wrap within the host's range; one still followed is skipped.
    const quint32 number = m_nextSeenTransfer;
    do {
        m_nextSeenTransfer
            = m_nextSeenTransfer == std::numeric_limits<quint32>::max() ? FirstIncomingSession : m_nextSeenTransfer + 1;
    } while (m_transfers.count(m_nextSeenTransfer) > 0);
    const QList<TransferFile> files = transfer->files();
    QCborArray listed;
    qint64 listedBytes = 0;
    for (const TransferFile &file : files) {
        QCborMap entry;
        entry.insert(NameField, file.name);
        entry.insert(PathField, file.path);
        entry.insert(SizeField, file.size);
        entry.insert(DoneField, file.bytesDone);
        if (file.verified)
            entry.insert(Sha256Field, file.sha256);
        // At most three UTF-8 bytes a character, and the keys, numbers and
        // digest: never less than the CBOR takes.
        listedBytes += file.name.size() * 3 + file.path.size() * 3 + 96;
        if (listedBytes > MaxSeenFileListBytes)
            break;
        listed.append(entry);
    }
    QCborMap fields;
    fields.insert(TransferField, number);
    fields.insert(IdField, transfer->id());
    fields.insert(DeviceField, transfer->peerDeviceId());
    fields.insert(IncomingField, transfer->direction() == Transfer::Direction::Incoming);
    fields.insert(StateField, int(transfer->state()));
    fields.insert(TotalField, transfer->totalBytes());
    fields.insert(CountField, qint64(files.size()));
    fields.insert(DoneField, transfer->bytesDone());
    fields.insert(SentField, transfer->bytesSent());
    fields.insert(VerifiedField, transfer->filesVerified());
    if (transfer->direction() == Transfer::Direction::Incoming)
        fields.insert(FolderField, transfer->downloadDir());
    if (!transfer->tag().isEmpty())
        fields.insert(TagField, transfer->tag());
    if (!postWithBody(TransferSeen, fields, 0, QCborValue(listed).toCbor()))
        return;
    m_transfers.emplace(number, FollowedTransfer{transfer, false});
    watch(number, transfer);
}

void HostClient::answerTransfer(const QCborMap &fields)
{
    FieldReader read(fields);
    const auto number = read.integer(TransferField, FirstIncomingSession, MaxSessionNumber);
    const auto accept = read.boolean(AcceptField);
    const auto folder = read.optionalText(FolderField, MaxPathBytes);
    const auto reason = read.optionalText(ReasonField, MaxReasonBytes);
    const auto indexes = read.optionalIndexes(IndexesField, TransferProtocol::MaxFilesPerOffer);
    if (!wellFormed(read))
        return;
    const auto it = m_transfers.find(quint32(*number));
    // Ended meanwhile: its end is on the way.
    if (it == m_transfers.end() || !it->second.transfer || it->second.transfer->isFinished())
        return;
    Transfer *transfer = it->second.transfer;
    QCborMap reply;
    reply.insert(TransferField, *number);
    auto fail = [this, &reply](const QString &error) {
        reply.insert(ErrorField, error.left(MaxReasonBytes / 4));
        post(TransferAnswered, reply);
    };
    if (transfer->direction() != Transfer::Direction::Incoming) {
        fail(tr("Only files offered to this device are accepted or declined."));
        return;
    }
    // Answered meanwhile (by the host's window or another app): what it
    // became is on the way as progress.
    if (transfer->state() != Transfer::State::Offered)
        return;
    if (!*accept) {
        transfer->reject(*reason);
        return;
    }
    // A folder from the client's working folder would be the host's.
    if (!folder->isEmpty() && QFileInfo(*folder).isRelative()) {
        fail(tr("The Tandem host takes only an absolute folder, not \"%1\".").arg(*folder));
        return;
    }
    // A folder the app chose, or the host's download folder on a fresh
    // system, is made when files are accepted into it, as the app's own
    // TransferModel does.
    const QString target = folder->isEmpty() ? transfer->downloadDir() : *folder;
    if (!target.isEmpty() && !QDir().mkpath(target)) {
        fail(tr("The folder \"%1\" cannot be made.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    QString error;
    // Some files only, when the client chose (an index the offer does not
    // have is the transfer's to refuse, with its reason).
    if (!(indexes->isEmpty() ? transfer->accept(*folder, &error) : transfer->acceptFiles(*indexes, *folder, &error)))
        fail(error);
}

// --- the host ---

void DeviceServiceHostPrivate::accept()
{
    while (server && server->hasPendingConnections()) {
        QLocalSocket *socket = server->nextPendingConnection();
        const PeerCredentials peer = peerCredentials(socket->socketDescriptor());
        if (!isSameUser(peer)) {
            qCWarning(lcService).noquote() << QStringLiteral("refused a connection from user %1 (pid %2); this host "
                                                             "serves user %3")
                                                  .arg(peer.userId)
                                                  .arg(peer.processId)
                                                  .arg(currentUserId());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *client = new HostClient(this, socket, peer.processId);
        if (clients.size() >= DeviceServiceHost::MaxClients) {
            client->drop(DeviceServiceHost::tr("The Tandem host already serves %1 apps, the most it takes at once.")
                             .arg(DeviceServiceHost::MaxClients));
            continue;
        }
        clients.append(client);
    }
}

void DeviceServiceHostPrivate::remove(HostClient *client, const QString &reason)
{
    if (!clients.removeOne(client))
        return;
    if (client->greeted())
        Q_EMIT q->clientDisconnected(client->app(), reason);
}

DeviceServiceHost::DeviceServiceHost(SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<DeviceServiceHostPrivate>())
{
    d->q = this;
    d->sessions = sessions;
    d->socketPath = ServicePaths::socketPath(sessions->device()->profile()->path(), &d->socketError);
    // Sessions of a host that died come back with their clients.
    SessionAdoption::holdUnknownResumes(sessions, AdoptionWait);
    connect(sessions, &SessionManager::incomingSession, this, [this](Session *session) {
        if (HostClient *client = d->services.value(session->service()))
            client->offerIncoming(session);
    });
}

DeviceServiceHost::~DeviceServiceHost()
{
    close();
}

void DeviceServiceHost::setTransferManager(TransferManager *transfers)
{
    if (d->transfers)
        d->transfers->disconnect(this);
    d->transfers = transfers;
    // An offer tagged with a service an app registered is addressed to
    // that app (softbus' file receive listener): it sees it unasked.
    if (transfers) {
        connect(transfers, &TransferManager::incomingTransfer, this, [this](Transfer *transfer) {
            if (HostClient *client = d->services.value(transfer->tag()); client && !transfer->tag().isEmpty())
                client->showTransfer(transfer);
        });
    }
}

bool DeviceServiceHost::isClientService(const QString &service) const
{
    return d->services.contains(service);
}

bool DeviceServiceHost::isClientPairing(const QString &deviceId) const
{
    return std::any_of(d->clients.cbegin(), d->clients.cend(),
                       [&deviceId](const HostClient *client) { return client->isPairingWith(deviceId); });
}

bool DeviceServiceHost::listen(QString *error)
{
    if (d->server)
        return true;
    if (d->socketPath.isEmpty()) {
        *error = d->socketError;
        return false;
    }
#if defined(Q_OS_UNIX)
    if (!ServicePaths::preparePrivateDirectory(QFileInfo(d->socketPath).path(), true, error))
        return false;
    const QFileInfo existing(d->socketPath);
    if (existing.exists() || existing.isSymLink()) {
        QLocalSocket probe;
        probe.connectToServer(d->socketPath);
        if (probe.waitForConnected(ProbeTimeoutMs)) {
            *error = tr("Another Tandem host already serves this profile (%1).").arg(d->socketPath);
            return false;
        }
        // A host that died left it; nobody answers there.
        QLocalServer::removeServer(d->socketPath);
    }
#endif
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(d->socketPath)) {
        *error = tr("Cannot listen for local apps at %1: %2").arg(d->socketPath, server->errorString());
        return false;
    }
    connect(server.get(), &QLocalServer::newConnection, this, [this] { d->accept(); });
    d->server = server.release();
    qCDebug(lcService).noquote() << "serving this device to local apps at" << d->socketPath;
    return true;
}

void DeviceServiceHost::close()
{
    if (d->server) {
        d->server->close(); // removes the socket
        delete d->server;
        d->server = nullptr;
    }
    // Told why, as far as the socket takes it at once; their sessions close.
    const QList<HostClient *> children = findChildren<HostClient *>(Qt::FindDirectChildrenOnly);
    for (HostClient *client : children) {
        client->drop(tr("The Tandem host is stopping."), false);
        client->flush();
        delete client;
    }
}

bool DeviceServiceHost::isListening() const
{
    return d->server != nullptr;
}

QString DeviceServiceHost::socketPath() const
{
    return d->socketPath;
}

int DeviceServiceHost::clientCount() const
{
    return int(d->clients.size());
}

} // namespace Tandem
