#pragma once

// A stranger on the network: a TLS client of its own (OpenSSL through
// QSslSocket, any key type), from a loopback source address of its choice,
// that speaks Tandem's frames by hand. It reads at most what its small
// read buffer holds unless told to, like an attacker that never reads.

#include <Tandem/controlmessage.h>
#include <Tandem/deviceidentity.h>
#include <Tandem/frame.h>
#include <Tandem/hello.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TandemTest {

// A certificate and key made by the openssl command, as a stranger would.
struct StrangerCredentials
{
    QByteArray certificatePem;
    QByteArray keyPem;
    QSsl::KeyAlgorithm algorithm = QSsl::Ec;
    QString deviceId() const
    {
        return Tandem::DeviceIdentity::deviceIdForCertificate(QSslCertificate(certificatePem).toDer());
    }
};

inline QString opensslProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

// A fresh P-256 identity (milliseconds, where RSA-3072 takes a second).
inline StrangerCredentials makeEcCredentials(const QString &name)
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(opensslProgram(),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile c(cert), k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return {};
    return {c.readAll(), k.readAll(), QSsl::Ec};
}

class Stranger
{
public:
    explicit Stranger(const StrangerCredentials &credentials,
                      const QHostAddress &source = QHostAddress(QStringLiteral("127.0.0.1")))
        : m_credentials(credentials)
        , m_source(source)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(credentials.certificatePem));
        tls.setPrivateKey(QSslKey(credentials.keyPem, credentials.algorithm));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.setSslConfiguration(tls);
        // An attacker that does not read: what the victim sends waits in
        // the kernel, and TCP pushes back on the victim.
        m_socket.setReadBufferSize(16 * 1024);
    }

    QSslSocket &socket() { return m_socket; }
    QString deviceId() const { return m_credentials.deviceId(); }

    // Opens TCP from the source address; no TLS yet.
    bool connectTcp(quint16 port)
    {
        if (!m_socket.bind(m_source, 0))
            return false;
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return m_socket.waitForConnected(5000);
    }
    // TCP and TLS, as far as the victim lets it.
    bool connectTls(quint16 port)
    {
        if (!connectTcp(port))
            return false;
        QSignalSpy encrypted(&m_socket, &QSslSocket::encrypted);
        m_socket.startClientEncryption();
        return encrypted.wait(10000) || m_socket.isEncrypted();
    }
    void sendFrame(const Tandem::Protocol::Frame &frame) { m_socket.write(Tandem::Protocol::encodeFrame(frame)); }
    void sendControl(const QString &type, const QCborMap &fields, quint32 stream = 0)
    {
        sendFrame({Tandem::Protocol::FrameType::Control, 0, stream, Tandem::Protocol::encodeControl(type, fields)});
    }
    void sendHello(const QString &name)
    {
        Tandem::Protocol::Hello hello;
        hello.deviceId = deviceId();
        hello.name = name;
        hello.deviceType = QStringLiteral("desktop");
        hello.instance = QByteArray(Tandem::Protocol::Hello::InstanceBytes, 's');
        sendControl(QString(Tandem::Protocol::Hello::Type), hello.toFields());
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    StrangerCredentials m_credentials;
    QHostAddress m_source;
    QSslSocket m_socket;
};

} // namespace TandemTest
