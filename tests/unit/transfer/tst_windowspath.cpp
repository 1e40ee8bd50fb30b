#include "transfer/windowspath_p.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The extended-length form that lets the Windows landing rename files beyond
// MAX_PATH (lib/transfer/windowspath_p.h): pure string work, so it is proven
// here although only Windows calls it.
class tst_WindowsPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extendedLengthPath_data();
    void extendedLengthPath();
    void aPathBeyondMaxPathKeepsEveryComponent();
};

void tst_WindowsPath::extendedLengthPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("currentDir");
    QTest::addColumn<QString>("expected");

    const QString cwd = u"C:/Users/ann/Downloads"_s;
    QTest::newRow("drive, Qt's separators")
        << u"C:/Users/ann/Downloads/a.txt"_s << cwd << u"\\\\?\\C:\\Users\\ann\\Downloads\\a.txt"_s;
    QTest::newRow("drive, native separators") << u"d:\\data\\a.txt"_s << cwd << u"\\\\?\\D:\\data\\a.txt"_s;
    QTest::newRow("drive root") << u"C:\\"_s << cwd << u"\\\\?\\C:\\"_s;
    QTest::newRow("UNC") << u"\\\\server\\share\\in\\a.txt"_s << cwd << u"\\\\?\\UNC\\server\\share\\in\\a.txt"_s;
    QTest::newRow("UNC, Qt's separators")
        << u"//server/share/in/a.txt"_s << cwd << u"\\\\?\\UNC\\server\\share\\in\\a.txt"_s;
    QTest::newRow("UNC without a share") << u"\\\\server"_s << cwd << QString();
    QTest::newRow("UNC with an empty share") << u"\\\\server\\\\a.txt"_s << cwd << QString();
    QTest::newRow("already extended") << u"\\\\?\\C:\\x\\..\\a.txt"_s << cwd << u"\\\\?\\C:\\x\\..\\a.txt"_s;
    QTest::newRow("already extended UNC")
        << u"\\\\?\\UNC\\server\\share\\a.txt"_s << cwd << u"\\\\?\\UNC\\server\\share\\a.txt"_s;
    QTest::newRow("NT namespace") << u"\\??\\C:\\a.txt"_s << cwd << u"\\??\\C:\\a.txt"_s;
    QTest::newRow("device namespace") << u"\\\\.\\COM1"_s << cwd << u"\\\\.\\COM1"_s;
    QTest::newRow("relative") << u"in/a.txt"_s << cwd << u"\\\\?\\C:\\Users\\ann\\Downloads\\in\\a.txt"_s;
    QTest::newRow("relative to a UNC folder")
        << u"a.txt"_s << u"\\\\server\\share\\in"_s << u"\\\\?\\UNC\\server\\share\\in\\a.txt"_s;
    QTest::newRow("relative to an extended folder") << u"a.txt"_s << u"\\\\?\\C:\\in"_s << u"\\\\?\\C:\\in\\a.txt"_s;
    QTest::newRow("relative to an extended UNC folder")
        << u"a.txt"_s << u"\\\\?\\UNC\\server\\share"_s << u"\\\\?\\UNC\\server\\share\\a.txt"_s;
    QTest::newRow("relative, no absolute current folder") << u"a.txt"_s << u"in"_s << QString();
    QTest::newRow("rooted at the current drive") << u"\\tmp\\a.txt"_s << cwd << u"\\\\?\\C:\\tmp\\a.txt"_s;
    QTest::newRow("rooted at the current share")
        << u"\\tmp\\a.txt"_s << u"//server/share/in"_s << u"\\\\?\\UNC\\server\\share\\tmp\\a.txt"_s;
    QTest::newRow("drive-relative, current drive")
        << u"c:in\\a.txt"_s << cwd << u"\\\\?\\C:\\Users\\ann\\Downloads\\in\\a.txt"_s;
    QTest::newRow("drive-relative, another drive") << u"E:a.txt"_s << cwd << u"\\\\?\\E:\\a.txt"_s;
    // The extended form is taken literally by Windows, so these are resolved
    // first: "." and ".." would otherwise be looked up as names.
    QTest::newRow("dots") << u"C:\\a\\.\\b\\..\\c.txt"_s << cwd << u"\\\\?\\C:\\a\\c.txt"_s;
    QTest::newRow("dots above the drive") << u"C:\\..\\..\\c.txt"_s << cwd << u"\\\\?\\C:\\c.txt"_s;
    QTest::newRow("dots above the share")
        << u"\\\\server\\share\\..\\c.txt"_s << cwd << u"\\\\?\\UNC\\server\\share\\c.txt"_s;
    QTest::newRow("relative dots") << u"..\\..\\c.txt"_s << cwd << u"\\\\?\\C:\\Users\\c.txt"_s;
    QTest::newRow("repeated separators") << u"C:\\a\\\\b//c.txt"_s << cwd << u"\\\\?\\C:\\a\\b\\c.txt"_s;
    QTest::newRow("non-ASCII names") << u"C:/Données/日本語.txt"_s << cwd << u"\\\\?\\C:\\Données\\日本語.txt"_s;
}

void tst_WindowsPath::extendedLengthPath()
{
    QFETCH(QString, path);
    QFETCH(QString, currentDir);
    QFETCH(QString, expected);
    QCOMPARE(Tandem::windowsExtendedLengthPath(path, currentDir), expected);
}

// What the prefix is for: a landing path of the 1024 bytes the landing zone
// allows, under a download folder, is far beyond the 260 characters of
// MAX_PATH, and comes through whole.
void tst_WindowsPath::aPathBeyondMaxPathKeepsEveryComponent()
{
    constexpr int MaxPath = 260;
    const QString folder = u"C:/Users/ann/Downloads"_s;
    QStringList components;
    for (int i = 0; i < 16; ++i)
        components.append(QString(60, QChar(u'a' + i)));
    const QString path = folder + u'/' + components.join(u'/') + u".part"_s;
    QVERIFY(path.size() > 3 * MaxPath);
    const QString extended = Tandem::windowsExtendedLengthPath(path, folder);
    QCOMPARE(extended, u"\\\\?\\"_s + QString(path).replace(u'/', u'\\'));
}

QTEST_APPLESS_MAIN(tst_WindowsPath)
#include "tst_windowspath.moc"
