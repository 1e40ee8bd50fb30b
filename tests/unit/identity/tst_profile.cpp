#include <Tandem/profile.h>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Tandem::Profile;

namespace {

// The lock file open() takes in a profile's folder (documented).
QString lockFileIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).filePath(QStringLiteral("profile.lock"));
}

// tandem-profile-holder: another process with the profile open, until
// release() or a kill.
class Holder
{
public:
    // Its first run creates the identity: an RSA key, seconds under a
    // sanitizer on a loaded machine.
    static constexpr int StartTimeoutMs = 60000;
    static constexpr int ExitTimeoutMs = 20000;

    ~Holder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Starts it on `directory` and waits until it holds the profile.
    bool start(const QString &directory)
    {
        m_process.start(QStringLiteral(TANDEM_PROFILE_HOLDER_PATH), {directory});
        if (!m_process.waitForStarted(StartTimeoutMs))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(StartTimeoutMs)) {
                qWarning("the holder did not open the profile: %s", m_process.readAllStandardError().constData());
                return false;
            }
        }
        const QList<QByteArray> fields = m_process.readLine().trimmed().split(' ');
        if (fields.size() != 2)
            return false;
        m_pid = fields.at(0).toLongLong();
        m_deviceId = QString::fromLatin1(fields.at(1));
        return m_pid == m_process.processId();
    }
    // Quits the way a program does: the profile is closed and its lock
    // released.
    bool release()
    {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(ExitTimeoutMs) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }
    QProcess &process() { return m_process; }
    qint64 pid() const { return m_pid; }
    QString deviceId() const { return m_deviceId; }

private:
    QProcess m_process;
    qint64 m_pid = 0;
    QString m_deviceId;
};

} // namespace

class tst_Profile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAndKeepsIdentity();
    void deviceNameDefaultsToHostName();
    void deviceNamePersists();
    void deviceNameBounds_data();
    void deviceNameBounds();
    void missingProviderFailsToOpen();
    void secondOpenInOneProcessIsRefused();
    void profileHeldByAnotherProcessIsRefused();
    void lockOfAKilledHolderIsRecovered();
};

void tst_Profile::opensAndKeepsIdentity()
{
    QTemporaryDir dir;
    QString error;
    QString firstId;
    {
        const auto profile = Profile::open(dir.path(), &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->identityOutcome(), Tandem::DeviceIdentity::Outcome::Created);
        firstId = profile->deviceId();
        QCOMPARE(profile->shortId(), Tandem::DeviceIdentity::shortIdFor(firstId));
    }
    const auto reopened = Profile::open(dir.path(), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->identityOutcome(), Tandem::DeviceIdentity::Outcome::Loaded);
    QCOMPARE(reopened->deviceId(), firstId);
}

void tst_Profile::deviceNameDefaultsToHostName()
{
    QTemporaryDir dir;
    QString error;
    const auto profile = Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->deviceName(), Profile::defaultDeviceName());
    QVERIFY(!profile->deviceName().isEmpty());
    QCOMPARE(Profile::validateDeviceName(profile->deviceName()), QString());
}

void tst_Profile::deviceNamePersists()
{
    QTemporaryDir dir;
    QString error;
    {
        const auto profile = Profile::open(dir.path(), &error);
        QVERIFY2(profile, qPrintable(error));
        QSignalSpy changed(profile.get(), &Profile::deviceNameChanged);
        QCOMPARE(profile->setDeviceName(QStringLiteral("  Kitchen tablet ")), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(profile->deviceName(), QStringLiteral("Kitchen tablet"));
        QCOMPARE(profile->setDeviceName(QStringLiteral("Kitchen tablet")), QString());
        QCOMPARE(changed.size(), 1); // unchanged: no signal
    }
    const auto reopened = Profile::open(dir.path(), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->deviceName(), QStringLiteral("Kitchen tablet"));
}

void tst_Profile::deviceNameBounds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    const QString e = QStringLiteral("é"); // two bytes of UTF-8
    QTest::newRow("64 bytes of 2-byte characters") << e.repeated(Profile::MaxDeviceNameBytes / 2) << true;
    QTest::newRow("65 bytes") << e.repeated(Profile::MaxDeviceNameBytes / 2) + u'a' << false;
    QTest::newRow("64 ASCII") << QString(Profile::MaxDeviceNameBytes, u'x') << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only spaces") << QStringLiteral("   ") << false;
    QTest::newRow("control character") << QStringLiteral("a\nb") << false;
    QTest::newRow("bidi override") << QStringLiteral("evil\u202Etxt.exe") << false;
}

void tst_Profile::deviceNameBounds()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    QString error;
    const auto profile = Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    const QString before = profile->deviceName();
    const QString result = profile->setDeviceName(name);
    QCOMPARE(result.isEmpty(), accepted);
    QCOMPARE(profile->deviceName(), accepted ? name.trimmed() : before);
}

void tst_Profile::missingProviderFailsToOpen()
{
    QTemporaryDir dir;
    QString error;
    Profile::OpenError reason = Profile::OpenError::NoError;
    const auto profile = Profile::open(dir.path(), &error, &reason, QStringLiteral("qca-not-installed"));
    QVERIFY(!profile);
    QVERIFY2(error.contains(u"libqca-qt6-plugins"), qPrintable(error));
    QCOMPARE(reason, Profile::OpenError::OtherError);
    // The failed open let go of the profile: the next one is not refused.
    const auto opened = Profile::open(dir.path(), &error, &reason);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(reason, Profile::OpenError::NoError);
}

void tst_Profile::secondOpenInOneProcessIsRefused()
{
    QTemporaryDir dir;
    QString error;
    auto first = Profile::open(dir.path(), &error);
    QVERIFY2(first, qPrintable(error));
    const QString firstId = first->deviceId();

    Profile::OpenError reason = Profile::OpenError::NoError;
    QVERIFY(!Profile::open(dir.path(), &error, &reason));
    QCOMPARE(reason, Profile::OpenError::InUse);
    // Names the folder and who holds it: this very process.
    QVERIFY2(error.contains(QDir::toNativeSeparators(first->path())), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid())), qPrintable(error));
    // The overload without a reason refuses it too.
    QString plainError;
    QVERIFY(!Profile::open(dir.path(), &plainError));
    QCOMPARE(plainError, error);

    // The refused opens took nothing from the first, which still works...
    QCOMPARE(first->setDeviceName(QStringLiteral("Still mine")), QString());
    QCOMPARE(first->deviceName(), QStringLiteral("Still mine"));
    // ...and the profile is free again once it is closed.
    first.reset();
    const auto reopened = Profile::open(dir.path(), &error, &reason);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reason, Profile::OpenError::NoError);
    QCOMPARE(reopened->deviceId(), firstId);
    QCOMPARE(reopened->deviceName(), QStringLiteral("Still mine"));
}

void tst_Profile::profileHeldByAnotherProcessIsRefused()
{
    QTemporaryDir dir;
    Holder holder;
    QVERIFY(holder.start(dir.path()));

    QString error;
    Profile::OpenError reason = Profile::OpenError::NoError;
    QVERIFY(!Profile::open(dir.path(), &error, &reason));
    QCOMPARE(reason, Profile::OpenError::InUse);
    QVERIFY2(error.contains(QStringLiteral("tandem-profile-holder (pid %1)").arg(holder.pid())), qPrintable(error));

    // A program that quits releases it.
    QVERIFY(holder.release());
    QVERIFY(!QFile::exists(lockFileIn(dir)));
    const auto profile = Profile::open(dir.path(), &error, &reason);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->deviceId(), holder.deviceId());
}

void tst_Profile::lockOfAKilledHolderIsRecovered()
{
    QTemporaryDir dir;
    Holder holder;
    QVERIFY(holder.start(dir.path()));
    // SIGKILL on Unix, TerminateProcess() on Windows: no chance to clean up.
    holder.process().kill();
    QVERIFY(holder.process().waitForFinished(Holder::ExitTimeoutMs));
    QCOMPARE(holder.process().exitStatus(), QProcess::CrashExit);
    // It had no chance to clean up: its lock is still there...
    QVERIFY(QFile::exists(lockFileIn(dir)));

    // ...and is taken over, since its process is gone.
    QString error;
    Profile::OpenError reason = Profile::OpenError::InUse;
    const auto profile = Profile::open(dir.path(), &error, &reason);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(reason, Profile::OpenError::NoError);
    QCOMPARE(profile->identityOutcome(), Tandem::DeviceIdentity::Outcome::Loaded);
    QCOMPARE(profile->deviceId(), holder.deviceId());
    // And it is this process's lock now.
    QVERIFY(!Profile::open(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid())), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
