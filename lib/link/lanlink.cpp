#include "lanlink_p.h"
#include "linklogging_p.h"
#include "unsentlimit_p.h"

#include <QSslCipher>

namespace Tandem {

namespace {
// What the socket takes from the kernel per read. Unbounded, it took all
// that had arrived (megabytes on loopback) into a fresh buffer each time,
// and the allocator returned that memory between reads: on the receiver of
// a bulk transfer every page was faulted in anew, one fault per 4 KiB
// received (see docs/benchmarks.md, "transfer"). Bounded, the same few
// buffers are reused, and what has not been read waits in the kernel, where
// TCP flow control already bounds it.
constexpr qint64 ReadBufferBytes = 256 * 1024;
} // namespace

LanLink::LanLink(QSslSocket *socket, const QString &address, const QString &peerDeviceId, bool outgoing)
    : Link(socket->peerCertificate().toDer(), peerDeviceId, outgoing, nullptr)
    , m_socket(socket)
    , m_address(address)
{
    m_socket->setParent(this);
    m_socket->disconnect(); // drop the provider's handshake-time connections
    // Small control messages must not wait for Nagle; bulk data fills
    // segments anyway.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->setReadBufferSize(ReadBufferBytes);
    // Unsent bulk waits in Tandem's priority queues, not the kernel's
    // (unsentlimit_p.h). Where the platform cannot, chat still overtakes
    // what PeerConnection queues, but not what the kernel holds.
    if (!limitUnsentBytes(m_socket->socketDescriptor(), LinkUnsentBytes))
        qCDebug(lcLink) << "no limit on unsent bytes in the kernel for" << address;
    connect(m_socket, &QSslSocket::readyRead, this, &Link::readyRead);
    // bytesWritten fires when plaintext enters the TLS buffer;
    // encryptedBytesWritten when that buffer drains to the kernel. Senders
    // pacing on bytesToWrite() need both, or a full buffer never wakes them.
    connect(m_socket, &QSslSocket::bytesWritten, this, &Link::bytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Link::bytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this,
            [this] { transportClosed(QStringLiteral("connection closed by peer")); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            transportClosed(QStringLiteral("connection closed by peer"));
        else
            transportClosed(m_socket->errorString());
    });
}

LanLink::~LanLink() = default;

QString LanLink::encryption() const
{
    QString protocol;
    switch (m_socket->sessionProtocol()) {
    case QSsl::TlsV1_3:
        protocol = QStringLiteral("TLS 1.3");
        break;
    case QSsl::TlsV1_2:
        protocol = QStringLiteral("TLS 1.2");
        break;
    default:
        protocol = QStringLiteral("TLS");
        break;
    }
    return protocol + QStringLiteral(", ") + m_socket->sessionCipher().name();
}

void LanLink::write(QByteArrayView data)
{
    if (isOpen())
        m_socket->write(data.data(), data.size());
}

QByteArray LanLink::readAll()
{
    return m_socket->readAll();
}

qint64 LanLink::read(char *data, qint64 maxSize)
{
    return qMax<qint64>(0, m_socket->read(data, maxSize));
}

qint64 LanLink::bytesToWrite() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void LanLink::closeTransport()
{
    m_socket->disconnect(this);
    // Hand what was written to the kernel now: a process that closes and
    // exits at once still delivers its last words.
    m_socket->flush();
    m_socket->disconnectFromHost();
}

} // namespace Tandem
