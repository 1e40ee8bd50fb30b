#include "incomingtransfer_p.h"

#include "transferlogging_p.h"
#include "transfermanager_p.h"
#include "transferprotocol.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace Tandem {

using namespace TransferProtocol;

IncomingTransfer::IncomingTransfer(TransferManagerPrivate *manager, const QString &peer, const QByteArray &batch)
    : TransferPrivate(manager, Transfer::Direction::Incoming, peer, batch)
{ }

IncomingTransfer::~IncomingTransfer() = default;

// ---- Offered

void IncomingTransfer::onPeerControl(const QString &type, const QCborMap &, const QString &)
{
    // After the offer, the sender only cancels (TransferPrivate::onControl()).
    protocolError(Transfer::tr("an unexpected \"%1\"").arg(type.left(32)));
}

bool IncomingTransfer::acceptOffer(const QString &dir, QString *why)
{
    LandingStore *store = manager->landingStore(why);
    if (!store)
        return false;
    auto landingZone = std::make_unique<LandingZone>(dir);
    if (!landingZone->isUsable(why))
        return false;
    QCborArray startList;
    // Bytes and new files and folders still to come. Each size is at most
    // MaxFileBytes and their sum was bounded by the offer, but the sum is
    // checked anyway: what it protects is the disk.
    qint64 needed = 0;
    qint64 entries = folderTotal;
    bool overflow = false;
    starts.clear();
    const bool some = !chosen.isEmpty();
    QCborArray chosenList;
    QList<QByteArray> chosenKeys;
    QList<qint64> chosenSizes;
    skippedCount = 0;
    total = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        TransferFile &f = files[i];
        f.skipped = some && !chosen.at(i);
        if (f.skipped) {
            // Not sent, so nothing to make room for; -1 also keeps a sender
            // that predates "files" from sending it.
            ++skippedCount;
            starts.append(-1);
            startList.append(-1);
            setFileDone(int(i), 0);
            continue;
        }
        if (some)
            chosenList.append(i);
        chosenKeys.append(keys.at(i));
        chosenSizes.append(f.size);
        total += f.size;
        qint64 start = 0;
        if (!landings.at(i)) {
            // An earlier run (or transfer) received part or all of it.
            if (const auto stored = store->find(peer, keys.at(i)); stored && stored->size == f.size) {
                if (stored->done && QFileInfo(stored->landing.finalPath).isFile()) {
                    f.verified = true;
                    f.path = stored->landing.finalPath;
                    ++verifiedCount;
                } else if (!stored->done && !stored->landing.partPath.isEmpty()) {
                    landings[i] = stored->landing;
                }
            }
        }
        if (f.verified) {
            start = -1;
        } else if (landings.at(i)) {
            const QFileInfo part(landings.at(i)->partPath);
            if (part.isFile() && !part.isSymLink()) {
                start = qMin(part.size(), f.size);
            } else {
                landings[i].reset(); // gone: start over under a new name
            }
        }
        starts.append(start);
        startList.append(start);
        if (start >= 0) {
            overflow |= qAddOverflow(needed, f.size - start, &needed);
            if (!landings.at(i))
                ++entries;
        }
        setFileDone(int(i), start < 0 ? f.size : start);
    }
    // Folders take room too: a block each, and an inode.
    if (overflow || qAddOverflow(needed, qint64(folderTotal) * LandingZone::FolderBytes, &needed)) {
        *why = Transfer::tr("The files offered are larger than any disk.");
        return false;
    }
    if (!LandingZone::hasRoom(dir, needed, entries, why))
        return false;
    // Only the chosen files are remembered: after a restart the same offer
    // is then not "accepted before" as a whole, and the user is asked again
    // rather than given files they left out.
    if (!store->rememberOffer(peer, batch, chosenKeys, chosenSizes, why))
        return false;
    zone = std::move(landingZone);
    downloadDir = dir;
    recvEpoch = 0;
    rewinds = 0;
    written = 0;
    writerIndex = -1;
    acceptStarts = startList;
    acceptChosen = chosenList;
    error.clear();
    setState(Transfer::State::Transferring);
    // Empty folders first: there even if a file fails. A bounded batch per
    // event-loop pass, and the accept once all are there.
    foldersPending = true;
    // The offer's empty folders come with the whole offer only: a user who
    // picked some files did not ask for them.
    folderStep = some ? folders.size() : 0;
    makeFolderStep(++folderGeneration);
    return true;
}

void IncomingTransfer::makeFolderStep(quint64 generation)
{
    // Cancelled, gone, or accepted again (a resume) meanwhile.
    if (generation != folderGeneration || q->isFinished() || !session || !zone)
        return;
    const qsizetype end = qMin<qsizetype>(folders.size(), folderStep + TransferManager::FoldersPerStep);
    for (; folderStep < end; ++folderStep) {
        // One that cannot be made (a link or a file in the way) is logged
        // and skipped, as nothing is lost with it.
        const QString &folder = folders.at(folderStep);
        QString folderError;
        if (!zone->makeFolder(SanitizedPath{folder, {}}, &folderError))
            qCWarning(lcTransfer) << "could not create the offered folder" << folder << ":" << folderError;
    }
    if (folderStep < folders.size()) {
        QMetaObject::invokeMethod(q, [this, generation] { makeFolderStep(generation); }, Qt::QueuedConnection);
        return;
    }
    foldersPending = false;
    QCborMap answer;
    answer.insert(QLatin1StringView("start"), acceptStarts);
    if (!acceptChosen.isEmpty())
        answer.insert(QLatin1StringView("files"), acceptChosen);
    sendControl(Accept, answer);
    advanceReceiving(0);
}

// ---- Transferring

void IncomingTransfer::onBulk(const QByteArray &payload)
{
    // The session resumed after a link drop: data flows again.
    if (state == Transfer::State::Waiting && zone)
        setState(Transfer::State::Transferring);
    if (state != Transfer::State::Transferring || foldersPending) {
        if (state == Transfer::State::Cancelled && cancelledByUs)
            return; // sent before the sender heard our cancel
        refuseData(state == Transfer::State::Offered || foldersPending
                       ? Transfer::tr("file data arrived before the offer was accepted")
                       : Transfer::tr("file data arrived for a transfer that is not running"));
        return;
    }
    const auto h = decodeBulk(payload);
    if (!h) {
        protocolError(Transfer::tr("a malformed chunk"));
        return;
    }
    if (h->epoch < recvEpoch)
        return; // sent before our rewind reached the sender
    if (h->epoch != recvEpoch || h->file != quint32(recvIndex) || recvIndex >= files.size()) {
        protocolError(Transfer::tr("data for file %1 while file %2 is due").arg(h->file).arg(recvIndex));
        return;
    }
    if (!openForWriting(recvIndex))
        return;
    TransferFile &f = files[recvIndex];
    if (h->kind == BulkKind::End) {
        if (h->offset != f.size || written != f.size) {
            protocolError(Transfer::tr("the end of %1 after %2 of its %3 bytes").arg(f.name).arg(written).arg(f.size));
            return;
        }
        finishFile(h->data);
        return;
    }
    const QByteArrayView data = h->data;
    if (h->offset != written || data.size() > f.size - written) {
        protocolError(Transfer::tr("bytes at %1 of %2 where %3 was due").arg(h->offset).arg(f.name).arg(written));
        return;
    }
    if (crc32c(data.data(), data.size()) != h->crc) {
        if (++rewinds > MaxRewindsPerFile) {
            protocolError(Transfer::tr("%1 damaged chunks in a row in %2").arg(rewinds).arg(f.name));
            return;
        }
        ++recvEpoch;
        qCWarning(lcTransfer) << "damaged chunk at" << written << "of" << f.name << "; asking to resend";
        QCborMap fields;
        fields.insert(QLatin1StringView("f"), recvIndex);
        fields.insert(QLatin1StringView("o"), written);
        fields.insert(QLatin1StringView("e"), qint64(recvEpoch));
        sendControl(Rewind, fields);
        return;
    }
    if (chunkWriter && chunkWriter->isActive()) {
        if (!chunkWriter->write(payload, data)) {
            onDiskError();
            return;
        }
    } else {
        if (writer.write(data.data(), data.size()) != data.size()) {
            onDiskError();
            return;
        }
        recvHash->update(data.data(), data.size());
    }
    rewinds = 0;
    written += data.size();
    setFileDone(recvIndex, written);
}

void IncomingTransfer::refuseData(const QString &why)
{
    qCWarning(lcTransfer) << "refused file data from" << peer.left(8) << ":" << why;
    if (session && session->state() != Session::State::Disconnected) {
        QCborMap fields;
        fields.insert(QLatin1StringView("reason"), why.left(MaxReasonChars));
        sendControl(Cancel, fields);
        session->close(Session::CloseReason::Refused);
    }
    if (!q->isFinished())
        finishWith(Transfer::State::Failed, why);
}

bool IncomingTransfer::openForWriting(int index)
{
    if (writerIndex == index && writer.isOpen())
        return true;
    // Closed while the session was away (parkFiles()): the hash has seen
    // the first `written` bytes, and writing goes on from there.
    const bool parked = writerIndex == index;
    LandingStore *store = manager->landingStore(nullptr);
    QString why;
    const TransferFile &f = files.at(index);
    if (!parked && !landings.at(index)) {
        auto reserved = zone->reserve(sanitized.at(index), &why);
        if (!reserved) {
            QCborMap fields;
            fields.insert(QLatin1StringView("reason"), why.left(MaxReasonChars));
            sendControl(Cancel, fields);
            closeSessionSoon();
            finishWith(Transfer::State::Failed, why);
            return false;
        }
        landings[index] = *reserved;
        if (store)
            store->put({peer, keys.at(index), batch, f.size, *reserved, false}, &why);
    }
    const Landing &landing = *landings.at(index);
    writer.setFileName(landing.partPath);
    if (QFileInfo(landing.partPath).isSymLink() || !writer.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        why = Transfer::tr("Could not open %1: %2")
                  .arg(QDir::toNativeSeparators(landing.partPath), writer.errorString());
        QCborMap fields;
        fields.insert(QLatin1StringView("reason"), why.left(MaxReasonChars));
        sendControl(Cancel, fields);
        closeSessionSoon();
        finishWith(Transfer::State::Failed, why);
        return false;
    }
    const qint64 start = parked ? written : qMax<qint64>(0, starts.at(index));
    if (!parked) {
        if (!recvHash)
            recvHash.emplace();
        recvHash->reset();
    }
    // Only what was checked was written, in order; beyond `start` is
    // nothing we promised to keep.
    if ((writer.size() > start && !writer.resize(start))
        || (!parked && start > 0 && !recvHash->updateFromFile(writer, start)) || !writer.seek(start)) {
        why = Transfer::tr("Could not read back %1: %2")
                  .arg(QDir::toNativeSeparators(landing.partPath), writer.errorString());
        writer.close();
        finishWith(Transfer::State::Failed, why);
        return false;
    }
    writerIndex = index;
    written = start;
    if (!parked)
        rewinds = 0;
    if (f.size - start >= ThreadedChunkWorkFromBytes) {
        if (!chunkWriter) {
            chunkWriter = std::make_unique<ChunkWriter>(
                [this] { QMetaObject::invokeMethod(q, [this] { onChunkWriterFailed(); }, Qt::QueuedConnection); });
        }
        chunkWriter->begin(&writer, [hash = &*recvHash](const char *p, qsizetype n) { hash->update(p, n); }, start);
    }
    return true;
}

void IncomingTransfer::closeFiles()
{
    // What was received and checked goes to disk before the file closes:
    // the peer counts it as delivered, and a resume continues after it.
    if (chunkWriter && chunkWriter->isActive())
        chunkWriter->finish();
    if (writer.isOpen())
        writer.close();
    if (writerIndex >= 0 && landings.value(writerIndex) && zone)
        zone->abandon(*landings.at(writerIndex)); // the .part stays, for a resume
    writerIndex = -1;
}

void IncomingTransfer::parkFiles()
{
    if (!writer.isOpen())
        return;
    // What was queued goes to disk first: the peer counted it delivered.
    if (chunkWriter && chunkWriter->isActive() && !chunkWriter->finish()) {
        onDiskError(true);
        return;
    }
    // writerIndex stays: openForWriting() reopens it at `written`.
    writer.close();
}

void IncomingTransfer::finishFile(QByteArrayView expected)
{
    if (chunkWriter && chunkWriter->isActive() && !chunkWriter->finish()) {
        onDiskError(true);
        return;
    }
    TransferFile &f = files[recvIndex];
    const QByteArray digest = recvHash->finish();
    const Landing landing = *landings.at(recvIndex);
    writer.close();
    writerIndex = -1;
    LandingStore *store = manager->landingStore(nullptr);
    QCborMap fields;
    fields.insert(QLatin1StringView("f"), recvIndex);
    QString why;
    std::optional<QString> savedAs;
    if (digest != expected) {
        why = Transfer::tr("%1 arrived damaged: its SHA-256 does not match the sender's (did the file change while "
                           "it was sent?).")
                  .arg(f.name);
    } else {
        savedAs = zone->finalize(landing, &why);
        if (!savedAs) {
            // Whole and verified, only not in place: deleting it would throw
            // away what a moment's lock (a virus scanner on Windows) kept
            // from being renamed.
            onLandingFailed(landing, why);
            return;
        }
    }
    if (!savedAs) {
        qCWarning(lcTransfer) << why;
        QFile::remove(landing.partPath);
        zone->abandon(landing);
        landings[recvIndex].reset();
        if (store)
            store->remove(peer, keys.at(recvIndex));
        f.error = why;
        ++failedCount;
        fields.insert(QLatin1StringView("reason"), why.left(MaxReasonChars));
        sendControl(Failed, fields);
        Q_EMIT q->fileFailed(recvIndex, why);
    } else {
        f.path = *savedAs;
        f.sha256 = digest;
        f.verified = true;
        ++verifiedCount;
        if (store && !store->markDone(peer, keys.at(recvIndex), *savedAs, &why))
            qCWarning(lcTransfer) << "could not record" << f.name << "as received:" << why;
        sendControl(Verified, fields);
        Q_EMIT q->fileVerified(recvIndex, f.path, digest);
    }
    markProgress();
    advanceReceiving(recvIndex + 1);
}

void IncomingTransfer::advanceReceiving(int index)
{
    while (index < files.size() && starts.at(index) < 0)
        ++index;
    recvIndex = index;
    if (index < files.size())
        return;
    // Every file has its verdict.
    if (LandingStore *store = manager->landingStore(nullptr))
        store->removeBatch(peer, batch);
    if (failedCount == 0)
        finishWith(Transfer::State::Completed, {});
    else
        finishWith(Transfer::State::Failed, Transfer::tr("%n file(s) could not be saved.", nullptr, failedCount));
}

void IncomingTransfer::onFinished()
{
    // This batch no longer counts as under way.
    manager->pruneLandings();
}

void IncomingTransfer::onChunkWriterFailed()
{
    if (!q->isFinished() && writerIndex >= 0 && chunkWriter && chunkWriter->isActive())
        onDiskError();
}

void IncomingTransfer::onDiskError(bool writerFailed)
{
    QString reason = writer.errorString();
    if (chunkWriter && (writerFailed || chunkWriter->isActive())) {
        // What was queued behind the failed write is dropped.
        if (chunkWriter->isActive())
            chunkWriter->stop();
        reason = chunkWriter->errorString();
        written = chunkWriter->written();
        setFileDone(writerIndex, written);
    }
    const Landing landing = *landings.at(writerIndex);
    // Keep exactly what was checked and written whole: a resume continues
    // from there.
    writer.resize(written);
    const QStorageInfo storage(downloadDir);
    const bool full = storage.isValid() && storage.bytesAvailable() < LandingZone::FreeSpaceMarginBytes;
    const QString why = full
        ? Transfer::tr("The disk holding %1 is full (%2 free). The partial file is kept; send "
                       "the files again once there is room, and they continue from %3.")
              .arg(QDir::toNativeSeparators(downloadDir), QLocale().formattedDataSize(storage.bytesAvailable()),
                   QLocale().formattedDataSize(done))
        : Transfer::tr("Could not write %1: %2. The partial file is kept.")
              .arg(QDir::toNativeSeparators(landing.partPath), reason);
    endAndTell(Cancel, why.left(MaxReasonChars * 2), Transfer::State::Failed, why);
}

void IncomingTransfer::onLandingFailed(const Landing &landing, const QString &reason)
{
    // The part file and its record stay (the record is not marked done),
    // so the same files sent again resume with this one complete: only the
    // rename is tried again. The batch stops here, as on a full disk: what
    // refused this rename would likely refuse the next.
    zone->abandon(landing);
    // The outcome first: the peer is sent the start of it only.
    const QString why = Transfer::tr("%1 is kept, received whole: send the files again to finish. %2")
                            .arg(QFileInfo(landing.partPath).fileName(), reason);
    qCWarning(lcTransfer) << why;
    endAndTell(Cancel, why.left(MaxReasonChars * 2), Transfer::State::Failed, why);
}

// ---- Waiting

void IncomingTransfer::onPeerExited()
{
    // The sender quit or restarted: an accepted batch waits for its offer
    // to come again, and is answered from where its files stopped.
    if (state != Transfer::State::Offered) {
        setState(Transfer::State::Waiting, Transfer::tr("Waiting for the other device to come back."));
        return;
    }
    finishWith(Transfer::State::Cancelled, Transfer::tr("The other device withdrew the offer."));
}

} // namespace Tandem
