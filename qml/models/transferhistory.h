#pragma once

#include "tandemquick_export.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace Tandem {
class LocalDevice;
class Transfer;
class TransferManager;
} // namespace Tandem

// One finished transfer, as kept: who, what, when, which way, where its
// files are and how it ended.
struct TANDEM_QUICK_EXPORT TransferRecord
{
    struct File
    {
        QString name;
        qint64 size = 0;
        // Received: where it landed once verified. Sent: the source file.
        QString path;
        bool verified = false;
        QString error;
    };

    qint64 id = 0; // the history's own, for remove()
    QString transferId; // the batch id both sides share
    QString deviceId;
    QString peerName; // as it was then: the device may be gone since
    bool incoming = false;
    int state = 0; // Tandem::Transfer::State: Completed, Rejected, Cancelled or Failed
    QString error; // why it was declined, cancelled or failed
    QString folder; // received: the folder the files landed in
    qint64 totalBytes = 0;
    int fileCount = 0; // all of them; `files` keeps at most MaxStoredFilesPerTransfer
    QList<File> files;
    QDateTime finishedAt; // UTC

    int filesVerified() const;
};

class TransferHistoryPrivate;

// The profile's finished transfers, in SQLite next to its conversations
// (transfers.sqlite; the same conventions as ChatHistory: a connection of
// its own, each change one statement, synchronous writes). What the Files
// page lists after "Clear finished" or a restart. Watching a TransferManager
// records each of its transfers as it finishes; transfers still running
// when Tandem quits resume in the next run (the library's business) and are
// recorded when they end there.
class TANDEM_QUICK_EXPORT TransferHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The transfer history is opened by the application for its profile.")

public:
    // Kept: the newest this many; the oldest go when a new one would pass
    // the bound (a year of a few transfers a day, and a list that loads in
    // one go).
    static constexpr int MaxStoredTransfers = 1000;
    // A record keeps at most this many of its files by name (an offer may
    // carry thousands; the history says how many there were).
    static constexpr int MaxStoredFilesPerTransfer = 200;
    static constexpr auto FileName = "transfers.sqlite";

    ~TransferHistory() override;
    // `keep` is for tests; it is clamped to 1..MaxStoredTransfers.
    static std::unique_ptr<TransferHistory> open(const QString &databasePath, QString *error,
                                                 int keep = MaxStoredTransfers);

    // Records each transfer of `manager` once it finishes; `device` names
    // the peers (without it, or for a device no longer known, the short id).
    void watch(Tandem::TransferManager *manager, Tandem::LocalDevice *device);

    // Stores a record (its id and, if unset, finishedAt are filled in).
    std::optional<TransferRecord> append(TransferRecord record, QString *error);
    // Newest first.
    QList<TransferRecord> latest(int limit = MaxStoredTransfers) const;
    // One record by its id, if it is still kept.
    std::optional<TransferRecord> find(qint64 recordId) const;
    bool remove(qint64 recordId, QString *error);
    // Whether the record's transfer is still in its manager's list (the
    // Files page shows it live there until "Clear finished" or a restart).
    bool isLive(qint64 recordId) const;

Q_SIGNALS:
    void recorded(const TransferRecord &record);
    void removed(qint64 recordId);
    // The record's transfer left its manager's list (forgotten).
    void released(qint64 recordId);

private:
    explicit TransferHistory(std::unique_ptr<TransferHistoryPrivate> d);
    void record(Tandem::Transfer *transfer);

    std::unique_ptr<TransferHistoryPrivate> d;
    QPointer<Tandem::LocalDevice> m_device;
    QHash<qint64, QPointer<Tandem::Transfer>> m_live;
};
