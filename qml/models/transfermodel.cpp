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
    if (manager && m_host)
        setHost(nullptr);
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    clearRows();
    m_manager = manager;
    if (m_manager) {
        // What the manager already holds, oldest first, so the newest ends on top.
        const auto existing = m_manager->transfers();
        for (Transfer *transfer : existing)
            add(transfer);
        connect(m_manager, &TransferManager::incomingTransfer, this, &TransferModel::add<Transfer>);
        connect(m_manager, &TransferManager::outgoingTransfer, this, &TransferModel::add<Transfer>);
    }
    Q_EMIT countChanged();
    updateCounts();
    Q_EMIT managerChanged();
}

DeviceServiceClient *TransferModel::host() const
{
    return m_host;
}

void TransferModel::setHost(DeviceServiceClient *host)
{
    if (host == m_host)
        return;
    if (host && m_manager)
        setManager(nullptr);
    if (m_host)
        m_host->disconnect(this);
    clearRows();
    m_hostNames.clear();
    m_host = host;
    if (m_host) {
        connect(m_host, &DeviceServiceClient::transferAppeared, this, &TransferModel::add<ServiceTransfer>);
        connect(m_host, &DeviceServiceClient::devicesChanged, this, [this](const QList<DeviceInfo> &devices) {
            m_hostNames.clear();
            for (const DeviceInfo &device : devices) {
                if (!device.name.isEmpty())
                    m_hostNames.insert(device.id, device.name);
            }
            if (!m_transfers.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_transfers.size()) - 1), {Qt::DisplayRole, PeerNameRole});
        });
        m_host->watchTransfers();
        m_host->watchDevices(); // for the peers' names
    }
    Q_EMIT countChanged();
    updateCounts();
    Q_EMIT hostChanged();
}

void TransferModel::clearRows()
{
    for (const Row &row : std::as_const(m_transfers)) {
        if (QObject *transfer = row.object())
            disconnect(transfer, nullptr, this, nullptr);
    }
    beginResetModel();
    m_transfers.clear();
    endResetModel();
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

namespace {

// Asks `f` of whichever the row holds (it holds one).
template<typename Row, typename F> decltype(auto) with(const Row &row, F &&f)
{
    return row.local ? f(row.local.data()) : f(row.remote.data());
}

// A transfer's id; one sent through the host gets its id with the host's
// answer, and until then the row goes by a provisional one.
QString idOf(const Transfer *transfer)
{
    return transfer->id();
}

QString idOf(const ServiceTransfer *transfer)
{
    return transfer->id().isEmpty() ? QStringLiteral("sending-%1").arg(quintptr(transfer), 0, 16) : transfer->id();
}

template<typename T> bool waitsForAnswer(const T *transfer)
{
    return transfer->direction() == Transfer::Direction::Incoming && transfer->state() == Transfer::State::Offered;
}

} // namespace

QObject *TransferModel::Row::object() const
{
    return local ? static_cast<QObject *>(local.data()) : static_cast<QObject *>(remote.data());
}

template<typename T> void TransferModel::add(T *transfer)
{
    if (!transfer)
        return;
    Row row;
    if constexpr (std::is_same_v<T, Transfer>)
        row.local = transfer;
    else
        row.remote = transfer;
    if (m_transfers.contains(row))
        return;
    beginInsertRows({}, 0, 0);
    m_transfers.prepend(row);
    endInsertRows();
    connect(transfer, &T::progressChanged, this, [this, transfer] { changed(transfer); });
    connect(transfer, &T::stateChanged, this, [this, transfer] {
        changed(transfer);
        updateCounts();
    });
    connect(transfer, &T::finished, this, [this, transfer](Transfer::State state, const QString &reason) {
        Q_EMIT transferFinished(idOf(transfer), peerName(transfer->peerDeviceId()),
                                transfer->direction() == Transfer::Direction::Incoming, int(state), reason);
    });
    if constexpr (std::is_same_v<T, ServiceTransfer>) {
        connect(transfer, &ServiceTransfer::answerFailed, this, [this, transfer](const QString &reason) {
            fail(tr("Cannot accept the files from %1: %2").arg(peerName(transfer->peerDeviceId()), reason));
        });
    }
    connect(transfer, &QObject::destroyed, this, &TransferModel::removeDeleted);
    Q_EMIT countChanged();
    updateCounts();
    if (waitsForAnswer(transfer))
        Q_EMIT offerArrived(idOf(transfer), transfer->peerDeviceId(), peerName(transfer->peerDeviceId()),
                            transfer->fileCount(), transfer->totalBytes());
}

void TransferModel::removeDeleted()
{
    // The QPointer is null by now: find the row by what is left.
    for (int row = 0; row < m_transfers.size(); ++row) {
        if (!m_transfers.at(row).object()) {
            beginRemoveRows({}, row, row);
            m_transfers.removeAt(row);
            endRemoveRows();
            Q_EMIT countChanged();
            --row;
        }
    }
    updateCounts();
}

void TransferModel::changed(QObject *transfer)
{
    for (int row = 0; row < m_transfers.size(); ++row) {
        if (m_transfers.at(row).object() == transfer) {
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
    }
}

void TransferModel::updateCounts()
{
    int pending = 0;
    int finished = 0;
    for (const Row &row : std::as_const(m_transfers)) {
        if (!row.object())
            continue;
        if (with(row, [](const auto *transfer) { return waitsForAnswer(transfer); }))
            ++pending;
        if (with(row, [](const auto *transfer) { return transfer->isFinished(); }))
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
    if (const QString name = m_hostNames.value(peerId); !name.isEmpty())
        return name;
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

template<typename T> QVariant TransferModel::roleData(const T *transfer, int role) const
{
    const auto progressOf = [](qint64 done, qint64 total) {
        // An empty file is done once it is there.
        return total > 0 ? double(qMin(done, total)) / double(total) : 1.0;
    };
    switch (role) {
    case TransferIdRole:
        return idOf(transfer);
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
                {QStringLiteral("skipped"), file.skipped},
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

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_transfers.at(index.row());
    if (!row.object())
        return {};
    return with(row, [this, role](const auto *transfer) -> QVariant { return roleData(transfer, role); });
}

QHash<int, QByteArray> TransferModel::roleNames() const
{
    return transferRoleNames();
}

QHash<int, QByteArray> TransferModel::transferRoleNames()
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

const TransferModel::Row *TransferModel::find(const QString &transferId) const
{
    // Sending the same files again makes a transfer with the same id: the
    // newest (top) row is the one the user sees acting.
    for (const Row &row : m_transfers) {
        if (row.object() && with(row, [](const auto *transfer) { return idOf(transfer); }) == transferId)
            return &row;
    }
    return nullptr;
}

int TransferModel::indexOf(const QString &transferId) const
{
    const Row *row = find(transferId);
    return row ? int(row - m_transfers.constData()) : -1;
}

bool TransferModel::fail(const QString &message)
{
    Q_EMIT errorOccurred(message);
    return false;
}

QString TransferModel::send(const QString &deviceId, const QList<QUrl> &urls)
{
    if (!m_manager && !(m_host && m_host->isConnected())) {
        fail(tr("Files cannot be sent yet."));
        return {};
    }
    QStringList paths;
    for (const QUrl &url : urls) {
        // A file dialog and a drop give file: URLs; a bare path is taken too.
        QString path = url.isLocalFile() ? url.toLocalFile() : url.scheme().isEmpty() ? url.path() : QString();
#if defined(Q_OS_ANDROID)
        // Android's file dialog gives content: URLs. Qt's Android file
        // engine opens them as they are (QFile, QFileInfo: size, readable),
        // and QFileInfo::fileName() is the document's display name, which
        // TransferManager offers. The host is another process, which holds
        // no grant to read them.
        if (url.scheme() == u"content") {
            if (m_host) {
                fail(tr("Files from other apps cannot be sent through the host: %1").arg(url.toDisplayString()));
                return {};
            }
            path = url.toString(QUrl::FullyEncoded);
        }
#endif
        if (path.isEmpty()) {
            // content: URLs come from Android's documents; elsewhere Qt
            // cannot open them.
            fail(url.scheme() == u"content"
                     ? tr("Documents from Android's content: URLs can be sent only on Android: %1")
                           .arg(url.toDisplayString())
                     : tr("Only local files can be sent: %1").arg(url.toDisplayString()));
            return {};
        }
        paths << path;
    }
    if (paths.isEmpty()) {
        fail(tr("Choose at least one file to send."));
        return {};
    }
    QString error;
    if (m_host) {
        ServiceTransfer *transfer = m_host->sendFiles(deviceId, paths, &error);
        if (!transfer) {
            fail(tr("Cannot send to %1: %2").arg(peerName(deviceId), error));
            return {};
        }
        // Its id comes with the host's answer; a refusal ends it with the reason.
        connect(transfer, &ServiceTransfer::finished, this,
                [this, transfer](Transfer::State state, const QString &why) {
                    if (state == Transfer::State::Failed && transfer->id().isEmpty())
                        fail(tr("Cannot send to %1: %2").arg(peerName(transfer->peerDeviceId()), why));
                });
        add(transfer);
        return idOf(transfer);
    }
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
        if (it->object() && with(*it, [](const auto *transfer) { return waitsForAnswer(transfer); }))
            return with(*it, [](const auto *transfer) { return idOf(transfer); });
    }
    return {};
}

bool TransferModel::isPendingOffer(const QString &transferId) const
{
    const Row *row = find(transferId);
    return row && with(*row, [](const auto *transfer) { return waitsForAnswer(transfer); });
}

QString TransferModel::fileNames(const QString &transferId) const
{
    const Row *row = find(transferId);
    if (!row)
        return {};
    const QList<TransferFile> files = with(*row, [](const auto *transfer) { return transfer->files(); });
    const int count = with(*row, [](const auto *transfer) { return transfer->fileCount(); });
    QStringList lines;
    for (const TransferFile &file : files.first(qMin(files.size(), qsizetype(MaxListedFileNames))))
        lines << tr("%1 (%2)").arg(file.name, QLocale().formattedDataSize(file.size));
    if (const qsizetype more = qMax<qsizetype>(count, files.size()) - lines.size(); more > 0)
        lines << tr("…and %n more file(s)", nullptr, int(more));
    return lines.join(QLatin1Char('\n'));
}

bool TransferModel::acceptOffer(const QString &transferId)
{
    return answerOffer(transferId, std::nullopt);
}

// Accepts every file (no `indexes`) or those chosen, from the host's
// transfer or our own; the folder is made when it is needed.
bool TransferModel::answerOffer(const QString &transferId, const std::optional<QList<int>> &indexes)
{
    const Row *row = find(transferId);
    if (!row || !isPendingOffer(transferId))
        return fail(tr("That offer is no longer waiting."));
    if (indexes && indexes->isEmpty())
        return fail(tr("Choose at least one file, or decline the offer."));
    QString error;
    auto take = [&](auto *transfer, const QString &folder) {
        return indexes ? transfer->acceptFiles(*indexes, folder, &error) : transfer->accept(folder, &error);
    };
    if (row->remote) {
        // The host makes its download folder when it lands files there,
        // and checks the indexes against the offer; a refusal comes back
        // as errorOccurred.
        if (!take(row->remote.data(), QString()))
            return fail(tr("Cannot accept the files from %1: %2").arg(peerName(row->remote->peerDeviceId()), error));
        return true;
    }
    Transfer *transfer = row->local;
    // The default download folder may not exist yet on a fresh system;
    // accepting into it is when it is needed.
    const QString folder = transfer->downloadDir().isEmpty() ? m_manager->downloadDir() : transfer->downloadDir();
    if (!folder.isEmpty())
        QDir().mkpath(folder);
    if (!take(transfer, QString()))
        return fail(tr("Cannot accept the files from %1: %2").arg(peerName(transfer->peerDeviceId()), error));
    return true;
}

QVariantList TransferModel::choosableFiles(const QString &transferId) const
{
    const Row *row = find(transferId);
    if (!row || !isPendingOffer(transferId))
        return {};
    const QList<TransferFile> files = with(*row, [](const auto *transfer) { return transfer->files(); });
    // Through a host a large offer is listed in part: all or nothing.
    const int count = with(*row, [](const auto *transfer) { return transfer->fileCount(); });
    if (files.size() != count || files.size() < 2 || files.size() > MaxChoosableFiles)
        return {};
    QVariantList list;
    for (const TransferFile &file : files)
        list.append(QVariantMap{{QStringLiteral("name"), file.name}, {QStringLiteral("size"), file.size}});
    return list;
}

bool TransferModel::acceptFiles(const QString &transferId, const QList<int> &indexes)
{
    return answerOffer(transferId, indexes);
}

bool TransferModel::rejectOffer(const QString &transferId, const QString &reason)
{
    if (reason.size() > MaxReasonLength)
        return fail(tr("The reason is too long (at most %1 characters).").arg(MaxReasonLength));
    const Row *row = find(transferId);
    if (!row || !isPendingOffer(transferId))
        return fail(tr("That offer is no longer waiting."));
    with(*row, [&reason](auto *transfer) { transfer->reject(reason); });
    return true;
}

bool TransferModel::cancel(const QString &transferId)
{
    const Row *row = find(transferId);
    if (!row || with(*row, [](const auto *transfer) { return transfer->isFinished(); }))
        return fail(tr("That transfer has already ended."));
    // The reason completes "Cancelled here: …" and, on the other device,
    // "Cancelled by the other device: …": not "Cancelled" again.
    with(*row, [](auto *transfer) { transfer->cancel(tr("stopped by the user")); });
    return true;
}

void TransferModel::clearFinished()
{
    const auto rows = m_transfers;
    for (const Row &row : rows) {
        if (row.local && row.local->isFinished() && m_manager)
            m_manager->forget(row.local); // the row goes when the transfer is deleted
        // The host keeps its own history; here the finished row is let go.
        else if (row.remote && row.remote->isFinished())
            row.remote->deleteLater();
    }
}

bool TransferModel::autoAccepts(const QString &deviceId) const
{
    return m_manager && m_manager->autoAccepts(deviceId);
}

bool TransferModel::setAutoAccept(const QString &deviceId, bool autoAccept)
{
    if (m_host)
        return fail(tr("Accepting files without asking is set in the Tandem app itself."));
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
