#include "transfer.h"
#include "transfer_p.h"

#include "incomingtransfer_p.h"
#include "outgoingtransfer_p.h"
#include "transferlogging_p.h"
#include "transfermanager_p.h"
#include "transferprotocol.h"
#include <Tandem/cryptoruntime_p.h>

#include <QCborValue>

namespace Tandem {

using namespace TransferProtocol;

namespace {
// Reading and re-hashing a file's prefix (on resume) goes in blocks this large.
constexpr qint64 HashBlockBytes = 1024 * 1024;
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
    d->setUp();
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
                                {QStringLiteral("error"), f.error},
                                {QStringLiteral("skipped"), f.skipped}});
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
    const OutgoingTransfer *outgoing = d->outgoing();
    return outgoing ? outgoing->bytesSent : 0;
}

QString Transfer::downloadDir() const
{
    const IncomingTransfer *incoming = d->incoming();
    return incoming ? incoming->downloadDir : QString();
}

bool Transfer::accept(const QString &downloadDir, QString *error)
{
    QString ignored;
    QString *why = error ? error : &ignored;
    IncomingTransfer *incoming = d->incoming();
    if (!incoming || d->state != State::Offered) {
        *why = tr("Only an incoming offer that is still open can be accepted.");
        return false;
    }
    incoming->chosen.clear();
    return incoming->acceptOffer(downloadDir.isEmpty() ? d->manager->downloadDir : downloadDir, why);
}

bool Transfer::acceptFiles(const QList<int> &indexes, const QString &downloadDir, QString *error)
{
    QString ignored;
    QString *why = error ? error : &ignored;
    IncomingTransfer *incoming = d->incoming();
    if (!incoming || d->state != State::Offered) {
        *why = tr("Only an incoming offer that is still open can be accepted.");
        return false;
    }
    if (indexes.isEmpty()) {
        *why = tr("Choose at least one file, or decline the offer.");
        return false;
    }
    QList<bool> chosen(d->files.size(), false);
    for (int index : indexes) {
        if (index < 0 || index >= d->files.size()) {
            *why = tr("The offer has no file %1.").arg(index);
            return false;
        }
        chosen[index] = true;
    }
    // Every file chosen is a plain accept, which any sender understands.
    if (!chosen.contains(false))
        chosen.clear();
    incoming->chosen = chosen;
    return incoming->acceptOffer(downloadDir.isEmpty() ? d->manager->downloadDir : downloadDir, why);
}

void Transfer::reject(const QString &reason)
{
    if (d->direction != Direction::Incoming || d->state != State::Offered)
        return;
    const QString shown = reason.isEmpty() ? tr("The other device declined the files.") : reason;
    d->endAndTell(Reject, shown.left(MaxReasonChars), State::Rejected, shown);
}

void Transfer::cancel(const QString &reason)
{
    if (isFinished())
        return;
    const QString shown = reason.isEmpty() ? tr("cancelled by the user") : reason;
    d->endAndTell(Cancel, shown.left(MaxReasonChars), State::Cancelled, tr("Cancelled here: %1").arg(shown));
}

// ---- TransferPrivate: what both directions share

void TransferPrivate::endAndTell(QLatin1StringView type, const QString &told, Transfer::State state,
                                 const QString &shown)
{
    QCborMap fields;
    fields.insert(QLatin1StringView("reason"), told);
    sendControl(type, fields);
    cancelledByUs = true;
    closeSessionSoon();
    finishWith(state, shown);
}

TransferPrivate::TransferPrivate(TransferManagerPrivate *m, Transfer::Direction dir, const QString &peerId,
                                 const QByteArray &batchId)
    : manager(m)
    , direction(dir)
    , peer(peerId)
    , batch(batchId)
{ }

TransferPrivate::~TransferPrivate() = default;

OutgoingTransfer *TransferPrivate::outgoing()
{
    return direction == Transfer::Direction::Outgoing ? static_cast<OutgoingTransfer *>(this) : nullptr;
}

IncomingTransfer *TransferPrivate::incoming()
{
    return direction == Transfer::Direction::Incoming ? static_cast<IncomingTransfer *>(this) : nullptr;
}

void TransferPrivate::setUp()
{
    clock.start();
    progressTimer.setInterval(manager->options.progressInterval);
    QObject::connect(&progressTimer, &QTimer::timeout, q, [this] { reportProgress(); });
    closeFallback.setSingleShot(true);
    QObject::connect(&closeFallback, &QTimer::timeout, q, [this] {
        if (session)
            session->close();
    });
}

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
    progressTimer.stop();
    rate = 0;
    setState(next, reason);
    if (next != Transfer::State::Completed)
        qCInfo(lcTransfer) << "transfer" << q->id() << "ended:" << next << reason;
    onFinished();
    Q_EMIT q->progressChanged();
    Q_EMIT q->finished(next, reason);
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
    QObject::connect(s, &Session::closed, q,
                     [this](Session::CloseReason reason, const QString &detail) { onSessionClosed(reason, detail); });
    QObject::connect(s, &Session::stateChanged, q, [this](Session::State sessionState) {
        if (sessionState == Session::State::Reconnecting && state == Transfer::State::Transferring) {
            setState(Transfer::State::Waiting, Transfer::tr("Waiting for the other device to come back."));
            parkFiles();
        } else if (sessionState == Session::State::Connected && state == Transfer::State::Waiting
                   && !starts.isEmpty()) {
            error.clear();
            setState(Transfer::State::Transferring);
            onSessionResumed();
        }
    });
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
    finishWith(Transfer::State::Failed, Transfer::tr("The other device sent something invalid: %1").arg(what));
}

void TransferPrivate::onMessage(Session::Kind kind, const QByteArray &payload)
{
    if (kind == Session::Kind::Bytes) {
        onBulk(payload);
        return;
    }
    if (payload.size() > MaxControlBytes) {
        protocolError(
            Transfer::tr("a control message of %1 bytes (at most %2)").arg(payload.size()).arg(MaxControlBytes));
        return;
    }
    const QCborValue value = QCborValue::fromCbor(payload);
    if (!value.isMap()) {
        protocolError(Transfer::tr("a control message that is not a CBOR map"));
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
        finishWith(Transfer::State::Cancelled, Transfer::tr("Cancelled by the other device: %1").arg(reason));
        return;
    }
    onPeerControl(type, message, reason);
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
        onPeerExited();
        return;
    }
    if (reason == Session::CloseReason::NetworkDisconnected) {
        finishWith(Transfer::State::Failed, detail.isEmpty() ? Transfer::tr("The other device is gone.") : detail);
        return;
    }
    finishWith(reason == Session::CloseReason::Refused ? Transfer::State::Failed : Transfer::State::Cancelled,
               detail.isEmpty() ? Transfer::tr("The other device closed the transfer.") : detail);
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

} // namespace Tandem
