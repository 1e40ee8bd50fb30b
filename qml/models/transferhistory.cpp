#include "transferhistory.h"
#include "profiledatabase_p.h"

#include <Tandem/deviceidentity.h>
#include <Tandem/localdevice.h>
#include <Tandem/transfer.h>
#include <Tandem/transfermanager.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Tandem;

int TransferRecord::filesVerified() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const File &file) { return file.verified; }));
}

class TransferHistoryPrivate
{
public:
    std::unique_ptr<ProfileDatabase> store;
    int keep = TransferHistory::MaxStoredTransfers;
    QSqlDatabase db() const { return store->db(); }
};

namespace {

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// SQLite stores a null QString as NULL: the columns want text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray filesToJson(const QList<TransferRecord::File> &files)
{
    QJsonArray array;
    for (const TransferRecord::File &file : files) {
        array.append(QJsonObject{
            {QStringLiteral("name"), file.name},
            {QStringLiteral("size"), file.size},
            {QStringLiteral("path"), file.path},
            {QStringLiteral("verified"), file.verified},
            {QStringLiteral("error"), file.error},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<TransferRecord::File> filesFromJson(const QByteArray &json)
{
    QList<TransferRecord::File> files;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        files.append({object.value(QLatin1StringView("name")).toString(),
                      qint64(object.value(QLatin1StringView("size")).toDouble()),
                      object.value(QLatin1StringView("path")).toString(),
                      object.value(QLatin1StringView("verified")).toBool(),
                      object.value(QLatin1StringView("error")).toString()});
    }
    return files;
}

} // namespace

TransferHistory::TransferHistory(std::unique_ptr<TransferHistoryPrivate> d)
    : d(std::move(d))
{ }

TransferHistory::~TransferHistory() = default;

std::unique_ptr<TransferHistory> TransferHistory::open(const QString &databasePath, QString *error, int keep)
{
    auto d = std::make_unique<TransferHistoryPrivate>();
    d->keep = qBound(1, keep, MaxStoredTransfers);
    d->store
        = ProfileDatabase::open(databasePath, QLatin1StringView("transfers"),
                                {QStringLiteral("CREATE TABLE IF NOT EXISTS transfers ("
                                                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                                " transfer TEXT NOT NULL,"
                                                " device TEXT NOT NULL,"
                                                " peer_name TEXT NOT NULL,"
                                                " incoming INTEGER NOT NULL,"
                                                " state INTEGER NOT NULL,"
                                                " error TEXT NOT NULL,"
                                                " folder TEXT NOT NULL,"
                                                " total_bytes INTEGER NOT NULL,"
                                                " file_count INTEGER NOT NULL,"
                                                " files TEXT NOT NULL," // JSON: [{name, size, path, verified, error}]
                                                " finished_at INTEGER NOT NULL)")},
                                error);
    if (!d->store)
        return nullptr;
    return std::unique_ptr<TransferHistory>(new TransferHistory(std::move(d)));
}

void TransferHistory::watch(TransferManager *manager, LocalDevice *device)
{
    m_device = device;
    const auto follow = [this](Transfer *transfer) {
        connect(transfer, &Transfer::finished, this, [this, transfer] { record(transfer); }, Qt::SingleShotConnection);
    };
    const auto existing = manager->transfers();
    for (Transfer *transfer : existing) {
        if (!transfer->isFinished())
            follow(transfer);
    }
    connect(manager, &TransferManager::incomingTransfer, this, follow);
    connect(manager, &TransferManager::outgoingTransfer, this, follow);
}

void TransferHistory::record(Transfer *transfer)
{
    TransferRecord record;
    record.transferId = transfer->id();
    record.deviceId = transfer->peerDeviceId();
    const auto info = m_device ? m_device->device(record.deviceId) : std::nullopt;
    record.peerName = info && !info->name.isEmpty() ? info->name : DeviceIdentity::shortIdFor(record.deviceId);
    record.incoming = transfer->direction() == Transfer::Direction::Incoming;
    record.state = int(transfer->state());
    record.error = transfer->errorString();
    record.folder = record.incoming ? transfer->downloadDir() : QString();
    record.totalBytes = transfer->totalBytes();
    record.fileCount = transfer->fileCount();
    const QList<TransferFile> files = transfer->files();
    for (const TransferFile &file : files.first(qMin(files.size(), qsizetype(MaxStoredFilesPerTransfer))))
        record.files.append({file.name, file.size, file.path, file.verified, file.error});
    QString error;
    const auto kept = append(record, &error);
    if (!kept) {
        qWarning("tandem: a finished transfer was not kept in the history: %s", qPrintable(error));
        return;
    }
    // Listed live until the manager forgets it; the history shows it then.
    m_live.insert(kept->id, transfer);
    connect(transfer, &QObject::destroyed, this, [this, id = kept->id] {
        if (m_live.remove(id))
            Q_EMIT released(id);
    });
    Q_EMIT recorded(*kept);
}

std::optional<TransferRecord> TransferHistory::append(TransferRecord record, QString *error)
{
    if (!record.finishedAt.isValid())
        record.finishedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(d->db());
    query.prepare(
        QStringLiteral("INSERT INTO transfers (transfer, device, peer_name, incoming, state, error, folder,"
                       " total_bytes, file_count, files, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(record.transferId));
    query.addBindValue(text(record.deviceId));
    query.addBindValue(text(record.peerName));
    query.addBindValue(record.incoming ? 1 : 0);
    query.addBindValue(record.state);
    query.addBindValue(text(record.error));
    query.addBindValue(text(record.folder));
    query.addBindValue(record.totalBytes);
    query.addBindValue(qMax(record.fileCount, int(record.files.size())));
    query.addBindValue(QString::fromUtf8(filesToJson(record.files)));
    query.addBindValue(record.finishedAt.toMSecsSinceEpoch());
    if (!exec(query, error))
        return std::nullopt;
    record.id = query.lastInsertId().toLongLong();
    record.fileCount = qMax(record.fileCount, int(record.files.size()));
    // The bound: what falls beyond the newest `keep` goes.
    QSqlQuery prune(d->db());
    prune.prepare(QStringLiteral(
        "DELETE FROM transfers WHERE id <= (SELECT id FROM transfers ORDER BY id DESC LIMIT 1 OFFSET ?)"));
    prune.addBindValue(d->keep);
    if (QString pruneError; !exec(prune, &pruneError))
        qWarning("tandem: cannot trim the transfer history: %s", qPrintable(pruneError));
    return record;
}

namespace {

const auto RecordColumns = "SELECT id, transfer, device, peer_name, incoming, state, error, folder, total_bytes,"
                           " file_count, files, finished_at FROM transfers";

// The records `query` (over RecordColumns) yields, in its order.
QList<TransferRecord> readRecords(QSqlQuery &query)
{
    QList<TransferRecord> records;
    if (QString error; !exec(query, &error)) {
        qWarning("tandem: cannot read the transfer history: %s", qPrintable(error));
        return records;
    }
    while (query.next()) {
        TransferRecord r;
        r.id = query.value(0).toLongLong();
        r.transferId = query.value(1).toString();
        r.deviceId = query.value(2).toString();
        r.peerName = query.value(3).toString();
        r.incoming = query.value(4).toInt() != 0;
        r.state = query.value(5).toInt();
        r.error = query.value(6).toString();
        r.folder = query.value(7).toString();
        r.totalBytes = query.value(8).toLongLong();
        r.fileCount = query.value(9).toInt();
        r.files = filesFromJson(query.value(10).toString().toUtf8());
        r.finishedAt = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong(), QTimeZone::UTC);
        records.append(r);
    }
    return records;
}

} // namespace

QList<TransferRecord> TransferHistory::latest(int limit) const
{
    QSqlQuery query(d->db());
    query.prepare(QLatin1StringView(RecordColumns) + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    query.addBindValue(qBound(0, limit, MaxStoredTransfers));
    return readRecords(query);
}

std::optional<TransferRecord> TransferHistory::find(qint64 recordId) const
{
    QSqlQuery query(d->db());
    query.prepare(QLatin1StringView(RecordColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(recordId);
    const QList<TransferRecord> records = readRecords(query);
    if (records.isEmpty())
        return std::nullopt;
    return records.constFirst();
}

bool TransferHistory::remove(qint64 recordId, QString *error)
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("DELETE FROM transfers WHERE id = ?"));
    query.addBindValue(recordId);
    if (!exec(query, error))
        return false;
    m_live.remove(recordId);
    Q_EMIT removed(recordId);
    return true;
}

bool TransferHistory::isLive(qint64 recordId) const
{
    return !m_live.value(recordId).isNull();
}
