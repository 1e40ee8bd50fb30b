#include "sessionserver.h"

#include "apilogging_p.h"
#include "sessionsource_p.h"
#include <Tandem/deviceserviceclient.h>
#include <Tandem/servicetransfer.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>

#include <QFileInfo>

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QPointer>

#include <limits>

namespace Tandem {

SessionListener::~SessionListener() = default;
FileSendListener::~FileSendListener() = default;
FileReceiveListener::~FileReceiveListener() = default;

namespace {

bool isValidName(const QString &name, qsizetype maxBytes)
{
    return !name.isEmpty() && name.toUtf8().size() <= maxBytes;
}

} // namespace

class SessionServerPrivate
{
public:
    struct Server
    {
        QString moduleName;
        SessionListener *listener;
        FileSendListener *fileSender = nullptr;
        FileReceiveListener *fileReceiver = nullptr;
        QString rootDir;
    };
    struct Entry
    {
        QPointer<SessionEndpoint> session;
        int side;
        bool opened = false;
        // Accepting side, while its listener's onSessionOpened() decides:
        // what it sends waits in the session until accept(), and goes with
        // the session if the listener refuses it.
        bool deciding = false;
        int refusal = 0; // the session-reject code, once refused
    };

    SessionServer *q;
    std::unique_ptr<SessionSource> sessions;
    QHash<QString, Server> servers; // by session name
    QHash<int, Entry> entries; // by session id
    int lastId = 0;
    QPointer<TransferManager> transfers;
    // Through a host, files go and come through it (ServiceTransfer).
    QPointer<DeviceServiceClient> host;

    int nextId();
    int add(SessionEndpoint *session, int side);
    const Entry *find(int sessionId, int *error) const;
    SessionListener *listenerOf(const Entry &entry) const;
    QString myName(const Entry &entry) const;
    void onIncoming(SessionEndpoint *session);
    // Offers tagged with a session server that has a file receive
    // listener: the listener decides, then hears of progress and the end.
    template<typename T> void onIncomingTransfer(T *transfer);
    // Tells the session's file send listener how the files it sent go.
    template<typename T> void followSent(T *transfer, int sessionId, const QString &serverName, const QString &first);
    void onClosed(int sessionId);
    // Forgets a session without telling this side's listener.
    void drop(int sessionId);
    int send(int sessionId, const QByteArray &data, Session::Kind kind, qsizetype maxBytes);
};

int SessionServerPrivate::nextId()
{
    // Ids stay positive and are not reused while in use, even after wrapping.
    do {
        lastId = lastId == std::numeric_limits<int>::max() ? 1 : lastId + 1;
    } while (entries.contains(lastId));
    return lastId;
}

int SessionServerPrivate::add(SessionEndpoint *session, int side)
{
    session->setParent(q);
    // softbus' bounds hold both ways: a peer announcing more is refused on
    // its first fragment, before we hold any of it.
    session->setIncomingLimit(Session::Kind::Text, SessionServer::MaxMessageBytes);
    session->setIncomingLimit(Session::Kind::Bytes, SessionServer::MaxBytesPerSend);
    const int id = nextId();
    entries.insert(id, {session, side});
    QObject::connect(session, &SessionEndpoint::opened, q, [this, id] {
        auto it = entries.find(id);
        if (it == entries.end() || it->opened)
            return; // the accepting side reported it already
        it->opened = true;
        if (SessionListener *listener = listenerOf(*it))
            listener->onSessionOpened(id, SessionServer::Success);
    });
    QObject::connect(session, &SessionEndpoint::refused, q, [this, id](int code) {
        auto it = entries.find(id);
        if (it != entries.end())
            it->refusal = code;
    });
    QObject::connect(session, &SessionEndpoint::closed, q, [this, id] { onClosed(id); });
    QObject::connect(session, &SessionEndpoint::messageReceived, q,
                     [this, id](const QString &, Session::Kind kind, const QByteArray &data) {
                         auto it = entries.constFind(id);
                         if (it == entries.cend() || !it->opened)
                             return;
                         SessionListener *listener = listenerOf(*it);
                         if (!listener)
                             return;
                         if (kind == Session::Kind::Bytes)
                             listener->onBytesReceived(id, data);
                         else
                             listener->onMessageReceived(id, data);
                     });
    return id;
}

const SessionServerPrivate::Entry *SessionServerPrivate::find(int sessionId, int *error) const
{
    auto it = entries.constFind(sessionId);
    const Entry *entry = it != entries.cend() && it->session ? &*it : nullptr;
    if (error)
        *error = entry ? SessionServer::Success
                       : (sessionId <= 0 ? SessionServer::ErrorInvalidParameter : SessionServer::ErrorNoSuchSession);
    return entry;
}

QString SessionServerPrivate::myName(const Entry &entry) const
{
    // The accepting side's name is the service asked for; the opener's is
    // the name it gave its own end.
    return entry.side == SessionServer::IsServer ? entry.session->service() : entry.session->openerService();
}

SessionListener *SessionServerPrivate::listenerOf(const Entry &entry) const
{
    if (!entry.session)
        return nullptr;
    auto it = servers.constFind(myName(entry));
    return it == servers.cend() ? nullptr : it->listener;
}

void SessionServerPrivate::onIncoming(SessionEndpoint *session)
{
    auto server = servers.constFind(session->service());
    if (server == servers.cend())
        return; // another facade's service
    SessionListener *listener = server->listener;
    const int id = add(session, SessionServer::IsServer);
    QPointer<SessionEndpoint> guard(session);
    // "Send a greeting when the session opens" is the common softbus
    // pattern, so sending from inside the callback works.
    entries[id].deciding = true;
    const int answer = listener->onSessionOpened(id, SessionServer::Success);
    auto it = entries.find(id);
    if (!guard || it == entries.end())
        return; // the listener closed it already
    it->deciding = false;
    if (answer != SessionServer::Success) {
        qCDebug(lcApi) << "session server" << session->service() << "refused session" << id << "with" << answer;
        drop(id);
        session->reject(SessionManager::ErrorRejected,
                        SessionServer::tr("The session server \"%1\" refused the session (%2).")
                            .arg(session->service())
                            .arg(answer));
        session->deleteSession();
        return;
    }
    it->opened = true;
    session->accept();
}

void SessionServerPrivate::onClosed(int sessionId)
{
    const Entry entry = entries.take(sessionId);
    if (!entry.session)
        return;
    SessionListener *listener = listenerOf(entry);
    entry.session->disconnect(q);
    entry.session->deleteSession();
    if (!listener)
        return;
    if (entry.opened) {
        listener->onSessionClosed(sessionId);
        return;
    }
    // Never opened: the opener learns why through onSessionOpened.
    int result = SessionServer::ErrorPeerUnreachable;
    if (entry.refusal == SessionManager::ErrorNoSuchService)
        result = SessionServer::ErrorNoPeerSessionServer;
    else if (entry.refusal != 0)
        result = SessionServer::ErrorPeerRefused;
    listener->onSessionOpened(sessionId, result);
}

void SessionServerPrivate::drop(int sessionId)
{
    const Entry entry = entries.take(sessionId);
    if (entry.session)
        entry.session->disconnect(q);
}

int SessionServerPrivate::send(int sessionId, const QByteArray &data, Session::Kind kind, qsizetype maxBytes)
{
    if (data.isEmpty() || data.size() > maxBytes)
        return SessionServer::ErrorInvalidParameter;
    int error = SessionServer::Success;
    const Entry *entry = find(sessionId, &error);
    if (!entry)
        return error;
    if ((!entry->opened && !entry->deciding) || entry->session->state() == Session::State::Disconnected)
        return SessionServer::ErrorNotPermitted;
    QString reason;
    if (entry->session->send(QString(), kind, data, &reason) == 0) {
        qCDebug(lcApi) << "session" << sessionId << "send refused:" << reason;
        return SessionServer::ErrorSendQueueFull;
    }
    return SessionServer::Success;
}

SessionServer::SessionServer(SessionManager *sessions, QObject *parent)
    : SessionServer(SessionSource::embedded(sessions), parent)
{ }

SessionServer::SessionServer(DeviceServiceClient *host, QObject *parent)
    : SessionServer(SessionSource::throughHost(host), parent)
{
    d->host = host;
    if (host) {
        connect(host, &DeviceServiceClient::transferAppeared, this,
                [this](ServiceTransfer *t) { d->onIncomingTransfer(t); });
    }
}

SessionServer::SessionServer(std::unique_ptr<SessionSource> source, QObject *parent)
    : QObject(parent)
    , d(new SessionServerPrivate{this, std::move(source), {}, {}, 0, {}, {}})
{
    connect(d->sessions.get(), &SessionSource::incomingSession, this, [this](SessionEndpoint *s) { d->onIncoming(s); });
    connect(d->sessions.get(), &SessionSource::serviceRefused, this,
            [this](const QString &sessionName, const QString &reason) {
                if (!d->servers.contains(sessionName))
                    return;
                // As removeSessionServer(), without telling the host again.
                closeSessionsOf(sessionName);
                d->servers.remove(sessionName);
                qCWarning(lcApi).noquote() << "the Tandem host refused session server" << sessionName << ":" << reason;
                Q_EMIT sessionServerRefused(sessionName, reason);
            });
}

SessionServer::~SessionServer()
{
    const QList<int> ids = d->entries.keys();
    for (int id : ids)
        closeSession(id);
    for (auto it = d->servers.cbegin(); it != d->servers.cend(); ++it)
        d->sessions->unregisterService(it.key());
}

int SessionServer::createSessionServer(const QString &moduleName, const QString &sessionName, SessionListener *listener)
{
    if (!isValidName(moduleName, MaxModuleNameBytes) || !isValidName(sessionName, MaxSessionNameBytes) || !listener)
        return ErrorInvalidParameter;
    if (!d->sessions->isAvailable())
        return ErrorNotPermitted;
    // A name another facade serves on the same manager is taken too.
    if (d->servers.contains(sessionName) || d->sessions->isServiceTaken(sessionName))
        return ErrorSessionServerExists;
    if (d->servers.size() >= MaxSessionServers)
        return ErrorLimitReached;
    d->servers.insert(sessionName, {moduleName, listener, nullptr, nullptr, {}});
    d->sessions->registerService(sessionName);
    return Success;
}

int SessionServer::removeSessionServer(const QString &moduleName, const QString &sessionName)
{
    if (!isValidName(moduleName, MaxModuleNameBytes) || !isValidName(sessionName, MaxSessionNameBytes))
        return ErrorInvalidParameter;
    auto it = d->servers.constFind(sessionName);
    if (it == d->servers.cend())
        return ErrorNoSuchSessionServer;
    if (it->moduleName != moduleName)
        return ErrorNotPermitted;
    // Its listener goes away with it, so nothing may report to it any more.
    closeSessionsOf(sessionName);
    d->servers.remove(sessionName);
    d->sessions->unregisterService(sessionName);
    return Success;
}

void SessionServer::closeSessionsOf(const QString &sessionName)
{
    QList<int> orphans;
    for (auto e = d->entries.cbegin(); e != d->entries.cend(); ++e) {
        if (e->session && d->myName(*e) == sessionName)
            orphans << e.key();
    }
    for (int id : std::as_const(orphans))
        closeSession(id);
}

int SessionServer::openSession(const QString &mySessionName, const QString &peerSessionName,
                               const QString &peerDeviceId, const QVariantMap &attributes)
{
    if (!isValidName(mySessionName, MaxSessionNameBytes) || !isValidName(peerSessionName, MaxSessionNameBytes)
        || peerDeviceId.isEmpty())
        return ErrorInvalidParameter;
    const QCborMap parameters = QCborMap::fromVariantMap(attributes);
    if (QCborValue(parameters).toCbor().size() > MaxAttributesBytes)
        return ErrorInvalidParameter;
    if (!d->servers.contains(mySessionName))
        return ErrorNoSuchSessionServer;
    if (!d->sessions->isAvailable())
        return ErrorNotPermitted;
    QString error;
    SessionEndpoint *session
        = d->sessions->open(peerDeviceId, peerSessionName, mySessionName, parameters, this, &error);
    if (!session) {
        // The names were checked above: what is left is an unpaired device.
        qCDebug(lcApi) << "openSession refused:" << error;
        return ErrorNotPermitted;
    }
    return d->add(session, IsClient);
}

void SessionServer::closeSession(int sessionId)
{
    const SessionServerPrivate::Entry entry = d->entries.value(sessionId);
    d->drop(sessionId);
    if (!entry.session)
        return;
    entry.session->close(Session::CloseReason::PeerClosed);
    entry.session->deleteSession();
}

int SessionServer::sendBytes(int sessionId, const QByteArray &data)
{
    return d->send(sessionId, data, Session::Kind::Bytes, MaxBytesPerSend);
}

int SessionServer::sendMessage(int sessionId, const QByteArray &data)
{
    return d->send(sessionId, data, Session::Kind::Text, MaxMessageBytes);
}

QString SessionServer::getMySessionName(int sessionId, int *error) const
{
    const auto *entry = d->find(sessionId, error);
    return entry ? d->myName(*entry) : QString();
}

QString SessionServer::getPeerSessionName(int sessionId, int *error) const
{
    const auto *entry = d->find(sessionId, error);
    if (!entry)
        return {};
    return entry->side == IsServer ? entry->session->openerService() : entry->session->service();
}

QString SessionServer::getPeerDeviceId(int sessionId, int *error) const
{
    const auto *entry = d->find(sessionId, error);
    return entry ? entry->session->peerDeviceId() : QString();
}

QVariantMap SessionServer::getSessionAttributes(int sessionId, int *error) const
{
    const auto *entry = d->find(sessionId, error);
    return entry ? entry->session->parameters().toVariantMap() : QVariantMap();
}

int SessionServer::getSessionSide(int sessionId) const
{
    int error = Success;
    const auto *entry = d->find(sessionId, &error);
    return entry ? entry->side : error;
}

void SessionServer::setTransferManager(TransferManager *transfers)
{
    if (d->transfers)
        d->transfers->disconnect(this);
    d->transfers = transfers;
    if (transfers)
        connect(transfers, &TransferManager::incomingTransfer, this, [this](Transfer *t) { d->onIncomingTransfer(t); });
}

int SessionServer::setFileSendListener(const QString &moduleName, const QString &sessionName,
                                       FileSendListener *listener)
{
    auto it = d->servers.find(sessionName);
    if (it == d->servers.end())
        return ErrorNoSuchSessionServer;
    if (it->moduleName != moduleName)
        return ErrorNotPermitted;
    it->fileSender = listener;
    return Success;
}

int SessionServer::setFileReceiveListener(const QString &moduleName, const QString &sessionName,
                                          FileReceiveListener *listener, const QString &rootDir)
{
    auto it = d->servers.find(sessionName);
    if (it == d->servers.end())
        return ErrorNoSuchSessionServer;
    if (it->moduleName != moduleName)
        return ErrorNotPermitted;
    if (listener && !QFileInfo(rootDir).isDir())
        return ErrorInvalidParameter;
    it->fileReceiver = listener;
    it->rootDir = rootDir;
    return Success;
}

int SessionServer::sendFile(int sessionId, const QStringList &sourcePaths, const QStringList &destPaths)
{
    int error = Success;
    const SessionServerPrivate::Entry *entry = d->find(sessionId, &error);
    if (!entry)
        return error;
    if (sourcePaths.isEmpty() || (!destPaths.isEmpty() && destPaths.size() != sourcePaths.size()))
        return ErrorInvalidParameter;
    if (!entry->opened || (d->host ? !d->host->isConnected() : !d->transfers))
        return ErrorNotPermitted;
    QList<TransferSource> sources;
    for (qsizetype i = 0; i < sourcePaths.size(); ++i)
        sources.append(
            {sourcePaths.at(i), destPaths.isEmpty() ? QFileInfo(sourcePaths.at(i)).fileName() : destPaths.at(i)});
    // The tag names the peer's session server, so that its file receive
    // listener hears of it.
    const QString mine = d->myName(*entry);
    const QString peerName = entry->side == IsServer ? entry->session->openerService() : entry->session->service();
    const QString peer = entry->session->peerDeviceId();
    QString reason;
    if (d->host) {
        // The host reads the files; what it refuses ends the transfer, as
        // onFileTransError().
        ServiceTransfer *t = d->host->sendFiles(peer, sources, peerName, &reason);
        if (!t) {
            qCDebug(lcApi) << "sendFile on session" << sessionId << "refused:" << reason;
            return ErrorInvalidParameter;
        }
        d->followSent(t, sessionId, mine, sourcePaths.constFirst());
        return Success;
    }
    Transfer *t = d->transfers->send(peer, sources, &reason, peerName);
    if (!t) {
        qCDebug(lcApi) << "sendFile on session" << sessionId << "refused:" << reason;
        return ErrorInvalidParameter;
    }
    d->followSent(t, sessionId, mine, sourcePaths.constFirst());
    return Success;
}

template<typename T>
void SessionServerPrivate::followSent(T *t, int sessionId, const QString &serverName, const QString &first)
{
    auto listener = [this, serverName] { return servers.value(serverName).fileSender; };
    QObject::connect(t, &T::progressChanged, q, [t, sessionId, listener] {
        if (FileSendListener *l = listener(); l && !t->isFinished())
            l->onSendFileProcess(sessionId, quint64(t->bytesDone()), quint64(t->totalBytes()));
    });
    QObject::connect(t, &T::finished, q, [t, sessionId, listener, first](Transfer::State state) {
        if constexpr (std::is_same_v<T, ServiceTransfer>)
            t->deleteLater(); // the client's child: followed to its end
        FileSendListener *l = listener();
        if (!l)
            return;
        if (state == Transfer::State::Completed)
            l->onSendFileFinished(sessionId, first);
        else
            l->onFileTransError(sessionId);
    });
}

template<typename T> void SessionServerPrivate::onIncomingTransfer(T *t)
{
    const QString name = t->tag();
    auto server = servers.constFind(name);
    if (server == servers.cend() || !server->fileReceiver)
        return; // not for this facade
    int sessionId = 0;
    for (auto e = entries.cbegin(); e != entries.cend(); ++e) {
        if (e->session && e->opened && e->session->peerDeviceId() == t->peerDeviceId() && myName(*e) == name) {
            sessionId = e.key();
            break;
        }
    }
    if (sessionId == 0) {
        // Files arrive only on an open session, as in softbus; through a
        // host nobody else is asked, so the peer hears at once.
        if constexpr (std::is_same_v<T, ServiceTransfer>)
            t->reject(SessionServer::tr("No session is open to take the files."));
        return;
    }
    auto listener = [this, name] { return servers.value(name).fileReceiver; };
    if (t->state() == Transfer::State::Offered) {
        QStringList names;
        const QList<TransferFile> files = t->files();
        for (const TransferFile &f : files)
            names << f.name;
        if (server->fileReceiver->onReceiveFileStarted(sessionId, names, int(names.size())) != 0) {
            t->reject(SessionServer::tr("The app declined the files."));
            return;
        }
        QString reason;
        if (!t->accept(server->rootDir, &reason)) {
            t->reject(reason);
            server->fileReceiver->onFileTransError(sessionId);
            return;
        }
        if constexpr (std::is_same_v<T, ServiceTransfer>) {
            // The host could not land them where the app asked.
            QObject::connect(t, &ServiceTransfer::answerFailed, q, [t, sessionId, listener](const QString &why) {
                t->reject(why);
                if (FileReceiveListener *l = listener())
                    l->onFileTransError(sessionId);
            });
        }
    }
    QObject::connect(t, &T::progressChanged, q, [t, sessionId, listener] {
        if (FileReceiveListener *l = listener(); l && !t->isFinished() && t->fileCount() > 0)
            l->onReceiveFileProcess(sessionId, t->files().constFirst().name, quint64(t->bytesDone()),
                                    quint64(t->totalBytes()));
    });
    QObject::connect(t, &T::finished, q, [t, sessionId, listener](Transfer::State state) {
        if constexpr (std::is_same_v<T, ServiceTransfer>)
            t->deleteLater();
        FileReceiveListener *l = listener();
        if (!l)
            return;
        if (state != Transfer::State::Completed) {
            l->onFileTransError(sessionId);
            return;
        }
        QStringList paths;
        const QList<TransferFile> files = t->files();
        for (const TransferFile &f : files)
            paths << f.path;
        l->onReceiveFileFinished(sessionId, paths, int(paths.size()));
    });
}

QString SessionServer::errorString(int code)
{
    switch (code) {
    case Success:
        return tr("Success.");
    case ErrorInvalidParameter:
        return tr("Invalid parameter: a name, size or session id is out of range.");
    case ErrorNotPermitted:
        return tr("Not permitted: the device is not paired, the session is not open yet, or the session server "
                  "belongs to another module.");
    case ErrorLimitReached:
        return tr("At most %1 session servers can exist at once.").arg(MaxSessionServers);
    case ErrorSessionServerExists:
        return tr("A session server of that name exists already.");
    case ErrorNoSuchSessionServer:
        return tr("There is no session server of that name.");
    case ErrorNoSuchSession:
        return tr("There is no session with that id.");
    case ErrorSendQueueFull:
        return tr("The send queue is full; try again once the other device has caught up.");
    case ErrorPeerRefused:
        return tr("The other device refused the session.");
    case ErrorNoPeerSessionServer:
        return tr("The other device has no session server of that name.");
    case ErrorPeerUnreachable:
        return tr("The other device did not answer in time.");
    }
    return tr("Unknown error %1.").arg(code);
}

} // namespace Tandem
