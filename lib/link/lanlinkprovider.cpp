#include "lanlinkprovider.h"

#include "lanlink_p.h"
#include "linklogging_p.h"
#include "tlsbackend_p.h"
#include "tlspolicy_p.h"

#include <QPointer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

#include <deque>

namespace Tandem {

QString formatHostPort(const QHostAddress &address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return formatHostPort(isV4 ? QHostAddress(v4).toString() : address.toString(), port);
}

QString formatHostPort(const QString &host, quint16 port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

std::optional<std::pair<QString, quint16>> parseHostPort(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = address.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    QString host = address.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return std::nullopt; // an IPv6 address needs its brackets
    if (host.isEmpty())
        return std::nullopt;
    return std::pair{host, quint16(port)};
}

namespace {

// Accepts sockets and hands their descriptors on, so TLS can start on a
// QSslSocket before any byte is read.
class TcpListener : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
};

} // namespace

class LanLinkProviderPrivate
{
public:
    LanLinkProvider *q;
    DeviceIdentity identity;
    LanLinkProvider::Options options;
    // Why TLS cannot work here (the backend is missing), or empty; listen()
    // and connectToHost() report it. Set before `tls`, whose configuration
    // loads a backend.
    QString tlsBackendError;
    QSslConfiguration tls;
    TcpListener listener;
    int pending = 0;
    // Incoming sockets still handshaking, oldest first, and their sources.
    struct Incoming
    {
        QPointer<QSslSocket> socket;
        QHostAddress source;
        QString address;
    };
    std::deque<Incoming> incoming;

    void accept(qintptr descriptor);
    void configure(QSslSocket *socket, const QString &address, bool outgoing);
    void finishHandshake(QSslSocket *socket, const QString &address, bool outgoing);
    void fail(QSslSocket *socket, const QString &address, bool outgoing, const QString &reason);
    // Signals go out from the event loop, never from inside a socket's own
    // signal: a receiver that stops the device deletes this provider and
    // its sockets, which crashed `tandem-cli pair` when a peer hung up
    // mid-handshake (use after free in the socket's errorOccurred).
    void reportLater(bool outgoing, const QString &address, const QString &reason);
    // The socket's handshake is over, either way: it no longer holds a slot.
    void settle(QSslSocket *socket);
};

namespace {
// Selects the TLS backend, or says why it cannot.
QString tlsBackendError()
{
    QString error;
    if (!selectTlsBackend(&error))
        qCWarning(lcLink).noquote() << error;
    return error;
}

QList<QSslCipher> allowedCiphers()
{
    QList<QSslCipher> allowed;
    const auto supported = QSslConfiguration::supportedCiphers();
    std::copy_if(supported.cbegin(), supported.cend(), std::back_inserter(allowed),
                 [](const QSslCipher &cipher) { return isAcceptableTlsSuite(cipher.name()); });
    return allowed;
}
} // namespace

LanLinkProvider::LanLinkProvider(const DeviceIdentity &identity, const Options &options, QObject *parent)
    : QObject(parent)
    // A braced list runs in order: the backend is chosen before the default
    // configuration loads one.
    , d(new LanLinkProviderPrivate{
          this, identity, options, tlsBackendError(), QSslConfiguration::defaultConfiguration(), {}, 0, {}})
{
    d->tls.setLocalCertificate(QSslCertificate(identity.certificateDer(), QSsl::Der));
    d->tls.setPrivateKey(QSslKey(identity.privateKeyPem(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey));
    d->tls.setProtocol(QSsl::TlsV1_2OrLater);
    d->tls.setCiphers(allowedCiphers());
    // Peers are self-signed: no CA can vouch for them. QueryPeer makes both
    // sides present a certificate without checking it against CAs; we check
    // it ourselves (present, current) and the layer above pins it.
    d->tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    d->tls.setCaCertificates({});
    d->tls.setSslOption(QSsl::SslOptionDisableCompression, true);
    d->tls.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    d->listener.onIncoming = [this](qintptr descriptor) { d->accept(descriptor); };
}

void LanLinkProviderPrivate::accept(qintptr descriptor)
{
    auto *socket = new QSslSocket(q);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = formatHostPort(socket->peerAddress(), socket->peerPort());
    QHostAddress source = socket->peerAddress();
    if (bool isV4 = false; source.toIPv4Address(&isV4), isV4)
        source = QHostAddress(source.toIPv4Address());
    std::erase_if(incoming, [](const Incoming &i) { return !i.socket; });
    const auto fromSource
        = std::count_if(incoming.begin(), incoming.end(), [&](const Incoming &i) { return i.source == source; });
    if (fromSource >= LanLinkProvider::MaxPendingHandshakesPerSource) {
        socket->abort();
        socket->deleteLater();
        reportLater(false, address,
                    QStringLiteral("too many connections from %1 are still handshaking").arg(source.toString()));
        return;
    }
    if (incoming.size() >= size_t(LanLinkProvider::MaxPendingHandshakes)) {
        const Incoming oldest = incoming.front();
        fail(oldest.socket, oldest.address, false,
             QStringLiteral("dropped for a newer connection: too many are still handshaking"));
    }
    incoming.push_back({socket, source, address});
    configure(socket, address, false);
    socket->startServerEncryption();
}

void LanLinkProviderPrivate::settle(QSslSocket *socket)
{
    socket->setProperty("tandem.done", true);
    --pending;
    std::erase_if(incoming, [socket](const Incoming &i) { return i.socket == socket || !i.socket; });
}

void LanLinkProviderPrivate::reportLater(bool outgoing, const QString &address, const QString &reason)
{
    QMetaObject::invokeMethod(
        q,
        [q = q, outgoing, address, reason] {
            if (outgoing)
                Q_EMIT q->connectFailed(address, reason);
            else
                Q_EMIT q->handshakeFailed(address, reason);
        },
        Qt::QueuedConnection);
}

LanLinkProvider::~LanLinkProvider() = default;

bool LanLinkProvider::listen(QString *error)
{
    if (!d->tlsBackendError.isEmpty()) {
        *error = d->tlsBackendError;
        return false;
    }
    if (d->listener.listen(d->options.address, d->options.port))
        return true;
    if (d->options.port != 0 && d->options.fallbackToAnyPort && d->listener.listen(d->options.address, 0)) {
        qCInfo(lcLink) << "port" << d->options.port << "is taken; listening on" << d->listener.serverPort();
        return true;
    }
    *error = QStringLiteral("cannot listen on TCP port %1: %2").arg(d->options.port).arg(d->listener.errorString());
    return false;
}

void LanLinkProvider::close()
{
    d->listener.close();
}

quint16 LanLinkProvider::port() const
{
    return d->listener.serverPort();
}

int LanLinkProvider::pendingHandshakes() const
{
    return d->pending;
}

void LanLinkProvider::connectToHost(const QString &host, quint16 port)
{
    const QString address = formatHostPort(host, port);
    if (!d->tlsBackendError.isEmpty()) {
        d->reportLater(true, address, d->tlsBackendError);
        return;
    }
    auto *socket = new QSslSocket(this);
    d->configure(socket, address, true);
    socket->connectToHostEncrypted(host, port);
}

void LanLinkProviderPrivate::configure(QSslSocket *socket, const QString &address, bool outgoing)
{
    ++pending;
    socket->setSslConfiguration(tls);
    // One deadline for TCP connect plus TLS: a socket that does not finish
    // in time is dropped, whatever stage it is stuck in.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, socket, [this, socket, address, outgoing] {
        fail(socket, address, outgoing, QStringLiteral("TLS handshake timed out"));
    });
    deadline->start(options.handshakeTimeout);

    QObject::connect(socket, &QSslSocket::encrypted, q,
                     [this, socket, address, outgoing] { finishHandshake(socket, address, outgoing); });
    QObject::connect(socket, &QSslSocket::errorOccurred, q,
                     [this, socket, address, outgoing] { fail(socket, address, outgoing, socket->errorString()); });
    QObject::connect(socket, &QSslSocket::disconnected, q, [this, socket, address, outgoing] {
        fail(socket, address, outgoing, QStringLiteral("connection closed during the TLS handshake"));
    });
}

void LanLinkProviderPrivate::fail(QSslSocket *socket, const QString &address, bool outgoing, const QString &reason)
{
    if (socket->property("tandem.done").toBool())
        return;
    settle(socket);
    socket->disconnect(q);
    socket->abort();
    socket->deleteLater();
    qCDebug(lcLink).noquote() << (outgoing ? "dialling" : "accepting") << address << "failed:" << reason;
    reportLater(outgoing, address, reason);
}

void LanLinkProviderPrivate::finishHandshake(QSslSocket *socket, const QString &address, bool outgoing)
{
    const QSslCertificate certificate = socket->peerCertificate();
    if (certificate.isNull()) {
        fail(socket, address, outgoing, QStringLiteral("the peer presented no certificate"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now || certificate.effectiveDate() > now.addDays(1)) {
        fail(socket, address, outgoing, QStringLiteral("the peer's certificate is outside its validity period"));
        return;
    }
    const QString peerId = DeviceIdentity::deviceIdForCertificate(certificate.toDer());
    if (peerId.isEmpty()) {
        fail(socket, address, outgoing, QStringLiteral("the peer's certificate cannot be parsed"));
        return;
    }
    settle(socket);
    const auto children = socket->findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    qCDebug(lcLink).noquote() << "TLS up with" << address << socket->sessionCipher().name() << socket->sessionProtocol()
                              << "peer" << peerId.left(8);
    auto *link = new LanLink(socket, address, peerId, outgoing);
    Q_EMIT q->linkEstablished(link);
}

} // namespace Tandem
