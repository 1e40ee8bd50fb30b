#include "../../common/freeport.h"
#include <Tandem/landiscovery.h>

#include <QCryptographicHash>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using TandemTest::freeUdpPort;
using namespace std::chrono_literals;
using Tandem::DeviceAnnouncement;
using Tandem::LanDiscovery;

// Discovery over the interfaces that in-netns.sh creates in a network
// namespace of its own: the production default (every interface), IPv6
// multicast and IPv4 multicast, which loopback cannot carry. The namespace
// has no route to any real network, and every test checks that first.

namespace {

constexpr auto Generous = 10s; // a bound for failures only

const QStringList IsolatedInterfaces
    = {u"lo"_s, u"tnd-a"_s, u"tnd-b"_s, u"tnd-c"_s, u"tnd-d"_s, u"tnd-e"_s, u"tnd-f"_s};

bool inIsolatedNamespace()
{
    if (qEnvironmentVariableIsEmpty("TANDEM_TEST_NETNS"))
        return false;
    const auto all = QNetworkInterface::allInterfaces();
    return !all.isEmpty() && std::all_of(all.cbegin(), all.cend(), [](const QNetworkInterface &iface) {
        return IsolatedInterfaces.contains(iface.name());
    });
}

DeviceAnnouncement device(int n, const QString &name = {})
{
    DeviceAnnouncement a;
    a.deviceId
        = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
    a.name = name.isEmpty() ? u"Device %1"_s.arg(n) : name;
    a.deviceType = u"laptop"_s;
    a.tcpPort = quint16(40000 + n);
    return a;
}

LanDiscovery::Options options(quint16 port, const QStringList &interfaces)
{
    LanDiscovery::Options o;
    o.port = port;
    o.interfaces = interfaces;
    return o;
}

std::unique_ptr<LanDiscovery> started(const DeviceAnnouncement &self, const LanDiscovery::Options &o)
{
    if (!inIsolatedNamespace())
        qFatal("refusing to run discovery outside the isolated namespace");
    auto discovery = std::make_unique<LanDiscovery>(self, o);
    QString error;
    if (!discovery->start(&error)) {
        qWarning() << "start failed:" << error;
        return nullptr;
    }
    return discovery;
}

QHostAddress scoped(const QString &address, const QString &scope)
{
    QHostAddress result(address);
    result.setScopeId(scope);
    return result;
}

} // namespace

class tst_LanDiscoveryNetns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyInterfaceByDefault();
    void ipv6LinkLocalMulticast();
    void ipv4MulticastWithoutBroadcast();
    void otherInterfacesAreIgnored();
};

void tst_LanDiscoveryNetns::initTestCase()
{
    if (!inIsolatedNamespace())
        QSKIP("not in the isolated network namespace: run through in-netns.sh");
}

void tst_LanDiscoveryNetns::everyInterfaceByDefault()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    auto o = options(port, {}); // every up interface
    o.announceInterval = 50ms;
    // Here each announcement reaches the other instance about ten times
    // (three interfaces, loopback copies, broadcast and two multicasts),
    // from few source addresses: far above the default per-source limit.
    o.maxAnnouncementsPerSecondPerSource = 10'000;
    const auto a = started(device(1), o);
    const auto b = started(device(2), o);
    QVERIFY(a && b);
    QTRY_VERIFY_WITH_TIMEOUT(a->peers().size() == 1 && b->peers().size() == 1, Generous);
    qInfo() << "A sees B at" << a->peers().first().address << "and B sees A at" << b->peers().first().address;

    // Heard on many addresses, the peer keeps one: no peerChanged while
    // several rounds of announcements come in by every path.
    QSignalSpy aChanged(a.get(), &LanDiscovery::peerChanged);
    QSignalSpy bChanged(b.get(), &LanDiscovery::peerChanged);
    QUdpSocket observer;
    QVERIFY(observer.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
    QSet<QHostAddress> sources;
    int rounds = 0; // copies from B over loopback: one a round
    const uint lo = uint(QNetworkInterface::interfaceIndexFromName(u"lo"_s));
    connect(&observer, &QUdpSocket::readyRead, this, [&] {
        while (observer.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = observer.receiveDatagram();
            const auto heard = DeviceAnnouncement::decode(datagram.data(), nullptr);
            if (!heard || heard->deviceId != device(2).deviceId)
                continue;
            sources.insert(datagram.senderAddress());
            rounds += datagram.interfaceIndex() == lo;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(rounds >= 10, Generous);
    qInfo() << "B's announcements came from" << sources;
    QVERIFY(sources.contains(QHostAddress(u"10.99.0.2"_s))); // broadcast or multicast on tnd-b
    QVERIFY(sources.contains(QHostAddress(u"127.0.0.1"_s)));
    QCOMPARE(aChanged.size(), 0);
    QCOMPARE(bChanged.size(), 0);
    QCOMPARE(a->peers().size(), 1);
    QCOMPARE(b->peers().size(), 1);
    QCOMPARE(a->droppedAnnouncements(), 0);
    QCOMPARE(b->droppedAnnouncements(), 0);
}

void tst_LanDiscoveryNetns::ipv6LinkLocalMulticast()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    // tnd-c and tnd-d have only IPv6 link-local addresses, so only the
    // IPv6 multicast and the unicast answer to a scoped address can work;
    // no periodic round runs.
    auto oa = options(port, {u"tnd-c"_s});
    auto ob = options(port, {u"tnd-d"_s});
    oa.announceInterval = ob.announceInterval = 1h;
    const auto a = started(device(1), oa);
    QVERIFY(a);
    const auto b = started(device(2), ob);
    QVERIFY(b);
    QTRY_VERIFY_WITH_TIMEOUT(a->peers().size() == 1 && b->peers().size() == 1, Generous);
    QCOMPARE(a->peers().first().address, scoped(u"fe80::d"_s, u"tnd-c"_s));
    QCOMPARE(b->peers().first().address, scoped(u"fe80::c"_s, u"tnd-d"_s));
    QCOMPARE(a->peers().first().announcement, device(2));
}

void tst_LanDiscoveryNetns::ipv4MulticastWithoutBroadcast()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    // tnd-e and tnd-f have IPv4 addresses without a broadcast address and
    // no IPv6: the kernel does not broadcast to x.255 there (it looks for
    // a host of that name and finds none), so only the IPv4 multicast and
    // the direct answer can work.
    auto oa = options(port, {u"tnd-e"_s});
    auto ob = options(port, {u"tnd-f"_s});
    oa.announceInterval = ob.announceInterval = 1h;
    const auto a = started(device(1), oa);
    QVERIFY(a);
    const auto b = started(device(2), ob);
    QVERIFY(b);
    QTRY_VERIFY_WITH_TIMEOUT(a->peers().size() == 1 && b->peers().size() == 1, Generous);
    QCOMPARE(a->peers().first().address, QHostAddress(u"10.98.0.2"_s));
    QCOMPARE(b->peers().first().address, QHostAddress(u"10.98.0.1"_s));
}

void tst_LanDiscoveryNetns::otherInterfacesAreIgnored()
{
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    auto o = options(port, {u"tnd-b"_s});
    o.announceInterval = 1h;
    const auto discovery = started(device(1), o);
    QVERIFY(discovery);
    QSignalSpy found(discovery.get(), &LanDiscovery::peerFound);

    // Sees both datagrams arrive, so that the ignored one is known to have
    // reached the port.
    QUdpSocket observer;
    QVERIFY(observer.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
    QStringList observed;
    connect(&observer, &QUdpSocket::readyRead, this, [&] {
        while (observer.hasPendingDatagrams()) {
            if (const auto a = DeviceAnnouncement::decode(observer.receiveDatagram().data(), nullptr))
                observed.append(a->name);
        }
    });

    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress(u"10.99.0.1"_s), 0));
    // Arrives over loopback, which was not chosen: ignored, not even counted.
    QNetworkDatagram overLoopback(device(3).encode(), QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(raw.writeDatagram(overLoopback) > 0);
    // Sent out of tnd-a, so it arrives on tnd-b: heard.
    QNetworkDatagram overVeth(device(2).encode(), QHostAddress(u"10.99.0.255"_s), port);
    overVeth.setInterfaceIndex(uint(QNetworkInterface::interfaceIndexFromName(u"tnd-a"_s)));
    QVERIFY(raw.writeDatagram(overVeth) > 0);

    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, Generous);
    QTRY_VERIFY_WITH_TIMEOUT(observed.contains(device(3).name), Generous);
    QCoreApplication::processEvents();
    QCOMPARE(discovery->peers().size(), 1);
    QCOMPARE(discovery->peers().first().announcement, device(2));
    QCOMPARE(discovery->droppedAnnouncements(), 0);
}

QTEST_GUILESS_MAIN(tst_LanDiscoveryNetns)
#include "tst_landiscovery_netns.moc"
