#include "transfer.h"
#include "transfer_p.h"

#include "transferlogging_p.h"
#include "transfermanager_p.h"
#include "transferprotocol.h"
#include <Tandem/cryptoruntime_p.h>
#include <Tandem/localdevice.h>
#include <Tandem/sessionmanager.h>

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace Tandem {

using namespace TransferProtocol;

namespace {
// Reading and re-hashing a file's prefix (on resume) goes in blocks this large.
constexpr qint64 HashBlockBytes = 1024 * 1024;
// Files at least this large are written on the chunk writer's thread; a
// smaller one is written at once, as handing it over would cost more than
// writing it.
constexpr qint64 ThreadedWriteFromBytes = 1024 * 1024;
// Chunk and end messages the sender keeps queued at most.
constexpr int MaxQueuedMessages = 256;
// Rate is measured over this much recent history.
constexpr qint64 RateWindowMs = 3000;
// After our cancel or reject, the peer closes the session; if it does not,
// we do, once this has passed.
constexpr std::chrono::milliseconds CloseFallback{5000};
} // namespace

// ---- Sha256

Sha256::Sha256()
    : m_hash((CryptoRuntime::ensureInitialized(), QStringLiteral("sha256")), QString(CryptoRuntime::DefaultProvider))
{ }

void Sha256::update(const char *data, qsizetype size)
{
    // QCA takes an int length: feed huge spans in pieces.
    while (size > 0) {
        const int n = int(qMin<qsizetype>(size, 1 << 30));
        m_hash.update(data, n);
        data += n;
        size -= n;
    }
}

QByteArray Sha256::finish()
{
    const QByteArray digest = m_hash.final().toByteArray();
    m_hash.clear();
    return digest;
}

bool Sha256::updateFromFile(QFile &file, qint64 bytes)
{
    if (!file.seek(0))
        return false;
    QByteArray block(qMin(bytes, HashBlockBytes), Qt::Uninitialized);
    while (bytes > 0) {
        const qint64 n = file.read(block.data(), qMin<qint64>(bytes, block.size()));
        if (n <= 0)
            return false;
        update(block.constData(), n);
        bytes -= n;
    }
    return true;
}

// ---- Transfer

Transfer::Transfer(std::unique_ptr<TransferPrivate> dd, QObject *parent)
    : QObject(parent)
    , d(std::move(dd))
{
    d->q = this;
    d->clock.start();
    d->progressTimer.setInterval(d->manager->options.progressInterval);
    connect(&d->progressTimer, &QTimer::timeout, this, [this] { d->reportProgress(); });
    d->closeFallback.setSingleShot(true);
    connect(&d->closeFallback, &QTimer::timeout, this, [this] {
        if (d->session)
            d->session->close();
    });
    d->peerReturn.setSingleShot(true);
    connect(&d->peerReturn, &QTimer::timeout, this, [this] {
        if (d->state == State::Waiting)
            d->finishWith(State::Failed,
                          tr("The other device did not come back within %1 s.")
                              .arg(d->manager->options.peerReturnTimeout.count() / 1000));
    });
}

Transfer::~Transfer()
{
    d->closeFiles();
    if (d->session) {
        d->session->disconnect(this);
        // As an app that quit: an unfinished transfer waits for it to
        // come back, and resumes then. A finished one just ends.
        if (d->session->state() != Session::State::Disconnected)
            d->session->close(isFinished() ? Session::CloseReason::PeerClosed : Session::CloseReason::PeerExited);
        d->session->deleteLater();
    }
}

QString Transfer::id() const
{
    return QString::fromLatin1(d->batch.toHex());
}

QString Transfer::peerDeviceId() const
{
    return d->peer;
}

QString Transfer::tag() const
{
    return d->tag;
}

Transfer::Direction Transfer::direction() const
{
    return d->direction;
}

Transfer::State Transfer::state() const
{
    return d->state;
}

bool Transfer::isFinished() const
{
    return d->state == State::Completed || d->state == State::Rejected || d->state == State::Cancelled
        || d->state == State::Failed;
}

QString Transfer::errorString() const
{
    return d->error;
}

int Transfer::fileCount() const
{
    return int(d->files.size());
}

int Transfer::folderCount() const
{
    return int(d->folders.size());
}

QList<TransferFile> Transfer::files() const
{
    return d->files;
}

QVariantList Transfer::fileList() const
{
    QVariantList list;
    list.reserve(d->files.size());
    for (const TransferFile &f : d->files) {
        list.append(QVariantMap{{QStringLiteral("name"), f.name},
                                {QStringLiteral("size"), f.size},
                                {QStringLiteral("bytesDone"), f.bytesDone},
                                {QStringLiteral("path"), f.path},
                                {QStringLiteral("sha256"), f.sha256Hex()},
                                {QStringLiteral("verified"), f.verified},
                                {QStringLiteral("error"), f.error}});
    }
    return list;
}

qint64 Transfer::totalBytes() const
{
    return d->total;
}

qint64 Transfer::bytesDone() const
{
    return d->done;
}

int Transfer::filesVerified() const
{
    return d->verifiedCount;
}

double Transfer::bytesPerSecond() const
{
    return d->rate;
}

qint64 Transfer::etaSeconds() const
{
    if (d->rate <= 0 || isFinished())
        return isFinished() ? 0 : -1;
    return qint64(double(d->total - d->done) / d->rate + 0.5);
}

qint64 Transfer::bytesSent() const
{
    return d->bytesSent;
}

QString Transfer::downloadDir() const
{
    return d->downloadDir;
}

bool Transfer::accept(const QString &downloadDir, QString *error)
{
    QString ignored;
    QString *why = error ? error : &ignored;
    if (d->direction != Direction::Incoming || d->state != State::Offered) {
        *why = tr("Only an incoming offer that is still open can be accepted.");
        return false;
    }
    return d->acceptOffer(downloadDir.isEmpty() ? d->manager->downloadDir : downloadDir, why);
}

void Transfer::reject(const QString &reason)
{
    if (d->direction != Direction::Incoming || d->state != State::Offered)
        return;
    const QString shown = reason.isEmpty() ? tr("The other device declined the files.") : reason;
    QCborMap fields;
    fields.insert(QLatin1StringView("reason"), shown.left(MaxReasonChars));
    d->sendControl(Reject, fields);
    d->cancelledByUs = true;
    d->closeSessionSoon();
    d->finishWith(State::Rejected, shown);
}

void Transfer::cancel(const QString &reason)
{
    if (isFinished())
        return;
    const QString shown = reason.isEmpty() ? tr("cancelled by the user") : reason;
    QCborMap fields;
    fields.insert(QLatin1StringView("reason"), shown.left(MaxReasonChars));
    d->sendControl(Cancel, fields);
    d->cancelledByUs = true;
    d->closeSessionSoon();
    d->finishWith(State::Cancelled, tr("Cancelled here: %1").arg(shown));
}

// ---- TransferPrivate: both directions

TransferPrivate::TransferPrivate(TransferManagerPrivate *m, Transfer::Direction dir, const QString &peerId,
                                 const QByteArray &batchId)
    : manager(m)
    , direction(dir)
    , peer(peerId)
    , batch(batchId)
{ }

TransferPrivate::~TransferPrivate() = default;

void TransferPrivate::setState(Transfer::State next, const QString &reason)
{
    if (!reason.isEmpty())
        error = reason;
    if (state == next)
        return;
    state = next;
    if (next == Transfer::State::Transferring)
        progressTimer.start();
    Q_EMIT q->stateChanged(next);
}

void TransferPrivate::finishWith(Transfer::State next, const QString &reason)
{
    if (q->isFinished())
        return;
    closeFiles();
    peerReturn.stop();
    progressTimer.stop();
    rate = 0;
    setState(next, reason);
    if (next != Transfer::State::Completed)
        qCInfo(lcTransfer) << "transfer" << q->id() << "ended:" << next << reason;
    // After the state change: this batch no longer counts as under way.
    if (direction == Transfer::Direction::Incoming)
        manager->pruneLandings();
    Q_EMIT q->progressChanged();
    Q_EMIT q->finished(next, reason);
}

void TransferPrivate::closeFiles()
{
    stopSendHasher();
    reader.close();
    readerIndex = -1;
    hashIndex = -1;
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

void TransferPrivate::parkFiles()
{
    // Reopened by openForReading(), which finds the hash already there.
    reader.close();
    readerIndex = -1;
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

void TransferPrivate::attach(Session *s)
{
    if (session) {
        session->disconnect(q);
        session->deleteLater();
    }
    session = s;
    QObject::connect(
        s, &Session::messageReceived, q,
        [this](const QString &, Session::Kind kind, const QByteArray &payload) { onMessage(kind, payload); });
    QObject::connect(s, &Session::delivered, q, [this](Session::Kind kind, qint64 seq) { onDelivered(kind, seq); });
    QObject::connect(s, &Session::closed, q,
                     [this](Session::CloseReason reason, const QString &detail) { onSessionClosed(reason, detail); });
    QObject::connect(s, &Session::stateChanged, q, [this](Session::State sessionState) {
        if (sessionState == Session::State::Reconnecting && state == Transfer::State::Transferring) {
            setState(Transfer::State::Waiting, QObject::tr("Waiting for the other device to come back."));
            parkFiles();
        } else if (sessionState == Session::State::Connected && state == Transfer::State::Waiting
                   && !starts.isEmpty()) {
            error.clear();
            setState(Transfer::State::Transferring);
            pumpSend();
        }
    });
    if (direction == Transfer::Direction::Outgoing)
        QObject::connect(s, &Session::opened, q, [this] { sendOffer(); });
}

void TransferPrivate::sendControl(QLatin1StringView type, QCborMap fields)
{
    if (!session || session->state() == Session::State::Disconnected)
        return;
    fields.insert(QLatin1StringView("t"), QString(type));
    QString sendError;
    if (session->send(QString(), Session::Kind::Text, fields.toCborValue().toCbor(), &sendError) == 0)
        qCWarning(lcTransfer) << "could not send" << type << ":" << sendError;
}

void TransferPrivate::closeSessionSoon()
{
    if (session && session->state() != Session::State::Disconnected)
        closeFallback.start(CloseFallback);
}

void TransferPrivate::protocolError(const QString &what)
{
    qCWarning(lcTransfer) << "peer" << peer.left(8) << "broke the transfer protocol:" << what;
    if (session && session->state() != Session::State::Disconnected) {
        QCborMap fields;
        fields.insert(QLatin1StringView("reason"), what.left(MaxReasonChars));
        sendControl(Cancel, fields);
        session->close(Session::CloseReason::Refused);
    }
    finishWith(Transfer::State::Failed, QObject::tr("The other device sent something invalid: %1").arg(what));
}

void TransferPrivate::onMessage(Session::Kind kind, const QByteArray &payload)
{
    if (kind == Session::Kind::Bytes) {
        if (direction == Transfer::Direction::Incoming)
            onBulk(payload);
        else
            protocolError(QObject::tr("file data sent to the sender"));
        return;
    }
    if (payload.size() > MaxControlBytes) {
        protocolError(
            QObject::tr("a control message of %1 bytes (at most %2)").arg(payload.size()).arg(MaxControlBytes));
        return;
    }
    const QCborValue value = QCborValue::fromCbor(payload);
    if (!value.isMap()) {
        protocolError(QObject::tr("a control message that is not a CBOR map"));
        return;
    }
    onControl(value.toMap());
}

void TransferPrivate::onControl(const QCborMap &message)
{
    const QString type = message.value(QLatin1StringView("t")).toString();
    const QString reason = message.value(QLatin1StringView("reason")).toString().left(MaxReasonChars);
    if (type == Cancel) {
        if (q->isFinished())
            return;
        if (session)
            session->close();
        finishWith(Transfer::State::Cancelled, QObject::tr("Cancelled by the other device: %1").arg(reason));
        return;
    }
    if (direction == Transfer::Direction::Outgoing) {
        if (q->isFinished())
            return;
        if (type == Accept && state == Transfer::State::Offered) {
            onAccepted(message);
        } else if (type == Reject && state == Transfer::State::Offered) {
            if (session)
                session->close();
            finishWith(Transfer::State::Rejected,
                       reason.isEmpty() ? QObject::tr("The other device declined the files.") : reason);
        } else if (type == Rewind) {
            const qint64 file = message.value(QLatin1StringView("f")).toInteger(-1);
            const qint64 offset = message.value(QLatin1StringView("o")).toInteger(-1);
            const qint64 newEpoch = message.value(QLatin1StringView("e")).toInteger(-1);
            if (file < 0 || file >= files.size() || offset < 0 || offset > files.at(file).size
                || newEpoch <= qint64(epoch) || newEpoch > std::numeric_limits<quint32>::max()
                || starts.value(file, -1) < 0) {
                protocolError(QObject::tr("a malformed rewind"));
                return;
            }
            qCInfo(lcTransfer) << "resending" << files.at(file).name << "from" << offset << "(the receiver found a"
                               << "damaged chunk)";
            epoch = quint32(newEpoch);
            sendIndex = int(file);
            sendOffset = offset;
            allSent = false;
            pumpSend();
        } else if (type == Verified || type == Failed) {
            const qint64 file = message.value(QLatin1StringView("f")).toInteger(-1);
            if (file < 0 || file >= files.size()) {
                protocolError(QObject::tr("a verdict on file %1 of %2").arg(file).arg(files.size()));
                return;
            }
            onPeerVerdict(int(file), type == Verified, reason);
        } else {
            protocolError(QObject::tr("an unexpected \"%1\"").arg(type.left(32)));
        }
        return;
    }
    // Incoming: after the offer, the sender only cancels.
    protocolError(QObject::tr("an unexpected \"%1\"").arg(type.left(32)));
}

void TransferPrivate::onSessionClosed(Session::CloseReason reason, const QString &detail)
{
    Session *s = session;
    session = nullptr;
    if (s)
        s->deleteLater();
    if (q->isFinished() || reason == Session::CloseReason::ClosedLocally)
        return;
    closeFiles();
    if (reason == Session::CloseReason::PeerExited) {
        // The peer quit or restarted: the sender offers again once it is
        // back, and the receiver answers from where its files stopped.
        if (direction == Transfer::Direction::Outgoing || state != Transfer::State::Offered) {
            setState(Transfer::State::Waiting, QObject::tr("Waiting for the other device to come back."));
            if (direction == Transfer::Direction::Outgoing)
                waitForPeer();
            return;
        }
        finishWith(Transfer::State::Cancelled, QObject::tr("The other device withdrew the offer."));
        return;
    }
    if (reason == Session::CloseReason::NetworkDisconnected) {
        finishWith(Transfer::State::Failed, detail.isEmpty() ? QObject::tr("The other device is gone.") : detail);
        return;
    }
    finishWith(reason == Session::CloseReason::Refused ? Transfer::State::Failed : Transfer::State::Cancelled,
               detail.isEmpty() ? QObject::tr("The other device closed the transfer.") : detail);
}

void TransferPrivate::markProgress()
{
    progressDirty = true;
}

void TransferPrivate::setFileDone(int index, qint64 bytes)
{
    TransferFile &f = files[index];
    if (bytes == f.bytesDone)
        return;
    done += bytes - f.bytesDone;
    f.bytesDone = bytes;
    progressDirty = true;
    Q_EMIT q->fileProgress(index, bytes, f.size);
}

void TransferPrivate::reportProgress()
{
    const qint64 now = clock.elapsed();
    samples.emplace_back(now, done);
    while (samples.size() > 2 && now - samples.front().first > RateWindowMs)
        samples.pop_front();
    const auto &[t0, b0] = samples.front();
    if (now > t0)
        rate = qMax(0.0, double(done - b0) * 1000.0 / double(now - t0));
    if (!progressDirty && rate == 0)
        return;
    progressDirty = false;
    Q_EMIT q->progressChanged();
}

// ---- Sending

void TransferPrivate::waitForPeer()
{
    if (!peerReturn.isActive())
        peerReturn.start(manager->options.peerReturnTimeout);
    if (manager->device->isConnected(peer))
        manager->onDeviceConnected(peer);
    else
        manager->device->connectToDevice(peer);
}

void TransferPrivate::sendOffer()
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

void TransferPrivate::onAccepted(const QCborMap &message)
{
    const QCborArray list = message.value(QLatin1StringView("start")).toArray();
    if (list.size() != files.size()) {
        protocolError(QObject::tr("an answer for %1 files to an offer of %2").arg(list.size()).arg(files.size()));
        return;
    }
    starts.clear();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qint64 start = list.at(i).toInteger(-2);
        if (start < -1 || start > files.at(i).size) {
            protocolError(QObject::tr("a start offset of %1 for a file of %2 bytes").arg(start).arg(files.at(i).size));
            return;
        }
        starts.append(start);
        TransferFile &f = files[i];
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
    if (verifiedCount == files.size()) {
        if (session)
            session->close();
        finishWith(Transfer::State::Completed, {});
        return;
    }
    pumpSend();
}

void TransferPrivate::advanceTo(int index)
{
    while (index < files.size() && starts.at(index) < 0)
        ++index;
    sendIndex = index;
    sendOffset = index < files.size() ? starts.at(index) : 0;
    if (index >= files.size())
        allSent = true;
}

bool TransferPrivate::openForReading(int index)
{
    if (readerIndex == index)
        return true;
    reader.close();
    reader.setFileName(sources.at(index));
    const TransferFile &f = files.at(index);
    if (!reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        finishWith(Transfer::State::Failed,
                   QObject::tr("Could not read %1: %2")
                       .arg(QDir::toNativeSeparators(sources.at(index)), reader.errorString()));
        return false;
    }
    if (reader.size() != f.size) {
        finishWith(Transfer::State::Failed,
                   QObject::tr("%1 changed size since it was offered (%2 bytes, now %3).")
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
                       QObject::tr("Could not read %1: %2")
                           .arg(QDir::toNativeSeparators(sources.at(index)), reader.errorString()));
            return false;
        }
        hashIndex = index;
        hashedUpTo = sendOffset;
        if (f.size - sendOffset >= ThreadedWriteFromBytes) {
            if (!sendHasher)
                sendHasher = std::make_unique<ChunkWriter>([] { });
            sendHasher->begin(
                nullptr, [hash = &*sendHash](const char *p, qsizetype n) { hash->update(p, n); }, sendOffset);
        }
    }
    return true;
}

void TransferPrivate::stopSendHasher()
{
    if (sendHasher && sendHasher->isActive())
        sendHasher->stop();
}

void TransferPrivate::pumpSend()
{
    if (direction != Transfer::Direction::Outgoing || state != Transfer::State::Transferring || !session
        || session->state() != Session::State::Connected)
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
                           QObject::tr("Could not read %1: %2")
                               .arg(QDir::toNativeSeparators(sources.at(index)),
                                    reader.error() == QFileDevice::NoError ? QObject::tr("it became shorter")
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
            if (o.tamperWithChunkForTesting)
                o.tamperWithChunkForTesting(index, sendOffset, message);
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

void TransferPrivate::onDelivered(Session::Kind kind, qint64 sequence)
{
    if (kind != Session::Kind::Bytes || direction != Transfer::Direction::Outgoing)
        return;
    while (!inFlight.empty() && inFlight.front().sequence <= sequence) {
        const InFlight &chunk = inFlight.front();
        if (chunk.end > files.at(chunk.file).bytesDone)
            setFileDone(chunk.file, chunk.end);
        inFlight.pop_front();
    }
    pumpSend();
}

void TransferPrivate::onPeerVerdict(int index, bool verified, const QString &reason)
{
    TransferFile &f = files[index];
    if (f.verified || !f.error.isEmpty())
        return;
    if (verified) {
        f.verified = true;
        ++verifiedCount;
        setFileDone(index, f.size);
        Q_EMIT q->fileVerified(index, f.path, f.sha256);
    } else {
        f.error = reason.isEmpty() ? QObject::tr("The other device could not save it.") : reason;
        ++failedCount;
        Q_EMIT q->fileFailed(index, f.error);
    }
    markProgress();
    if (verifiedCount + failedCount < files.size())
        return;
    if (session)
        session->close();
    if (failedCount == 0)
        finishWith(Transfer::State::Completed, {});
    else
        finishWith(Transfer::State::Failed, QObject::tr("%n file(s) could not be saved.", nullptr, failedCount));
}

// ---- Receiving

bool TransferPrivate::acceptOffer(const QString &dir, QString *why)
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
    for (qsizetype i = 0; i < files.size(); ++i) {
        TransferFile &f = files[i];
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
        *why = QObject::tr("The files offered are larger than any disk.");
        return false;
    }
    if (!LandingZone::hasRoom(dir, needed, entries, why))
        return false;
    QList<qint64> sizes;
    for (const TransferFile &f : std::as_const(files))
        sizes.append(f.size);
    if (!store->rememberOffer(peer, batch, keys, sizes, why))
        return false;
    zone = std::move(landingZone);
    downloadDir = dir;
    recvEpoch = 0;
    rewinds = 0;
    written = 0;
    writerIndex = -1;
    acceptStarts = startList;
    error.clear();
    setState(Transfer::State::Transferring);
    // Empty folders first: there even if a file fails. A bounded batch per
    // event-loop pass, and the accept once all are there.
    foldersPending = true;
    folderStep = 0;
    makeFolderStep(++folderGeneration);
    return true;
}

void TransferPrivate::makeFolderStep(quint64 generation)
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
    sendControl(Accept, answer);
    advanceReceiving(0);
}

void TransferPrivate::advanceReceiving(int index)
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
        finishWith(Transfer::State::Failed, QObject::tr("%n file(s) could not be saved.", nullptr, failedCount));
}

void TransferPrivate::refuseData(const QString &why)
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

bool TransferPrivate::openForWriting(int index)
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
        why = QObject::tr("Could not open %1: %2")
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
        why = QObject::tr("Could not read back %1: %2")
                  .arg(QDir::toNativeSeparators(landing.partPath), writer.errorString());
        writer.close();
        finishWith(Transfer::State::Failed, why);
        return false;
    }
    writerIndex = index;
    written = start;
    if (!parked)
        rewinds = 0;
    if (f.size - start >= ThreadedWriteFromBytes) {
        if (!chunkWriter) {
            chunkWriter = std::make_unique<ChunkWriter>(
                [this] { QMetaObject::invokeMethod(q, [this] { onChunkWriterFailed(); }, Qt::QueuedConnection); });
        }
        chunkWriter->begin(&writer, [hash = &*recvHash](const char *p, qsizetype n) { hash->update(p, n); }, start);
    }
    return true;
}

void TransferPrivate::onBulk(const QByteArray &payload)
{
    // The session resumed after a link drop: data flows again.
    if (state == Transfer::State::Waiting && zone)
        setState(Transfer::State::Transferring);
    if (state != Transfer::State::Transferring || foldersPending) {
        if (state == Transfer::State::Cancelled && cancelledByUs)
            return; // sent before the sender heard our cancel
        refuseData(state == Transfer::State::Offered || foldersPending
                       ? QObject::tr("file data arrived before the offer was accepted")
                       : QObject::tr("file data arrived for a transfer that is not running"));
        return;
    }
    const auto h = decodeBulk(payload);
    if (!h) {
        protocolError(QObject::tr("a malformed chunk"));
        return;
    }
    if (h->epoch < recvEpoch)
        return; // sent before our rewind reached the sender
    if (h->epoch != recvEpoch || h->file != quint32(recvIndex) || recvIndex >= files.size()) {
        protocolError(QObject::tr("data for file %1 while file %2 is due").arg(h->file).arg(recvIndex));
        return;
    }
    if (!openForWriting(recvIndex))
        return;
    TransferFile &f = files[recvIndex];
    if (h->kind == BulkKind::End) {
        if (h->offset != f.size || written != f.size) {
            protocolError(QObject::tr("the end of %1 after %2 of its %3 bytes").arg(f.name).arg(written).arg(f.size));
            return;
        }
        finishFile(h->data);
        return;
    }
    const QByteArrayView data = h->data;
    if (h->offset != written || data.size() > f.size - written) {
        protocolError(QObject::tr("bytes at %1 of %2 where %3 was due").arg(h->offset).arg(f.name).arg(written));
        return;
    }
    if (crc32c(data.data(), data.size()) != h->crc) {
        if (++rewinds > MaxRewindsPerFile) {
            protocolError(QObject::tr("%1 damaged chunks in a row in %2").arg(rewinds).arg(f.name));
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

void TransferPrivate::onChunkWriterFailed()
{
    if (!q->isFinished() && writerIndex >= 0 && chunkWriter && chunkWriter->isActive())
        onDiskError();
}

void TransferPrivate::onDiskError(bool writerFailed)
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
        ? QObject::tr("The disk holding %1 is full (%2 free). The partial file is kept; send "
                      "the files again once there is room, and they continue from %3.")
              .arg(QDir::toNativeSeparators(downloadDir), QLocale().formattedDataSize(storage.bytesAvailable()),
                   QLocale().formattedDataSize(done))
        : QObject::tr("Could not write %1: %2. The partial file is kept.")
              .arg(QDir::toNativeSeparators(landing.partPath), reason);
    QCborMap fields;
    fields.insert(QLatin1StringView("reason"), why.left(MaxReasonChars * 2));
    sendControl(Cancel, fields);
    cancelledByUs = true;
    closeSessionSoon();
    finishWith(Transfer::State::Failed, why);
}

void TransferPrivate::finishFile(QByteArrayView expected)
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
        why = QObject::tr("%1 arrived damaged: its SHA-256 does not match the sender's (did the file change while "
                          "it was sent?).")
                  .arg(f.name);
    } else {
        savedAs = zone->finalize(landing, &why);
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

} // namespace Tandem
