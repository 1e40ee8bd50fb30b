#include "../../common/testpeers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

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
            m_process.waitForReadyRead(200);
        }
        qWarning("no \"%s\" event; stderr: %s", qPrintable(name), m_process.readAllStandardError().constData());
        return {};
    }
    QProcess &process() { return m_process; }

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
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void idPrintsIdAndName();
    void pairsTwoProfilesOnOneMachine();
    void serveWithoutAcceptPairingRefuses();
    void unknownDeviceIsAUsageError();
    void badArgumentsAreClearErrors_data();
    void badArgumentsAreClearErrors();

private:
    QStringList common() const
    {
        return {QStringLiteral("--port"),         QStringLiteral("0"),           QStringLiteral("--discovery-port"),
                QString::number(m_discoveryPort), QStringLiteral("--interface"), QStringLiteral("lo")};
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
    QVERIFY(a.process().waitForFinished(10000));
    QCOMPARE(a.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(a.process().exitCode(), 0);
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
