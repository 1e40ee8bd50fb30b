#include "sessionmodel.h"

#include <Tandem/deviceidentity.h>
#include <Tandem/localdevice.h>

#include <type_traits>

using namespace Tandem;

SessionModel::SessionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

SessionModel::~SessionModel() = default;

Session::State SessionModel::stateOf(const Row &row)
{
    if (row.local)
        return row.local->state();
    if (row.remote)
        return row.remote->state();
    return Session::State::Disconnected;
}

// The model holds only sessions peers opened: waiting means not answered.
bool SessionModel::isPending(const Row &row)
{
    return stateOf(row) == Session::State::Connecting;
}

SessionManager *SessionModel::sessionManager() const
{
    return m_manager;
}

DeviceServiceClient *SessionModel::host() const
{
    return m_host;
}

void SessionModel::clearRows()
{
    beginResetModel();
    for (const Row &row : std::as_const(m_rows)) {
        if (QObject *session = row.object())
            session->disconnect(this);
    }
    m_rows.clear();
    endResetModel();
}

void SessionModel::setSessionManager(SessionManager *manager)
{
    if (m_manager == manager)
        return;
    if (manager && m_host)
        setHost(nullptr);
    if (m_manager)
        m_manager->disconnect(this);
    clearRows();
    m_manager = manager;
    if (m_manager) {
        // Queued: whoever handles the service (Conversations, an
        // AbilityConnectionManager) answers first; what it leaves pending
        // is the user's to decide.
        connect(m_manager, &SessionManager::incomingSession, this, [this](Session *session) {
            QMetaObject::invokeMethod(
                this, [this, guarded = QPointer<Session>(session)] { add(guarded.data()); }, Qt::QueuedConnection);
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

void SessionModel::setHost(DeviceServiceClient *host)
{
    if (m_host == host)
        return;
    if (host && m_manager)
        setSessionManager(nullptr);
    if (m_host)
        m_host->disconnect(this);
    clearRows();
    m_hostDevices.clear();
    m_host = host;
    if (m_host) {
        connect(m_host, &DeviceServiceClient::incomingSession, this, [this](ServiceSession *session) {
            QMetaObject::invokeMethod(
                this, [this, guarded = QPointer<ServiceSession>(session)] { add(guarded.data()); },
                Qt::QueuedConnection);
        });
        connect(m_host, &DeviceServiceClient::devicesChanged, this, [this](const QList<DeviceInfo> &devices) {
            m_hostDevices = devices;
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, PeerNameRole});
        });
        m_host->watchDevices();
    }
    Q_EMIT countChanged();
    updatePending();
    Q_EMIT hostChanged();
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

template<typename S> void SessionModel::add(S *session)
{
    if (!session || session->state() == Session::State::Disconnected || rowOf(session) >= 0)
        return;
    if (!m_services.isEmpty() && !m_services.contains(session->service()))
        return;
    const bool pending = session->state() == Session::State::Connecting;
    if (pending && m_pending >= MaxPendingRequests) {
        session->reject(SessionManager::ErrorInternal, tr("Too many requests are waiting for an answer."));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row entry{{}, {}, m_nextRequestId++};
    if constexpr (std::is_same_v<S, Session>)
        entry.local = session;
    else
        entry.remote = session;
    m_rows << entry;
    endInsertRows();
    connect(session, &S::stateChanged, this, [this, session](Session::State state) {
        if (state == Session::State::Disconnected) {
            remove(session);
            return;
        }
        const int r = rowOf(session);
        if (r >= 0)
            Q_EMIT dataChanged(index(r), index(r), {StateRole, PendingRole});
        updatePending();
    });
    // By the time destroyed() is emitted our QPointer reads null.
    connect(session, &QObject::destroyed, this, [this] { remove(nullptr); });
    Q_EMIT countChanged();
    updatePending();
    if (pending)
        Q_EMIT requestArrived(session->peerDeviceId(), peerName(session->peerDeviceId()), session->service());
}

int SessionModel::rowOf(const QObject *session) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).object() == session)
            return int(i);
    }
    return -1;
}

void SessionModel::remove(QObject *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    updatePending();
}

void SessionModel::updatePending()
{
    int pending = 0;
    for (const Row &row : std::as_const(m_rows))
        pending += isPending(row);
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
    for (const DeviceInfo &device : m_hostDevices) {
        if (device.id == peerId && !device.name.isEmpty())
            return device.name;
    }
    return DeviceIdentity::shortIdFor(peerId);
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (!row.object())
        return {};
    const QString peer = row.local ? row.local->peerDeviceId() : row.remote->peerDeviceId();
    switch (role) {
    case PeerIdRole:
        return peer;
    case Qt::DisplayRole:
    case PeerNameRole:
        return peerName(peer);
    case ServiceRole:
        return row.local ? row.local->service() : row.remote->service();
    case StateRole:
        return int(stateOf(row));
    case PendingRole:
        return isPending(row);
    case RequestIdRole:
        return row.requestId;
    case PreviewRole: {
        const QCborMap parameters = row.local ? row.local->parameters() : row.remote->parameters();
        const QString preview = parameters.value(QLatin1StringView(PreviewParameter)).toString();
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
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (isPending(m_rows.at(i)))
            return int(i);
    }
    return -1;
}

bool SessionModel::accept(int row)
{
    if (row < 0 || row >= m_rows.size() || !isPending(m_rows.at(row))) {
        Q_EMIT errorOccurred(tr("That request is no longer waiting for an answer."));
        return false;
    }
    const Row &entry = m_rows.at(row);
    if (entry.local)
        return entry.local->accept();
    entry.remote->accept(); // the host's answer follows as its state
    return true;
}

bool SessionModel::reject(int row, const QString &reason)
{
    if (reason.size() > MaxReasonLength) {
        Q_EMIT errorOccurred(tr("The reason is too long: at most %1 characters.").arg(MaxReasonLength));
        return false;
    }
    if (row < 0 || row >= m_rows.size() || !isPending(m_rows.at(row))) {
        Q_EMIT errorOccurred(tr("That request is no longer waiting for an answer."));
        return false;
    }
    const Row &entry = m_rows.at(row);
    if (entry.local)
        entry.local->reject(SessionManager::ErrorRejected, reason);
    else
        entry.remote->reject(SessionManager::ErrorRejected, reason);
    return true;
}

int SessionModel::rowOfRequest(int requestId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).requestId == requestId)
            return int(i);
    }
    return -1;
}

int SessionModel::firstPendingRequest() const
{
    const int row = firstPending();
    return row < 0 ? -1 : m_rows.at(row).requestId;
}

bool SessionModel::isPendingRequest(int requestId) const
{
    const int row = rowOfRequest(requestId);
    return row >= 0 && isPending(m_rows.at(row));
}

bool SessionModel::acceptRequest(int requestId)
{
    return accept(rowOfRequest(requestId));
}

bool SessionModel::rejectRequest(int requestId, const QString &reason)
{
    return reject(rowOfRequest(requestId), reason);
}
