#include "transferhistorymodel.h"
#include "transfermodel.h"

#include <Tandem/transfer.h>

#include <algorithm>

using namespace Tandem;

TransferHistoryModel::TransferHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

TransferHistoryModel::~TransferHistoryModel() = default;

TransferHistory *TransferHistoryModel::history() const
{
    return m_history;
}

void TransferHistoryModel::setHistory(TransferHistory *history)
{
    if (history == m_history)
        return;
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history) {
        // A record whose transfer is forgotten at once (or was never
        // listed) shows now; the others when released.
        connect(m_history, &TransferHistory::recorded, this, [this](const TransferRecord &record) {
            if (!m_history->isLive(record.id))
                insertShown(record);
        });
        connect(m_history, &TransferHistory::released, this, [this](qint64 id) {
            if (const auto record = m_history->find(id))
                insertShown(*record);
        });
        connect(m_history, &TransferHistory::removed, this, [this](qint64 id) {
            for (int row = 0; row < m_records.size(); ++row) {
                if (m_records.at(row).id == id) {
                    beginRemoveRows({}, row, row);
                    m_records.removeAt(row);
                    endRemoveRows();
                    Q_EMIT countChanged();
                    return;
                }
            }
        });
    }
    reload();
    Q_EMIT historyChanged();
}

void TransferHistoryModel::reload()
{
    beginResetModel();
    m_records.clear();
    if (m_history) {
        const QList<TransferRecord> records = m_history->latest();
        for (const TransferRecord &record : records) {
            if (!m_history->isLive(record.id))
                m_records.append(record);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void TransferHistoryModel::insertShown(const TransferRecord &record)
{
    // Newest (highest id) first; a record released late goes where its id says.
    const auto at = std::find_if(m_records.cbegin(), m_records.cend(),
                                 [&record](const TransferRecord &r) { return r.id <= record.id; });
    if (at != m_records.cend() && at->id == record.id)
        return;
    const int row = int(at - m_records.cbegin());
    beginInsertRows({}, row, row);
    m_records.insert(row, record);
    endInsertRows();
    // The history keeps its bound; so does what it shows.
    if (m_records.size() > TransferHistory::MaxStoredTransfers) {
        const int last = int(m_records.size()) - 1;
        beginRemoveRows({}, last, last);
        m_records.removeLast();
        endRemoveRows();
    }
    Q_EMIT countChanged();
}

int TransferHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant TransferHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferRecord &record = m_records.at(index.row());
    const bool completed = record.state == int(Transfer::State::Completed);
    qint64 done = 0;
    for (const TransferRecord::File &file : record.files)
        done += file.verified ? file.size : 0;
    switch (role) {
    case TransferIdRole:
        return record.transferId;
    case PeerIdRole:
        return record.deviceId;
    case Qt::DisplayRole:
    case PeerNameRole:
        return record.peerName;
    case IncomingRole:
        return record.incoming;
    case StateRole:
        return record.state;
    case FinishedRole:
        return true;
    case ErrorRole:
        return record.error;
    case FileCountRole:
        return record.fileCount;
    case FilesVerifiedRole:
        return record.filesVerified();
    case TotalBytesRole:
        return record.totalBytes;
    case BytesDoneRole:
        return completed ? record.totalBytes : done;
    case ProgressRole:
        if (completed)
            return 1.0;
        return record.totalBytes > 0 ? double(qMin(done, record.totalBytes)) / double(record.totalBytes) : 0.0;
    case BytesPerSecondRole:
        return 0.0;
    case EtaSecondsRole:
        return -1;
    case FilesRole: {
        QVariantList files;
        for (const TransferRecord::File &file : record.files) {
            files.append(QVariantMap{
                {QStringLiteral("name"), file.name},
                {QStringLiteral("size"), file.size},
                {QStringLiteral("bytesDone"), file.verified ? file.size : qint64(0)},
                {QStringLiteral("progress"), file.verified ? 1.0 : 0.0},
                {QStringLiteral("path"), file.path},
                {QStringLiteral("verified"), file.verified},
                {QStringLiteral("error"), file.error},
            });
        }
        return files;
    }
    case FolderRole:
        return record.folder;
    case HistoryIdRole:
        return record.id;
    case FinishedAtRole:
        return record.finishedAt.toLocalTime();
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferHistoryModel::roleNames() const
{
    static_assert(int(TransferIdRole) == int(TransferModel::TransferIdRole)
                      && int(FolderRole) == int(TransferModel::FolderRole),
                  "a finished transfer's row has TransferModel's roles, by the same numbers");
    QHash<int, QByteArray> names = TransferModel::transferRoleNames();
    names.insert(HistoryIdRole, "historyId");
    names.insert(FinishedAtRole, "finishedAt");
    return names;
}

bool TransferHistoryModel::remove(qint64 historyId)
{
    if (!m_history) {
        Q_EMIT errorOccurred(tr("There is no transfer history."));
        return false;
    }
    QString error;
    if (!m_history->remove(historyId, &error)) {
        Q_EMIT errorOccurred(tr("Cannot remove the transfer from the history: %1").arg(error));
        return false;
    }
    return true;
}
