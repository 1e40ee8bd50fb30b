#include <Tandem/profile.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Tandem::Profile;

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
    const auto profile = Profile::open(dir.path(), &error, QStringLiteral("qca-not-installed"));
    QVERIFY(!profile);
    QVERIFY2(error.contains(u"libqca-qt6-plugins"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
