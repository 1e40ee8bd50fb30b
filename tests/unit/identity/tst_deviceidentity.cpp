#include <Tandem/deviceidentity.h>
#include <Tandem/ownerpermissions_p.h>

#include "../../common/platformfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using Tandem::DeviceIdentity;
using Outcome = DeviceIdentity::Outcome;

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Owner-only as the platform has it: mode 0600 (0700 for a folder) on
// POSIX; on Windows, where QFile::permissions does not read access lists,
// restrictToOwner's own reading of the list (it finds nothing to change).
bool isOwnerOnly(const QString &path)
{
#ifdef Q_OS_WIN
    QString error;
    return Tandem::restrictToOwner(path, &error) == Tandem::OwnerOnlyResult::AlreadyOwnerOnly;
#else
    const auto wanted = QFileInfo(path).isDir() ? OwnerReadWrite | QFileDevice::ExeOwner : OwnerReadWrite;
    return (QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser))
        == wanted;
#endif
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class tst_DeviceIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void firstStartCreatesIdentity();
    void filesAreOwnerOnly();
    void idIsStableAcrossRestarts();
    void idIsHashOfCertificatePublicKey();
    void keyAndCertificateWorkWithQtTls();
    void worldReadableFilesAreTightened();
    void corruptKeyIsBackedUpAndRegenerated_data();
    void corruptKeyIsBackedUpAndRegenerated();
    void corruptCertificateIsReissuedForSameKey_data();
    void corruptCertificateIsReissuedForSameKey();
    void missingProviderIsAClearError();
    void deviceIdForGarbageIsEmpty();

private:
    // Generating RSA-3072 keys is slow; most tests start from a copy of
    // this identity instead of making their own.
    QString copyTemplateInto(const QString &dir);
    QTemporaryDir m_templateDir;
    DeviceIdentity m_template;
    QTemporaryDir m_otherDir;
    DeviceIdentity m_other;
};

void tst_DeviceIdentity::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    auto first = DeviceIdentity::loadOrCreate(m_templateDir.path());
    QVERIFY2(first.outcome == Outcome::Created, qPrintable(first.error));
    m_template = first.identity;
    auto other = DeviceIdentity::loadOrCreate(m_otherDir.path());
    QVERIFY2(other.outcome == Outcome::Created, qPrintable(other.error));
    m_other = other.identity;
}

void tst_DeviceIdentity::init()
{
    // Any warning not announced with ignoreMessage fails the test: the only
    // warnings allowed are the one clear line per repair.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QString tst_DeviceIdentity::copyTemplateInto(const QString &dir)
{
    for (const char *name : {"private-key.pem", "certificate.pem"}) {
        const QString from = QDir(m_templateDir.path()).filePath(QLatin1StringView(name));
        const QString to = QDir(dir).filePath(QLatin1StringView(name));
        if (!QFile::copy(from, to))
            return QStringLiteral("cannot copy %1").arg(from);
    }
    return {};
}

void tst_DeviceIdentity::firstStartCreatesIdentity()
{
    QVERIFY(!m_template.isNull());
    QCOMPARE(m_template.deviceId().size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(m_template.deviceId()).hasMatch());
    QCOMPARE(m_template.shortId(), m_template.deviceId().left(4) + u' ' + m_template.deviceId().mid(4, 4));
    QVERIFY(m_template.deviceId() != m_other.deviceId());
    QVERIFY(m_template.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
}

void tst_DeviceIdentity::filesAreOwnerOnly()
{
    if (TandemTest::runsUnderWine())
        QSKIP("Wine does not keep access lists (platformfixtures.h): nothing to read back");
    const QDir dir(m_templateDir.path());
    QVERIFY(isOwnerOnly(dir.filePath(QStringLiteral("private-key.pem"))));
    QVERIFY(isOwnerOnly(dir.filePath(QStringLiteral("certificate.pem"))));
    QVERIFY(isOwnerOnly(dir.path()));
}

void tst_DeviceIdentity::idIsStableAcrossRestarts()
{
    for (int restart = 0; restart < 3; ++restart) {
        const auto again = DeviceIdentity::loadOrCreate(m_templateDir.path());
        QCOMPARE(again.outcome, Outcome::Loaded);
        QCOMPARE(again.identity.deviceId(), m_template.deviceId());
        QCOMPARE(again.identity.certificateDer(), m_template.certificateDer());
        QVERIFY(again.backups.isEmpty());
    }
}

void tst_DeviceIdentity::idIsHashOfCertificatePublicKey()
{
    // The LAN link sees certificates through QSslCertificate, Bluetooth
    // through QCA: both must derive the same id.
    const QSslCertificate cert(m_template.certificateDer(), QSsl::Der);
    QVERIFY(!cert.isNull());
    const QByteArray spki = cert.publicKey().toDer();
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex()),
             m_template.deviceId());
    QCOMPARE(DeviceIdentity::deviceIdForCertificate(m_template.certificateDer()), m_template.deviceId());
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName).value(0), m_template.deviceId());
}

void tst_DeviceIdentity::keyAndCertificateWorkWithQtTls()
{
    const QSslKey key(m_template.privateKeyPem(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    QCOMPARE(key.length(), DeviceIdentity::KeyBits);
    const QSslCertificate cert(m_template.certificatePem(), QSsl::Pem);
    QVERIFY(cert.isSelfSigned());
    QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(DeviceIdentity::CertificateValidityYears - 1));
    QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
}

void tst_DeviceIdentity::worldReadableFilesAreTightened()
{
#ifdef Q_OS_WIN
    QSKIP("QFile::setPermissions cannot open an access list up; tst_ownerpermissions restricts one");
#endif
    QTemporaryDir dir;
    QCOMPARE(copyTemplateInto(dir.path()), QString());
    const QString keyPath = QDir(dir.path()).filePath(QStringLiteral("private-key.pem"));
    QVERIFY(QFile::setPermissions(keyPath, OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(!isOwnerOnly(keyPath));
    const auto loaded = DeviceIdentity::loadOrCreate(dir.path());
    QCOMPARE(loaded.outcome, Outcome::Loaded);
    QVERIFY(isOwnerOnly(keyPath));
}

void tst_DeviceIdentity::corruptKeyIsBackedUpAndRegenerated_data()
{
    QTest::addColumn<QByteArray>("keyContents");
    QTest::addColumn<bool>("keyIsDirectory");
    QTest::addColumn<QString>("reason");
    QTest::newRow("garbage") << QByteArray("\x00\x01garbage\xff", 11) << false << QStringLiteral("not a valid");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("not a valid");
    QTest::newRow("truncated") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIG/gIBADANBgkqhkiG9w0BAQEFAASC\n") << false
                               << QStringLiteral("not a valid");
    QTest::newRow("unreadable") << QByteArray() << true << QStringLiteral("unreadable");
}

void tst_DeviceIdentity::corruptKeyIsBackedUpAndRegenerated()
{
    QFETCH(QByteArray, keyContents);
    QFETCH(bool, keyIsDirectory);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QCOMPARE(copyTemplateInto(dir.path()), QString());
    const QString keyPath = QDir(dir.path()).filePath(QStringLiteral("private-key.pem"));
    if (keyIsDirectory) {
        // Root can read any file, so "unreadable" is made with a directory.
        QVERIFY(QFile::remove(keyPath));
        QVERIFY(QDir().mkpath(keyPath));
    } else {
        writeAll(keyPath, keyContents);
    }

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^The device key in .*private-key\\.pem was %1.*kept it as "
                                                           ".*broken-.* and created a new identity")
                                                .arg(reason)));
    const auto result = DeviceIdentity::loadOrCreate(dir.path());
    QCOMPARE(result.outcome, Outcome::Regenerated);
    QVERIFY(!result.identity.isNull());
    QVERIFY(result.identity.deviceId() != m_template.deviceId());

    // Both old files were kept aside, contents intact.
    QCOMPARE(result.backups.size(), 2);
    if (!keyIsDirectory)
        QCOMPARE(readAll(result.backups.at(0)), keyContents);
    QCOMPARE(readAll(result.backups.at(1)), m_template.certificatePem());

    // And the new identity is what the next start loads.
    const auto next = DeviceIdentity::loadOrCreate(dir.path());
    QCOMPARE(next.outcome, Outcome::Loaded);
    QCOMPARE(next.identity.deviceId(), result.identity.deviceId());
}

void tst_DeviceIdentity::corruptCertificateIsReissuedForSameKey_data()
{
    QTest::addColumn<QByteArray>("certContents");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("reason");
    QTest::newRow("garbage") << QByteArray("not a certificate") << false << QStringLiteral("not a valid certificate");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("not a valid certificate");
    QTest::newRow("another device's") << QByteArray() << false << QStringLiteral("for a different key");
    QTest::newRow("missing") << QByteArray() << true << QStringLiteral("missing");
}

void tst_DeviceIdentity::corruptCertificateIsReissuedForSameKey()
{
    QFETCH(QByteArray, certContents);
    QFETCH(bool, remove);
    QFETCH(QString, reason);
    if (QByteArrayView(QTest::currentDataTag()) == "another device's")
        certContents = m_other.certificatePem();

    QTemporaryDir dir;
    QCOMPARE(copyTemplateInto(dir.path()), QString());
    const QString certPath = QDir(dir.path()).filePath(QStringLiteral("certificate.pem"));
    if (remove)
        QVERIFY(QFile::remove(certPath));
    else
        writeAll(certPath, certContents);

    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("^The device certificate in .*certificate\\.pem was %1; "
                                          "issued a new one for the same key \\(device id unchanged\\)")
                               .arg(reason)));
    const auto result = DeviceIdentity::loadOrCreate(dir.path());
    QCOMPARE(result.outcome, Outcome::Reissued);
    QCOMPARE(result.identity.deviceId(), m_template.deviceId());
    QVERIFY(result.identity.certificateDer() != m_template.certificateDer());
    QCOMPARE(DeviceIdentity::deviceIdForCertificate(result.identity.certificateDer()), m_template.deviceId());
    QCOMPARE(result.backups.size(), remove ? 0 : 1);
    if (!remove)
        QCOMPARE(readAll(result.backups.constFirst()), certContents);
    if (!TandemTest::runsUnderWine())
        QVERIFY(isOwnerOnly(certPath));
}

void tst_DeviceIdentity::missingProviderIsAClearError()
{
    QTemporaryDir dir;
    const QString identityDir = QDir(dir.path()).filePath(QStringLiteral("identity"));
    const auto result = DeviceIdentity::loadOrCreate(identityDir, QStringLiteral("qca-not-installed"));
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY(result.identity.isNull());
    QVERIFY2(result.error.contains(u"\"qca-not-installed\" is not installed"), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"libqca-qt6-plugins"), qPrintable(result.error));
    // Nothing was written: fixing the install and restarting starts clean.
    QVERIFY(!QFileInfo::exists(identityDir));
}

void tst_DeviceIdentity::deviceIdForGarbageIsEmpty()
{
    QCOMPARE(DeviceIdentity::deviceIdForCertificate(QByteArray("garbage")), QString());
    QCOMPARE(DeviceIdentity::deviceIdForCertificate(QByteArray()), QString());
}

QTEST_GUILESS_MAIN(tst_DeviceIdentity)
#include "tst_deviceidentity.moc"
