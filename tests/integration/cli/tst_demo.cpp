#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
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

// The SHA-256 of the demo's file, made here as the demo makes it: 8 MiB
// from QRandomGenerator seeded 20261122, in 1 MiB blocks.
QString expectedFileSha256()
{
    QRandomGenerator random(20261122);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        hash.addData(block);
    }
    return QString::fromLatin1(hash.result().toHex());
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
    // The file: 8 MiB from a fixed seed, so its SHA-256 is known here; the
    // receiver's hash of the landed file equals it.
    const QJsonObject file = report.value(u"file").toObject();
    QCOMPARE(file.value(u"sent").toBool(), true);
    QCOMPARE(file.value(u"verified").toBool(), true);
    QCOMPARE(file.value(u"name").toString(), QStringLiteral("tandem-demo.bin"));
    QCOMPARE(file.value(u"bytes").toInteger(), qint64(8) * 1024 * 1024);
    QCOMPARE(file.value(u"sha256").toString(), expectedFileSha256());
    QCOMPARE(file.value(u"receivedSha256").toString(), expectedFileSha256());
    // Sent once: nothing went twice over a healthy loopback link.
    QCOMPARE(file.value(u"bytesOnWire").toInteger(), qint64(8) * 1024 * 1024);
    QVERIFY(file.value(u"seconds").toDouble() > 0);
    QVERIFY(file.value(u"mibPerSecond").toDouble() > 0);

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
    for (const char *line : {"shows the pairing code", "The codes match; both sides accept.", "Paired in",
                             "received all 10000, each once and in order", "is offered tandem-demo.bin",
                             "verified tandem-demo.bin (SHA-256 equal to the source's)", "Summary",
                             "everything delivered once and in order, the file verified"})
        QVERIFY2(out.contains(QLatin1StringView(line)), line);
    // Both devices show the same six digits, formatted "123 456".
    const QRegularExpression codes(QStringLiteral("shows the pairing code (\\d{3} \\d{3})\\."));
    auto it = codes.globalMatch(out);
    QStringList seen;
    while (it.hasNext())
        seen.append(it.next().captured(1));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0), seen.at(1));
    // The summary's file line: name, size, time and rate.
    const QRegularExpression fileLine(
        QStringLiteral(R"(\n  file +tandem-demo\.bin, 8\.0 MiB in \d+\.\d{3} s: \d+\.\d MiB/s, SHA-256 [0-9a-f]{16})"));
    QVERIFY2(fileLine.match(out).hasMatch(), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_Demo)
#include "tst_demo.moc"
