#include "../../common/testpeers.h"

#include <Tandem/abilityconnectionmanager.h>
#include <Tandem/link.h>
#include <Tandem/sessionmanager.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;

using Manager = AbilityConnectionManager;
using ErrorCode = AbilityConnectionManager::ConnectErrorCode;
using Reason = AbilityConnectionManager::DisconnectReason;
using EventType = AbilityConnectionManager::CollaborateEventType;

namespace {

constexpr int Timeout = 10000;

// A well-formed device id that no device here has.
const QString StrangerId = QString(64, u'c');

PeerInfo peerOf(const QString &deviceId, const QString &service = QStringLiteral("chat"))
{
    PeerInfo info;
    info.deviceId = deviceId;
    info.serviceName = service;
    return info;
}

// `count` copies of `c`, then `tail`: strings of an exact UTF-8 size.
QString repeated(char16_t c, int count, const QString &tail = {})
{
    return QString(count, QChar(c)) + tail;
}

constexpr char16_t Euro = 0x20AC; // 3 bytes of UTF-8
constexpr char16_t EAcute = 0x00E9; // 2 bytes

ConnectResult resultOf(const QFuture<ConnectResult> &future)
{
    return future.isFinished() && future.resultCount() == 1 ? future.result() : ConnectResult{};
}

} // namespace

class tst_AbilityConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // No network: parameter checks and local state.
    void createValidatesParameters_data();
    void createValidatesParameters();
    void sessionIdsAndTheSessionBound();
    void registerServiceValidatesNames();
    void localInfoValidatesNames();
    void callsOnUnknownOrIdleSessionsFail();
    void connectToAnUnpairedDeviceFailsAtOnce();

    // Two paired devices on loopback.
    void connectAcceptedExchangesBothWays();
    void rejectedConnectCarriesTheReason();
    void unregisteredServiceIsNoOnCollaborate();
    void textIsUnder1KiBOfUtf8();
    void eightMiBOfDataArriveIntact();
    void fullSendQueueIsBusyAndASendFailure();
    void tokenMisuseChangesNothing();
    void secondConnectIsConnectedSessionExists();
    void disconnectIsSeenAsCloseCollaboration();
    void peerExitIsSeenAsAppExit_data();
    void peerExitIsSeenAsAppExit();
    void vanishedPeerIsNetworkDisconnected();
    void pendingRequestsAreBounded();
    void unansweredRequestTimesOut();
    void withdrawnRequestIsCancelled_data();
    void withdrawnRequestIsCancelled();
    void hostilePeerInputIsRefusedOrDropped();

private:
    void setUpPair(const SessionManager::Options &sessionOptions = {});
    // A's "chat-client" connects to B's "chat" and B accepts: {idA, idB},
    // or {0, 0} (check QTest::currentTestFailed()).
    std::pair<int, int> connectPair();

    // An unstarted device, enough for the checks that never reach a peer.
    std::unique_ptr<Peer> m_offline;
    std::unique_ptr<SessionManager> m_offlineSessions;

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sa, m_sb;
    std::unique_ptr<Manager> m_aa, m_ab;
};

void tst_AbilityConnection::initTestCase()
{
    m_offline = std::make_unique<Peer>(QStringLiteral("Offline"), loopbackOptions(freeUdpPort()));
    m_offlineSessions = std::make_unique<SessionManager>(m_offline->device.get(), SessionManager::Options());
}

void tst_AbilityConnection::cleanup()
{
    // Facades first: they close their sessions through their managers.
    m_aa.reset();
    m_ab.reset();
    m_sa.reset();
    m_sb.reset();
    m_a.reset();
    m_b.reset();
}

void tst_AbilityConnection::setUpPair(const SessionManager::Options &sessionOptions)
{
    startPairedPeers(m_a, m_b);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), sessionOptions);
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), sessionOptions);
    m_aa = std::make_unique<Manager>(m_sa.get());
    m_ab = std::make_unique<Manager>(m_sb.get());
    QCOMPARE(m_ab->registerService(QStringLiteral("chat")), 0);
}

std::pair<int, int> tst_AbilityConnection::connectPair()
{
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    const int idA = m_aa->createAbilityConnectionSession(QStringLiteral("chat-client"), peerOf(m_b->id()));
    if (idA <= 0)
        return {};
    const QFuture<ConnectResult> future = m_aa->connect(idA);
    if (!requested.wait(Timeout))
        return {};
    const auto request = requested.at(0).at(0).value<CollaborationRequest>();
    const int idB = m_ab->createAbilityConnectionSession(request.serviceName, request.peerInfo, request.options);
    if (idB <= 0 || m_ab->acceptConnect(idB, request.token) != 0)
        return {};
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, Timeout) || !resultOf(future).isConnected)
        return {};
    return {idA, idB};
}

// ---------------------------------------------------------------- offline

void tst_AbilityConnection::createValidatesParameters_data()
{
    QTest::addColumn<QString>("serviceName");
    QTest::addColumn<PeerInfo>("peer");
    QTest::addColumn<QVariantMap>("parameters");
    QTest::addColumn<bool>("valid");

    const auto with = [](auto member, const QString &value) {
        PeerInfo info = peerOf(StrangerId);
        info.*member = value;
        return info;
    };
    const QString name255 = repeated(EAcute, 127, QStringLiteral("a"));
    const QString name256 = repeated(EAcute, 128);
    const QString chat = QStringLiteral("chat");

    QTest::newRow("plain") << chat << peerOf(StrangerId) << QVariantMap() << true;
    QTest::newRow("service of 255 bytes") << name255 << peerOf(StrangerId) << QVariantMap() << true;
    QTest::newRow("service of 256 bytes") << name256 << peerOf(StrangerId) << QVariantMap() << false;
    QTest::newRow("empty service") << QString() << peerOf(StrangerId) << QVariantMap() << false;
    QTest::newRow("empty device id") << chat << peerOf(QString()) << QVariantMap() << false;
    QTest::newRow("device id of 256 bytes") << chat << peerOf(QString(256, u'a')) << QVariantMap() << false;
    QTest::newRow("peer service of 255 bytes")
        << chat << with(&PeerInfo::serviceName, name255) << QVariantMap() << true;
    QTest::newRow("peer service of 256 bytes")
        << chat << with(&PeerInfo::serviceName, name256) << QVariantMap() << false;
    QTest::newRow("bundle of 255 bytes") << chat << with(&PeerInfo::bundleName, name255) << QVariantMap() << true;
    QTest::newRow("bundle of 256 bytes") << chat << with(&PeerInfo::bundleName, name256) << QVariantMap() << false;
    QTest::newRow("module of 256 bytes") << chat << with(&PeerInfo::moduleName, name256) << QVariantMap() << false;
    QTest::newRow("ability of 256 bytes") << chat << with(&PeerInfo::abilityName, name256) << QVariantMap() << false;

    // {"k": text}: 1 byte map head, 2 for "k", 3 for the text's head.
    const int textFor16KiB = int(Manager::MaxParametersBytes) - 6;
    QTest::newRow("parameters of exactly 16 KiB")
        << chat << peerOf(StrangerId) << QVariantMap{{QStringLiteral("k"), QString(textFor16KiB, u'x')}} << true;
    QTest::newRow("parameters of 16 KiB + 1")
        << chat << peerOf(StrangerId) << QVariantMap{{QStringLiteral("k"), QString(textFor16KiB + 1, u'x')}} << false;
    const QVariantList list{1};
    const QVariantMap depth4{
        {QStringLiteral("a"), QVariantMap{{QStringLiteral("b"), QVariantMap{{QStringLiteral("c"), list}}}}}};
    QTest::newRow("parameters nested 4 deep") << chat << peerOf(StrangerId) << depth4 << true;
    QTest::newRow("parameters nested 5 deep")
        << chat << peerOf(StrangerId) << QVariantMap{{QStringLiteral("z"), depth4}} << false;
}

void tst_AbilityConnection::createValidatesParameters()
{
    QFETCH(QString, serviceName);
    QFETCH(PeerInfo, peer);
    QFETCH(QVariantMap, parameters);
    QFETCH(bool, valid);
    Manager manager(m_offlineSessions.get());
    ConnectOptions options;
    options.parameters = parameters;
    const int id = manager.createAbilityConnectionSession(serviceName, peer, options);
    if (!valid) {
        QCOMPARE(id, -Manager::ErrorInvalidParameter);
        return;
    }
    QVERIFY(id > 0);
    QCOMPARE(manager.getPeerInfoById(id), peer);
    QVERIFY(!manager.isConnected(id));
}

void tst_AbilityConnection::sessionIdsAndTheSessionBound()
{
    Manager manager(m_offlineSessions.get());
    QVERIFY(!manager.getPeerInfoById(1).isValid());

    // An empty peer service means the same service as ours.
    PeerInfo peer = peerOf(StrangerId, QString());
    peer.bundleName = QStringLiteral("org.example.notes");
    const int first = manager.createAbilityConnectionSession(QStringLiteral("notes"), peer);
    QVERIFY(first > 0);
    const PeerInfo stored = manager.getPeerInfoById(first);
    QVERIFY(stored.isValid());
    QCOMPARE(stored.serviceName, QStringLiteral("notes"));
    QCOMPARE(stored.bundleName, QStringLiteral("org.example.notes"));

    QList<int> ids{first};
    while (ids.size() < Manager::MaxSessions) {
        const int id = manager.createAbilityConnectionSession(QStringLiteral("notes"), peer);
        QVERIFY(id > 0);
        QVERIFY(!ids.contains(id));
        ids << id;
    }
    QCOMPARE(manager.createAbilityConnectionSession(QStringLiteral("notes"), peer), -Manager::ErrorBusy);
    manager.destroyAbilityConnectionSession(first);
    QVERIFY(!manager.getPeerInfoById(first).isValid());
    const int again = manager.createAbilityConnectionSession(QStringLiteral("notes"), peer);
    QVERIFY(again > 0);
    QVERIFY(again != first); // ids are not reused at once
}

void tst_AbilityConnection::registerServiceValidatesNames()
{
    Manager manager(m_offlineSessions.get());
    QSignalSpy changed(&manager, &Manager::servicesChanged);
    QCOMPARE(manager.registerService(QString()), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.registerService(repeated(Euro, 85, QStringLiteral("a"))), Manager::ErrorInvalidParameter);
    const QString name255 = repeated(Euro, 85);
    QCOMPARE(manager.registerService(name255), 0);
    QCOMPARE(manager.registerService(name255), 0); // again: no change
    QCOMPARE(manager.services(), QStringList{name255});
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_offlineSessions->isServiceRegistered(name255));
    manager.unregisterService(QStringLiteral("never registered"));
    QCOMPARE(changed.size(), 1);
    manager.unregisterService(name255);
    QVERIFY(!m_offlineSessions->isServiceRegistered(name255));
    QVERIFY(manager.services().isEmpty());
    QCOMPARE(changed.size(), 2);
}

void tst_AbilityConnection::localInfoValidatesNames()
{
    Manager manager(m_offlineSessions.get());
    QSignalSpy changed(&manager, &Manager::localInfoChanged);
    QCOMPARE(manager.localInfo().bundleName, QCoreApplication::applicationName());
    QCOMPARE(manager.localInfo().deviceId, m_offline->id());
    PeerInfo info;
    info.deviceId = StrangerId; // ignored: always this device
    info.bundleName = repeated(EAcute, 127, QStringLiteral("a"));
    info.abilityName = QStringLiteral("MainAbility");
    manager.setLocalInfo(info);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(manager.localInfo().bundleName, info.bundleName);
    QCOMPARE(manager.localInfo().deviceId, m_offline->id());
    manager.setLocalInfo(info);
    QCOMPARE(changed.size(), 1);

    PeerInfo overlong = info;
    overlong.moduleName = repeated(EAcute, 128);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("at most 255 bytes")));
    manager.setLocalInfo(overlong);
    QCOMPARE(changed.size(), 1);
    QVERIFY(manager.localInfo().moduleName.isEmpty());
}

void tst_AbilityConnection::callsOnUnknownOrIdleSessionsFail()
{
    Manager manager(m_offlineSessions.get());
    QSignalSpy results(&manager, &Manager::connectResult);
    constexpr int Unknown = 4242;
    QCOMPARE(manager.sendMessage(Unknown, QStringLiteral("hi")), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.sendData(Unknown, "hi"), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.disconnect(Unknown), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.acceptConnect(Unknown, QStringLiteral("00")), Manager::ErrorInvalidParameter);
    manager.destroyAbilityConnectionSession(Unknown); // nothing to do

    const QFuture<ConnectResult> future = manager.connect(Unknown);
    QVERIFY(future.isFinished());
    QVERIFY(!resultOf(future).isConnected);
    QCOMPARE(resultOf(future).errorCode, ErrorCode::SYSTEM_INTERNAL_ERROR);
    QVERIFY2(resultOf(future).reason.contains(u"401"), qPrintable(resultOf(future).reason));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).at(0).toInt(), Unknown);

    // Created, never connected: parameters are checked first, then state.
    const int id = manager.createAbilityConnectionSession(QStringLiteral("chat"), peerOf(StrangerId));
    QCOMPARE(manager.sendMessage(id, QStringLiteral("hi")), Manager::ErrorNotPermitted);
    QCOMPARE(manager.sendMessage(id, QString()), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.sendMessage(id, QString(Manager::MaxMessageBytes, u'x')), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.sendData(id, "hi"), Manager::ErrorNotPermitted);
    QCOMPARE(manager.sendData(id, QByteArray()), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.disconnect(id), Manager::ErrorNotPermitted);
    QCOMPARE(manager.acceptConnect(id, QStringLiteral("not a token")), Manager::ErrorInvalidParameter);
    QCOMPARE(manager.reject(QStringLiteral("not a token"), QStringLiteral("no")), Manager::ErrorInvalidParameter);
}

void tst_AbilityConnection::connectToAnUnpairedDeviceFailsAtOnce()
{
    Manager manager(m_offlineSessions.get());
    QSignalSpy results(&manager, &Manager::connectResult);
    const int id = manager.createAbilityConnectionSession(QStringLiteral("chat"), peerOf(StrangerId));
    QVERIFY(id > 0);
    const QFuture<ConnectResult> future = manager.connect(id);
    QVERIFY(future.isFinished()); // at once, without asking anyone
    const ConnectResult result = resultOf(future);
    QVERIFY(!result.isConnected);
    QCOMPARE(result.errorCode, ErrorCode::SYSTEM_INTERNAL_ERROR);
    QVERIFY2(result.reason.contains(u"201") && result.reason.contains(u"not paired"), qPrintable(result.reason));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).at(1).value<ConnectResult>(), result);
    QVERIFY(!manager.isConnected(id));
    QCOMPARE(manager.sendMessage(id, QStringLiteral("hi")), Manager::ErrorNotPermitted);
}

// ---------------------------------------------------------------- loopback

void tst_AbilityConnection::connectAcceptedExchangesBothWays()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    PeerInfo local;
    local.bundleName = QStringLiteral("org.example.notes");
    local.moduleName = QStringLiteral("entry");
    local.abilityName = QStringLiteral("MainAbility");
    m_aa->setLocalInfo(local);
    QCOMPARE(m_aa->localInfo().deviceId, m_a->id());
    QCOMPARE(m_aa->localInfo().abilityName, QStringLiteral("MainAbility"));

    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    QSignalSpy resultsA(m_aa.get(), &Manager::connectResult);
    QSignalSpy connectedA(m_aa.get(), &Manager::connected);
    QSignalSpy connectedB(m_ab.get(), &Manager::connected);
    ConnectOptions options;
    options.needSendData = true;
    options.parameters = {{QStringLiteral("purpose"), QStringLiteral("testing")}, {QStringLiteral("n"), 7}};
    const int idA = m_aa->createAbilityConnectionSession(QStringLiteral("chat-client"), peerOf(m_b->id()), options);
    QVERIFY(idA > 0);
    const QFuture<ConnectResult> future = m_aa->connect(idA);
    QVERIFY(!future.isFinished());
    // Nothing may be sent before the peer accepts.
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("too early")), Manager::ErrorNotPermitted);
    QCOMPARE(m_aa->sendData(idA, "too early"), Manager::ErrorNotPermitted);

    QVERIFY(requested.wait(Timeout));
    const auto request = requested.at(0).at(0).value<CollaborationRequest>();
    QCOMPARE(request.token.size(), Manager::TokenBytes * 2);
    QCOMPARE(request.serviceName, QStringLiteral("chat"));
    QCOMPARE(request.peerInfo.deviceId, m_a->id());
    QCOMPARE(request.peerInfo.serviceName, QStringLiteral("chat-client"));
    QCOMPARE(request.peerInfo.bundleName, QStringLiteral("org.example.notes"));
    QCOMPARE(request.peerInfo.moduleName, QStringLiteral("entry"));
    QCOMPARE(request.peerInfo.abilityName, QStringLiteral("MainAbility"));
    QVERIFY(request.options.needSendData);
    QVERIFY(!request.options.needSendStream);
    QCOMPARE(request.options.parameters.value(QStringLiteral("purpose")).toString(), QStringLiteral("testing"));
    QCOMPARE(request.options.parameters.value(QStringLiteral("n")).toInt(), 7);

    const int idB = m_ab->createAbilityConnectionSession(request.serviceName, request.peerInfo, request.options);
    QVERIFY(idB > 0);
    QCOMPARE(m_ab->sendMessage(idB, QStringLiteral("too early")), Manager::ErrorNotPermitted);
    QCOMPARE(m_ab->acceptConnect(idB, request.token), 0);
    QCOMPARE(connectedB.size(), 1);
    QCOMPARE(connectedB.at(0).at(0).toInt(), idB);
    QVERIFY(m_ab->isConnected(idB));

    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), Timeout);
    QVERIFY(resultOf(future).isConnected);
    QCOMPARE(resultsA.size(), 1);
    QCOMPARE(resultsA.at(0).at(0).toInt(), idA);
    QVERIFY(resultsA.at(0).at(1).value<ConnectResult>().isConnected);
    QCOMPARE(connectedA.size(), 1);
    QVERIFY(m_aa->isConnected(idA));

    QSignalSpy textAtB(m_ab.get(), &Manager::messageReceived);
    QSignalSpy textAtA(m_aa.get(), &Manager::messageReceived);
    QSignalSpy dataAtB(m_ab.get(), &Manager::dataReceived);
    QSignalSpy dataAtA(m_aa.get(), &Manager::dataReceived);
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("hello")), 0);
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("second, ") + QChar(Euro)), 0);
    QCOMPARE(m_aa->sendData(idA, QByteArray("\0\1\2", 3)), 0);
    QCOMPARE(m_ab->sendMessage(idB, QStringLiteral("hi back")), 0);
    QCOMPARE(m_ab->sendData(idB, "bytes back"), 0);
    QTRY_COMPARE_WITH_TIMEOUT(textAtB.size(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(dataAtB.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(textAtA.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(dataAtA.size(), 1, Timeout);
    QCOMPARE(textAtB.at(0).at(0).toInt(), idB);
    QCOMPARE(textAtB.at(0).at(1).toString(), QStringLiteral("hello"));
    QCOMPARE(textAtB.at(1).at(1).toString(), QStringLiteral("second, ") + QChar(Euro));
    QCOMPARE(dataAtB.at(0).at(1).toByteArray(), QByteArray("\0\1\2", 3));
    QCOMPARE(textAtA.at(0).at(0).toInt(), idA);
    QCOMPARE(textAtA.at(0).at(1).toString(), QStringLiteral("hi back"));
    QCOMPARE(dataAtA.at(0).at(1).toByteArray(), QByteArray("bytes back"));
}

void tst_AbilityConnection::rejectedConnectCarriesTheReason()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    QSignalSpy results(m_aa.get(), &Manager::connectResult);
    QSignalSpy connectedA(m_aa.get(), &Manager::connected);
    const int idA = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> future = m_aa->connect(idA);
    QVERIFY(requested.wait(Timeout));
    const QString token = requested.at(0).at(0).value<CollaborationRequest>().token;

    // The reason is bounded; an overlong one changes nothing.
    QCOMPARE(m_ab->reject(token, QString(Manager::MaxReasonLength + 1, u'r')), Manager::ErrorInvalidParameter);
    QCOMPARE(m_ab->reject(token, QStringLiteral("busy right now")), 0);
    QCOMPARE(m_ab->reject(token, QStringLiteral("twice")), Manager::ErrorInvalidParameter); // used up

    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), Timeout);
    const ConnectResult result = resultOf(future);
    QVERIFY(!result.isConnected);
    QCOMPARE(result.errorCode, ErrorCode::PEER_APP_REJECTED);
    QCOMPARE(result.reason, QStringLiteral("busy right now"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(connectedA.size(), 0);
    QVERIFY(!m_aa->isConnected(idA));
    // Data after a reject is not permitted.
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("anyone?")), Manager::ErrorNotPermitted);
    QCOMPARE(m_aa->sendData(idA, "anyone?"), Manager::ErrorNotPermitted);

    // A rejected session may ask again; this time it is accepted.
    const QFuture<ConnectResult> retry = m_aa->connect(idA);
    QVERIFY(requested.wait(Timeout));
    const auto request = requested.at(1).at(0).value<CollaborationRequest>();
    const int idB = m_ab->createAbilityConnectionSession(request.serviceName, request.peerInfo);
    QCOMPARE(m_ab->acceptConnect(idB, request.token), 0);
    QTRY_VERIFY_WITH_TIMEOUT(retry.isFinished(), Timeout);
    QVERIFY(resultOf(retry).isConnected);
}

void tst_AbilityConnection::unregisteredServiceIsNoOnCollaborate()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const int idA
        = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id(), QStringLiteral("notes")));
    const QFuture<ConnectResult> future = m_aa->connect(idA);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), Timeout);
    QVERIFY(!resultOf(future).isConnected);
    QCOMPARE(resultOf(future).errorCode, ErrorCode::PEER_ABILITY_NO_ONCOLLABORATE);
    QVERIFY2(resultOf(future).reason.contains(u"notes"), qPrintable(resultOf(future).reason));

    // A service unregistered while a request waits refuses that request too.
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    QSignalSpy cancelled(m_ab.get(), &Manager::collaborationRequestCancelled);
    const int chat = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> waiting = m_aa->connect(chat);
    QVERIFY(requested.wait(Timeout));
    m_ab->unregisterService(QStringLiteral("chat"));
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.at(0).at(0).toString(), requested.at(0).at(0).value<CollaborationRequest>().token);
    QTRY_VERIFY_WITH_TIMEOUT(waiting.isFinished(), Timeout);
    QCOMPARE(resultOf(waiting).errorCode, ErrorCode::PEER_ABILITY_NO_ONCOLLABORATE);

    // And later ones are refused by the session layer.
    const QFuture<ConnectResult> later = m_aa->connect(chat);
    QTRY_VERIFY_WITH_TIMEOUT(later.isFinished(), Timeout);
    QCOMPARE(resultOf(later).errorCode, ErrorCode::PEER_ABILITY_NO_ONCOLLABORATE);
    QCOMPARE(requested.size(), 1);
}

void tst_AbilityConnection::textIsUnder1KiBOfUtf8()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const auto [idA, idB] = connectPair();
    QVERIFY(idA > 0 && idB > 0);
    QSignalSpy textAtB(m_ab.get(), &Manager::messageReceived);
    QSignalSpy textAtA(m_aa.get(), &Manager::messageReceived);

    const QString euros1023 = repeated(Euro, 341); // 3 * 341 = 1023 bytes
    const QString mixed1023 = repeated(Euro, 340, QString(QChar(EAcute)) + u'a'); // 1020 + 2 + 1
    const QString mixed1024 = repeated(Euro, 340, QString(2, QChar(EAcute))); // 1020 + 4
    const QString euros1024 = repeated(Euro, 341, QStringLiteral("a")); // 1023 + 1
    QCOMPARE(euros1023.toUtf8().size(), 1023);
    QCOMPARE(mixed1023.toUtf8().size(), 1023);
    QCOMPARE(mixed1024.toUtf8().size(), 1024);
    QCOMPARE(euros1024.toUtf8().size(), 1024);
    QVERIFY(mixed1024.size() < 1024); // far fewer characters than bytes

    QCOMPARE(m_aa->sendMessage(idA, euros1023), 0);
    QCOMPARE(m_aa->sendMessage(idA, mixed1024), Manager::ErrorInvalidParameter);
    QCOMPARE(m_aa->sendMessage(idA, euros1024), Manager::ErrorInvalidParameter);
    QCOMPARE(m_aa->sendMessage(idA, mixed1023), 0);
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("end")), 0);
    QCOMPARE(m_ab->sendMessage(idB, mixed1023), 0);
    QCOMPARE(m_ab->sendMessage(idB, mixed1024), Manager::ErrorInvalidParameter);

    QTRY_COMPARE_WITH_TIMEOUT(textAtB.size(), 3, Timeout);
    QCOMPARE(textAtB.at(0).at(1).toString(), euros1023);
    QCOMPARE(textAtB.at(1).at(1).toString(), mixed1023);
    QCOMPARE(textAtB.at(2).at(1).toString(), QStringLiteral("end"));
    QTRY_COMPARE_WITH_TIMEOUT(textAtA.size(), 1, Timeout);
    QCOMPARE(textAtA.at(0).at(1).toString(), mixed1023);
}

void tst_AbilityConnection::eightMiBOfDataArriveIntact()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const auto [idA, idB] = connectPair();
    QVERIFY(idA > 0 && idB > 0);
    QSignalSpy dataAtB(m_ab.get(), &Manager::dataReceived);
    QByteArray big(8 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(20261121).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    QCOMPARE(m_aa->sendData(idA, QByteArray()), Manager::ErrorInvalidParameter);
    QCOMPARE(m_aa->sendData(idA, big), 0);
    QTRY_COMPARE_WITH_TIMEOUT(dataAtB.size(), 1, 60000);
    const QByteArray got = dataAtB.at(0).at(1).toByteArray();
    QCOMPARE(got.size(), big.size());
    QCOMPARE(QCryptographicHash::hash(got, QCryptographicHash::Sha256),
             QCryptographicHash::hash(big, QCryptographicHash::Sha256));
}

void tst_AbilityConnection::fullSendQueueIsBusyAndASendFailure()
{
    SessionManager::Options small;
    small.maxQueuedMessages = 4;
    setUpPair(small);
    if (QTest::currentTestFailed())
        return;
    const auto [idA, idB] = connectPair();
    QVERIFY(idA > 0 && idB > 0);
    QSignalSpy events(m_aa.get(), &Manager::collaborateEvent);
    QSignalSpy textAtB(m_ab.get(), &Manager::messageReceived);
    // Without returning to the event loop nothing is acknowledged, so the
    // queue fills deterministically.
    for (int i = 0; i < small.maxQueuedMessages; ++i)
        QCOMPARE(m_aa->sendMessage(idA, QString::number(i)), 0);
    QCOMPARE(events.size(), 0);
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("one too many")), Manager::ErrorBusy);
    QCOMPARE(m_aa->sendData(idA, "one too many"), Manager::ErrorBusy);
    QCOMPARE(events.size(), 2);
    for (const QList<QVariant> &event : std::as_const(events)) {
        QCOMPARE(event.at(0).toInt(), idA);
        QCOMPARE(event.at(1).value<EventType>(), EventType::SEND_FAILURE);
        QVERIFY2(event.at(2).toString().contains(u"queue is full"), qPrintable(event.at(2).toString()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(textAtB.size(), small.maxQueuedMessages, Timeout);
    // Once acknowledged, there is room again.
    QCOMPARE(m_sa->sessions().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sa->sessions().at(0)->queuedMessages(), 0, Timeout);
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("room again")), 0);
    QTRY_COMPARE_WITH_TIMEOUT(textAtB.size(), small.maxQueuedMessages + 1, Timeout);
    QCOMPARE(textAtB.last().at(1).toString(), QStringLiteral("room again"));
}

void tst_AbilityConnection::tokenMisuseChangesNothing()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    QSignalSpy connectedB(m_ab.get(), &Manager::connected);
    const int idA = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> future = m_aa->connect(idA);
    QVERIFY(requested.wait(Timeout));
    const auto request = requested.at(0).at(0).value<CollaborationRequest>();
    const int forA = m_ab->createAbilityConnectionSession(QStringLiteral("chat"), request.peerInfo);
    const int forStranger = m_ab->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(StrangerId));

    QString wrong = request.token;
    wrong[0] = wrong.at(0) == u'0' ? u'1' : u'0';
    QCOMPARE(m_ab->acceptConnect(forA, wrong), Manager::ErrorInvalidParameter);
    QCOMPARE(m_ab->acceptConnect(forStranger, request.token), Manager::ErrorInvalidParameter);
    QCOMPARE(m_ab->reject(wrong, QStringLiteral("no")), Manager::ErrorInvalidParameter);
    QCOMPARE(connectedB.size(), 0);
    QVERIFY(!m_ab->isConnected(forA) && !m_ab->isConnected(forStranger));
    QVERIFY(!future.isFinished()); // the initiator still waits

    // The token still works, once.
    QCOMPARE(m_ab->acceptConnect(forA, request.token), 0);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), Timeout);
    QVERIFY(resultOf(future).isConnected);
    const int another = m_ab->createAbilityConnectionSession(QStringLiteral("chat"), request.peerInfo);
    QCOMPARE(m_ab->acceptConnect(another, request.token), Manager::ErrorInvalidParameter);
    QCOMPARE(m_ab->reject(request.token, QStringLiteral("late")), Manager::ErrorInvalidParameter);
    QVERIFY(!m_ab->isConnected(another));

    // A session already in use cannot take a second request.
    const int secondA = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> second = m_aa->connect(secondA);
    QVERIFY(requested.wait(Timeout));
    const QString secondToken = requested.at(1).at(0).value<CollaborationRequest>().token;
    QCOMPARE(m_ab->acceptConnect(forA, secondToken), Manager::ErrorInvalidParameter);
    QCOMPARE(connectedB.size(), 1);
    QCOMPARE(m_ab->acceptConnect(another, secondToken), 0);
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), Timeout);
    QVERIFY(resultOf(second).isConnected);
    QCOMPARE(connectedB.size(), 2);
}

void tst_AbilityConnection::secondConnectIsConnectedSessionExists()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    const int idA = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> first = m_aa->connect(idA);
    const QFuture<ConnectResult> whileConnecting = m_aa->connect(idA);
    QVERIFY(whileConnecting.isFinished());
    QVERIFY(!resultOf(whileConnecting).isConnected);
    QCOMPARE(resultOf(whileConnecting).errorCode, ErrorCode::CONNECTED_SESSION_EXISTS);

    QVERIFY(requested.wait(Timeout));
    QCOMPARE(requested.size(), 1); // asked once
    const auto request = requested.at(0).at(0).value<CollaborationRequest>();
    const int idB = m_ab->createAbilityConnectionSession(request.serviceName, request.peerInfo);
    QCOMPARE(m_ab->acceptConnect(idB, request.token), 0);
    QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), Timeout);
    QVERIFY(resultOf(first).isConnected);

    for (auto [manager, id] : {std::pair{m_aa.get(), idA}, std::pair{m_ab.get(), idB}}) {
        const QFuture<ConnectResult> again = manager->connect(id);
        QVERIFY(again.isFinished());
        QVERIFY(!resultOf(again).isConnected);
        QCOMPARE(resultOf(again).errorCode, ErrorCode::CONNECTED_SESSION_EXISTS);
        QVERIFY(manager->isConnected(id)); // undisturbed
    }
}

void tst_AbilityConnection::disconnectIsSeenAsCloseCollaboration()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const auto [idA, idB] = connectPair();
    QVERIFY(idA > 0 && idB > 0);
    QSignalSpy disconnectedA(m_aa.get(), &Manager::disconnected);
    QSignalSpy disconnectedB(m_ab.get(), &Manager::disconnected);
    QCOMPARE(m_aa->disconnect(idA), 0);
    QVERIFY(!m_aa->isConnected(idA));
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("gone")), Manager::ErrorNotPermitted);
    QCOMPARE(m_aa->disconnect(idA), Manager::ErrorNotPermitted);
    QVERIFY(disconnectedB.wait(Timeout));
    QCOMPARE(disconnectedB.at(0).at(0).toInt(), idB);
    QCOMPARE(disconnectedB.at(0).at(1).value<Reason>(), Reason::PEER_APP_CLOSE_COLLABORATION);
    QVERIFY(!m_ab->isConnected(idB));
    QCOMPARE(m_ab->sendMessage(idB, QStringLiteral("gone")), Manager::ErrorNotPermitted);
    QCOMPARE(disconnectedA.size(), 0); // our own disconnect is no event

    // Both sessions are kept: connect again, the same session accepts again.
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    const QFuture<ConnectResult> again = m_aa->connect(idA);
    QVERIFY(requested.wait(Timeout));
    QCOMPARE(m_ab->acceptConnect(idB, requested.at(0).at(0).value<CollaborationRequest>().token), 0);
    QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), Timeout);
    QVERIFY(resultOf(again).isConnected);

    // Destroying a connected session closes it the same way.
    m_ab->destroyAbilityConnectionSession(idB);
    QVERIFY(disconnectedA.wait(Timeout));
    QCOMPARE(disconnectedA.at(0).at(0).toInt(), idA);
    QCOMPARE(disconnectedA.at(0).at(1).value<Reason>(), Reason::PEER_APP_CLOSE_COLLABORATION);
    QVERIFY(!m_ab->getPeerInfoById(idB).isValid());
}

void tst_AbilityConnection::peerExitIsSeenAsAppExit_data()
{
    QTest::addColumn<bool>("deviceStops");
    QTest::newRow("the peer's device stops") << true;
    QTest::newRow("the peer's app exits") << false;
}

void tst_AbilityConnection::peerExitIsSeenAsAppExit()
{
    QFETCH(bool, deviceStops);
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const auto [idA, idB] = connectPair();
    QVERIFY(idA > 0 && idB > 0);
    QSignalSpy disconnectedA(m_aa.get(), &Manager::disconnected);
    QSignalSpy disconnectedB(m_ab.get(), &Manager::disconnected);
    if (deviceStops) {
        m_b->device->stop();
        // This side stopped: its session ends too.
        QCOMPARE(disconnectedB.size(), 1);
        QCOMPARE(disconnectedB.at(0).at(1).value<Reason>(), Reason::PEER_APP_EXIT);
    } else {
        m_ab.reset();
    }
    QVERIFY(disconnectedA.wait(Timeout));
    QCOMPARE(disconnectedA.at(0).at(0).toInt(), idA);
    QCOMPARE(disconnectedA.at(0).at(1).value<Reason>(), Reason::PEER_APP_EXIT);
    QVERIFY(!m_aa->isConnected(idA));
}

void tst_AbilityConnection::vanishedPeerIsNetworkDisconnected()
{
    SessionManager::Options quick;
    quick.resumeTimeout = 1500ms;
    setUpPair(quick);
    if (QTest::currentTestFailed())
        return;
    const auto [idA, idB] = connectPair();
    QVERIFY(idA > 0 && idB > 0);
    QStringList events;
    QObject context;
    connect(m_aa.get(), &Manager::collaborateEvent, &context, [&](int id, EventType type, const QString &detail) {
        QCOMPARE(id, idA);
        QCOMPARE(type, EventType::SEND_FAILURE);
        events << QStringLiteral("send failure: ") + detail;
    });
    connect(m_aa.get(), &Manager::disconnected, &context, [&](int id, Reason reason) {
        QCOMPARE(id, idA);
        events << QStringLiteral("disconnected: ") + QString::number(int(reason));
    });
    // B drops off the network without a word and never comes back.
    connect(m_b->device.get(), &LocalDevice::deviceDisconnected, &context, [this] {
        m_ab.reset();
        m_sb.reset();
        m_b->device->stop();
    });
    QSignalSpy linkDownAtA(m_a->device.get(), &LocalDevice::deviceDisconnected);
    Tandem::peerConnection(m_a->device.get(), m_b->id())->link()->close(QStringLiteral("test: link cut"));
    QTRY_VERIFY_WITH_TIMEOUT(!linkDownAtA.isEmpty(), Timeout); // often at once, inside close()

    // Still connected as far as the app knows: sends queue for the resume.
    QVERIFY(m_aa->isConnected(idA));
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("lost 1")), 0);
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("lost 2")), 0);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, Timeout);
    QVERIFY2(events.at(0).startsWith(u"send failure: ") && events.at(0).contains(u'2'), qPrintable(events.at(0)));
    QCOMPARE(events.at(1), QStringLiteral("disconnected: %1").arg(int(Reason::NETWORK_DISCONNECTED)));
    QVERIFY(!m_aa->isConnected(idA));
    QCOMPARE(m_aa->sendMessage(idA, QStringLiteral("after")), Manager::ErrorNotPermitted);
}

void tst_AbilityConnection::pendingRequestsAreBounded()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    QList<QFuture<ConnectResult>> futures;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing a collaboration request")));
    for (int i = 0; i <= Manager::MaxPendingRequests; ++i) {
        const int id = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
        futures << m_aa->connect(id);
    }
    // The one beyond the bound is refused; the others wait for an answer.
    QTRY_VERIFY_WITH_TIMEOUT(futures.last().isFinished(), Timeout);
    QCOMPARE(requested.size(), Manager::MaxPendingRequests);
    QCOMPARE(resultOf(futures.last()).errorCode, ErrorCode::SYSTEM_INTERNAL_ERROR);
    QVERIFY2(resultOf(futures.last()).reason.contains(u"Too many"), qPrintable(resultOf(futures.last()).reason));
    for (int i = 0; i < Manager::MaxPendingRequests; ++i)
        QVERIFY(!futures.at(i).isFinished());

    // Answering one makes room for the next.
    QCOMPARE(m_ab->reject(requested.at(0).at(0).value<CollaborationRequest>().token, QStringLiteral("no")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(futures.first().isFinished(), Timeout);
    const int next = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> admitted = m_aa->connect(next);
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), Manager::MaxPendingRequests + 1, Timeout);
    QVERIFY(!admitted.isFinished());
}

void tst_AbilityConnection::unansweredRequestTimesOut()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    m_ab->setRequestTimeout(200ms);
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    QSignalSpy cancelled(m_ab.get(), &Manager::collaborationRequestCancelled);
    const int idA = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> future = m_aa->connect(idA);
    QVERIFY(requested.wait(Timeout));
    const auto request = requested.at(0).at(0).value<CollaborationRequest>();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), Timeout);
    QCOMPARE(resultOf(future).errorCode, ErrorCode::PEER_APP_REJECTED);
    QCOMPARE(resultOf(future).reason, QStringLiteral("timed out"));
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.at(0).at(0).toString(), request.token);
    QCOMPARE(cancelled.at(0).at(1).toString(), QStringLiteral("timed out"));
    const int idB = m_ab->createAbilityConnectionSession(request.serviceName, request.peerInfo);
    QCOMPARE(m_ab->acceptConnect(idB, request.token), Manager::ErrorInvalidParameter);
}

void tst_AbilityConnection::withdrawnRequestIsCancelled_data()
{
    QTest::addColumn<bool>("destroy");
    QTest::newRow("destroyAbilityConnectionSession") << true;
    QTest::newRow("disconnect") << false;
}

void tst_AbilityConnection::withdrawnRequestIsCancelled()
{
    QFETCH(bool, destroy);
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    QSignalSpy cancelled(m_ab.get(), &Manager::collaborationRequestCancelled);
    const int idA = m_aa->createAbilityConnectionSession(QStringLiteral("chat"), peerOf(m_b->id()));
    const QFuture<ConnectResult> future = m_aa->connect(idA);
    QVERIFY(requested.wait(Timeout));
    const auto request = requested.at(0).at(0).value<CollaborationRequest>();
    if (destroy)
        m_aa->destroyAbilityConnectionSession(idA);
    else
        QCOMPARE(m_aa->disconnect(idA), 0);
    QVERIFY(future.isFinished());
    QVERIFY(!resultOf(future).isConnected);
    QCOMPARE(resultOf(future).errorCode, ErrorCode::SYSTEM_INTERNAL_ERROR);
    QVERIFY(cancelled.wait(Timeout));
    QCOMPARE(cancelled.at(0).at(0).toString(), request.token);
    const int idB = m_ab->createAbilityConnectionSession(request.serviceName, request.peerInfo);
    QCOMPARE(m_ab->acceptConnect(idB, request.token), Manager::ErrorInvalidParameter);
}

void tst_AbilityConnection::hostilePeerInputIsRefusedOrDropped()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    // A speaks to B's facade through the bare session layer, saying what our
    // own facade never would.
    QString error;
    QCborMap malformed;
    malformed.insert(QLatin1StringView("bundle"), 5);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed collaboration request")));
    Session *bad = m_sa->open(m_b->id(), QStringLiteral("chat"), QStringLiteral("raw"), malformed, &error);
    QVERIFY2(bad, qPrintable(error));
    QSignalSpy refused(bad, &Session::refused);
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.at(0).at(0).toInt(), SessionManager::ErrorInternal);

    QSignalSpy requested(m_ab.get(), &Manager::collaborationRequested);
    Session *raw = m_sa->open(m_b->id(), QStringLiteral("chat"), QStringLiteral("raw"), {}, &error);
    QVERIFY(requested.wait(Timeout));
    const auto request = requested.at(0).at(0).value<CollaborationRequest>();
    QCOMPARE(request.peerInfo.serviceName, QStringLiteral("raw"));
    QVERIFY(request.peerInfo.bundleName.isEmpty()); // absent claims are empty
    const int idB = m_ab->createAbilityConnectionSession(request.serviceName, request.peerInfo);
    QSignalSpy opened(raw, &Session::opened);
    QCOMPARE(m_ab->acceptConnect(idB, request.token), 0);
    QVERIFY(opened.wait(Timeout));

    // Text of 1 KiB or more is dropped, with one warning per session.
    QSignalSpy text(m_ab.get(), &Manager::messageReceived);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropping a text message of 1024 bytes")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("dropping a text message")));
    QVERIFY(raw->send(QString(), Session::Kind::Text, QByteArray(1024, 'x'), &error) > 0);
    QVERIFY(raw->send(QString(), Session::Kind::Text, QByteArray(5000, 'y'), &error) > 0);
    QVERIFY(raw->send(QString(), Session::Kind::Text, QByteArray(1023, 'z'), &error) > 0);
    // Invalid UTF-8 arrives with replacement characters.
    QVERIFY(raw->send(QString(), Session::Kind::Text, QByteArray("ok \xff\xfe"), &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(text.size(), 2, Timeout);
    QCOMPARE(text.at(0).at(1).toString(), QString(1023, u'z'));
    QCOMPARE(text.at(1).at(1).toString(), QString::fromUtf8("ok \xff\xfe"));
    QVERIFY(text.at(1).at(1).toString().contains(QChar::ReplacementCharacter));
}

QTEST_GUILESS_MAIN(tst_AbilityConnection)
#include "tst_abilityconnection.moc"
