#pragma once

#include "landingzone.h"

#include <QByteArray>
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
class LandingStore
{
public:
    static constexpr int MaxUncommittedWrites = 512;
    static constexpr std::chrono::milliseconds CommitDelay{100};

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

private:
    LandingStore();
    // Opens the grouping transaction if none is; after a write, counts it.
    void beginWrite();
    void wrote();
    QString m_connection;
    bool m_inTransaction = false;
    int m_uncommitted = 0;
    QTimer m_commitTimer;
    // Prepared once: parsing the SQL again per small file showed in profiles.
    std::optional<QSqlQuery> m_putQuery;
    std::optional<QSqlQuery> m_markDoneQuery;
};

} // namespace Tandem
