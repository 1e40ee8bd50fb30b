#include "../../common/freeport.h"
#include <Tandem/landiscovery.h>

#include <QCborStreamWriter>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using TandemTest::freeUdpPort;
using namespace std::chrono_literals;
using Tandem::DeviceAnnouncement;
using Tandem::LanDiscovery;

namespace {

// Every test stays on loopback: nothing may leave this machine, so every
// instance is restricted to "lo" and raw sockets send to 127.0.0.1 only.
const auto Loopback = u"lo"_s;
constexpr auto Generous = 10s; // a bound for failures only; timings are reported, not asserted

LanDiscovery::Options loopbackOptions(quint16 port)
{
    LanDiscovery::Options options;
    options.port = port;
    options.interfaces = {Loopback};
    return options;
}

DeviceAnnouncement device(int n, const QString &name = {})
{
    DeviceAnnouncement a;
    a.deviceId
        = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
    a.name = name.isEmpty() ? u"Device %1"_s.arg(n) : name;
    a.deviceType = u"desktop"_s;
    a.tcpPort = quint16(40000 + n);
    return a;
}

std::unique_ptr<LanDiscovery> started(const DeviceAnnouncement &self, const LanDiscovery::Options &options)
{
    if (options.interfaces != QStringList{Loopback})
        qFatal("discovery tests must stay on loopback");
    auto discovery = std::make_unique<LanDiscovery>(self, options);
    QString error;
    if (!discovery->start(&error)) {
        qWarning() << "start failed:" << error;
        return nullptr;
    }
    return discovery;
}

QStringList peerIds(const LanDiscovery &discovery)
{
    QStringList ids;
    const auto peers = discovery.peers();
    for (const auto &peer : peers)
        ids.append(peer.announcement.deviceId);
    ids.sort();
    return ids;
}

// A plain socket on loopback, for sending crafted datagrams.
class RawSender
{
public:
    explicit RawSender(quint16 port)
        : m_port(port)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
    }
    bool send(const QByteArray &bytes)
    {
        return m_socket.writeDatagram(bytes, QHostAddress(QHostAddress::LocalHost), m_port) == bytes.size();
    }

private:
    QUdpSocket m_socket;
    quint16 m_port;
};

} // namespace

class tst_LanDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoInstancesFindEachOther();
    void threeInstancesSeeEachOther();
    void ownAnnouncementsIgnored();
    void stoppedInstanceIsLost();
    void renamedInstanceRaisesPeerChanged();
    void floodIsRateLimited();
    void garbageIsDropped();
    void knownPeersAreBounded();
    void startFailsForInvalidSelf();
};

void tst_LanDiscovery::initTestCase()
{
    const QNetworkInterface lo = QNetworkInterface::interfaceFromName(Loopback);
    if (!lo.isValid() || !lo.flags().testFlag(QNetworkInterface::IsUp))
        QSKIP("no loopback interface named lo");
}

void tst_LanDiscovery::twoInstancesFindEachOther()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    auto options = loopbackOptions(port);
    // No periodic round within the test: the second instance can only learn
    // of the first through the direct answer to its start announcement.
    options.announceInterval = 1h;

    QElapsedTimer clock;
    double bothFoundAt = -1; // ms
    const auto a = std::make_unique<LanDiscovery>(device(1), options);
    const auto b = std::make_unique<LanDiscovery>(device(2), options);
    QSignalSpy aFound(a.get(), &LanDiscovery::peerFound);
    QSignalSpy bFound(b.get(), &LanDiscovery::peerFound);
    for (LanDiscovery *discovery : {a.get(), b.get()}) {
        connect(discovery, &LanDiscovery::peerFound, this, [&] {
            if (!aFound.isEmpty() && !bFound.isEmpty() && bothFoundAt < 0)
                bothFoundAt = double(clock.nsecsElapsed()) / 1e6;
        });
    }
    clock.start();
    QString error;
    QVERIFY2(a->start(&error), qPrintable(error));
    QVERIFY2(b->start(&error), qPrintable(error));

    QTRY_VERIFY_WITH_TIMEOUT(aFound.size() == 1 && bFound.size() == 1, Generous);
    qInfo("two instances found each other %.2f ms after the first started", bothFoundAt);

    const auto seenByA = aFound.first().first().value<LanDiscovery::Peer>();
    QCOMPARE(seenByA.announcement, device(2));
    QCOMPARE(seenByA.address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(seenByA.lastSeen.isValid());
    const auto seenByB = bFound.first().first().value<LanDiscovery::Peer>();
    QCOMPARE(seenByB.announcement, device(1));
    QCOMPARE(seenByB.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(a->peers(), QList{seenByA});
    QCOMPARE(b->peers(), QList{seenByB});
    QCOMPARE(a->port(), port);
    QCOMPARE(a->droppedAnnouncements(), 0);
    QCOMPARE(b->droppedAnnouncements(), 0);
}

void tst_LanDiscovery::threeInstancesSeeEachOther()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    std::vector<std::unique_ptr<LanDiscovery>> instances;
    for (int n = 1; n <= 3; ++n) {
        instances.push_back(started(device(n), loopbackOptions(port)));
        QVERIFY(instances.back());
    }
    const auto idsBut = [](int n) {
        QStringList ids;
        for (int other = 1; other <= 3; ++other) {
            if (other != n)
                ids.append(device(other).deviceId);
        }
        ids.sort();
        return ids;
    };
    for (int n = 1; n <= 3; ++n)
        QTRY_COMPARE_WITH_TIMEOUT(peerIds(*instances[n - 1]), idsBut(n), Generous);
}

void tst_LanDiscovery::ownAnnouncementsIgnored()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    // A second socket on the shared port sees what the instance broadcasts,
    // which also shows that the loopback broadcast reaches every socket
    // bound to the port.
    QUdpSocket observer;
    QVERIFY(observer.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
    QList<DeviceAnnouncement> observed;
    connect(&observer, &QUdpSocket::readyRead, this, [&] {
        while (observer.hasPendingDatagrams()) {
            if (const auto a = DeviceAnnouncement::decode(observer.receiveDatagram().data(), nullptr))
                observed.append(*a);
        }
    });

    auto options = loopbackOptions(port);
    options.announceInterval = 20ms;
    const auto discovery = started(device(1), options);
    QVERIFY(discovery);
    QSignalSpy found(discovery.get(), &LanDiscovery::peerFound);

    QTRY_VERIFY_WITH_TIMEOUT(observed.size() >= 5, Generous);
    QCoreApplication::processEvents(); // the instance's own socket has had its turn too
    QVERIFY(observed.first().wantsReply); // the start announcement asks for answers
    for (const auto &a : std::as_const(observed)) {
        QCOMPARE(a.deviceId, device(1).deviceId);
    }
    QCOMPARE(found.size(), 0);
    QVERIFY(discovery->peers().isEmpty());
    QCOMPARE(discovery->droppedAnnouncements(), 0);
}

void tst_LanDiscovery::stoppedInstanceIsLost()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    auto options = loopbackOptions(port);
    options.announceInterval = 50ms;
    options.expiry = 300ms;
    // Both instances send from 127.0.0.1, faster than the default limit.
    options.maxAnnouncementsPerSecondPerSource = 1000;
    const auto a = started(device(1), options);
    const auto b = started(device(2), options);
    QVERIFY(a && b);
    QTRY_VERIFY_WITH_TIMEOUT(a->peers().size() == 1 && b->peers().size() == 1, Generous);

    QSignalSpy aLost(a.get(), &LanDiscovery::peerLost);
    QSignalSpy bLost(b.get(), &LanDiscovery::peerLost);

    // Kept while it announces: watch B announce for well over the expiry.
    QUdpSocket observer;
    QVERIFY(observer.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
    int fromB = 0;
    connect(&observer, &QUdpSocket::readyRead, this, [&] {
        while (observer.hasPendingDatagrams()) {
            const auto heard = DeviceAnnouncement::decode(observer.receiveDatagram().data(), nullptr);
            fromB += heard && heard->deviceId == device(2).deviceId;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(fromB >= 20, Generous); // about 1 s, three expiry periods
    QCOMPARE(aLost.size(), 0);
    QCOMPARE(a->peers().size(), 1);

    QElapsedTimer clock;
    clock.start();
    b->stop();
    QVERIFY(!b->isRunning());
    QCOMPARE(bLost.size(), 1); // stopping forgets every peer at once
    QCOMPARE(bLost.first().first().toString(), device(1).deviceId);
    QVERIFY(b->peers().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(aLost.size(), 1, Generous);
    qInfo("a stopped instance was lost after %lld ms (expiry %lld ms)", clock.elapsed(),
          qint64(options.expiry.count()));
    QCOMPARE(aLost.first().first().toString(), device(2).deviceId);
    QVERIFY(a->peers().isEmpty());
}

void tst_LanDiscovery::renamedInstanceRaisesPeerChanged()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    const auto a = started(device(1), loopbackOptions(port));
    const auto b = started(device(2), loopbackOptions(port));
    QVERIFY(a && b);
    QTRY_VERIFY_WITH_TIMEOUT(a->peers().size() == 1, Generous);
    QSignalSpy changed(a.get(), &LanDiscovery::peerChanged);
    QSignalSpy found(a.get(), &LanDiscovery::peerFound);

    DeviceAnnouncement renamed = device(2, u"Living-room TV 📺"_s);
    renamed.deviceType = u"tv"_s;
    renamed.tcpPort = 50123;
    b->setSelf(renamed);
    QCOMPARE(b->self(), renamed);

    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Generous);
    const auto peer = changed.first().first().value<LanDiscovery::Peer>();
    QCOMPARE(peer.announcement, renamed);
    QCOMPARE(a->peers().first().announcement, renamed);
    QCOMPARE(found.size(), 0);

    // An invalid announcement is refused and the valid one kept.
    DeviceAnnouncement invalid = renamed;
    invalid.name = u"bad\u202Ename"_s;
    b->setSelf(invalid);
    QCOMPARE(b->self(), renamed);
}

void tst_LanDiscovery::floodIsRateLimited()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    const auto discovery = started(device(1), loopbackOptions(port));
    QVERIFY(discovery);
    QSignalSpy found(discovery.get(), &LanDiscovery::peerFound);

    RawSender raw(port);
    const QByteArray announcement = device(2).encode();
    constexpr int Sent = 100;
    for (int i = 0; i < Sent; ++i)
        QVERIFY(raw.send(announcement));

    // At most a burst of one second's allowance gets through (and what
    // trickles in while the flood is read).
    constexpr int Limit = LanDiscovery::DefaultMaxAnnouncementsPerSecondPerSource;
    QTRY_VERIFY_WITH_TIMEOUT(discovery->droppedAnnouncements() >= Sent - 2 * Limit, Generous);
    qInfo("%d of %d announcements from one source were dropped", discovery->droppedAnnouncements(), Sent);
    QCOMPARE(found.size(), 1);
    QCOMPARE(peerIds(*discovery), QStringList{device(2).deviceId});
}

void tst_LanDiscovery::garbageIsDropped()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    const auto discovery = started(device(1), loopbackOptions(port));
    QVERIFY(discovery);
    QSignalSpy found(discovery.get(), &LanDiscovery::peerFound);
    QSignalSpy changed(discovery.get(), &LanDiscovery::peerChanged);

    // A valid announcement made oversize by an unknown key's padding.
    QByteArray oversize;
    {
        QCborStreamWriter writer(&oversize);
        writer.startMap(8);
        const DeviceAnnouncement a = device(3);
        writer.append("tdm"_L1);
        writer.append(1);
        writer.append("pv"_L1);
        writer.append(a.protocolVersion);
        writer.append("id"_L1);
        writer.append(QByteArray::fromHex(a.deviceId.toLatin1()));
        writer.append("n"_L1);
        writer.append(a.name);
        writer.append("t"_L1);
        writer.append(a.deviceType);
        writer.append("p"_L1);
        writer.append(a.tcpPort);
        writer.append("r"_L1);
        writer.append(false);
        writer.append("pad"_L1);
        writer.append(QByteArray(DeviceAnnouncement::MaxSize, 'x'));
        writer.endMap();
    }
    const QList<QByteArray> garbage = {
        QByteArray(4000, 'x'),     "hello"_ba, QByteArray(), QCborValue(QCborMap{{u"tdm"_s, 2}}).toCbor(), oversize,
        device(4).encode() + '\0',
    };
    RawSender raw(port);
    for (const QByteArray &bytes : garbage)
        QVERIFY(raw.send(bytes));
    QTRY_COMPARE_WITH_TIMEOUT(discovery->droppedAnnouncements(), garbage.size(), Generous);
    QCOMPARE(found.size(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(discovery->peers().isEmpty());

    // Still listening after all that.
    QVERIFY(raw.send(device(5).encode()));
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, Generous);
    QCOMPARE(discovery->droppedAnnouncements(), garbage.size());
}

void tst_LanDiscovery::knownPeersAreBounded()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    auto options = loopbackOptions(port);
    options.maxAnnouncementsPerSecondPerSource = 1'000'000; // all fakes come from one address
    const auto discovery = started(device(0), options);
    QVERIFY(discovery);
    QSignalSpy found(discovery.get(), &LanDiscovery::peerFound);

    // Sent in batches, each handled before the next, so that the socket's
    // receive buffer never overflows and every datagram is accounted for.
    RawSender raw(port);
    constexpr int Total = LanDiscovery::MaxKnownPeers + 44;
    constexpr int Batch = 32;
    for (int sent = 0; sent < Total;) {
        for (int i = 0; i < Batch && sent < Total; ++i, ++sent)
            QVERIFY(raw.send(device(1000 + sent).encode()));
        QTRY_COMPARE_WITH_TIMEOUT(int(found.size()) + discovery->droppedAnnouncements(), sent, Generous);
    }
    // One address holds at most MaxPeersPerSource rows: each new id takes
    // the row of that address's least recently heard one (peerLost for it).
    // tests/hostile/tst_hostile_discovery.cpp floods from many addresses.
    QCOMPARE(found.size(), Total);
    QCOMPARE(discovery->peers().size(), LanDiscovery::MaxPeersPerSource);
    QCOMPARE(discovery->evictedPeers(), Total - LanDiscovery::MaxPeersPerSource);
    QCOMPARE(discovery->droppedAnnouncements(), 0);

    // Known peers are still heard while their address is at its bound.
    QSignalSpy changed(discovery.get(), &LanDiscovery::peerChanged);
    QVERIFY(raw.send(device(1000 + Total - 1, u"Renamed"_s).encode()));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Generous);
    QCOMPARE(discovery->peers().size(), LanDiscovery::MaxPeersPerSource);
}

void tst_LanDiscovery::startFailsForInvalidSelf()
{
    DeviceAnnouncement invalid = device(1);
    invalid.tcpPort = 0;
    LanDiscovery discovery(invalid, loopbackOptions(freeUdpPort()));
    QString error;
    QVERIFY(!discovery.start(&error));
    QVERIFY2(error.contains(u"port"), qPrintable(error));
    QVERIFY(!discovery.isRunning());
}

QTEST_GUILESS_MAIN(tst_LanDiscovery)
#include "tst_landiscovery.moc"
