#include "identity/profilelocation_p.h"
#include <Tandem/profile.h>

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

// moveProfile() (lib/identity/profilelocation.cpp, built into this test):
// the default profile moved from the roaming app data folder to the local
// one. Both are one folder on Linux, so each case uses two temporary ones.
class tst_ProfileLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void movesToAMissingFolder();
    void movesIntoAnEmptyFolder();
    void anExistingProfileIsLeftAlone();
    void nothingToMove_data();
    void nothingToMove();
    void aProfileInUseStays();
    void defaultIsTheLocalFolder();

private:
    // A profile's files (not a real identity: the move does not read them).
    static void makeProfile(const QString &path);
    static bool holdsProfile(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_roaming;
    QString m_local;
};

void tst_ProfileLocation::initTestCase()
{
    // Profile::defaultDirectory() below: never the user's real folders.
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileLocation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_roaming = m_dir->filePath(QStringLiteral("Roaming/Tandem"));
    m_local = m_dir->filePath(QStringLiteral("Local/Tandem"));
}

void tst_ProfileLocation::makeProfile(const QString &path)
{
    QVERIFY(QDir().mkpath(path + u"/identity"));
    QFile key(path + u"/identity/key.pem");
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("key");
    QFile trust(path + u"/trust.sqlite");
    QVERIFY(trust.open(QIODevice::WriteOnly));
}

bool tst_ProfileLocation::holdsProfile(const QString &path)
{
    QFile key(path + u"/identity/key.pem");
    return key.open(QIODevice::ReadOnly) && key.readAll() == "key" && QFile::exists(path + u"/trust.sqlite");
}

void tst_ProfileLocation::movesToAMissingFolder()
{
    makeProfile(m_roaming);
    QString error;
    QCOMPARE(moveProfile(m_roaming, m_local, &error), ProfileMove::Moved);
    QVERIFY(holdsProfile(m_local));
    // Moved, not copied: the key is in one place only.
    QVERIFY(!QFileInfo::exists(m_roaming));
}

void tst_ProfileLocation::movesIntoAnEmptyFolder()
{
    makeProfile(m_roaming);
    QVERIFY(QDir().mkpath(m_local));
    QString error;
    QCOMPARE(moveProfile(m_roaming, m_local, &error), ProfileMove::Moved);
    QVERIFY(holdsProfile(m_local));
    QVERIFY(!QFileInfo::exists(m_roaming));
}

void tst_ProfileLocation::anExistingProfileIsLeftAlone()
{
    makeProfile(m_roaming);
    QVERIFY(QDir().mkpath(m_local));
    QFile settings(m_local + u"/settings.ini");
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.close();
    QString error;
    QCOMPARE(moveProfile(m_roaming, m_local, &error), ProfileMove::NothingToMove);
    QVERIFY(holdsProfile(m_roaming));
    QVERIFY(!QFileInfo::exists(m_local + u"/identity"));
}

void tst_ProfileLocation::nothingToMove_data()
{
    QTest::addColumn<bool>("oldFolderExists");
    QTest::addColumn<bool>("sameFolder");
    QTest::newRow("no old folder") << false << false;
    QTest::newRow("an empty old folder") << true << false;
    // Linux, macOS: AppDataLocation and AppLocalDataLocation are one path.
    QTest::newRow("one folder") << true << true;
}

void tst_ProfileLocation::nothingToMove()
{
    QFETCH(bool, oldFolderExists);
    QFETCH(bool, sameFolder);
    if (oldFolderExists)
        QVERIFY(QDir().mkpath(m_roaming));
    if (sameFolder)
        makeProfile(m_roaming);
    const QString to = sameFolder ? m_roaming + u"/." : m_local;
    QString error;
    QCOMPARE(moveProfile(m_roaming, to, &error), ProfileMove::NothingToMove);
    QCOMPARE(QFileInfo::exists(m_roaming), oldFolderExists);
    if (!sameFolder)
        QVERIFY(!QFileInfo::exists(m_local));
}

void tst_ProfileLocation::aProfileInUseStays()
{
    makeProfile(m_roaming);
    // Another Profile holding it, as an older Tandem still running would.
    QLockFile held(QDir(m_roaming).filePath(ProfileLockFile));
    QVERIFY(held.tryLock(0));
    QString error;
    QCOMPARE(moveProfile(m_roaming, m_local, &error), ProfileMove::Failed);
    QVERIFY2(error.contains(u"in use"), qPrintable(error));
    QVERIFY(holdsProfile(m_roaming));
    QVERIFY(!QFileInfo::exists(m_local));
}

void tst_ProfileLocation::defaultIsTheLocalFolder()
{
    QCOMPARE(Profile::defaultDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

QTEST_GUILESS_MAIN(tst_ProfileLocation)
#include "tst_profilelocation.moc"
