#include "identity/ownerpermissions_p.h"

#include "../../common/platformfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Tandem::OwnerOnlyResult;
using Tandem::restrictToOwner;

namespace {

// ReadUser/WriteUser/ExeUser mirror the owner bits for the current user.
// On Windows QFile::permissions does not read access lists (unless asked),
// so there the contract is checked through restrictToOwner's own answers:
// Restricted once, then AlreadyOwnerOnly, which reads the list back.
[[maybe_unused]] QFileDevice::Permissions ownerAndOthers(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

// The profile's key, certificate and folders made owner-only, and left
// alone (nothing to log) once they are: this platform's file (modes, or an
// access list on Windows, run under Wine by scripts/test --windows).
class tst_OwnerPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReadableFileIsRestrictedOnce();
    void aFolderKeepsItsSearchBit();
    void aMissingFileFails();
};

void tst_OwnerPermissions::aReadableFileIsRestrictedOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private-key.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QFile::setPermissions(path, OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    QCOMPARE(restrictToOwner(path, &error), OwnerOnlyResult::Restricted);
#ifndef Q_OS_WIN
    QCOMPARE(ownerAndOthers(path), OwnerReadWrite);
#endif
    if (TandemTest::runsUnderWine())
        QSKIP("Wine does not keep access lists (platformfixtures.h): nothing to read back");
    // The next start finds nothing to change, so logs nothing.
    QCOMPARE(restrictToOwner(path, &error), OwnerOnlyResult::AlreadyOwnerOnly);
}

void tst_OwnerPermissions::aFolderKeepsItsSearchBit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("identity"));
    QVERIFY(QDir().mkpath(path));
    QVERIFY(QFile::setPermissions(
        path, OwnerReadWrite | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QString error;
    QCOMPARE(restrictToOwner(path, &error), OwnerOnlyResult::Restricted);
#ifndef Q_OS_WIN
    QCOMPARE(ownerAndOthers(path), OwnerReadWrite | QFileDevice::ExeOwner);
#endif
    if (TandemTest::runsUnderWine())
        QSKIP("Wine does not keep access lists (platformfixtures.h): nothing to read back");
    QCOMPARE(restrictToOwner(path, &error), OwnerOnlyResult::AlreadyOwnerOnly);
}

void tst_OwnerPermissions::aMissingFileFails()
{
    QTemporaryDir dir;
    QString error;
    QCOMPARE(restrictToOwner(dir.filePath(QStringLiteral("gone")), &error), OwnerOnlyResult::Failed);
    QVERIFY(!error.isEmpty());
}

QTEST_APPLESS_MAIN(tst_OwnerPermissions)
#include "tst_ownerpermissions.moc"
