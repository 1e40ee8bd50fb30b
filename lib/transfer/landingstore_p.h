#pragma once

#include "landingzone.h"
#include "transferprotocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QPair>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QTimer>

#include <chrono>

#include <memory>
#include <optional>

namespace Tandem {

// A file being received, as remembered across restarts: enough to find
// its .part file again and continue it when the same device offers the
// same file (same key) again.
struct StoredLanding
{
    QString peer;
    QByteArray key; // the sender's stable key for the file
    QByteArray batch; // the offer it came in
    qint64 size = 0;
    Landing landing;
    bool done = false; // verified and renamed to landing.finalPath
};

// Incomplete landings of one profile, in SQLite (transfers.sqlite). The
// offset reached is not stored: the .part file's length is it, since only
// checked chunks are written, in order.
//
// put(), markDone() and remove() are grouped into one transaction, committed
// after MaxUncommittedWrites of them or CommitDelay, whichever comes first:
// a commit per call cost ~30 system calls (WAL page writes, locks) per small
// file. A crash loses at most that much of these resume hints, as a power
// cut with synchronous=NORMAL already could; the SHA-256 check backs them.
//
// Pruning (prune(), at start-up and whenever an incoming batch ends) keeps
// what a resume needs and drops the rest, so the file does not grow with
// every batch ever received:
// - a row whose .part exists and is not done stays (a resume continues it);
// - a row with no .part (never started, or the .part is gone) or a done row
//   goes once StaleAfter has passed since it was last written: by then the
//   sender is unlikely to offer that batch again, and if it does the user is
//   asked again and the file starts over;
// - done rows of a batch with nothing left unfinished go at once: the batch
//   ended (it was not forgotten only because of a crash);
// - past MaxRecords rows the oldest go, rows without a .part first.
// Rows of batches still under way are never touched.
class LandingStore
{
public:
    static constexpr int MaxUncommittedWrites = 512;
    static constexpr std::chrono::milliseconds CommitDelay{100};
    static constexpr std::chrono::days StaleAfter{14};
    // One whole offer of the largest size must fit (~300 bytes a row, so
    // ~30 MiB at most).
    static constexpr int MaxRecords = TransferProtocol::MaxFilesPerOffer;
    using BatchRef = QPair<QString, QByteArray>; // peer, batch id

    ~LandingStore();
    static std::unique_ptr<LandingStore> open(const QString &databasePath, QString *error);

    std::optional<StoredLanding> find(const QString &peer, const QByteArray &key) const;
    // Records an accepted offer, one row per file without a landing yet,
    // so that the same offer later resumes without asking again.
    bool rememberOffer(const QString &peer, const QByteArray &batch, const QList<QByteArray> &keys,
                       const QList<qint64> &sizes, QString *error);
    // Whether every file offered (key and size) belongs to an unfinished
    // batch of this id that was accepted before: a peer cannot slip new
    // files into an old batch id.
    bool wasAccepted(const QString &peer, const QByteArray &batch, const QList<QByteArray> &keys,
                     const QList<qint64> &sizes) const;
    bool put(const StoredLanding &landing, QString *error);
    bool markDone(const QString &peer, const QByteArray &key, const QString &finalPath, QString *error);
    void remove(const QString &peer, const QByteArray &key);
    // Also commits: a batch's end is a natural point to.
    void removeBatch(const QString &peer, const QByteArray &batch);
    // Commits what is grouped so far (tests, shutdown).
    void commit();
    // Drops records a resume no longer needs (see above); returns how many.
    // now is a parameter so that tests can age the records.
    int prune(const QDateTime &now, const QSet<BatchRef> &underWay);
    qsizetype recordCount() const;

private:
    LandingStore();
    // Opens the grouping transaction if none is; after a write, counts it.
    void beginWrite();
    void wrote();
    QSqlQuery &prepared(std::optional<QSqlQuery> &query, const QString &sql) const;
    bool execWrite(QSqlQuery &query, QString *error);
    QString m_connection;
    bool m_inTransaction = false;
    int m_uncommitted = 0;
    QTimer m_commitTimer;
    // Prepared once: parsing the SQL again per small file showed in profiles.
    std::optional<QSqlQuery> m_putQuery;
    std::optional<QSqlQuery> m_markDoneQuery;
    // find() runs twice per offered file (is it a resume? what arrived?):
    // 20,000 parses for one offer of 10,000 files, unprepared.
    mutable std::optional<QSqlQuery> m_findQuery;
};

} // namespace Tandem
