#include "transfermanager.h"
#include "transfermanager_p.h"

#include "incomingtransfer_p.h"
#include "outgoingtransfer_p.h"
#include "transferlogging_p.h"
#include "transferprotocol.h"
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>

#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Tandem {

using namespace TransferProtocol;

namespace {
// A receiver only answers on the text lane (accept, verified, rewind, ...):
// anything announcing more than a control message ends the session.
void limitReceiverReplies(Session *session)
{
    session->setIncomingLimit(Session::Kind::Text, MaxControlBytes);
    session->setIncomingLimit(Session::Kind::Bytes, 0);
}

// Allocations this large and larger get their own mapping, returned to
// the kernel when freed; a chunk message (MaxChunkBytes and headers) is
// well below it.
constexpr int KeptAllocationBytes = 4 * 1024 * 1024;
// Free memory at the top of the heap is returned to the kernel only
// beyond this much.
constexpr int KeptFreeBytes = 32 * 1024 * 1024;
static_assert(KeptAllocationBytes > MaxChunkBytes * 2);

constexpr QLatin1StringView AutoAcceptKey{"files/auto-accept/"};
constexpr QLatin1StringView StoreFile{"transfers.sqlite"};

// Stable across runs for the same file in the same state, so that sending
// it again after a restart finds what the receiver already has; a changed
// file (size or time) is a new key and starts over.
QByteArray fileKey(const QFileInfo &info, const QString &name)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(info.absoluteFilePath().toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(name.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(QByteArray::number(info.size()));
    h.addData(QByteArrayView("\0", 1));
    h.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    return h.result().left(FileKeyBytes);
}

// The distinct folders that `folders` (each a folder itself) and `files`
// (each in its parent) make, every prefix counted once ("a/b/c" is three);
// counting stops past `limit`. Deepest first: a folder seen before has all
// its parents seen too, so each path costs one lookup once its folder is
// known, whatever its depth.
qsizetype distinctFolders(const QStringList &folders, const QStringList &files, qsizetype limit)
{
    QSet<QStringView> seen;
    auto add = [&](QStringView dir) {
        while (!dir.isEmpty() && !seen.contains(dir) && seen.size() <= limit) {
            seen.insert(dir);
            const qsizetype slash = dir.lastIndexOf(u'/');
            dir = slash < 0 ? QStringView() : dir.first(slash);
        }
    };
    for (const QString &folder : folders) {
        if (seen.size() > limit)
            break;
        add(folder);
    }
    for (const QString &file : files) {
        if (seen.size() > limit)
            break;
        if (const qsizetype slash = file.lastIndexOf(u'/'); slash > 0)
            add(QStringView(file).first(slash));
    }
    return seen.size();
}

// Declines an offer, saying why; the sender's transfer ends Rejected with
// that reason, and we close the session once it was delivered.
void decline(Session *session, const QString &reason)
{
    QCborMap fields;
    fields.insert(QLatin1StringView("t"), QString(Reject));
    fields.insert(QLatin1StringView("reason"), reason.left(MaxReasonChars));
    QString ignored;
    session->send(QString(), Session::Kind::Text, fields.toCborValue().toCbor(), &ignored);
    qCWarning(lcTransfer) << "declined an offer from" << session->peerDeviceId().left(8) << ":" << reason;
    QObject::connect(session, &Session::delivered, session, [session] { session->close(); });
}

void refuse(Session *session, const QString &why)
{
    qCWarning(lcTransfer) << "refusing a transfer session from" << session->peerDeviceId().left(8) << ":" << why;
    QCborMap fields;
    fields.insert(QLatin1StringView("t"), QString(Cancel));
    fields.insert(QLatin1StringView("reason"), why.left(MaxReasonChars));
    QString ignored;
    session->send(QString(), Session::Kind::Text, fields.toCborValue().toCbor(), &ignored);
    session->close(Session::CloseReason::Refused);
}

} // namespace

TransferManager::TransferManager(SessionManager *sessions, const Options &options, QObject *parent)
    : QObject(parent)
    , d(new TransferManagerPrivate{this, sessions, sessions->device(), options, {}, {}, {}, {}, {}, {}})
{
    d->downloadDir = options.downloadDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                                   : options.downloadDir;
    sessions->registerService(Service);
    connect(sessions, &SessionManager::incomingSession, this, [this](Session *s) { d->onIncomingSession(s); });
    connect(d->device, &LocalDevice::deviceConnected, this,
            [this](const QString &peer) { d->onDeviceConnected(peer); });
}

TransferManager::~TransferManager()
{
    d->sessions->unregisterService(Service);
    // Before the rest of the manager goes: they close their sessions and
    // files as they go.
    const QList<Transfer *> all = transfers();
    qDeleteAll(all);
}

TransferManager::Options TransferManager::options() const
{
    return d->options;
}

QString TransferManager::downloadDir() const
{
    return d->downloadDir;
}

void TransferManager::setDownloadDir(const QString &dir)
{
    d->downloadDir = dir;
}

QList<Transfer *> TransferManager::transfers() const
{
    QList<Transfer *> list;
    for (const QPointer<Transfer> &t : d->transfers) {
        if (t)
            list.append(t);
    }
    return list;
}

void TransferManager::forget(Transfer *transfer)
{
    if (!transfer || transfer->parent() != this)
        return;
    transfer->cancel();
    d->transfers.removeAll(transfer);
    // A cancel, reject or verdict may still be on its way to the peer:
    // closing the session now could overtake it (a close is a control
    // message). The transfer goes once the peer closed, or its fallback did.
    Session *session = transfer->d->session;
    if (session && session->state() != Session::State::Disconnected) {
        connect(session, &Session::closed, transfer, &QObject::deleteLater);
        transfer->d->closeSessionSoon();
        return;
    }
    transfer->deleteLater();
}

bool TransferManager::autoAccepts(const QString &deviceId) const
{
    return d->device->profile()->setting(AutoAcceptKey + deviceId, false).toBool();
}

bool TransferManager::setAutoAccept(const QString &deviceId, bool autoAccept, QString *error)
{
    if (!d->device->profile()->trustStore()->isTrusted(deviceId)) {
        *error = tr("The device is not paired.");
        return false;
    }
    const QString problem = d->device->profile()->setSetting(AutoAcceptKey + deviceId, autoAccept);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

Transfer *TransferManager::send(const QString &peerDeviceId, const QStringList &paths, QString *error)
{
    QList<TransferSource> sources;
    QStringList folders; // empty ones, which no file's path would create
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
        if (!info.isDir()) {
            sources.append({info.absoluteFilePath(), info.fileName()});
            continue;
        }
        // A folder goes whole, under its own name. Links inside it are not
        // followed: they could lead anywhere on this disk.
        const QDir root(info.absoluteFilePath());
        const QString top = info.fileName().isEmpty() ? QStringLiteral("folder") : info.fileName();
        QStringList found;
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found.append(it.next());
            if (sources.size() + found.size() > MaxFilesPerOffer) {
                *error = tr("At most %1 files can be sent at once.").arg(MaxFilesPerOffer);
                return nullptr;
            }
        }
        found.sort();
        QSet<QString> filled; // folders some file lands in, relative to root
        for (const QString &file : std::as_const(found)) {
            const QString relative = root.relativeFilePath(file);
            sources.append({file, top + u'/' + relative});
            for (qsizetype slash = relative.lastIndexOf(u'/'); slash > 0; slash = relative.lastIndexOf(u'/', slash - 1))
                filled.insert(relative.left(slash));
        }
        // Folders with no file below them are offered by name; only the
        // deepest ones: creating those creates their parents.
        QStringList empty;
        QDirIterator dirs(root.path(), QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
        while (dirs.hasNext()) {
            const QString relative = root.relativeFilePath(dirs.next());
            if (!filled.contains(relative))
                empty.append(relative);
            if (sources.size() + folders.size() + empty.size() > MaxFilesPerOffer) {
                *error = tr("At most %1 files and folders can be sent at once.").arg(MaxFilesPerOffer);
                return nullptr;
            }
        }
        empty.sort();
        for (qsizetype i = 0; i < empty.size(); ++i) {
            if (i + 1 < empty.size() && empty.at(i + 1).startsWith(empty.at(i) + u'/'))
                continue; // a parent of the next one
            folders.append(top + u'/' + empty.at(i));
        }
    }
    d->pendingFolders = folders;
    return send(peerDeviceId, sources, error);
}

Transfer *TransferManager::send(const QString &peerDeviceId, const QList<TransferSource> &sources, QString *error,
                                const QString &tag)
{
    const QStringList folders = std::exchange(d->pendingFolders, {});
    if (tag.toUtf8().size() > MaxTagBytes) {
        *error = tr("A transfer's tag can be at most %1 bytes.").arg(MaxTagBytes);
        return nullptr;
    }
    if (!d->device->profile()->trustStore()->isTrusted(peerDeviceId)) {
        *error = tr("The device is not paired.");
        return nullptr;
    }
    if (sources.isEmpty()) {
        *error = tr("There is nothing to send (no files, or only empty folders).");
        return nullptr;
    }
    if (sources.size() + folders.size() > MaxFilesPerOffer) {
        *error = tr("At most %1 files and folders can be sent at once.").arg(MaxFilesPerOffer);
        return nullptr;
    }
    QList<TransferFile> files;
    QList<QByteArray> keys;
    QStringList paths;
    qint64 total = 0;
    qint64 offerBytes = 0;
    QCryptographicHash batchHash(QCryptographicHash::Sha256);
    batchHash.addData(peerDeviceId.toUtf8());
    for (const TransferSource &source : sources) {
        const QFileInfo info(source.path);
        if (!info.isFile() || !info.isReadable()) {
            *error = tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(source.path));
            return nullptr;
        }
        const qsizetype nameBytes = source.name.toUtf8().size();
        if (nameBytes == 0 || nameBytes > MaxOfferedNameBytes) {
            *error = tr("A file's name must be 1 to %1 bytes (%2).").arg(MaxOfferedNameBytes).arg(source.name.left(64));
            return nullptr;
        }
        if (info.size() > MaxFileBytes) {
            *error = tr("%1 is larger than %2 bytes.").arg(QDir::toNativeSeparators(source.path)).arg(MaxFileBytes);
            return nullptr;
        }
        TransferFile f;
        f.name = source.name;
        f.size = info.size();
        f.path = info.absoluteFilePath();
        files.append(f);
        keys.append(fileKey(info, source.name));
        batchHash.addData(keys.constLast());
        paths.append(info.absoluteFilePath());
        if (qAddOverflow(total, f.size, &total) || total > MaxOfferTotalBytes) {
            *error = tr("At most %1 can be sent at once.").arg(QLocale().formattedDataSize(MaxOfferTotalBytes));
            return nullptr;
        }
        offerBytes += nameBytes + 2 * FileKeyBytes + 16;
    }
    QStringList names;
    for (const TransferFile &f : std::as_const(files))
        names.append(f.name);
    if (distinctFolders(folders, names, MaxFoldersPerOffer) > MaxFoldersPerOffer) {
        *error = tr("At most %1 folders can be sent at once.").arg(MaxFoldersPerOffer);
        return nullptr;
    }
    for (const QString &folder : folders)
        offerBytes += folder.toUtf8().size() + 4;
    if (offerBytes > MaxOfferBytes) {
        *error = tr("The list of files is too long to offer at once; send fewer files.");
        return nullptr;
    }
    Session *session = d->sessions->open(peerDeviceId, Service, Service, {}, error);
    if (!session)
        return nullptr;
    limitReceiverReplies(session);
    // Same files to the same device: same batch, so a send repeated after a
    // restart is recognised as the continuation of an accepted one.
    OutgoingTransfer *t = d->create<OutgoingTransfer>(peerDeviceId, batchHash.result().left(BatchIdBytes));
    t->files = files;
    t->keys = keys;
    t->folders = folders;
    t->sources = paths;
    t->tag = tag;
    t->total = total;
    t->attach(session);
    Q_EMIT outgoingTransfer(t->q);
    return t->q;
}

template<class Side> Side *TransferManagerPrivate::create(const QString &peer, const QByteArray &batch)
{
    auto owned = std::make_unique<Side>(this, peer, batch);
    Side *t = owned.get();
    transfers.removeIf([](const QPointer<Transfer> &p) { return p.isNull(); });
    transfers.append(new Transfer(std::move(owned), q));
    return t;
}

LandingStore *TransferManagerPrivate::landingStore(QString *error)
{
    if (!store && storeError.isEmpty()) {
        const QString path = QDir(device->profile()->path()).filePath(StoreFile);
        store = LandingStore::open(path, &storeError);
        if (!store)
            storeError = TransferManager::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), storeError);
        else
            pruneLandings();
    }
    if (!store && error)
        *error = storeError;
    return store.get();
}

void TransferManagerPrivate::pruneLandings()
{
    if (!store)
        return;
    QSet<LandingStore::BatchRef> underWay;
    for (const QPointer<Transfer> &t : std::as_const(transfers)) {
        if (t && t->direction() == Transfer::Direction::Incoming && !t->isFinished())
            underWay.insert({t->d->peer, t->d->batch});
    }
    store->prune(QDateTime::currentDateTimeUtc(), underWay);
}

IncomingTransfer *TransferManagerPrivate::findResumable(const QString &peer, const QByteArray &batch) const
{
    for (const QPointer<Transfer> &t : transfers) {
        IncomingTransfer *incoming = t ? t->d->incoming() : nullptr;
        if (incoming && incoming->peer == peer && incoming->batch == batch
            && incoming->state == Transfer::State::Waiting)
            return incoming;
    }
    return nullptr;
}

void TransferManagerPrivate::onDeviceConnected(const QString &peer)
{
    for (const QPointer<Transfer> &t : std::as_const(transfers)) {
        OutgoingTransfer *outgoing = t ? t->d->outgoing() : nullptr;
        if (!outgoing || outgoing->peer != peer || outgoing->session || outgoing->state != Transfer::State::Waiting)
            continue;
        QString error;
        Session *session = sessions->open(peer, TransferManager::Service, TransferManager::Service, {}, &error);
        if (!session) {
            outgoing->finishWith(Transfer::State::Failed, error);
            continue;
        }
        limitReceiverReplies(session);
        qCInfo(lcTransfer) << "offering transfer" << t->id() << "again";
        outgoing->starts.clear();
        outgoing->attach(session);
    }
}

void TransferManagerPrivate::onIncomingSession(Session *session)
{
    if (session->service() != TransferManager::Service)
        return;
    if (!device->profile()->trustStore()->isTrusted(session->peerDeviceId())) {
        session->reject(SessionManager::ErrorNotPaired, TransferManager::tr("The devices are not paired."));
        session->deleteLater();
        return;
    }
    // What a sender may send us: an offer at most, and chunks; anything
    // announcing more ends the session on its first fragment.
    session->setIncomingLimit(Session::Kind::Text, MaxOfferBytes);
    session->setIncomingLimit(Session::Kind::Bytes, ChunkHeaderBytes + MaxChunkBytes);
    session->accept();
    // Until its offer arrives the session belongs to no transfer: anything
    // but an offer is refused.
    auto *waiting = new QObject(session);
    QObject::connect(
        session, &Session::messageReceived, waiting,
        [this, session, waiting](const QString &, Session::Kind kind, const QByteArray &payload) {
            delete waiting;
            if (kind == Session::Kind::Bytes) {
                refuse(session, TransferManager::tr("file data arrived before any offer"));
                return;
            }
            if (payload.size() > MaxOfferBytes) {
                refuse(session,
                       TransferManager::tr("an offer of %1 bytes (at most %2)").arg(payload.size()).arg(MaxOfferBytes));
                return;
            }
            const QCborMap offer = QCborValue::fromCbor(payload).toMap();
            if (offer.value(QLatin1StringView("t")).toString() != Offer) {
                refuse(session, TransferManager::tr("the first message was not an offer"));
                return;
            }
            onOffer(session, offer);
        });
    QObject::connect(session, &Session::closed, q, [session] {
        // Transfers delete the sessions they took over; this one is ours.
        if (!session->property("tandem-transfer").toBool())
            session->deleteLater();
    });
}

void TransferManagerPrivate::onOffer(Session *session, const QCborMap &offer)
{
    const QString peer = session->peerDeviceId();
    const QByteArray batch = offer.value(QLatin1StringView("id")).toByteArray();
    const QCborArray list = offer.value(QLatin1StringView("files")).toArray();
    if (batch.size() != BatchIdBytes) {
        refuse(session, TransferManager::tr("an offer without a valid id"));
        return;
    }
    const QCborValue tag = offer.value(QLatin1StringView("tag"));
    if (!tag.isUndefined() && (!tag.isString() || tag.toString().toUtf8().size() > MaxTagBytes)) {
        refuse(session, TransferManager::tr("an offer with a malformed tag"));
        return;
    }
    if (list.isEmpty() || list.size() > MaxFilesPerOffer) {
        refuse(session, TransferManager::tr("an offer of %1 files (1 to %2)").arg(list.size()).arg(MaxFilesPerOffer));
        return;
    }
    // A new transfer (not the continuation of one waiting here) needs a
    // slot: checked before the offer's names cost any work.
    if (IncomingTransfer *t = findResumable(peer, batch); !t || t->files.size() != list.size()) {
        int fromPeer = 0;
        int all = 0;
        for (const QPointer<Transfer> &other : std::as_const(transfers)) {
            if (other && other->d->direction == Transfer::Direction::Incoming && !other->isFinished()) {
                ++all;
                fromPeer += other->d->peer == peer ? 1 : 0;
            }
        }
        if (fromPeer >= options.maxUnfinishedTransfersPerPeer) {
            decline(session,
                    TransferManager::tr("This device already has %1 unfinished transfers from yours; send more "
                                        "once they finish, or cancel some.")
                        .arg(fromPeer));
            return;
        }
        if (all >= options.maxUnfinishedTransfers) {
            decline(session,
                    TransferManager::tr("This device already has %1 unfinished transfers; send again once some "
                                        "finish.")
                        .arg(all));
            return;
        }
    }
    const QCborValue dirs = offer.value(QLatin1StringView("dirs"));
    if (!dirs.isUndefined() && (!dirs.isArray() || dirs.toArray().size() > MaxFilesPerOffer - list.size())) {
        refuse(session, TransferManager::tr("an offer with malformed or too many folders"));
        return;
    }
    // An offered name as it will land, or nothing when the offer was
    // declined for it: a name nothing sensible remains of
    // (LandingZone::sanitize()) declines the offer, saying which, rather
    // than guess a name.
    auto landable = [&](const QString &offered, const char *what) -> std::optional<SanitizedPath> {
        QString why;
        auto safe = LandingZone::sanitize(offered, &why);
        if (!safe)
            decline(session, TransferManager::tr("Cannot save \"%1\": %2").arg(offered.left(64), why));
        else if (!safe->changes.isEmpty())
            qCInfo(lcTransfer) << what << offered << "lands as" << safe->relativePath << ":" << safe->changes;
        return safe;
    };
    QStringList folders;
    for (const QCborValue &entry : dirs.toArray()) {
        if (!entry.isString() || entry.toString().toUtf8().size() > MaxOfferedNameBytes) {
            refuse(session, TransferManager::tr("a malformed folder entry in the offer"));
            return;
        }
        const auto safe = landable(entry.toString(), "offered folder");
        if (!safe)
            return;
        folders.append(safe->relativePath);
    }
    QList<TransferFile> files;
    QList<QByteArray> keys;
    QList<SanitizedPath> sanitized;
    QStringList names;
    qint64 total = 0;
    files.reserve(list.size());
    for (const QCborValue &entry : list) {
        const QCborMap file = entry.toMap();
        const QCborValue name = file.value(QLatin1StringView("p"));
        const qint64 size = file.value(QLatin1StringView("s")).toInteger(-1);
        const QByteArray key = file.value(QLatin1StringView("k")).toByteArray();
        if (!name.isString() || name.toString().toUtf8().size() > MaxOfferedNameBytes || size < 0 || size > MaxFileBytes
            || key.size() != FileKeyBytes) {
            refuse(session, TransferManager::tr("a malformed file entry in the offer"));
            return;
        }
        const auto safe = landable(name.toString(), "offered file");
        if (!safe)
            return;
        // Summed with a bound: 16,384 sizes of 2^50 once wrapped to 0.
        if (qAddOverflow(total, size, &total) || total > MaxOfferTotalBytes) {
            refuse(session,
                   TransferManager::tr("an offer of more than %1 in total")
                       .arg(QLocale().formattedDataSize(MaxOfferTotalBytes)));
            return;
        }
        TransferFile f;
        f.name = safe->relativePath;
        f.size = size;
        files.append(f);
        keys.append(key);
        sanitized.append(*safe);
        names.append(safe->relativePath);
    }
    const qsizetype folderTotal = distinctFolders(folders, names, MaxFoldersPerOffer);
    if (folderTotal > MaxFoldersPerOffer) {
        refuse(session, TransferManager::tr("an offer that makes more than %1 folders").arg(MaxFoldersPerOffer));
        return;
    }

    session->setProperty("tandem-transfer", true);
    if (IncomingTransfer *t = findResumable(peer, batch); t && t->files.size() == files.size()) {
        t->folderTotal = folderTotal;
        t->attach(session);
        QString why;
        if (!t->acceptOffer(t->downloadDir, &why)) {
            refuse(session, why);
            t->finishWith(Transfer::State::Failed, why);
        }
        return;
    }
    IncomingTransfer *t = create<IncomingTransfer>(peer, batch);
    t->files = files;
    t->keys = keys;
    t->folders = folders;
    t->folderTotal = folderTotal;
    t->sanitized = sanitized;
    t->landings.resize(files.size());
    t->total = total;
    t->downloadDir = downloadDir;
    t->tag = tag.toString();
    t->attach(session);
    // An offer this device accepted before (same files, same device) goes
    // on without asking again; so does any offer from a device the user
    // chose to trust with files.
    LandingStore *landings = landingStore(nullptr);
    QList<qint64> sizes;
    for (const TransferFile &f : std::as_const(files))
        sizes.append(f.size);
    const bool resuming = landings && landings->wasAccepted(peer, batch, keys, sizes);
    if (resuming || q->autoAccepts(peer)) {
        QString why;
        if (!t->q->accept({}, &why))
            t->q->reject(why);
    }
    Q_EMIT q->incomingTransfer(t->q);
}

void keepFreedMemoryForTransfers()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, KeptAllocationBytes);
    mallopt(M_TRIM_THRESHOLD, KeptFreeBytes);
#endif
}

void setTestHooks(TransferManager *manager, const TransferTestHooks &hooks)
{
    TransferManagerPrivate::get(manager)->hooks = hooks;
}

} // namespace Tandem
