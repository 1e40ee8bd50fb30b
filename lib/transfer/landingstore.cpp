#include "landingstore_p.h"

#include "transferlogging_p.h"

#include <Tandem/ownerpermissions_p.h>

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <tuple>

namespace Tandem {

namespace {
// 2: "updated", when the row was last written (Unix seconds), for pruning.
constexpr int SchemaVersion = 2;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

LandingStore::LandingStore()
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(CommitDelay);
    QObject::connect(&m_commitTimer, &QTimer::timeout, &m_commitTimer, [this] { commit(); });
}

LandingStore::~LandingStore()
{
    commit();
    m_putQuery.reset();
    m_markDoneQuery.reset();
    m_findQuery.reset();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<LandingStore> LandingStore::open(const QString &databasePath, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("Qt's SQLite driver is not installed (Debian/Ubuntu: libqt6sql6-sqlite)");
        return nullptr;
    }
    std::unique_ptr<LandingStore> store(new LandingStore);
    store->m_connection = QStringLiteral("tandem-landings-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            *error = db.lastError().text();
            return nullptr;
        }
        // What was received, from whom and where it landed: owner-only, as
        // the trust store.
        if (QString why; restrictToOwner(databasePath, &why) == OwnerOnlyResult::Failed)
            qCWarning(lcTransfer).noquote() << why;
        QSqlQuery q(db);
        // WAL with NORMAL sync: never corrupt, and a power cut loses at most
        // the last rows — a resume hint, which the SHA-256 check backs up.
        // FULL would cost an fsync per file, too slow for many small files.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
            || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            *error = q.lastError().text();
            return nullptr;
        }
        const int version = q.value(0).toInt();
        if (version > SchemaVersion) {
            *error = QStringLiteral("it was written by a newer Tandem (schema %1)").arg(version);
            return nullptr;
        }
        if (version < 1
            && (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS landings ("
                                       " peer TEXT NOT NULL, file_key BLOB NOT NULL, batch BLOB NOT NULL,"
                                       " size INTEGER NOT NULL, requested TEXT NOT NULL, relative TEXT NOT NULL,"
                                       " final_path TEXT NOT NULL, part_path TEXT NOT NULL,"
                                       " done INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (peer, file_key))"))
                || !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS landings_batch ON landings (peer, batch)"))
                || !q.exec(QStringLiteral("PRAGMA user_version = 1")))) {
            *error = q.lastError().text();
            return nullptr;
        }
        // Rows from schema 1 get 0: old enough that those without a .part
        // go at the first prune, which is the growth this column stops.
        if (version < 2
            && (!q.exec(QStringLiteral("ALTER TABLE landings ADD COLUMN updated INTEGER NOT NULL DEFAULT 0"))
                || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))) {
            *error = q.lastError().text();
            return nullptr;
        }
    }
    return store;
}

std::optional<StoredLanding> LandingStore::find(const QString &peer, const QByteArray &key) const
{
    QSqlQuery &q = prepared(m_findQuery,
                            QStringLiteral("SELECT batch, size, requested, relative, final_path, part_path, done "
                                           "FROM landings WHERE peer = ? AND file_key = ?"));
    q.addBindValue(peer);
    q.addBindValue(key);
    // Not left in progress: an open read statement would hold the commit.
    const auto finished = qScopeGuard([&q] { q.finish(); });
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredLanding s;
    s.peer = peer;
    s.key = key;
    s.batch = q.value(0).toByteArray();
    s.size = q.value(1).toLongLong();
    s.landing = Landing{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    s.done = q.value(6).toBool();
    return s;
}

void LandingStore::beginWrite()
{
    if (m_inTransaction)
        return;
    // If it cannot open, each write commits on its own, as before.
    m_inTransaction = QSqlDatabase::database(m_connection, false).transaction();
    if (m_inTransaction)
        m_commitTimer.start();
}

void LandingStore::wrote()
{
    if (m_inTransaction && ++m_uncommitted >= MaxUncommittedWrites)
        commit();
}

QSqlQuery &LandingStore::prepared(std::optional<QSqlQuery> &query, const QString &sql) const
{
    if (!query) {
        query.emplace(QSqlDatabase::database(m_connection, false));
        query->prepare(sql);
    }
    return *query;
}

bool LandingStore::execWrite(QSqlQuery &query, QString *error)
{
    const bool ok = query.exec();
    if (!ok)
        *error = query.lastError().text();
    query.finish(); // kept prepared, but not in progress: commit() must not wait on it
    if (ok)
        wrote();
    return ok;
}

void LandingStore::commit()
{
    m_commitTimer.stop();
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_uncommitted = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.commit()) {
        qCWarning(lcTransfer) << "could not record received files:" << db.lastError().text();
        db.rollback();
    }
}

bool LandingStore::rememberOffer(const QString &peer, const QByteArray &batch, const QList<QByteArray> &keys,
                                 const QList<qint64> &sizes, QString *error)
{
    commit(); // its own transaction, committed before the offer is answered
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    {
        QSqlQuery q(db);
        // Rows of files already under way (an earlier batch) are kept.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO landings (peer, file_key, batch, size, requested, relative, "
                                 "final_path, part_path, done, updated) VALUES (?, ?, ?, ?, '', '', '', '', 0, ?)"));
        const qint64 now = nowSeconds();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            q.addBindValue(peer);
            q.addBindValue(keys.at(i));
            q.addBindValue(batch);
            q.addBindValue(sizes.at(i));
            q.addBindValue(now);
            if (!q.exec()) {
                *error = q.lastError().text();
                q.finish();
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool LandingStore::wasAccepted(const QString &peer, const QByteArray &batch, const QList<QByteArray> &keys,
                               const QList<qint64> &sizes) const
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto stored = find(peer, keys.at(i));
        if (!stored || stored->size != sizes.at(i) || (stored->batch != batch && !stored->done))
            return false;
    }
    return !keys.isEmpty();
}

bool LandingStore::put(const StoredLanding &s, QString *error)
{
    beginWrite();
    QSqlQuery &q = prepared(m_putQuery,
                            QStringLiteral("INSERT OR REPLACE INTO landings (peer, file_key, batch, size, requested, "
                                           "relative, final_path, part_path, done, updated) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.peer);
    q.addBindValue(s.key);
    q.addBindValue(s.batch);
    q.addBindValue(s.size);
    q.addBindValue(s.landing.requestedPath);
    q.addBindValue(s.landing.relativePath);
    q.addBindValue(s.landing.finalPath);
    q.addBindValue(s.landing.partPath);
    q.addBindValue(s.done ? 1 : 0);
    q.addBindValue(nowSeconds());
    return execWrite(q, error);
}

bool LandingStore::markDone(const QString &peer, const QByteArray &key, const QString &finalPath, QString *error)
{
    beginWrite();
    QSqlQuery &q = prepared(m_markDoneQuery,
                            QStringLiteral("UPDATE landings SET done = 1, final_path = ?, updated = ? "
                                           "WHERE peer = ? AND file_key = ?"));
    q.addBindValue(finalPath);
    q.addBindValue(nowSeconds());
    q.addBindValue(peer);
    q.addBindValue(key);
    return execWrite(q, error);
}

void LandingStore::remove(const QString &peer, const QByteArray &key)
{
    beginWrite();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM landings WHERE peer = ? AND file_key = ?"));
    q.addBindValue(peer);
    q.addBindValue(key);
    if (!q.exec())
        qCWarning(lcTransfer) << "could not forget a landing:" << q.lastError().text();
    wrote();
}

void LandingStore::removeBatch(const QString &peer, const QByteArray &batch)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM landings WHERE peer = ? AND batch = ?"));
    q.addBindValue(peer);
    q.addBindValue(batch);
    if (!q.exec())
        qCWarning(lcTransfer) << "could not forget a batch:" << q.lastError().text();
    commit();
}

int LandingStore::prune(const QDateTime &now, const QSet<BatchRef> &underWay)
{
    commit(); // what is grouped counts, and the deletes get their own transaction
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    struct Row
    {
        qint64 rowid;
        BatchRef batch;
        bool done;
        bool resumable; // not done, and its .part is there
        qint64 updated;
    };
    QList<Row> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT rowid, peer, batch, part_path, done, updated FROM landings"))) {
            qCWarning(lcTransfer) << "could not read received files to prune:" << q.lastError().text();
            return 0;
        }
        while (q.next()) {
            const QString part = q.value(3).toString();
            const bool done = q.value(4).toBool();
            bool resumable = false;
            if (!done && !part.isEmpty()) {
                const QFileInfo partInfo(part);
                resumable = partInfo.isFile() && !partInfo.isSymLink();
            }
            rows.append(Row{q.value(0).toLongLong(), BatchRef{q.value(1).toString(), q.value(2).toByteArray()}, done,
                            resumable, q.value(5).toLongLong()});
        }
    }
    QSet<BatchRef> unfinished; // batches with a row not done
    for (const Row &r : std::as_const(rows)) {
        if (!r.done)
            unfinished.insert(r.batch);
    }
    const qint64 staleBefore = now.toSecsSinceEpoch() - std::chrono::seconds(StaleAfter).count();
    QList<qint64> drop;
    QList<const Row *> kept;
    for (const Row &r : std::as_const(rows)) {
        if (underWay.contains(r.batch))
            continue; // never counted against the cap either: it is in use
        if (r.resumable)
            kept.append(&r);
        else if ((r.done && !unfinished.contains(r.batch)) || r.updated < staleBefore)
            drop.append(r.rowid);
        else
            kept.append(&r);
    }
    const qsizetype over = rows.size() - drop.size() - MaxRecords;
    if (over > 0) {
        // Rows without a .part first, then the oldest.
        std::sort(kept.begin(), kept.end(), [](const Row *a, const Row *b) {
            return std::tie(a->resumable, a->updated) < std::tie(b->resumable, b->updated);
        });
        for (qsizetype i = 0; i < qMin(over, kept.size()); ++i)
            drop.append(kept.at(i)->rowid);
    }
    if (drop.isEmpty())
        return 0;
    const bool inTransaction = db.transaction();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM landings WHERE rowid = ?"));
        for (const qint64 rowid : std::as_const(drop)) {
            q.addBindValue(rowid);
            if (!q.exec()) {
                qCWarning(lcTransfer) << "could not prune received files:" << q.lastError().text();
                break;
            }
        }
    }
    if (inTransaction && !db.commit()) {
        qCWarning(lcTransfer) << "could not prune received files:" << db.lastError().text();
        db.rollback();
        return 0;
    }
    qCDebug(lcTransfer) << "pruned" << drop.size() << "records of received files";
    return int(drop.size());
}

qsizetype LandingStore::recordCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM landings")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace Tandem
