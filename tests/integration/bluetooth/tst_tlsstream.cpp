// QCA TLS over a byte stream that behaves like RFCOMM (MemoryStream): the
// adapter Bluetooth links run on.

#include <Tandem/deviceidentity.h>
#include <Tandem/link.h>
#include <Tandem/memorystream.h>
#include <Tandem/tlsstream.h>

#include <QtCrypto>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Tandem::Link *)

namespace {

// Both ends of a handshake over a fresh MemoryStream pair.
struct Handshakes
{
    QPointer<TlsStreamHandshake> client, server;
    std::unique_ptr<QSignalSpy> clientUp, clientFailed, serverUp, serverFailed;
    QPointer<MemoryStream> clientStream, serverStream;

    Handshakes(const DeviceIdentity &a, const DeviceIdentity &b, const MemoryStreamOptions &options,
               std::chrono::milliseconds timeout = DefaultTlsHandshakeTimeout)
    {
        auto [s1, s2] = MemoryStream::createPair(options);
        clientStream = s1;
        serverStream = s2;
        client = new TlsStreamHandshake(s1, a, true, Link::Transport::Bluetooth, QStringLiteral("peer-b"), timeout);
        server = new TlsStreamHandshake(s2, b, false, Link::Transport::Bluetooth, QStringLiteral("peer-a"), timeout);
        clientUp = std::make_unique<QSignalSpy>(client.data(), &TlsStreamHandshake::established);
        clientFailed = std::make_unique<QSignalSpy>(client.data(), &TlsStreamHandshake::failed);
        serverUp = std::make_unique<QSignalSpy>(server.data(), &TlsStreamHandshake::established);
        serverFailed = std::make_unique<QSignalSpy>(server.data(), &TlsStreamHandshake::failed);
    }
    Link *clientLink() const { return clientUp->isEmpty() ? nullptr : clientUp->at(0).at(0).value<Link *>(); }
    Link *serverLink() const { return serverUp->isEmpty() ? nullptr : serverUp->at(0).at(0).value<Link *>(); }
};

// Reads everything a link receives.
struct Sink : QObject
{
    QByteArray data;
    explicit Sink(Link *link)
    {
        connect(link, &Link::readyRead, this, [this, link] { data += link->readAll(); });
    }
};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(random.generate() & 0xff);
    return bytes;
}

// A raw QCA TLS endpoint the test controls, to play a misbehaving peer.
struct RawTlsPeer : QObject
{
    QCA::TLS tls{QCA::TLS::Stream, nullptr, QStringLiteral("qca-ossl")};
    MemoryStream *stream;
    explicit RawTlsPeer(MemoryStream *s)
        : stream(s)
    {
        stream->setParent(this);
        connect(&tls, &QCA::TLS::readyReadOutgoing, this, [this] { stream->write(tls.readOutgoing()); });
        connect(stream, &QIODevice::readyRead, this, [this] { tls.writeIncoming(stream->readAll()); });
    }
};

QCA::Certificate makeCertificate(const QCA::PrivateKey &key, const QDateTime &from, const QDateTime &to)
{
    QCA::CertificateInfo info;
    info.insert(QCA::CommonName, QStringLiteral("not a tandem device"));
    QCA::CertificateOptions options;
    options.setInfo(info);
    options.setValidityPeriod(from, to);
    options.setSerialNumber(QCA::BigInteger(7));
    return QCA::Certificate(options, key, QStringLiteral("qca-ossl"));
}

} // namespace

class tst_TlsStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshakeVerifiesBothPeers_data();
    void handshakeVerifiesBothPeers();
    void largePayloadsBothWaysAtRandomChunking_data();
    void largePayloadsBothWaysAtRandomChunking();
    void slowLinkReportsBackPressure();
    void closeDeliversLastWordsThenEnds();
    void cutStreamClosesTheLink();
    void diallerWithoutCertificateIsRefused();
    void expiredCertificateIsRefused();
    void plaintextPeerIsRefused();
    void silentPeerTimesOut();

private:
    QTemporaryDir m_dirA, m_dirB;
    DeviceIdentity m_a, m_b;
    QCA::Initializer m_qca;
};

void tst_TlsStream::initTestCase()
{
    qRegisterMetaType<Tandem::Link *>();
    m_a = DeviceIdentity::loadOrCreate(m_dirA.path()).identity;
    m_b = DeviceIdentity::loadOrCreate(m_dirB.path()).identity;
    QVERIFY(!m_a.isNull() && !m_b.isNull());
}

void tst_TlsStream::handshakeVerifiesBothPeers_data()
{
    QTest::addColumn<qsizetype>("maxChunk");
    QTest::newRow("whole writes") << qsizetype(0);
    QTest::newRow("one byte at a time") << qsizetype(1);
    QTest::newRow("up to 7 bytes") << qsizetype(7);
    QTest::newRow("RFCOMM frames") << MemoryStreamOptions::RfcommFrameBytes;
}

void tst_TlsStream::handshakeVerifiesBothPeers()
{
    QFETCH(qsizetype, maxChunk);
    MemoryStreamOptions options;
    options.maxChunk = maxChunk;
    Handshakes h(m_a, m_b, options);
    h.client->start();
    h.server->start();
    QTRY_COMPARE_WITH_TIMEOUT(h.clientUp->size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(h.serverUp->size(), 1, 10000);
    QCOMPARE(h.clientFailed->size(), 0);
    QCOMPARE(h.serverFailed->size(), 0);
    std::unique_ptr<Link> client(h.clientLink()), server(h.serverLink());
    // Each side knows the other by the certificate it proved, as on LAN.
    QCOMPARE(client->peerDeviceId(), m_b.deviceId());
    QCOMPARE(server->peerDeviceId(), m_a.deviceId());
    QCOMPARE(client->peerCertificateDer(), m_b.certificateDer());
    QCOMPARE(server->peerCertificateDer(), m_a.certificateDer());
    QVERIFY(client->isOutgoing());
    QVERIFY(!server->isOutgoing());
    QCOMPARE(client->transport(), Link::Transport::Bluetooth);
    QCOMPARE(client->peerAddress(), QStringLiteral("peer-b"));
    QVERIFY2(client->encryption().startsWith(u"TLS 1.3"), qPrintable(client->encryption()));
    QVERIFY2(client->encryption().contains(u"AES_256_GCM"), qPrintable(client->encryption()));
    QTRY_VERIFY(!h.client && !h.server); // handshakes clean up after themselves
}

void tst_TlsStream::largePayloadsBothWaysAtRandomChunking_data()
{
    QTest::addColumn<qsizetype>("maxChunk");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("RFCOMM frames, seed 1") << MemoryStreamOptions::RfcommFrameBytes << 1u;
    QTest::newRow("RFCOMM frames, seed 2") << MemoryStreamOptions::RfcommFrameBytes << 2u;
    QTest::newRow("up to 97 bytes") << qsizetype(97) << 3u;
}

void tst_TlsStream::largePayloadsBothWaysAtRandomChunking()
{
    QFETCH(qsizetype, maxChunk);
    QFETCH(quint32, seed);
    MemoryStreamOptions options;
    options.maxChunk = maxChunk;
    options.seed = seed;
    Handshakes h(m_a, m_b, options);
    h.client->start();
    h.server->start();
    QTRY_VERIFY_WITH_TIMEOUT(h.clientLink() && h.serverLink(), 10000);
    std::unique_ptr<Link> client(h.clientLink()), server(h.serverLink());
    Sink atClient(client.get()), atServer(server.get());
    QVERIFY(h.serverStream);
    QSignalSpy pieces(h.serverStream.data(), &QIODevice::readyRead);
    // Larger than a TLS record (16 KiB) and many RFCOMM frames, written in
    // pieces of odd sizes from both ends at once.
    const QByteArray up = randomBytes(3 * 1024 * 1024 + 5, seed);
    const QByteArray down = randomBytes(2 * 1024 * 1024 + 11, seed + 100);
    QRandomGenerator sizes(seed);
    for (qsizetype at = 0, back = 0; at < up.size() || back < down.size();) {
        const qsizetype n = qsizetype(sizes.bounded(70000)) + 1;
        if (at < up.size()) {
            client->write(up.mid(at, n));
            at += n;
        }
        if (back < down.size()) {
            server->write(down.mid(back, n));
            back += n;
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(atServer.data.size(), up.size(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(atClient.data.size(), down.size(), 60000);
    QCOMPARE(QCryptographicHash::hash(atServer.data, QCryptographicHash::Sha256),
             QCryptographicHash::hash(up, QCryptographicHash::Sha256));
    QCOMPARE(QCryptographicHash::hash(atClient.data, QCryptographicHash::Sha256),
             QCryptographicHash::hash(down, QCryptographicHash::Sha256));
    // It really came in pieces no larger than RFCOMM frames.
    QVERIFY(pieces.size() >= up.size() / qMax<qsizetype>(maxChunk, 1));
    QTRY_COMPARE(client->bytesToWrite(), 0);
}

void tst_TlsStream::slowLinkReportsBackPressure()
{
    MemoryStreamOptions options;
    options.bytesPerSecond = 200 * 1024; // a good Bluetooth Classic link
    Handshakes h(m_a, m_b, options);
    h.client->start();
    h.server->start();
    QTRY_VERIFY_WITH_TIMEOUT(h.clientLink() && h.serverLink(), 10000);
    std::unique_ptr<Link> client(h.clientLink()), server(h.serverLink());
    Sink atServer(server.get());
    QSignalSpy written(client.get(), &Link::bytesWritten);
    const QByteArray payload = randomBytes(64 * 1024, 9);
    client->write(payload);
    // What the radio has not taken yet is reported, so a sender can pace
    // itself, and falls as the link drains.
    QVERIFY(client->bytesToWrite() >= payload.size());
    QTRY_VERIFY(written.size() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(atServer.data, payload, 10000);
    QTRY_COMPARE(client->bytesToWrite(), 0);
}

void tst_TlsStream::closeDeliversLastWordsThenEnds()
{
    MemoryStreamOptions options;
    options.bytesPerSecond = 100 * 1024;
    Handshakes h(m_a, m_b, options);
    h.client->start();
    h.server->start();
    QTRY_VERIFY_WITH_TIMEOUT(h.clientLink() && h.serverLink(), 10000);
    std::unique_ptr<Link> client(h.clientLink()), server(h.serverLink());
    Sink atServer(server.get());
    QSignalSpy serverClosed(server.get(), &Link::closed);
    client->write("goodbye");
    client->close(QStringLiteral("done"));
    client.reset(); // the owner lets go at once, as PeerConnection does
    QTRY_COMPARE_WITH_TIMEOUT(serverClosed.size(), 1, 10000);
    QCOMPARE(atServer.data, QByteArrayLiteral("goodbye"));
    QVERIFY(!server->isOpen());
}

void tst_TlsStream::cutStreamClosesTheLink()
{
    Handshakes h(m_a, m_b, {});
    h.client->start();
    h.server->start();
    QTRY_VERIFY_WITH_TIMEOUT(h.clientLink() && h.serverLink(), 10000);
    std::unique_ptr<Link> client(h.clientLink()), server(h.serverLink());
    QSignalSpy clientClosed(client.get(), &Link::closed);
    QSignalSpy serverClosed(server.get(), &Link::closed);
    QVERIFY(h.clientStream);
    h.clientStream->sever(QStringLiteral("out of range"));
    QTRY_COMPARE(clientClosed.size(), 1);
    QTRY_COMPARE(serverClosed.size(), 1);
    QCOMPARE(serverClosed.at(0).at(0).toString(), QStringLiteral("out of range"));
}

void tst_TlsStream::diallerWithoutCertificateIsRefused()
{
    // A stranger dials our listener (which speaks TLS as the client) and
    // offers no certificate: no suite allows that; the handshake fails or
    // times out, and never makes a link.
    auto [s1, s2] = MemoryStream::createPair({});
    RawTlsPeer anonymous(s1);
    auto *accepting = new TlsStreamHandshake(s2, m_b, false, Link::Transport::Bluetooth, QStringLiteral("x"), 3000ms);
    QSignalSpy up(accepting, &TlsStreamHandshake::established);
    QSignalSpy failed(accepting, &TlsStreamHandshake::failed);
    anonymous.tls.startServer();
    accepting->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(up.size(), 0);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"TLS"), qPrintable(failed.at(0).at(0).toString()));
}

void tst_TlsStream::expiredCertificateIsRefused()
{
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(2048, 65537, QStringLiteral("qca-ossl"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QCA::Certificate expired = makeCertificate(key, now.addYears(-2), now.addDays(-1));
    QVERIFY(!expired.isNull());
    auto [s1, s2] = MemoryStream::createPair({});
    RawTlsPeer stale(s1);
    stale.tls.setCertificate(QCA::CertificateChain(expired), key);
    stale.tls.setTrustedCertificates(QCA::CertificateCollection());
    auto *accepting = new TlsStreamHandshake(s2, m_b, false, Link::Transport::Bluetooth, QStringLiteral("x"));
    QSignalSpy up(accepting, &TlsStreamHandshake::established);
    QSignalSpy failed(accepting, &TlsStreamHandshake::failed);
    stale.tls.startServer();
    accepting->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(up.size(), 0);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the peer's certificate is outside its validity period"));
}

void tst_TlsStream::plaintextPeerIsRefused()
{
    auto [s1, s2] = MemoryStream::createPair({});
    std::unique_ptr<MemoryStream> plain(s1);
    auto *server = new TlsStreamHandshake(s2, m_b, false, Link::Transport::Bluetooth, QStringLiteral("x"));
    QSignalSpy failed(server, &TlsStreamHandshake::failed);
    server->start();
    // KDE Connect's Bluetooth backend speaks JSON in the clear: refused.
    plain->write("{\"type\":\"kdeconnect.identity\"}\n");
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"TLS"), qPrintable(failed.at(0).at(0).toString()));
}

void tst_TlsStream::silentPeerTimesOut()
{
    auto [s1, s2] = MemoryStream::createPair({});
    std::unique_ptr<MemoryStream> silent(s1);
    auto *server = new TlsStreamHandshake(s2, m_b, false, Link::Transport::Bluetooth, QStringLiteral("x"), 200ms);
    QSignalSpy failed(server, &TlsStreamHandshake::failed);
    server->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"timed out"), qPrintable(failed.at(0).at(0).toString()));
}

QTEST_GUILESS_MAIN(tst_TlsStream)
#include "tst_tlsstream.moc"
