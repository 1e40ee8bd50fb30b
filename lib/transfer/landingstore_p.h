#pragma once

#include "landingzone.h"

#include <QByteArray>
#include <QString>

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
class LandingStore
{
public:
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
    void removeBatch(const QString &peer, const QByteArray &batch);

private:
    LandingStore() = default;
    QString m_connection;
};

} // namespace Tandem
