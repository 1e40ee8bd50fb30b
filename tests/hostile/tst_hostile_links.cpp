// The hostile suite, links: what a stranger on the network can do before
// pairing (any certificate, slow or silent handshakes, requests it never
// reads the answers to, pairing for ever) and what a TLS client with weak
// suites gets. Each case checks what the victim's user would notice.

#include "common/testpeers.h"
#include "stranger.h"
#include "victim.h"

#include <Tandem/lanlinkprovider.h>
#include <Tandem/peerconnection.h>
#include <Tandem/sessionmanager.h>

#include <QSslCipher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TANDEM_HOSTILE_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Devices of one test share a discovery port: pass the same options.
LocalDevice::Options deviceOptions()
{
    LocalDevice::Options options = loopbackOptions(freeUdpPort());
    options.reconnectInitialDelay = 10ms;
    options.reconnectMaxDelay = 100ms;
    return options;
}

// A paired device gets a message through to `victim` and back: what its
// user would try first. Check QTest::currentTestFailed() after calling.
void messageGetsThrough(Peer &from, Peer &victim)
{
    SessionManager atFrom(from.device.get(), {});
    SessionManager atVictim(victim.device.get(), {});
    atVictim.registerService(QStringLiteral("chat"));
    QObject context;
    QObject::connect(&atVictim, &SessionManager::incomingSession, &context, [](Session *s) { s->accept(); });
    QString error;
    Session *session = atFrom.open(victim.id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy opened(session, &Session::opened);
    QVERIFY(opened.wait(10000));
    Session *far = atVictim.sessions().value(0);
    QVERIFY(far);
    QSignalSpy received(far, &Session::messageReceived);
    QVERIFY(session->send(QStringLiteral("chat"), Session::Kind::Text, "still here", &error) > 0);
    QVERIFY(received.wait(10000));
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArrayLiteral("still here"));
}

} // namespace

class tst_HostileLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anyKeyTypeGetsAnId_data();
    void anyKeyTypeGetsAnId();
    void anyKeyTypeOverRealTls_data();
    void anyKeyTypeOverRealTls();
    void weakTlsSuitesAreRefused();
    void pingsFromAPeerThatNeverReadsAreBounded();
    void requestsFromAPeerThatNeverReadsPauseReading();
    void handshakeSlotsArePerSourceAndOldestMakesRoom();
    void unpairedLinksArePerSourceAndOldestMakesRoom();
    void pairingForEverDoesNotKeepALinkOpen();
    void stoppingWhenAHandshakeFailsIsSafe();
    void malformedInputClosesOnlyThatLink_data();
    void malformedInputClosesOnlyThatLink();
    void silentAfterTlsHoldsOnlyItsShare();
};

void tst_HostileLinks::initTestCase()
{
    if (opensslProgram().isEmpty())
        QSKIP("the openssl command is needed to play a stranger with its own keys");
}

// The strangers' keys in tests/hostile/data (NAME.pem, NAME.key) and the id
// each must get: sha256 of `openssl x509 -pubkey | openssl pkey -pubin
// -outform DER`, computed apart from Tandem.
static void addStrangerKeyRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ECDSA P-256") << u"stranger-ec"_s
                                 << u"c10874a8838cb15e762c27135218bdd95c33375eeef363a07e81be2655233066"_s;
    QTest::newRow("Ed25519") << u"stranger-ed25519"_s
                             << u"ce84c8e277741a6943f83763deb5d9ac5a559fe6e774fbbd44860d9b399157d9"_s;
}

void tst_HostileLinks::anyKeyTypeGetsAnId_data()
{
    addStrangerKeyRows();
}

void tst_HostileLinks::anyKeyTypeGetsAnId()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QByteArray der = QSslCertificate(readData(name + u".pem"_s)).toDer();
    QVERIFY(!der.isEmpty());
    QCOMPARE(DeviceIdentity::deviceIdForCertificate(der), expected);
    // Cut anywhere, or with a byte too many, it is no certificate.
    for (qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(4), der.size() / 2, der.size() - 1})
        QVERIFY2(DeviceIdentity::deviceIdForCertificate(der.first(cut)).isEmpty(), qPrintable(QString::number(cut)));
    QVERIFY(DeviceIdentity::deviceIdForCertificate(der + '\0').isEmpty());
}

void tst_HostileLinks::anyKeyTypeOverRealTls_data()
{
    addStrangerKeyRows();
}

// A stranger's TLS client with its own kind of key once crashed the device
// before pairing; now the link comes up under the key's id.
void tst_HostileLinks::anyKeyTypeOverRealTls()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const auto identity = DeviceIdentity::loadOrCreate(dir.path());
    QVERIFY2(!identity.identity.isNull(), qPrintable(identity.error));
    // Our own RSA identity keeps the id it always had.
    QCOMPARE(DeviceIdentity::deviceIdForCertificate(identity.identity.certificateDer()), identity.identity.deviceId());

    LanLinkProvider victim(identity.identity, {QHostAddress::LocalHost, 0, false, 10s});
    QString error;
    QVERIFY2(victim.listen(&error), qPrintable(error));
    QSignalSpy established(&victim, &LanLinkProvider::linkEstablished);
    QProcess client;
    client.start(opensslProgram(),
                 {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(victim.port()), u"-cert"_s,
                  QStringLiteral(TANDEM_HOSTILE_DATA "/") + name + u".pem"_s, u"-key"_s,
                  QStringLiteral(TANDEM_HOSTILE_DATA "/") + name + u".key"_s, u"-quiet"_s});
    QVERIFY(client.waitForStarted());
    QVERIFY(established.wait(10000));
    std::unique_ptr<Link> link(established.at(0).at(0).value<Link *>());
    QCOMPARE(link->peerDeviceId(), expected);
    client.kill();
    client.waitForFinished();
}

// TLS 1.2 without forward secrecy, or with CBC and SHA-1, is refused; an
// ECDHE + AEAD suite is taken.
void tst_HostileLinks::weakTlsSuitesAreRefused()
{
    QTemporaryDir dir;
    const auto identity = DeviceIdentity::loadOrCreate(dir.path());
    QVERIFY(!identity.identity.isNull());
    LanLinkProvider victim(identity.identity, {QHostAddress::LocalHost, 0, false, 10s});
    QString error;
    QVERIFY2(victim.listen(&error), qPrintable(error));
    const StrangerCredentials credentials = makeEcCredentials(u"weak"_s);
    QVERIFY(!credentials.certificatePem.isEmpty());

    auto handshake = [&](const QString &cipherName) {
        Stranger stranger(credentials);
        QSslConfiguration tls = stranger.socket().sslConfiguration();
        tls.setProtocol(QSsl::TlsV1_2);
        const QSslCipher cipher(cipherName, QSsl::TlsV1_2);
        if (cipher.isNull())
            return QStringLiteral("unsupported");
        tls.setCiphers({cipher});
        stranger.socket().setSslConfiguration(tls);
        return stranger.connectTls(victim.port()) ? QStringLiteral("connected") : QStringLiteral("refused");
    };
    QCOMPARE(handshake(u"ECDHE-RSA-AES128-GCM-SHA256"_s), u"connected"_s);
    for (const QString &weak : {u"AES128-GCM-SHA256"_s, u"AES256-SHA"_s, u"ECDHE-RSA-AES128-SHA"_s}) {
        const QString result = handshake(weak);
        QVERIFY2(result != u"connected", qPrintable(weak));
    }
}

// Pings sent without ever reading the pongs once grew the victim by
// hundreds of MiB a second. One pong answers any number of pings.
void tst_HostileLinks::pingsFromAPeerThatNeverReadsAreBounded()
{
    Peer victim(u"Victim"_s, deviceOptions());
    QVERIFY(victim.start());
    Stranger stranger(makeEcCredentials(u"pinger"_s));
    QVERIFY(stranger.connectTls(victim.device->lanPort()));
    stranger.sendHello(u"Pinger"_s);
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(victim.device.get(), stranger.deviceId()), 10000);

    const qint64 rssBefore = residentBytes();
    // 16 MiB of pings: 1.7 million frames.
    const QByteArray pings
        = Protocol::encodeFrame({Protocol::FrameType::Ping, 0, 0, {}}).repeated(64 * 1024 / Protocol::FrameHeaderSize);
    constexpr qint64 Total = 16 * 1024 * 1024;
    for (qint64 sent = 0; sent < Total && stranger.isConnected(); sent += pings.size()) {
        stranger.socket().write(pings);
        QTRY_VERIFY_WITH_TIMEOUT(stranger.socket().bytesToWrite() < 1024 * 1024 || !stranger.isConnected(), 30000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(stranger.socket().bytesToWrite() + stranger.socket().encryptedBytesToWrite() == 0, 30000);
    PeerConnection *atVictim = Tandem::peerConnection(victim.device.get(), stranger.deviceId());
    QVERIFY(atVictim);
    QTRY_VERIFY_WITH_TIMEOUT(atVictim->queuedFrames(PeerConnection::Priority::Control) <= 1, 30000);
    const qint64 grown = residentBytes() - rssBefore;
    qInfo("victim grew by %lld KiB after 16 MiB of unread pings", grown / 1024);
    QVERIFY2(grown < 48 * 1024 * 1024, qPrintable(QString::number(grown)));
}

// Requests whose answers are never read: the victim stops reading from that
// peer once PeerConnection::MaxQueuedControlBytes wait, and its memory
// stays put; other devices are unaffected.
void tst_HostileLinks::requestsFromAPeerThatNeverReadsPauseReading()
{
    std::unique_ptr<Peer> victim, friendly;
    startPairedPeers(victim, friendly);
    if (QTest::currentTestFailed())
        return;
    Stranger stranger(makeEcCredentials(u"asker"_s));
    QVERIFY(stranger.connectTls(victim->device->lanPort()));
    stranger.sendHello(u"Asker"_s);
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(victim->device.get(), stranger.deviceId()), 10000);
    PeerConnection *atVictim = Tandem::peerConnection(victim->device.get(), stranger.deviceId());
    QPointer<PeerConnection> guard(atVictim);

    const qint64 rssBefore = residentBytes();
    // Each is refused with an error of about 100 bytes ("not paired").
    QByteArray requests;
    QCborMap fields;
    fields.insert(u"service"_s, u"chat"_s);
    for (int i = 0; i < 1000; ++i)
        requests += Protocol::encodeFrame(
            {Protocol::FrameType::Control, 0, quint32(i + 1), Protocol::encodeControl(u"session-open"_s, fields)});
    for (int round = 0; round < 2000 && guard && !guard->isReadingPaused() && stranger.isConnected(); ++round) {
        stranger.socket().write(requests);
        QTRY_VERIFY_WITH_TIMEOUT(stranger.socket().bytesToWrite() < 1024 * 1024 || !guard || guard->isReadingPaused(),
                                 30000);
    }
    QVERIFY(guard);
    QTRY_VERIFY_WITH_TIMEOUT(guard->isReadingPaused(), 30000);
    QVERIFY(guard->queuedBytes(PeerConnection::Priority::Control) <= 2 * PeerConnection::MaxQueuedControlBytes);
    const qint64 grown = residentBytes() - rssBefore;
    qInfo("victim grew by %lld KiB while refusing requests nobody read", grown / 1024);
    QVERIFY2(grown < 48 * 1024 * 1024, qPrintable(QString::number(grown)));
    messageGetsThrough(*friendly, *victim);
}

// Silent connections (TCP, no TLS) from four addresses: each address holds
// at most MaxPendingHandshakesPerSource; when all slots are taken, the
// oldest makes room, so a real device still links at once.
void tst_HostileLinks::handshakeSlotsArePerSourceAndOldestMakesRoom()
{
    QTemporaryDir dirVictim, dirFriend;
    const auto victimIdentity = DeviceIdentity::loadOrCreate(dirVictim.path());
    const auto friendIdentity = DeviceIdentity::loadOrCreate(dirFriend.path());
    QVERIFY(!victimIdentity.identity.isNull() && !friendIdentity.identity.isNull());
    // A minute: strangers keep their slots for the whole test.
    LanLinkProvider victim(victimIdentity.identity, {QHostAddress::LocalHost, 0, false, 60s});
    QString error;
    QVERIFY2(victim.listen(&error), qPrintable(error));
    QSignalSpy refused(&victim, &LanLinkProvider::handshakeFailed);

    std::vector<std::unique_ptr<QTcpSocket>> silent;
    constexpr int PerSource = LanLinkProvider::MaxPendingHandshakesPerSource + 1;
    for (int source = 2; source <= 5; ++source) {
        for (int i = 0; i < PerSource; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QVERIFY(socket->bind(QHostAddress(u"127.0.0.%1"_s.arg(source)), 0));
            socket->connectToHost(QHostAddress::LocalHost, victim.port());
            QVERIFY(socket->waitForConnected(5000));
            silent.push_back(std::move(socket));
        }
    }
    // One refusal per address, for the connection over its share.
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 4, 10000);
    for (const auto &call : std::as_const(refused))
        QVERIFY2(call.at(1).toString().contains(u"too many connections from 127.0.0."),
                 qPrintable(call.at(1).toString()));
    QVERIFY(victim.pendingHandshakes() <= LanLinkProvider::MaxPendingHandshakes);

    // Every slot is held; a real device dials from 127.0.0.1 and gets in.
    LanLinkProvider friendly(friendIdentity.identity, {QHostAddress::LocalHost, 0, false, 10s});
    QSignalSpy linked(&friendly, &LanLinkProvider::linkEstablished);
    QSignalSpy failed(&friendly, &LanLinkProvider::connectFailed);
    QSignalSpy accepted(&victim, &LanLinkProvider::linkEstablished);
    friendly.connectToHost(u"127.0.0.1"_s, victim.port());
    QTRY_VERIFY_WITH_TIMEOUT(!linked.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QTRY_COMPARE(accepted.size(), 1);
    delete linked.at(0).at(0).value<Link *>();
    std::unique_ptr<Link> far(accepted.at(0).at(0).value<Link *>());
    QCOMPARE(far->peerDeviceId(), friendIdentity.identity.deviceId());
    QVERIFY(victim.pendingHandshakes() <= LanLinkProvider::MaxPendingHandshakes);
}

// Strangers that said hello hold unpaired links: at most two per address,
// and a newcomer evicts the oldest, so a real device can always pair.
void tst_HostileLinks::unpairedLinksArePerSourceAndOldestMakesRoom()
{
    const LocalDevice::Options options = deviceOptions();
    Peer victim(u"Victim"_s, options);
    QVERIFY(victim.start());
    std::vector<std::unique_ptr<Stranger>> strangers;
    auto arrive = [&](int source) -> Stranger * {
        auto s = std::make_unique<Stranger>(makeEcCredentials(u"s%1"_s.arg(strangers.size())),
                                            QHostAddress(u"127.0.0.%1"_s.arg(source)));
        if (!s->connectTls(victim.device->lanPort()))
            return nullptr;
        s->sendHello(u"Stranger"_s);
        strangers.push_back(std::move(s));
        return strangers.back().get();
    };
    // Two from one address are let in, the third is turned away.
    for (int i = 0; i < LocalDevice::MaxUnpairedConnectionsPerSource; ++i) {
        Stranger *s = arrive(2);
        QVERIFY(s);
        QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(victim.device.get(), s->deviceId()), 10000);
    }
    Stranger *third = arrive(2);
    QVERIFY(third);
    QTRY_VERIFY_WITH_TIMEOUT(!third->isConnected(), 10000);
    QVERIFY(!Tandem::peerConnection(victim.device.get(), third->deviceId()));

    // Fill every unpaired slot from other addresses, then one more: the
    // oldest goes.
    const QString first = strangers.front()->deviceId();
    for (int i = 0; i < LocalDevice::MaxUnpairedConnections - LocalDevice::MaxUnpairedConnectionsPerSource + 1; ++i) {
        Stranger *s = arrive(3 + i / LocalDevice::MaxUnpairedConnectionsPerSource);
        QVERIFY(s);
        QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(victim.device.get(), s->deviceId()), 10000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!Tandem::peerConnection(victim.device.get(), first), 10000);

    // With strangers in every slot, a real device still pairs and talks.
    Peer friendly(u"Friend"_s, options);
    QVERIFY(friendly.start());
    pairPeers(friendly, victim);
    if (QTest::currentTestFailed())
        return;
    messageGetsThrough(friendly, victim);
}

// A pair request every half minute once kept an unpaired link open for
// ever (and eight of them locked real devices out). The link now has a
// lifetime while pairing; here 1 s, checked every 200 ms.
void tst_HostileLinks::pairingForEverDoesNotKeepALinkOpen()
{
    const LocalDevice::Options strangerOptions = deviceOptions();
    LocalDevice::Options options = strangerOptions;
    options.unpairedIdleTimeout = 200ms;
    options.unpairedLinkLifetime = 1s;
    options.pairingTimeout = 60s; // the victim's user never answers
    Peer victim(u"Victim"_s, options);
    QVERIFY(victim.start());
    Peer stranger(u"Stranger"_s, strangerOptions);
    QVERIFY(stranger.start());
    QTRY_VERIFY_WITH_TIMEOUT(stranger.device->device(victim.id()) && stranger.device->device(victim.id())->reachable,
                             10000);
    QSignalSpy codeShown(victim.device.get(), &LocalDevice::pairingCodeReady);
    QString error;
    QVERIFY2(stranger.device->requestPairing(victim.id(), &error), qPrintable(error));
    QVERIFY(codeShown.wait(10000));
    QVERIFY(Tandem::peerConnection(victim.device.get(), stranger.id()));
    // Closed at the first check past its lifetime, the pairing still open.
    QTRY_VERIFY_WITH_TIMEOUT(!Tandem::peerConnection(victim.device.get(), stranger.id()), 10000);
}

// A device stopped from inside a handshake failure (as `tandem-cli pair`
// does when the peer hangs up mid-TLS) once freed the socket that was
// still reporting it.
void tst_HostileLinks::stoppingWhenAHandshakeFailsIsSafe()
{
    QTcpServer hangUp;
    QVERIFY(hangUp.listen(QHostAddress::LocalHost));
    QObject::connect(&hangUp, &QTcpServer::newConnection, &hangUp, [&hangUp] {
        while (QTcpSocket *s = hangUp.nextPendingConnection()) {
            // Hang up once the client's hello arrived: mid-handshake.
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                s->abort();
                s->deleteLater();
            });
        }
    });
    Peer device(u"Dialler"_s, deviceOptions());
    QVERIFY(device.start());
    QSignalSpy failed(device.device.get(), &LocalDevice::connectFailed);
    QObject context;
    QObject::connect(device.device.get(), &LocalDevice::connectFailed, &context, [&device] { device.device->stop(); });
    device.device->connectToAddress(u"127.0.0.1"_s, hangUp.serverPort());
    QVERIFY(failed.wait(10000));
    // The event loop goes on over what was being torn down.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(2).value<LocalDevice::LinkError>(), LocalDevice::LinkError::Unreachable);
}

void tst_HostileLinks::malformedInputClosesOnlyThatLink_data()
{
    QTest::addColumn<bool>("helloFirst");
    QTest::addColumn<QByteArray>("bytes");
    auto header = [](quint32 length, quint8 type) {
        QByteArray h(Protocol::FrameHeaderSize, '\0');
        qToBigEndian<quint32>(length, h.data());
        h[4] = char(type);
        return h;
    };
    auto control
        = [](const QByteArray &cbor) { return Protocol::encodeFrame({Protocol::FrameType::Control, 0, 0, cbor}); };
    QTest::newRow("frame announcing 1 GiB") << false << header(1u << 30, 0);
    QTest::newRow("unknown frame type") << false << header(6, 9);
    QTest::newRow("CBOR nested 10,000 deep") << false << control(QByteArray(10000, '\x81') + '\0');
    QTest::newRow("CBOR string announcing 4 GiB") << false << control(QByteArray::fromHex("7b0000000100000000") + "x");
    QTest::newRow("control that is not CBOR") << false << control("\xff\xff\xff");
    QTest::newRow("data before hello") << false << Protocol::encodeFrame({Protocol::FrameType::Data, 0, 1, "early"});
    QTest::newRow("data from an unpaired device")
        << true << Protocol::encodeFrame({Protocol::FrameType::Data, 0, 1, "not paired"});
    Protocol::Hello other;
    other.deviceId = QString(64, u'a');
    other.name = u"Liar"_s;
    other.instance = QByteArray(Protocol::Hello::InstanceBytes, 'i');
    QTest::newRow("hello claiming another id")
        << false << control(Protocol::encodeControl(QString(Protocol::Hello::Type), other.toFields()));
}

// Whatever a stranger sends after TLS, it loses its own link and nothing
// else: the victim's paired device still gets a message through.
void tst_HostileLinks::malformedInputClosesOnlyThatLink()
{
    QFETCH(bool, helloFirst);
    QFETCH(QByteArray, bytes);
    std::unique_ptr<Peer> victim, friendly;
    startPairedPeers(victim, friendly);
    if (QTest::currentTestFailed())
        return;
    Stranger stranger(makeEcCredentials(u"mangler"_s));
    QVERIFY(stranger.connectTls(victim->device->lanPort()));
    if (helloFirst) {
        stranger.sendHello(u"Mangler"_s);
        QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(victim->device.get(), stranger.deviceId()), 10000);
    }
    stranger.socket().write(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(!stranger.isConnected(), 10000);
    QVERIFY(!Tandem::peerConnection(victim->device.get(), stranger.deviceId()));
    messageGetsThrough(*friendly, *victim);
}

// TLS done, then nothing (slowloris at the hello): each address holds at
// most LocalDevice::MaxAwaitingHelloPerSource such links, the hello timeout
// ends them, and a paired device links and talks meanwhile.
void tst_HostileLinks::silentAfterTlsHoldsOnlyItsShare()
{
    LocalDevice::Options options = deviceOptions();
    // Long enough that every stranger is connected while the first still
    // wait, on a slow (sanitized) build too.
    options.connection.helloTimeout = 10s;
    Peer victim(u"Victim"_s, options);
    Peer friendly(u"Friend"_s, options);
    QVERIFY(victim.start() && friendly.start());
    pairPeers(friendly, victim);
    if (QTest::currentTestFailed())
        return;
    const int descriptorsBefore = openDescriptors();
    std::vector<std::unique_ptr<Stranger>> strangers;
    const StrangerCredentials credentials = makeEcCredentials(u"silent"_s);
    for (int i = 0; i < 3 * LocalDevice::MaxAwaitingHelloPerSource; ++i) {
        strangers.push_back(std::make_unique<Stranger>(credentials, QHostAddress(u"127.0.0.7"_s)));
        QVERIFY(strangers.back()->connectTls(victim.device->lanPort()));
    }
    // All but one address's share are closed at once.
    QTRY_COMPARE_WITH_TIMEOUT(
        std::count_if(strangers.cbegin(), strangers.cend(), [](const auto &s) { return s->isConnected(); }),
        qsizetype(LocalDevice::MaxAwaitingHelloPerSource), 10000);
    // The paired device cut and linked again meanwhile.
    Tandem::peerConnection(victim.device.get(), friendly.id())->link()->close(u"test: link cut"_s);
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(victim.device.get(), friendly.id()), 10000);
    messageGetsThrough(friendly, victim);
    // The hello timeout ends the rest, and every descriptor comes back.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::none_of(strangers.cbegin(), strangers.cend(), [](const auto &s) { return s->isConnected(); }), 20000);
    strangers.clear();
    QTRY_VERIFY_WITH_TIMEOUT(openDescriptors() <= descriptorsBefore, 10000);
}

QTEST_GUILESS_MAIN(tst_HostileLinks)
#include "tst_hostile_links.moc"
