#include "abilityconnectionmanager.h"

#include "apilogging_p.h"
#include "sessionsource_p.h"
#include <Tandem/deviceidentity.h>
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <limits>
#include <map>
#include <optional>

namespace Tandem {

namespace {

// Keys of the session-open parameters that carry a collaboration request.
constexpr QLatin1StringView BundleKey{"bundle"};
constexpr QLatin1StringView ModuleKey{"module"};
constexpr QLatin1StringView AbilityKey{"ability"};
constexpr QLatin1StringView SendDataKey{"sendData"};
constexpr QLatin1StringView SendStreamKey{"sendStream"};
constexpr QLatin1StringView ReceiveStreamKey{"receiveStream"};
constexpr QLatin1StringView ParametersKey{"params"};

using ErrorCode = AbilityConnectionManager::ConnectErrorCode;
using Reason = AbilityConnectionManager::DisconnectReason;

bool fitsName(const QString &name)
{
    return name.toUtf8().size() <= AbilityConnectionManager::MaxNameBytes;
}

// Maps, arrays and tags nested in `value`, itself included.
int nesting(const QCborValue &value)
{
    int inner = 0;
    if (value.isMap()) {
        for (const auto &[key, item] : value.toMap())
            inner = qMax(inner, qMax(nesting(key), nesting(item)));
    } else if (value.isArray()) {
        for (const QCborValue &item : value.toArray())
            inner = qMax(inner, nesting(item));
    } else if (value.isTag()) {
        inner = nesting(value.taggedValue());
    } else {
        return 0;
    }
    return inner + 1;
}

QCborMap encodeRequest(const PeerInfo &local, const ConnectOptions &options, const QCborMap &parameters)
{
    QCborMap m;
    m.insert(BundleKey, local.bundleName);
    m.insert(ModuleKey, local.moduleName);
    m.insert(AbilityKey, local.abilityName);
    m.insert(SendDataKey, options.needSendData);
    m.insert(SendStreamKey, options.needSendStream);
    m.insert(ReceiveStreamKey, options.needReceiveStream);
    m.insert(ParametersKey, parameters);
    return m;
}

// The peer's claims, read defensively: absent fields are empty, wrong types
// or overlong names make the whole request malformed.
bool decodeRequest(const QCborMap &m, PeerInfo *peer, ConnectOptions *options)
{
    const auto text = [&m](QLatin1StringView key, QString *out) {
        const QCborValue v = m.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return fitsName(*out);
    };
    const auto flag = [&m](QLatin1StringView key, bool *out) {
        const QCborValue v = m.value(key);
        if (v.isUndefined())
            return true;
        *out = v.isTrue();
        return v.isBool();
    };
    if (!text(BundleKey, &peer->bundleName) || !text(ModuleKey, &peer->moduleName)
        || !text(AbilityKey, &peer->abilityName) || !flag(SendDataKey, &options->needSendData)
        || !flag(SendStreamKey, &options->needSendStream) || !flag(ReceiveStreamKey, &options->needReceiveStream))
        return false;
    const QCborValue parameters = m.value(ParametersKey);
    if (parameters.isUndefined())
        return true;
    if (!parameters.isMap())
        return false;
    options->parameters = parameters.toMap().toVariantMap();
    return true;
}

Reason disconnectReason(Session::CloseReason reason)
{
    switch (reason) {
    case Session::CloseReason::PeerClosed:
    case Session::CloseReason::Refused: // unpaired while connected: the peer (or we) ended it
        return Reason::PEER_APP_CLOSE_COLLABORATION;
    case Session::CloseReason::PeerExited:
    case Session::CloseReason::ClosedLocally: // this device stopped: as if our app exited
        return Reason::PEER_APP_EXIT;
    case Session::CloseReason::NetworkDisconnected:
        return Reason::NETWORK_DISCONNECTED;
    }
    return Reason::NETWORK_DISCONNECTED;
}

} // namespace

class AbilityConnectionManagerPrivate
{
public:
    // One session the app created, and what it is bound to now.
    struct AppSession
    {
        int id = 0;
        QString serviceName;
        PeerInfo peerInfo;
        ConnectOptions options;
        QCborMap parameters; // options.parameters, encoded once
        QPointer<SessionEndpoint> session;
        bool established = false; // accepted, by either side
        std::unique_ptr<QPromise<ConnectResult>> pendingConnect;
        bool warnedOversize = false;
    };
    struct PendingRequest
    {
        QPointer<SessionEndpoint> session;
        CollaborationRequest request;
        QTimer *expiry = nullptr;
    };

    AbilityConnectionManagerPrivate(AbilityConnectionManager *manager, SessionManager *sessionManager,
                                    std::unique_ptr<SessionSource> source)
        : q(manager)
        , manager(sessionManager)
        , sessions(std::move(source))
    { }

    AbilityConnectionManager *q;
    QPointer<SessionManager> manager; // embedded only
    std::unique_ptr<SessionSource> sessions;
    PeerInfo localInfo;
    QStringList services;
    std::map<int, AppSession> appSessions;
    QHash<QString, PendingRequest> pending; // by token
    int nextId = 1;
    std::chrono::milliseconds requestTimeout = AbilityConnectionManager::DefaultRequestTimeout;

    AppSession *find(int id)
    {
        const auto it = appSessions.find(id);
        return it == appSessions.end() ? nullptr : &it->second;
    }
    void onIncoming(SessionEndpoint *session);
    void attach(AppSession &app, SessionEndpoint *session);
    void detach(SessionEndpoint *session);
    void onClosed(int id, Session::CloseReason reason, const QString &detail);
    void onReceived(int id, Session::Kind kind, const QByteArray &payload);
    void onUndelivered(int id, Session::Kind kind, qsizetype count);
    // Takes the request out, stops its timer and unhooks its session.
    std::optional<PendingRequest> takePending(const QString &token);
    void cancelPending(const QString &token, const QString &reason);
    void resolve(int id, const ConnectResult &result);
    static void finishPromise(std::unique_ptr<QPromise<ConnectResult>> promise, const ConnectResult &result);
    static QString newToken();
};

AbilityConnectionManager::AbilityConnectionManager(SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<AbilityConnectionManagerPrivate>(this, sessions, SessionSource::embedded(sessions)))
{
    init();
}

AbilityConnectionManager::AbilityConnectionManager(DeviceServiceClient *host, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<AbilityConnectionManagerPrivate>(this, nullptr, SessionSource::throughHost(host)))
{
    init();
}

void AbilityConnectionManager::init()
{
    d->localInfo.bundleName = QCoreApplication::applicationName();
    QObject::connect(d->sessions.get(), &SessionSource::incomingSession, this,
                     [this](SessionEndpoint *session) { d->onIncoming(session); });
    QObject::connect(d->sessions.get(), &SessionSource::serviceRefused, this,
                     [this](const QString &service, const QString &reason) {
                         if (!d->services.contains(service))
                             return;
                         qCWarning(lcApi).noquote() << "the Tandem host refused service" << service << ":" << reason;
                         unregisterService(service);
                         Q_EMIT serviceRefused(service, reason);
                     });
}

AbilityConnectionManager::~AbilityConnectionManager()
{
    // The app is going: peers see PEER_APP_EXIT, requests are refused and
    // our services stop taking new ones. No signals from here.
    const ConnectResult gone{false, ConnectErrorCode::SYSTEM_INTERNAL_ERROR, tr("The app closed.")};
    for (auto &[id, app] : d->appSessions) {
        if (SessionEndpoint *s = app.session) {
            d->detach(s);
            s->close(Session::CloseReason::PeerExited);
            s->deleteSession();
        }
        if (app.pendingConnect)
            AbilityConnectionManagerPrivate::finishPromise(std::move(app.pendingConnect), gone);
    }
    const auto tokens = d->pending.keys();
    for (const QString &token : tokens) {
        if (auto request = d->takePending(token); request && request->session) {
            request->session->reject(SessionManager::ErrorRejected, tr("The app closed."));
            request->session->deleteSession();
        }
    }
    for (const QString &service : std::as_const(d->services))
        d->sessions->unregisterService(service);
}

SessionManager *AbilityConnectionManager::sessionManager() const
{
    return d->manager;
}

PeerInfo AbilityConnectionManager::localInfo() const
{
    PeerInfo info = d->localInfo;
    info.deviceId = d->sessions->localDeviceId();
    return info;
}

void AbilityConnectionManager::setLocalInfo(const PeerInfo &info)
{
    if (!fitsName(info.bundleName) || !fitsName(info.moduleName) || !fitsName(info.abilityName)) {
        qCWarning(lcApi) << "AbilityConnectionManager: local names can be at most" << MaxNameBytes
                         << "bytes; localInfo left unchanged";
        return;
    }
    PeerInfo names;
    names.bundleName = info.bundleName;
    names.moduleName = info.moduleName;
    names.abilityName = info.abilityName;
    if (names == d->localInfo)
        return;
    d->localInfo = names;
    Q_EMIT localInfoChanged();
}

std::chrono::milliseconds AbilityConnectionManager::requestTimeout() const
{
    return d->requestTimeout;
}

void AbilityConnectionManager::setRequestTimeout(std::chrono::milliseconds timeout)
{
    d->requestTimeout = timeout;
}

int AbilityConnectionManager::registerService(const QString &serviceName)
{
    if (serviceName.isEmpty() || !fitsName(serviceName) || !d->sessions->isAvailable())
        return ErrorInvalidParameter;
    if (d->services.contains(serviceName))
        return 0;
    d->services.append(serviceName);
    d->sessions->registerService(serviceName);
    Q_EMIT servicesChanged();
    return 0;
}

void AbilityConnectionManager::unregisterService(const QString &serviceName)
{
    if (!d->services.removeOne(serviceName))
        return;
    d->sessions->unregisterService(serviceName);
    const auto all = d->pending;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->request.serviceName != serviceName)
            continue;
        if (auto request = d->takePending(it.key()); request && request->session) {
            request->session->reject(SessionManager::ErrorNoSuchService,
                                     tr("The app no longer offers \"%1\".").arg(serviceName));
            request->session->deleteSession();
        }
        Q_EMIT collaborationRequestCancelled(it.key(), tr("The service was unregistered."));
    }
    Q_EMIT servicesChanged();
}

QStringList AbilityConnectionManager::services() const
{
    return d->services;
}

int AbilityConnectionManager::createAbilityConnectionSession(const QString &serviceName, const PeerInfo &peerInfo,
                                                             const ConnectOptions &options)
{
    if (serviceName.isEmpty() || !fitsName(serviceName) || peerInfo.deviceId.isEmpty() || !fitsName(peerInfo.deviceId)
        || !fitsName(peerInfo.serviceName) || !fitsName(peerInfo.bundleName) || !fitsName(peerInfo.moduleName)
        || !fitsName(peerInfo.abilityName)) {
        qCDebug(lcApi) << "createAbilityConnectionSession: empty or overlong name";
        return -ErrorInvalidParameter;
    }
    const QCborMap parameters = QCborMap::fromVariantMap(options.parameters);
    if (parameters.toCborValue().toCbor().size() > MaxParametersBytes || nesting(parameters) > MaxParametersDepth) {
        qCDebug(lcApi) << "createAbilityConnectionSession: parameters over" << MaxParametersBytes << "bytes or"
                       << MaxParametersDepth << "levels";
        return -ErrorInvalidParameter;
    }
    if (d->appSessions.size() >= size_t(MaxSessions))
        return -ErrorBusy;
    int id;
    do {
        id = d->nextId;
        d->nextId = d->nextId == std::numeric_limits<int>::max() ? 1 : d->nextId + 1;
    } while (d->appSessions.contains(id));
    auto &app = d->appSessions[id];
    app.id = id;
    app.serviceName = serviceName;
    app.peerInfo = peerInfo;
    if (app.peerInfo.serviceName.isEmpty())
        app.peerInfo.serviceName = serviceName; // the common case: the same service on both ends
    app.options = options;
    app.parameters = parameters;
    return id;
}

void AbilityConnectionManager::destroyAbilityConnectionSession(int sessionId)
{
    const auto it = d->appSessions.find(sessionId);
    if (it == d->appSessions.end())
        return;
    AbilityConnectionManagerPrivate::AppSession app = std::move(it->second);
    d->appSessions.erase(it);
    if (SessionEndpoint *s = app.session) {
        d->detach(s);
        s->close(Session::CloseReason::PeerClosed);
        s->deleteSession();
    }
    if (app.pendingConnect) {
        const ConnectResult result{false, ConnectErrorCode::SYSTEM_INTERNAL_ERROR, tr("The session was destroyed.")};
        AbilityConnectionManagerPrivate::finishPromise(std::move(app.pendingConnect), result);
        Q_EMIT connectResult(sessionId, result);
    }
}

PeerInfo AbilityConnectionManager::getPeerInfoById(int sessionId) const
{
    const auto *app = d->find(sessionId);
    return app ? app->peerInfo : PeerInfo();
}

bool AbilityConnectionManager::isConnected(int sessionId) const
{
    const auto *app = d->find(sessionId);
    return app && app->session && app->established;
}

QFuture<ConnectResult> AbilityConnectionManager::connect(int sessionId)
{
    auto promise = std::make_unique<QPromise<ConnectResult>>();
    promise->start();
    QFuture<ConnectResult> future = promise->future();
    const auto failNow = [&](ErrorCode code, const QString &reason) {
        const ConnectResult result{false, code, reason};
        AbilityConnectionManagerPrivate::finishPromise(std::move(promise), result);
        Q_EMIT connectResult(sessionId, result);
        return future;
    };

    auto *app = d->find(sessionId);
    if (!app) {
        return failNow(ErrorCode::SYSTEM_INTERNAL_ERROR,
                       tr("Invalid parameter (%1): there is no session %2.").arg(ErrorInvalidParameter).arg(sessionId));
    }
    if (app->session) {
        return failNow(ErrorCode::CONNECTED_SESSION_EXISTS,
                       app->established ? tr("The session is already connected.")
                                        : tr("The session is already connecting."));
    }
    if (!d->sessions->isAvailable())
        return failNow(ErrorCode::SYSTEM_INTERNAL_ERROR, tr("The session layer is gone."));
    const QString peer = app->peerInfo.deviceId;
    // Checked here too, so that the reason can name error 201 precisely
    // (through a host, the host's refusal says it).
    if (d->manager && !d->manager->device()->profile()->trustStore()->isTrusted(peer)) {
        return failNow(ErrorCode::SYSTEM_INTERNAL_ERROR,
                       tr("Not permitted (%1): this device is not paired with %2.")
                           .arg(ErrorNotPermitted)
                           .arg(DeviceIdentity::shortIdFor(peer)));
    }
    QString error;
    SessionEndpoint *session
        = d->sessions->open(peer, app->peerInfo.serviceName, app->serviceName,
                            encodeRequest(d->localInfo, app->options, app->parameters), this, &error);
    if (!session)
        return failNow(ErrorCode::SYSTEM_INTERNAL_ERROR, error);
    app->pendingConnect = std::move(promise);
    app->established = false;
    d->attach(*app, session);
    QObject::connect(session, &SessionEndpoint::opened, this, [this, sessionId] {
        auto *current = d->find(sessionId);
        if (!current)
            return;
        current->established = true;
        d->resolve(sessionId, {true, ErrorCode::CONNECTED_SESSION_EXISTS, {}});
        if (d->find(sessionId)) // a connectResult handler may have destroyed it
            Q_EMIT connected(sessionId);
    });
    QObject::connect(session, &SessionEndpoint::refused, this, [this, sessionId](int code, const QString &reason) {
        auto *current = d->find(sessionId);
        if (!current)
            return;
        // Free the session now, so that a connect() from a connectResult
        // handler may try again.
        if (SessionEndpoint *s = std::exchange(current->session, nullptr)) {
            d->detach(s);
            s->deleteSession();
        }
        ErrorCode mapped = ErrorCode::SYSTEM_INTERNAL_ERROR;
        QString text = reason;
        if (code == SessionManager::ErrorRejected) {
            mapped = ErrorCode::PEER_APP_REJECTED;
        } else if (code == SessionManager::ErrorNoSuchService) {
            mapped = ErrorCode::PEER_ABILITY_NO_ONCOLLABORATE;
        } else if (code == SessionManager::ErrorNotPaired) {
            // The peer no longer trusts us: a system refusal, not its app's.
            text = tr("Not permitted (%1): %2").arg(ErrorNotPermitted).arg(reason);
        }
        d->resolve(sessionId, {false, mapped, text});
    });
    return future;
}

int AbilityConnectionManager::acceptConnect(int sessionId, const QString &token)
{
    auto *app = d->find(sessionId);
    const auto it = d->pending.constFind(token);
    if (!app || it == d->pending.cend() || it->request.peerInfo.deviceId != app->peerInfo.deviceId || app->session)
        return ErrorInvalidParameter;
    auto request = d->takePending(token);
    SessionEndpoint *session = request->session;
    if (!session || session->state() != Session::State::Connecting) {
        if (session)
            session->deleteSession();
        return ErrorInvalidParameter; // the peer gave up meanwhile
    }
    app->established = true;
    d->attach(*app, session);
    session->accept();
    Q_EMIT connected(sessionId);
    return 0;
}

int AbilityConnectionManager::reject(const QString &token, const QString &reason)
{
    if (!d->pending.contains(token) || reason.size() > MaxReasonLength)
        return ErrorInvalidParameter;
    auto request = d->takePending(token);
    if (SessionEndpoint *session = request->session) {
        session->reject(SessionManager::ErrorRejected, reason);
        session->deleteSession();
    }
    return 0;
}

int AbilityConnectionManager::disconnect(int sessionId)
{
    auto *app = d->find(sessionId);
    if (!app)
        return ErrorInvalidParameter;
    SessionEndpoint *session = app->session;
    if (!session)
        return ErrorNotPermitted;
    d->detach(session);
    app->session = nullptr;
    app->established = false;
    auto promise = std::move(app->pendingConnect);
    session->close(Session::CloseReason::PeerClosed);
    session->deleteSession();
    if (promise) {
        const ConnectResult result{false, ConnectErrorCode::SYSTEM_INTERNAL_ERROR,
                                   tr("The connect was cancelled by disconnect().")};
        AbilityConnectionManagerPrivate::finishPromise(std::move(promise), result);
        Q_EMIT connectResult(sessionId, result);
    }
    return 0;
}

int AbilityConnectionManager::sendMessage(int sessionId, const QString &text)
{
    auto *app = d->find(sessionId);
    const QByteArray utf8 = text.toUtf8();
    if (!app || utf8.isEmpty() || utf8.size() >= MaxMessageBytes)
        return ErrorInvalidParameter;
    if (!app->session || !app->established)
        return ErrorNotPermitted;
    QString error;
    if (app->session->send(QString(), Session::Kind::Text, utf8, &error) == 0) {
        Q_EMIT collaborateEvent(sessionId, CollaborateEventType::SEND_FAILURE, error);
        return ErrorBusy;
    }
    return 0;
}

int AbilityConnectionManager::sendData(int sessionId, const QByteArray &data)
{
    auto *app = d->find(sessionId);
    if (!app || data.isEmpty() || data.size() > Session::MaxMessageBytes)
        return ErrorInvalidParameter;
    if (!app->session || !app->established)
        return ErrorNotPermitted;
    QString error;
    if (app->session->send(QString(), Session::Kind::Bytes, data, &error) == 0) {
        Q_EMIT collaborateEvent(sessionId, CollaborateEventType::SEND_FAILURE, error);
        return ErrorBusy;
    }
    return 0;
}

void AbilityConnectionManagerPrivate::onIncoming(SessionEndpoint *session)
{
    // The SessionManager may be shared with another facade: its services
    // are its own.
    if (!services.contains(session->service()))
        return;
    session->setParent(q);
    if (pending.size() >= AbilityConnectionManager::MaxPendingRequests) {
        qCWarning(lcApi) << "refusing a collaboration request from" << session->peerDeviceId().left(8) << "-"
                         << pending.size() << "are already waiting for an answer";
        session->reject(SessionManager::ErrorInternal,
                        AbilityConnectionManager::tr("Too many collaboration requests are waiting for an answer."));
        session->deleteSession();
        return;
    }
    CollaborationRequest request;
    request.serviceName = session->service();
    request.peerInfo.deviceId = session->peerDeviceId();
    request.peerInfo.serviceName = session->openerService();
    if (!decodeRequest(session->parameters(), &request.peerInfo, &request.options)) {
        qCWarning(lcApi) << "refusing a malformed collaboration request from" << session->peerDeviceId().left(8);
        session->reject(SessionManager::ErrorInternal,
                        AbilityConnectionManager::tr("Malformed collaboration request."));
        session->deleteSession();
        return;
    }
    request.token = newToken();
    const QString token = request.token;
    auto *expiry = new QTimer(q);
    expiry->setSingleShot(true);
    QObject::connect(expiry, &QTimer::timeout, q, [this, token] {
        if (auto expired = takePending(token); expired && expired->session) {
            expired->session->reject(SessionManager::ErrorRejected, AbilityConnectionManager::tr("timed out"));
            expired->session->deleteSession();
        }
        Q_EMIT q->collaborationRequestCancelled(token, AbilityConnectionManager::tr("timed out"));
    });
    expiry->start(requestTimeout);
    QObject::connect(session, &SessionEndpoint::closed, q, [this, token](Session::CloseReason, const QString &detail) {
        cancelPending(
            token, detail.isEmpty() ? AbilityConnectionManager::tr("The other device withdrew the request.") : detail);
    });
    QObject::connect(session, &SessionEndpoint::gone, q, [this, token] {
        if (const auto it = pending.find(token); it != pending.end())
            it->session = nullptr;
        cancelPending(token, AbilityConnectionManager::tr("The session layer is gone."));
    });
    pending.insert(token, {session, request, expiry});
    Q_EMIT q->collaborationRequested(request);
}

void AbilityConnectionManagerPrivate::cancelPending(const QString &token, const QString &reason)
{
    auto request = takePending(token);
    if (!request)
        return;
    if (request->session)
        request->session->deleteSession();
    Q_EMIT q->collaborationRequestCancelled(token, reason);
}

std::optional<AbilityConnectionManagerPrivate::PendingRequest>
AbilityConnectionManagerPrivate::takePending(const QString &token)
{
    const auto it = pending.find(token);
    if (it == pending.end())
        return std::nullopt;
    PendingRequest request = *it;
    pending.erase(it);
    delete request.expiry;
    request.expiry = nullptr;
    if (request.session)
        detach(request.session);
    return request;
}

void AbilityConnectionManagerPrivate::attach(AppSession &app, SessionEndpoint *session)
{
    app.session = session;
    const int id = app.id;
    QObject::connect(session, &SessionEndpoint::closed, q,
                     [this, id](Session::CloseReason reason, const QString &detail) { onClosed(id, reason, detail); });
    // Only when the SessionManager goes first: it deletes its sessions
    // without closing them.
    QObject::connect(session, &SessionEndpoint::gone, q, [this, id] {
        if (auto *current = find(id))
            current->session = nullptr;
        onClosed(id, Session::CloseReason::ClosedLocally, AbilityConnectionManager::tr("The session layer is gone."));
    });
    QObject::connect(
        session, &SessionEndpoint::messageReceived, q,
        [this, id](const QString &, Session::Kind kind, const QByteArray &payload) { onReceived(id, kind, payload); });
    QObject::connect(
        session, &SessionEndpoint::undelivered, q,
        [this, id](Session::Kind kind, const QList<qint64> &sequences) { onUndelivered(id, kind, sequences.size()); });
}

void AbilityConnectionManagerPrivate::detach(SessionEndpoint *session)
{
    QObject::disconnect(session, nullptr, q, nullptr);
}

void AbilityConnectionManagerPrivate::onClosed(int id, Session::CloseReason reason, const QString &detail)
{
    auto *app = find(id);
    if (!app)
        return;
    SessionEndpoint *session = app->session;
    const bool wasEstablished = app->established;
    app->session = nullptr;
    app->established = false;
    if (session) {
        detach(session);
        session->deleteSession();
    }
    if (app->pendingConnect) {
        // Ended before the peer answered: unreachable, unpaired or stopped.
        resolve(
            id,
            {false, AbilityConnectionManager::ConnectErrorCode::SYSTEM_INTERNAL_ERROR,
             detail.isEmpty() ? AbilityConnectionManager::tr("The session ended before the peer answered.") : detail});
        return;
    }
    if (wasEstablished)
        Q_EMIT q->disconnected(id, disconnectReason(reason));
}

void AbilityConnectionManagerPrivate::onReceived(int id, Session::Kind kind, const QByteArray &payload)
{
    auto *app = find(id);
    if (!app)
        return;
    if (kind == Session::Kind::Bytes) {
        Q_EMIT q->dataReceived(id, payload);
        return;
    }
    if (payload.size() >= AbilityConnectionManager::MaxMessageBytes) {
        // Our own sendMessage never sends this: a misbehaving peer. Dropped,
        // and said once per session so that a flood does not flood the log.
        if (!app->warnedOversize) {
            app->warnedOversize = true;
            qCWarning(lcApi) << "dropping a text message of" << payload.size() << "bytes from"
                             << app->peerInfo.deviceId.left(8) << "(limit"
                             << AbilityConnectionManager::MaxMessageBytes - 1 << "); further ones silently";
        }
        return;
    }
    Q_EMIT q->messageReceived(id, QString::fromUtf8(payload));
}

void AbilityConnectionManagerPrivate::onUndelivered(int id, Session::Kind kind, qsizetype count)
{
    const QString detail = kind == Session::Kind::Text
        ? AbilityConnectionManager::tr("%n message(s) could not be delivered.", nullptr, int(count))
        : AbilityConnectionManager::tr("%n data block(s) could not be delivered.", nullptr, int(count));
    Q_EMIT q->collaborateEvent(id, AbilityConnectionManager::CollaborateEventType::SEND_FAILURE, detail);
}

void AbilityConnectionManagerPrivate::resolve(int id, const ConnectResult &result)
{
    auto *app = find(id);
    if (!app || !app->pendingConnect)
        return;
    finishPromise(std::move(app->pendingConnect), result);
    Q_EMIT q->connectResult(id, result);
}

void AbilityConnectionManagerPrivate::finishPromise(std::unique_ptr<QPromise<ConnectResult>> promise,
                                                    const ConnectResult &result)
{
    promise->addResult(result);
    promise->finish();
}

QString AbilityConnectionManagerPrivate::newToken()
{
    QByteArray bytes(AbilityConnectionManager::TokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          AbilityConnectionManager::TokenBytes / sizeof(quint32));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace Tandem
