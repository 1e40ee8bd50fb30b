#include "truststore.h"

#include "identitylogging_p.h"
#include "ownerpermissions_p.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace Tandem {

namespace {
constexpr int SchemaVersion = 1;

template<typename T> QVariant sqlValue(const T &value)
{
    return QVariant::fromValue(value);
}

// NULL for "not known", as the column's older rows have it.
QVariant sqlValue(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}
} // namespace

class TrustStorePrivate
{
public:
    QString connectionName;
    QHash<QString, TrustedDevice> devices;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    // Runs `statements` in one transaction; on failure rolls back and
    // explains. The in-memory copy is only changed after a commit.
    template<typename Fn> bool transaction(QString *error, Fn &&statements)
    {
        QSqlDatabase database = db();
        if (!database.transaction()) {
            *error = database.lastError().text();
            return false;
        }
        QSqlQuery query(database);
        if (!statements(query)) {
            *error = query.lastError().text();
            database.rollback();
            return false;
        }
        if (!database.commit()) {
            *error = database.lastError().text();
            database.rollback();
            return false;
        }
        return true;
    }
};

TrustStore::TrustStore(std::unique_ptr<TrustStorePrivate> dd)
    : d(std::move(dd))
{ }

TrustStore::~TrustStore()
{
    const QString name = d->connectionName;
    d.reset();
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

namespace {

// Opens and migrates the database and loads it into `d`; returns why not.
// Kept apart from open() so that every QSqlDatabase/QSqlQuery handle is
// gone before a failed connection is removed.
QString load(TrustStorePrivate &d, const QString &databasePath)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return QStringLiteral("Qt's SQLite driver is not installed (Debian/Ubuntu: libqt6sql6-sqlite)");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
    db.setDatabaseName(databasePath);
    if (!db.open())
        return db.lastError().text();
    // Who is paired is private: owner-only (on Windows an access list;
    // QFile::setPermissions only toggles the read-only attribute there).
    if (QString why; restrictToOwner(databasePath, &why) == OwnerOnlyResult::Failed)
        qCWarning(lcIdentity).noquote() << why;

    QSqlQuery q(db);
    // WAL + FULL sync: a commit survives power loss, and a crash mid-write
    // never corrupts what was committed before.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return q.lastError().text();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    const int version = q.value(0).toInt();
    if (version > SchemaVersion)
        return QStringLiteral("it was written by a newer Tandem (schema %1)").arg(version);
    if (version < 1) {
        QString error;
        const bool ok = d.transaction(&error, [](QSqlQuery &query) {
            return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS trusted_devices ("
                                             " device_id TEXT PRIMARY KEY NOT NULL,"
                                             " name TEXT NOT NULL,"
                                             " certificate BLOB NOT NULL,"
                                             " paired_at INTEGER NOT NULL,"
                                             " protocol_version INTEGER NOT NULL,"
                                             " auto_accept_sessions INTEGER NOT NULL DEFAULT 0)"))
                && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
        });
        if (!ok)
            return error;
    }

    // Columns added since schema 1 are added where missing, without a new
    // schema version: every statement names its columns, so an older
    // Tandem opening this store still reads and writes it (the new column
    // stays NULL: unknown), where a version bump would lock it out.
    if (!q.exec(QStringLiteral("PRAGMA table_info(trusted_devices)")))
        return q.lastError().text();
    QStringList columns;
    while (q.next())
        columns.append(q.value(1).toString());
    static constexpr std::pair<QLatin1StringView, QLatin1StringView> AddedColumns[] = {
        {QLatin1StringView("bluetooth_address"), QLatin1StringView("TEXT")},
        {QLatin1StringView("dialled_last_bluetooth_link"), QLatin1StringView("INTEGER")},
    };
    for (const auto &[column, type] : AddedColumns) {
        if (columns.contains(column))
            continue;
        QString error;
        const bool ok = d.transaction(&error, [column, type](QSqlQuery &query) {
            return query.exec(QStringLiteral("ALTER TABLE trusted_devices ADD COLUMN %1 %2").arg(column, type));
        });
        if (!ok)
            return error;
    }

    if (!q.exec(QStringLiteral(
            "SELECT device_id, name, certificate, paired_at, protocol_version, "
            "auto_accept_sessions, bluetooth_address, dialled_last_bluetooth_link FROM trusted_devices")))
        return q.lastError().text();
    while (q.next()) {
        TrustedDevice device;
        device.deviceId = q.value(0).toString();
        device.name = q.value(1).toString();
        device.certificateDer = q.value(2).toByteArray();
        device.pairedAt = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::UTC);
        device.protocolVersion = q.value(4).toInt();
        device.autoAcceptSessions = q.value(5).toBool();
        // Written only after isBluetoothAddress(); a hand-edited store
        // loses the address, not the pairing.
        if (const QString address = q.value(6).toString(); TrustStore::isBluetoothAddress(address))
            device.bluetoothAddress = address;
        if (const QVariant dialled = q.value(7); !dialled.isNull())
            device.dialledLastBluetoothLink = dialled.toInt() != 0;
        d.devices.insert(device.deviceId, device);
    }
    return {};
}

} // namespace

std::unique_ptr<TrustStore> TrustStore::open(const QString &databasePath, QString *error)
{
    auto d = std::make_unique<TrustStorePrivate>();
    d->connectionName = QStringLiteral("tandem-trust-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const QString problem = load(*d, databasePath); !problem.isEmpty()) {
        *error = QStringLiteral("cannot open the trust store %1: %2").arg(databasePath, problem);
        QSqlDatabase::database(d->connectionName, false).close();
        QSqlDatabase::removeDatabase(d->connectionName);
        return nullptr;
    }
    return std::unique_ptr<TrustStore>(new TrustStore(std::move(d)));
}

QList<TrustedDevice> TrustStore::devices() const
{
    return d->devices.values();
}

std::optional<TrustedDevice> TrustStore::find(const QString &deviceId) const
{
    const auto it = d->devices.constFind(deviceId);
    if (it == d->devices.cend())
        return std::nullopt;
    return *it;
}

bool TrustStore::isTrusted(const QString &deviceId) const
{
    return d->devices.contains(deviceId);
}

TrustStore::PinResult TrustStore::pin(const TrustedDevice &device, QString *error)
{
    if (const auto existing = find(device.deviceId)) {
        // The pinned certificate is never replaced silently: the user must
        // unpair first.
        if (existing->certificateDer != device.certificateDer) {
            *error = QStringLiteral("a different certificate is already pinned for device %1").arg(device.deviceId);
            return PinResult::CertificateConflict;
        }
        if (existing->name != device.name && !setName(device.deviceId, device.name, error))
            return PinResult::Failed;
        return PinResult::AlreadyPinned;
    }
    if (d->devices.size() >= MaxTrustedDevices) {
        *error = QStringLiteral("at most %1 devices can be paired; unpair one first").arg(MaxTrustedDevices);
        return PinResult::Failed;
    }
    if (!device.bluetoothAddress.isEmpty() && !isBluetoothAddress(device.bluetoothAddress)) {
        *error
            = QStringLiteral("not a Bluetooth address: %1").arg(device.bluetoothAddress.left(BluetoothAddressLength));
        return PinResult::Failed;
    }
    TrustedDevice stored = device;
    if (!stored.pairedAt.isValid())
        stored.pairedAt = QDateTime::currentDateTimeUtc();
    const bool ok = d->transaction(error, [&stored](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO trusted_devices (device_id, name, certificate, paired_at, "
                                 "protocol_version, auto_accept_sessions, bluetooth_address, "
                                 "dialled_last_bluetooth_link) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(stored.deviceId);
        q.addBindValue(stored.name);
        q.addBindValue(stored.certificateDer);
        q.addBindValue(stored.pairedAt.toSecsSinceEpoch());
        q.addBindValue(stored.protocolVersion);
        q.addBindValue(stored.autoAcceptSessions ? 1 : 0);
        q.addBindValue(stored.bluetoothAddress);
        q.addBindValue(sqlValue(stored.dialledLastBluetoothLink));
        return q.exec();
    });
    if (!ok)
        return PinResult::Failed;
    stored.pairedAt = QDateTime::fromSecsSinceEpoch(stored.pairedAt.toSecsSinceEpoch(), QTimeZone::UTC);
    d->devices.insert(stored.deviceId, stored);
    Q_EMIT deviceTrusted(stored.deviceId);
    return PinResult::Pinned;
}

bool TrustStore::unpin(const QString &deviceId, QString *error)
{
    if (!isTrusted(deviceId)) {
        *error = QStringLiteral("device %1 is not paired").arg(deviceId);
        return false;
    }
    const bool ok = d->transaction(error, [&deviceId](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM trusted_devices WHERE device_id = ?"));
        q.addBindValue(deviceId);
        return q.exec();
    });
    if (!ok)
        return false;
    d->devices.remove(deviceId);
    Q_EMIT deviceUntrusted(deviceId);
    return true;
}

namespace {
enum class Update { Failed, Unchanged, Changed };

// One column of one pinned device: changed in the database first, then in
// the in-memory copy, so the two never disagree. Failed (with `error`) for
// an unknown device or a database error; Unchanged, without a write, when
// the value is already there.
template<typename T>
Update updateField(TrustStorePrivate *d, const QString &deviceId, QLatin1StringView column, T TrustedDevice::*field,
                   const T &value, QString *error)
{
    auto it = d->devices.find(deviceId);
    if (it == d->devices.end()) {
        *error = QStringLiteral("device %1 is not paired").arg(deviceId);
        return Update::Failed;
    }
    if ((*it).*field == value)
        return Update::Unchanged;
    const bool ok = d->transaction(error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE trusted_devices SET %1 = ? WHERE device_id = ?").arg(column));
        q.addBindValue(sqlValue(value));
        q.addBindValue(deviceId);
        return q.exec();
    });
    if (!ok)
        return Update::Failed;
    (*it).*field = value;
    return Update::Changed;
}
} // namespace

bool TrustStore::setName(const QString &deviceId, const QString &name, QString *error)
{
    const Update result = updateField(d.get(), deviceId, QLatin1StringView("name"), &TrustedDevice::name, name, error);
    if (result == Update::Changed)
        Q_EMIT deviceUpdated(deviceId);
    return result != Update::Failed;
}

bool TrustStore::setProtocolVersion(const QString &deviceId, int version, QString *error)
{
    const Update result = updateField(d.get(), deviceId, QLatin1StringView("protocol_version"),
                                      &TrustedDevice::protocolVersion, version, error);
    if (result == Update::Changed)
        Q_EMIT deviceUpdated(deviceId);
    return result != Update::Failed;
}

bool TrustStore::setAutoAcceptSessions(const QString &deviceId, bool autoAccept, QString *error)
{
    const Update result = updateField(d.get(), deviceId, QLatin1StringView("auto_accept_sessions"),
                                      &TrustedDevice::autoAcceptSessions, autoAccept, error);
    if (result == Update::Changed)
        Q_EMIT deviceUpdated(deviceId);
    return result != Update::Failed;
}

bool TrustStore::setBluetoothAddress(const QString &deviceId, const QString &address, QString *error)
{
    if (!address.isEmpty() && !isBluetoothAddress(address)) {
        *error = QStringLiteral("not a Bluetooth address: %1").arg(address.left(BluetoothAddressLength));
        return false;
    }
    const Update result = updateField(d.get(), deviceId, QLatin1StringView("bluetooth_address"),
                                      &TrustedDevice::bluetoothAddress, address, error);
    if (result == Update::Changed)
        Q_EMIT deviceUpdated(deviceId);
    return result != Update::Failed;
}

bool TrustStore::setDialledLastBluetoothLink(const QString &deviceId, bool dialled, QString *error)
{
    const Update result = updateField(d.get(), deviceId, QLatin1StringView("dialled_last_bluetooth_link"),
                                      &TrustedDevice::dialledLastBluetoothLink, std::optional<bool>(dialled), error);
    if (result == Update::Changed)
        Q_EMIT deviceUpdated(deviceId);
    return result != Update::Failed;
}

bool TrustStore::isBluetoothAddress(const QString &address)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"));
    return address.size() == BluetoothAddressLength && shape.matchView(address).hasMatch();
}

} // namespace Tandem
