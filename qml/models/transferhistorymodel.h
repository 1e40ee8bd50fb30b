#pragma once

#include "transferhistory.h"

#include "tandemquick_export.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// The transfer history as a list, newest first, with TransferModel's role
// names (TransferList shows it) plus `historyId` and `finishedAt`. Records
// whose transfer is still listed live (TransferModel) wait until it is
// forgotten ("Clear finished"), so that no transfer shows twice.
class TANDEM_QUICK_EXPORT TransferHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TransferHistory *history READ history WRITE setHistory NOTIFY historyChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Role {
        // TransferModel's roles, as far as a finished transfer has them.
        TransferIdRole = Qt::UserRole + 1,
        PeerIdRole,
        PeerNameRole,
        IncomingRole,
        StateRole,
        FinishedRole,
        ErrorRole,
        FileCountRole,
        FilesVerifiedRole,
        TotalBytesRole,
        BytesDoneRole,
        ProgressRole,
        BytesPerSecondRole,
        EtaSecondsRole,
        FilesRole,
        FolderRole,
        // The record, for remove().
        HistoryIdRole,
        FinishedAtRole, // QDateTime, local time
    };
    Q_ENUM(Role)

    explicit TransferHistoryModel(QObject *parent = nullptr);
    ~TransferHistoryModel() override;

    TransferHistory *history() const;
    void setHistory(TransferHistory *history);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Removes the record from the history (the files stay where they are).
    Q_INVOKABLE bool remove(qint64 historyId);

Q_SIGNALS:
    void historyChanged();
    void countChanged();
    void errorOccurred(const QString &message);

private:
    void reload();
    void insertShown(const TransferRecord &record);

    QPointer<TransferHistory> m_history;
    QList<TransferRecord> m_records; // newest first
};
