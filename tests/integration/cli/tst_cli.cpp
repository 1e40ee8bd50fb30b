#include "../../common/rawserviceclient.h"
#include "../../common/testpeers.h"
#include <Tandem/landiscovery.h>

#include <Tandem/deviceserviceclient.h>
#include <Tandem/servicesession.h>
#include <Tandem/servicetransfer.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// Waits for `process` to end while the event loop runs: a blocking
// waitForFinished() would leave every other process's pipes undrained (a
// serve that logs more than a pipe holds would stop, and with it the host a
// command under test talks to) and in-process devices unserved.
bool finishes(QProcess &process, int timeoutMs)
{
    return QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
}

// A running `tandem-cli serve`, read line by line as JSON events.
class Server
{
public:
    Server(const QString &profile, const QStringList &common, const QStringList &extra)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(TANDEM_CLI_PATH),
                        QStringList{QStringLiteral("--profile"), profile} + common
                            + QStringList{QStringLiteral("--json"), QStringLiteral("serve")} + extra);
    }
    ~Server()
    {
        // A failed test says what each device it ran said.
        if (QTest::currentTestFailed())
            qWarning("serve %s said on stderr: %s", qPrintable(m_process.arguments().value(1)),
                     m_process.readAllStandardError().constData());
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits for the next event whose "event" is `name`.
    QJsonObject waitFor(const QString &name, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QJsonObject event = QJsonDocument::fromJson(m_process.readLine()).object();
                m_seen.append(event);
                if (event.value(u"event").toString() == name)
                    return event;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            // Runs the event loop, so that in-process devices keep working.
            (void)QTest::qWaitFor(
                [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; }, 200);
        }
        qWarning("no \"%s\" event; stderr: %s", qPrintable(name), m_process.readAllStandardError().constData());
        return {};
    }
    QProcess &process() { return m_process; }
    // Every event read so far.
    const QList<QJsonObject> &seen() const { return m_seen; }

private:
    QProcess m_process;
    QList<QJsonObject> m_seen;
};

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QString &profile, const QStringList &common, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TANDEM_CLI_PATH), QStringList{QStringLiteral("--profile"), profile} + common + args);
    Result r;
    const bool finished = finishes(p, 60000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = !finished ? -1 : p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (!finished)
        r.err.prepend("(still running after 60 s, killed; stdout: " + r.out + ") ");
    return r;
}

// This process as the peer B of a serve: redials at once, pairs with the
// serve and accepts the sessions it opens to Service, keeping what arrives.
struct ChatPeer
{
    static constexpr QLatin1StringView Service{"chat"};

    explicit ChatPeer(quint16 discoveryPort)
        : peer(QStringLiteral("In-process B"), quickRedials(discoveryPort))
    { }
    // False, with the test failed, when it could not pair.
    bool start(const QString &serveId)
    {
        if (!peer.start())
            return false;
        if (!QTest::qWaitFor([&] { return peer.device->device(serveId) && peer.device->device(serveId)->reachable; },
                             20000)) {
            qWarning("the serve was never found");
            return false;
        }
        TandemTest::pairWithAcceptingDevice(peer, serveId);
        if (QTest::currentTestFailed())
            return false;
        sessions = std::make_unique<Tandem::SessionManager>(peer.device.get(), Tandem::SessionManager::Options());
        sessions->registerService(Service);
        QObject::connect(sessions.get(), &Tandem::SessionManager::incomingSession, sessions.get(),
                         [this](Tandem::Session *incoming) {
                             session = incoming;
                             QObject::connect(incoming, &Tandem::Session::messageReceived, incoming,
                                              [this](const QString &, Tandem::Session::Kind, const QByteArray &text) {
                                                  heard << QString::fromUtf8(text);
                                              });
                             incoming->accept();
                         });
        return true;
    }
    static Tandem::LocalDevice::Options quickRedials(quint16 discoveryPort)
    {
        Tandem::LocalDevice::Options options = TandemTest::loopbackOptions(discoveryPort);
        options.reconnectInitialDelay = std::chrono::milliseconds(10);
        options.reconnectMaxDelay = std::chrono::milliseconds(200);
        return options;
    }

    TandemTest::Peer peer;
    std::unique_ptr<Tandem::SessionManager> sessions;
    Tandem::Session *session = nullptr;
    QStringList heard;
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void idPrintsIdAndName();
    void pairsTwoProfilesOnOneMachine();
    void pairAsksOnStdin_data();
    void pairAsksOnStdin();
    void serveWithoutAcceptPairingRefuses();
    void unknownDeviceIsAUsageError();
    void sendTextReachesServeInOrder();
    void sendTextCountDeliversEveryMessageOnceInOrder();
    void sendTextCountReportsWhatTheVanishedPeerMissed();
    void sendTextToAPeerNotAcceptingSessionsIsRefused();
    void sendTextToAnUnknownDeviceIsAUsageError();
    void sendTextGoesThroughTheProfilesHost();
    void unpairAndPairGoThroughTheProfilesHost();
    void serveReportsBytesFromAnInProcessPeer();
    void badArgumentsAreClearErrors_data();
    void badArgumentsAreClearErrors();
    void aCrashLeavesAStackInTheLog();
    void aSecondDeviceOnOneProfileIsRefused();
    void serveStopsCleanlyWhenAskedTo_data();
    void serveStopsCleanlyWhenAskedTo();
    void sessionsSurviveTheHostKilledAndRestarted();
    void aMessageTheDeadHostHeldIsSentAgain();
    void filesTheDeadHostWasOfferingAreOfferedAgain();

private:
    // Pairs profile `b` with the running server named `serverName` through
    // the CLI, and returns b's id.
    QString pairWithServer(const QString &b, Server &server, const QString &serverName);
    QStringList common() const
    {
        return {QStringLiteral("--port"),           QStringLiteral("0"),
                QStringLiteral("--discovery-port"), QString::number(m_discoveryPort),
                QStringLiteral("--interface"),      Tandem::LanDiscovery::loopbackInterface()};
    }
    quint16 m_discoveryPort = 0;
};

void tst_Cli::init()
{
    m_discoveryPort = TandemTest::freeUdpPort();
}

void tst_Cli::idPrintsIdAndName()
{
    QTemporaryDir profile;
    const Result r
        = runCli(profile.path(), common(),
                 {QStringLiteral("--name"), QStringLiteral("Box"), QStringLiteral("--json"), QStringLiteral("id")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject id = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(id.value(u"name").toString(), QStringLiteral("Box"));
    QCOMPARE(id.value(u"id").toString().size(), 64);
    // Stable: the same profile gives the same id.
    const Result again = runCli(profile.path(), common(), {QStringLiteral("--json"), QStringLiteral("id")});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"id"), id.value(u"id"));
}

void tst_Cli::pairsTwoProfilesOnOneMachine()
{
    QTemporaryDir profileA, profileB;
    Server a(profileA.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server A")},
             {QStringLiteral("--accept-pairing")});
    const QJsonObject listening = a.waitFor(QStringLiteral("listening"));
    const QString idA = listening.value(u"id").toString();
    QCOMPARE(idA.size(), 64);
    // Loopback only: no radio either, and serve says so.
    const QJsonObject bluetooth = a.waitFor(QStringLiteral("bluetooth"));
    QCOMPARE(bluetooth.value(u"state").toString(), QStringLiteral("disabled"));
    QVERIFY(!bluetooth.value(u"reason").toString().isEmpty());

    // B sees A.
    const Result devices
        = runCli(profileB.path(), common(),
                 {QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("--wait"), QStringLiteral("2")});
    QCOMPARE(devices.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(devices.out).array();
    QVERIFY2(std::any_of(list.begin(), list.end(),
                         [&](const QJsonValue &v) {
                             const QJsonObject o = v.toObject();
                             return o.value(u"id").toString() == idA && o.value(u"reachable").toBool()
                                 && !o.value(u"paired").toBool()
                                 && o.value(u"transports").toArray().contains(QJsonValue(QStringLiteral("lan")));
                         }),
             devices.out.constData());

    // B pairs with A by name; A accepts because of --accept-pairing.
    const Result paired = runCli(
        profileB.path(), common(),
        {QStringLiteral("--json"), QStringLiteral("pair"), QStringLiteral("Server A"), QStringLiteral("--yes")});
    QVERIFY2(paired.exitCode == 0, paired.err.constData());
    QVERIFY(paired.out.contains("\"event\":\"code\""));
    QVERIFY(paired.out.contains("\"event\":\"paired\""));
    const QJsonObject codeAtA = a.waitFor(QStringLiteral("pairing-code"));
    QVERIFY(codeAtA.value(u"incoming").toBool());
    // Both sides showed the same code.
    const QJsonObject codeAtB = QJsonDocument::fromJson(paired.out.split('\n').constFirst()).object();
    QCOMPARE(codeAtB.value(u"code").toString(), codeAtA.value(u"code").toString());
    a.waitFor(QStringLiteral("paired"));

    const Result trusted = runCli(profileB.path(), common(), {QStringLiteral("--json"), QStringLiteral("trusted")});
    QCOMPARE(trusted.exitCode, 0);
    const QJsonArray trustedList = QJsonDocument::fromJson(trusted.out).array();
    QCOMPARE(trustedList.size(), 1);
    QCOMPARE(trustedList.at(0).toObject().value(u"id").toString(), idA);

    // Unpair from B: A is told at once.
    const Result unpaired
        = runCli(profileB.path(), common(), {QStringLiteral("--json"), QStringLiteral("unpair"), idA.left(8)});
    QVERIFY2(unpaired.exitCode == 0, unpaired.err.constData());
    QVERIFY(unpaired.out.contains("\"peerNotified\":true"));
    const QJsonObject unpairedAtA = a.waitFor(QStringLiteral("unpaired"));
    QVERIFY(unpairedAtA.value(u"byPeer").toBool());

    // SIGTERM ends serve cleanly.
    ::kill(pid_t(a.process().processId()), SIGTERM);
    QVERIFY(finishes(a.process(), 10000));
    QCOMPARE(a.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(a.process().exitCode(), 0);
}

void tst_Cli::pairAsksOnStdin_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("throughHost");
    QTest::newRow("yes") << QByteArray("y\n") << 0 << false;
    QTest::newRow("no") << QByteArray("n\n") << 3 << false;
    QTest::newRow("end of input") << QByteArray() << 3 << false;
    // B's profile served: the host's device asks, this command still asks its user.
    QTest::newRow("yes, through the host") << QByteArray("y\n") << 0 << true;
    QTest::newRow("no, through the host") << QByteArray("n\n") << 3 << true;
}

// Without --yes, pair asks whether the codes match and reads the answer on
// a thread of its own (the `threads` label runs this under TSan).
void tst_Cli::pairAsksOnStdin()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(bool, throughHost);
    QTemporaryDir profileA, profileB;
    Server a(profileA.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server A")},
             {QStringLiteral("--accept-pairing")});
    a.waitFor(QStringLiteral("listening"));
    std::unique_ptr<Server> hostB;
    if (throughHost) {
        hostB = std::make_unique<Server>(profileB.path(), common(), QStringList());
        hostB->waitFor(QStringLiteral("listening"));
    }
    QProcess pair;
    pair.start(QStringLiteral(TANDEM_CLI_PATH),
               QStringList{QStringLiteral("--profile"), profileB.path()} + common()
                   + QStringList{QStringLiteral("pair"), QStringLiteral("Server A")});
    QVERIFY(pair.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += pair.readAllStandardOutput()).contains("show the same code? [y/N]"), 20000);
    pair.write(answer);
    pair.closeWriteChannel();
    QVERIFY(finishes(pair, 20000));
    QCOMPARE(pair.exitCode(), exitCode);
    const QByteArray err = pair.readAllStandardError();
    QVERIFY2(err.contains("No Tandem host") != throughHost, err.constData());
    const Result trusted = runCli(profileB.path(), common(), {QStringLiteral("--json"), QStringLiteral("trusted")});
    QCOMPARE(QJsonDocument::fromJson(trusted.out).array().size(), exitCode == 0 ? 1 : 0);
}

void tst_Cli::serveWithoutAcceptPairingRefuses()
{
    QTemporaryDir profileA, profileB;
    Server a(profileA.path(), common(), {});
    const QString idA = a.waitFor(QStringLiteral("listening")).value(u"id").toString();
    const Result r = runCli(
        profileB.path(), common(),
        {QStringLiteral("pair"), idA, QStringLiteral("--yes"), QStringLiteral("--wait"), QStringLiteral("10")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("not accepting pairing requests"), r.err.constData());
}

void tst_Cli::unknownDeviceIsAUsageError()
{
    QTemporaryDir profile;
    const Result r
        = runCli(profile.path(), common(),
                 {QStringLiteral("pair"), QStringLiteral("nobody"), QStringLiteral("--wait"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No device matches \"nobody\""), r.err.constData());
}

QString tst_Cli::pairWithServer(const QString &b, Server &server, const QString &serverName)
{
    const Result paired
        = runCli(b, common(), {QStringLiteral("--json"), QStringLiteral("pair"), serverName, QStringLiteral("--yes")});
    if (paired.exitCode != 0) {
        qWarning("pairing failed: %s", paired.err.constData());
        return {};
    }
    server.waitFor(QStringLiteral("paired"));
    return QJsonDocument::fromJson(runCli(b, common(), {QStringLiteral("--json"), QStringLiteral("id")}).out)
        .object()
        .value(u"id")
        .toString();
}

void tst_Cli::sendTextReachesServeInOrder()
{
    QTemporaryDir profileA, profileB;
    const QString longService(Tandem::Session::MaxServiceNameBytes, u's');
    const QString longChannel(Tandem::Session::MaxChannelNameBytes, u'c');
    Server a(profileA.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server A")},
             {QStringLiteral("--accept-pairing"), QStringLiteral("--accept-sessions"), QStringLiteral("--service"),
              longService});
    const QString idA = a.waitFor(QStringLiteral("listening")).value(u"id").toString();
    const QString idB = pairWithServer(profileB.path(), a, QStringLiteral("Server A"));
    QCOMPARE(idB.size(), 64);

    struct Sent
    {
        QStringList args;
        QString channel;
        QString text;
        QString service;
    };
    const QList<Sent> sends = {
        {{QStringLiteral("Server A"), QStringLiteral("first"), QStringLiteral("--channel"), QStringLiteral("chat")},
         QStringLiteral("chat"),
         QStringLiteral("first"),
         QStringLiteral("tandem.text")},
        // A channel name of exactly the limit, a device by id prefix, and
        // text that is not ASCII.
        {{idA.left(8), QStringLiteral("zweite Nachricht \u00fc\u4e2d"), QStringLiteral("--channel"), longChannel},
         longChannel,
         QStringLiteral("zweite Nachricht \u00fc\u4e2d"),
         QStringLiteral("tandem.text")},
        // An empty text on the default channel is a message too, here to a
        // service name of exactly the limit.
        {{QStringLiteral("Server A"), QString(), QStringLiteral("--service"), longService},
         QString(),
         QString(),
         longService},
    };
    for (const Sent &sent : sends) {
        const Result r = runCli(profileB.path(), common(),
                                QStringList{QStringLiteral("--json"), QStringLiteral("send-text")} + sent.args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject delivered = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(delivered.value(u"event").toString(), QStringLiteral("delivered"));
        QCOMPARE(delivered.value(u"to").toString(), idA);
        QCOMPARE(delivered.value(u"channel").toString(), sent.channel);

        const QJsonObject opened = a.waitFor(QStringLiteral("session-opened"));
        QCOMPARE(opened.value(u"from").toString(), idB);
        QCOMPARE(opened.value(u"service").toString(), sent.service);
        const QJsonObject message = a.waitFor(QStringLiteral("message"));
        QCOMPARE(message.value(u"from").toString(), idB);
        QCOMPARE(message.value(u"session"), opened.value(u"session"));
        QCOMPARE(message.value(u"channel").toString(), sent.channel);
        QCOMPARE(message.value(u"text").toString(), sent.text);
        // send-text closes its session once delivered.
        const QJsonObject closed = a.waitFor(QStringLiteral("session-closed"));
        QCOMPARE(closed.value(u"session"), opened.value(u"session"));
        QCOMPARE(closed.value(u"reason").toString(), QStringLiteral("peer-closed"));
    }
}

void tst_Cli::sendTextCountDeliversEveryMessageOnceInOrder()
{
    QTemporaryDir profileA, profileB;
    Server a(profileA.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server A")},
             {QStringLiteral("--accept-pairing"), QStringLiteral("--accept-sessions")});
    const QString idA = a.waitFor(QStringLiteral("listening")).value(u"id").toString();
    pairWithServer(profileB.path(), a, QStringLiteral("Server A"));

    // More than the session's queue holds (1000), so the sender must pace.
    // The server's output is read meanwhile: a full pipe would stall it.
    constexpr int count = 2500;
    QProcess sender;
    sender.start(QStringLiteral(TANDEM_CLI_PATH),
                 QStringList{QStringLiteral("--profile"), profileB.path()} + common()
                     + QStringList{QStringLiteral("--json"), QStringLiteral("send-text"), QStringLiteral("Server A"),
                                   QStringLiteral("n"), QStringLiteral("--count"), QString::number(count)});
    for (int i = 1; i <= count; ++i) {
        const QJsonObject message = a.waitFor(QStringLiteral("message"));
        QCOMPARE(message.value(u"text").toString(), QStringLiteral("n %1").arg(i));
    }
    QVERIFY(finishes(sender, 30000));
    QVERIFY2(sender.exitCode() == 0, sender.readAllStandardError().constData());
    const QJsonObject delivered = QJsonDocument::fromJson(sender.readAllStandardOutput()).object();
    QCOMPARE(delivered.value(u"event").toString(), QStringLiteral("delivered"));
    QCOMPARE(delivered.value(u"to").toString(), idA);
    QCOMPARE(delivered.value(u"messages").toInt(), count);
    QCOMPARE(a.waitFor(QStringLiteral("session-closed")).value(u"reason").toString(), QStringLiteral("peer-closed"));
}

void tst_Cli::sendTextCountReportsWhatTheVanishedPeerMissed()
{
    QTemporaryDir profileA, profileB;
    auto a = std::make_unique<Server>(
        profileA.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server A")},
        QStringList{QStringLiteral("--accept-pairing"), QStringLiteral("--accept-sessions")});
    a->waitFor(QStringLiteral("listening"));
    pairWithServer(profileB.path(), *a, QStringLiteral("Server A"));

    constexpr int count = 200000;
    QProcess sender;
    sender.start(QStringLiteral(TANDEM_CLI_PATH),
                 QStringList{QStringLiteral("--profile"), profileB.path()} + common()
                     + QStringList{QStringLiteral("--json"), QStringLiteral("--resume-timeout"), QStringLiteral("1"),
                                   QStringLiteral("send-text"), QStringLiteral("Server A"), QStringLiteral("n"),
                                   QStringLiteral("--count"), QString::number(count), QStringLiteral("--wait"),
                                   QStringLiteral("60")});
    // The receiver goes away for good mid-stream, without a goodbye.
    QVERIFY(!a->waitFor(QStringLiteral("message")).isEmpty());
    ::kill(pid_t(a->process().processId()), SIGKILL);
    a.reset();

    QVERIFY(finishes(sender, 60000));
    QCOMPARE(sender.exitCode(), 1);
    QJsonObject undelivered, closed;
    const QList<QByteArray> lines = sender.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(u"event").toString() == u"undelivered")
            undelivered = event;
        else if (event.value(u"event").toString() == u"session-closed")
            closed = event;
    }
    QCOMPARE(closed.value(u"reason").toString(), QStringLiteral("network-disconnected"));
    // Everything from the first unconfirmed message to the last is reported.
    const int first = undelivered.value(u"first").toInt();
    QVERIFY2(first >= 1 && first <= count, qPrintable(QString::number(first)));
    QCOMPARE(undelivered.value(u"last").toInt(), count);
    QCOMPARE(undelivered.value(u"messages").toInt(), count - first + 1);
    QVERIFY(QString::fromUtf8(sender.readAllStandardError()).contains(u"ended before delivery (network-disconnected)"));
}

void tst_Cli::sendTextToAPeerNotAcceptingSessionsIsRefused()
{
    QTemporaryDir profileA, profileB;
    Server a(profileA.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server A")},
             {QStringLiteral("--accept-pairing")});
    const QString idA = a.waitFor(QStringLiteral("listening")).value(u"id").toString();
    const QString idB = pairWithServer(profileB.path(), a, QStringLiteral("Server A"));
    QCOMPARE(idB.size(), 64);

    const Result refused = runCli(profileB.path(), common(),
                                  {QStringLiteral("send-text"), QStringLiteral("Server A"), QStringLiteral("hi")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("refused the session: This device is not accepting sessions."),
             refused.err.constData());
    const QJsonObject rejected = a.waitFor(QStringLiteral("session-rejected"));
    QCOMPARE(rejected.value(u"from").toString(), idB);
    QCOMPARE(rejected.value(u"service").toString(), QStringLiteral("tandem.text"));

    // Once the server is gone, a send gives up after --wait and says why.
    ::kill(pid_t(a.process().processId()), SIGTERM);
    QVERIFY(finishes(a.process(), 10000));
    const Result timedOut = runCli(
        profileB.path(), common(),
        {QStringLiteral("send-text"), idA, QStringLiteral("hi"), QStringLiteral("--wait"), QStringLiteral("1")});
    QCOMPARE(timedOut.exitCode, 4);
    QVERIFY2(timedOut.err.contains("did not come online within 1 s"), timedOut.err.constData());

    // Interrupted while waiting: a clear error, not a silent kill.
    QProcess waiting;
    waiting.start(QStringLiteral(TANDEM_CLI_PATH),
                  QStringList{QStringLiteral("--profile"), profileB.path()} + common()
                      + QStringList{QStringLiteral("send-text"), idA, QStringLiteral("hi"), QStringLiteral("--wait"),
                                    QStringLiteral("60")});
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += waiting.readAllStandardOutput()).contains("Sending to"),
                              QByteArray(said + waiting.readAllStandardError()).constData(), 20000);
    ::kill(pid_t(waiting.processId()), SIGTERM);
    QVERIFY(finishes(waiting, 10000));
    QCOMPARE(waiting.exitStatus(), QProcess::NormalExit);
    QCOMPARE(waiting.exitCode(), 1);
    QVERIFY(waiting.readAllStandardError().contains("interrupted before delivery was confirmed"));
}

void tst_Cli::sendTextToAnUnknownDeviceIsAUsageError()
{
    QTemporaryDir profile;
    const Result r = runCli(profile.path(), common(),
                            {QStringLiteral("send-text"), QStringLiteral("nobody"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No device matches \"nobody\""), r.err.constData());
    QVERIFY2(r.err.contains("paired device"), r.err.constData());
    // No host runs for this profile, and the command says what it does
    // instead, in one line.
    QVERIFY2(r.err.startsWith("tandem-cli: No Tandem host is running for this profile; starting this device for "
                              "this command.\n"),
             r.err.constData());
}

// Issue 16: with `serve` running for a profile, `send-text` on that profile
// used to start the same device a second time, and the peer dropped the
// serve's link for the newer one. Now it goes through the serve, as its
// client: the peer sees one link throughout and gets the text once.
void tst_Cli::sendTextGoesThroughTheProfilesHost()
{
    QTemporaryDir profileA, profileB;
    Server b(profileB.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server B")},
             {QStringLiteral("--accept-pairing"), QStringLiteral("--accept-sessions")});
    const QString idB = b.waitFor(QStringLiteral("listening")).value(u"id").toString();
    // Paired before A's host starts: pair does not go through a host yet.
    const Result paired = runCli(profileA.path(), common(),
                                 {QStringLiteral("--name"), QStringLiteral("Server A"), QStringLiteral("--json"),
                                  QStringLiteral("pair"), QStringLiteral("Server B"), QStringLiteral("--yes")});
    QVERIFY2(paired.exitCode == 0, paired.err.constData());
    b.waitFor(QStringLiteral("paired"));
    const Result trustedEmbedded
        = runCli(profileA.path(), common(), {QStringLiteral("--json"), QStringLiteral("trusted")});
    QCOMPARE(trustedEmbedded.exitCode, 0);
    QVERIFY2(trustedEmbedded.err.contains("No Tandem host is running for this profile; reading the profile for this "
                                          "command."),
             trustedEmbedded.err.constData());

    Server a(profileA.path(), common(), {QStringLiteral("--accept-pairing"), QStringLiteral("--accept-sessions")});
    const QJsonObject listening = a.waitFor(QStringLiteral("listening"));
    const QString idA = listening.value(u"id").toString();
    QVERIFY(!listening.value(u"service").toString().isEmpty());
    QCOMPARE(a.waitFor(QStringLiteral("connected")).value(u"id").toString(), idB);
    // B's events from here on must not show A's link going.
    QJsonObject connectedAtB;
    do {
        connectedAtB = b.waitFor(QStringLiteral("connected"));
    } while (!connectedAtB.isEmpty() && connectedAtB.value(u"id").toString() != idA);
    QVERIFY(!connectedAtB.isEmpty());
    const qsizetype linkedAt = b.seen().size();

    const Result sent = runCli(
        profileA.path(), common(),
        {QStringLiteral("--json"), QStringLiteral("send-text"), QStringLiteral("Server B"), QStringLiteral("hi")});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    // Through the host: no device started here, so nothing said about it.
    QVERIFY2(sent.err.isEmpty(), sent.err.constData());
    const QJsonObject delivered = QJsonDocument::fromJson(sent.out).object();
    QCOMPARE(delivered.value(u"event").toString(), QStringLiteral("delivered"));
    QCOMPARE(delivered.value(u"to").toString(), idB);
    // The same fields as when the command is the device itself.
    QCOMPARE(delivered.keys(),
             (QStringList{QStringLiteral("bytes"), QStringLiteral("channel"), QStringLiteral("event"),
                          QStringLiteral("messages"), QStringLiteral("session"), QStringLiteral("to")}));
    const QJsonObject message = b.waitFor(QStringLiteral("message"));
    QCOMPARE(message.value(u"from").toString(), idA);
    QCOMPARE(message.value(u"text").toString(), QStringLiteral("hi"));
    QCOMPARE(message.value(u"session"), delivered.value(u"session"));
    QCOMPARE(b.waitFor(QStringLiteral("session-closed")).value(u"reason").toString(), QStringLiteral("peer-closed"));

    // The other commands that go through the host: the same output.
    const Result trusted = runCli(profileA.path(), common(), {QStringLiteral("--json"), QStringLiteral("trusted")});
    QCOMPARE(trusted.exitCode, 0);
    QVERIFY2(trusted.err.isEmpty(), trusted.err.constData());
    QCOMPARE(trusted.out, trustedEmbedded.out);
    const Result devices = runCli(profileA.path(), common(), {QStringLiteral("--json"), QStringLiteral("devices")});
    QCOMPARE(devices.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(devices.out).array();
    QVERIFY2(std::any_of(list.begin(), list.end(),
                         [&](const QJsonValue &v) {
                             const QJsonObject o = v.toObject();
                             return o.value(u"id").toString() == idB && o.value(u"paired").toBool()
                                 && o.value(u"connected").toBool();
                         }),
             devices.out.constData());

    // A second message after all that: it is the next B hears, so B heard
    // "hi" once.
    const Result again
        = runCli(profileA.path(), common(),
                 {QStringLiteral("--json"), QStringLiteral("send-text"), idB.left(8), QStringLiteral("again")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(b.waitFor(QStringLiteral("message")).value(u"text").toString(), QStringLiteral("again"));
    int his = 0;
    for (qsizetype i = linkedAt; i < b.seen().size(); ++i) {
        const QJsonObject &event = b.seen().at(i);
        QVERIFY2(event.value(u"event").toString() != u"disconnected",
                 QJsonDocument(event).toJson(QJsonDocument::Compact).constData());
        his += event.value(u"text").toString() == u"hi";
    }
    QCOMPARE(his, 1);

    // `id` answers from the host's hello, without opening the profile.
    const Result id = runCli(profileA.path(), common(), {QStringLiteral("--json"), QStringLiteral("id")});
    QCOMPARE(id.exitCode, 0);
    QVERIFY2(id.err.isEmpty(), id.err.constData());
    QCOMPARE(QJsonDocument::fromJson(id.out).object().value(u"id").toString(), idA);

    // Another serve on A's profile would be A a second time: the profile's
    // lock refuses it, naming the host.
    const Result second = runCli(profileA.path(), common(), {QStringLiteral("serve")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("in use by tandem-cli (pid %1)").arg(a.process().processId()).toUtf8()),
             second.err.constData());

    ::kill(pid_t(b.process().processId()), SIGTERM);
    QVERIFY(finishes(b.process(), 10000));
    const QByteArray logB = b.process().readAllStandardError() + b.process().readAllStandardOutput();
    // Neither "replaced by a newer link" nor by another transport's.
    QVERIFY2(!logB.contains("replaced by a"), logB.constData());
}

// The profile's host holds the profile (its lock), so `unpair` and `pair`
// on it used to fail "in use"; now they go through the host as its client,
// and print what they print as the device itself.
void tst_Cli::unpairAndPairGoThroughTheProfilesHost()
{
    QTemporaryDir profileA, profileB;
    Server b(profileB.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Server B")},
             {QStringLiteral("--accept-pairing")});
    const QString idB = b.waitFor(QStringLiteral("listening")).value(u"id").toString();
    // Paired as the device first: the output to compare with.
    const Result pairedEmbedded
        = runCli(profileA.path(), common(),
                 {QStringLiteral("--name"), QStringLiteral("Server A"), QStringLiteral("--json"),
                  QStringLiteral("pair"), QStringLiteral("Server B"), QStringLiteral("--yes")});
    QVERIFY2(pairedEmbedded.exitCode == 0, pairedEmbedded.err.constData());
    b.waitFor(QStringLiteral("paired"));

    // Without --accept-pairing: a pairing a client asks for is its user's to
    // decide, not the serve's.
    Server a(profileA.path(), common(), {});
    const QString idA = a.waitFor(QStringLiteral("listening")).value(u"id").toString();
    QCOMPARE(a.waitFor(QStringLiteral("connected")).value(u"id").toString(), idB);

    const Result unpaired = runCli(profileA.path(), common(),
                                   {QStringLiteral("--json"), QStringLiteral("unpair"), QStringLiteral("Server B")});
    QVERIFY2(unpaired.exitCode == 0, unpaired.err.constData());
    // Through the host: no "No Tandem host", nor anything else.
    QVERIFY2(unpaired.err.isEmpty(), unpaired.err.constData());
    const QJsonObject unpairedJson = QJsonDocument::fromJson(unpaired.out).object();
    QCOMPARE(unpairedJson.value(u"event").toString(), QStringLiteral("unpaired"));
    QCOMPARE(unpairedJson.value(u"id").toString(), idB);
    // B was linked to the host, and answered.
    QCOMPARE(unpairedJson.value(u"peerNotified").toBool(), true);
    QCOMPARE(unpairedJson.keys(),
             (QStringList{QStringLiteral("event"), QStringLiteral("id"), QStringLiteral("peerNotified")}));
    const QJsonObject unpairedAtB = b.waitFor(QStringLiteral("unpaired"));
    QCOMPARE(unpairedAtB.value(u"id").toString(), idA);
    QVERIFY(unpairedAtB.value(u"byPeer").toBool());
    const Result trustedAfterUnpair
        = runCli(profileA.path(), common(), {QStringLiteral("--json"), QStringLiteral("trusted")});
    QCOMPARE(trustedAfterUnpair.exitCode, 0);
    QVERIFY2(trustedAfterUnpair.err.isEmpty(), trustedAfterUnpair.err.constData());
    QCOMPARE(QJsonDocument::fromJson(trustedAfterUnpair.out).array().size(), 0);

    // And paired again, through the host: the code is this command's to
    // confirm (--yes), and B accepts.
    const Result paired
        = runCli(profileA.path(), common(),
                 {QStringLiteral("--json"), QStringLiteral("pair"), idB.left(8), QStringLiteral("--yes")});
    QVERIFY2(paired.exitCode == 0, paired.err.constData());
    QVERIFY2(!paired.err.contains("No Tandem host"), paired.err.constData());
    // The same events, with the same fields, as the device itself printed.
    const QList<QByteArray> lines = paired.out.trimmed().split('\n');
    const QList<QByteArray> embeddedLines = pairedEmbedded.out.trimmed().split('\n');
    QCOMPARE(lines.size(), embeddedLines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        const QJsonObject embedded = QJsonDocument::fromJson(embeddedLines.at(i)).object();
        QCOMPARE(line.keys(), embedded.keys());
        QCOMPARE(line.value(u"event"), embedded.value(u"event"));
        QCOMPARE(line.value(u"id").toString(), idB);
    }
    const QJsonObject codeAtB = b.waitFor(QStringLiteral("pairing-code"));
    QCOMPARE(codeAtB.value(u"code"), QJsonDocument::fromJson(lines.constFirst()).object().value(u"code"));
    QCOMPARE(b.waitFor(QStringLiteral("paired")).value(u"id").toString(), idA);
    const Result trusted = runCli(profileA.path(), common(), {QStringLiteral("--json"), QStringLiteral("trusted")});
    QCOMPARE(trusted.exitCode, 0);
    QVERIFY2(trusted.err.isEmpty(), trusted.err.constData());
    const QJsonArray trustedList = QJsonDocument::fromJson(trusted.out).array();
    QCOMPARE(trustedList.size(), 1);
    QCOMPARE(trustedList.at(0).toObject().value(u"id").toString(), idB);
}

void tst_Cli::serveReportsBytesFromAnInProcessPeer()
{
    QTemporaryDir profileA;
    Server a(profileA.path(), common(),
             {QStringLiteral("--accept-pairing"), QStringLiteral("--accept-sessions"), QStringLiteral("--service"),
              QStringLiteral("files")});
    const QString idA = a.waitFor(QStringLiteral("listening")).value(u"id").toString();

    // This process is device B: it pairs with the server and sends bytes.
    TandemTest::Peer b(QStringLiteral("In-process B"), TandemTest::loopbackOptions(m_discoveryPort));
    QVERIFY(b.start());
    QTRY_VERIFY_WITH_TIMEOUT(b.device->device(idA) && b.device->device(idA)->reachable, 20000);
    TandemTest::pairWithAcceptingDevice(b, idA);
    if (QTest::currentTestFailed())
        return;
    QString error;

    Tandem::SessionManager sessions(b.device.get(), {});
    // A service the server does not offer is refused by the session layer.
    Tandem::Session *unknown = sessions.open(idA, QStringLiteral("nope"), QString(), {}, &error);
    QVERIFY2(unknown, qPrintable(error));
    QSignalSpy refused(unknown, &Tandem::Session::refused);
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.at(0).at(0).toInt(), Tandem::SessionManager::ErrorNoSuchService);

    Tandem::Session *session = sessions.open(idA, QStringLiteral("files"), QString(), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy opened(session, &Tandem::Session::opened);
    QVERIFY(opened.wait(20000));
    QVERIFY(session->send(QStringLiteral("note"), Tandem::Session::Kind::Text, "before the blob", &error) > 0);
    const QJsonObject sessionOpened = a.waitFor(QStringLiteral("session-opened"));
    QCOMPARE(sessionOpened.value(u"service").toString(), QStringLiteral("files"));
    QCOMPARE(sessionOpened.value(u"from").toString(), b.id());
    const QJsonObject note = a.waitFor(QStringLiteral("message"));
    QCOMPARE(note.value(u"channel").toString(), QStringLiteral("note"));
    QCOMPARE(note.value(u"text").toString(), QStringLiteral("before the blob"));

    // Larger than one fragment, so it arrives in pieces.
    QByteArray blob(300 * 1024 + 3, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
    QVERIFY(session->send(QStringLiteral("blob"), Tandem::Session::Kind::Bytes, blob, &error) > 0);
    const QJsonObject data = a.waitFor(QStringLiteral("data"));
    QCOMPARE(data.value(u"from").toString(), b.id());
    QCOMPARE(data.value(u"session").toInteger(), qint64(session->streamId()));
    QCOMPARE(data.value(u"channel").toString(), QStringLiteral("blob"));
    QCOMPARE(data.value(u"bytes").toInteger(), blob.size());
    QCOMPARE(data.value(u"sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex()));

    // Closing here is seen there.
    session->close();
    const QJsonObject closed = a.waitFor(QStringLiteral("session-closed"));
    QCOMPARE(closed.value(u"reason").toString(), QStringLiteral("peer-closed"));
}

void tst_Cli::badArgumentsAreClearErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("dance")} << QStringLiteral("unknown command");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000"), QStringLiteral("id")}
                              << QStringLiteral("--port takes");
    QTest::newRow("bad interface") << QStringList{QStringLiteral("--interface"), QStringLiteral("nope0"),
                                                  QStringLiteral("id")}
                                   << QStringLiteral("no network interface named");
    QTest::newRow("bad connect") << QStringList{QStringLiteral("--connect"), QStringLiteral("host"),
                                                QStringLiteral("id")}
                                 << QStringLiteral("--connect takes host:port");
    QTest::newRow("name too long") << QStringList{QStringLiteral("--name"), QString(65, u'x'), QStringLiteral("id")}
                                   << QStringLiteral("at most 64 bytes");
    QTest::newRow("pair without device") << QStringList{QStringLiteral("pair")} << QStringLiteral("usage:");
    const QStringList sendText{QStringLiteral("send-text"), QStringLiteral("somebody"), QStringLiteral("hi")};
    QTest::newRow("send-text without text")
        << QStringList{QStringLiteral("send-text"), QStringLiteral("somebody")} << QStringLiteral("usage:");
    QTest::newRow("send-text to two services") << QStringList{QStringLiteral("--service"), QStringLiteral("a"),
                                                              QStringLiteral("--service"), QStringLiteral("b")}
            + sendText << QStringLiteral("usage:");
    QTest::newRow("channel one byte too long")
        << QStringList{QStringLiteral("--channel"), QString(Tandem::Session::MaxChannelNameBytes + 1, u'c')} + sendText
        << QStringLiteral("--channel takes a channel name of at most 64 bytes, got 65");
    QTest::newRow("service one byte too long")
        << QStringList{QStringLiteral("--service"), QString(Tandem::Session::MaxServiceNameBytes + 1, u's')} + sendText
        << QStringLiteral("--service takes a service name of 1 to 255 bytes, got 256");
    QTest::newRow("count zero") << QStringList{QStringLiteral("--count"), QStringLiteral("0")} + sendText
                                << QStringLiteral("--count takes a number of messages from 1 to 1000000");
    QTest::newRow("count one too many") << QStringList{QStringLiteral("--count"), QStringLiteral("1000001")} + sendText
                                        << QStringLiteral("--count takes a number of messages from 1 to 1000000");
    QTest::newRow("resume timeout zero") << QStringList{QStringLiteral("--resume-timeout"), QStringLiteral("0")}
            + sendText << QStringLiteral("--resume-timeout takes seconds from 1 to 86400");
    QTest::newRow("resume timeout over a day")
        << QStringList{QStringLiteral("--resume-timeout"), QStringLiteral("86401")} + sendText
        << QStringLiteral("--resume-timeout takes seconds from 1 to 86400");
    QTest::newRow("demo with an argument")
        << QStringList{QStringLiteral("demo"), QStringLiteral("now")} << QStringLiteral("usage: tandem-cli demo");
    QTest::newRow("empty service") << QStringList{QStringLiteral("--service"), QString()} + sendText
                                   << QStringLiteral("--service takes a service name of 1 to 255 bytes, got 0");
}

void tst_Cli::badArgumentsAreClearErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir profile;
    const Result r = runCli(profile.path(), {}, args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void tst_Cli::aCrashLeavesAStackInTheLog()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("sanitizer builds report crashes themselves; tandem-cli leaves them the signal");
#endif
#if !defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    QSKIP("the stack is printed where glibc can walk it (crashreport_glibc.cpp)");
#endif
    // A serve that dies (here: SIGSEGV from outside, as a bad pointer would
    // raise it) says so on stderr with its stack, and dies of that signal.
    QTemporaryDir profile;
    Server server(profile.path(), common(), {});
    QVERIFY(!server.waitFor(QStringLiteral("listening")).isEmpty());
    ::kill(pid_t(server.process().processId()), SIGSEGV);
    QVERIFY(finishes(server.process(), 10000));
    QCOMPARE(server.process().exitStatus(), QProcess::CrashExit);
    const QByteArray err = server.process().readAllStandardError();
    QVERIFY2(err.contains("tandem-cli: fatal signal 11\n"), err.right(2000).constData());
    // backtrace_symbols_fd: one "binary(symbol+offset) [address]" line per frame.
    QVERIFY2(err.contains("tandem-cli(") && err.contains(") [0x"), err.right(2000).constData());
}

void tst_Cli::aSecondDeviceOnOneProfileIsRefused()
{
    QTemporaryDir profile;
    Server first(profile.path(), common() + QStringList{QStringLiteral("--name"), QStringLiteral("Holder")},
                 {QStringLiteral("--accept-pairing")});
    const QString id = first.waitFor(QStringLiteral("listening")).value(u"id").toString();
    QCOMPARE(id.size(), 64);
    const qint64 holder = first.process().processId();

    // A second serve: the one command that is always the device itself
    // (the others use the running host). Not refused, it would serve until
    // runCli gives up and kills it.
    const Result second = runCli(profile.path(), common(), {QStringLiteral("--json"), QStringLiteral("serve")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.out.isEmpty(), second.out.constData());
    // One line that names the profile and its holder, and no crash report.
    const QString err = QString::fromUtf8(second.err);
    QVERIFY2(err.startsWith(QStringLiteral("tandem-cli: The profile ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("is in use by tandem-cli (pid %1)").arg(holder)), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);

    // The first one is untouched: still running, still the same device.
    QCOMPARE(first.process().state(), QProcess::Running);
    ::kill(pid_t(holder), SIGTERM);
    QVERIFY(finishes(first.process(), 10000));
    QCOMPARE(first.process().exitCode(), 0);
    // Once it quit, the profile opens again, as the same device.
    const Result after = runCli(profile.path(), common(), {QStringLiteral("--json"), QStringLiteral("id")});
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QCOMPARE(QJsonDocument::fromJson(after.out).object().value(u"id").toString(), id);
}

void tst_Cli::serveStopsCleanlyWhenAskedTo_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("clean");
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT) << true;
    QTest::newRow("SIGTERM") << int(SIGTERM) << true;
    // What the check below tells apart: a process that is not asked but
    // ended leaves its lock file (the next start takes it over by pid).
    QTest::newRow("SIGKILL") << int(SIGKILL) << false;
}

// Ctrl+C and SIGTERM stop serve through its own shutdown (terminationsignals_posix.cpp;
// the console handler on Windows is not run here): exit code 0 and the
// profile's lock file removed, not left for the next start to take over.
void tst_Cli::serveStopsCleanlyWhenAskedTo()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, clean);
    QTemporaryDir profile;
    Server serve(profile.path(), common(), {});
    QCOMPARE(serve.waitFor(QStringLiteral("listening")).value(u"id").toString().size(), 64);
    const QString lockFile = profile.filePath(QStringLiteral("profile.lock"));
    QVERIFY(QFileInfo::exists(lockFile));
    ::kill(pid_t(serve.process().processId()), signalNumber);
    QVERIFY(finishes(serve.process(), 10000));
    QCOMPARE(serve.process().exitStatus(), clean ? QProcess::NormalExit : QProcess::CrashExit);
    if (clean)
        QCOMPARE(serve.process().exitCode(), 0);
    QCOMPARE(QFileInfo::exists(lockFile), !clean);
}

// Issue 16: the host (here a serve) is killed under a running client. The
// client's session waits as reconnecting, sends on both ends queue, and once
// a serve runs on the profile again the client hands it the session: every
// message either way arrives once, in order, and is reported delivered.
// Messages are in flight when the host dies, so some die with it in its
// buffers; the peer still has those (the host acknowledges only what its
// client confirmed) and sends them again.
void tst_Cli::sessionsSurviveTheHostKilledAndRestarted()
{
    using namespace Tandem;
    QTemporaryDir profileA;
    const QStringList serveArgs{QStringLiteral("--accept-pairing")};
    auto a = std::make_unique<Server>(profileA.path(), common(), serveArgs);
    const QString idA = a->waitFor(QStringLiteral("listening")).value(u"id").toString();
    QVERIFY(!idA.isEmpty());

    // This process is the peer, B, and a client of A.
    ChatPeer peerB(m_discoveryPort);
    if (!peerB.start(idA))
        return;
    TandemTest::Peer &b = peerB.peer;
    const QString service = ChatPeer::Service;
    Session *&atB = peerB.session;
    QStringList &heardAtB = peerB.heard;

    DeviceServiceClient client;
    QSignalSpy ready(&client, &DeviceServiceClient::ready);
    QString error;
    QVERIFY2(client.connectToHost(profileA.path(), &error), qPrintable(error));
    QVERIFY(ready.wait(20000));
    ServiceSession *session = client.open(b.id(), service, QString(), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy opened(session, &ServiceSession::opened);
    QVERIFY(opened.wait(20000));
    QVERIFY(atB);
    QStringList heardByClient;
    connect(session, &ServiceSession::messageReceived, this,
            [&](const QString &, Session::Kind, const QByteArray &text) { heardByClient << QString::fromUtf8(text); });
    QList<Session::State> states;
    connect(session, &ServiceSession::stateChanged, this, [&](Session::State state) { states << state; });
    qint64 deliveredFromClient = 0;
    qint64 deliveredFromB = 0;
    connect(session, &ServiceSession::delivered, this,
            [&](Session::Kind, qint64 sequence) { deliveredFromClient = sequence; });
    connect(atB, &Session::delivered, this, [&](Session::Kind, qint64 sequence) { deliveredFromB = sequence; });
    QSignalSpy lostAtClient(session, &ServiceSession::undelivered);
    QSignalSpy lostAtB(atB, &Session::undelivered);
    QSignalSpy closedAtClient(session, &ServiceSession::closed);
    QSignalSpy closedAtB(atB, &Session::closed);
    QSignalSpy hostLost(&client, &DeviceServiceClient::hostLost);

    constexpr int PerPhase = 30;
    QStringList expectedAtB, expectedAtClient;
    auto sendBoth = [&](int from) {
        for (int i = from; i < from + PerPhase; ++i) {
            const QString toB = QStringLiteral("to b %1").arg(i);
            const QString toClient = QStringLiteral("to the client %1").arg(i);
            QVERIFY2(session->send({}, Session::Kind::Text, toB.toUtf8(), &error) == i, qPrintable(error));
            QVERIFY2(atB->send({}, Session::Kind::Text, toClient.toUtf8(), &error) == i, qPrintable(error));
            expectedAtB << toB;
            expectedAtClient << toClient;
        }
    };
    sendBoth(1);
    // Some through, the rest on their way when the host dies.
    QTRY_VERIFY_WITH_TIMEOUT(heardAtB.size() >= 3 && heardByClient.size() >= 3, 20000);
    ::kill(pid_t(a->process().processId()), SIGKILL);
    QVERIFY(finishes(a->process(), 10000));
    QTRY_COMPARE_WITH_TIMEOUT(hostLost.size(), 1, 20000);
    QVERIFY(client.isReconnecting());
    QCOMPARE(session->state(), Session::State::Reconnecting);
    QTRY_COMPARE_WITH_TIMEOUT(atB->state(), Session::State::Reconnecting, 20000);

    // Both ends keep sending while the host is away.
    sendBoth(PerPhase + 1);

    a = std::make_unique<Server>(profileA.path(), common(), serveArgs);
    QCOMPARE(a->waitFor(QStringLiteral("listening")).value(u"id").toString(), idA);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(heardAtB, expectedAtB, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(heardByClient, expectedAtClient, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(deliveredFromClient, qint64(2 * PerPhase), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(deliveredFromB, qint64(2 * PerPhase), 30000);
    QCOMPARE(session->state(), Session::State::Connected);
    QCOMPARE(atB->state(), Session::State::Connected);
    QCOMPARE(states.first(), Session::State::Reconnecting);
    QCOMPARE(states.last(), Session::State::Connected);
    QCOMPARE(lostAtClient.size(), 0);
    QCOMPARE(lostAtB.size(), 0);
    QCOMPARE(closedAtClient.size(), 0);
    QCOMPARE(closedAtB.size(), 0);
    QCOMPARE(session->queuedMessages(), 0);
    QCOMPARE(atB->queuedMessages(), 0);
}

// The window sessionsSurviveTheHostKilledAndRestarted may not hit: the host
// dies holding a message it has whole but has not handed to its client.
// The peer must still have it, so it cannot have been told it arrived; the
// host that adopts the session gets it again. A client speaking the
// protocol by hand reads little, so most of the message waits in the host.
void tst_Cli::aMessageTheDeadHostHeldIsSentAgain()
{
    using namespace Tandem;
    namespace SP = ServiceProtocol;
    QTemporaryDir profileA;
    const QStringList serveArgs{QStringLiteral("--accept-pairing")};
    auto a = std::make_unique<Server>(profileA.path(), common(), serveArgs);
    const QJsonObject listening = a->waitFor(QStringLiteral("listening"));
    const QString idA = listening.value(u"id").toString();
    const QString socket = listening.value(u"service").toString();
    QVERIFY(!socket.isEmpty());
    // This process is the peer, B.
    ChatPeer peerB(m_discoveryPort);
    if (!peerB.start(idA))
        return;
    TandemTest::Peer &b = peerB.peer;
    const QString service = ChatPeer::Service;
    Session *&atB = peerB.session;
    QStringList &heardAtB = peerB.heard;

    auto raw = std::make_unique<TandemTest::RawClient>(socket);
    raw->hello();
    QVERIFY(raw->waitFor(SP::HelloAck));
    QCborMap open;
    open.insert(SP::SessionField, 1);
    open.insert(SP::DeviceField, b.id());
    open.insert(SP::ServiceField, service);
    raw->send(SP::Open, open);
    const auto opening = raw->waitFor(SP::Opening);
    QVERIFY(opening);
    const qint64 stream = opening->fields.value(SP::StreamField).toInteger();
    QVERIFY(raw->waitFor(SP::Opened));
    QVERIFY(atB);

    // From here the client takes in little: the rest of what the host
    // passes on waits in the socket and, most of it, in the host.
    constexpr qint64 ReadBytes = 64 * 1024;
    raw->socket().setReadBufferSize(ReadBytes);
    QByteArray blob(2 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(16).fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
    QSignalSpy deliveredAtB(atB, &Session::delivered);
    QString error;
    QCOMPARE(atB->send({}, Session::Kind::Bytes, blob, &error), 1);
    QTRY_VERIFY_WITH_TIMEOUT(raw->socket().bytesAvailable() >= ReadBytes, 20000);
    // A round trip through the host: an acknowledgement it sent b for the
    // blob when it arrived would reach b before this does.
    QCborMap ping;
    ping.insert(SP::SessionField, 1);
    ping.insert(SP::ChannelField, QString());
    ping.insert(SP::KindField, int(Session::Kind::Text));
    ping.insert(SP::BytesField, 4);
    raw->send(SP::Send, ping, 1);
    raw->sendBytes(1, "ping");
    QTRY_COMPARE_WITH_TIMEOUT(heardAtB, QStringList{QStringLiteral("ping")}, 20000);
    QCOMPARE(deliveredAtB.size(), 0);
    QCOMPARE(atB->queuedMessages(), 1);

    ::kill(pid_t(a->process().processId()), SIGKILL);
    QVERIFY(finishes(a->process(), 10000));
    // What the dead host wrote is in the socket; the rest died with it.
    raw->socket().setReadBufferSize(0);
    QVERIFY(!raw->waitForWithBody(SP::Received));
    QTRY_COMPARE_WITH_TIMEOUT(atB->state(), Session::State::Reconnecting, 20000);

    a = std::make_unique<Server>(profileA.path(), common(), serveArgs);
    QCOMPARE(a->waitFor(QStringLiteral("listening")).value(u"service").toString(), socket);
    raw = std::make_unique<TandemTest::RawClient>(socket);
    raw->hello();
    QVERIFY(raw->waitFor(SP::HelloAck));
    QCborMap adopt;
    adopt.insert(SP::SessionField, 1);
    adopt.insert(SP::DeviceField, b.id());
    adopt.insert(SP::ServiceField, service);
    adopt.insert(SP::StreamField, stream);
    adopt.insert(SP::OutgoingField, true);
    // "ping" arrived (text: next is 2); nothing of the blob did.
    adopt.insert(SP::LanesField, QCborArray{QCborArray{2, 0}, QCborArray{1, 0}});
    raw->send(SP::Adopt, adopt);
    const auto received = raw->waitForWithBody(SP::Received, 30000);
    QVERIFY(received);
    QCOMPARE(received->first.fields.value(SP::SequenceField).toInteger(), 1);
    QCOMPARE(received->first.fields.value(SP::KindField).toInteger(), int(Session::Kind::Bytes));
    QCOMPARE(received->second.size(), blob.size());
    QVERIFY(received->second == blob);
    QCborMap consumed;
    consumed.insert(SP::SessionField, 1);
    consumed.insert(SP::KindField, int(Session::Kind::Bytes));
    consumed.insert(SP::SequenceField, 1);
    raw->send(SP::Consumed, consumed);
    QTRY_COMPARE_WITH_TIMEOUT(deliveredAtB.size(), 1, 20000);
    QCOMPARE(atB->queuedMessages(), 0);
    QCOMPARE(atB->state(), Session::State::Connected);
    QCOMPARE(heardAtB, QStringList{QStringLiteral("ping")});
}

// Files an app sends through a host that is killed before the peer
// answered: the transfer waits, is offered again through the host that
// returns, and arrives whole once the peer accepts.
void tst_Cli::filesTheDeadHostWasOfferingAreOfferedAgain()
{
    using namespace Tandem;
    QTemporaryDir profileA, work;
    const QStringList serveArgs{QStringLiteral("--accept-pairing")};
    auto a = std::make_unique<Server>(profileA.path(), common(), serveArgs);
    const QString idA = a->waitFor(QStringLiteral("listening")).value(u"id").toString();
    QVERIFY(!idA.isEmpty());
    ChatPeer peerB(m_discoveryPort);
    if (!peerB.start(idA))
        return;
    TransferManager::Options optionsB;
    optionsB.downloadDir = work.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(optionsB.downloadDir));
    TransferManager filesB(peerB.sessions.get(), optionsB);
    QList<QPointer<Transfer>> offers;
    connect(&filesB, &TransferManager::incomingTransfer, this, [&offers](Transfer *t) { offers << t; });

    const QString path = work.filePath(QStringLiteral("album.bin"));
    QByteArray content(3 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(21).fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    DeviceServiceClient client;
    QSignalSpy ready(&client, &DeviceServiceClient::ready);
    QString error;
    QVERIFY2(client.connectToHost(profileA.path(), &error), qPrintable(error));
    QVERIFY(ready.wait(20000));
    ServiceTransfer *transfer = client.sendFiles(peerB.peer.id(), {path}, &error);
    QVERIFY2(transfer, qPrintable(error));
    QList<Transfer::State> states;
    connect(transfer, &ServiceTransfer::stateChanged, this, [&states](Transfer::State state) { states << state; });
    QSignalSpy finished(transfer, &ServiceTransfer::finished);
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 20000);
    const QString id = offers.constFirst()->id();
    QCOMPARE(transfer->id(), id);

    QSignalSpy hostLost(&client, &DeviceServiceClient::hostLost);
    ::kill(pid_t(a->process().processId()), SIGKILL);
    QVERIFY(finishes(a->process(), 10000));
    QTRY_COMPARE_WITH_TIMEOUT(hostLost.size(), 1, 20000);
    QCOMPARE(transfer->state(), Transfer::State::Waiting);
    QVERIFY(!transfer->isFinished());

    a = std::make_unique<Server>(profileA.path(), common(), serveArgs);
    QCOMPARE(a->waitFor(QStringLiteral("listening")).value(u"id").toString(), idA);
    // The same files again: the same transfer, which B now takes.
    QTRY_VERIFY_WITH_TIMEOUT(!offers.isEmpty() && offers.constLast() && offers.constLast()->id() == id
                                 && offers.constLast()->state() == Transfer::State::Offered
                                 && transfer->state() == Transfer::State::Offered,
                             30000);
    QVERIFY2(offers.constLast()->accept({}, &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).value<Transfer::State>(), Transfer::State::Completed);
    QVERIFY(states.contains(Transfer::State::Waiting));
    QFile landed(QDir(optionsB.downloadDir).filePath(QStringLiteral("album.bin")));
    QVERIFY(landed.open(QIODevice::ReadOnly));
    QCOMPARE(landed.readAll(), content);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
