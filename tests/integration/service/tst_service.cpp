// The device service over a real local socket: a host in this process on
// the first of two paired devices (LAN on loopback), clients connecting to
// it as another process would, and hand-made clients that break each of
// the host's budgets.

#include "../../common/rawserviceclient.h"
#include "../../common/testpeers.h"

#include <Tandem/abilityconnectionmanager.h>
#include <Tandem/channelsession.h>
#include <Tandem/channelsessions.h>
#include <Tandem/controlmessage.h>
#include <Tandem/deviceserviceclient.h>
#include <Tandem/deviceservicehost.h>
#include <Tandem/frame.h>
#include <Tandem/profile.h>
#include <Tandem/serviceprotocol_p.h>
#include <Tandem/servicesession.h>
#include <Tandem/servicetransfer.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/sessionserver.h>
#include <Tandem/transfermanager.h>
#include <Tandem/truststore.h>

#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

using namespace Tandem;
using namespace TandemTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 20000;
const QString TextService = u"tandem.text"_s;

QCborMap openFields(quint32 session, const QString &device, const QString &service)
{
    QCborMap fields;
    fields.insert(ServiceProtocol::SessionField, session);
    fields.insert(ServiceProtocol::DeviceField, device);
    fields.insert(ServiceProtocol::ServiceField, service);
    return fields;
}

QCborMap sendFields(quint32 session, qint64 bytes)
{
    QCborMap fields;
    fields.insert(ServiceProtocol::SessionField, session);
    fields.insert(ServiceProtocol::ChannelField, QString());
    fields.insert(ServiceProtocol::KindField, int(Session::Kind::Bytes));
    fields.insert(ServiceProtocol::BytesField, bytes);
    return fields;
}

// What a host says first, for hand-made hosts that misbehave after it.
QByteArray handMadeHelloAck()
{
    QCborMap limits;
    limits.insert(ServiceProtocol::MaxSessionsLimit, 64);
    limits.insert(ServiceProtocol::MaxQueuedBytesLimit, qint64(1) << 20);
    limits.insert(ServiceProtocol::SessionQueuedMessagesLimit, 100);
    limits.insert(ServiceProtocol::SessionQueuedBytesLimit, qint64(1) << 20);
    QCborMap ack;
    ack.insert(ServiceProtocol::VersionField, ServiceProtocol::Version);
    ack.insert(ServiceProtocol::DeviceField, u"hand-made"_s);
    ack.insert(ServiceProtocol::NameField, u"Hand-made"_s);
    ack.insert(ServiceProtocol::LimitsField, limits);
    return Protocol::encodeFrame(
        {Protocol::FrameType::Control, 0, 0, Protocol::encodeControl(ServiceProtocol::HelloAck, ack)});
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : bytes)
        byte = char(generator.generate());
    return bytes;
}

} // namespace

// A softbus listener that keeps what it hears; optionally greets from
// inside onSessionOpened, as softbus apps do.
class RecordingListener : public SessionListener
{
public:
    SessionServer *server = nullptr;
    QByteArray greeting;
    QList<std::pair<int, int>> opened; // id, result
    QList<int> closed;
    QList<std::pair<int, QByteArray>> messages;

    int onSessionOpened(int sessionId, int result) override
    {
        opened.append({sessionId, result});
        if (result == SessionServer::Success && !greeting.isEmpty())
            greetResult = server->sendMessage(sessionId, greeting);
        return SessionServer::Success;
    }
    void onSessionClosed(int sessionId) override { closed << sessionId; }
    void onBytesReceived(int sessionId, const QByteArray &data) override { messages.append({sessionId, data}); }
    void onMessageReceived(int sessionId, const QByteArray &data) override { messages.append({sessionId, data}); }
    int greetResult = 1;
};

// softbus' file listeners, both of them, keeping what they hear.
class RecordingFileListener : public FileSendListener, public FileReceiveListener
{
public:
    int decline = 0; // onReceiveFileStarted's answer
    QList<QStringList> started;
    QList<std::pair<int, QStringList>> received;
    QList<std::pair<int, QString>> sent;
    QList<int> errors;
    quint64 lastProgress = 0;

    int onSendFileProcess(int, quint64 done, quint64) override
    {
        lastProgress = done;
        return 0;
    }
    int onSendFileFinished(int sessionId, const QString &firstFile) override
    {
        sent.append({sessionId, firstFile});
        return 0;
    }
    int onReceiveFileStarted(int, const QStringList &files, int) override
    {
        started << files;
        return decline;
    }
    int onReceiveFileProcess(int, const QString &, quint64 done, quint64) override
    {
        lastProgress = done;
        return 0;
    }
    void onReceiveFileFinished(int sessionId, const QStringList &files, int) override
    {
        received.append({sessionId, files});
    }
    void onFileTransError(int sessionId) override { errors << sessionId; }
};

class tst_Service : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Session *>();
        qRegisterMetaType<ServiceSession *>();
    }
    void init();
    void cleanup();
    void devicesAndTrustedComeFromTheHost();
    void unpairAndPairGoThroughTheHostOnePairingAtATime();
    void aClientGoingAwayMidPairingCancelsIt();
    void textReachesThePeerOnceAndDeliveryComesBack();
    void bytesBothWaysArriveWhole();
    void aClientGoingAwayClosesItsSessions();
    void theHostGoingAwayEndsTheClientsSessions();
    void noHostFailsAtOnce();
    void theDefaultProfileIsTheAppsWhateverTheClientsName();
    void aSecondHostIsRefusedAndADeadOnesSocketReplaced();
    void theSocketIsOwnerOnly();
    void anotherUsersConnectionIsClosedAtOnce();
    void sessionsPerClientAreBounded();
    void clientsAreBounded();
    void queuedBytesPerClientAreBounded();
    void theSessionQueueIsKeptToBeforeSending();
    void aClientThatDoesNotReadIsDisconnected();
    void thePeerHearsOfDeliveryOnceTheAppHasIt();
    void aClientWorksOnAThreadOfItsOwn();
    void adoptionsTheHostCannotTakeAreRefused();
    void aSilentConnectionIsClosedAfterTheHelloTimeout();
    void aHostThatNeverGreetsIsGivenUp();
    void aHostThatStopsAnsweringIsGivenUp();
    void aHostThatSkipsOrRepeatsAMessageIsLeft_data();
    void aHostThatSkipsOrRepeatsAMessageIsLeft();
    void filesGoThroughTheHostWithinTheirBudget();
    void watchersSeeTheHostsTransfersAndAnswerOffers();
    void aWatchedOfferListsAtMostWhatOneMessageCarries();
    void aWatcherAcceptsSomeFilesOfAnOffer();
    void incomingSessionsGoToTheAppThatServesThem();
    void servicesPerClientAreBounded();
    void incomingSessionsCountAgainstTheClientsSessions();
    void sendFilesRefusesWhatOneRequestCannotCarry();
    void channelSessionsWorkThroughTheHost();
    void anAppsIncomingLimitHoldsAtTheHost();
    void softbusSessionServersWorkThroughTheHost();
    void abilityConnectionsWorkThroughTheHost();
    void softbusFilesGoThroughTheHostBothWays();
    void aServiceTakenWhileTheHostWasAwayIsReported();
    void watchersSeeDevicesAndDecidePairings();
    void protocolErrorsEndOnlyThatClient_data();
    void protocolErrorsEndOnlyThatClient();

private:
    // A client of the host, ready; null (with a failure) otherwise.
    std::unique_ptr<DeviceServiceClient> connectClient();
    // Sessions to b's TextService are accepted there; what they bring is kept.
    void acceptOnB();
    // A session through `client` to b, opened, and b's end of it.
    std::pair<ServiceSession *, Session *> openToB(DeviceServiceClient &client);
    // Asks the host to route `service` to `client`: "" once registered, or
    // the host's reason.
    static QString registered(DeviceServiceClient &client, const QString &service);
    // The one way a test knows the other clients were not harmed.
    void aClientStillGetsAMessageThrough();

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sessionsA, m_sessionsB;
    std::unique_ptr<DeviceServiceHost> m_host;
    QList<Session *> m_incomingAtB;
    QList<QByteArray> m_receivedAtB;
};

void tst_Service::init()
{
    startPairedPeers(m_a, m_b);
    QVERIFY(!QTest::currentTestFailed());
    m_sessionsA = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options());
    m_sessionsB = std::make_unique<SessionManager>(m_b->device.get(), SessionManager::Options());
    m_host = std::make_unique<DeviceServiceHost>(m_sessionsA.get());
    QString error;
    QVERIFY2(m_host->listen(&error), qPrintable(error));
}

void tst_Service::cleanup()
{
    m_host.reset();
    m_incomingAtB.clear();
    m_receivedAtB.clear();
    m_sessionsA.reset();
    m_sessionsB.reset();
    m_a.reset();
    m_b.reset();
}

std::unique_ptr<DeviceServiceClient> tst_Service::connectClient()
{
    auto client = std::make_unique<DeviceServiceClient>();
    QSignalSpy ready(client.get(), &DeviceServiceClient::ready);
    QString error;
    if (!client->connectToHost(m_a->dir.path(), &error)) {
        qWarning("cannot connect: %s", qPrintable(error));
        return nullptr;
    }
    if (!ready.wait(Timeout))
        return nullptr;
    return client;
}

void tst_Service::acceptOnB()
{
    m_sessionsB->registerService(TextService);
    connect(m_sessionsB.get(), &SessionManager::incomingSession, this, [this](Session *session) {
        m_incomingAtB << session;
        connect(session, &Session::messageReceived, this,
                [this](const QString &, Session::Kind, const QByteArray &payload) { m_receivedAtB << payload; });
        session->accept();
    });
}

std::pair<ServiceSession *, Session *> tst_Service::openToB(DeviceServiceClient &client)
{
    const qsizetype before = m_incomingAtB.size();
    QString error;
    ServiceSession *session = client.open(m_b->id(), TextService, QString(), {}, &error);
    if (!session) {
        qWarning("cannot open: %s", qPrintable(error));
        return {};
    }
    QSignalSpy opened(session, &ServiceSession::opened);
    if (!opened.wait(Timeout) || m_incomingAtB.size() != before + 1)
        return {};
    return {session, m_incomingAtB.constLast()};
}

void tst_Service::aClientStillGetsAMessageThrough()
{
    auto client = connectClient();
    QVERIFY(client);
    const auto [session, atB] = openToB(*client);
    QVERIFY(session);
    const qsizetype before = m_receivedAtB.size();
    QString error;
    QVERIFY2(session->send({}, Session::Kind::Text, "still here", &error) > 0, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_receivedAtB.size(), before + 1, Timeout);
    QCOMPARE(m_receivedAtB.constLast(), QByteArray("still here"));
}

void tst_Service::devicesAndTrustedComeFromTheHost()
{
    auto client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->deviceId(), m_a->id());
    QCOMPARE(client->deviceName(), u"Alpha"_s);
    QCOMPARE(m_host->clientCount(), 1);

    std::optional<QList<DeviceInfo>> devices;
    client->requestDevices(this, [&devices](const QList<DeviceInfo> &list) { devices = list; });
    QTRY_VERIFY_WITH_TIMEOUT(devices.has_value(), Timeout);
    // The same fields as the host's own list.
    QCOMPARE(*devices, m_a->device->devices());
    const auto beta = std::find_if(devices->begin(), devices->end(),
                                   [this](const DeviceInfo &device) { return device.id == m_b->id(); });
    QVERIFY(beta != devices->end());
    QVERIFY(beta->paired && beta->connected && beta->reachable);
    QCOMPARE(beta->name, u"Beta"_s);

    std::optional<QList<TrustedDevice>> trusted;
    client->requestTrusted(this, [&trusted](const QList<TrustedDevice> &list) { trusted = list; });
    QTRY_VERIFY_WITH_TIMEOUT(trusted.has_value(), Timeout);
    QCOMPARE(trusted->size(), 1);
    const TrustedDevice stored = m_a->profile->trustStore()->devices().constFirst();
    QCOMPARE(trusted->constFirst().deviceId, stored.deviceId);
    QCOMPARE(trusted->constFirst().name, stored.name);
    QCOMPARE(trusted->constFirst().pairedAt, stored.pairedAt);
    QCOMPARE(trusted->constFirst().protocolVersion, stored.protocolVersion);
    QVERIFY(trusted->constFirst().certificateDer.isEmpty()); // the host keeps it

    // Names resolve as the host resolves them, with its words when they do not.
    std::optional<DeviceInfo> found;
    QString why;
    bool answered = false;
    client->findDevice(u"Beta"_s, this, [&](const std::optional<DeviceInfo> &device, const QString &error) {
        found = device;
        why = error;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, Timeout);
    QVERIFY2(found && found->id == m_b->id(), qPrintable(why));
    answered = false;
    client->findDevice(u"nobody"_s, this, [&](const std::optional<DeviceInfo> &device, const QString &error) {
        found = device;
        why = error;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, Timeout);
    QVERIFY(!found);
    QVERIFY2(why.startsWith(u"No device matches \"nobody\""), qPrintable(why));
}

void tst_Service::unpairAndPairGoThroughTheHostOnePairingAtATime()
{
    auto client = connectClient();
    QVERIFY(client);

    // Unpair: B is linked, so it is told, and answers.
    QSignalSpy unpairedAtB(m_b->device.get(), &LocalDevice::unpaired);
    std::optional<bool> told;
    QString unpairError;
    client->unpair(m_b->id(), this, [&](bool answer, const QString &error) {
        told = answer;
        unpairError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(told.has_value(), Timeout);
    QVERIFY2(unpairError.isEmpty(), qPrintable(unpairError));
    QVERIFY(*told);
    QTRY_COMPARE_WITH_TIMEOUT(unpairedAtB.size(), 1, Timeout);
    QVERIFY(!m_a->profile->trustStore()->isTrusted(m_b->id()));
    // Not paired any more: the host's words.
    told.reset();
    client->unpair(m_b->id(), this, [&](bool answer, const QString &error) {
        told = answer;
        unpairError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(told.has_value(), Timeout);
    QVERIFY(!unpairError.isEmpty());

    // Pair again: B shows the code and waits for its user.
    QString codeAtB;
    connect(m_b->device.get(), &LocalDevice::pairingCodeReady, this,
            [&codeAtB](const QString &, const QString &code) { codeAtB = code; });
    QString code;
    int ends = 0;
    std::optional<PairingOutcome> outcome;
    client->pair(
        m_b->id(), this, [&code](const QString &shown) { code = shown; },
        [&](std::optional<PairingOutcome> how, const QString &) {
            ++ends;
            outcome = how;
        });
    QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty() && !codeAtB.isEmpty(), Timeout);
    QCOMPARE(code, codeAtB);
    // The client shows the code: the host's own window need not ask.
    QVERIFY(m_host->isClientPairing(m_b->id()));
    QVERIFY(!m_host->isClientPairing(m_a->id()));

    // A second one meanwhile is refused, and the first goes on.
    bool secondEnded = false;
    std::optional<PairingOutcome> secondOutcome;
    QString secondReason;
    client->pair(
        m_b->id(), this, [](const QString &) { QFAIL("a refused pairing showed a code"); },
        [&](std::optional<PairingOutcome> how, const QString &reason) {
            secondEnded = true;
            secondOutcome = how;
            secondReason = reason;
        });
    QTRY_VERIFY_WITH_TIMEOUT(secondEnded, Timeout);
    QVERIFY(!secondOutcome);
    QCOMPARE(secondReason,
             u"This app already has a pairing in progress through the Tandem host, the most one app may run at once; "
             "finish that one first."_s);
    QCOMPARE(ends, 0);

    client->answerPairing(true);
    QString error;
    QVERIFY2(m_b->device->acceptPairing(m_a->id(), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(ends, 1, Timeout);
    QCOMPARE(outcome, std::optional<PairingOutcome>(PairingOutcome::Paired));
    QVERIFY(m_a->profile->trustStore()->isTrusted(m_b->id()));
    QVERIFY(!m_host->isClientPairing(m_b->id()));
}

void tst_Service::aClientGoingAwayMidPairingCancelsIt()
{
    QString error;
    QVERIFY2(m_a->device->unpair(m_b->id(), &error), qPrintable(error));
    QVERIFY(!m_a->profile->trustStore()->isTrusted(m_b->id()));
    auto client = connectClient();
    QVERIFY(client);
    QSignalSpy codeAtB(m_b->device.get(), &LocalDevice::pairingCodeReady);
    QSignalSpy failedAtB(m_b->device.get(), &LocalDevice::pairingFailed);
    client->pair(m_b->id(), this, [](const QString &) { }, [](std::optional<PairingOutcome>, const QString &) { });
    QTRY_COMPARE_WITH_TIMEOUT(codeAtB.size(), 1, Timeout);
    // Nobody is left to compare the code: the host cancels, and B hears it.
    client.reset();
    QTRY_COMPARE_WITH_TIMEOUT(failedAtB.size(), 1, Timeout);
    QCOMPARE(failedAtB.at(0).at(0).toString(), m_a->id());
    QCOMPARE(failedAtB.at(0).at(1).value<PairingOutcome>(), PairingOutcome::Cancelled);
    QVERIFY(!m_a->profile->trustStore()->isTrusted(m_b->id()));
}

void tst_Service::textReachesThePeerOnceAndDeliveryComesBack()
{
    acceptOnB();
    auto client = connectClient();
    QVERIFY(client);
    QString error;
    ServiceSession *session = client->open(m_b->id(), TextService, QString(), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->state(), Session::State::Connecting);
    QSignalSpy opened(session, &ServiceSession::opened);
    QSignalSpy delivered(session, &ServiceSession::delivered);
    // Sent before the peer accepted: queued, as on a Session.
    QCOMPARE(session->send(u"chat"_s, Session::Kind::Text, "hi", &error), 1);
    QVERIFY(opened.wait(Timeout));
    QCOMPARE(session->state(), Session::State::Connected);
    QVERIFY(session->streamId() != 0);
    QCOMPARE(m_incomingAtB.size(), 1);
    QCOMPARE(m_incomingAtB.constFirst()->streamId(), session->streamId());
    QCOMPARE(m_incomingAtB.constFirst()->peerDeviceId(), m_a->id());

    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, Timeout);
    QCOMPARE(delivered.at(0).at(0).value<Session::Kind>(), Session::Kind::Text);
    QCOMPARE(delivered.at(0).at(1).toLongLong(), 1);
    QCOMPARE(session->queuedMessages(), 0);
    QCOMPARE(m_receivedAtB, QList<QByteArray>{"hi"});
    QCOMPARE(session->send(u"chat"_s, Session::Kind::Text, "again", &error), 2);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, Timeout);
    QCOMPARE(m_receivedAtB, (QList<QByteArray>{"hi", "again"}));

    // Closing here is a close there, with the reason given.
    QSignalSpy closedHere(session, &ServiceSession::closed);
    QSignalSpy closedAtB(m_incomingAtB.constFirst(), &Session::closed);
    session->close();
    QVERIFY(closedAtB.wait(Timeout));
    QCOMPARE(closedAtB.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::PeerClosed);
    QTRY_COMPARE_WITH_TIMEOUT(closedHere.size(), 1, Timeout);
    QCOMPARE(closedHere.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::ClosedLocally);
    QCOMPARE(session->state(), Session::State::Disconnected);
    QCOMPARE(m_receivedAtB.size(), 2);
}

void tst_Service::bytesBothWaysArriveWhole()
{
    acceptOnB();
    auto client = connectClient();
    QVERIFY(client);
    const auto [session, atB] = openToB(*client);
    QVERIFY(session);
    // Several frames each way, and one that is exactly one frame.
    const QList<QByteArray> payloads{randomBytes(Protocol::MaxFramePayload, 1),
                                     randomBytes(3 * Protocol::MaxFramePayload + 7, 2), QByteArray()};
    QString error;
    for (const QByteArray &payload : payloads)
        QVERIFY2(session->send(u"blob"_s, Session::Kind::Bytes, payload, &error) > 0, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_receivedAtB.size(), payloads.size(), Timeout);
    QCOMPARE(m_receivedAtB, payloads);

    QSignalSpy received(session, &ServiceSession::messageReceived);
    for (const QByteArray &payload : payloads)
        QVERIFY2(atB->send(u"back"_s, Session::Kind::Bytes, payload, &error) > 0, qPrintable(error));
    QVERIFY(atB->send(u"back"_s, Session::Kind::Text, "done", &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payloads.size() + 1, Timeout);
    // Each kind in its order (text may overtake bytes, as on a Session).
    QList<QByteArray> bytes, text;
    for (const QList<QVariant> &message : std::as_const(received)) {
        QCOMPARE(message.at(0).toString(), u"back"_s);
        (message.at(1).value<Session::Kind>() == Session::Kind::Bytes ? bytes : text) << message.at(2).toByteArray();
    }
    QCOMPARE(bytes, payloads);
    QCOMPARE(text, QList<QByteArray>{"done"});
}

void tst_Service::aClientGoingAwayClosesItsSessions()
{
    acceptOnB();
    auto client = connectClient();
    QVERIFY(client);
    const auto [session, atB] = openToB(*client);
    QVERIFY(session);
    QSignalSpy closedAtB(atB, &Session::closed);
    QSignalSpy left(m_host.get(), &DeviceServiceHost::clientDisconnected);
    // As a crash would: the socket goes, nothing is said.
    client.reset();
    QVERIFY(closedAtB.wait(Timeout));
    QCOMPARE(closedAtB.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::PeerExited);
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, Timeout);
    QCOMPARE(m_host->clientCount(), 0);
    // Nothing of it is left at the host.
    QTRY_VERIFY_WITH_TIMEOUT(m_sessionsA->sessions().isEmpty(), Timeout);
}

void tst_Service::theHostGoingAwayEndsTheClientsSessions()
{
    acceptOnB();
    auto client = connectClient();
    QVERIFY(client);
    const auto [session, atB] = openToB(*client);
    QVERIFY(session);
    QSignalSpy closed(session, &ServiceSession::closed);
    QSignalSpy gone(client.get(), &DeviceServiceClient::disconnected);
    QSignalSpy closedAtB(atB, &Session::closed);
    m_host.reset();
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, Timeout);
    QCOMPARE(gone.at(0).at(0).toString(), u"The Tandem host is stopping."_s);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::NetworkDisconnected);
    QVERIFY(!client->isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(closedAtB.size(), 1, Timeout);
    QCOMPARE(closedAtB.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::PeerExited);
    QString error;
    QVERIFY(!client->open(m_b->id(), TextService, QString(), {}, &error));
}

void tst_Service::theDefaultProfileIsTheAppsWhateverTheClientsName()
{
    // The app and the CLI call themselves Tandem/Tandem and keep the
    // profile at Profile::defaultDirectory(); another app finds it there.
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(u"Tandem"_s);
    QCoreApplication::setApplicationName(u"Tandem"_s);
    const QString tandems = Profile::defaultDirectory();
    QCoreApplication::setOrganizationName(u"Example"_s);
    QCoreApplication::setApplicationName(u"Whiteboard"_s);
    const QString clients = DeviceServiceClient::defaultProfileDirectory();
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    QCOMPARE(clients, tandems);
}

void tst_Service::noHostFailsAtOnce()
{
    QTemporaryDir elsewhere;
    DeviceServiceClient client;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!client.connectToHost(elsewhere.path(), &error));
    QCOMPARE(error, u"No Tandem host is running for this profile"_s);
    QVERIFY(timer.elapsed() < DeviceServiceClient::ConnectTimeout.count());
    QVERIFY(!client.connectToHost(elsewhere.path() + u"/missing"_s, &error));
    QCOMPARE(error, u"No Tandem host is running for this profile"_s);
}

void tst_Service::aSecondHostIsRefusedAndADeadOnesSocketReplaced()
{
    DeviceServiceHost second(m_sessionsA.get());
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY2(error.startsWith(u"Another Tandem host already serves this profile"), qPrintable(error));

    // A host that died leaves its socket; nobody answers there.
    const QString path = m_host->socketPath();
    m_host.reset();
    QVERIFY(!QFileInfo::exists(path));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(path));
    DeviceServiceClient client;
    QVERIFY(!client.connectToHost(m_a->dir.path(), &error));
    QCOMPARE(error, u"No Tandem host is running for this profile"_s);

    m_host = std::make_unique<DeviceServiceHost>(m_sessionsA.get());
    QVERIFY2(m_host->listen(&error), qPrintable(error));
    QVERIFY(connectClient());
}

void tst_Service::theSocketIsOwnerOnly()
{
    const QString path = m_host->socketPath();
    // Short whatever the checkout's or the temporary folder's path.
    QVERIFY2(QFile::encodeName(path).size() <= 104 - 1 - 8, qPrintable(path));
    struct stat folder{};
    QCOMPARE(::lstat(QFile::encodeName(QFileInfo(path).path()).constData(), &folder), 0);
    QVERIFY(S_ISDIR(folder.st_mode));
    QCOMPARE(folder.st_mode & 0777, 0700u);
    QCOMPARE(folder.st_uid, ::geteuid());
    struct stat socket{};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &socket), 0);
    QVERIFY(S_ISSOCK(socket.st_mode));
    QCOMPARE(socket.st_mode & 077, 0u);
    QCOMPARE(socket.st_uid, ::geteuid());

    // A folder someone loosened is made private again by the next host.
    m_host.reset();
    QCOMPARE(::chmod(QFile::encodeName(QFileInfo(path).path()).constData(), 0755), 0);
    m_host = std::make_unique<DeviceServiceHost>(m_sessionsA.get());
    QString error;
    QVERIFY2(m_host->listen(&error), qPrintable(error));
    QCOMPARE(::lstat(QFile::encodeName(QFileInfo(path).path()).constData(), &folder), 0);
    QCOMPARE(folder.st_mode & 0777, 0700u);
}

void tst_Service::anotherUsersConnectionIsClosedAtOnce()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to connect as a second user");
    // The folder and socket keep other users out; opened up here, the host
    // must still refuse them, by the uid the kernel gives.
    const QString path = m_host->socketPath();
    const QByteArray folder = QFile::encodeName(QFileInfo(path).path());
    const QByteArray socketPath = QFile::encodeName(path);
    QCOMPARE(::chmod(folder.constData(), 0711), 0);
    QCOMPARE(::chmod(socketPath.constData(), 0777), 0);
    auto restore = qScopeGuard([&] { ::chmod(folder.constData(), 0700); });

    QCborMap hello;
    hello.insert(ServiceProtocol::VersionField, ServiceProtocol::Version);
    hello.insert(ServiceProtocol::AppField, u"intruder"_s);
    const QByteArray helloFrame = Protocol::encodeFrame(
        {Protocol::FrameType::Control, 0, 0, Protocol::encodeControl(ServiceProtocol::Hello, hello)});
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));

    QSignalSpy greeted(m_host.get(), &DeviceServiceHost::clientConnected);
    // The child only makes system calls: this process has threads.
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(10);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            ::_exit(11);
        (void)!::write(fd, helloFrame.constData(), size_t(helloFrame.size()));
        pollfd readable{fd, POLLIN, 0};
        if (::poll(&readable, 1, Timeout) != 1)
            ::_exit(12); // never closed
        char byte;
        // Closed, with nothing said: the end (0) or, as its hello was never
        // read, a reset (-1).
        ::_exit(::read(fd, &byte, 1) <= 0 ? 0 : 13);
    }
    QVERIFY(child > 0);
    int status = -1;
    bool exited = false;
    auto reap = [&] { return exited = exited || ::waitpid(child, &status, WNOHANG) == child; };
    QTRY_VERIFY_WITH_TIMEOUT(reap(), Timeout + 5000);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(greeted.size(), 0);
    QCOMPARE(m_host->clientCount(), 0);
}

void tst_Service::sessionsPerClientAreBounded()
{
    acceptOnB();
    auto client = connectClient();
    QVERIFY(client);
    QList<ServiceSession *> sessions;
    QString error;
    for (int i = 0; i < DeviceServiceHost::MaxSessionsPerClient; ++i)
        sessions << client->open(m_b->id(), TextService, QString(), {}, &error);
    QTRY_COMPARE_WITH_TIMEOUT(m_incomingAtB.size(), DeviceServiceHost::MaxSessionsPerClient, Timeout);
    ServiceSession *oneTooMany = client->open(m_b->id(), TextService, QString(), {}, &error);
    QVERIFY(oneTooMany);
    QSignalSpy refused(oneTooMany, &ServiceSession::closed);
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    QCOMPARE(refused.at(0).at(1).toString(),
             u"This app already has 64 sessions open through the Tandem host, the most one app may hold; close one "
             "first."_s);
    QCOMPARE(m_incomingAtB.size(), DeviceServiceHost::MaxSessionsPerClient);
    // Its other sessions go on, and so do other clients.
    QVERIFY(sessions.constLast()->send({}, Session::Kind::Text, "in budget", &error) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_receivedAtB.contains("in budget"), Timeout);
    aClientStillGetsAMessageThrough();
    // One closed makes room.
    QSignalSpy closed(sessions.constFirst(), &ServiceSession::closed);
    sessions.constFirst()->close();
    QVERIFY(closed.wait(Timeout));
    QVERIFY(openToB(*client).first);
}

void tst_Service::clientsAreBounded()
{
    std::vector<std::unique_ptr<DeviceServiceClient>> clients;
    for (int i = 0; i < DeviceServiceHost::MaxClients; ++i) {
        clients.push_back(connectClient());
        QVERIFY(clients.back());
    }
    QCOMPARE(m_host->clientCount(), DeviceServiceHost::MaxClients);
    DeviceServiceClient oneTooMany;
    QSignalSpy refused(&oneTooMany, &DeviceServiceClient::disconnected);
    QString error;
    QVERIFY(oneTooMany.connectToHost(m_a->dir.path(), &error));
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.at(0).at(0).toString(), u"The Tandem host already serves 16 apps, the most it takes at once."_s);
    QVERIFY(!oneTooMany.isReady());
    QCOMPARE(m_host->clientCount(), DeviceServiceHost::MaxClients);
    // The others are still served; one leaving makes room.
    for (const auto &client : clients)
        QVERIFY(client->isReady());
    clients.pop_back();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->clientCount(), DeviceServiceHost::MaxClients - 1, Timeout);
    acceptOnB();
    aClientStillGetsAMessageThrough();
}

void tst_Service::queuedBytesPerClientAreBounded()
{
    // A service b offers and never answers: what is sent waits at the host.
    m_sessionsB->registerService(u"silent"_s);
    RawClient raw(m_host->socketPath());
    QVERIFY(raw.isConnected());
    raw.hello();
    QVERIFY(raw.waitFor(ServiceProtocol::HelloAck));
    raw.send(ServiceProtocol::Open, openFields(1, m_b->id(), u"silent"_s));
    QVERIFY(raw.waitFor(ServiceProtocol::Opening));
    const QByteArray held = randomBytes(1024 * 1024, 3);
    raw.send(ServiceProtocol::Send, sendFields(1, held.size()), 1);
    raw.sendBytes(1, held);
    QVERIFY(raw.waitFor(ServiceProtocol::Sent));
    // One byte more than the budget leaves, announced: refused before any
    // of it is sent or held.
    const qint64 over = DeviceServiceHost::MaxQueuedBytesPerClient - held.size() + 1;
    raw.send(ServiceProtocol::Send, sendFields(1, over), 1);
    const auto error = raw.waitFor(ServiceProtocol::Error);
    QVERIFY(error);
    QCOMPARE(error->fields.value(ServiceProtocol::MessageField).toString(),
             u"This app has %1 bytes waiting for delivery through the Tandem host and sent a message of %2 more, "
             "over its budget of %3 bytes."_s.arg(held.size())
                 .arg(over)
                 .arg(DeviceServiceHost::MaxQueuedBytesPerClient));
    QVERIFY(raw.waitForDisconnect());
    QTRY_VERIFY_WITH_TIMEOUT(m_sessionsA->sessions().isEmpty(), Timeout);
    acceptOnB();
    aClientStillGetsAMessageThrough();
}

void tst_Service::theSessionQueueIsKeptToBeforeSending()
{
    m_sessionsB->registerService(u"silent"_s);
    auto client = connectClient();
    QVERIFY(client);
    QString error;
    ServiceSession *session = client->open(m_b->id(), u"silent"_s, QString(), {}, &error);
    QVERIFY(session);
    const int limit = client->maxQueuedMessages();
    QCOMPARE(limit, SessionManager::Options().maxQueuedMessages);
    for (int i = 1; i <= limit; ++i)
        QCOMPARE(session->send({}, Session::Kind::Text, "m", &error), i);
    // Refused here, in the session layer's words, and not a message lost.
    QCOMPARE(session->send({}, Session::Kind::Text, "m", &error), 0);
    QVERIFY2(error.startsWith(u"The send queue is full (%1 messages"_s.arg(limit)), qPrintable(error));
    QCOMPARE(session->send(QString(Session::MaxChannelNameBytes + 1, u'c'), Session::Kind::Bytes, "x", &error), 0);
    QCOMPARE(error, u"A channel name can be at most 64 bytes."_s);
    // The host took every one that was accepted here.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_sessionsA->sessions().isEmpty() && m_sessionsA->sessions().constFirst()->queuedMessages() == limit, Timeout);
    QSignalSpy undelivered(session, &ServiceSession::undelivered);
    QSignalSpy closed(session, &ServiceSession::closed);
    session->close();
    QVERIFY(closed.wait(Timeout));
    QCOMPARE(undelivered.size(), 1);
    QCOMPARE(undelivered.at(0).at(1).value<QList<qint64>>().size(), limit);
    QCOMPARE(session->send({}, Session::Kind::Text, "m", &error), 0);
    QCOMPARE(error, u"The session is closed."_s);
}

void tst_Service::aClientThatDoesNotReadIsDisconnected()
{
    acceptOnB();
    RawClient raw(m_host->socketPath());
    QVERIFY(raw.isConnected());
    raw.hello();
    QVERIFY(raw.waitFor(ServiceProtocol::HelloAck));
    raw.send(ServiceProtocol::Open, openFields(1, m_b->id(), TextService));
    QVERIFY(raw.waitFor(ServiceProtocol::Opened));
    QCOMPARE(m_incomingAtB.size(), 1);
    Session *atB = m_incomingAtB.constFirst();
    // From here it reads nothing: once its small buffer is full, what b
    // sends piles up at the host. A client that neither reads nor confirms
    // only stops b after a window (thePeerHearsOfDeliveryOnceTheAppHasIt);
    // this one says it took everything, so b keeps sending.
    raw.socket().setReadBufferSize(4096);
    QTimer confirming;
    connect(&confirming, &QTimer::timeout, this, [&raw] {
        QCborMap consumed;
        consumed.insert(ServiceProtocol::SessionField, 1);
        consumed.insert(ServiceProtocol::KindField, int(Session::Kind::Bytes));
        consumed.insert(ServiceProtocol::SequenceField, std::numeric_limits<qint64>::max());
        raw.send(ServiceProtocol::Consumed, consumed);
    });
    confirming.start(10);
    QSignalSpy closedAtB(atB, &Session::closed);
    QSignalSpy left(m_host.get(), &DeviceServiceHost::clientDisconnected);
    const QByteArray megabyte = randomBytes(1024 * 1024, 4);
    qint64 sent = 0;
    auto sendMore = [&] {
        QString error;
        while (atB->state() == Session::State::Connected && atB->queuedMessages() < 8
               && sent < 2 * DeviceServiceHost::MaxUnreadBytesPerClient) {
            QVERIFY2(atB->send({}, Session::Kind::Bytes, megabyte, &error) > 0, qPrintable(error));
            sent += megabyte.size();
        }
    };
    connect(atB, &Session::delivered, this, sendMore);
    sendMore();
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 60000);
    QVERIFY2(left.at(0).at(1).toString().startsWith(u"The app did not read what the Tandem host sent it"),
             qPrintable(left.at(0).at(1).toString()));
    // It had been given the bound and a little more (what the socket
    // buffers hold), not all b sent.
    QVERIFY(sent > DeviceServiceHost::MaxUnreadBytesPerClient);
    QVERIFY(sent < 2 * DeviceServiceHost::MaxUnreadBytesPerClient);
    QTRY_COMPARE_WITH_TIMEOUT(closedAtB.size(), 1, Timeout);
    QCOMPARE(closedAtB.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::PeerExited);
    confirming.stop();
    QVERIFY(raw.waitForDisconnect());
    aClientStillGetsAMessageThrough();
}

// A client hands back only what the host could have had: a session with a
// paired device, numbered as its side would have numbered it, not one open
// already. Each refusal ends only that session, with the reason.
void tst_Service::adoptionsTheHostCannotTakeAreRefused()
{
    acceptOnB();
    RawClient raw(m_host->socketPath());
    raw.hello();
    QVERIFY(raw.waitFor(ServiceProtocol::HelloAck));
    raw.send(ServiceProtocol::Open, openFields(1, m_b->id(), TextService));
    const auto opening = raw.waitFor(ServiceProtocol::Opening);
    QVERIFY(opening);
    const qint64 openStream = opening->fields.value(ServiceProtocol::StreamField).toInteger();
    QVERIFY(raw.waitFor(ServiceProtocol::Opened));
    // a's sessions carry the opener bit when a's id is the lower.
    const quint32 aBit = m_a->id() < m_b->id() ? 0x80000000u : 0;
    auto adopt = [&](quint32 number, const QString &device, qint64 stream, bool outgoing) {
        QCborMap fields;
        fields.insert(ServiceProtocol::SessionField, number);
        fields.insert(ServiceProtocol::DeviceField, device);
        fields.insert(ServiceProtocol::ServiceField, TextService);
        fields.insert(ServiceProtocol::StreamField, stream);
        fields.insert(ServiceProtocol::OutgoingField, outgoing);
        fields.insert(ServiceProtocol::LanesField, QCborArray{QCborArray{1, 0}, QCborArray{1, 0}});
        raw.send(ServiceProtocol::Adopt, fields);
        return raw.waitFor(ServiceProtocol::Closed);
    };
    const struct
    {
        QString device;
        qint64 stream;
        bool outgoing;
        QString detail;
    } refused[] = {
        {u"0000"_s, qint64(aBit | 7), true, u"The device is not paired."_s},
        {m_b->id(), qint64(aBit ^ 0x80000000u) | 7, true, u"Session %1 cannot be one this device opened."_s},
        {m_b->id(), qint64(aBit | 7), false, u"Session %1 cannot be one this device accepted."_s},
        {m_b->id(), openStream, true, u"Session %1 with this device is open already."_s},
    };
    quint32 number = 10;
    for (const auto &row : refused) {
        const auto closed = adopt(number, row.device, row.stream, row.outgoing);
        QVERIFY(closed);
        QCOMPARE(closed->fields.value(ServiceProtocol::SessionField).toInteger(), number);
        QCOMPARE(closed->fields.value(ServiceProtocol::ReasonField).toInteger(),
                 int(Session::CloseReason::NetworkDisconnected));
        const QString detail = row.detail.contains(u"%1"_s) ? row.detail.arg(row.stream) : row.detail;
        QCOMPARE(closed->fields.value(ServiceProtocol::DetailField).toString(), detail);
        ++number;
    }
    // The session that is open goes on.
    QString error;
    QVERIFY(m_incomingAtB.constFirst()->send({}, Session::Kind::Text, "still open", &error) > 0);
    QVERIFY(raw.waitFor(ServiceProtocol::Received));
}

// An app may keep its client on a worker thread: everything it owns,
// timers included, moves with it (a timer left behind warns and never
// fires, so a host that stops answering would never be given up).
void tst_Service::aClientWorksOnAThreadOfItsOwn()
{
    QTest::failOnWarning(QRegularExpression(u"Timers cannot"_s));
    QTest::failOnWarning(QRegularExpression(u"Cannot create children for a parent that is in a different thread"_s));
    acceptOnB();
    QThread worker;
    worker.start();
    auto *client = new DeviceServiceClient;
    client->moveToThread(&worker);
    std::atomic<bool> sent{false};
    const QString profile = m_a->dir.path();
    const QString peer = m_b->id();
    QMetaObject::invokeMethod(
        client,
        [&, client] {
            connect(client, &DeviceServiceClient::ready, client, [&, client] {
                QString error;
                ServiceSession *session = client->open(peer, TextService, QString(), {}, &error);
                if (session && session->send({}, Session::Kind::Text, "from a thread", &error) > 0)
                    sent = true;
            });
            QString error;
            client->connectToHost(profile, &error);
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(sent.load(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_receivedAtB, QList<QByteArray>{"from a thread"}, Timeout);
    QMetaObject::invokeMethod(client, [client] { delete client; }, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
}

// The host passes a message on to its app and tells the peer it arrived
// only once the app says it took it (consumed): a host that dies with
// messages it has not handed on loses none, since the peer still has them
// for the host that adopts the session.
void tst_Service::thePeerHearsOfDeliveryOnceTheAppHasIt()
{
    acceptOnB();
    RawClient raw(m_host->socketPath());
    raw.hello();
    QVERIFY(raw.waitFor(ServiceProtocol::HelloAck));
    raw.send(ServiceProtocol::Open, openFields(1, m_b->id(), TextService));
    QVERIFY(raw.waitFor(ServiceProtocol::Opened));
    Session *atB = m_incomingAtB.constFirst();
    QSignalSpy deliveredAtB(atB, &Session::delivered);
    QString error;
    QCOMPARE(atB->send({}, Session::Kind::Text, "first", &error), 1);
    const auto received = raw.waitFor(ServiceProtocol::Received);
    QVERIFY(received);
    QCOMPARE(received->fields.value(ServiceProtocol::SequenceField).toInteger(), 1);
    // A message back to b on the same link: an acknowledgement the host
    // sent when "first" arrived would be there before it.
    QCborMap fields = sendFields(1, 4);
    fields.insert(ServiceProtocol::KindField, int(Session::Kind::Text));
    raw.send(ServiceProtocol::Send, fields, 1);
    raw.sendBytes(1, "back");
    QTRY_COMPARE_WITH_TIMEOUT(m_receivedAtB.size(), 1, Timeout);
    QCOMPARE(deliveredAtB.size(), 0);
    QCOMPARE(atB->queuedMessages(), 1);

    // Taken: now b hears it.
    QCborMap consumed;
    consumed.insert(ServiceProtocol::SessionField, 1);
    consumed.insert(ServiceProtocol::KindField, int(Session::Kind::Text));
    consumed.insert(ServiceProtocol::SequenceField, 1);
    raw.send(ServiceProtocol::Consumed, consumed);
    QTRY_COMPARE_WITH_TIMEOUT(deliveredAtB.size(), 1, Timeout);
    QCOMPARE(deliveredAtB.at(0).at(1).toLongLong(), 1);
    QCOMPARE(atB->queuedMessages(), 0);

    // Confirming more than arrived confirms what arrived, no more.
    QCOMPARE(atB->send({}, Session::Kind::Text, "second", &error), 2);
    QVERIFY(raw.waitFor(ServiceProtocol::Received));
    consumed.insert(ServiceProtocol::SequenceField, 1000);
    raw.send(ServiceProtocol::Consumed, consumed);
    QTRY_COMPARE_WITH_TIMEOUT(deliveredAtB.size(), 2, Timeout);
    QCOMPARE(deliveredAtB.at(1).at(1).toLongLong(), 2);
    QCOMPARE(atB->send({}, Session::Kind::Text, "third", &error), 3);
    QVERIFY(raw.waitFor(ServiceProtocol::Received));
    // DeviceServiceClient confirms by itself, after its app's handler.
    aClientStillGetsAMessageThrough();
}

void tst_Service::aSilentConnectionIsClosedAfterTheHelloTimeout()
{
    QElapsedTimer timer;
    timer.start();
    RawClient raw(m_host->socketPath());
    QVERIFY(raw.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(m_host->clientCount(), 1, Timeout);
    const auto error = raw.waitFor(ServiceProtocol::Error);
    QVERIFY(error);
    QCOMPARE(error->fields.value(ServiceProtocol::MessageField).toString(), u"No hello within 5000 ms."_s);
    // Not before (a coarse timer may fire 5 % early).
    QVERIFY(timer.elapsed() >= DeviceServiceHost::HelloTimeout.count() * 95 / 100);
    QVERIFY(raw.waitForDisconnect());
    QCOMPARE(m_host->clientCount(), 0);
}

// A host that takes the connection and then says nothing (stuck, stopped in
// a debugger): the client gives up after its own bound rather than waiting
// for ready() for ever, and says why.
void tst_Service::aHostThatNeverGreetsIsGivenUp()
{
    const QString path = m_host->socketPath();
    m_host.reset();
    QLocalServer mute;
    QVERIFY2(mute.listen(path), qPrintable(mute.errorString()));
    DeviceServiceClient client;
    QSignalSpy ready(&client, &DeviceServiceClient::ready);
    QSignalSpy disconnected(&client, &DeviceServiceClient::disconnected);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(client.connectToHost(m_a->dir.path(), &error), qPrintable(error));
    QVERIFY(disconnected.wait(int(DeviceServiceClient::HelloTimeout.count()) * 1000 + Timeout));
    QCOMPARE(disconnected.constFirst().constFirst().toString(), u"The Tandem host did not answer within 10 s."_s);
    QVERIFY(timer.elapsed() >= DeviceServiceClient::HelloTimeout.count() * 1000 * 95 / 100);
    QVERIFY(ready.isEmpty());
    QVERIFY(!client.isConnected());
}

void tst_Service::aHostThatStopsAnsweringIsGivenUp()
{
    // A host that greets and then answers nothing: stuck after the hello.
    const QString path = m_host->socketPath();
    m_host.reset();
    QLocalServer stuck;
    QVERIFY2(stuck.listen(path), qPrintable(stuck.errorString()));
    QList<QLocalSocket *> accepted;
    connect(&stuck, &QLocalServer::newConnection, this, [&stuck, &accepted] {
        QLocalSocket *socket = stuck.nextPendingConnection();
        accepted << socket;
        socket->write(handMadeHelloAck());
    });
    DeviceServiceClient client;
    QSignalSpy ready(&client, &DeviceServiceClient::ready);
    QSignalSpy disconnected(&client, &DeviceServiceClient::disconnected);
    QString error;
    QVERIFY2(client.connectToHost(m_a->dir.path(), &error), qPrintable(error));
    QVERIFY(ready.wait(Timeout));
    bool answered = false;
    QElapsedTimer timer;
    timer.start();
    client.requestDevices(&client, [&answered](const QList<DeviceInfo> &) { answered = true; });
    QVERIFY(disconnected.wait(int(DeviceServiceClient::RequestTimeout.count()) * 1000 + Timeout));
    QCOMPARE(disconnected.constFirst().constFirst().toString(),
             u"The Tandem host did not answer a request within 15 s."_s);
    QVERIFY(timer.elapsed() >= DeviceServiceClient::RequestTimeout.count() * 1000 * 95 / 100);
    QVERIFY(!answered);
    QVERIFY(!client.isConnected());
}

// A host (a broken or hostile one) that passes on a message twice or skips
// one would break exactly-once delivery: the client leaves it, saying
// which number came, and the app hears nothing after the first.
void tst_Service::aHostThatSkipsOrRepeatsAMessageIsLeft_data()
{
    QTest::addColumn<qint64>("second");
    QTest::newRow("repeated") << qint64(1);
    QTest::newRow("skipped") << qint64(3);
}

void tst_Service::aHostThatSkipsOrRepeatsAMessageIsLeft()
{
    QFETCH(qint64, second);
    const QString path = m_host->socketPath();
    m_host.reset();
    QLocalServer handMade;
    QVERIFY2(handMade.listen(path), qPrintable(handMade.errorString()));
    QPointer<QLocalSocket> socket;
    connect(&handMade, &QLocalServer::newConnection, this, [&] {
        socket = handMade.nextPendingConnection();
        socket->write(handMadeHelloAck());
    });
    DeviceServiceClient client;
    QSignalSpy ready(&client, &DeviceServiceClient::ready);
    QSignalSpy disconnected(&client, &DeviceServiceClient::disconnected);
    QString error;
    QVERIFY2(client.connectToHost(m_a->dir.path(), &error), qPrintable(error));
    QVERIFY(ready.wait(Timeout));
    QVERIFY(socket);
    ServiceSession *session = client.open(m_b->id(), TextService, QString(), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QStringList heard;
    connect(session, &ServiceSession::messageReceived, this,
            [&heard](const QString &, Session::Kind, const QByteArray &text) { heard << QString::fromUtf8(text); });
    constexpr quint32 Stream = 9;
    const auto control = [](QLatin1StringView type, const QCborMap &fields, quint32 stream = 0) {
        return Protocol::encodeFrame({Protocol::FrameType::Control, 0, stream, Protocol::encodeControl(type, fields)});
    };
    const auto received = [&](qint64 sequence, const QByteArray &text) {
        QCborMap fields;
        fields.insert(ServiceProtocol::SessionField, 1);
        fields.insert(ServiceProtocol::ChannelField, QString());
        fields.insert(ServiceProtocol::KindField, int(Session::Kind::Text));
        fields.insert(ServiceProtocol::SequenceField, sequence);
        fields.insert(ServiceProtocol::BytesField, text.size());
        return control(ServiceProtocol::Received, fields, Stream)
            + Protocol::encodeFrame({Protocol::FrameType::Data, 0, Stream, text});
    };
    socket->write(control(ServiceProtocol::Opening,
                          QCborMap{{ServiceProtocol::SessionField, 1}, {ServiceProtocol::StreamField, Stream}}));
    socket->write(control(ServiceProtocol::Opened, QCborMap{{ServiceProtocol::SessionField, 1}}));
    socket->write(received(1, "one"));
    socket->write(received(second, "two"));
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(disconnected.constFirst().constFirst().toString(),
             u"The Tandem host passed on message %1 where 2 was expected."_s.arg(second));
    QCOMPARE(heard, QStringList{u"one"_s});
    QVERIFY(!client.isConnected());
}

// Files sent through the host: the host's own transfer, reported to the
// client; a client's transfers are bounded, take absolute paths only, and
// are cancelled when the client goes (nobody is left to report to).
void tst_Service::filesGoThroughTheHostWithinTheirBudget()
{
    QTemporaryDir work;
    TransferManager::Options optionsB;
    optionsB.downloadDir = work.filePath(u"in"_s);
    QVERIFY(QDir().mkpath(optionsB.downloadDir));
    TransferManager filesA(m_sessionsA.get(), TransferManager::Options());
    TransferManager filesB(m_sessionsB.get(), optionsB);
    bool acceptAtB = true;
    QList<QPointer<Transfer>> offeredAtB;
    connect(&filesB, &TransferManager::incomingTransfer, this, [&](Transfer *transfer) {
        offeredAtB << transfer;
        if (acceptAtB)
            transfer->accept();
    });
    auto client = connectClient();
    QVERIFY(client);
    QString error;

    // Without a transfer manager the host says it does not send files.
    const QString path = work.filePath(u"out.bin"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200000, 'x'));
    }
    ServiceTransfer *refused = client->sendFiles(m_b->id(), {path}, &error);
    QVERIFY2(refused, qPrintable(error));
    QSignalSpy refusedEnd(refused, &ServiceTransfer::finished);
    QVERIFY(refusedEnd.wait(Timeout));
    QCOMPARE(refusedEnd.constFirst().at(0).value<Transfer::State>(), Transfer::State::Failed);
    QCOMPARE(refusedEnd.constFirst().at(1).toString(), u"This Tandem host does not send files."_s);
    m_host->setTransferManager(&filesA);

    // Through the host: offered, moving, verified, completed.
    ServiceTransfer *transfer = client->sendFiles(m_b->id(), {path}, &error);
    QVERIFY2(transfer, qPrintable(error));
    QSignalSpy verified(transfer, &ServiceTransfer::fileVerified);
    QSignalSpy finished(transfer, &ServiceTransfer::finished);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constFirst().at(0).value<Transfer::State>(), Transfer::State::Completed);
    QCOMPARE(transfer->fileCount(), 1);
    QCOMPARE(transfer->files().constFirst().name, u"out.bin"_s);
    QCOMPARE(transfer->totalBytes(), 200000);
    QCOMPARE(transfer->bytesDone(), 200000);
    QCOMPARE(transfer->filesVerified(), 1);
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified.constFirst().at(2).toByteArray(),
             QCryptographicHash::hash(QByteArray(200000, 'x'), QCryptographicHash::Sha256));
    QCOMPARE(transfer->id(), filesA.transfers().constLast()->id()); // the host's own transfer

    // A relative path is the client's (the host has another working folder).
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(work.path()));
    ServiceTransfer *relative = client->sendFiles(m_b->id(), {u"out.bin"_s}, &error);
    QVERIFY(QDir::setCurrent(before));
    QSignalSpy relativeEnd(relative, &ServiceTransfer::finished);
    QVERIFY(relativeEnd.wait(Timeout));
    QCOMPARE(relativeEnd.constFirst().at(0).value<Transfer::State>(), Transfer::State::Completed);
    QCOMPARE(relative->files().constFirst().path, path);

    // At most MaxTransfersPerClient unfinished: B leaves the offers open.
    acceptAtB = false;
    QList<ServiceTransfer *> open;
    for (int i = 0; i < DeviceServiceHost::MaxTransfersPerClient; ++i) {
        open << client->sendFiles(m_b->id(), {path}, &error);
        QVERIFY2(open.constLast(), qPrintable(error));
    }
    ServiceTransfer *oneTooMany = client->sendFiles(m_b->id(), {path}, &error);
    QSignalSpy tooManyEnd(oneTooMany, &ServiceTransfer::finished);
    QVERIFY(tooManyEnd.wait(Timeout));
    QCOMPARE(tooManyEnd.constFirst().at(0).value<Transfer::State>(), Transfer::State::Failed);
    QVERIFY2(tooManyEnd.constFirst().at(1).toString().contains(u"16 transfers running"),
             qPrintable(tooManyEnd.constFirst().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(offeredAtB.size(), 2 + DeviceServiceHost::MaxTransfersPerClient, Timeout);
    for (ServiceTransfer *t : std::as_const(open))
        QCOMPARE(t->state(), Transfer::State::Offered);

    // The client goes: its open offers are cancelled, and the peer is told.
    client.reset();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(offeredAtB.begin() + 2, offeredAtB.end(),
                    [](const QPointer<Transfer> &t) { return t && t->state() == Transfer::State::Cancelled; }),
        Timeout);
    // Another client still sends.
    auto next = connectClient();
    QVERIFY(next);
    acceptAtB = true;
    QSignalSpy nextEnd(next->sendFiles(m_b->id(), {path}, &error), &ServiceTransfer::finished);
    QVERIFY(nextEnd.wait(Timeout));
    QCOMPARE(nextEnd.constFirst().at(0).value<Transfer::State>(), Transfer::State::Completed);
    m_host->setTransferManager(nullptr);
}

namespace {

// Writes `count` files of `size` bytes named by `prefix` into `folder`.
QStringList writeFiles(const QString &folder, const QString &prefix, int count, qsizetype size)
{
    QStringList paths;
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(prefix + QString::number(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray(size, char('a' + i % 26)));
        paths << path;
    }
    return paths;
}

} // namespace

// The host's transfer manager (landing in work/host-in) and B's (in
// work/b-in), for the tests of files through the host; the host lets go
// of its manager when the test ends.
struct FilesOnBothSides
{
    FilesOnBothSides(SessionManager *sessionsA, SessionManager *sessionsB, DeviceServiceHost *host)
        : optionsA(landingIn(work.filePath(u"host-in"_s)))
        , optionsB(landingIn(work.filePath(u"b-in"_s)))
        , a(sessionsA, optionsA)
        , b(sessionsB, optionsB)
        , m_host(host)
    {
        QDir().mkpath(optionsB.downloadDir);
        host->setTransferManager(&a);
    }
    ~FilesOnBothSides() { m_host->setTransferManager(nullptr); }
    static TransferManager::Options landingIn(const QString &folder)
    {
        TransferManager::Options options;
        options.downloadDir = folder;
        return options;
    }

    QTemporaryDir work;
    TransferManager::Options optionsA, optionsB;
    TransferManager a, b;

private:
    DeviceServiceHost *m_host;
};

// A watcher (a TransferModel in another app) sees the host's transfers it
// did not send: the host's own sends and offers from other devices, which
// it accepts into a folder or declines; the first answer decides, and a
// watcher that goes leaves them running.
void tst_Service::watchersSeeTheHostsTransfersAndAnswerOffers()
{
    acceptOnB();
    FilesOnBothSides files(m_sessionsA.get(), m_sessionsB.get(), m_host.get());
    connect(&files.b, &TransferManager::incomingTransfer, this, [](Transfer *transfer) {
        transfer->accept(); // B takes what A sends
    });
    auto client = connectClient();
    QVERIFY(client);
    QList<QPointer<ServiceTransfer>> seen;
    connect(client.get(), &DeviceServiceClient::transferAppeared, this,
            [&](ServiceTransfer *transfer) { seen << transfer; });
    client->watchTransfers();
    QString error;

    // The host's own send: seen going out, followed to the end.
    const QStringList out = writeFiles(files.work.filePath(u"out"_s), u"o"_s, 1, 70000);
    QVERIFY(!out.isEmpty());
    QVERIFY2(files.a.send(m_b->id(), out, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, Timeout);
    QCOMPARE(seen.constFirst()->direction(), Transfer::Direction::Outgoing);
    QCOMPARE(seen.constFirst()->peerDeviceId(), m_b->id());
    QCOMPARE(seen.constFirst()->fileCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(seen.constFirst()->isFinished(), Timeout);
    QCOMPARE(seen.constFirst()->state(), Transfer::State::Completed);

    // The client's own sends are not seen again.
    ServiceTransfer *own = client->sendFiles(m_b->id(), out, &error);
    QVERIFY2(own, qPrintable(error));
    QSignalSpy ownEnd(own, &ServiceTransfer::finished);
    QVERIFY(ownEnd.wait(Timeout));
    QCOMPARE(seen.size(), 1);

    // B offers two files: the watcher sees the offer with its files and
    // lands them in a folder of its choice.
    const QStringList two = writeFiles(files.work.filePath(u"b-out"_s), u"b"_s, 2, 90000);
    Transfer *offer = files.b.send(m_a->id(), two, &error);
    QVERIFY2(offer, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, Timeout);
    ServiceTransfer *incoming = seen.at(1);
    QCOMPARE(incoming->direction(), Transfer::Direction::Incoming);
    QCOMPARE(incoming->state(), Transfer::State::Offered);
    QCOMPARE(incoming->id(), offer->id());
    QCOMPARE(incoming->fileCount(), 2);
    QCOMPARE(incoming->totalBytes(), 180000);
    QCOMPARE(incoming->downloadDir(), files.optionsA.downloadDir);
    QStringList names;
    for (const TransferFile &file : incoming->files())
        names << file.name;
    names.sort();
    QCOMPARE(names, (QStringList{u"b0"_s, u"b1"_s}));
    QSignalSpy incomingVerified(incoming, &ServiceTransfer::fileVerified);
    QSignalSpy incomingEnd(incoming, &ServiceTransfer::finished);
    const QString chosen = files.work.filePath(u"chosen"_s);
    QVERIFY2(incoming->accept(chosen, &error), qPrintable(error));
    QVERIFY(incomingEnd.wait(Timeout));
    QCOMPARE(incomingEnd.constFirst().at(0).value<Transfer::State>(), Transfer::State::Completed);
    QCOMPARE(incomingVerified.size(), 2);
    for (const QString &name : {u"b0"_s, u"b1"_s}) {
        QFile landed(QDir(chosen).filePath(name));
        QVERIFY2(landed.open(QIODevice::ReadOnly), qPrintable(landed.fileName()));
        QCOMPARE(landed.readAll(), QByteArray(90000, name == u"b0"_s ? 'a' : 'b'));
    }
    // Accepting what is no offer any more says so here.
    QVERIFY(!incoming->accept({}, &error));
    QVERIFY(!error.isEmpty());

    // Declined from the watcher: B hears the reason.
    Transfer *declined = files.b.send(m_a->id(), two, &error);
    QVERIFY2(declined, qPrintable(error));
    QSignalSpy declinedAtB(declined, &Transfer::finished);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 3, Timeout);
    seen.at(2)->reject(u"not now"_s);
    QVERIFY(declinedAtB.wait(Timeout));
    QCOMPARE(declinedAtB.constFirst().at(0).value<Transfer::State>(), Transfer::State::Rejected);
    QVERIFY2(declinedAtB.constFirst().at(1).toString().contains(u"not now"),
             qPrintable(declinedAtB.constFirst().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(seen.at(2)->state(), Transfer::State::Rejected, Timeout);

    // A folder the host cannot make: the host's reason comes back and the
    // offer still waits; the host's own window then answers it.
    QFile blocker(files.work.filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Transfer *third = files.b.send(m_a->id(), two, &error);
    QVERIFY2(third, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 4, Timeout);
    ServiceTransfer *blocked = seen.at(3);
    QSignalSpy answerFailed(blocked, &ServiceTransfer::answerFailed);
    QVERIFY(blocked->accept(blocker.fileName() + u"/under"_s, &error));
    QVERIFY(answerFailed.wait(Timeout));
    QVERIFY(!answerFailed.constFirst().at(0).toString().isEmpty());
    QCOMPARE(blocked->state(), Transfer::State::Offered);
    Transfer *atHost = files.a.transfers().constLast();
    QCOMPARE(atHost->id(), third->id());
    QCOMPARE(atHost->state(), Transfer::State::Offered);
    QVERIFY(QDir().mkpath(files.optionsA.downloadDir)); // as the app's own model does
    QVERIFY2(atHost->accept({}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(blocked->state(), Transfer::State::Completed, Timeout);

    // A watcher that comes later sees an offer already waiting; when it
    // goes, the offer still waits for the host's answer.
    Transfer *fourth = files.b.send(m_a->id(), two, &error);
    QVERIFY2(fourth, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 5, Timeout);
    auto late = connectClient();
    QVERIFY(late);
    QList<ServiceTransfer *> lateSeen;
    connect(late.get(), &DeviceServiceClient::transferAppeared, this,
            [&](ServiceTransfer *transfer) { lateSeen << transfer; });
    late->watchTransfers();
    QTRY_COMPARE_WITH_TIMEOUT(lateSeen.size(), 1, Timeout);
    ServiceTransfer *waiting = lateSeen.constFirst();
    QCOMPARE(waiting->id(), fourth->id());
    QCOMPARE(waiting->state(), Transfer::State::Offered);
    late.reset();
    aClientStillGetsAMessageThrough();
    QCOMPARE(files.a.transfers().constLast()->state(), Transfer::State::Offered);
    QCOMPARE(fourth->state(), Transfer::State::Offered);
}

// A watcher takes 2 of an offer's 3 files through the host: only those
// land. An index the offer does not have is the host's to refuse, with a
// reason, and the offer waits (indexes that are not a list of numbers are
// a protocol error: protocolErrorsEndOnlyThatClient).
void tst_Service::aWatcherAcceptsSomeFilesOfAnOffer()
{
    FilesOnBothSides files(m_sessionsA.get(), m_sessionsB.get(), m_host.get());
    auto client = connectClient();
    QVERIFY(client);
    QList<QPointer<ServiceTransfer>> seen;
    connect(client.get(), &DeviceServiceClient::transferAppeared, this,
            [&](ServiceTransfer *transfer) { seen << transfer; });
    client->watchTransfers();
    QString error;
    const QStringList three = writeFiles(files.work.filePath(u"b-out"_s), u"b"_s, 3, 50000);
    QCOMPARE(three.size(), 3);
    Transfer *offer = files.b.send(m_a->id(), three, &error);
    QVERIFY2(offer, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, Timeout);
    ServiceTransfer *incoming = seen.constFirst();
    QCOMPARE(incoming->fileCount(), 3);
    QSignalSpy answerFailed(incoming, &ServiceTransfer::answerFailed);
    const QString chosen = files.work.filePath(u"chosen"_s);
    QVERIFY(incoming->acceptFiles({0, 3}, chosen, &error));
    QVERIFY(answerFailed.wait(Timeout));
    QVERIFY2(answerFailed.constFirst().at(0).toString().contains(u'3'),
             qPrintable(answerFailed.constFirst().at(0).toString()));
    QCOMPARE(incoming->state(), Transfer::State::Offered);

    int first = -1, third = -1;
    for (int i = 0; i < incoming->files().size(); ++i) {
        if (incoming->files().at(i).name == u"b0"_s)
            first = i;
        else if (incoming->files().at(i).name == u"b2"_s)
            third = i;
    }
    QVERIFY(first >= 0 && third >= 0);
    QVERIFY2(incoming->acceptFiles({first, third}, chosen, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(offer->state(), Transfer::State::Completed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(incoming->state(), Transfer::State::Completed, Timeout);
    QCOMPARE(QDir(chosen).entryList(QDir::Files, QDir::Name), (QStringList{u"b0"_s, u"b2"_s}));
    QCOMPARE(offer->filesVerified(), 2);
}

// An offer of more files than one "transfer-seen" lists is counted whole
// and listed in part, and the watcher is not dropped for it.
void tst_Service::aWatchedOfferListsAtMostWhatOneMessageCarries()
{
    FilesOnBothSides files(m_sessionsA.get(), m_sessionsB.get(), m_host.get());
    auto client = connectClient();
    QVERIFY(client);
    QList<ServiceTransfer *> seen;
    connect(client.get(), &DeviceServiceClient::transferAppeared, this,
            [&](ServiceTransfer *transfer) { seen << transfer; });
    client->watchTransfers();
    // Names of 200 characters: the list passes MaxSeenFileListBytes.
    const QString prefix = QString(190, u'n');
    constexpr int Count = 1500;
    const QStringList many = writeFiles(files.work.filePath(u"many"_s), prefix, Count, 1);
    QCOMPARE(many.size(), Count);
    QString error;
    QVERIFY2(files.b.send(m_a->id(), {files.work.filePath(u"many"_s)}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, Timeout);
    ServiceTransfer *offer = seen.constFirst();
    QCOMPARE(offer->fileCount(), Count);
    QVERIFY2(offer->files().size() > 100 && offer->files().size() < Count,
             qPrintable(QString::number(offer->files().size())));
    QVERIFY(client->isConnected());
    offer->reject(u"too many"_s);
    QTRY_COMPARE_WITH_TIMEOUT(offer->state(), Transfer::State::Rejected, Timeout);
}

// An app registers a service through the host: sessions peers open to it
// come to the app to accept or reject, and end with the app.
void tst_Service::incomingSessionsGoToTheAppThatServesThem()
{
    auto client = connectClient();
    QVERIFY(client);
    auto registered = [&client](const QString &service) {
        std::optional<QString> answer;
        client->registerService(service, client.get(), [&answer](const QString &error) { answer = error; });
        return QTest::qWaitFor([&answer] { return answer.has_value(); }, Timeout) ? *answer : u"no answer"_s;
    };
    QCOMPARE(registered(u"app.chat"_s), QString());
    QVERIFY(m_host->isClientService(u"app.chat"_s));
    // What the host serves itself stays the host's.
    m_sessionsA->registerService(u"host.own"_s);
    QCOMPARE(registered(u"host.own"_s),
             u"The service \"host.own\" is served already, by the Tandem host or another app."_s);

    QSignalSpy incoming(client.get(), &DeviceServiceClient::incomingSession);
    QString error;
    Session *fromB = m_sessionsB->open(m_a->id(), u"app.chat"_s, u"b.chat"_s, {}, &error);
    QVERIFY2(fromB, qPrintable(error));
    QSignalSpy openedAtB(fromB, &Session::opened);
    QSignalSpy receivedAtB(fromB, &Session::messageReceived);
    QVERIFY(incoming.wait(Timeout));
    auto *atA = incoming.constFirst().constFirst().value<ServiceSession *>();
    QCOMPARE(atA->peerDeviceId(), m_b->id());
    QCOMPARE(atA->service(), u"app.chat"_s);
    QCOMPARE(atA->state(), Session::State::Connecting);
    QSignalSpy openedAtA(atA, &ServiceSession::opened);
    QSignalSpy receivedAtA(atA, &ServiceSession::messageReceived);
    atA->accept();
    QVERIFY(openedAtB.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(openedAtA.size(), 1, Timeout);
    QVERIFY(fromB->send(u"c"_s, Session::Kind::Text, "ping", &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(receivedAtA.size(), 1, Timeout);
    QCOMPARE(receivedAtA.constFirst().at(2).toByteArray(), "ping");
    QVERIFY(atA->send(u"c"_s, Session::Kind::Text, "pong", &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(receivedAtB.size(), 1, Timeout);
    QCOMPARE(receivedAtB.constFirst().at(2).toByteArray(), "pong");

    // Rejected by the app, with its code and words.
    Session *second = m_sessionsB->open(m_a->id(), u"app.chat"_s, QString(), {}, &error);
    QSignalSpy refused(second, &Session::refused);
    QVERIFY(incoming.wait(Timeout));
    incoming.constLast().constFirst().value<ServiceSession *>()->reject(7, u"busy"_s);
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.constFirst().at(0).toInt(), 7);
    QCOMPARE(refused.constFirst().at(1).toString(), u"busy"_s);

    // The app goes: its session ends for the peer, and the service with it.
    QSignalSpy closedAtB(fromB, &Session::closed);
    client.reset();
    QVERIFY(closedAtB.wait(Timeout));
    QCOMPARE(closedAtB.constFirst().constFirst().value<Session::CloseReason>(), Session::CloseReason::PeerExited);
    QVERIFY(!m_host->isClientService(u"app.chat"_s));
    QVERIFY(!m_sessionsA->isServiceRegistered(u"app.chat"_s));
    Session *third = m_sessionsB->open(m_a->id(), u"app.chat"_s, QString(), {}, &error);
    QSignalSpy refusedThird(third, &Session::refused);
    QVERIFY(refusedThird.wait(Timeout));
    QCOMPARE(refusedThird.constFirst().at(0).toInt(), SessionManager::ErrorNoSuchService);
    m_sessionsA->unregisterService(u"host.own"_s);
}

QString tst_Service::registered(DeviceServiceClient &client, const QString &service)
{
    std::optional<QString> answer;
    client.registerService(service, &client, [&answer](const QString &error) { answer = error; });
    return QTest::qWaitFor([&answer] { return answer.has_value(); }, Timeout) ? *answer : u"no answer"_s;
}

void tst_Service::servicesPerClientAreBounded()
{
    auto client = connectClient();
    QVERIFY(client);
    for (int i = 0; i < DeviceServiceHost::MaxServicesPerClient; ++i)
        QCOMPARE(registered(*client, u"app.s%1"_s.arg(i)), QString());
    QCOMPARE(registered(*client, u"app.one-too-many"_s),
             u"This app already serves 16 services through the Tandem host, the most one app may serve."_s);
    QVERIFY(!m_sessionsA->isServiceRegistered(u"app.one-too-many"_s));
    // The same name again is no new service; another app has its own budget.
    QCOMPARE(registered(*client, u"app.s0"_s), QString());
    auto other = connectClient();
    QVERIFY(other);
    QCOMPARE(registered(*other, u"app.one-too-many"_s), QString());
    // What the first app serves still reaches it.
    QSignalSpy incoming(client.get(), &DeviceServiceClient::incomingSession);
    QString error;
    QVERIFY2(m_sessionsB->open(m_a->id(), u"app.s15"_s, QString(), {}, &error), qPrintable(error));
    QVERIFY(incoming.wait(Timeout));
    QCOMPARE(incoming.constFirst().constFirst().value<ServiceSession *>()->service(), u"app.s15"_s);
}

void tst_Service::incomingSessionsCountAgainstTheClientsSessions()
{
    acceptOnB();
    auto client = connectClient();
    QVERIFY(client);
    QCOMPARE(registered(*client, u"app.chat"_s), QString());
    QList<ServiceSession *> sessions;
    QString error;
    for (int i = 0; i < DeviceServiceHost::MaxSessionsPerClient; ++i)
        sessions << client->open(m_b->id(), TextService, QString(), {}, &error);
    QTRY_COMPARE_WITH_TIMEOUT(m_incomingAtB.size(), DeviceServiceHost::MaxSessionsPerClient, Timeout);

    // A peer's session to the app's service is refused while the app is
    // full, with words the peer can show; the app hears nothing of it.
    QSignalSpy incoming(client.get(), &DeviceServiceClient::incomingSession);
    Session *fromB = m_sessionsB->open(m_a->id(), u"app.chat"_s, QString(), {}, &error);
    QVERIFY2(fromB, qPrintable(error));
    QSignalSpy refused(fromB, &Session::refused);
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.constFirst().at(0).toInt(), SessionManager::ErrorRejected);
    QCOMPARE(refused.constFirst().at(1).toString(),
             u"The app serving \"app.chat\" has as many sessions open as it may."_s);
    QCOMPARE(incoming.size(), 0);

    // One of its sessions closed makes room for the next.
    QSignalSpy closed(sessions.constFirst(), &ServiceSession::closed);
    sessions.constFirst()->close();
    QVERIFY(closed.wait(Timeout));
    QVERIFY(m_sessionsB->open(m_a->id(), u"app.chat"_s, QString(), {}, &error));
    QVERIFY(incoming.wait(Timeout));
    incoming.constFirst().constFirst().value<ServiceSession *>()->accept();
}

void tst_Service::sendFilesRefusesWhatOneRequestCannotCarry()
{
    auto client = connectClient();
    QVERIFY(client);
    QString error;
    // One path more than a request carries.
    const QStringList tooMany(ServiceProtocol::MaxPathsPerSend + 1, u"/tmp/x"_s);
    QVERIFY(!client->sendFiles(m_b->id(), tooMany, &error));
    QCOMPARE(error,
             u"1025 paths are more than one send through the Tandem host takes (1024); send their folder "
             "instead."_s);
    // One byte too long a path.
    const QString longPath = u"/"_s + QString(ServiceProtocol::MaxPathBytes, u'p');
    QVERIFY(!client->sendFiles(m_b->id(), {longPath}, &error));
    QCOMPARE(error, u"The path %1 is longer than the 4096 bytes a send through the Tandem host takes."_s.arg(longPath));
    // Each path in bounds, together more than one control message.
    const QString fullPath = u"/"_s + QString(ServiceProtocol::MaxPathBytes - 1, u'q');
    const QStringList heavy(int(Protocol::MaxControlPayload / ServiceProtocol::MaxPathBytes) + 1, fullPath);
    QVERIFY(!client->sendFiles(m_b->id(), heavy, &error));
    QCOMPARE(error,
             u"These %1 paths are more than one send through the Tandem host takes; send their folder "
             "instead."_s.arg(heavy.size()));
    // Nothing reached the host: the client still sends what fits.
    QVERIFY(client->isReady());
    QCOMPARE(m_host->clientCount(), 1);
}

void tst_Service::channelSessionsWorkThroughTheHost()
{
    auto client = connectClient();
    QVERIFY(client);
    // B is its own device, embedded; A's app uses A's host.
    ChannelSessions atB(m_sessionsB.get());
    ChannelSessions viaHost(client.get());
    QString error;
    QVERIFY2(atB.listen(u"cairn.board"_s, &error), qPrintable(error));
    QSignalSpy incomingAtB(&atB, &ChannelSessions::incoming);

    ChannelSession *toB = viaHost.open(m_b->id(), u"cairn.board"_s, &error);
    QVERIFY2(toB, qPrintable(error));
    QCOMPARE(toB->peerId(), m_b->id());
    QVERIFY(toB->send(u"strokes"_s, "line 1", &error));
    QVERIFY(incomingAtB.wait(Timeout));
    auto *fromA = incomingAtB.constFirst().constFirst().value<ChannelSession *>();
    QCOMPARE(fromA->peerId(), m_a->id()); // the host's device: one identity
    QSignalSpy receivedAtB(fromA, &ChannelSession::received);
    QTRY_COMPARE_WITH_TIMEOUT(receivedAtB.size(), 1, Timeout);
    QCOMPARE(receivedAtB.constFirst().at(0).toString(), u"strokes"_s);
    QCOMPARE(receivedAtB.constFirst().at(1).toByteArray(), "line 1");
    QTRY_COMPARE_WITH_TIMEOUT(toB->state(), ChannelSession::State::Connected, Timeout);
    QSignalSpy receivedAtA(toB, &ChannelSession::received);
    QVERIFY(fromA->send(u"acks"_s, "got it", &error));
    QTRY_COMPARE_WITH_TIMEOUT(receivedAtA.size(), 1, Timeout);
    QCOMPARE(receivedAtA.constFirst().at(1).toByteArray(), "got it");

    // Listening through the host: B's sessions to it come to this app.
    QSignalSpy incomingAtA(&viaHost, &ChannelSessions::incoming);
    QVERIFY2(viaHost.listen(u"cairn.reply"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isClientService(u"cairn.reply"_s), Timeout);
    ChannelSession *toA = atB.open(m_a->id(), u"cairn.reply"_s, &error);
    QVERIFY2(toA, qPrintable(error));
    QVERIFY(toA->send({}, "hello A", &error));
    QVERIFY(incomingAtA.wait(Timeout));
    auto *fromB = incomingAtA.constFirst().constFirst().value<ChannelSession *>();
    QCOMPARE(fromB->peerId(), m_b->id());
    QCOMPARE(fromB->service(), u"cairn.reply"_s);
    QSignalSpy receivedFromB(fromB, &ChannelSession::received);
    QTRY_COMPARE_WITH_TIMEOUT(receivedFromB.size(), 1, Timeout);
    QCOMPARE(receivedFromB.constFirst().at(1).toByteArray(), "hello A");

    // What the host serves itself is refused by the host, later.
    m_sessionsA->registerService(u"host.own"_s);
    QSignalSpy listenFailed(&viaHost, &ChannelSessions::listenFailed);
    QVERIFY(viaHost.listen(u"host.own"_s, &error));
    QVERIFY(listenFailed.wait(Timeout));
    QCOMPARE(listenFailed.constFirst().at(0).toString(), u"host.own"_s);
    QCOMPARE(listenFailed.constFirst().at(1).toString(),
             u"The service \"host.own\" is served already, by the Tandem host or another app."_s);
    m_sessionsA->unregisterService(u"host.own"_s);

    // Unlistening goes to the host: the next session to it is refused
    // there, and the open one goes on.
    viaHost.unlisten(u"cairn.reply"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_host->isClientService(u"cairn.reply"_s), Timeout);
    QVERIFY(!m_sessionsA->isServiceRegistered(u"cairn.reply"_s));
    QSignalSpy closedLate(atB.open(m_a->id(), u"cairn.reply"_s, &error), &ChannelSession::closed);
    QVERIFY(closedLate.wait(Timeout));
    QVERIFY(toA->send({}, "still open", &error));
    QTRY_COMPARE_WITH_TIMEOUT(receivedFromB.size(), 2, Timeout);

    // The connection to the host ends: so do its sessions, with a reason.
    QSignalSpy closedAtA(toB, &ChannelSession::closed);
    QSignalSpy closedAtB(fromA, &ChannelSession::closed);
    client->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(closedAtA.size(), 1, Timeout);
    QCOMPARE(toB->state(), ChannelSession::State::Disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(closedAtB.size(), 1, Timeout);
    QCOMPARE(closedAtB.constFirst().constFirst().toString(), u"The app on the other device went away."_s);
}

void tst_Service::anAppsIncomingLimitHoldsAtTheHost()
{
    acceptOnB();
    auto client = connectClient();
    QVERIFY(client);
    QCOMPARE(registered(*client, u"app.small"_s), QString());
    QSignalSpy incoming(client.get(), &DeviceServiceClient::incomingSession);
    QString error;
    Session *fromB = m_sessionsB->open(m_a->id(), u"app.small"_s, u"b.small"_s, QCborMap{{u"k"_s, 1}}, &error);
    QVERIFY2(fromB, qPrintable(error));
    QVERIFY(incoming.wait(Timeout));
    auto *atA = incoming.constFirst().constFirst().value<ServiceSession *>();
    QCOMPARE(atA->openerService(), u"b.small"_s);
    QCOMPARE(atA->parameters(), (QCborMap{{u"k"_s, 1}}));
    constexpr qint64 Limit = 1024;
    atA->setIncomingLimit(Session::Kind::Bytes, Limit);
    QSignalSpy received(atA, &ServiceSession::messageReceived);
    QSignalSpy closed(atA, &ServiceSession::closed);
    atA->accept();
    QSignalSpy openedAtB(fromB, &Session::opened);
    QVERIFY(openedAtB.wait(Timeout));
    // At the limit it arrives; one byte more ends the session at the host,
    // before any of it is held there or reaches the app.
    QVERIFY(fromB->send({}, Session::Kind::Bytes, QByteArray(Limit, 'a'), &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QVERIFY(fromB->send({}, Session::Kind::Bytes, QByteArray(Limit + 1, 'b'), &error) > 0);
    QVERIFY(closed.wait(Timeout));
    QCOMPARE(received.size(), 1);
    aClientStillGetsAMessageThrough();
}

void tst_Service::softbusSessionServersWorkThroughTheHost()
{
    auto client = connectClient();
    QVERIFY(client);
    SessionServer atB(m_sessionsB.get());
    SessionServer viaHost(client.get());
    RecordingListener listenerB, listenerA;
    listenerB.server = &atB;
    listenerA.server = &viaHost;
    listenerA.greeting = "hello from A's app";
    QCOMPARE(atB.createSessionServer(u"com.b"_s, u"chat"_s, &listenerB), SessionServer::Success);
    QCOMPARE(viaHost.createSessionServer(u"com.a"_s, u"chat"_s, &listenerA), SessionServer::Success);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isClientService(u"chat"_s), Timeout);

    // The app opens to B through the host.
    const int toB = viaHost.openSession(u"chat"_s, u"chat"_s, m_b->id(), {{u"topic"_s, u"x"_s}});
    QVERIFY(toB > 0);
    QTRY_COMPARE_WITH_TIMEOUT(listenerA.opened.size(), 1, Timeout);
    QCOMPARE(listenerA.opened.constFirst(), std::make_pair(toB, int(SessionServer::Success)));
    QCOMPARE(listenerA.greetResult, SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(listenerB.messages.size(), 1, Timeout);
    const int atBId = listenerB.messages.constFirst().first;
    QCOMPARE(listenerB.messages.constFirst().second, "hello from A's app");
    int error = 0;
    QCOMPARE(atB.getPeerDeviceId(atBId, &error), m_a->id());
    QCOMPARE(atB.getSessionAttributes(atBId, &error), (QVariantMap{{u"topic"_s, u"x"_s}}));
    QCOMPARE(atB.sendMessage(atBId, "hi app"), SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(listenerA.messages.size(), 1, Timeout);
    QCOMPARE(listenerA.messages.constFirst(), std::make_pair(toB, QByteArray("hi app")));
    QCOMPARE(viaHost.getPeerSessionName(toB, &error), u"chat"_s);

    // B opens to the app's session server; the app greets from inside
    // onSessionOpened, and the greeting arrives.
    listenerA.greeting = "welcome";
    const int toA = atB.openSession(u"chat"_s, u"chat"_s, m_a->id(), {});
    QVERIFY(toA > 0);
    QTRY_COMPARE_WITH_TIMEOUT(listenerA.opened.size(), 2, Timeout);
    QCOMPARE(listenerA.greetResult, SessionServer::Success);
    QTRY_VERIFY_WITH_TIMEOUT(listenerB.messages.contains(std::make_pair(toA, QByteArray("welcome"))), Timeout);
    const int fromB = listenerA.opened.constLast().first;
    QCOMPARE(viaHost.getSessionSide(fromB), SessionServer::IsServer);
    QCOMPARE(viaHost.getPeerDeviceId(fromB, &error), m_b->id());

    // A name the host serves itself: accepted here, refused by the host.
    m_sessionsA->registerService(u"host.own"_s);
    QSignalSpy refused(&viaHost, &SessionServer::sessionServerRefused);
    QCOMPARE(viaHost.createSessionServer(u"com.a"_s, u"host.own"_s, &listenerA), SessionServer::Success);
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.constFirst().at(0).toString(), u"host.own"_s);
    QCOMPARE(viaHost.removeSessionServer(u"com.a"_s, u"host.own"_s), SessionServer::ErrorNoSuchSessionServer);
    m_sessionsA->unregisterService(u"host.own"_s);

    // Closing from the app reaches B.
    viaHost.closeSession(toB);
    QTRY_VERIFY_WITH_TIMEOUT(listenerB.closed.contains(atBId), Timeout);
}

// softbus' SendFile and file listeners through the host: the app's files
// go out under the names it chose, tagged for the peer's session server,
// and offers tagged with the app's session server come to the app's
// listener (not to the host's window), landed in its root folder.
void tst_Service::softbusFilesGoThroughTheHostBothWays()
{
    FilesOnBothSides files(m_sessionsA.get(), m_sessionsB.get(), m_host.get());
    auto client = connectClient();
    QVERIFY(client);
    SessionServer atB(m_sessionsB.get());
    atB.setTransferManager(&files.b);
    SessionServer viaHost(client.get());
    RecordingListener listenerB, listenerA;
    RecordingFileListener filesAtB, filesAtApp;
    QCOMPARE(atB.createSessionServer(u"com.b"_s, u"share"_s, &listenerB), SessionServer::Success);
    QCOMPARE(viaHost.createSessionServer(u"com.a"_s, u"share"_s, &listenerA), SessionServer::Success);
    const QString rootB = files.work.filePath(u"b-root"_s);
    const QString rootApp = files.work.filePath(u"app-root"_s);
    QVERIFY(QDir().mkpath(rootB) && QDir().mkpath(rootApp));
    QCOMPARE(atB.setFileReceiveListener(u"com.b"_s, u"share"_s, &filesAtB, rootB), SessionServer::Success);
    QCOMPARE(atB.setFileSendListener(u"com.b"_s, u"share"_s, &filesAtB), SessionServer::Success);
    QCOMPARE(viaHost.setFileReceiveListener(u"com.a"_s, u"share"_s, &filesAtApp, rootApp), SessionServer::Success);
    QCOMPARE(viaHost.setFileSendListener(u"com.a"_s, u"share"_s, &filesAtApp), SessionServer::Success);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isClientService(u"share"_s), Timeout);
    const int toB = viaHost.openSession(u"share"_s, u"share"_s, m_b->id(), {});
    QVERIFY(toB > 0);
    QTRY_COMPARE_WITH_TIMEOUT(listenerA.opened.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(listenerB.opened.size(), 1, Timeout);
    const int atBId = listenerB.opened.constFirst().first;

    // The app sends, through the host, under a name of its choice.
    const QStringList report = writeFiles(files.work.filePath(u"out"_s), u"r"_s, 1, 150000);
    QCOMPARE(viaHost.sendFile(toB, report, {u"docs/report.pdf"_s}), SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(filesAtApp.sent.size(), 1, Timeout);
    QCOMPARE(filesAtApp.sent.constFirst(), std::make_pair(toB, report.constFirst()));
    QTRY_COMPARE_WITH_TIMEOUT(filesAtB.received.size(), 1, Timeout);
    QCOMPARE(filesAtB.started.constFirst(), QStringList{u"docs/report.pdf"_s});
    QCOMPARE(QFile(QDir(rootB).filePath(u"docs/report.pdf"_s)).size(), 150000);

    // B sends to the app's session server: the app's listener takes it.
    const QStringList photo = writeFiles(files.work.filePath(u"b-out"_s), u"p"_s, 1, 80000);
    QCOMPARE(atB.sendFile(atBId, photo, {u"holiday.jpg"_s}), SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(filesAtApp.received.size(), 1, Timeout);
    QCOMPARE(filesAtApp.started.constFirst(), QStringList{u"holiday.jpg"_s});
    const QString landed = QDir(rootApp).filePath(u"holiday.jpg"_s);
    QCOMPARE(filesAtApp.received.constFirst(), std::make_pair(toB, QStringList{landed}));
    QFile file(landed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(80000, 'a'));
    QTRY_COMPARE_WITH_TIMEOUT(filesAtB.sent.size(), 1, Timeout);
    // Nothing landed in the host's own folder.
    QVERIFY(!QFileInfo::exists(QDir(files.optionsA.downloadDir).filePath(u"holiday.jpg"_s)));

    // The app's listener declines: B hears an error.
    filesAtApp.decline = -1;
    QCOMPARE(atB.sendFile(atBId, photo, {u"second.jpg"_s}), SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(filesAtB.errors.size(), 1, Timeout);
    QCOMPARE(filesAtApp.started.size(), 2);
    QVERIFY(!QFileInfo::exists(QDir(rootApp).filePath(u"second.jpg"_s)));
}

// The connection to the host breaks without a word (as when it dies) and
// another app registers the name before the app's client is back: the
// returning host refuses it, and the facade says so instead of waiting
// for sessions that now go elsewhere.
void tst_Service::aServiceTakenWhileTheHostWasAwayIsReported()
{
    auto client = connectClient();
    QVERIFY(client);
    auto other = connectClient();
    QVERIFY(other);
    SessionServer viaHost(client.get());
    RecordingListener listener;
    QCOMPARE(viaHost.createSessionServer(u"com.a"_s, u"notes"_s, &listener), SessionServer::Success);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isClientService(u"notes"_s), Timeout);
    QSignalSpy lost(client.get(), &DeviceServiceClient::hostLost);
    QSignalSpy refused(&viaHost, &SessionServer::sessionServerRefused);
    QString otherError = u"unanswered"_s;
    // The moment the host has let go of the app's name, the other app
    // takes it: long before the app's first retry (FirstRetryDelay).
    QObject scope; // the connection ends with this test, before the clients go
    connect(m_host.get(), &DeviceServiceHost::clientDisconnected, &scope,
            [&] { other->registerService(u"notes"_s, &scope, [&](const QString &error) { otherError = error; }); });
    const auto sockets = client->findChildren<QLocalSocket *>();
    QCOMPARE(sockets.size(), 1);
    sockets.constFirst()->abort();
    QCOMPARE(lost.size(), 1);
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.constFirst().at(0).toString(), u"notes"_s);
    QVERIFY2(refused.constFirst().at(1).toString().contains(u"served already"),
             qPrintable(refused.constFirst().at(1).toString()));
    QCOMPARE(otherError, QString());
    QVERIFY(client->isConnected()); // back with the host, without the name
    QCOMPARE(viaHost.removeSessionServer(u"com.a"_s, u"notes"_s), SessionServer::ErrorNoSuchSessionServer);
}

void tst_Service::abilityConnectionsWorkThroughTheHost()
{
    qRegisterMetaType<CollaborationRequest>();
    auto client = connectClient();
    QVERIFY(client);
    AbilityConnectionManager atB(m_sessionsB.get());
    AbilityConnectionManager viaHost(client.get());
    QCOMPARE(viaHost.sessionManager(), nullptr);
    QCOMPARE(viaHost.localInfo().deviceId, m_a->id()); // the host's device
    QCOMPARE(atB.registerService(u"collab"_s), 0);
    QCOMPARE(viaHost.registerService(u"collab.a"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isClientService(u"collab.a"_s), Timeout);

    // The app asks B to collaborate; B accepts; they talk.
    auto accept = [](AbilityConnectionManager &manager, QSignalSpy &requested) {
        const auto request = requested.constLast().constFirst().value<CollaborationRequest>();
        const int id = manager.createAbilityConnectionSession(request.serviceName, request.peerInfo, request.options);
        return id > 0 && manager.acceptConnect(id, request.token) == 0 ? id : 0;
    };
    QSignalSpy requestedAtB(&atB, &AbilityConnectionManager::collaborationRequested);
    PeerInfo b;
    b.deviceId = m_b->id();
    b.serviceName = u"collab"_s;
    const int toB = viaHost.createAbilityConnectionSession(u"collab.a"_s, b);
    QVERIFY(toB > 0);
    const QFuture<ConnectResult> connecting = viaHost.connect(toB);
    QVERIFY(requestedAtB.wait(Timeout));
    QCOMPARE(requestedAtB.constFirst().constFirst().value<CollaborationRequest>().peerInfo.deviceId, m_a->id());
    const int atBId = accept(atB, requestedAtB);
    QVERIFY(atBId > 0);
    QVERIFY(QTest::qWaitFor([&] { return connecting.isFinished(); }, Timeout));
    QVERIFY(connecting.result().isConnected);
    QSignalSpy textAtB(&atB, &AbilityConnectionManager::messageReceived);
    QSignalSpy dataAtA(&viaHost, &AbilityConnectionManager::dataReceived);
    QCOMPARE(viaHost.sendMessage(toB, u"hello B"_s), 0);
    QVERIFY(textAtB.wait(Timeout));
    QCOMPARE(textAtB.constFirst().at(1).toString(), u"hello B"_s);
    QCOMPARE(atB.sendData(atBId, "bytes for the app"), 0);
    QVERIFY(dataAtA.wait(Timeout));
    QCOMPARE(dataAtA.constFirst().at(1).toByteArray(), "bytes for the app");

    // B asks the app, through the host.
    QSignalSpy requestedAtA(&viaHost, &AbilityConnectionManager::collaborationRequested);
    QSignalSpy connectedAtA(&viaHost, &AbilityConnectionManager::connected);
    PeerInfo a;
    a.deviceId = m_a->id();
    a.serviceName = u"collab.a"_s;
    const int toA = atB.createAbilityConnectionSession(u"collab"_s, a);
    const QFuture<ConnectResult> fromB = atB.connect(toA);
    QVERIFY(requestedAtA.wait(Timeout));
    QVERIFY(accept(viaHost, requestedAtA) > 0);
    QVERIFY(QTest::qWaitFor([&] { return fromB.isFinished(); }, Timeout));
    QVERIFY(fromB.result().isConnected);
    QCOMPARE(connectedAtA.size(), 1);

    // A name the host serves itself is refused there, and given up here.
    m_sessionsA->registerService(u"host.own"_s);
    QSignalSpy refused(&viaHost, &AbilityConnectionManager::serviceRefused);
    QCOMPARE(viaHost.registerService(u"host.own"_s), 0);
    QVERIFY(refused.wait(Timeout));
    QVERIFY(!viaHost.services().contains(u"host.own"_s));
    m_sessionsA->unregisterService(u"host.own"_s);

    // The app going away: B sees it disconnect.
    QSignalSpy disconnectedAtB(&atB, &AbilityConnectionManager::disconnected);
    client->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(disconnectedAtB.size() >= 1, Timeout);
}

void tst_Service::watchersSeeDevicesAndDecidePairings()
{
    auto client = connectClient();
    QVERIFY(client);
    QSignalSpy devices(client.get(), &DeviceServiceClient::devicesChanged);
    client->watchDevices();
    QVERIFY(devices.wait(Timeout));
    auto listed = [&devices](const QString &id) {
        for (const DeviceInfo &device : devices.constLast().constFirst().value<QList<DeviceInfo>>()) {
            if (device.id == id)
                return true;
        }
        return false;
    };
    QVERIFY(listed(m_b->id()));

    // Many changes at once reach a watcher as at most one more list per
    // DevicePushInterval, not one each.
    devices.clear();
    for (int i = 0; i < 100; ++i)
        Q_EMIT m_a->device->devicesChanged();
    QVERIFY(devices.wait(Timeout));
    QVERIFY(!devices.wait(int(ServiceProtocol::DevicePushInterval.count()) * 4));
    QCOMPARE(devices.size(), 1);

    // Unpaired here: told.
    QSignalSpy unpaired(client.get(), &DeviceServiceClient::unpaired);
    QString error;
    QVERIFY2(m_a->device->unpair(m_b->id(), &error), qPrintable(error));
    QVERIFY(unpaired.wait(Timeout));
    QCOMPARE(unpaired.constFirst().at(0).toString(), m_b->id());
    QCOMPARE(unpaired.constFirst().at(1).toBool(), false);

    // B asks to pair: the watcher sees B's code and decides for the host.
    QSignalSpy requested(client.get(), &DeviceServiceClient::pairingRequested);
    QSignalSpy ended(client.get(), &DeviceServiceClient::pairingEnded);
    QString codeAtB;
    connect(m_b->device.get(), &LocalDevice::pairingCodeReady, this,
            [&codeAtB](const QString &, const QString &code) { codeAtB = code; });
    QVERIFY2(m_b->device->requestPairing(m_a->id(), &error), qPrintable(error));
    QVERIFY(requested.wait(Timeout));
    QCOMPARE(requested.constFirst().at(0).toString(), m_b->id());
    QTRY_VERIFY_WITH_TIMEOUT(!codeAtB.isEmpty(), Timeout);
    QCOMPARE(requested.constFirst().at(1).toString(), codeAtB);
    client->decidePairing(m_b->id(), true);
    QVERIFY2(m_b->device->acceptPairing(m_a->id(), &error), qPrintable(error));
    QVERIFY(ended.wait(Timeout));
    QCOMPARE(ended.constFirst().at(0).toString(), m_b->id());
    QCOMPARE(ended.constFirst().at(1).value<PairingOutcome>(), PairingOutcome::Paired);
    QVERIFY(m_a->profile->trustStore()->isTrusted(m_b->id()));
}

void tst_Service::protocolErrorsEndOnlyThatClient_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    auto control = [](QLatin1StringView type, const QCborMap &fields) {
        return Protocol::encodeFrame({Protocol::FrameType::Control, 0, 0, Protocol::encodeControl(type, fields)});
    };
    QCborMap hello;
    hello.insert(ServiceProtocol::VersionField, ServiceProtocol::Version);
    hello.insert(ServiceProtocol::AppField, u"raw"_s);
    const QByteArray greeting = control(ServiceProtocol::Hello, hello);
    QCborMap future = hello;
    future.insert(ServiceProtocol::VersionField, ServiceProtocol::Version + 1);
    QCborMap longName = hello;
    longName.insert(ServiceProtocol::AppField, QString(ServiceProtocol::MaxAppNameBytes + 1, u'a'));

    QTest::newRow("another version")
        << control(ServiceProtocol::Hello, future)
        << u"This Tandem host speaks version %1 of the device service, the app version %2; "
           "use a tandem-cli and apps of the same installation."_s.arg(ServiceProtocol::Version)
               .arg(ServiceProtocol::Version + 1);
    QTest::newRow("app name one byte too long")
        << control(ServiceProtocol::Hello, longName)
        << u"protocol error: field \"app\" is 256 bytes of UTF-8, more than the 255 allowed"_s;
    QTest::newRow("no hello first") << control(ServiceProtocol::Devices, {})
                                    << u"protocol error: the first message must be a hello, not \"devices\""_s;
    QTest::newRow("unknown message") << greeting + control(QLatin1StringView("dance"), {})
                                     << u"protocol error: unknown message \"dance\""_s;
    QTest::newRow("bytes with a request")
        << greeting + control(ServiceProtocol::Devices, QCborMap{{ServiceProtocol::BytesField, 5}})
        << u"protocol error: a \"devices\" does not carry bytes"_s;
    QTest::newRow("answer-transfer with indexes, not a list")
        << greeting
            + control(ServiceProtocol::AnswerTransfer,
                      QCborMap{{ServiceProtocol::TransferField, qint64(ServiceProtocol::FirstIncomingSession)},
                               {ServiceProtocol::AcceptField, true},
                               {ServiceProtocol::IndexesField, 2}})
        << u"protocol error: field \"indexes\" must be a list of at most 100000 indexes"_s;
    QTest::newRow("answer-transfer with a negative index")
        << greeting
            + control(ServiceProtocol::AnswerTransfer,
                      QCborMap{{ServiceProtocol::TransferField, qint64(ServiceProtocol::FirstIncomingSession)},
                               {ServiceProtocol::AcceptField, true},
                               {ServiceProtocol::IndexesField, QCborValue(QCborArray{0, -1})}})
        << u"protocol error: field \"indexes\" must be a list of at most 100000 indexes"_s;
    QTest::newRow("send-files with one path, not a list")
        << greeting
            + control(ServiceProtocol::SendFiles,
                      QCborMap{{ServiceProtocol::TransferField, 1},
                               {ServiceProtocol::DeviceField, u"x"_s},
                               {ServiceProtocol::PathsField, u"/etc/hostname"_s}})
        << u"protocol error: field \"paths\" must be a list of at most 1024 texts"_s;
    QCborArray tooManyPaths;
    for (int i = 0; i <= ServiceProtocol::MaxPathsPerSend; ++i)
        tooManyPaths.append(u"/p"_s);
    QTest::newRow("send-files with one path too many")
        << greeting
            + control(ServiceProtocol::SendFiles,
                      QCborMap{{ServiceProtocol::TransferField, 1},
                               {ServiceProtocol::DeviceField, u"x"_s},
                               {ServiceProtocol::PathsField, QCborValue(tooManyPaths)}})
        << u"protocol error: field \"paths\" must be a list of at most 1024 texts"_s;
    QTest::newRow("send-files with a path one byte too long")
        << greeting
            + control(
                ServiceProtocol::SendFiles,
                QCborMap{{ServiceProtocol::TransferField, 1},
                         {ServiceProtocol::DeviceField, u"x"_s},
                         {ServiceProtocol::PathsField,
                          QCborValue(QCborArray{QString(u"/"_s + QString(ServiceProtocol::MaxPathBytes, u'p'))})}})
        << u"protocol error: field \"paths\" must hold texts of at most 4096 bytes"_s;
    QTest::newRow("send-files numbered as the host numbers")
        << greeting
            + control(ServiceProtocol::SendFiles,
                      QCborMap{{ServiceProtocol::TransferField, qint64(ServiceProtocol::FirstIncomingSession)},
                               {ServiceProtocol::DeviceField, u"x"_s},
                               {ServiceProtocol::PathsField, QCborValue(QCborArray{u"/p"_s})}})
        << u"protocol error: transfer 2147483648 is already running or not one a client numbers"_s;
    QTest::newRow("send-files with fewer names than paths") << greeting
            + control(ServiceProtocol::SendFiles,
                      QCborMap{{ServiceProtocol::TransferField, 1},
                               {ServiceProtocol::DeviceField, u"x"_s},
                               {ServiceProtocol::PathsField, QCborValue(QCborArray{u"/p"_s, u"/q"_s})},
                               {ServiceProtocol::NamesField, QCborValue(QCborArray{u"p"_s})}})
                                                            << u"protocol error: 1 names for 2 paths"_s;
    QTest::newRow("send-files with a tag one byte too long")
        << greeting
            + control(ServiceProtocol::SendFiles,
                      QCborMap{{ServiceProtocol::TransferField, 1},
                               {ServiceProtocol::DeviceField, u"x"_s},
                               {ServiceProtocol::PathsField, QCborValue(QCborArray{u"/p"_s})},
                               {ServiceProtocol::TagField, QString(256, u't')}})
        << u"protocol error: field \"tag\" is 256 bytes of UTF-8, more than the 255 allowed"_s;
    QTest::newRow("an answer to a transfer the client numbers")
        << greeting
            + control(ServiceProtocol::AnswerTransfer,
                      QCborMap{{ServiceProtocol::TransferField, 3}, {ServiceProtocol::AcceptField, true}})
        << u"protocol error: field \"transfer\" is 3, outside 2147483648..4294967295"_s;
    QTest::newRow("an answer to a transfer with a folder one byte too long")
        << greeting
            + control(ServiceProtocol::AnswerTransfer,
                      QCborMap{{ServiceProtocol::TransferField, qint64(ServiceProtocol::FirstIncomingSession)},
                               {ServiceProtocol::AcceptField, true},
                               {ServiceProtocol::FolderField, QString(ServiceProtocol::MaxPathBytes + 1, u'f')}})
        << u"protocol error: field \"folder\" is 4097 bytes of UTF-8, more than the 4096 allowed"_s;
    QTest::newRow("an answer for a session the client numbers")
        << greeting
            + control(ServiceProtocol::Answer,
                      QCborMap{{ServiceProtocol::SessionField, 5}, {ServiceProtocol::AcceptField, true}})
        << u"protocol error: field \"session\" is 5, outside 2147483648..4294967295"_s;
    QTest::newRow("a limit of a kind that does not exist")
        << greeting
            + control(ServiceProtocol::Limit,
                      QCborMap{{ServiceProtocol::SessionField, 1},
                               {ServiceProtocol::KindField, Session::LaneCount},
                               {ServiceProtocol::MostField, 10}})
        << u"protocol error: field \"kind\" is %1, outside 0..%2"_s.arg(Session::LaneCount).arg(Session::LaneCount - 1);
    QTest::newRow("a pairing decision without a device")
        << greeting + control(ServiceProtocol::PairingDecision, QCborMap{{ServiceProtocol::AcceptField, true}})
        << u"protocol error: field \"device\" is missing"_s;
    QTest::newRow("unpair without a device")
        << greeting + control(ServiceProtocol::Unpair, QCborMap{{ServiceProtocol::RequestField, 1}})
        << u"protocol error: field \"device\" is missing"_s;
    QTest::newRow("pair of a number") << greeting
            + control(ServiceProtocol::Pair,
                      QCborMap{{ServiceProtocol::RequestField, 1}, {ServiceProtocol::DeviceField, 7}})
                                      << u"protocol error: field \"device\" must be text"_s;
    QTest::newRow("pairing answer that is not yes or no")
        << greeting
            + control(ServiceProtocol::PairingAnswer,
                      QCborMap{{ServiceProtocol::RequestField, 1}, {ServiceProtocol::AcceptField, u"yes"_s}})
        << u"protocol error: field \"accept\" must be true or false"_s;
    QTest::newRow("a consumed of no number") << greeting
            + control(ServiceProtocol::Consumed,
                      QCborMap{{ServiceProtocol::SessionField, 1}, {ServiceProtocol::KindField, 0}})
                                             << u"protocol error: field \"sequence\" is missing"_s;
    QTest::newRow("an adoption with one lane")
        << greeting
            + control(ServiceProtocol::Adopt,
                      QCborMap{{ServiceProtocol::SessionField, 1},
                               {ServiceProtocol::DeviceField, u"x"_s},
                               {ServiceProtocol::ServiceField, u"s"_s},
                               {ServiceProtocol::StreamField, 3},
                               {ServiceProtocol::OutgoingField, true},
                               {ServiceProtocol::LanesField, QCborArray{QCborArray{1, 0}}}})
        << u"protocol error: field \"lanes\" must be a list of 2 pairs of numbers"_s;
    QTest::newRow("an adoption with a negative number")
        << greeting
            + control(ServiceProtocol::Adopt,
                      QCborMap{{ServiceProtocol::SessionField, 1},
                               {ServiceProtocol::DeviceField, u"x"_s},
                               {ServiceProtocol::ServiceField, u"s"_s},
                               {ServiceProtocol::StreamField, 3},
                               {ServiceProtocol::OutgoingField, true},
                               {ServiceProtocol::LanesField, QCborArray{QCborArray{1, 0}, QCborArray{1, -1}}}})
        << u"protocol error: field \"lanes\" must be a list of 2 pairs of numbers"_s;
    QTest::newRow("frame over the bound")
        << greeting + QByteArray::fromHex("7fffffff000000000000")
        << u"protocol error: frame of 2147483641 bytes exceeds the 262144-byte limit"_s;
    QTest::newRow("bytes without a message") << greeting + Protocol::encodeFrame({Protocol::FrameType::Data, 0, 1, "x"})
                                             << u"protocol error: a frame that is neither a message nor its bytes"_s;
}

void tst_Service::protocolErrorsEndOnlyThatClient()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    auto bystander = connectClient();
    QVERIFY(bystander);
    RawClient raw(m_host->socketPath());
    QVERIFY(raw.isConnected());
    raw.socket().write(bytes);
    const auto error = raw.waitFor(ServiceProtocol::Error);
    QVERIFY(error);
    QCOMPARE(error->fields.value(ServiceProtocol::MessageField).toString(), reason);
    QVERIFY(raw.waitForDisconnect());
    QTRY_COMPARE_WITH_TIMEOUT(m_host->clientCount(), 1, Timeout);
    QVERIFY(bystander->isReady());
    acceptOnB();
    const auto [session, atB] = openToB(*bystander);
    QVERIFY(session);
}

QTEST_GUILESS_MAIN(tst_Service)
#include "tst_service.moc"
