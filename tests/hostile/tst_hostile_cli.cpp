// What tandem-cli prints of what a peer sent (issue 14, finding 12): a
// paired device sends texts and channel names full of terminal escapes and
// bidi overrides, and a trust store holds such a name. Neither the human
// output nor --json may carry them raw to the terminal (the croc CVE:
// escapes that retitle the window, rewrite lines, or reverse a file name).

#include "common/testpeers.h"
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Every character class the finding names: C0 (ESC, BEL, CR, LF), C1 (CSI),
// DEL, a bidi override and an isolate, and an invisible format character.
const QString HostileText
    = u"\x1b[31mred\x1b]0;owned\x07 \u009b2J\x7f \u202Egnp.exe \u2066iso\u2069 zw\u200Bsp\r\nFake: "
      u"line END-OF-TEXT"_s;
const QString HostileChannel = u"\x1b[8mchan\u202E"_s;
const QString HostileName = u"\x1b[2J\u202EEvil"_s;

// Raw bytes that must never reach the terminal from a peer.
const QList<QByteArray> Forbidden = {
    "\x1b",         "\x07",         "\x7f", "\r", "\xc2\x9b", "\xe2\x80\xae", // U+009B, U+202E
    "\xe2\x81\xa6", "\xe2\x81\xa9", // U+2066, U+2069
    "\xe2\x80\x8b", // U+200B
};

QString forbiddenIn(const QByteArray &output)
{
    for (const QByteArray &bytes : Forbidden) {
        if (output.contains(bytes))
            return u"raw %1 in: %2"_s.arg(QString::fromLatin1(bytes.toHex()), QString::fromLatin1(output.toHex(' ')));
    }
    return {};
}

// A running `tandem-cli serve`, its stdout collected as it comes.
class Serve
{
public:
    Serve(const QString &profile, const QStringList &args)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        m_process.start(QStringLiteral(TANDEM_CLI_PATH), QStringList{u"--profile"_s, profile} + args);
    }
    ~Serve()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool stop()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        return m_process.waitForFinished(20000);
    }
    const QByteArray &out() const { return m_out; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_out;
};

} // namespace

class tst_HostileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peerTextIsEscaped_data();
    void peerTextIsEscaped();
};

void tst_HostileCli::peerTextIsEscaped_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("human") << false;
    QTest::newRow("json") << true;
}

void tst_HostileCli::peerTextIsEscaped()
{
    QFETCH(bool, json);
    const quint16 discoveryPort = TandemTest::freeUdpPort();
    const QStringList common{u"--port"_s,      u"0"_s, u"--discovery-port"_s, QString::number(discoveryPort),
                             u"--interface"_s, u"lo"_s};
    QTemporaryDir profileA;
    QStringList args = common + QStringList{u"--name"_s, u"Server"_s};
    if (json)
        args << u"--json"_s;
    Serve a(profileA.path(), args + QStringList{u"serve"_s, u"--accept-pairing"_s, u"--accept-sessions"_s});

    // This process is the paired peer that sends what it likes.
    TandemTest::Peer b(u"Peer B"_s, TandemTest::loopbackOptions(discoveryPort));
    QVERIFY(b.start());
    QString idA;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QString error;
            const auto server = b.device->findDevice(u"Server"_s, &error);
            idA = server ? server->id : QString();
            return server && server->reachable;
        }(),
        20000);
    TandemTest::pairWithAcceptingDevice(b, idA);
    if (QTest::currentTestFailed())
        return;
    QString error;

    Tandem::SessionManager sessions(b.device.get(), {});
    Tandem::Session *session = sessions.open(idA, u"tandem.text"_s, QString(), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy opened(session, &Tandem::Session::opened);
    QVERIFY(opened.wait(20000));
    QVERIFY(session->send(HostileChannel, Tandem::Session::Kind::Text, HostileText.toUtf8(), &error) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(a.out().contains("END-OF-TEXT"), 20000);

    const QString problem = forbiddenIn(a.out());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (json) {
        // Escaped, not altered: a script reads exactly what was sent.
        bool checked = false;
        for (const QByteArray &line : a.out().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(u"event").toString() != u"message")
                continue;
            QCOMPARE(event.value(u"text").toString(), HostileText);
            QCOMPARE(event.value(u"channel").toString(), HostileChannel);
            checked = true;
        }
        QVERIFY(checked);
    } else {
        // Shown, visibly: a user sees that escapes were there.
        QVERIFY2(a.out().contains("\\x1b[31mred"), a.out().constData());
        QVERIFY2(a.out().contains("\\u202egnp.exe"), a.out().constData());
    }
    QVERIFY(a.stop());

    // A name stored before names were checked (or by any other way in)
    // is escaped by `trusted` too.
    {
        auto profile = Tandem::Profile::open(profileA.path(), &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY2(profile->trustStore()->setName(b.id(), HostileName, &error), qPrintable(error));
    }
    QProcess trusted;
    trusted.start(QStringLiteral(TANDEM_CLI_PATH),
                  QStringList{u"--profile"_s, profileA.path()} + common
                      + (json ? QStringList{u"--json"_s, u"trusted"_s} : QStringList{u"trusted"_s}));
    QVERIFY(trusted.waitForFinished(20000));
    QCOMPARE(trusted.exitCode(), 0);
    const QByteArray list = trusted.readAllStandardOutput();
    QVERIFY2(list.contains("Evil"), list.constData());
    const QString trustedProblem = forbiddenIn(list);
    QVERIFY2(trustedProblem.isEmpty(), qPrintable(trustedProblem));
}

QTEST_GUILESS_MAIN(tst_HostileCli)
#include "tst_hostile_cli.moc"
