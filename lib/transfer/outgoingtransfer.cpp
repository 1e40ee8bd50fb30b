#include "outgoingtransfer_p.h"

#include "transferlogging_p.h"
#include "transfermanager_p.h"
#include "transferprotocol.h"
#include <Tandem/localdevice.h>
#include <Tandem/sessionmanager.h>

#include <QCborArray>
#include <QDir>

#include <limits>

namespace Tandem {

using namespace TransferProtocol;

namespace {
// Chunk and end messages the sender keeps queued at most.
constexpr int MaxQueuedMessages = 256;
} // namespace

OutgoingTransfer::OutgoingTransfer(TransferManagerPrivate *manager, const QString &peer, const QByteArray &batch)
    : TransferPrivate(manager, Transfer::Direction::Outgoing, peer, batch)
{ }

OutgoingTransfer::~OutgoingTransfer() = default;

void OutgoingTransfer::setUp()
{
    TransferPrivate::setUp();
    peerReturn.setSingleShot(true);
    QObject::connect(&peerReturn, &QTimer::timeout, q, [this] {
        if (state == Transfer::State::Waiting)
            finishWith(Transfer::State::Failed,
                       Transfer::tr("The other device did not come back within %1 s.")
                           .arg(manager->options.peerReturnTimeout.count() / 1000));
    });
}

void OutgoingTransfer::attach(Session *s)
{
    TransferPrivate::attach(s);
    QObject::connect(s, &Session::delivered, q, [this](Session::Kind kind, qint64 seq) { onDelivered(kind, seq); });
    QObject::connect(s, &Session::opened, q, [this] { sendOffer(); });
}

// ---- What the receiver says

void OutgoingTransfer::onPeerControl(const QString &type, const QCborMap &message, const QString &reason)
{
    if (q->isFinished())
        return;
    if (type == Accept && state == Transfer::State::Offered) {
        onAccepted(message);
    } else if (type == Reject && state == Transfer::State::Offered) {
        if (session)
            session->close();
        finishWith(Transfer::State::Rejected,
                   reason.isEmpty() ? Transfer::tr("The other device declined the files.") : reason);
    } else if (type == Rewind) {
        onRewind(message);
    } else if (type == Verified || type == Failed) {
        const qint64 file = message.value(QLatin1StringView("f")).toInteger(-1);
        if (file < 0 || file >= files.size()) {
            protocolError(Transfer::tr("a verdict on file %1 of %2").arg(file).arg(files.size()));
            return;
        }
        onPeerVerdict(int(file), type == Verified, reason);
    } else {
        protocolError(Transfer::tr("an unexpected \"%1\"").arg(type.left(32)));
    }
}

void OutgoingTransfer::onBulk(const QByteArray &)
{
    protocolError(Transfer::tr("file data sent to the sender"));
}

// ---- Offered

void OutgoingTransfer::sendOffer()
{
    QCborArray list;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCborMap file;
        file.insert(QLatin1StringView("p"), files.at(i).name);
        file.insert(QLatin1StringView("s"), files.at(i).size);
        file.insert(QLatin1StringView("k"), keys.at(i));
        list.append(file);
    }
    QCborMap offer;
    offer.insert(QLatin1StringView("t"), QString(Offer));
    offer.insert(QLatin1StringView("id"), batch);
    offer.insert(QLatin1StringView("files"), list);
    if (!tag.isEmpty())
        offer.insert(QLatin1StringView("tag"), tag);
    if (!folders.isEmpty())
        offer.insert(QLatin1StringView("dirs"), QCborArray::fromStringList(folders));
    QString sendError;
    if (session->send(QString(), Session::Kind::Text, offer.toCborValue().toCbor(), &sendError) == 0)
        finishWith(Transfer::State::Failed, sendError);
    else
        setState(Transfer::State::Offered);
}

void OutgoingTransfer::onAccepted(const QCborMap &message)
{
    const QCborArray list = message.value(QLatin1StringView("start")).toArray();
    if (list.size() != files.size()) {
        protocolError(Transfer::tr("an answer for %1 files to an offer of %2").arg(list.size()).arg(files.size()));
        return;
    }
    // The files the receiver chose ("files"); without it, all of them (a
    // receiver that predates the choice).
    QList<bool> chosen(files.size(), true);
    const QCborValue choice = message.value(QLatin1StringView("files"));
    if (!choice.isUndefined()) {
        const QCborArray indexes = choice.toArray();
        if (!choice.isArray() || indexes.isEmpty() || indexes.size() > files.size()) {
            protocolError(
                Transfer::tr("a choice of %1 files from an offer of %2").arg(indexes.size()).arg(files.size()));
            return;
        }
        chosen.fill(false);
        qint64 previous = -1;
        for (const QCborValue &value : indexes) {
            const qint64 index = value.isInteger() ? value.toInteger() : -1;
            // Ascending, so that a file is named once.
            if (index <= previous || index >= files.size()) {
                protocolError(Transfer::tr("a choice of file %1 from an offer of %2 files")
                                  .arg(value.isInteger() ? QString::number(value.toInteger()) : QStringLiteral("?"))
                                  .arg(files.size()));
                return;
            }
            chosen[index] = true;
            previous = index;
        }
    }
    starts.clear();
    skippedCount = 0;
    total = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qint64 start = list.at(i).toInteger(-2);
        if (start < -1 || start > files.at(i).size) {
            protocolError(Transfer::tr("a start offset of %1 for a file of %2 bytes").arg(start).arg(files.at(i).size));
            return;
        }
        if (!chosen.at(i) && start != -1) {
            protocolError(Transfer::tr("a start offset for file %1, which was not chosen").arg(i));
            return;
        }
        starts.append(start);
        TransferFile &f = files[i];
        f.skipped = !chosen.at(i);
        if (f.skipped) {
            ++skippedCount;
            setFileDone(int(i), 0);
            continue;
        }
        total += f.size;
        if (start < 0 && !f.verified) {
            f.verified = true; // the receiver has it from an earlier run
            ++verifiedCount;
        }
        setFileDone(int(i), start < 0 ? f.size : start);
        if (start > 0)
            qCInfo(lcTransfer) << "resuming" << f.name << "at" << start << "of" << f.size;
    }
    epoch = 0;
    inFlight.clear();
    allSent = false;
    readerIndex = -1;
    reader.close();
    stopSendHasher();
    hashIndex = -1;
    peerReturn.stop();
    error.clear();
    setState(Transfer::State::Transferring);
    advanceTo(0);
    if (verifiedCount + skippedCount == files.size()) {
        if (session)
            session->close();
        finishWith(Transfer::State::Completed, {});
        return;
    }
    pumpSend();
}

// ---- Transferring

void OutgoingTransfer::advanceTo(int index)
{
    while (index < files.size() && starts.at(index) < 0)
        ++index;
    sendIndex = index;
    sendOffset = index < files.size() ? starts.at(index) : 0;
    if (index >= files.size())
        allSent = true;
}

bool OutgoingTransfer::openForReading(int index)
{
    if (readerIndex == index)
        return true;
    reader.close();
    reader.setFileName(sources.at(index));
    const TransferFile &f = files.at(index);
    if (!reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        finishWith(Transfer::State::Failed,
                   Transfer::tr("Could not read %1: %2")
                       .arg(QDir::toNativeSeparators(sources.at(index)), reader.errorString()));
        return false;
    }
    if (reader.size() != f.size) {
        finishWith(Transfer::State::Failed,
                   Transfer::tr("%1 changed size since it was offered (%2 bytes, now %3).")
                       .arg(QDir::toNativeSeparators(sources.at(index)))
                       .arg(f.size)
                       .arg(reader.size()));
        return false;
    }
    readerIndex = index;
    if (hashIndex != index) {
        // Resuming past the start: the digest covers the whole file, so
        // the prefix the receiver already has is hashed here, locally.
        if (!sendHash)
            sendHash.emplace();
        sendHash->reset();
        if (sendOffset > 0 && !sendHash->updateFromFile(reader, sendOffset)) {
            finishWith(Transfer::State::Failed,
                       Transfer::tr("Could not read %1: %2")
                           .arg(QDir::toNativeSeparators(sources.at(index)), reader.errorString()));
            return false;
        }
        hashIndex = index;
        hashedUpTo = sendOffset;
        if (f.size - sendOffset >= ThreadedChunkWorkFromBytes) {
            if (!sendHasher)
                sendHasher = std::make_unique<ChunkWriter>([] { });
            sendHasher->begin(
                nullptr, [hash = &*sendHash](const char *p, qsizetype n) { hash->update(p, n); }, sendOffset);
        }
    }
    return true;
}

void OutgoingTransfer::stopSendHasher()
{
    if (sendHasher && sendHasher->isActive())
        sendHasher->stop();
}

void OutgoingTransfer::closeFiles()
{
    stopSendHasher();
    reader.close();
    readerIndex = -1;
    hashIndex = -1;
}

void OutgoingTransfer::parkFiles()
{
    // Reopened by openForReading(), which finds the hash already there.
    reader.close();
    readerIndex = -1;
}

void OutgoingTransfer::pumpSend()
{
    if (state != Transfer::State::Transferring || !session || session->state() != Session::State::Connected)
        return;
    const TransferManagerOptions &o = manager->options;
    const qint64 chunkBytes = qBound<qint64>(1, o.chunkBytes, MaxChunkBytes);
    // Small files are many small messages: bound their count too, well
    // under the session's queue limit, leaving room for control messages.
    const int maxMessages = qMax(2, qMin(MaxQueuedMessages, manager->sessions->options().maxQueuedMessages / 2));
    // A chunk is queued only if it fits under maxQueuedBytes whole (or the
    // queue is empty), so the queue, and what a rewind resends, stays within
    // that bound whatever the chunk size.
    const qint64 roomFor = qMax(o.maxQueuedBytes, ChunkHeaderBytes + chunkBytes) - (ChunkHeaderBytes + chunkBytes);
    while (!allSent && session->queuedBytes() <= roomFor && session->queuedMessages() < maxMessages) {
        const int index = sendIndex;
        if (!openForReading(index))
            return;
        const qint64 size = files.at(index).size;
        QString sendError;
        if (sendOffset < size) {
            const qint64 n = qMin(chunkBytes, size - sendOffset);
            // Read straight into the message after its header: the only
            // copy on this side is the session's framing.
            QByteArray message(ChunkHeaderBytes + n, Qt::Uninitialized);
            char *data = message.data() + ChunkHeaderBytes;
            if (reader.pos() != sendOffset && !reader.seek(sendOffset)) {
                finishWith(Transfer::State::Failed, reader.errorString());
                return;
            }
            if (reader.read(data, n) != n) {
                finishWith(Transfer::State::Failed,
                           Transfer::tr("Could not read %1: %2")
                               .arg(QDir::toNativeSeparators(sources.at(index)),
                                    reader.error() == QFileDevice::NoError ? Transfer::tr("it became shorter")
                                                                           : reader.errorString()));
                return;
            }
            writeChunkHeader(message, quint32(index), epoch, sendOffset, crc32c(data, n));
            // After a rewind the resent bytes were hashed already. The
            // hasher shares the message: the header is written first, or
            // writing it would copy the message.
            if (sendOffset + n > hashedUpTo) {
                const qint64 skip = hashedUpTo - sendOffset;
                if (sendHasher && sendHasher->isActive())
                    sendHasher->write(message, QByteArrayView(data + skip, n - skip));
                else
                    sendHash->update(data + skip, n - skip);
                hashedUpTo = sendOffset + n;
            }
            if (const auto &tamper = manager->hooks.tamperWithChunk)
                tamper(index, sendOffset, message);
            const qint64 sequence = session->send(QString(), Session::Kind::Bytes, message, &sendError);
            if (sequence == 0) {
                qCWarning(lcTransfer) << "chunk refused by the session:" << sendError;
                return; // the session is closing; its closed() decides what follows
            }
            sendOffset += n;
            bytesSent += n;
            inFlight.push_back({sequence, index, sendOffset});
        }
        if (sendOffset >= size) {
            TransferFile &f = files[index];
            if (sendHasher && sendHasher->isActive())
                sendHasher->finish();
            f.sha256 = sendHash->finish();
            hashIndex = -1;
            reader.close();
            readerIndex = -1;
            const qint64 sequence = session->send(QString(), Session::Kind::Bytes,
                                                  encodeEnd(quint32(index), epoch, size, f.sha256), &sendError);
            if (sequence == 0) {
                qCWarning(lcTransfer) << "end refused by the session:" << sendError;
                return;
            }
            inFlight.push_back({sequence, index, size});
            advanceTo(index + 1);
        }
    }
}

void OutgoingTransfer::onDelivered(Session::Kind kind, qint64 sequence)
{
    if (kind != Session::Kind::Bytes)
        return;
    while (!inFlight.empty() && inFlight.front().sequence <= sequence) {
        const InFlight &chunk = inFlight.front();
        if (chunk.end > files.at(chunk.file).bytesDone)
            setFileDone(chunk.file, chunk.end);
        inFlight.pop_front();
    }
    pumpSend();
}

void OutgoingTransfer::onRewind(const QCborMap &message)
{
    const qint64 file = message.value(QLatin1StringView("f")).toInteger(-1);
    const qint64 offset = message.value(QLatin1StringView("o")).toInteger(-1);
    const qint64 newEpoch = message.value(QLatin1StringView("e")).toInteger(-1);
    if (file < 0 || file >= files.size() || offset < 0 || offset > files.at(file).size || newEpoch <= qint64(epoch)
        || newEpoch > std::numeric_limits<quint32>::max() || starts.value(file, -1) < 0) {
        protocolError(Transfer::tr("a malformed rewind"));
        return;
    }
    qCInfo(lcTransfer) << "resending" << files.at(file).name << "from" << offset << "(the receiver found a"
                       << "damaged chunk)";
    epoch = quint32(newEpoch);
    sendIndex = int(file);
    sendOffset = offset;
    allSent = false;
    pumpSend();
}

void OutgoingTransfer::onPeerVerdict(int index, bool verified, const QString &reason)
{
    TransferFile &f = files[index];
    if (f.skipped) {
        protocolError(Transfer::tr("a verdict on %1, which was not chosen").arg(f.name));
        return;
    }
    if (f.verified || !f.error.isEmpty())
        return;
    if (verified) {
        f.verified = true;
        ++verifiedCount;
        setFileDone(index, f.size);
        Q_EMIT q->fileVerified(index, f.path, f.sha256);
    } else {
        f.error = reason.isEmpty() ? Transfer::tr("The other device could not save it.") : reason;
        ++failedCount;
        Q_EMIT q->fileFailed(index, f.error);
    }
    markProgress();
    if (verifiedCount + failedCount + skippedCount < files.size())
        return;
    if (session)
        session->close();
    if (failedCount == 0)
        finishWith(Transfer::State::Completed, {});
    else
        finishWith(Transfer::State::Failed, Transfer::tr("%n file(s) could not be saved.", nullptr, failedCount));
}

void OutgoingTransfer::onFinished()
{
    peerReturn.stop();
}

// ---- Waiting

void OutgoingTransfer::onSessionResumed()
{
    pumpSend();
}

void OutgoingTransfer::onPeerExited()
{
    // The peer quit or restarted: the offer goes out again once it is back.
    setState(Transfer::State::Waiting, Transfer::tr("Waiting for the other device to come back."));
    waitForPeer();
}

void OutgoingTransfer::waitForPeer()
{
    if (!peerReturn.isActive())
        peerReturn.start(manager->options.peerReturnTimeout);
    if (manager->device->isConnected(peer))
        manager->onDeviceConnected(peer);
    else
        manager->device->connectToDevice(peer);
}

} // namespace Tandem
