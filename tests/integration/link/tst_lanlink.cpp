#include <Tandem/deviceidentity.h>
#include <Tandem/lanlinkprovider.h>
#include <Tandem/link.h>
#include <link/unsentlimit_p.h>

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_LINUX) || defined(Q_OS_DARWIN)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Tandem;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Tandem::Link *)

namespace {

DeviceIdentity makeIdentity(QTemporaryDir &dir)
{
    return DeviceIdentity::loadOrCreate(dir.path()).identity;
}

LanLinkProvider::Options loopback(std::chrono::milliseconds handshakeTimeout = 5s)
{
    LanLinkProvider::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.handshakeTimeout = handshakeTimeout;
    return options;
}

} // namespace

class tst_LanLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mutualTlsLinkCarriesBytes();
    void linksLeaveLittleUnsentInTheKernel();
    void peerClosingIsSeen();
    void garbageInsteadOfTlsIsRefused();
    void silentSocketTimesOut();
    void clientWithoutCertificateIsRefused();
    void pendingHandshakesAreBounded();
    void busyPortFallsBackToAnyPort();
    void dialingNothingFails();
    void hostPortRoundTrips_data();
    void hostPortRoundTrips();

private:
    QTemporaryDir m_dirA, m_dirB;
    DeviceIdentity m_a, m_b;
};

void tst_LanLink::initTestCase()
{
    qRegisterMetaType<Tandem::Link *>();
    m_a = makeIdentity(m_dirA);
    m_b = makeIdentity(m_dirB);
    QVERIFY(!m_a.isNull() && !m_b.isNull());
    QVERIFY(QSslSocket::supportsSsl());
}

void tst_LanLink::mutualTlsLinkCarriesBytes()
{
    LanLinkProvider server(m_a, loopback());
    LanLinkProvider client(m_b, loopback());
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy accepted(&server, &LanLinkProvider::linkEstablished);
    QSignalSpy dialled(&client, &LanLinkProvider::linkEstablished);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QTRY_COMPARE(accepted.size(), 1);
    QTRY_COMPARE(dialled.size(), 1);
    std::unique_ptr<Link> serverSide(accepted.at(0).at(0).value<Link *>());
    std::unique_ptr<Link> clientSide(dialled.at(0).at(0).value<Link *>());

    // Each side knows who the other is from the certificate, not from claims.
    QCOMPARE(serverSide->peerDeviceId(), m_b.deviceId());
    QCOMPARE(clientSide->peerDeviceId(), m_a.deviceId());
    QCOMPARE(serverSide->peerCertificateDer(), m_b.certificateDer());
    QVERIFY(clientSide->isOutgoing());
    QVERIFY(!serverSide->isOutgoing());
    QCOMPARE(serverSide->transport(), Link::Transport::Lan);
    QVERIFY2(serverSide->encryption().startsWith(u"TLS 1.3"), qPrintable(serverSide->encryption()));

    QSignalSpy readable(serverSide.get(), &Link::readyRead);
    const QByteArray payload(300 * 1024, 'x');
    clientSide->write(payload);
    QByteArray received;
    QTRY_VERIFY((received += serverSide->readAll()).size() == payload.size());
    QCOMPARE(received, payload);
    QCOMPARE(server.pendingHandshakes(), 0);
}

void tst_LanLink::linksLeaveLittleUnsentInTheKernel()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_DARWIN)
    LanLinkProvider server(m_a, loopback());
    LanLinkProvider client(m_b, loopback());
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy accepted(&server, &LanLinkProvider::linkEstablished);
    QSignalSpy dialled(&client, &LanLinkProvider::linkEstablished);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QTRY_COMPARE(accepted.size(), 1);
    QTRY_COMPARE(dialled.size(), 1);
    std::unique_ptr<Link> serverSide(accepted.at(0).at(0).value<Link *>());
    std::unique_ptr<Link> clientSide(dialled.at(0).at(0).value<Link *>());
    // Both ends, dialled and accepted: bulk beyond this waits in Tandem's
    // priority queues, where a chat message can still overtake it.
    for (Link *link : {serverSide.get(), clientSide.get()}) {
        const auto *socket = link->findChild<QSslSocket *>();
        QVERIFY(socket);
        int unsent = 0;
        socklen_t size = sizeof unsent;
        QCOMPARE(getsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_NOTSENT_LOWAT, &unsent, &size), 0);
        QCOMPARE(unsent, LinkUnsentBytes);
    }
#else
    QSKIP("TCP_NOTSENT_LOWAT is Linux's and macOS's; elsewhere the kernel's buffer is not limited");
#endif
}

void tst_LanLink::peerClosingIsSeen()
{
    LanLinkProvider server(m_a, loopback());
    LanLinkProvider client(m_b, loopback());
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy accepted(&server, &LanLinkProvider::linkEstablished);
    QSignalSpy dialled(&client, &LanLinkProvider::linkEstablished);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QTRY_COMPARE(accepted.size(), 1);
    QTRY_COMPARE(dialled.size(), 1);
    std::unique_ptr<Link> serverSide(accepted.at(0).at(0).value<Link *>());
    std::unique_ptr<Link> clientSide(dialled.at(0).at(0).value<Link *>());

    QSignalSpy serverClosed(serverSide.get(), &Link::closed);
    QSignalSpy clientClosed(clientSide.get(), &Link::closed);
    clientSide->write("last words");
    clientSide->close(QStringLiteral("bye"));
    QCOMPARE(clientClosed.size(), 1);
    QCOMPARE(clientClosed.at(0).at(0).toString(), QStringLiteral("bye"));
    QTRY_COMPARE(serverClosed.size(), 1);
    QVERIFY(!serverSide->isOpen());
    // Written before close: still delivered.
    QCOMPARE(serverSide->readAll(), QByteArrayLiteral("last words"));
    clientSide->close(QStringLiteral("again"));
    QCOMPARE(clientClosed.size(), 1);
}

void tst_LanLink::garbageInsteadOfTlsIsRefused()
{
    LanLinkProvider server(m_a, loopback());
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy accepted(&server, &LanLinkProvider::linkEstablished);
    QSignalSpy failed(&server, &LanLinkProvider::handshakeFailed);

    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET / HTTP/1.1\r\nHost: tandem\r\n\r\n" + QByteArray(4096, '\xff'));
    QTRY_COMPARE(failed.size(), 1);
    QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(server.pendingHandshakes(), 0);
}

void tst_LanLink::silentSocketTimesOut()
{
    LanLinkProvider server(m_a, loopback(200ms));
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy failed(&server, &LanLinkProvider::handshakeFailed);
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(raw.waitForConnected(5000));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"timed out"), qPrintable(failed.at(0).at(1).toString()));
    QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
}

void tst_LanLink::clientWithoutCertificateIsRefused()
{
    LanLinkProvider server(m_a, loopback());
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy accepted(&server, &LanLinkProvider::linkEstablished);
    QSignalSpy failed(&server, &LanLinkProvider::handshakeFailed);

    QSslSocket anonymous;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    anonymous.setSslConfiguration(config);
    anonymous.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"no certificate"), qPrintable(failed.at(0).at(1).toString()));
    QCOMPARE(accepted.size(), 0);
}

void tst_LanLink::pendingHandshakesAreBounded()
{
    LanLinkProvider server(m_a, loopback(30s));
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy failed(&server, &LanLinkProvider::handshakeFailed);
    // Every slot, each address holding its share (127.0.0.2, .3, ...).
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < LanLinkProvider::MaxPendingHandshakes; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        const int source = 2 + i / LanLinkProvider::MaxPendingHandshakesPerSource;
        QVERIFY(sockets.back()->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(source)), 0));
        sockets.back()->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(sockets.back()->waitForConnected(5000));
    }
    QTRY_COMPARE(server.pendingHandshakes(), LanLinkProvider::MaxPendingHandshakes);
    // One more, from a new address: the oldest makes room for it.
    QTcpSocket oneTooMany;
    QVERIFY(oneTooMany.bind(QHostAddress(QStringLiteral("127.0.0.100")), 0));
    oneTooMany.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"too many"), qPrintable(failed.at(0).at(1).toString()));
    QTRY_COMPARE(sockets.front()->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(oneTooMany.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server.pendingHandshakes(), LanLinkProvider::MaxPendingHandshakes);
}

void tst_LanLink::busyPortFallsBackToAnyPort()
{
    LanLinkProvider first(m_a, loopback());
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));
    LanLinkProvider::Options options = loopback();
    options.port = first.port();
    LanLinkProvider second(m_b, options);
    QVERIFY2(second.listen(&error), qPrintable(error));
    QVERIFY(second.port() != first.port());

    options.fallbackToAnyPort = false;
    LanLinkProvider third(m_b, options);
    QVERIFY(!third.listen(&error));
    QVERIFY2(error.contains(QString::number(first.port())), qPrintable(error));
}

void tst_LanLink::dialingNothingFails()
{
    // A port bound but never listened on: connecting is refused, and unlike
    // a port probed and released, no other socket can be given it meanwhile.
    QTcpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    const quint16 closedPort = holder.localPort();
    LanLinkProvider client(m_b, loopback());
    QSignalSpy failed(&client, &LanLinkProvider::connectFailed);
    client.connectToHost(QStringLiteral("127.0.0.1"), closedPort);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().endsWith(QString::number(closedPort)));
}

void tst_LanLink::hostPortRoundTrips_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4") << QStringLiteral("192.168.1.2:47317") << QStringLiteral("192.168.1.2") << 47317;
    QTest::newRow("name") << QStringLiteral("desk.local:1") << QStringLiteral("desk.local") << 1;
    QTest::newRow("IPv6") << QStringLiteral("[fe80::1]:65535") << QStringLiteral("fe80::1") << 65535;
    QTest::newRow("no port") << QStringLiteral("host") << QString() << 0;
    QTest::newRow("empty port") << QStringLiteral("host:") << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("host:0") << QString() << 0;
    QTest::newRow("port 65536") << QStringLiteral("host:65536") << QString() << 0;
    QTest::newRow("no host") << QStringLiteral(":80") << QString() << 0;
    QTest::newRow("IPv6 without brackets") << QStringLiteral("fe80::1:80") << QString() << 0;
    QTest::newRow("empty brackets") << QStringLiteral("[]:80") << QString() << 0;
}

void tst_LanLink::hostPortRoundTrips()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto parsed = parseHostPort(address);
    QCOMPARE(parsed.has_value(), port != 0);
    if (!parsed)
        return;
    QCOMPARE(parsed->first, host);
    QCOMPARE(int(parsed->second), port);
    QCOMPARE(formatHostPort(parsed->first, parsed->second), address);
}

QTEST_GUILESS_MAIN(tst_LanLink)
#include "tst_lanlink.moc"
