#include "sendhandover.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <QtEndian>

namespace {
constexpr qint64 LengthBytes = 4;
constexpr char Taken = 1;
constexpr char Refused = 0;
} // namespace

QString SendHandover::serverName(const QString &profileDirectory)
{
    // A hash of the profile's canonical path: short enough for a socket
    // path, and the same whichever way the path was spelled.
    const QString canonical = QFileInfo(profileDirectory).canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(
        (canonical.isEmpty() ? QDir::cleanPath(QFileInfo(profileDirectory).absoluteFilePath()) : canonical).toUtf8(),
        QCryptographicHash::Sha256);
    return QStringLiteral("tandem-send-") + QString::fromLatin1(hash.toHex().left(24));
}

bool SendHandover::handTo(const QString &profileDirectory, const QStringList &paths, QString *error)
{
    error->clear();
    if (paths.isEmpty() || paths.size() > MaxFiles) {
        *error = tr("Between 1 and %1 files can be handed to Tandem at once.").arg(MaxFiles);
        return false;
    }
    const QByteArray body = QCborValue(QCborArray::fromStringList(paths)).toCbor();
    if (body.size() > MaxRequestBytes) {
        *error = tr("The file names are too long together to hand to Tandem.");
        return false;
    }
    QLocalSocket socket;
    socket.connectToServer(serverName(profileDirectory));
    if (!socket.waitForConnected(int(Timeout.count())))
        return false; // no app is running on this profile
    QByteArray request(LengthBytes, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), request.data());
    request.append(body);
    socket.write(request);
    if (!socket.waitForBytesWritten(int(Timeout.count())) || !socket.waitForReadyRead(int(Timeout.count()))) {
        *error = tr("The running Tandem did not answer: %1").arg(socket.errorString());
        return false;
    }
    if (socket.read(1) != QByteArray(1, Taken)) {
        *error = tr("The running Tandem refused the files.");
        return false;
    }
    return true;
}

SendHandover::SendHandover(QObject *parent)
    : QObject(parent)
{ }

SendHandover::~SendHandover() = default;

bool SendHandover::listen(const QString &profileDirectory, QString *error)
{
    m_server = std::make_unique<QLocalServer>();
    // This user only: another user's files are not theirs to send.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(profileDirectory);
    // The profile's lock says no other app runs on it: a socket left by
    // one that crashed is stale.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        *error = m_server->errorString();
        m_server.reset();
        return false;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, &SendHandover::onConnection);
    return true;
}

void SendHandover::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_open >= MaxOpenRequests) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        socket->setReadBufferSize(LengthBytes + MaxRequestBytes);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // A client that connects and says nothing is let go.
        QTimer::singleShot(Timeout, socket, [socket] { socket->abort(); });
    }
}

void SendHandover::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < LengthBytes)
        return;
    QByteArray prefix = socket->peek(LengthBytes);
    const quint32 length = qFromBigEndian<quint32>(prefix.constData());
    auto refuse = [socket] {
        socket->write(QByteArray(1, Refused));
        socket->disconnectFromServer();
    };
    if (length > MaxRequestBytes) {
        refuse();
        return;
    }
    if (socket->bytesAvailable() < LengthBytes + qint64(length))
        return;
    socket->read(LengthBytes);
    const QCborValue value = QCborValue::fromCbor(socket->read(length));
    const QCborArray list = value.toArray();
    if (!value.isArray() || list.isEmpty() || list.size() > MaxFiles) {
        refuse();
        return;
    }
    QStringList paths;
    for (const QCborValue &entry : list) {
        const QFileInfo info(entry.toString());
        // Absolute, and there: a relative name would be the app's own
        // working folder's.
        if (!entry.isString() || info.isRelative() || !info.exists()) {
            refuse();
            return;
        }
        paths.append(info.absoluteFilePath());
    }
    socket->write(QByteArray(1, Taken));
    socket->disconnectFromServer();
    Q_EMIT filesHanded(paths);
}
