#include "../../common/testpeers.h"
#include "../transfer/transfertestutil.h"

#include <Tandem/chunkwriter_p.h>
#include <Tandem/transfermanager.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TandemTest;

namespace {

// A running tandem-cli, read line by line as JSON events.
class CliProcess
{
public:
    CliProcess(const QString &profile, const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        // As a user's shell would have it: no logging rules of the test run.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(TANDEM_CLI_PATH), QStringList{QStringLiteral("--profile"), profile} + args);
    }
    ~CliProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // The next event for which `match` holds.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QJsonObject event = QJsonDocument::fromJson(m_process.readLine()).object();
                events.append(event);
                if (match(event))
                    return event;
            }
            if (m_process.state() == QProcess::NotRunning && !m_process.canReadLine())
                break;
            m_process.waitForReadyRead(200);
        }
        qWarning("no matching event; stderr: %s", m_process.readAllStandardError().constData());
        return {};
    }
    QJsonObject waitFor(const QString &name, int timeoutMs = 30000)
    {
        return waitFor([name](const QJsonObject &e) { return e.value(u"event").toString() == name; }, timeoutMs);
    }
    QProcess &process() { return m_process; }
    QList<QJsonObject> events;

private:
    QProcess m_process;
};

} // namespace

class tst_CliFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sendFilesAndFolderToServe();
    void serveWithoutAcceptFilesDeclines();
    void receiverKilledMidTransferResumes();
    void sendGoesThroughTheProfilesHost();

private:
    QStringList common() const
    {
        return {QStringLiteral("--port"),         QStringLiteral("0"),           QStringLiteral("--discovery-port"),
                QString::number(m_discoveryPort), QStringLiteral("--interface"), QStringLiteral("lo")};
    }
    QStringList serveArgs(const QString &dir, bool acceptFiles) const
    {
        QStringList args = common()
            + QStringList{QStringLiteral("--name"),
                          QStringLiteral("Receiver"),
                          QStringLiteral("--json"),
                          QStringLiteral("serve"),
                          QStringLiteral("--accept-pairing"),
                          QStringLiteral("--dir"),
                          dir};
        if (acceptFiles)
            args << QStringLiteral("--accept-files");
        return args;
    }
    // Pairs `sender` with the running receiver.
    bool pair(const QString &sender, CliProcess &receiver);
    quint16 m_discoveryPort = 0;
};

void tst_CliFiles::init()
{
    m_discoveryPort = freeUdpPort();
}

bool tst_CliFiles::pair(const QString &sender, CliProcess &receiver)
{
    QProcess p;
    p.start(QStringLiteral(TANDEM_CLI_PATH),
            QStringList{QStringLiteral("--profile"), sender} + common()
                + QStringList{QStringLiteral("pair"), QStringLiteral("Receiver"), QStringLiteral("--yes")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("pairing failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return !receiver.waitFor(QStringLiteral("paired")).isEmpty();
}

void tst_CliFiles::sendFilesAndFolderToServe()
{
    QTemporaryDir receiverProfile, senderProfile, work;
    const QString downloads = work.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(downloads));
    CliProcess receiver(receiverProfile.path(), serveArgs(downloads, true));
    QVERIFY(!receiver.waitFor(QStringLiteral("listening")).isEmpty());
    QVERIFY(pair(senderProfile.path(), receiver));

    const QString single = work.filePath(QStringLiteral("out/notes.txt"));
    const QByteArray singleSha = writeRandomFile(single, 300000, 21);
    const QString folder = work.filePath(QStringLiteral("out/album"));
    const QByteArray photoSha = writeRandomFile(folder + QStringLiteral("/2024/photo.jpg"), 2000000, 22);
    const QByteArray emptySha = writeRandomFile(folder + QStringLiteral("/empty"), 0, 23);

    CliProcess sender(senderProfile.path(),
                      common()
                          + QStringList{QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("Receiver"),
                                        single, folder});
    const QJsonObject sent = sender.waitFor(QStringLiteral("sent"));
    QVERIFY2(!sent.isEmpty(), sender.process().readAllStandardError().constData());
    QVERIFY(sender.process().waitForFinished(10000));
    QCOMPARE(sender.process().exitCode(), 0);
    QCOMPARE(sent.value(u"files").toInt(), 3);
    QCOMPARE(sent.value(u"bytes").toInteger(), 2300000);
    QVERIFY(std::any_of(sender.events.begin(), sender.events.end(),
                        [](const QJsonObject &e) { return e.value(u"event").toString() == u"progress"; }));

    // One "file" event per verified file, with what landed where.
    QHash<QString, QJsonObject> files;
    while (files.size() < 3) {
        const QJsonObject file = receiver.waitFor(QStringLiteral("file"));
        QVERIFY(!file.isEmpty());
        files.insert(file.value(u"name").toString(), file);
    }
    const QJsonObject notes = files.value(QStringLiteral("notes.txt"));
    QCOMPARE(notes.value(u"sha256").toString(), QString::fromLatin1(singleSha.toHex()));
    QCOMPARE(notes.value(u"bytes").toInteger(), 300000);
    QCOMPARE(notes.value(u"path").toString(), downloads + QStringLiteral("/notes.txt"));
    QCOMPARE(notes.value(u"from").toString().size(), 64);
    QCOMPARE(fileSha256(downloads + QStringLiteral("/album/2024/photo.jpg")), photoSha);
    QCOMPARE(files.value(QStringLiteral("album/2024/photo.jpg")).value(u"sha256").toString(),
             QString::fromLatin1(photoSha.toHex()));
    QCOMPARE(files.value(QStringLiteral("album/empty")).value(u"sha256").toString(),
             QString::fromLatin1(emptySha.toHex()));
    // The library's debug lines stay off unless asked for: the receiver's
    // terminal shows no line per file landed (it did, for every file).
    const QByteArray receiverLog = receiver.process().readAllStandardError();
    QVERIFY2(!receiverLog.contains("reserved \""), receiverLog.constData());
    QVERIFY2(!receiverLog.contains("photo.jpg"), receiverLog.constData());
}

// Issue 16: with a host (serve, or the app) running for the sender's
// profile, `send` used to be refused by the profile's lock; now the host
// sends the files (it reads them: same user), and the command reports as
// the device itself would.
void tst_CliFiles::sendGoesThroughTheProfilesHost()
{
    QTemporaryDir receiverProfile, senderProfile, work;
    const QString downloads = work.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(downloads));
    CliProcess receiver(receiverProfile.path(), serveArgs(downloads, true));
    QVERIFY(!receiver.waitFor(QStringLiteral("listening")).isEmpty());
    QVERIFY(pair(senderProfile.path(), receiver));
    CliProcess host(senderProfile.path(), common() + QStringList{QStringLiteral("--json"), QStringLiteral("serve")});
    QVERIFY(!host.waitFor(QStringLiteral("listening")).isEmpty());
    QVERIFY(!host.waitFor(QStringLiteral("connected")).isEmpty());

    const QString single = work.filePath(QStringLiteral("out/notes.txt"));
    const QByteArray singleSha = writeRandomFile(single, 300000, 31);
    const QString folder = work.filePath(QStringLiteral("out/album"));
    const QByteArray photoSha = writeRandomFile(folder + QStringLiteral("/photo.jpg"), 1500000, 32);
    // A relative path is the command's, not the host's working folder.
    QProcess sender;
    sender.setWorkingDirectory(work.filePath(QStringLiteral("out")));
    sender.start(QStringLiteral(TANDEM_CLI_PATH),
                 QStringList{QStringLiteral("--profile"), senderProfile.path()} + common()
                     + QStringList{QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("Receiver"),
                                   QStringLiteral("notes.txt"), folder});
    QVERIFY(QTest::qWaitFor([&sender] { return sender.state() == QProcess::NotRunning; }, 60000));
    const QByteArray err = sender.readAllStandardError();
    QVERIFY2(sender.exitCode() == 0, err.constData());
    // No device started here: nothing said about it.
    QVERIFY2(!err.contains("No Tandem host"), err.constData());
    QList<QJsonObject> events;
    for (const QByteArray &line : sender.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            events << QJsonDocument::fromJson(line).object();
    }
    QVERIFY(!events.isEmpty());
    const QJsonObject sent = events.constLast();
    QCOMPARE(sent.value(u"event").toString(), QStringLiteral("sent"));
    QCOMPARE(sent.value(u"files").toInt(), 2);
    QCOMPARE(sent.value(u"bytes").toInteger(), 1800000);
    QCOMPARE(sent.value(u"transfer").toString().isEmpty(), false);
    QVERIFY(std::any_of(events.begin(), events.end(),
                        [](const QJsonObject &e) { return e.value(u"event").toString() == u"progress"; }));
    QStringList verified;
    for (const QJsonObject &e : std::as_const(events)) {
        if (e.value(u"event").toString() == u"file-verified")
            verified << e.value(u"name").toString() + u' ' + e.value(u"sha256").toString();
    }
    verified.sort();
    QCOMPARE(verified,
             (QStringList{QStringLiteral("album/photo.jpg ") + QString::fromLatin1(photoSha.toHex()),
                          QStringLiteral("notes.txt ") + QString::fromLatin1(singleSha.toHex())}));
    QCOMPARE(fileSha256(downloads + QStringLiteral("/notes.txt")), singleSha);
    QCOMPARE(fileSha256(downloads + QStringLiteral("/album/photo.jpg")), photoSha);

    // What the device itself refuses at once is a usage error here too.
    QProcess missing;
    missing.start(QStringLiteral(TANDEM_CLI_PATH),
                  QStringList{QStringLiteral("--profile"), senderProfile.path()} + common()
                      + QStringList{QStringLiteral("send"), QStringLiteral("Receiver"),
                                    work.filePath(QStringLiteral("nothing-here"))});
    QVERIFY(QTest::qWaitFor([&missing] { return missing.state() == QProcess::NotRunning; }, 30000));
    const QByteArray missingErr = missing.readAllStandardError();
    QCOMPARE(missing.exitCode(), 2); // ExitUsage
    QVERIFY2(missingErr.contains("nothing-here"), missingErr.constData());
    QVERIFY2(!missingErr.contains("No Tandem host"), missingErr.constData());

    // One device throughout: the receiver kept the host's link.
    ::kill(pid_t(receiver.process().processId()), SIGTERM);
    QVERIFY(receiver.process().waitForFinished(10000));
    const QByteArray receiverLog = receiver.process().readAllStandardError();
    QVERIFY2(!receiverLog.contains("replaced by a"), receiverLog.constData());
}

void tst_CliFiles::serveWithoutAcceptFilesDeclines()
{
    QTemporaryDir receiverProfile, senderProfile, work;
    CliProcess receiver(receiverProfile.path(), serveArgs(work.path(), false));
    QVERIFY(!receiver.waitFor(QStringLiteral("listening")).isEmpty());
    QVERIFY(pair(senderProfile.path(), receiver));
    const QString file = work.filePath(QStringLiteral("x.txt"));
    writeRandomFile(file, 10, 1);
    QProcess sender;
    sender.start(QStringLiteral(TANDEM_CLI_PATH),
                 QStringList{QStringLiteral("--profile"), senderProfile.path()} + common()
                     + QStringList{QStringLiteral("send"), QStringLiteral("Receiver"), file});
    QVERIFY(sender.waitForFinished(30000));
    QCOMPARE(sender.exitCode(), 3); // ExitRefused
    QVERIFY2(sender.readAllStandardError().contains("not accepting files"), "the reason reaches the sender");
}

void tst_CliFiles::receiverKilledMidTransferResumes()
{
    QTemporaryDir receiverProfile, senderProfile, work;
    const QString downloads = work.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(downloads));
    auto receiver = std::make_unique<CliProcess>(receiverProfile.path(), serveArgs(downloads, true));
    QVERIFY(!receiver->waitFor(QStringLiteral("listening")).isEmpty());
    QVERIFY(pair(senderProfile.path(), *receiver));

    constexpr qint64 Size = 384 * 1024 * 1024;
    const QString file = work.filePath(QStringLiteral("big.bin"));
    const QByteArray sha = writeRandomFile(file, Size, 31);
    CliProcess sender(
        senderProfile.path(),
        common() + QStringList{QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("Receiver"), file});
    // Kill the receiver once a good part has arrived, before the end.
    const QJsonObject midway = sender.waitFor([](const QJsonObject &e) {
        return e.value(u"event").toString() == u"progress" && e.value(u"bytes").toInteger() >= Size / 8;
    });
    QVERIFY(!midway.isEmpty());
    QVERIFY2(midway.value(u"bytes").toInteger() < Size, "the transfer ended before it could be interrupted");
    ::kill(pid_t(receiver->process().processId()), SIGKILL);
    QVERIFY(receiver->process().waitForFinished(10000));
    receiver.reset();
    const qint64 kept = QFileInfo(downloads + QStringLiteral("/big.bin.part")).size();
    QVERIFY(kept >= Size / 16);

    // Restarted on the same profile: the sender's offer continues it.
    receiver = std::make_unique<CliProcess>(receiverProfile.path(), serveArgs(downloads, true));
    const QJsonObject landed = receiver->waitFor(QStringLiteral("file"), 60000);
    QCOMPARE(landed.value(u"sha256").toString(), QString::fromLatin1(sha.toHex()));
    QCOMPARE(landed.value(u"bytes").toInteger(), Size);
    const QJsonObject sent = sender.waitFor(QStringLiteral("sent"));
    QVERIFY(!sent.isEmpty());
    QVERIFY(sender.process().waitForFinished(10000));
    QCOMPARE(sender.process().exitCode(), 0);
    // Bytes actually put on the wire: the file once, plus at most what was
    // in flight when the receiver died — not what it had kept. In flight
    // includes what the killed receiver had received but still queued for
    // its writer thread.
    const Tandem::TransferManager::Options defaults;
    const qint64 onTheWire = sent.value(u"sent").toInteger();
    qInfo("file %lld bytes, kept by the killed receiver %lld, sent in all %lld", Size, kept, onTheWire);
    QVERIFY2(onTheWire <= Size + defaults.maxQueuedBytes + defaults.chunkBytes + Tandem::ChunkWriter::MaxQueuedBytes,
             qPrintable(QStringLiteral("sent %1 for a file of %2 (%3 kept)").arg(onTheWire).arg(Size).arg(kept)));
    QCOMPARE(fileSha256(downloads + QStringLiteral("/big.bin")), sha);
    QVERIFY(!QFile::exists(downloads + QStringLiteral("/big.bin.part")));
}

QTEST_MAIN(tst_CliFiles)
#include "tst_clifiles.moc"
