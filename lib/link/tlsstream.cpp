#include "tlsstream.h"

#include "linklogging_p.h"
#include "tlspolicy_p.h"
#include "tlsstreamlink_p.h"
#include <Tandem/cryptoruntime_p.h>
#include <Tandem/deviceidentity_p.h>

#include <QAbstractSocket>
#include <QBluetoothSocket>
#include <QDateTime>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace Tandem {

namespace {

// How long a closing link waits for TLS to encrypt its last records before
// it closes the stream anyway.
constexpr int CloseFlushMs = 2000;
// How long a link whose stream ended waits for TLS to decrypt what came
// with the end, when that holds no plaintext (then no readyRead says so).
constexpr int LastWordsMs = 500;
// QCA's count of plaintext turned into records can stay a few bytes short
// of what was written (seen with TLS 1.3): once TLS has produced output
// after the last write, less than this outstanding means all went out.
constexpr qint64 UnaccountedPlaintextBytes = 8;

QString describe(QCA::TLS::Error error)
{
    switch (error) {
    case QCA::TLS::ErrorSignerExpired:
        return QStringLiteral("TLS: the local certificate has expired");
    case QCA::TLS::ErrorSignerInvalid:
        return QStringLiteral("TLS: the local certificate is not valid");
    case QCA::TLS::ErrorCertKeyMismatch:
        return QStringLiteral("TLS: the local certificate does not match its key");
    case QCA::TLS::ErrorInit:
        return QStringLiteral("TLS: could not initialise the OpenSSL provider");
    case QCA::TLS::ErrorHandshake:
        return QStringLiteral("TLS handshake failed (the peer could not prove a certificate, or spoke no TLS)");
    case QCA::TLS::ErrorCrypt:
        return QStringLiteral("TLS: a record failed to decrypt or verify");
    }
    return QStringLiteral("TLS error");
}

// Calls `ended(reason)` once when the byte stream ends: the kinds of stream
// a link runs on each say so in their own way.
void watchEnd(QIODevice *stream, QObject *context, const std::function<void(const QString &)> &ended)
{
    QObject::connect(stream, &QIODevice::readChannelFinished, context, [stream, ended] {
        ended(stream->errorString().isEmpty() ? QStringLiteral("connection closed by peer") : stream->errorString());
    });
    if (auto *bt = qobject_cast<QBluetoothSocket *>(stream)) {
        QObject::connect(bt, &QBluetoothSocket::disconnected, context,
                         [ended] { ended(QStringLiteral("connection closed by peer")); });
        QObject::connect(bt, &QBluetoothSocket::errorOccurred, context, [bt, ended] { ended(bt->errorString()); });
    } else if (auto *socket = qobject_cast<QAbstractSocket *>(stream)) {
        QObject::connect(socket, &QAbstractSocket::disconnected, context,
                         [ended] { ended(QStringLiteral("connection closed by peer")); });
        QObject::connect(socket, &QAbstractSocket::errorOccurred, context,
                         [socket, ended] { ended(socket->errorString()); });
    } else if (auto *local = qobject_cast<QLocalSocket *>(stream)) {
        // BlueZ RFCOMM sockets Tandem dials itself (BluetoothLinkProvider).
        QObject::connect(local, &QLocalSocket::disconnected, context,
                         [ended] { ended(QStringLiteral("connection closed by peer")); });
        QObject::connect(local, &QLocalSocket::errorOccurred, context, [local, ended] { ended(local->errorString()); });
    }
    // Other streams (MemoryStream in tests) end with readChannelFinished above.
}

} // namespace

class TlsStreamHandshakePrivate
{
public:
    TlsStreamHandshakePrivate(TlsStreamHandshake *q, QIODevice *stream, const DeviceIdentity &identity, bool outgoing,
                              Link::Transport transport, const QString &address, std::chrono::milliseconds timeout)
        : q(q)
        , stream(stream)
        , identity(identity)
        , outgoing(outgoing)
        , transport(transport)
        , address(address)
        , timeout(timeout)
    { }

    TlsStreamHandshake *q;
    QIODevice *stream;
    DeviceIdentity identity;
    bool outgoing;
    Link::Transport transport;
    QString address;
    std::chrono::milliseconds timeout;
    std::unique_ptr<QCA::TLS> tls;
    QTimer deadline;
    bool done = false;

    void fail(const QString &reason);
    void onHandshaken();
};

TlsStreamHandshake::TlsStreamHandshake(QIODevice *stream, const DeviceIdentity &identity, bool outgoing,
                                       Link::Transport transport, const QString &address,
                                       std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , d(new TlsStreamHandshakePrivate(this, stream, identity, outgoing, transport, address, timeout))
{
    stream->setParent(this);
}

TlsStreamHandshake::~TlsStreamHandshake() = default;

QString TlsStreamHandshake::address() const
{
    return d->address;
}

bool TlsStreamHandshake::isOutgoing() const
{
    return d->outgoing;
}

void TlsStreamHandshake::start()
{
    CryptoRuntime::ensureInitialized();
    const QString provider = DeviceIdentity::defaultCryptoProvider();
    if (!QCA::isSupported("tls", provider)) {
        d->fail(CryptoRuntime::checkProvider(provider));
        return;
    }
    d->tls = std::make_unique<QCA::TLS>(QCA::TLS::Stream, nullptr, provider);
    QCA::TLS *tls = d->tls.get();
    tls->setCertificate(QCA::CertificateChain(DeviceIdentityPrivate::certificate(d->identity)),
                        DeviceIdentityPrivate::privateKey(d->identity));
    // No CA can vouch for self-signed peers: trust nothing, and check the
    // peer's certificate ourselves once the handshake has proven it.
    tls->setTrustedCertificates(QCA::CertificateCollection());
    // qca-ossl ignores version and suite constraints; OpenSSL 3's defaults
    // refuse SSL 3, TLS 1.0 and 1.1 and negotiate TLS 1.3 (AES-256-GCM).
    // What was negotiated is checked once handshaken (isAcceptableTlsSuite()).

    d->deadline.setSingleShot(true);
    QObject::connect(&d->deadline, &QTimer::timeout, this, [this] {
        d->fail(QStringLiteral("TLS handshake timed out after %1 ms").arg(d->timeout.count()));
    });
    d->deadline.start(d->timeout);

    QObject::connect(tls, &QCA::TLS::readyReadOutgoing, this, [this] {
        if (!d->done)
            d->stream->write(d->tls->readOutgoing());
    });
    QObject::connect(tls, &QCA::TLS::handshaken, this, [this] { d->onHandshaken(); });
    QObject::connect(tls, &QCA::TLS::error, this, [this] { d->fail(describe(d->tls->errorCode())); });
    QObject::connect(tls, &QCA::TLS::closed, this,
                     [this] { d->fail(QStringLiteral("the peer closed TLS during the handshake")); });
    QObject::connect(d->stream, &QIODevice::readyRead, this, [this] {
        if (!d->done)
            d->tls->writeIncoming(d->stream->readAll());
    });
    watchEnd(d->stream, this, [this](const QString &reason) {
        d->fail(QStringLiteral("connection lost during the TLS handshake: ") + reason);
    });

    // The side that accepted the stream speaks TLS as the *client*. A
    // listening device is open to anyone in radio range, and qca-ossl's
    // server role dereferences a null certificate when a client sends an
    // empty one (a crash any stranger could cause); as the client it never
    // meets that case: a server must present a certificate. The dialler,
    // as server, faces only a device it chose to dial. qca-ossl servers
    // always ask for the client's certificate, so both sides prove one.
    if (d->outgoing)
        tls->startServer();
    else
        tls->startClient(); // no host name: the peer is checked by its key, not a name
    if (d->stream->bytesAvailable() > 0)
        tls->writeIncoming(d->stream->readAll());
}

void TlsStreamHandshakePrivate::fail(const QString &reason)
{
    if (done)
        return;
    done = true;
    deadline.stop();
    if (tls)
        tls->disconnect(q);
    stream->disconnect(q);
    stream->close();
    qCDebug(lcLink).noquote() << (outgoing ? "dialling" : "accepting") << address << "failed:" << reason;
    Q_EMIT q->failed(reason);
    q->deleteLater();
}

void TlsStreamHandshakePrivate::onHandshaken()
{
    if (done)
        return;
    // The rules of LanLinkProvider::finishHandshake: a certificate must be
    // there, be current, and parse; its key was proven by the handshake.
    const QCA::CertificateChain chain = tls->peerCertificateChain();
    const QCA::Certificate certificate = chain.isEmpty() ? QCA::Certificate() : chain.primary();
    if (certificate.isNull()) {
        fail(QStringLiteral("the peer presented no certificate"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.notValidAfter() < now || certificate.notValidBefore() > now.addDays(1)) {
        fail(QStringLiteral("the peer's certificate is outside its validity period"));
        return;
    }
    if (const QString suite = tls->cipherSuite(); !isAcceptableTlsSuite(suite)) {
        fail(QStringLiteral("the peer negotiated %1; only TLS 1.3 or ECDHE with AEAD is accepted").arg(suite));
        return;
    }
    const QByteArray der = certificate.toDER();
    const QString peerId = DeviceIdentity::deviceIdForCertificate(der);
    if (peerId.isEmpty()) {
        fail(QStringLiteral("the peer's certificate cannot be parsed"));
        return;
    }
    done = true;
    deadline.stop();
    tls->disconnect(q);
    stream->disconnect(q);
    tls->continueAfterStep();
    auto *link = new TlsStreamLink(std::move(tls), stream, transport, address, der, peerId, outgoing);
    qCDebug(lcLink).noquote() << "TLS up with" << address << link->encryption() << "peer" << peerId.left(8);
    Q_EMIT q->established(link);
    q->deleteLater();
}

TlsStreamLink::TlsStreamLink(std::unique_ptr<QCA::TLS> tls, QIODevice *stream, Transport transport,
                             const QString &address, const QByteArray &peerCertificateDer, const QString &peerDeviceId,
                             bool outgoing)
    : Link(peerCertificateDer, peerDeviceId, outgoing, nullptr)
    , m_tls(std::move(tls))
    , m_stream(stream)
    , m_transport(transport)
    , m_address(address)
{
    m_stream->setParent(this);
    connect(m_tls.get(), &QCA::TLS::readyReadOutgoing, this, &TlsStreamLink::pushOutgoing);
    connect(m_tls.get(), &QCA::TLS::readyRead, this, [this] {
        m_undecrypted = false;
        Q_EMIT readyRead();
    });
    connect(m_tls.get(), &QCA::TLS::error, this, [this] { transportClosed(describe(m_tls->errorCode())); });
    connect(m_tls.get(), &QCA::TLS::closed, this, [this] {
        // The peer's last words come with its close_notify: hand them on first.
        if (m_tls->bytesAvailable() > 0)
            Q_EMIT readyRead();
        transportClosed(QStringLiteral("connection closed by peer"));
    });
    connect(m_stream, &QIODevice::readyRead, this, &TlsStreamLink::pullIncoming);
    // The stream drained: senders pacing on bytesToWrite() may go on.
    connect(m_stream, &QIODevice::bytesWritten, this, &Link::bytesWritten);
    watchEnd(m_stream, this, [this](const QString &reason) {
        // The peer's last words (its goodbye) may have come with the end;
        // QCA decrypts them on a later pass, so the close waits for them.
        pullIncoming();
        if (!m_tls || !m_undecrypted) {
            transportClosed(reason);
            return;
        }
        auto closeNow = [this, reason] { transportClosed(reason); };
        connect(m_tls.get(), &QCA::TLS::readyRead, this, closeNow, Qt::QueuedConnection);
        QTimer::singleShot(LastWordsMs, this, closeNow);
    });
    // Bytes that arrived with the end of the handshake.
    if (m_stream->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TlsStreamLink::pullIncoming, Qt::QueuedConnection);
    if (m_tls->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Link::readyRead, Qt::QueuedConnection);
}

TlsStreamLink::~TlsStreamLink()
{
    // The TLS object must go before the stream it writes to.
    m_tls.reset();
}

QString TlsStreamLink::encryption() const
{
    if (!m_tls)
        return QStringLiteral("TLS (QCA), closed");
    // QCA names the version only as "TLS"; the suite says which: TLS 1.3
    // suites are the ones named TLS_AES_* and TLS_CHACHA20_*.
    const QString suite = m_tls->cipherSuite();
    const bool tls13 = suite.startsWith(u"TLS_AES_") || suite.startsWith(u"TLS_CHACHA20_");
    return (tls13 ? QStringLiteral("TLS 1.3 (QCA), ") : QStringLiteral("TLS (QCA), ")) + suite;
}

void TlsStreamLink::write(QByteArrayView data)
{
    if (!isOpen() || !m_tls || data.isEmpty())
        return;
    m_pendingPlaintext += data.size();
    ++m_writes;
    m_tls->write(data.toByteArray());
}

QByteArray TlsStreamLink::readAll()
{
    return m_tls ? m_tls->read() : QByteArray();
}

qint64 TlsStreamLink::bytesToWrite() const
{
    return m_tls ? m_pendingPlaintext + m_stream->bytesToWrite() : 0;
}

void TlsStreamLink::pushOutgoing()
{
    int plaintext = 0;
    const QByteArray encrypted = m_tls->readOutgoing(&plaintext);
    m_pendingPlaintext = qMax<qint64>(0, m_pendingPlaintext - plaintext);
    m_writesAtLastOutput = m_writes;
    if (!encrypted.isEmpty())
        m_stream->write(encrypted);
    if (plaintext > 0)
        Q_EMIT bytesWritten(plaintext);
    // QCA attributes plaintext to its records only roughly (TLS 1.3 leaves a
    // few bytes unaccounted for): once nothing more was written and TLS has
    // produced all it will, nothing is pending, whatever the count says.
    if (m_pendingPlaintext > 0 && !m_settleQueued) {
        m_settleQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this, writes = m_writes] {
                m_settleQueued = false;
                if (m_tls && writes == m_writes && m_tls->bytesOutgoingAvailable() == 0)
                    m_pendingPlaintext = 0;
            },
            Qt::QueuedConnection);
    }
}

void TlsStreamLink::pullIncoming()
{
    if (!m_tls || m_stream->bytesAvailable() <= 0)
        return;
    m_undecrypted = true;
    m_tls->writeIncoming(m_stream->readAll());
}

void TlsStreamLink::closeTransport()
{
    // QCA encrypts on a later event-loop pass, and the link is usually
    // deleted right after closing: hand TLS and the stream to a closer that
    // outlives the link, lets TLS encrypt what was written (the goodbye),
    // then closes the stream. No close_notify: QCA sends it only on a
    // later pass still, sometimes much later, and meanwhile the peer takes
    // the dying link for alive and refuses our next one as a duplicate.
    // Truncation cannot pass for a whole message: frames carry their
    // length and the goodbye says why.
    auto *closer = new QObject;
    QCA::TLS *tls = m_tls.release();
    QIODevice *stream = m_stream;
    tls->disconnect(this);
    stream->disconnect(this);
    // Children go in the order they came: TLS before the stream it writes to.
    tls->setParent(closer);
    stream->setParent(closer);
    // Closing and deleting a stream that still buffers bytes (QLocalSocket,
    // QBluetoothSocket) drops them, the goodbye with them: wait until the
    // stream has handed everything to the OS (the kernel sends what it holds
    // before RFCOMM's disconnect), then close. CloseFlushMs bounds it all.
    beginClosingTransport();
    auto done = [closer, stream, ended = std::make_shared<bool>(false)] {
        if (std::exchange(*ended, true))
            return;
        stream->close();
        closer->deleteLater();
        endClosingTransport();
    };
    auto finish = [closer, stream, done, draining = std::make_shared<bool>(false)] {
        if (std::exchange(*draining, true))
            return;
        if (stream->bytesToWrite() <= 0) {
            done();
            return;
        }
        QObject::connect(stream, &QIODevice::bytesWritten, closer, [stream, done] {
            if (stream->bytesToWrite() <= 0)
                done();
        });
    };
    auto pending = std::make_shared<qint64>(m_pendingPlaintext);
    QObject::connect(tls, &QCA::TLS::readyReadOutgoing, closer, [tls, stream, pending, finish] {
        if (!stream->isOpen())
            return; // closed at the bound
        int plaintext = 0;
        const QByteArray encrypted = tls->readOutgoing(&plaintext);
        if (!encrypted.isEmpty())
            stream->write(encrypted);
        *pending -= plaintext;
        if (*pending <= UnaccountedPlaintextBytes)
            finish();
    });
    QObject::connect(tls, &QCA::TLS::error, closer, finish);
    QTimer::singleShot(CloseFlushMs, closer, done);
    // Nothing written since TLS last produced output: nothing to wait for.
    if (m_writes == m_writesAtLastOutput && *pending <= UnaccountedPlaintextBytes)
        finish();
}

} // namespace Tandem
