#include "transfermodel.h"

#include <Tandem/deviceidentity.h>

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

using namespace Tandem;

TransferModel::TransferModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

TransferModel::~TransferModel() = default;

TransferManager *TransferModel::manager() const
{
    return m_manager;
}

void TransferModel::setManager(TransferManager *manager)
{
    if (manager == m_manager)
        return;
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    for (const auto &transfer : std::as_const(m_transfers)) {
        if (transfer)
            disconnect(transfer, nullptr, this, nullptr);
    }
    beginResetModel();
    m_transfers.clear();
    m_manager = manager;
    endResetModel();
    if (m_manager) {
        // What the manager already holds, oldest first, so the newest ends on top.
        const auto existing = m_manager->transfers();
        for (Transfer *transfer : existing)
            add(transfer);
        connect(m_manager, &TransferManager::incomingTransfer, this, &TransferModel::add);
        connect(m_manager, &TransferManager::outgoingTransfer, this, &TransferModel::add);
    }
    Q_EMIT countChanged();
    updateCounts();
    Q_EMIT managerChanged();
}

LocalDevice *TransferModel::device() const
{
    return m_device;
}

void TransferModel::setDevice(LocalDevice *device)
{
    if (device == m_device)
        return;
    m_device = device;
    if (!m_transfers.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_transfers.size()) - 1), {PeerNameRole});
    Q_EMIT deviceChanged();
}

int TransferModel::pendingCount() const
{
    return m_pending;
}

int TransferModel::finishedCount() const
{
    return m_finished;
}

void TransferModel::add(Transfer *transfer)
{
    if (!transfer || m_transfers.contains(transfer))
        return;
    beginInsertRows({}, 0, 0);
    m_transfers.prepend(transfer);
    endInsertRows();
    connect(transfer, &Transfer::progressChanged, this, [this, transfer] { changed(transfer); });
    connect(transfer, &Transfer::stateChanged, this, [this, transfer] {
        changed(transfer);
        updateCounts();
    });
    connect(transfer, &Transfer::finished, this, [this, transfer](Transfer::State state, const QString &reason) {
        Q_EMIT transferFinished(transfer->id(), peerName(transfer->peerDeviceId()),
                                transfer->direction() == Transfer::Direction::Incoming, int(state), reason);
    });
    connect(transfer, &QObject::destroyed, this, [this] {
        // The QPointer is null by now: find the row by what is left.
        for (int row = 0; row < m_transfers.size(); ++row) {
            if (m_transfers.at(row).isNull()) {
                beginRemoveRows({}, row, row);
                m_transfers.removeAt(row);
                endRemoveRows();
                Q_EMIT countChanged();
                --row;
            }
        }
        updateCounts();
    });
    Q_EMIT countChanged();
    const bool waitsForUs
        = transfer->direction() == Transfer::Direction::Incoming && transfer->state() == Transfer::State::Offered;
    updateCounts();
    if (waitsForUs)
        Q_EMIT offerArrived(transfer->id(), transfer->peerDeviceId(), peerName(transfer->peerDeviceId()),
                            transfer->fileCount(), transfer->totalBytes());
}

void TransferModel::changed(Transfer *transfer)
{
    const int row = int(m_transfers.indexOf(transfer));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void TransferModel::updateCounts()
{
    int pending = 0;
    int finished = 0;
    for (const auto &transfer : std::as_const(m_transfers)) {
        if (transfer && transfer->direction() == Transfer::Direction::Incoming
            && transfer->state() == Transfer::State::Offered)
            ++pending;
        if (transfer && transfer->isFinished())
            ++finished;
    }
    if (finished != m_finished) {
        m_finished = finished;
        Q_EMIT finishedCountChanged();
    }
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT pendingCountChanged();
}

QString TransferModel::peerName(const QString &peerId) const
{
    if (m_device) {
        if (const auto info = m_device->device(peerId); info && !info->name.isEmpty())
            return info->name;
    }
    return DeviceIdentity::shortIdFor(peerId);
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer *transfer = m_transfers.at(index.row());
    if (!transfer)
        return {};
    const auto progressOf = [](qint64 done, qint64 total) {
        // An empty file is done once it is there.
        return total > 0 ? double(qMin(done, total)) / double(total) : 1.0;
    };
    switch (role) {
    case TransferIdRole:
        return transfer->id();
    case PeerIdRole:
        return transfer->peerDeviceId();
    case Qt::DisplayRole:
    case PeerNameRole:
        return peerName(transfer->peerDeviceId());
    case IncomingRole:
        return transfer->direction() == Transfer::Direction::Incoming;
    case StateRole:
        return int(transfer->state());
    case FinishedRole:
        return transfer->isFinished();
    case ErrorRole:
        return transfer->errorString();
    case FileCountRole:
        return transfer->fileCount();
    case FilesVerifiedRole:
        return transfer->filesVerified();
    case TotalBytesRole:
        return transfer->totalBytes();
    case BytesDoneRole:
        return transfer->bytesDone();
    case ProgressRole:
        if (transfer->state() == Transfer::State::Completed)
            return 1.0;
        return transfer->totalBytes() > 0 ? progressOf(transfer->bytesDone(), transfer->totalBytes()) : 0.0;
    case BytesPerSecondRole:
        return transfer->bytesPerSecond();
    case EtaSecondsRole:
        return transfer->etaSeconds();
    case FilesRole: {
        QVariantList files;
        const QList<TransferFile> list = transfer->files();
        files.reserve(list.size());
        for (const TransferFile &file : list) {
            files.append(QVariantMap{
                {QStringLiteral("name"), file.name},
                {QStringLiteral("size"), file.size},
                {QStringLiteral("bytesDone"), file.bytesDone},
                {QStringLiteral("progress"), file.verified ? 1.0 : progressOf(file.bytesDone, file.size)},
                {QStringLiteral("path"), file.path},
                {QStringLiteral("verified"), file.verified},
                {QStringLiteral("error"), file.error},
            });
        }
        return files;
    }
    case FolderRole:
        return transfer->direction() == Transfer::Direction::Incoming ? transfer->downloadDir() : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferModel::roleNames() const
{
    return {
        {TransferIdRole, "transferId"},
        {PeerIdRole, "peerId"},
        {PeerNameRole, "peerName"},
        {IncomingRole, "incoming"},
        {StateRole, "state"},
        {FinishedRole, "finished"},
        {ErrorRole, "errorString"},
        {FileCountRole, "fileCount"},
        {FilesVerifiedRole, "filesVerified"},
        {TotalBytesRole, "totalBytes"},
        {BytesDoneRole, "bytesDone"},
        {ProgressRole, "progress"},
        {BytesPerSecondRole, "bytesPerSecond"},
        {EtaSecondsRole, "etaSeconds"},
        {FilesRole, "files"},
        {FolderRole, "folder"},
    };
}

Transfer *TransferModel::find(const QString &transferId) const
{
    // Sending the same files again makes a transfer with the same id: the
    // newest (top) row is the one the user sees acting.
    for (const auto &transfer : m_transfers) {
        if (transfer && transfer->id() == transferId)
            return transfer;
    }
    return nullptr;
}

int TransferModel::indexOf(const QString &transferId) const
{
    for (int row = 0; row < m_transfers.size(); ++row) {
        if (m_transfers.at(row) && m_transfers.at(row)->id() == transferId)
            return row;
    }
    return -1;
}

bool TransferModel::fail(const QString &message)
{
    Q_EMIT errorOccurred(message);
    return false;
}

QString TransferModel::send(const QString &deviceId, const QList<QUrl> &urls)
{
    if (!m_manager) {
        fail(tr("Files cannot be sent yet."));
        return {};
    }
    QStringList paths;
    for (const QUrl &url : urls) {
        // A file dialog and a drop give file: URLs; a bare path is taken too.
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.scheme().isEmpty() ? url.path() : QString();
        if (path.isEmpty()) {
            fail(tr("Only local files can be sent: %1").arg(url.toDisplayString()));
            return {};
        }
        paths << path;
    }
    if (paths.isEmpty()) {
        fail(tr("Choose at least one file to send."));
        return {};
    }
    QString error;
    Transfer *transfer = m_manager->send(deviceId, paths, &error);
    if (!transfer) {
        fail(tr("Cannot send to %1: %2").arg(peerName(deviceId), error));
        return {};
    }
    // outgoingTransfer() added it already when the manager emits it; make sure.
    add(transfer);
    return transfer->id();
}

QString TransferModel::firstPendingOffer() const
{
    // Rows are newest first: the oldest waiting offer is the last one.
    for (auto it = m_transfers.crbegin(); it != m_transfers.crend(); ++it) {
        const Transfer *transfer = *it;
        if (transfer && transfer->direction() == Transfer::Direction::Incoming
            && transfer->state() == Transfer::State::Offered)
            return transfer->id();
    }
    return {};
}

bool TransferModel::isPendingOffer(const QString &transferId) const
{
    const Transfer *transfer = find(transferId);
    return transfer && transfer->direction() == Transfer::Direction::Incoming
        && transfer->state() == Transfer::State::Offered;
}

QString TransferModel::fileNames(const QString &transferId) const
{
    const Transfer *transfer = find(transferId);
    if (!transfer)
        return {};
    const QList<TransferFile> files = transfer->files();
    QStringList lines;
    for (const TransferFile &file : files.first(qMin(files.size(), qsizetype(MaxListedFileNames))))
        lines << tr("%1 (%2)").arg(file.name, QLocale().formattedDataSize(file.size));
    if (const qsizetype more = files.size() - lines.size(); more > 0)
        lines << tr("…and %n more file(s)", nullptr, int(more));
    return lines.join(QLatin1Char('\n'));
}

bool TransferModel::acceptOffer(const QString &transferId)
{
    Transfer *transfer = find(transferId);
    if (!transfer || !isPendingOffer(transferId))
        return fail(tr("That offer is no longer waiting."));
    // The default download folder may not exist yet on a fresh system;
    // accepting into it is when it is needed.
    const QString folder = transfer->downloadDir().isEmpty() ? m_manager->downloadDir() : transfer->downloadDir();
    if (!folder.isEmpty())
        QDir().mkpath(folder);
    QString error;
    if (!transfer->accept({}, &error))
        return fail(tr("Cannot accept the files from %1: %2").arg(peerName(transfer->peerDeviceId()), error));
    return true;
}

bool TransferModel::rejectOffer(const QString &transferId, const QString &reason)
{
    if (reason.size() > MaxReasonLength)
        return fail(tr("The reason is too long (at most %1 characters).").arg(MaxReasonLength));
    Transfer *transfer = find(transferId);
    if (!transfer || !isPendingOffer(transferId))
        return fail(tr("That offer is no longer waiting."));
    transfer->reject(reason);
    return true;
}

bool TransferModel::cancel(const QString &transferId)
{
    Transfer *transfer = find(transferId);
    if (!transfer || transfer->isFinished())
        return fail(tr("That transfer has already ended."));
    // The reason completes "Cancelled here: …" and, on the other device,
    // "Cancelled by the other device: …": not "Cancelled" again.
    transfer->cancel(tr("stopped by the user"));
    return true;
}

void TransferModel::clearFinished()
{
    if (!m_manager)
        return;
    const auto transfers = m_transfers;
    for (const auto &transfer : transfers) {
        if (transfer && transfer->isFinished())
            m_manager->forget(transfer); // the row goes when the transfer is deleted
    }
}

bool TransferModel::autoAccepts(const QString &deviceId) const
{
    return m_manager && m_manager->autoAccepts(deviceId);
}

bool TransferModel::setAutoAccept(const QString &deviceId, bool autoAccept)
{
    if (!m_manager)
        return fail(tr("Files cannot be received yet."));
    QString error;
    if (!m_manager->setAutoAccept(deviceId, autoAccept, &error))
        return fail(error);
    // Auto-accepted files land without a question, so the (default) folder
    // must be there by then; a folder chosen in Settings is made when chosen.
    if (autoAccept && !m_manager->downloadDir().isEmpty())
        QDir().mkpath(m_manager->downloadDir());
    return true;
}

bool TransferModel::openFile(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return fail(tr("The file \"%1\" is not there any more.").arg(QDir::toNativeSeparators(path)));
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return fail(tr("No application opens \"%1\".").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TransferModel::openFolder(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (path.isEmpty() || !QFileInfo(folder).isDir())
        return fail(tr("The folder \"%1\" is not there any more.").arg(QDir::toNativeSeparators(folder)));
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        return fail(tr("No application opens \"%1\".").arg(QDir::toNativeSeparators(folder)));
    return true;
}
