// Bluetooth at the device level: the real provider on a machine without an
// adapter, Bluetooth peers in the device list, LAN preferred when both
// reach a peer, and sessions failing over LAN -> Bluetooth -> LAN under a
// running message stream and transfer. The radio is MemoryStreamNetwork
// (RFCOMM-like streams, QCA TLS as in production); LAN is real loopback TLS.

#include "../../common/testpeers.h"

#include <Tandem/bluetoothlinkprovider.h>
#include <Tandem/link.h>
#include <Tandem/sessionmanager.h>

#include <Tandem/truststore.h>

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tandem::Session *)

namespace {

constexpr int Timeout = 20000;

// LAN on loopback plus Bluetooth (the test radio: onRadio()). LAN discovery announces only at
// start (the test decides when LAN is tried again) and redials of a lost
// link wait long, so which transport carries the sessions is the test's
// doing, not a race.
LocalDevice::Options lanAndRadio(quint16 port)
{
    LocalDevice::Options options = loopbackOptions(port);
    options.lanEnabled = true;
    options.discoveryEnabled = true;
    options.discovery.announceInterval = 1h;
    options.discovery.expiry = 1h;
    options.reconnectInitialDelay = 1h;
    options.reconnectMaxDelay = 1h;
    options.bluetoothEnabled = true;
    return options;
}

// Bluetooth alone (the test radio: onRadio()): no LAN, no LAN discovery.
LocalDevice::Options radioOnly()
{
    LocalDevice::Options options = loopbackOptions(freeUdpPort());
    options.lanEnabled = false;
    options.discoveryEnabled = false;
    options.bluetoothEnabled = true;
    return options;
}

// Starts both and pairs them once Beta sees Alpha. Check
// QTest::currentTestFailed() after calling.
void startAndPair(Peer &a, Peer &b)
{
    QVERIFY(a.start() && b.start());
    QTRY_VERIFY_WITH_TIMEOUT(b.device->device(a.id()).has_value(), Timeout);
    pairPeers(a, b);
}

// Whether both ends hold their link to the other.
bool linkedBothWays(const Peer &a, const Peer &b)
{
    return Tandem::peerConnection(a.device.get(), b.id()) && Tandem::peerConnection(b.device.get(), a.id());
}

Link::Transport transportBetween(const Peer &a, const Peer &b)
{
    const PeerConnection *c = Tandem::peerConnection(a.device.get(), b.id());
    return c ? c->link()->transport() : Link::Transport::Memory;
}

} // namespace

class tst_Bluetooth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutAnAdapterBluetoothSaysWhyAndLanWorks();
    void bluetoothPeersJoinTheDeviceList();
    void aPeerWhoseRecordNamesNoDeviceIsProvenByTls();
    void pairedDeviceIsDialledAtItsRememberedAddress();
    void onlyOneSideRedialsALostBluetoothLink();
    void aPeerThatStopsIsLeftToDialBack();
    void aDialYieldsToTheLinkThePeerIsMaking();
    void aRestartedDiallerLeavesTheFirstDialToItsPeer();
    void crossedLinksStayOpenUntilTheKeptOneCloses();
    void lanIsPreferredWhenBothReach();
    void sessionsFailOverToBluetoothAndBack();
    void textOvertakesBulkOnASlowLink();
    void changedCertificateIsRefusedOverBluetooth();
};

void tst_Bluetooth::initTestCase()
{
    qRegisterMetaType<Tandem::Session *>();
}

void tst_Bluetooth::withoutAnAdapterBluetoothSaysWhyAndLanWorks()
{
    // The real BluetoothLinkProvider. Its probe runs off this thread, so
    // start() returns at once, still "Starting".
    QTemporaryDir dir;
    const DeviceIdentity identity = DeviceIdentity::loadOrCreate(dir.path()).identity;
    {
        BluetoothLinkProvider probe(identity);
        QSignalSpy changed(&probe, &StreamLinkProvider::stateChanged);
        probe.start();
        QCOMPARE(probe.state(), StreamLinkProvider::State::Starting);
        QTRY_VERIFY_WITH_TIMEOUT(probe.state() != StreamLinkProvider::State::Starting, 60000);
        if (probe.state() == StreamLinkProvider::State::Available) {
            probe.stop();
            QSKIP("this machine has a Bluetooth adapter; the no-adapter behaviour needs one without");
        }
        QCOMPARE(probe.stateReason(), QStringLiteral("Bluetooth unavailable: no adapter"));
    }

    // A device with Bluetooth on (the production default) and no adapter:
    // a clear state and reason, and LAN pairs and carries sessions as ever.
    LocalDevice::Options options = loopbackOptions(freeUdpPort());
    options.bluetoothEnabled = true;
    Peer a(QStringLiteral("Alpha"), options), b(QStringLiteral("Beta"), options);
    QSignalSpy stateA(a.device.get(), &LocalDevice::bluetoothStateChanged);
    QCOMPARE(a.device->bluetoothState(), LocalDevice::BluetoothState::Unavailable); // not started
    QVERIFY(a.start() && b.start());
    QCOMPARE(a.device->bluetoothState(), LocalDevice::BluetoothState::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(a.device->bluetoothState(), LocalDevice::BluetoothState::Unavailable, 60000);
    QCOMPARE(a.device->bluetoothStateReason(), QStringLiteral("Bluetooth unavailable: no adapter"));
    QVERIFY(stateA.size() >= 2);
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(transportBetween(a, b), Link::Transport::Lan);
    QCOMPARE(a.device->device(b.id())->transports, QStringList{QStringLiteral("lan")});
    SessionManager sa(a.device.get(), {}), sb(b.device.get(), {});
    sb.registerService(QStringLiteral("chat"));
    QSignalSpy incoming(&sb, &SessionManager::incomingSession);
    QString error;
    Session *s = sa.open(b.id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY(s);
    QVERIFY(incoming.wait(Timeout));
    Session *atB = incoming.at(0).at(0).value<Session *>();
    QSignalSpy received(atB, &Session::messageReceived);
    atB->accept();
    QVERIFY(s->send(QString(), Session::Kind::Text, "over LAN", &error) > 0);
    QVERIFY(received.wait(Timeout));

    // Turned off in the options: said so, too.
    LocalDevice::Options off = loopbackOptions(freeUdpPort());
    Peer c(QStringLiteral("Gamma"), off);
    QVERIFY(c.start());
    QCOMPARE(c.device->bluetoothState(), LocalDevice::BluetoothState::Disabled);
    QVERIFY(c.device->bluetoothStateReason().startsWith(u"Bluetooth unavailable: "));
}

void tst_Bluetooth::bluetoothPeersJoinTheDeviceList()
{
    MemoryStreamNetwork radio;
    LocalDevice::Options options = radioOnly();
    Peer a(QStringLiteral("Alpha"), options, onRadio(radio)), b(QStringLiteral("Beta"), options, onRadio(radio));
    QVERIFY(a.start() && b.start());
    QTRY_COMPARE(a.device->bluetoothState(), LocalDevice::BluetoothState::Available);
    QCOMPARE(a.device->bluetoothStateReason(), QString());
    // Seen over Bluetooth only: in the list, by its advertised name.
    QTRY_VERIFY_WITH_TIMEOUT(a.device->device(b.id()).has_value(), Timeout);
    DeviceInfo seen = *a.device->device(b.id());
    QCOMPARE(seen.name, QStringLiteral("Beta"));
    QVERIFY(seen.reachable);
    QVERIFY(!seen.connected);
    QCOMPARE(seen.transports, QStringList{QStringLiteral("bluetooth")});
    // Pairing works over it (the code exchange, then the pin).
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(transportBetween(a, b), Link::Transport::Bluetooth);
    QVERIFY(Tandem::peerConnection(a.device.get(), b.id())->link()->encryption().startsWith(u"TLS 1.3"));
    QVERIFY(a.device->device(b.id())->paired);
}

void tst_Bluetooth::aPeerWhoseRecordNamesNoDeviceIsProvenByTls()
{
    // Android publishes only the service id and the name over SDP: Beta's
    // record carries no device id. Beta does not dial an unpaired device
    // it finds; Alpha dials Beta, and TLS says who it is.
    MemoryStreamNetwork radio;
    LocalDevice::Options options = radioOnly();
    Peer a(QStringLiteral("Alpha"), options, onRadio(radio)), b(QStringLiteral("Beta"), options, onRadio(radio));
    radio.setAdvertisesDeviceId(b.id(), false);
    QVERIFY(a.start() && b.start());
    QTRY_VERIFY_WITH_TIMEOUT(a.device->device(b.id()).has_value(), Timeout);
    const DeviceInfo seen = *a.device->device(b.id());
    QCOMPARE(seen.name, QStringLiteral("Beta"));
    QCOMPARE(seen.transports, QStringList{QStringLiteral("bluetooth")});
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(transportBetween(a, b), Link::Transport::Bluetooth);
    QVERIFY(a.device->device(b.id())->paired);
}

void tst_Bluetooth::pairedDeviceIsDialledAtItsRememberedAddress()
{
    // Paired over Bluetooth, then Beta quits and starts again while Alpha
    // can no longer be found by discovery (out of inquiry scan): Beta
    // reaches it at the address it remembered from the pairing.
    MemoryStreamNetwork radio;
    LocalDevice::Options options = radioOnly();
    Peer a(QStringLiteral("Alpha"), options, onRadio(radio)), b(QStringLiteral("Beta"), options, onRadio(radio));
    startAndPair(a, b);
    if (QTest::currentTestFailed())
        return;
    const QString alphaAddress = b.profile->trustStore()->find(a.id())->bluetoothAddress;
    QVERIFY(TrustStore::isBluetoothAddress(alphaAddress));
    const QString oldBetaAddress = a.profile->trustStore()->find(b.id())->bluetoothAddress;
    QVERIFY(TrustStore::isBluetoothAddress(oldBetaAddress));

    radio.setDiscoverable(alphaAddress, false);
    radio.replaceRadio(b.id());
    b.restart(options, onRadio(radio));
    QSignalSpy linked(b.device.get(), &LocalDevice::deviceConnected);
    QVERIFY(b.start());
    QTRY_COMPARE_WITH_TIMEOUT(transportBetween(b, a), Link::Transport::Bluetooth, Timeout);
    QCOMPARE(linked.size(), 1);
    // Beta came back at a new address (a new radio): Alpha keeps that one now.
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(a.device.get(), b.id()), Timeout);
    const QString newBetaAddress = Tandem::peerConnection(a.device.get(), b.id())->link()->peerAddress();
    QVERIFY(newBetaAddress != oldBetaAddress);
    QCOMPARE(a.profile->trustStore()->find(b.id())->bluetoothAddress, newBetaAddress);
}

void tst_Bluetooth::onlyOneSideRedialsALostBluetoothLink()
{
    // Both ends of a lost Bluetooth link redial it; over BlueZ two links
    // dialled at once cost the kept one too. The side that accepted the
    // lost link redials; the side that dialled it waits
    // bluetoothRedialYield first, and dials only if no link came.
    MemoryStreamNetwork radio;
    auto redialing = [&radio](std::chrono::milliseconds redial, std::chrono::milliseconds yield) {
        LocalDevice::Options options = radioOnly();
        options.reconnectInitialDelay = redial;
        options.reconnectMaxDelay = redial;
        options.bluetoothRedialYield = yield;
        return options;
    };
    const auto quick = redialing(50ms, 1h);
    Peer a(QStringLiteral("Alpha"), quick, onRadio(radio)), b(QStringLiteral("Beta"), quick, onRadio(radio));
    startAndPair(a, b);
    if (QTest::currentTestFailed())
        return;
    auto linked = [&a, &b] { return linkedBothWays(a, b); };
    // Drops the link; returns how many links the radio made until both
    // sides are linked again, and who dialled the new one.
    auto dropAndRelink = [&](const QString &why) -> std::pair<int, Peer *> {
        const int before = radio.connectionsMade();
        QSignalSpy lost(a.device.get(), &LocalDevice::deviceDisconnected);
        radio.severAll(why);
        if (!QTest::qWaitFor([&] { return !lost.isEmpty(); }, Timeout)
            || !QTest::qWaitFor([&] { return linked(); }, Timeout))
            return {-1, nullptr};
        Peer *dialler = Tandem::peerConnection(a.device.get(), b.id())->link()->isOutgoing() ? &a : &b;
        return {radio.connectionsMade() - before, dialler};
    };

    // Both redial after 50 ms, but only the acceptor does so at once (the
    // dialler would wait an hour): one new link, dialled by the acceptor.
    // Then the roles have swapped, and so does who redials.
    Peer *dialler = Tandem::peerConnection(a.device.get(), b.id())->link()->isOutgoing() ? &a : &b;
    for (int drop = 0; drop < 2; ++drop) {
        Peer *acceptor = dialler == &a ? &b : &a;
        const auto [links, newDialler] = dropAndRelink(QStringLiteral("test: the radio link dropped"));
        QCOMPARE(links, 1);
        QCOMPARE(newDialler, acceptor);
        dialler = newDialler;
    }

    // The acceptor does not redial (for an hour): the dialler dials once
    // its short yield is over. Restarted in turn, each dials its peer at
    // start at the remembered address; Beta, started last, dials the link.
    a.restart(redialing(1h, 1h), onRadio(radio));
    QVERIFY(a.start());
    QTRY_VERIFY_WITH_TIMEOUT(linked(), Timeout);
    b.restart(redialing(50ms, 200ms), onRadio(radio));
    QVERIFY(b.start());
    QTRY_VERIFY_WITH_TIMEOUT(linked() && Tandem::peerConnection(b.device.get(), a.id())->link()->isOutgoing(), Timeout);
    const auto [links, newDialler] = dropAndRelink(QStringLiteral("test: the radio link dropped again"));
    QCOMPARE(links, 1);
    QCOMPARE(newDialler, &b);
}

// Issue 20: a peer whose process comes and goes (each tandem-cli command is
// one) says it is leaving as it stops. Over Bluetooth the survivor still
// redials it (BlueZ keeps a pairing key only where the acceptor dialled),
// and each new instance is linked again.
void tst_Bluetooth::aPeerThatStopsIsLeftToDialBack()
{
    MemoryStreamNetwork radio;
    LocalDevice::Options quick = radioOnly();
    quick.reconnectInitialDelay = 20ms;
    quick.reconnectMaxDelay = 20ms;
    quick.bluetoothRedialYield = 20ms;
    Peer a(QStringLiteral("Alpha"), quick, onRadio(radio)), b(QStringLiteral("Beta"), quick, onRadio(radio));
    startAndPair(a, b);
    if (QTest::currentTestFailed())
        return;

    for (int run = 0; run < 2; ++run) {
        QSignalSpy lost(a.device.get(), &LocalDevice::deviceDisconnected);
        b.device->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), Timeout);
        QCOMPARE(lost.constFirst().at(1).toString(), u"the device is shutting down"_s);

        // The next instance is linked again.
        b.restart(quick, onRadio(radio));
        QVERIFY(b.start());
        QTRY_VERIFY_WITH_TIMEOUT(linkedBothWays(a, b), Timeout);
    }

    // A link lost without a goodbye (out of range) is redialled as ever.
    QSignalSpy lost(a.device.get(), &LocalDevice::deviceDisconnected);
    radio.severAll(QStringLiteral("test: out of range"));
    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(linkedBothWays(a, b), Timeout);
}

// Both ends dialling at once make two links, and over BlueZ closing the
// duplicate took the kept one down too. A device that sees the peer's link
// to it being set up (still in TLS) does not dial a second one.
void tst_Bluetooth::aDialYieldsToTheLinkThePeerIsMaking()
{
    MemoryStreamNetwork radio;
    LocalDevice::Options patient = radioOnly();
    patient.reconnectInitialDelay = 1h; // nobody redials on their own
    patient.reconnectMaxDelay = 1h;
    patient.bluetoothRedialYield = 1h;
    StreamLinkProvider *betasRadio = nullptr;
    LocalDeviceTestHooks watched;
    watched.bluetoothProvider = [&radio, &betasRadio](const DeviceIdentity &identity) {
        auto provider = radio.createProvider(identity);
        betasRadio = provider.get();
        return provider;
    };
    Peer a(QStringLiteral("Alpha"), patient, onRadio(radio)), b(QStringLiteral("Beta"), patient, watched);
    startAndPair(a, b);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy lost(a.device.get(), &LocalDevice::deviceDisconnected);
    radio.severAll(QStringLiteral("test: the radio link dropped"));
    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty() && !Tandem::peerConnection(b.device.get(), a.id()), Timeout);

    const int before = radio.connectionsMade();
    a.device->connectToDevice(b.id());
    // Alpha's link is in Beta's TLS handshake when Beta decides to dial.
    QVERIFY(betasRadio);
    QTRY_VERIFY_WITH_TIMEOUT(betasRadio->pendingHandshakes() > 0, Timeout);
    b.device->connectToDevice(a.id());
    QTRY_VERIFY_WITH_TIMEOUT(linkedBothWays(a, b), Timeout);
    QCOMPARE(radio.connectionsMade() - before, 1);
    QVERIFY(Tandem::peerConnection(a.device.get(), b.id())->link()->isOutgoing());
}

// Issue 20, the crossing left in one VM run of ten: a device's new instance
// started and dialled at the moment its peer redialled the link the last
// instance had left; both links were made, and the kept one died. Who
// dialled the last link is in both devices' records, so the new instance
// of the dialler leaves the first dial to its peer, even when a session
// asks for the link meanwhile; it dials itself only once the yield is over.
void tst_Bluetooth::aRestartedDiallerLeavesTheFirstDialToItsPeer()
{
    MemoryStreamNetwork radio;
    LocalDevice::Options options = radioOnly();
    options.reconnectInitialDelay = 100ms;
    options.reconnectMaxDelay = 100ms;
    options.bluetoothRedialYield = 1h;
    Peer a(QStringLiteral("Alpha"), options, onRadio(radio)), b(QStringLiteral("Beta"), options, onRadio(radio));
    startAndPair(a, b);
    if (QTest::currentTestFailed())
        return;
    const PeerConnection *link = Tandem::peerConnection(a.device.get(), b.id());
    QVERIFY(link);
    Peer &dialler = link->link()->isOutgoing() ? a : b;
    Peer &acceptor = &dialler == &a ? b : a;
    // Both recorded the same link.
    QCOMPARE(dialler.profile->trustStore()->find(acceptor.id())->dialledLastBluetoothLink, std::optional(true));
    QCOMPARE(acceptor.profile->trustStore()->find(dialler.id())->dialledLastBluetoothLink, std::optional(false));

    for (int run = 0; run < 2; ++run) {
        QSignalSpy lost(acceptor.device.get(), &LocalDevice::deviceDisconnected);
        dialler.device->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), Timeout);
        const int before = radio.connectionsMade();
        dialler.restart(options, onRadio(radio));
        QVERIFY(dialler.start());
        // A session wants the link at once: it waits for the peer's.
        dialler.device->connectToDevice(acceptor.id());
        QTRY_VERIFY_WITH_TIMEOUT(linkedBothWays(dialler, acceptor), Timeout);
        QVERIFY(Tandem::peerConnection(acceptor.device.get(), dialler.id())->link()->isOutgoing());
        QCOMPARE(radio.connectionsMade() - before, 1);
        // The roles swapped with the new link, and both records say so:
        // the next restart is of the device that now dialled last.
        QCOMPARE(acceptor.profile->trustStore()->find(dialler.id())->dialledLastBluetoothLink, std::optional(true));
        QCOMPARE(dialler.profile->trustStore()->find(acceptor.id())->dialledLastBluetoothLink, std::optional(false));
        QSignalSpy lostAgain(dialler.device.get(), &LocalDevice::deviceDisconnected);
        acceptor.device->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!lostAgain.isEmpty(), Timeout);
        const int beforeAgain = radio.connectionsMade();
        acceptor.restart(options, onRadio(radio));
        QVERIFY(acceptor.start());
        QTRY_VERIFY_WITH_TIMEOUT(linkedBothWays(dialler, acceptor), Timeout);
        QVERIFY(Tandem::peerConnection(dialler.device.get(), acceptor.id())->link()->isOutgoing());
        QCOMPARE(radio.connectionsMade() - beforeAgain, 1);
    }
}

// When both sides dial at once anyway (a yield running out as the peer's
// backoff redials, seen in bluetooth_vm), two links are made. Over BlueZ
// closing the one not kept took the kept one down 3-4 s later, so both
// sides keep the same link for the traffic and leave the other open and
// unused, until the kept one closes; then it closes too.
void tst_Bluetooth::crossedLinksStayOpenUntilTheKeptOneCloses()
{
    MemoryStreamNetwork radio;
    LocalDevice::Options patient = radioOnly();
    patient.reconnectInitialDelay = 1h; // nobody redials on their own
    patient.reconnectMaxDelay = 1h;
    patient.bluetoothRedialYield = 1h;
    Peer a(QStringLiteral("Alpha"), patient, onRadio(radio)), b(QStringLiteral("Beta"), patient, onRadio(radio));
    startAndPair(a, b);
    if (QTest::currentTestFailed())
        return;
    radio.severAll(QStringLiteral("test: the radio link dropped"));
    QTRY_VERIFY_WITH_TIMEOUT(!Tandem::peerConnection(a.device.get(), b.id())
                                 && !Tandem::peerConnection(b.device.get(), a.id()) && radio.openConnections() == 0,
                             Timeout);

    // Both dial in the same turn: neither sees the other's link coming.
    const int before = radio.connectionsMade();
    QSignalSpy lostA(a.device.get(), &LocalDevice::deviceDisconnected);
    QSignalSpy lostB(b.device.get(), &LocalDevice::deviceDisconnected);
    a.device->connectToDevice(b.id());
    b.device->connectToDevice(a.id());
    QTRY_VERIFY_WITH_TIMEOUT(linkedBothWays(a, b) && radio.connectionsMade() - before == 2, Timeout);
    // Both sides settle on the same link: dialled by one, accepted by the other...
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(a.device.get(), b.id())->link()->isOutgoing()
                                 != Tandem::peerConnection(b.device.get(), a.id())->link()->isOutgoing(),
                             Timeout);
    // ...and the other stays open, while the kept one carries a session.
    QCOMPARE(radio.openConnections(), 2);
    SessionManager sessionsA(a.device.get(), {}), sessionsB(b.device.get(), {});
    sessionsB.registerService(QStringLiteral("chat"));
    QSignalSpy incoming(&sessionsB, &SessionManager::incomingSession);
    QString error;
    Session *session = sessionsA.open(b.id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(incoming.wait(Timeout));
    Session *atB = incoming.at(0).at(0).value<Session *>();
    QSignalSpy opened(session, &Session::opened);
    QSignalSpy received(atB, &Session::messageReceived);
    atB->accept();
    QVERIFY(opened.wait(Timeout));
    QVERIFY(session->send(QString(), Session::Kind::Text, "over the kept link", &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QCOMPARE(radio.openConnections(), 2);
    QVERIFY(lostA.isEmpty() && lostB.isEmpty());

    // The kept link closes: the other goes with it, and each side hears of
    // one loss.
    Tandem::peerConnection(a.device.get(), b.id())->close(QStringLiteral("test: the kept link closes"));
    QTRY_COMPARE_WITH_TIMEOUT(radio.openConnections(), 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(lostA.size() == 1 && lostB.size() == 1, Timeout);
    QVERIFY(!linkedBothWays(a, b));
}

void tst_Bluetooth::lanIsPreferredWhenBothReach()
{
    MemoryStreamNetwork radio;
    const quint16 port = freeUdpPort();
    Peer a(QStringLiteral("Alpha"), lanAndRadio(port), onRadio(radio)),
        b(QStringLiteral("Beta"), lanAndRadio(port), onRadio(radio));
    QVERIFY(a.start() && b.start());
    QTRY_VERIFY_WITH_TIMEOUT(a.device->device(b.id()) && a.device->device(b.id())->transports.size() == 2, Timeout);
    QCOMPARE(a.device->device(b.id())->transports.size(), 2);
    QVERIFY(a.device->device(b.id())->transports.contains(u"lan"));
    QVERIFY(a.device->device(b.id())->transports.contains(u"bluetooth"));
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(transportBetween(a, b), Link::Transport::Lan);
    QCOMPARE(transportBetween(b, a), Link::Transport::Lan);

    // Linked over Bluetooth only (LAN cut, not yet back): LAN takes over
    // as soon as it answers, on both sides.
    QSignalSpy disconnected(a.device.get(), &LocalDevice::deviceDisconnected);
    Tandem::peerConnection(a.device.get(), b.id())->link()->close(QStringLiteral("test: LAN cut"));
    QTRY_COMPARE_WITH_TIMEOUT(transportBetween(a, b), Link::Transport::Bluetooth, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(transportBetween(b, a), Link::Transport::Bluetooth, Timeout);
    const int disconnects = int(disconnected.size());
    a.device->connectToDevice(b.id());
    QTRY_COMPARE_WITH_TIMEOUT(transportBetween(a, b), Link::Transport::Lan, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(transportBetween(b, a), Link::Transport::Lan, Timeout);
    // The switch back was seamless: no disconnect in between.
    QCOMPARE(disconnected.size(), disconnects);
}

void tst_Bluetooth::sessionsFailOverToBluetoothAndBack()
{
    // A radio as slow as a good Bluetooth Classic link.
    MemoryStreamOptions rfcomm;
    rfcomm.bytesPerSecond = 256 * 1024;
    rfcomm.seed = 42;
    MemoryStreamNetwork radio(rfcomm);
    const quint16 port = freeUdpPort();
    Peer a(QStringLiteral("Alpha"), lanAndRadio(port), onRadio(radio)),
        b(QStringLiteral("Beta"), lanAndRadio(port), onRadio(radio));
    QVERIFY(a.start() && b.start());
    QTRY_VERIFY_WITH_TIMEOUT(a.device->device(b.id()) && a.device->device(b.id())->transports.size() == 2, Timeout);
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(transportBetween(a, b), Link::Transport::Lan);

    SessionManager sa(a.device.get(), {}), sb(b.device.get(), {});
    sb.registerService(QStringLiteral("chat"));
    QSignalSpy incoming(&sb, &SessionManager::incomingSession);
    QString error;
    Session *s = sa.open(b.id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY(s);
    QVERIFY(incoming.wait(Timeout));
    Session *atB = incoming.at(0).at(0).value<Session *>();
    QSignalSpy opened(s, &Session::opened);
    atB->accept();
    QVERIFY(opened.wait(Timeout));

    // What the app sees: only states, recorded on both ends.
    QList<Session::State> statesA, statesB;
    QObject context;
    connect(s, &Session::stateChanged, &context, [&statesA](Session::State st) { statesA << st; });
    connect(atB, &Session::stateChanged, &context, [&statesB](Session::State st) { statesB << st; });

    constexpr int Count = 3000;
    QList<int> texts;
    QByteArray bulk;
    int bulkCount = 0;
    connect(atB, &Session::messageReceived, &context,
            [&](const QString &, Session::Kind kind, const QByteArray &payload) {
                if (kind == Session::Kind::Bytes) {
                    bulk = payload;
                    ++bulkCount;
                } else {
                    texts << payload.mid(1).toInt();
                }
            });
    // A steady stream: a few messages at a time while few are unconfirmed.
    int sent = 0;
    QTimer pacer;
    pacer.setInterval(1ms);
    connect(&pacer, &QTimer::timeout, &context, [&] {
        for (int i = 0; i < 5 && sent < Count && s->queuedMessages() < 100; ++i) {
            QString e;
            if (s->send(QString(), Session::Kind::Text, 'm' + QByteArray::number(sent), &e) > 0)
                ++sent;
        }
    });
    pacer.start();

    // LAN drops mid-stream, with a transfer just handed to it.
    QTRY_VERIFY_WITH_TIMEOUT(texts.size() >= 500, Timeout);
    QByteArray file(2 * 1024 * 1024 + 3, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(file.data()), file.size() / 4);
    QVERIFY(s->send(QStringLiteral("file"), Session::Kind::Bytes, file, &error) > 0);
    Tandem::peerConnection(a.device.get(), b.id())->link()->close(QStringLiteral("test: LAN dropped"));
    QTRY_COMPARE_WITH_TIMEOUT(transportBetween(a, b), Link::Transport::Bluetooth, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), Session::State::Connected, Timeout);
    const qsizetype atFailover = texts.size();
    QTRY_VERIFY_WITH_TIMEOUT(texts.size() >= atFailover + 300, Timeout);
    // The transfer is still on its way over Bluetooth when LAN returns.
    QCOMPARE(bulkCount, 0);
    const auto statesBeforeReturn = statesA;
    a.device->connectToDevice(b.id());
    QTRY_COMPARE_WITH_TIMEOUT(transportBetween(a, b), Link::Transport::Lan, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), Count, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(bulkCount, 1, 60000);
    pacer.stop();

    // Every message once, in order; the file whole.
    for (int i = 0; i < Count; ++i)
        QCOMPARE(texts.at(i), i);
    QCOMPARE(bulk.size(), file.size());
    QCOMPARE(QCryptographicHash::hash(bulk, QCryptographicHash::Sha256),
             QCryptographicHash::hash(file, QCryptographicHash::Sha256));
    // The app saw "reconnecting" once, for the drop, and nothing for the
    // return to LAN.
    const QList<Session::State> once{Session::State::Reconnecting, Session::State::Connected};
    QCOMPARE(statesBeforeReturn, once);
    QCOMPARE(statesA, once);
    QCOMPARE(statesB, once);
    QTRY_COMPARE(s->queuedMessages(), 0);
}

void tst_Bluetooth::textOvertakesBulkOnASlowLink()
{
    MemoryStreamOptions slow;
    slow.bytesPerSecond = 100 * 1024;
    MemoryStreamNetwork radio(slow);
    LocalDevice::Options options = radioOnly();
    Peer a(QStringLiteral("Alpha"), options, onRadio(radio)), b(QStringLiteral("Beta"), options, onRadio(radio));
    QVERIFY(a.start() && b.start());
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    SessionManager sa(a.device.get(), {}), sb(b.device.get(), {});
    sb.registerService(QStringLiteral("chat"));
    QSignalSpy incoming(&sb, &SessionManager::incomingSession);
    QString error;
    Session *s = sa.open(b.id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY(incoming.wait(Timeout));
    Session *atB = incoming.at(0).at(0).value<Session *>();
    QSignalSpy opened(s, &Session::opened);
    atB->accept();
    QVERIFY(opened.wait(Timeout));
    QList<Session::Kind> order;
    QObject context;
    connect(atB, &Session::messageReceived, &context,
            [&order](const QString &, Session::Kind kind, const QByteArray &) { order << kind; });
    // Ten seconds of bulk at this rate, then a chat message: it arrives
    // first, behind at most the small slow-link window and frames.
    QVERIFY(s->send(QString(), Session::Kind::Bytes, QByteArray(1024 * 1024, 'b'), &error) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(a.device.get(), b.id())->link()->bytesToWrite() > 0, Timeout);
    QVERIFY(s->send(QString(), Session::Kind::Text, "urgent", &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 1, Timeout);
    QCOMPARE(order.at(0), Session::Kind::Text);
    // What waits in the link stays within the slow-link high-water mark
    // plus one frame, not the LAN's 128 KiB.
    QVERIFY(Tandem::peerConnection(a.device.get(), b.id())->link()->bytesToWrite()
            <= PeerConnection::SlowLinkHighWater + SessionManagerOptions().slowLinkChunkBytes + 1024);
}

void tst_Bluetooth::changedCertificateIsRefusedOverBluetooth()
{
    MemoryStreamNetwork radio;
    LocalDevice::Options options = radioOnly();
    options.reconnectInitialDelay = 10ms;
    options.reconnectMaxDelay = 100ms;
    Peer a(QStringLiteral("Alpha"), options, onRadio(radio)), b(QStringLiteral("Beta"), options, onRadio(radio));
    QVERIFY(a.start() && b.start());
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    // B's certificate is reissued (same key, so the same id): over
    // Bluetooth as over LAN, A refuses it in place of the pinned one.
    const QString idB = b.id();
    b.device.reset();
    QVERIFY(QFile::remove(QDir(b.dir.path()).filePath(QStringLiteral("identity/certificate.pem"))));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device certificate .* was missing")));
    b.restart(options, onRadio(radio));
    QCOMPARE(b.id(), idB);
    QSignalSpy refused(a.device.get(), &LocalDevice::linkRefused);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused link .*certificate changed")));
    QVERIFY(b.start()); // B still trusts A, finds it over Bluetooth and dials
    QTRY_VERIFY_WITH_TIMEOUT(refused.size() >= 1, Timeout);
    QCOMPARE(refused.at(0).at(0).toString(), idB);
    QVERIFY2(refused.at(0).at(1).toString().contains(u"certificate changed"),
             qPrintable(refused.at(0).at(1).toString()));
    QVERIFY(!Tandem::peerConnection(a.device.get(), idB));
    QVERIFY(a.profile->trustStore()->find(idB)->certificateDer != b.profile->identity().certificateDer());
}

QTEST_GUILESS_MAIN(tst_Bluetooth)
#include "tst_bluetooth.moc"
