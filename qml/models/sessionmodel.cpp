#include "sessionmodel.h"

#include <Tandem/deviceidentity.h>
#include <Tandem/localdevice.h>

using namespace Tandem;

namespace {
bool isPending(const Session *session)
{
    return session && !session->isOutgoing() && session->state() == Session::State::Connecting;
}
} // namespace

SessionModel::SessionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

SessionModel::~SessionModel() = default;

SessionManager *SessionModel::sessionManager() const
{
    return m_manager;
}

void SessionModel::setSessionManager(SessionManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    beginResetModel();
    for (const auto &session : std::as_const(m_sessions)) {
        if (session)
            session->disconnect(this);
    }
    m_sessions.clear();
    m_requestIds.clear();
    endResetModel();
    m_manager = manager;
    if (m_manager) {
        // Queued: whoever handles the service (Conversations, an
        // AbilityConnectionManager) answers first; what it leaves pending
        // is the user's to decide.
        connect(m_manager, &SessionManager::incomingSession, this, [this](Session *session) {
            QMetaObject::invokeMethod(
                this, [this, guarded = QPointer<Session>(session)] { add(guarded); }, Qt::QueuedConnection);
        });
        const auto existing = m_manager->sessions();
        for (Session *session : existing) {
            if (!session->isOutgoing())
                add(session);
        }
    }
    Q_EMIT countChanged();
    updatePending();
    Q_EMIT sessionManagerChanged();
}

QStringList SessionModel::services() const
{
    return m_services;
}

void SessionModel::setServices(const QStringList &services)
{
    if (m_services == services)
        return;
    m_services = services;
    Q_EMIT servicesChanged();
}

int SessionModel::pendingCount() const
{
    return m_pending;
}

void SessionModel::add(Session *session)
{
    if (!session || session->state() == Session::State::Disconnected)
        return;
    if (!m_services.isEmpty() && !m_services.contains(session->service()))
        return;
    if (isPending(session) && m_pending >= MaxPendingRequests) {
        session->reject(SessionManager::ErrorInternal, tr("Too many requests are waiting for an answer."));
        return;
    }
    const int row = int(m_sessions.size());
    beginInsertRows({}, row, row);
    m_sessions << session;
    m_requestIds << m_nextRequestId++;
    endInsertRows();
    connect(session, &Session::stateChanged, this, [this, session](Session::State state) {
        if (state == Session::State::Disconnected) {
            remove(session);
            return;
        }
        const int r = int(m_sessions.indexOf(session));
        if (r >= 0)
            Q_EMIT dataChanged(index(r), index(r), {StateRole, PendingRole});
        updatePending();
    });
    // By the time destroyed() is emitted our QPointer reads null.
    connect(session, &QObject::destroyed, this, [this] { remove(nullptr); });
    Q_EMIT countChanged();
    updatePending();
    if (isPending(session))
        Q_EMIT requestArrived(session->peerDeviceId(), peerName(session->peerDeviceId()), session->service());
}

void SessionModel::remove(Session *session)
{
    const int row = int(m_sessions.indexOf(session));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    m_requestIds.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    updatePending();
}

void SessionModel::updatePending()
{
    int pending = 0;
    for (const auto &session : std::as_const(m_sessions))
        pending += isPending(session);
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingCountChanged();
    }
}

QString SessionModel::peerName(const QString &peerId) const
{
    if (m_manager) {
        if (const auto info = m_manager->device()->device(peerId); info && !info->name.isEmpty())
            return info->name;
    }
    return DeviceIdentity::shortIdFor(peerId);
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session *session = m_sessions.at(index.row());
    if (!session)
        return {};
    switch (role) {
    case PeerIdRole:
        return session->peerDeviceId();
    case Qt::DisplayRole:
    case PeerNameRole:
        return peerName(session->peerDeviceId());
    case ServiceRole:
        return session->service();
    case StateRole:
        return int(session->state());
    case PendingRole:
        return isPending(session);
    case RequestIdRole:
        return m_requestIds.at(index.row());
    case PreviewRole: {
        const QString preview = session->parameters().value(QLatin1StringView(PreviewParameter)).toString();
        return preview.size() > MaxPreviewLength ? preview.first(MaxPreviewLength) + QChar(0x2026) : preview;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionModel::roleNames() const
{
    return {{PeerIdRole, "peerId"},   {PeerNameRole, "peerName"},   {ServiceRole, "service"}, {StateRole, "state"},
            {PendingRole, "pending"}, {RequestIdRole, "requestId"}, {PreviewRole, "preview"}};
}

int SessionModel::firstPending() const
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        if (isPending(m_sessions.at(i)))
            return int(i);
    }
    return -1;
}

bool SessionModel::accept(int row)
{
    if (row < 0 || row >= m_sessions.size() || !isPending(m_sessions.at(row))) {
        Q_EMIT errorOccurred(tr("That request is no longer waiting for an answer."));
        return false;
    }
    return m_sessions.at(row)->accept();
}

bool SessionModel::reject(int row, const QString &reason)
{
    if (reason.size() > MaxReasonLength) {
        Q_EMIT errorOccurred(tr("The reason is too long: at most %1 characters.").arg(MaxReasonLength));
        return false;
    }
    if (row < 0 || row >= m_sessions.size() || !isPending(m_sessions.at(row))) {
        Q_EMIT errorOccurred(tr("That request is no longer waiting for an answer."));
        return false;
    }
    m_sessions.at(row)->reject(SessionManager::ErrorRejected, reason);
    return true;
}

int SessionModel::rowOfRequest(int requestId) const
{
    return int(m_requestIds.indexOf(requestId));
}

int SessionModel::firstPendingRequest() const
{
    const int row = firstPending();
    return row < 0 ? -1 : m_requestIds.at(row);
}

bool SessionModel::isPendingRequest(int requestId) const
{
    const int row = rowOfRequest(requestId);
    return row >= 0 && isPending(m_sessions.at(row));
}

bool SessionModel::acceptRequest(int requestId)
{
    return accept(rowOfRequest(requestId));
}

bool SessionModel::rejectRequest(int requestId, const QString &reason)
{
    return reject(rowOfRequest(requestId), reason);
}
