#include <Tandem/controlmessage.h>
#include <Tandem/deviceidentity.h>
#include <Tandem/frame.h>
#include <Tandem/memorylink.h>
#include <Tandem/peerconnection.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace std::chrono_literals;

namespace {

Protocol::Hello helloFor(const DeviceIdentity &identity)
{
    Protocol::Hello hello;
    hello.deviceId = identity.deviceId();
    hello.name = QStringLiteral("test");
    hello.deviceType = QStringLiteral("desktop");
    hello.instance = QByteArray(Protocol::Hello::InstanceBytes, 'i');
    return hello;
}

PeerConnection::Options fastOptions()
{
    PeerConnection::Options options;
    options.helloTimeout = 300ms;
    options.keepaliveInterval = 50ms;
    options.keepaliveTimeout = 300ms;
    return options;
}

} // namespace

class tst_PeerConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helloExchangeMakesBothReady_data();
    void helloExchangeMakesBothReady();
    void helloClaimingAnotherIdIsRefused();
    void noCommonVersionIsRefused();
    void silentPeerTimesOutBeforeHello();
    void deadPeerIsNoticedByKeepalive();
    void idleButAlivePeerStaysUp();
    void headAndSharedBodyArriveAsOnePayload_data();
    void headAndSharedBodyArriveAsOnePayload();
    void garbageAfterHandshakeClosesWithProtocolError();
    void oversizedFrameClosesWithoutAllocating();
    void dataBeforeHelloIsRefused();
    void goodbyeCarriesTheReason();
    void leavingIsTold();

private:
    QTemporaryDir m_dirA, m_dirB, m_dirC;
    DeviceIdentity m_a, m_b, m_c;
};

void tst_PeerConnection::initTestCase()
{
    m_a = DeviceIdentity::loadOrCreate(m_dirA.path()).identity;
    m_b = DeviceIdentity::loadOrCreate(m_dirB.path()).identity;
    m_c = DeviceIdentity::loadOrCreate(m_dirC.path()).identity;
    QVERIFY(!m_a.isNull() && !m_b.isNull() && !m_c.isNull());
}

void tst_PeerConnection::helloExchangeMakesBothReady_data()
{
    QTest::addColumn<qsizetype>("maxChunk");
    QTest::newRow("whole writes") << qsizetype(0);
    QTest::newRow("1-byte chunks") << qsizetype(1);
    QTest::newRow("random chunks up to 7") << qsizetype(7);
}

void tst_PeerConnection::helloExchangeMakesBothReady()
{
    QFETCH(qsizetype, maxChunk);
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer(), {maxChunk, 42});
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, helloFor(m_b), fastOptions());
    QSignalSpy readyA(&a, &PeerConnection::ready), readyB(&b, &PeerConnection::ready);
    QTRY_COMPARE(readyA.size(), 1);
    QTRY_COMPARE(readyB.size(), 1);
    QCOMPARE(a.peerHello().deviceId, m_b.deviceId());
    QCOMPARE(b.peerHello().deviceId, m_a.deviceId());
    QCOMPARE(a.negotiatedVersion(), Protocol::CurrentVersion);

    QSignalSpy control(&b, &PeerConnection::controlReceived);
    QSignalSpy data(&b, &PeerConnection::dataReceived);
    QCborMap fields;
    fields.insert(QLatin1StringView("n"), 7);
    a.sendControl(QLatin1StringView("test-message"), fields, 3);
    a.sendData(9, QByteArray(1000, 'd'));
    QTRY_COMPARE(control.size(), 1);
    QCOMPARE(control.at(0).at(0).toString(), QStringLiteral("test-message"));
    QCOMPARE(control.at(0).at(1).value<QCborMap>().value(QLatin1StringView("n")).toInteger(), 7);
    QCOMPARE(control.at(0).at(2).toUInt(), 3u);
    QTRY_COMPARE(data.size(), 1);
    QCOMPARE(data.at(0).at(1).toByteArray(), QByteArray(1000, 'd'));
}

void tst_PeerConnection::headAndSharedBodyArriveAsOnePayload_data()
{
    QTest::addColumn<qsizetype>("bodySize");
    QTest::addColumn<qsizetype>("maxChunk");
    // Small bodies are copied behind the head, larger ones written on their
    // own from the message; either way the peer gets one payload.
    QTest::newRow("empty body") << qsizetype(0) << qsizetype(0);
    QTest::newRow("small body") << qsizetype(4096) << qsizetype(0);
    QTest::newRow("large body") << qsizetype(64 * 1024) << qsizetype(0);
    QTest::newRow("large body, random chunks") << qsizetype(64 * 1024) << qsizetype(5000);
}

void tst_PeerConnection::headAndSharedBodyArriveAsOnePayload()
{
    QFETCH(qsizetype, bodySize);
    QFETCH(qsizetype, maxChunk);
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer(), {maxChunk, 7});
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, helloFor(m_b), fastOptions());
    QSignalSpy readyA(&a, &PeerConnection::ready), readyB(&b, &PeerConnection::ready);
    QTRY_COMPARE(readyA.size(), 1);
    QTRY_COMPARE(readyB.size(), 1);

    QByteArray message(bodySize + 300, Qt::Uninitialized);
    for (qsizetype i = 0; i < message.size(); ++i)
        message[i] = char(i * 13 + 5);
    const QByteArray head = QByteArrayLiteral("fragment header");
    QSignalSpy data(&b, &PeerConnection::dataReceived);
    // A slice from the middle of the message, then a frame after it, which
    // must arrive whole and after.
    a.sendData(4, head, message, 100, bodySize, 0x01, PeerConnection::Priority::Bulk);
    a.sendData(4, QByteArrayLiteral("next"), 0, PeerConnection::Priority::Bulk);
    QTRY_COMPARE(data.size(), 2);
    QCOMPARE(data.at(0).at(0).toUInt(), 4u);
    QCOMPARE(data.at(0).at(1).toByteArray(), head + message.sliced(100, bodySize));
    QCOMPARE(data.at(0).at(2).toUInt(), 1u);
    QCOMPARE(data.at(1).at(1).toByteArray(), QByteArrayLiteral("next"));
}

void tst_PeerConnection::helloClaimingAnotherIdIsRefused()
{
    // C holds C's certificate but says it is B.
    auto [linkC, linkA] = MemoryLink::createPair(m_c.certificateDer(), m_a.certificateDer());
    Protocol::Hello lie = helloFor(m_c);
    lie.deviceId = m_b.deviceId();
    PeerConnection liar(linkC, lie, fastOptions());
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    QSignalSpy closedA(&a, &PeerConnection::closed);
    QSignalSpy closedLiar(&liar, &PeerConnection::closed);
    QTRY_COMPARE(closedA.size(), 1);
    QVERIFY(closedA.at(0).at(0).toString().contains(u"does not match the peer's certificate"));
    QTRY_COMPARE(closedLiar.size(), 1);
    QCOMPARE(closedLiar.at(0).at(1).toBool(), true); // told why
    QCOMPARE(a.state(), PeerConnection::State::Closed);
}

void tst_PeerConnection::noCommonVersionIsRefused()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    Protocol::Hello future = helloFor(m_b);
    future.version = 5;
    future.minVersion = 4;
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, future, fastOptions());
    QSignalSpy closedA(&a, &PeerConnection::closed);
    QTRY_COMPARE(closedA.size(), 1);
    QVERIFY2(closedA.at(0).at(0).toString().contains(u"no common protocol version"),
             qPrintable(closedA.at(0).at(0).toString()));
}

void tst_PeerConnection::silentPeerTimesOutBeforeHello()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    std::unique_ptr<MemoryLink> silent(linkB); // never speaks
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    QSignalSpy closedA(&a, &PeerConnection::closed);
    QTRY_COMPARE(closedA.size(), 1);
    QVERIFY(closedA.at(0).at(0).toString().contains(u"no hello"));
}

void tst_PeerConnection::deadPeerIsNoticedByKeepalive()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, helloFor(m_b), fastOptions());
    QSignalSpy readyA(&a, &PeerConnection::ready);
    QTRY_COMPARE(readyA.size(), 1);
    QTRY_COMPARE(b.state(), PeerConnection::State::Ready);

    // The network goes silent: no goodbye, no error, just nothing.
    linkA->setBlackhole(true);
    QSignalSpy closedA(&a, &PeerConnection::closed);
    QSignalSpy closedB(&b, &PeerConnection::closed);
    QTRY_COMPARE(closedA.size(), 1);
    QTRY_COMPARE(closedB.size(), 1);
    QVERIFY(closedA.at(0).at(0).toString().contains(u"stopped responding"));
}

void tst_PeerConnection::idleButAlivePeerStaysUp()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, helloFor(m_b), fastOptions());
    QTRY_COMPARE(a.state(), PeerConnection::State::Ready);
    QSignalSpy closedA(&a, &PeerConnection::closed);
    // No application traffic for several keepalive timeouts (300 ms): the
    // pings alone keep the link up. Wait on pings arriving, not on a clock.
    QSignalSpy pingsAtB(linkB, &Link::readyRead);
    QTRY_VERIFY_WITH_TIMEOUT(pingsAtB.size() >= 20, 10000);
    QCOMPARE(closedA.size(), 0);
    QCOMPARE(a.state(), PeerConnection::State::Ready);
}

void tst_PeerConnection::garbageAfterHandshakeClosesWithProtocolError()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, helloFor(m_b), fastOptions());
    QTRY_COMPARE(a.state(), PeerConnection::State::Ready);
    QSignalSpy closedA(&a, &PeerConnection::closed);
    // A valid header with an unknown frame type, then junk.
    linkB->write(QByteArray(QByteArray::fromHex("0000000aff00000000000000") + QByteArray(64, '\xee')));
    QTRY_COMPARE(closedA.size(), 1);
    QVERIFY2(closedA.at(0).at(0).toString().startsWith(u"protocol error"), qPrintable(closedA.at(0).at(0).toString()));
}

void tst_PeerConnection::oversizedFrameClosesWithoutAllocating()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, helloFor(m_b), fastOptions());
    QTRY_COMPARE(a.state(), PeerConnection::State::Ready);
    QSignalSpy closedA(&a, &PeerConnection::closed);
    // A header announcing a 1 GiB frame: refused on sight.
    linkB->write(QByteArray::fromHex("4000000601000000"));
    QTRY_COMPARE(closedA.size(), 1);
    QVERIFY2(closedA.at(0).at(0).toString().contains(u"exceeds"), qPrintable(closedA.at(0).at(0).toString()));
}

void tst_PeerConnection::dataBeforeHelloIsRefused()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    std::unique_ptr<MemoryLink> raw(linkB);
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    QSignalSpy closedA(&a, &PeerConnection::closed);
    raw->write(Protocol::encodeFrame({Protocol::FrameType::Data, 0, 1, QByteArrayLiteral("sneaky")}));
    QTRY_COMPARE(closedA.size(), 1);
    QVERIFY(closedA.at(0).at(0).toString().contains(u"data before hello"));
}

void tst_PeerConnection::goodbyeCarriesTheReason()
{
    auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
    PeerConnection a(linkA, helloFor(m_a), fastOptions());
    PeerConnection b(linkB, helloFor(m_b), fastOptions());
    QTRY_COMPARE(b.state(), PeerConnection::State::Ready);
    QSignalSpy closedB(&b, &PeerConnection::closed);
    a.close(QStringLiteral("going to lunch"));
    QTRY_COMPARE(closedB.size(), 1);
    QCOMPARE(closedB.at(0).at(0).toString(), QStringLiteral("going to lunch"));
    QCOMPARE(closedB.at(0).at(1).toBool(), true);
}

// A device that stops says so (its peers then wait for it to dial them);
// closing one link does not.
void tst_PeerConnection::leavingIsTold()
{
    for (const bool leaving : {false, true}) {
        auto [linkA, linkB] = MemoryLink::createPair(m_a.certificateDer(), m_b.certificateDer());
        PeerConnection a(linkA, helloFor(m_a), fastOptions());
        PeerConnection b(linkB, helloFor(m_b), fastOptions());
        QTRY_COMPARE(b.state(), PeerConnection::State::Ready);
        QSignalSpy closedB(&b, &PeerConnection::closed);
        if (leaving)
            a.leave(QStringLiteral("the device is shutting down"));
        else
            a.close(QStringLiteral("duplicate link"));
        QTRY_COMPARE(closedB.size(), 1);
        QCOMPARE(b.peerLeft(), leaving);
        QCOMPARE(closedB.at(0).at(0).toString(),
                 leaving ? QStringLiteral("the device is shutting down") : QStringLiteral("duplicate link"));
        QVERIFY(!a.peerLeft());
    }
}

QTEST_GUILESS_MAIN(tst_PeerConnection)
#include "tst_peerconnection.moc"
