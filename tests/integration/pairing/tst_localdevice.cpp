#include "../../common/testpeers.h"

#include <Tandem/controlmessage.h>
#include <Tandem/lanlinkprovider.h>
#include <Tandem/link.h>
#include <Tandem/peerconnection.h>
#include <Tandem/truststore.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Tandem::Link *)

namespace {

// Waits until `a` and `b` have heard each other's announcements.
void waitUntilTheySeeEachOther(Peer &a, Peer &b)
{
    QTRY_VERIFY_WITH_TIMEOUT(a.device->device(b.id()) && a.device->device(b.id())->reachable, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(b.device->device(a.id()) && b.device->device(a.id())->reachable, 10000);
}

// A hand-made peer: its own identity and a raw PeerConnection to `target`,
// saying whatever the test wants.
struct CraftedPeer
{
    QTemporaryDir dir;
    DeviceIdentity identity;
    LanLinkProvider provider;
    std::unique_ptr<PeerConnection> connection;

    CraftedPeer()
        : identity(DeviceIdentity::loadOrCreate(dir.path()).identity)
        , provider(identity, [] {
            LanLinkProvider::Options o;
            o.address = QHostAddress::LocalHost;
            o.port = 0;
            return o;
        }())
    { }

    Protocol::Hello hello() const
    {
        Protocol::Hello h;
        h.deviceId = identity.deviceId();
        h.name = QStringLiteral("crafted");
        h.deviceType = QStringLiteral("desktop");
        h.instance = QByteArray(Protocol::Hello::InstanceBytes, 'c');
        return h;
    }

    // Connects and returns once TLS is up (hello is sent right away).
    bool connectTo(quint16 port, const Protocol::Hello &hello)
    {
        QSignalSpy established(&provider, &LanLinkProvider::linkEstablished);
        provider.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!established.wait(10000))
            return false;
        connection = std::make_unique<PeerConnection>(established.at(0).at(0).value<Link *>(), hello,
                                                      PeerConnection::Options());
        return true;
    }
};

} // namespace

class tst_LocalDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void devicesDiscoverEachOther();
    void pairingAcceptedPinsBothSides();
    void pairingRejected();
    void pairingTimesOut();
    void pairingCancelled();
    void pairedDevicesReconnectAfterRestart();
    void reissuedCertificateUnderPinnedIdIsRefused();
    void protocolDowngradeIsRefused();
    void unpairIsLearnedByTheOtherSide();
    void unpairWhileApartIsLearnedOnNextLink();
    void simultaneousDialsLeaveOneLink();
    void unpairOnTheDuplicateLinkStillArrives();
    void manualAddByAddress();
    void unpairedPeerSessionRequestIsRefused();
    void pairingRequestsAreRateLimited();
    void unpairedConnectionsAreBounded();
    void findDeviceByPrefixAndName();

private:
    LocalDevice::Options options() const { return loopbackOptions(m_port); }
    quint16 m_port = 0;
};

void tst_LocalDevice::initTestCase()
{
    qRegisterMetaType<Tandem::Link *>();
}

void tst_LocalDevice::init()
{
    m_port = freeUdpPort();
}

void tst_LocalDevice::cleanup() { }

void tst_LocalDevice::devicesDiscoverEachOther()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    const DeviceInfo beta = *a.device->device(b.id());
    QCOMPARE(beta.name, QStringLiteral("Beta"));
    QVERIFY(!beta.paired);
    QCOMPARE(beta.transports, QStringList{QStringLiteral("lan")});
    // Not paired: discovery alone does not open links.
    QVERIFY(!beta.connected);
    QVERIFY(!a.device->device(a.id())); // never lists itself
}

void tst_LocalDevice::pairingAcceptedPinsBothSides()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy codeA(a.device.get(), &LocalDevice::pairingCodeReady);
    QSignalSpy codeB(b.device.get(), &LocalDevice::pairingCodeReady);
    QSignalSpy pairedA(a.device.get(), &LocalDevice::paired);
    QSignalSpy pairedB(b.device.get(), &LocalDevice::paired);
    QString error;
    QVERIFY2(a.device->requestPairing(b.id(), &error), qPrintable(error));
    QTRY_COMPARE(codeA.size(), 1);
    QTRY_COMPARE(codeB.size(), 1);
    // Both users see the same six digits; B is the one being asked.
    const QString code = codeA.at(0).at(1).toString();
    QCOMPARE(codeB.at(0).at(1).toString(), code);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());
    QCOMPARE(codeA.at(0).at(2).toBool(), false);
    QCOMPARE(codeB.at(0).at(2).toBool(), true);

    // One side accepting is not enough.
    QVERIFY(b.device->acceptPairing(a.id(), &error));
    QVERIFY(!b.device->acceptPairing(a.id(), &error)); // once
    QCOMPARE(pairedA.size(), 0);
    QVERIFY(!a.profile->trustStore()->isTrusted(b.id()));
    QVERIFY(a.device->acceptPairing(b.id(), &error));
    QTRY_COMPARE(pairedA.size(), 1);
    QTRY_COMPARE(pairedB.size(), 1);

    const auto pinnedAtA = a.profile->trustStore()->find(b.id());
    const auto pinnedAtB = b.profile->trustStore()->find(a.id());
    QVERIFY(pinnedAtA && pinnedAtB);
    QCOMPARE(pinnedAtA->certificateDer, b.profile->identity().certificateDer());
    QCOMPARE(pinnedAtB->certificateDer, a.profile->identity().certificateDer());
    QCOMPARE(pinnedAtA->name, QStringLiteral("Beta"));
    QVERIFY(a.device->device(b.id())->paired);
}

void tst_LocalDevice::pairingRejected()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy failedA(a.device.get(), &LocalDevice::pairingFailed);
    QSignalSpy failedB(b.device.get(), &LocalDevice::pairingFailed);
    QSignalSpy codeB(b.device.get(), &LocalDevice::pairingCodeReady);
    QString error;
    QVERIFY(a.device->requestPairing(b.id(), &error));
    QTRY_COMPARE(codeB.size(), 1);
    QVERIFY(b.device->rejectPairing(a.id(), QStringLiteral("I don't know you"), &error));
    QTRY_COMPARE(failedA.size(), 1);
    QTRY_COMPARE(failedB.size(), 1);
    QCOMPARE(failedA.at(0).at(1).value<PairingOutcome>(), PairingOutcome::Rejected);
    QCOMPARE(failedA.at(0).at(2).toString(), QStringLiteral("I don't know you"));
    QCOMPARE(failedB.at(0).at(1).value<PairingOutcome>(), PairingOutcome::Rejected);
    QVERIFY(!a.profile->trustStore()->isTrusted(b.id()));
    QVERIFY(!b.profile->trustStore()->isTrusted(a.id()));
}

void tst_LocalDevice::pairingTimesOut()
{
    LocalDevice::Options fast = options();
    fast.pairingTimeout = 300ms;
    Peer a(QStringLiteral("Alpha"), fast), b(QStringLiteral("Beta"), fast);
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy failedA(a.device.get(), &LocalDevice::pairingFailed);
    QSignalSpy failedB(b.device.get(), &LocalDevice::pairingFailed);
    QString error;
    QVERIFY(a.device->requestPairing(b.id(), &error));
    // Nobody answers the code.
    QTRY_COMPARE(failedA.size(), 1);
    QTRY_COMPARE(failedB.size(), 1);
    const auto outcomeA = failedA.at(0).at(1).value<PairingOutcome>();
    const auto outcomeB = failedB.at(0).at(1).value<PairingOutcome>();
    // Whichever deadline fires first times out; the other side is told.
    QVERIFY(outcomeA == PairingOutcome::TimedOut || outcomeB == PairingOutcome::TimedOut);
    QVERIFY(failedA.at(0).at(2).toString().contains(u"timed out"));
    QVERIFY(!a.profile->trustStore()->isTrusted(b.id()));
}

void tst_LocalDevice::pairingCancelled()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy failedB(b.device.get(), &LocalDevice::pairingFailed);
    QSignalSpy codeA(a.device.get(), &LocalDevice::pairingCodeReady);
    QString error;
    QVERIFY(a.device->requestPairing(b.id(), &error));
    QTRY_COMPARE(codeA.size(), 1);
    QVERIFY(a.device->cancelPairing(b.id(), &error));
    QTRY_COMPARE(failedB.size(), 1);
    QCOMPARE(failedB.at(0).at(1).value<PairingOutcome>(), PairingOutcome::Cancelled);
    QVERIFY(!b.device->acceptPairing(a.id(), &error));
}

void tst_LocalDevice::pairedDevicesReconnectAfterRestart()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;

    // B quits and starts again from disk: the pin survives, and the two
    // link up again by themselves.
    b.restart(options());
    QVERIFY(b.profile->trustStore()->isTrusted(a.id()));
    QSignalSpy connectedB(b.device.get(), &LocalDevice::deviceConnected);
    QVERIFY(b.start());
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(b.device.get(), a.id()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(a.device.get(), b.id()), 10000);
    QVERIFY(b.device->device(a.id())->paired);
    QVERIFY(b.device->device(a.id())->connected);
}

void tst_LocalDevice::reissuedCertificateUnderPinnedIdIsRefused()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    const QString idB = b.id();

    // B's certificate is replaced (same key, so the same id): A must not
    // accept it in place of the pinned one.
    b.device.reset();
    QVERIFY(QFile::remove(QDir(b.dir.path()).filePath(QStringLiteral("identity/certificate.pem"))));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device certificate .* was missing")));
    b.restart(options());
    QCOMPARE(b.id(), idB);
    QVERIFY(b.profile->identity().certificateDer() != a.profile->trustStore()->find(idB)->certificateDer);

    QSignalSpy refused(a.device.get(), &LocalDevice::linkRefused);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused link .*certificate changed")));
    QVERIFY(b.start());
    b.device->connectToAddress(QStringLiteral("127.0.0.1"), a.device->lanPort());
    QTRY_VERIFY_WITH_TIMEOUT(refused.size() >= 1, 10000);
    QCOMPARE(refused.at(0).at(0).toString(), idB);
    QVERIFY2(refused.at(0).at(1).toString().contains(u"certificate changed"),
             qPrintable(refused.at(0).at(1).toString()));
    QCOMPARE(refused.at(0).at(2).value<LocalDevice::LinkError>(), LocalDevice::LinkError::CertificateChanged);
    QVERIFY(!Tandem::peerConnection(a.device.get(), idB));
    // And the pin is untouched.
    QCOMPARE(a.profile->trustStore()->find(idB)->certificateDer != b.profile->identity().certificateDer(), true);
}

void tst_LocalDevice::protocolDowngradeIsRefused()
{
    LocalDeviceTestHooks v2 = loopbackHooks();
    v2.protocolVersion = 2;
    Peer a(QStringLiteral("Alpha"), options(), v2), b(QStringLiteral("Beta"), options(), v2);
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.profile->trustStore()->find(b.id())->protocolVersion, 2);

    // B comes back speaking only version 1.
    b.restart(options());
    QSignalSpy refused(a.device.get(), &LocalDevice::linkRefused);
    QVERIFY(b.start());
    b.device->connectToAddress(QStringLiteral("127.0.0.1"), a.device->lanPort());
    QTRY_VERIFY_WITH_TIMEOUT(refused.size() >= 1, 10000);
    QVERIFY2(refused.at(0).at(1).toString().contains(u"downgrade"), qPrintable(refused.at(0).at(1).toString()));
    QCOMPARE(refused.at(0).at(2).value<LocalDevice::LinkError>(), LocalDevice::LinkError::ProtocolDowngrade);
    QVERIFY(!Tandem::peerConnection(a.device.get(), b.id()));
}

void tst_LocalDevice::unpairIsLearnedByTheOtherSide()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy unpairedB(b.device.get(), &LocalDevice::unpaired);
    QSignalSpy acknowledged(a.device.get(), &LocalDevice::unpairAcknowledged);
    QString error;
    QVERIFY(a.device->unpair(b.id(), &error));
    QTRY_COMPARE(unpairedB.size(), 1);
    QCOMPARE(unpairedB.at(0).at(0).toString(), a.id());
    QCOMPARE(unpairedB.at(0).at(1).toBool(), true);
    QVERIFY(!b.profile->trustStore()->isTrusted(a.id()));
    QVERIFY(!a.profile->trustStore()->isTrusted(b.id()));
    // B answered, so A knows B was told.
    QTRY_COMPARE(acknowledged.size(), 1);
    QCOMPARE(acknowledged.at(0).at(0).toString(), b.id());
}

void tst_LocalDevice::unpairWhileApartIsLearnedOnNextLink()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;

    b.device.reset(); // B is away
    QString error;
    QVERIFY(a.device->unpair(b.id(), &error));
    b.restart(options());
    QSignalSpy unpairedB(b.device.get(), &LocalDevice::unpaired);
    QVERIFY(b.start());
    // B still trusts A and dials it; A's hello says it no longer trusts B.
    QTRY_COMPARE_WITH_TIMEOUT(unpairedB.size(), 1, 10000);
    QCOMPARE(unpairedB.at(0).at(1).toBool(), true);
    QVERIFY(!b.profile->trustStore()->isTrusted(a.id()));
}

void tst_LocalDevice::simultaneousDialsLeaveOneLink()
{
    LocalDevice::Options noDiscovery = options();
    noDiscovery.discoveryEnabled = false;
    Peer a(QStringLiteral("Alpha"), noDiscovery), b(QStringLiteral("Beta"), noDiscovery);
    QVERIFY(a.start() && b.start());
    QSignalSpy droppedA(a.device.get(), &LocalDevice::deviceDisconnected);
    QSignalSpy droppedB(b.device.get(), &LocalDevice::deviceDisconnected);
    a.device->connectToAddress(QStringLiteral("127.0.0.1"), b.device->lanPort());
    b.device->connectToAddress(QStringLiteral("127.0.0.1"), a.device->lanPort());
    QTRY_VERIFY(Tandem::peerConnection(a.device.get(), b.id()) && Tandem::peerConnection(b.device.get(), a.id()));
    // Both sides settle on the same link: the one dialled by the smaller id.
    const bool aDialled = a.id() < b.id();
    QTRY_COMPARE(Tandem::peerConnection(a.device.get(), b.id())->link()->isOutgoing(), aDialled);
    QTRY_COMPARE(Tandem::peerConnection(b.device.get(), a.id())->link()->isOutgoing(), !aDialled);
    // Settling on one link is not a disconnect: nobody saw the device go.
    QCOMPARE(droppedA.size(), 0);
    QCOMPARE(droppedB.size(), 0);
}

// Both dialled at once and one side unpairs in between: the unpair goes out
// on the link the other side has just closed unread as the duplicate, and
// the hellos on the link that stays were exchanged before it, so they still
// say "paired". It must arrive all the same, and only the peer's answer
// counts as "told" (tandem-cli unpair reports peerNotified from it).
void tst_LocalDevice::unpairOnTheDuplicateLinkStillArrives()
{
    LocalDevice::Options noDiscovery = options();
    noDiscovery.discoveryEnabled = false;
    Peer alpha(QStringLiteral("Alpha"), noDiscovery), beta(QStringLiteral("Beta"), noDiscovery);
    QVERIFY(alpha.start() && beta.start());
    // The unpairing side has the smaller id, so the link it dials is the one
    // both keep; the peer's first link, which it dialled, is the duplicate.
    Peer &unpairing = alpha.id() < beta.id() ? alpha : beta;
    Peer &peer = alpha.id() < beta.id() ? beta : alpha;
    peer.device->connectToAddress(QStringLiteral("127.0.0.1"), unpairing.device->lanPort());
    pairPeers(peer, unpairing);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(Tandem::peerConnection(peer.device.get(), unpairing.id())->link()->isOutgoing());

    // The moment the peer takes the second link (and closes the first,
    // unread from here on), while the unpairing side still sends on the
    // first: it has not read the peer's hello on the second yet.
    bool unpairedInTheWindow = false;
    QObject context;
    connect(peer.device.get(), &LocalDevice::deviceConnected, &context, [&](const QString &deviceId) {
        PeerConnection *kept = Tandem::peerConnection(peer.device.get(), deviceId);
        PeerConnection *sending = Tandem::peerConnection(unpairing.device.get(), peer.id());
        if (unpairedInTheWindow || deviceId != unpairing.id() || !kept || kept->link()->isOutgoing() || !sending
            || sending->link()->isOutgoing())
            return;
        QString error;
        unpairedInTheWindow = unpairing.device->unpair(peer.id(), &error);
        QVERIFY2(unpairedInTheWindow, qPrintable(error));
    });
    QSignalSpy unpairedAtPeer(peer.device.get(), &LocalDevice::unpaired);
    QSignalSpy acknowledged(unpairing.device.get(), &LocalDevice::unpairAcknowledged);
    unpairing.device->connectToAddress(QStringLiteral("127.0.0.1"), peer.device->lanPort());
    QTRY_VERIFY_WITH_TIMEOUT(unpairedInTheWindow, 10000);

    QTRY_COMPARE_WITH_TIMEOUT(unpairedAtPeer.size(), 1, 10000);
    QCOMPARE(unpairedAtPeer.at(0).at(0).toString(), unpairing.id());
    QCOMPARE(unpairedAtPeer.at(0).at(1).toBool(), true);
    QVERIFY(!peer.profile->trustStore()->isTrusted(unpairing.id()));
    QTRY_COMPARE_WITH_TIMEOUT(acknowledged.size(), 1, 10000);
    QCOMPARE(acknowledged.at(0).at(0).toString(), peer.id());
    // Both settled on the link the unpairing side dialled, which carried it.
    QVERIFY(!Tandem::peerConnection(peer.device.get(), unpairing.id())->link()->isOutgoing());
    QVERIFY(Tandem::peerConnection(unpairing.device.get(), peer.id())->link()->isOutgoing());
}

void tst_LocalDevice::manualAddByAddress()
{
    LocalDevice::Options noDiscovery = options();
    noDiscovery.discoveryEnabled = false;
    Peer a(QStringLiteral("Alpha"), noDiscovery), b(QStringLiteral("Beta"), noDiscovery);
    QVERIFY(a.start() && b.start());
    QVERIFY(!a.device->device(b.id()));
    a.device->connectToAddress(QStringLiteral("127.0.0.1"), b.device->lanPort());
    QTRY_VERIFY(a.device->device(b.id()) && a.device->device(b.id())->reachable);
    pairPeers(a, b);
    if (QTest::currentTestFailed())
        return;
}

void tst_LocalDevice::unpairedPeerSessionRequestIsRefused()
{
    Peer a(QStringLiteral("Alpha"), options());
    QVERIFY(a.start());
    CraftedPeer stranger;
    QVERIFY(stranger.connectTo(a.device->lanPort(), stranger.hello()));
    QTRY_COMPARE(stranger.connection->state(), PeerConnection::State::Ready);
    QSignalSpy replies(stranger.connection.get(), &PeerConnection::controlReceived);
    QSignalSpy forwarded(a.device.get(), &LocalDevice::controlMessageReceived);
    QCborMap request;
    request.insert(QLatin1StringView("service"), QStringLiteral("chat"));
    stranger.connection->sendControl(QLatin1StringView("session-open"), request, 5);
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).toString(), QStringLiteral("error"));
    const QCborMap error = replies.at(0).at(1).value<QCborMap>();
    QCOMPARE(error.value(QLatin1StringView("code")).toInteger(), int(Protocol::RefusalCode::NotPaired));
    QCOMPARE(replies.at(0).at(2).toUInt(), 5u);
    QCOMPARE(forwarded.size(), 0);

    // Data from a stranger closes the link.
    QSignalSpy closed(stranger.connection.get(), &PeerConnection::closed);
    stranger.connection->sendData(5, QByteArrayLiteral("payload"));
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(closed.at(0).at(0).toString().contains(u"unpaired"));
}

void tst_LocalDevice::pairingRequestsAreRateLimited()
{
    Peer a(QStringLiteral("Alpha"), options());
    QVERIFY(a.start());
    CraftedPeer pest;
    QVERIFY(pest.connectTo(a.device->lanPort(), pest.hello()));
    QTRY_COMPARE(pest.connection->state(), PeerConnection::State::Ready);
    QSignalSpy replies(pest.connection.get(), &PeerConnection::controlReceived);
    QCborMap request;
    request.insert(QLatin1StringView("commitment"), QByteArray(32, 'x'));
    for (int i = 0; i <= LocalDevice::MaxPairingRequestsPerMinute; ++i)
        pest.connection->sendControl(QLatin1StringView("pair-request"), request);
    // Each accepted request gets a nonce; the one over the limit a refusal.
    QTRY_VERIFY(std::any_of(replies.cbegin(), replies.cend(), [](const QList<QVariant> &r) {
        return r.at(0).toString() == u"pair-reject"
            && r.at(1).value<QCborMap>().value(QLatin1StringView("reason")).toString().contains(u"Too many");
    }));
}

void tst_LocalDevice::unpairedConnectionsAreBounded()
{
    Peer a(QStringLiteral("Alpha"), options());
    QVERIFY(a.start());
    // All from 127.0.0.1: the per-address share is the bound met first
    // (tst_hostile_links covers the total and its oldest-first eviction).
    std::vector<std::unique_ptr<CraftedPeer>> strangers;
    for (int i = 0; i < LocalDevice::MaxUnpairedConnectionsPerSource; ++i) {
        strangers.push_back(std::make_unique<CraftedPeer>());
        QVERIFY(strangers.back()->connectTo(a.device->lanPort(), strangers.back()->hello()));
        QTRY_COMPARE(strangers.back()->connection->state(), PeerConnection::State::Ready);
    }
    CraftedPeer oneTooMany;
    QVERIFY(oneTooMany.connectTo(a.device->lanPort(), oneTooMany.hello()));
    QSignalSpy closed(oneTooMany.connection.get(), &PeerConnection::closed);
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY2(closed.at(0).at(0).toString().contains(u"too many unpaired"), qPrintable(closed.at(0).at(0).toString()));
    for (const auto &s : strangers)
        QCOMPARE(s->connection->state(), PeerConnection::State::Ready);
}

void tst_LocalDevice::findDeviceByPrefixAndName()
{
    Peer a(QStringLiteral("Alpha"), options()), b(QStringLiteral("Beta"), options());
    QVERIFY(a.start() && b.start());
    waitUntilTheySeeEachOther(a, b);
    if (QTest::currentTestFailed())
        return;
    QString error;
    QCOMPARE(a.device->findDevice(b.id(), &error)->id, b.id());
    QCOMPARE(a.device->findDevice(b.id().left(6), &error)->id, b.id());
    QCOMPARE(a.device->findDevice(QStringLiteral("Beta"), &error)->id, b.id());
    QVERIFY(!a.device->findDevice(b.id().left(3), &error)); // too short to be a prefix
    QVERIFY(!a.device->findDevice(QStringLiteral("Gamma"), &error));
    QVERIFY(error.contains(u"No device matches"));
}

QTEST_GUILESS_MAIN(tst_LocalDevice)
#include "tst_localdevice.moc"
