#include "devicemodel.h"

#include <Tandem/deviceidentity.h>
#include <Tandem/linkoptions.h>
#include <Tandem/profile.h>
#include <Tandem/truststore.h>

#include <algorithm>

using namespace Tandem;

DeviceModel::DeviceModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

DeviceModel::~DeviceModel() = default;

LocalDevice *DeviceModel::device() const
{
    return m_device;
}

DeviceServiceClient *DeviceModel::host() const
{
    return m_host;
}

void DeviceModel::setHost(DeviceServiceClient *host)
{
    if (m_host == host)
        return;
    if (host && m_device)
        setDevice(nullptr);
    if (m_host)
        m_host->disconnect(this);
    m_host = host;
    m_hostDevices.clear();
    m_hostPairing.clear();
    m_pairings.clear();
    if (m_host) {
        connect(m_host, &DeviceServiceClient::devicesChanged, this, [this](const QList<DeviceInfo> &devices) {
            m_hostDevices = devices;
            refresh();
        });
        connect(m_host, &DeviceServiceClient::pairingRequested, this, [this](const QString &id, const QString &code) {
            setPairing(id, PendingPairing{code, true});
            Q_EMIT pairingCodeReady(id, nameOf(id), code, true);
        });
        connect(m_host, &DeviceServiceClient::pairingEnded, this,
                [this](const QString &id, PairingOutcome outcome, const QString &reason) {
                    if (m_hostPairing == id)
                        m_hostPairing.clear();
                    finishPairing(id, outcome, reason);
                });
        connect(m_host, &DeviceServiceClient::unpaired, this,
                [this](const QString &id, bool byPeer) { Q_EMIT unpaired(id, nameOf(id), byPeer); });
        // Gone for good, or away until it returns (the client then watches
        // again, and the list comes back): nothing shown is current.
        const auto forget = [this] {
            m_hostDevices.clear();
            m_hostPairing.clear();
            m_pairings.clear();
            refresh();
        };
        connect(m_host, &DeviceServiceClient::disconnected, this, forget);
        connect(m_host, &DeviceServiceClient::hostLost, this, forget);
        m_host->watchDevices();
    }
    refresh();
    Q_EMIT hostChanged();
}

void DeviceModel::finishPairing(const QString &id, PairingOutcome outcome, const QString &reason)
{
    setPairing(id, std::nullopt);
    if (outcome == PairingOutcome::Paired) {
        refresh();
        Q_EMIT pairingFinished(id, nameOf(id), true, tr("Paired with %1.").arg(nameOf(id)));
        return;
    }
    QString message;
    switch (outcome) {
    case PairingOutcome::Rejected:
        message = tr("%1 declined pairing.").arg(nameOf(id));
        break;
    case PairingOutcome::Cancelled:
        message = tr("Pairing with %1 was cancelled.").arg(nameOf(id));
        break;
    case PairingOutcome::TimedOut:
        message = tr("Pairing with %1 timed out.").arg(nameOf(id));
        break;
    case PairingOutcome::Failed:
    case PairingOutcome::Paired:
        message = tr("Pairing with %1 failed.").arg(nameOf(id));
        break;
    }
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + reason;
    Q_EMIT pairingFinished(id, nameOf(id), false, message);
}

void DeviceModel::setDevice(LocalDevice *device)
{
    if (m_device == device)
        return;
    if (device && m_host)
        setHost(nullptr);
    if (m_device) {
        m_device->disconnect(this);
        QObject::disconnect(m_trustConnection);
    }
    m_device = device;
    m_pairings.clear();
    if (m_device) {
        connect(m_device, &LocalDevice::devicesChanged, this, &DeviceModel::refresh);
        connect(m_device, &LocalDevice::stopping, this, &DeviceModel::refresh, Qt::QueuedConnection);
        connect(m_device, &LocalDevice::pairingCodeReady, this,
                [this](const QString &id, const QString &code, bool incoming) {
                    setPairing(id, PendingPairing{code, incoming});
                    Q_EMIT pairingCodeReady(id, nameOf(id), code, incoming);
                });
        connect(m_device, &LocalDevice::paired, this,
                [this](const QString &id) { finishPairing(id, PairingOutcome::Paired, QString()); });
        connect(m_device, &LocalDevice::pairingFailed, this,
                [this](const QString &id, PairingOutcome outcome, const QString &reason) {
                    finishPairing(id, outcome, reason);
                });
        connect(m_device, &LocalDevice::unpaired, this, [this](const QString &id, bool byPeer) {
            refresh();
            Q_EMIT unpaired(id, nameOf(id), byPeer);
        });
        connect(m_device, &LocalDevice::linkRefused, this, [this](const QString &who, const QString &reason) {
            const QString name = nameOf(who);
            Q_EMIT errorOccurred(tr("A connection from %1 was refused: %2").arg(name.isEmpty() ? who : name, reason));
        });
        connect(m_device, &LocalDevice::connectFailed, this, [this](const QString &address, const QString &reason) {
            // Only a dial the user asked for is theirs to hear about. The
            // device's own redials (a paired device that quit, a stale
            // sighting of one) fail quietly: the list already shows it
            // offline, and a red "Connection refused" there says nothing
            // the user can act on.
            if (!m_userDials.remove(address))
                return;
            Q_EMIT errorOccurred(tr("Could not connect to %1: %2").arg(address, reason));
        });
        connect(m_device, &QObject::destroyed, this, [this] {
            // m_device already reads null here: forget its devices directly.
            QObject::disconnect(m_trustConnection);
            m_pairings.clear();
            refresh();
            Q_EMIT deviceChanged();
        });
        // Auto-accept lives in the trust store, which changes without the
        // device noticing.
        m_trustConnection
            = connect(m_device->profile()->trustStore(), &TrustStore::deviceUpdated, this, &DeviceModel::refresh);
    }
    refresh();
    Q_EMIT deviceChanged();
}

bool DeviceModel::isLanRunning() const
{
    return m_lanRunning;
}

bool DeviceModel::pairedOnly() const
{
    return m_pairedOnly;
}

void DeviceModel::setPairedOnly(bool pairedOnly)
{
    if (m_pairedOnly == pairedOnly)
        return;
    m_pairedOnly = pairedOnly;
    refresh();
    Q_EMIT pairedOnlyChanged();
}

int DeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DeviceInfo &info = row.info;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return info.name.isEmpty() ? info.shortId() : info.name;
    case DeviceIdRole:
        return info.id;
    case ShortIdRole:
        return info.shortId();
    case TypeRole:
        return info.type;
    case TransportsRole:
        return info.transports;
    case PairedRole:
        return info.paired;
    case ReachableRole:
        return info.reachable;
    case ConnectedRole:
        return info.connected;
    case AddressRole:
        return info.address;
    case AutoAcceptRole:
        return row.autoAccept;
    case PairingCodeRole:
        return m_pairings.value(info.id).code;
    case PairingIncomingRole:
        return m_pairings.value(info.id).incoming;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceModel::roleNames() const
{
    return {
        {DeviceIdRole, "deviceId"},       {NameRole, "name"},
        {ShortIdRole, "shortId"},         {TypeRole, "type"},
        {TransportsRole, "transports"},   {PairedRole, "paired"},
        {ReachableRole, "reachable"},     {ConnectedRole, "connected"},
        {AddressRole, "address"},         {AutoAcceptRole, "autoAccept"},
        {PairingCodeRole, "pairingCode"}, {PairingIncomingRole, "pairingIncoming"},
    };
}

int DeviceModel::indexOf(const QString &deviceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.id == deviceId)
            return int(i);
    }
    return -1;
}

QString DeviceModel::nameOf(const QString &deviceId) const
{
    const int row = indexOf(deviceId);
    if (row >= 0)
        return data(index(row), NameRole).toString();
    if (m_device) {
        if (const auto info = m_device->device(deviceId); info && !info->name.isEmpty())
            return info->name;
    }
    return deviceId.isEmpty() ? QString() : DeviceIdentity::shortIdFor(deviceId);
}

bool DeviceModel::fail(const QString &message)
{
    Q_EMIT errorOccurred(message);
    return false;
}

bool DeviceModel::requestPairing(const QString &deviceId)
{
    if (m_host) {
        if (!m_hostPairing.isEmpty())
            return fail(tr("Cannot pair with %1: a pairing with %2 is in progress.")
                            .arg(nameOf(deviceId), nameOf(m_hostPairing)));
        m_hostPairing = deviceId;
        m_host->pair(
            deviceId, this,
            [this, deviceId](const QString &code) {
                setPairing(deviceId, PendingPairing{code, false});
                Q_EMIT pairingCodeReady(deviceId, nameOf(deviceId), code, false);
            },
            [this, deviceId](std::optional<PairingOutcome> outcome, const QString &reason) {
                // How it ended comes as the host's pairingEnded(); only a
                // pairing the host would not start ends here.
                if (outcome)
                    return;
                if (m_hostPairing == deviceId)
                    m_hostPairing.clear();
                fail(tr("Cannot pair with %1: %2").arg(nameOf(deviceId), reason));
            });
        return true;
    }
    if (!m_device)
        return fail(tr("Tandem is not running."));
    QString error;
    if (!m_device->requestPairing(deviceId, &error))
        return fail(tr("Cannot pair with %1: %2").arg(nameOf(deviceId), error));
    return true;
}

bool DeviceModel::answerThroughHost(const QString &deviceId, bool accept)
{
    if (!m_pairings.contains(deviceId))
        return fail(tr("No pairing with %1 is waiting for an answer.").arg(nameOf(deviceId)));
    if (m_pairings.value(deviceId).incoming)
        m_host->decidePairing(deviceId, accept);
    else
        m_host->answerPairing(accept);
    if (!accept)
        setPairing(deviceId, std::nullopt);
    return true;
}

bool DeviceModel::acceptPairing(const QString &deviceId)
{
    if (m_host)
        return answerThroughHost(deviceId, true);
    if (!m_device)
        return fail(tr("Tandem is not running."));
    QString error;
    if (!m_device->acceptPairing(deviceId, &error))
        return fail(tr("Cannot confirm pairing with %1: %2").arg(nameOf(deviceId), error));
    return true;
}

bool DeviceModel::rejectPairing(const QString &deviceId, const QString &reason)
{
    if (!m_device && !m_host)
        return fail(tr("Tandem is not running."));
    if (reason.size() > MaxReasonLength)
        return fail(tr("The reason is too long: at most %1 characters.").arg(MaxReasonLength));
    if (m_host)
        return answerThroughHost(deviceId, false);
    QString error;
    if (!m_device->rejectPairing(deviceId, reason, &error))
        return fail(tr("Cannot reject pairing with %1: %2").arg(nameOf(deviceId), error));
    setPairing(deviceId, std::nullopt);
    return true;
}

bool DeviceModel::cancelPairing(const QString &deviceId)
{
    if (m_host)
        return answerThroughHost(deviceId, false);
    if (!m_device)
        return fail(tr("Tandem is not running."));
    QString error;
    if (!m_device->cancelPairing(deviceId, &error))
        return fail(tr("Cannot cancel pairing with %1: %2").arg(nameOf(deviceId), error));
    setPairing(deviceId, std::nullopt);
    return true;
}

bool DeviceModel::unpair(const QString &deviceId)
{
    if (m_host) {
        m_host->unpair(deviceId, this, [this, deviceId](bool, const QString &error) {
            if (!error.isEmpty())
                fail(tr("Cannot unpair %1: %2").arg(nameOf(deviceId), error));
        });
        return true;
    }
    if (!m_device)
        return fail(tr("Tandem is not running."));
    QString error;
    if (!m_device->unpair(deviceId, &error))
        return fail(tr("Cannot unpair %1: %2").arg(nameOf(deviceId), error));
    refresh();
    return true;
}

bool DeviceModel::connectToAddress(const QString &address)
{
    if (m_host)
        return fail(tr("Adding a device by address is done in the Tandem app itself."));
    if (!m_device)
        return fail(tr("Tandem is not running."));
    const auto hostPort = parseHostPort(address.trimmed());
    if (!hostPort)
        return fail(tr("\"%1\" is not an address: write host:port, e.g. 192.168.1.20:47317.").arg(address));
    m_userDials.insert(formatHostPort(hostPort->first, hostPort->second));
    m_device->connectToAddress(hostPort->first, hostPort->second);
    return true;
}

bool DeviceModel::setAutoAccept(const QString &deviceId, bool autoAccept)
{
    if (m_host)
        return fail(tr("Auto-accept for %1 is set in the Tandem app itself.").arg(nameOf(deviceId)));
    if (!m_device)
        return fail(tr("Tandem is not running."));
    QString error;
    if (!m_device->profile()->trustStore()->setAutoAcceptSessions(deviceId, autoAccept, &error))
        return fail(tr("Cannot change auto-accept for %1: %2").arg(nameOf(deviceId), error));
    return true;
}

void DeviceModel::setPairing(const QString &deviceId, const std::optional<PendingPairing> &pairing)
{
    if (pairing)
        m_pairings.insert(deviceId, *pairing);
    else if (!m_pairings.remove(deviceId))
        return;
    if (const int row = indexOf(deviceId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {PairingCodeRole, PairingIncomingRole});
}

QList<DeviceModel::Row> DeviceModel::currentRows() const
{
    QList<Row> rows;
    if (!m_device && !m_host)
        return rows;
    // Through a host the trust store is the host's: auto-accept is not
    // shown (nor set) here.
    const TrustStore *trust = m_device ? m_device->profile()->trustStore() : nullptr;
    const auto devices = m_device ? m_device->devices() : m_hostDevices;
    for (const DeviceInfo &info : devices) {
        if (m_pairedOnly && !info.paired)
            continue;
        Row row{info, false};
        if (info.paired && trust) {
            if (const auto trusted = trust->find(info.id))
                row.autoAccept = trusted->autoAcceptSessions;
        }
        rows << row;
    }
    // Paired first (the devices one works with), then by name; the id
    // breaks ties so that the order never flickers.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.info.paired != b.info.paired)
            return a.info.paired;
        if (const int c = a.info.name.localeAwareCompare(b.info.name); c != 0)
            return c < 0;
        return a.info.id < b.info.id;
    });
    return rows;
}

// A keyed update rather than a reset, so that views keep their delegates,
// scroll position and keyboard focus while devices come and go.
void DeviceModel::refresh()
{
    const QList<Row> next = currentRows();
    const int before = int(m_rows.size());

    auto idsOf = [](const QList<Row> &rows) {
        QStringList ids;
        for (const Row &r : rows)
            ids << r.info.id;
        return ids;
    };
    const QStringList nextIds = idsOf(next);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!nextIds.contains(m_rows.at(i).info.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    const QStringList kept = idsOf(m_rows);
    QStringList nextKept;
    for (const QString &id : nextIds) {
        if (kept.contains(id))
            nextKept << id;
    }
    if (kept != nextKept) {
        // A device moved (paired, renamed): rare enough to rebuild.
        beginResetModel();
        m_rows = next;
        endResetModel();
    } else {
        for (int i = 0; i < int(next.size()); ++i) {
            const Row &row = next.at(i);
            if (i < m_rows.size() && m_rows.at(i).info.id == row.info.id) {
                const Row &old = m_rows.at(i);
                if (!(old.info == row.info) || old.autoAccept != row.autoAccept) {
                    m_rows[i] = row;
                    Q_EMIT dataChanged(index(i), index(i));
                }
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(i, row);
                endInsertRows();
            }
        }
    }
    if (m_rows.size() != before)
        Q_EMIT countChanged();
    const bool running = m_device ? m_device->isRunning() : (m_host && m_host->isReady());
    if (running != m_lanRunning) {
        m_lanRunning = running;
        Q_EMIT lanRunningChanged();
    }
}
