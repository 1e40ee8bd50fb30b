#pragma once

#include <optional>

#include <Tandem/deviceserviceclient.h>
#include <Tandem/localdevice.h>
#include <Tandem/servicetransfer.h>
#include <Tandem/transfer.h>
#include <Tandem/transfermanager.h>

#include "tandemquick_export.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// File transfers of a TransferManager, newest first: one row per batch,
// with its files (name, size, progress, where it landed, error) in the
// `files` role. Rows follow the transfers live (progress, rate, ETA,
// state) and stay after they finish until forgotten. Incoming offers wait
// for acceptOffer() / rejectOffer(), answered by transfer id so that an
// offer withdrawn meanwhile never moves the answer onto another.
//
// Its source is either the process's own TransferManager (`manager`, the
// app is the device) or the running Tandem host (`host`): then the rows
// are the host's running transfers and those sent from here, offers are
// answered through the host (whoever answers first decides), and
// auto-accept is the host app's setting.
class TANDEM_QUICK_EXPORT TransferModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Tandem::TransferManager *manager READ manager WRITE setManager NOTIFY managerChanged FINAL)
    // The other source: the running Tandem host, through a client
    // (TandemHost.client in QML). Setting one clears the other.
    Q_PROPERTY(Tandem::DeviceServiceClient *host READ host WRITE setHost NOTIFY hostChanged FINAL)
    // For the peers' names; without it rows show the short device id.
    Q_PROPERTY(Tandem::LocalDevice *device READ device WRITE setDevice NOTIFY deviceChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    // Incoming offers waiting for the user's answer.
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged FINAL)
    // Finished transfers (completed, declined, cancelled, failed): what
    // clearFinished() would remove.
    Q_PROPERTY(int finishedCount READ finishedCount NOTIFY finishedCountChanged FINAL)

public:
    enum Role {
        TransferIdRole = Qt::UserRole + 1,
        PeerIdRole,
        PeerNameRole,
        IncomingRole,
        StateRole, // Transfer::State as int
        FinishedRole,
        ErrorRole,
        FileCountRole,
        FilesVerifiedRole,
        TotalBytesRole,
        BytesDoneRole,
        ProgressRole, // 0..1
        BytesPerSecondRole,
        EtaSecondsRole, // -1 while unknown
        // One map per file: name, size, bytesDone, progress, path, verified, error,
        // skipped (the receiver left it out).
        FilesRole,
        // Incoming: the folder the files land in.
        FolderRole,
    };
    Q_ENUM(Role)

    // The reason of a refusal or cancellation travels to the peer
    // (TransferProtocol's bound on reasons).
    static constexpr qsizetype MaxReasonLength = 200;
    // An offer's dialog names at most this many of its files, then says how
    // many more there are (an offer may carry thousands).
    static constexpr int MaxListedFileNames = 8;
    // An offer of at most this many files lists them with a check box each
    // so that some can be chosen; a larger one (a folder tree) is taken or
    // declined whole.
    static constexpr int MaxChoosableFiles = 100;

    explicit TransferModel(QObject *parent = nullptr);
    ~TransferModel() override;

    Tandem::TransferManager *manager() const;
    void setManager(Tandem::TransferManager *manager);
    Tandem::DeviceServiceClient *host() const;
    void setHost(Tandem::DeviceServiceClient *host);
    Tandem::LocalDevice *device() const;
    void setDevice(Tandem::LocalDevice *device);
    int pendingCount() const;
    int finishedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The roles' names, which TransferHistoryModel shares so that one
    // delegate shows a running transfer and a finished one alike.
    static QHash<int, QByteArray> transferRoleNames();

    // -1 when there is no such transfer.
    Q_INVOKABLE int indexOf(const QString &transferId) const;
    // Sends files and folders (file: URLs, as a file dialog or a drop gives
    // them) to a paired device; the new row's transfer id, or empty with
    // errorOccurred raised. Through a host the id comes with the host's
    // answer: until then the row has a provisional one (this one), and a
    // refusal raises errorOccurred then.
    Q_INVOKABLE QString send(const QString &deviceId, const QList<QUrl> &urls);
    // The oldest incoming offer still waiting, or empty.
    Q_INVOKABLE QString firstPendingOffer() const;
    Q_INVOKABLE bool isPendingOffer(const QString &transferId) const;
    // The files of a transfer by name, one a line, for the offer's dialog:
    // the first MaxListedFileNames, then "…and N more".
    Q_INVOKABLE QString fileNames(const QString &transferId) const;
    // An offer's files to choose from (maps of name and size, in offer
    // order), or an empty list when it cannot be taken in part: more than
    // MaxChoosableFiles files, or one file only.
    Q_INVOKABLE QVariantList choosableFiles(const QString &transferId) const;
    Q_INVOKABLE bool acceptOffer(const QString &transferId);
    // Accepts only the files at `indexes` (into FilesRole's list) of an
    // offer; the others are not sent. Through a host too (the host checks
    // the indexes; its refusal raises errorOccurred).
    Q_INVOKABLE bool acceptFiles(const QString &transferId, const QList<int> &indexes);
    Q_INVOKABLE bool rejectOffer(const QString &transferId, const QString &reason);
    Q_INVOKABLE bool cancel(const QString &transferId);
    // Removes finished rows.
    Q_INVOKABLE void clearFinished();
    // Offers from this paired device are accepted without asking (kept in
    // the profile by the TransferManager).
    Q_INVOKABLE bool autoAccepts(const QString &deviceId) const;
    Q_INVOKABLE bool setAutoAccept(const QString &deviceId, bool autoAccept);
    // Opens a received file, or the folder holding it, with the desktop's
    // default application.
    Q_INVOKABLE bool openFile(const QString &path);
    Q_INVOKABLE bool openFolder(const QString &path);

Q_SIGNALS:
    void managerChanged();
    void hostChanged();
    void deviceChanged();
    void countChanged();
    void pendingCountChanged();
    void finishedCountChanged();
    // A paired device offers files and waits for the user's answer.
    void offerArrived(const QString &transferId, const QString &peerId, const QString &peerName, int fileCount,
                      qint64 totalBytes);
    void transferFinished(const QString &transferId, const QString &peerName, bool incoming, int state,
                          const QString &reason);
    void errorOccurred(const QString &message);

private:
    bool answerOffer(const QString &transferId, const std::optional<QList<int>> &indexes);
    // A row: a transfer of this process's manager, or one the host has.
    // Both types have the same accessors (ServiceTransfer mirrors
    // Transfer), so each question is asked once, of whichever it is.
    struct Row
    {
        QPointer<Tandem::Transfer> local;
        QPointer<Tandem::ServiceTransfer> remote;
        QObject *object() const;
        bool operator==(const Row &other) const { return object() == other.object(); }
    };
    template<typename T> void add(T *transfer);
    template<typename T> QVariant roleData(const T *transfer, int role) const;
    void changed(QObject *transfer);
    void removeDeleted();
    void clearRows();
    void updateCounts();
    const Row *find(const QString &transferId) const;
    QString peerName(const QString &peerId) const;
    bool fail(const QString &message);

    QPointer<Tandem::TransferManager> m_manager;
    QPointer<Tandem::DeviceServiceClient> m_host;
    // Through a host: the names of its device list.
    QHash<QString, QString> m_hostNames;
    QPointer<Tandem::LocalDevice> m_device;
    QList<Row> m_transfers;
    int m_pending = 0;
    int m_finished = 0;
};
