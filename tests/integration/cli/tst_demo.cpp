#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `tandem-cli demo` with a home of its own, so the test sees whether
// the demo wrote anything outside its temporary profiles.
Result runDemo(const QString &home, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TANDEM_CLI_PATH), QStringList{QStringLiteral("demo")} + args);
    Result r;
    if (!p.waitForFinished(120000)) {
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

class tst_Demo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonReportsEveryStep();
    void humanSummarySaysWhatHappened();
};

void tst_Demo::jsonReportsEveryStep()
{
    QTemporaryDir home;
    const Result r = runDemo(home.path(), {QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // One JSON object and nothing else on stdout.
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
    QCOMPARE(report.value(u"ok").toBool(), true);

    const QJsonArray devices = report.value(u"devices").toArray();
    QCOMPARE(devices.size(), 2);
    const QString left = devices.at(0).toObject().value(u"id").toString();
    const QString right = devices.at(1).toObject().value(u"id").toString();
    QCOMPARE(left.size(), 64);
    QCOMPARE(right.size(), 64);
    QVERIFY(left != right);
    const QString code = report.value(u"pairingCode").toString();
    QCOMPARE(code.size(), 6);
    QVERIFY(code.toInt() >= 0);
    for (const char *timing : {"identitiesMs", "discoveryMs", "pairingMs", "sessionOpenMs", "totalSeconds"})
        QVERIFY2(report.value(QLatin1StringView(timing)).toDouble(-1) >= 0, timing);

    const QJsonObject chat = report.value(u"chat").toObject();
    QCOMPARE(chat.value(u"messages").toInt(), 4);
    QVERIFY(chat.value(u"bytes").toInteger() > 0);
    const QJsonObject burst = report.value(u"burst").toObject();
    QCOMPARE(burst.value(u"messages").toInt(), 10000);
    QCOMPARE(burst.value(u"bytes").toInteger(), qint64(10000) * 1024);
    QVERIFY(burst.value(u"messagesPerSecond").toDouble() > 0);
    QVERIFY(burst.value(u"mibPerSecond").toDouble() > 0);
    // Until file transfer is built, the demo says it skipped the file.
    const QJsonObject file = report.value(u"file").toObject();
    QCOMPARE(file.value(u"sent").toBool(true), false);
    QVERIFY(!file.value(u"reason").toString().isEmpty());

    // The demo's devices lived in temporary profiles: the user's profile
    // and settings (under this home) were never made.
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data"))));
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("config"))));
}

void tst_Demo::humanSummarySaysWhatHappened()
{
    QTemporaryDir home;
    const Result r = runDemo(home.path(), {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    for (const char *line :
         {"shows the pairing code", "The codes match; both sides accept.", "Paired in",
          "received all 10000, each once and in order", "Summary", "everything delivered once and in order"})
        QVERIFY2(out.contains(QLatin1StringView(line)), line);
    // Both devices show the same six digits, formatted "123 456".
    const QRegularExpression codes(QStringLiteral("shows the pairing code (\\d{3} \\d{3})\\."));
    auto it = codes.globalMatch(out);
    QStringList seen;
    while (it.hasNext())
        seen.append(it.next().captured(1));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0), seen.at(1));
}

QTEST_GUILESS_MAIN(tst_Demo)
#include "tst_demo.moc"
