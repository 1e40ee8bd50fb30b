#include <Tandem/landingzone.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <thread>
#include <vector>

#include <dlfcn.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Tandem::Landing;
using Tandem::LandingZone;
using Tandem::SanitizedPath;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The landing shim (tests/portability/shim, preloaded by CTest's
// landingzone_* runs) makes the next `times` renames of part files fail with
// EBUSY, as a virus scanner holding the file does; null without the shim.
using ShimBusy = void (*)(int times);
ShimBusy shimBusy()
{
    return reinterpret_cast<ShimBusy>(dlsym(RTLD_DEFAULT, "tandem_landing_shim_busy"));
}

SanitizedPath safe(const QString &offered)
{
    QString error;
    const auto path = LandingZone::sanitize(offered, &error);
    return path.value_or(SanitizedPath{});
}

} // namespace

class tst_LandingZone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();

    void reserveCreatesThePartFileOnly();
    void neverOverwrites_data();
    void neverOverwrites();
    void reservationsOfTheSameNameDiffer();
    void reservationsFromManyThreadsDiffer();
    void abandonKeepsThePartFile();
    void finalizeTakesTheNextNameIfTheFinalNameAppeared();
    void finalizeNeverFollowsALinkThatAppeared();
    void finalizeWithoutPartFileFails();
    void finalizeWaitsForABusyPartFile();
    void aPartFileBusyBeyondTheRetriesIsKeptForALaterFinalize();
    void nestedFoldersAreCreated();
    void existingFoldersAreReused();
    void aFileInTheWayOfAFolderIsAnError();
    void aLinkedFolderInsideIsRefused_data();
    void aLinkedFolderInsideIsRefused();
    void aLinkAtTheFileNameIsNeverFollowed_data();
    void aLinkAtTheFileNameIsNeverFollowed();
    void theDownloadFolderMayItselfBeALink();
    void longNamesLeaveRoomForSuffixes();
    void aNameCutToOnlySpacesBecomesAnUnderscore();
    void reserveRefusesAnUnsanitisedPath();
    void collisionNumbersAreBounded();
    void changesAreDescribed();
    void unusableFolder_data();
    void unusableFolder();
    void readOnlyFolder();
    void freeSpace();
};

void tst_LandingZone::sanitize_data()
{
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QString>("errorContains");

    auto safeAsIs
        = [](const char *tag, const QString &name) { QTest::newRow(tag) << name << name << false << QString(); };
    auto becomes = [](const char *tag, const QString &offered, const QString &expected) {
        QTest::newRow(tag) << offered << expected << true << QString();
    };
    auto refused = [](const char *tag, const QString &offered, const QString &errorContains) {
        QTest::newRow(tag) << offered << QString() << true << errorContains;
    };

    safeAsIs("plain", u"notes.txt"_s);
    safeAsIs("folders", u"photos/2024/beach.jpg"_s);
    safeAsIs("dotfile", u".bashrc"_s);
    safeAsIs("inner dots", u"a..b.txt"_s);
    safeAsIs("leading space", u" a"_s);
    safeAsIs("unicode", u"Zoë 日本語 😀.txt"_s);
    safeAsIs("not reserved: CONSOLE", u"CONSOLE.txt"_s);
    safeAsIs("not reserved: COM10", u"COM10"_s);
    safeAsIs("not reserved: LPT", u"lpt"_s);
    safeAsIs("not reserved: NULL", u"NULL.txt"_s);
    // Normalising is not reported: macOS sends every accented name decomposed.
    QTest::newRow("NFD becomes NFC") << u"Cafe\u0301/Re\u0301sume\u0301.txt"_s << u"Caf\u00E9/R\u00E9sum\u00E9.txt"_s
                                     << false << QString();

    // Escapes and absolute paths.
    becomes("parent escape", u"../../etc/passwd"_s, u"etc/passwd"_s);
    becomes("absolute", u"/etc/passwd"_s, u"etc/passwd"_s);
    becomes("parents inside", u"a/../../b"_s, u"a/b"_s);
    becomes("current folder", u"a/./b"_s, u"a/b"_s);
    QTest::newRow("empty components") << u"a//b/"_s << u"a/b"_s << false << QString(); // harmless, not reported
    becomes("drive absolute", u"C:\\Windows\\x"_s, u"Windows/x"_s);
    becomes("drive relative", u"C:x"_s, u"x"_s);
    becomes("drive with slash", u"d:/x"_s, u"x"_s);
    becomes("UNC", u"\\\\server\\share\\x"_s, u"server/share/x"_s);
    becomes("UNC with slashes", u"//server/share"_s, u"server/share"_s);
    becomes("backslash escape", u"a\\..\\..\\b"_s, u"a/b"_s);
    becomes("NT device path", u"\\\\?\\C:\\x"_s, u"_/C_/x"_s);
    becomes("colon later", u"a/C:/x"_s, u"a/C_/x"_s);

    // Characters.
    becomes("NUL inside", u"a"_s + QChar(0) + u"b.txt"_s, u"ab.txt"_s);
    becomes("control characters", u"a\tb\nc\r\u001B[31m.txt"_s, u"abc[31m.txt"_s);
    becomes("DEL and C1", u"a\u007F\u0085\u009Bb"_s, u"ab"_s);
    const char16_t bidi[]
        = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C};
    for (const char16_t c : bidi) {
        QTest::addRow("bidi U+%04X", unsigned(c))
            << QString(u"invoice"_s + QChar(c) + u"txt.exe"_s) << u"invoicetxt.exe"_s << true << QString();
    }
    becomes("zero width and BOM", u"\uFEFFa\u200Bb\u2028c"_s, u"abc"_s);
    becomes("lone surrogate", u"a"_s + QChar(0xD800) + u"b"_s, u"ab"_s);
    becomes("noncharacter", u"a\uFFFEb"_s, u"ab"_s);
    becomes("forbidden on Windows", u"a<b>c:d\"e|f?g*h.txt"_s, u"a_b_c_d_e_f_g_h.txt"_s);
    becomes("alternate data stream", u"file.txt:evil"_s, u"file.txt_evil"_s);
    becomes("only invisible", u"\u202E"_s, u"_"_s);

    // Windows' trailing dots and spaces, and its device names.
    becomes("trailing dots and spaces", u"name. . ."_s, u"name"_s);
    becomes("trailing in a folder", u"folder./file "_s, u"folder/file"_s);
    becomes("only dots", u"...."_s, u"_"_s);
    becomes("only spaces", u"   "_s, u"_"_s);
    becomes("CON", u"CON"_s, u"_CON"_s);
    becomes("con.txt", u"con.txt"_s, u"_con.txt"_s);
    becomes("LPT9.log", u"LPT9.log"_s, u"_LPT9.log"_s);
    becomes("COM1", u"COM1"_s, u"_COM1"_s);
    becomes("com0", u"com0"_s, u"_com0"_s);
    becomes("PRN", u"prn"_s, u"_prn"_s);
    becomes("AUX with two extensions", u"aux.tar.gz"_s, u"_aux.tar.gz"_s);
    becomes("NUL as a folder", u"a/nul/b"_s, u"a/_nul/b"_s);
    becomes("CON before a space", u"CON .txt"_s, u"_CON .txt"_s);
    becomes("CONIN$", u"conin$"_s, u"_conin$"_s);
    becomes("COM superscript", u"COM\u00B9.txt"_s, u"_COM\u00B9.txt"_s);
    becomes("CON with trailing dot", u"CON."_s, u"_CON"_s);

    // Lengths: at the bound passes, beyond it is shortened (names) or refused (paths).
    safeAsIs("255 bytes", u"a"_s.repeated(255));
    becomes("256 bytes", u"a"_s.repeated(256), u"a"_s.repeated(255));
    becomes("300 bytes of 3-byte characters", u"界"_s.repeated(100) + u".txt"_s, u"界"_s.repeated(83) + u".txt"_s);
    becomes("3-byte characters, no extension", u"界"_s.repeated(100), u"界"_s.repeated(85));
    becomes("4-byte characters", u"😀"_s.repeated(70) + u".png"_s, u"😀"_s.repeated(62) + u".png"_s);
    becomes("double extension kept", u"a"_s.repeated(300) + u".tar.gz"_s, u"a"_s.repeated(248) + u".tar.gz"_s);
    becomes("32-byte extension kept", u"a"_s.repeated(300) + u'.' + u"b"_s.repeated(31),
            u"a"_s.repeated(223) + u'.' + u"b"_s.repeated(31));
    becomes("33-byte extension is name", u"a"_s.repeated(300) + u'.' + u"b"_s.repeated(32), u"a"_s.repeated(255));
    becomes("overlong extension is name", u"a."_s + u"b"_s.repeated(300), u"a."_s + u"b"_s.repeated(253));
    // The ".bbb…" is too long to be an extension, so the cut lands after the dot, which goes.
    becomes("shortened to a trailing dot", u"a"_s.repeated(254) + u'.' + u"b"_s.repeated(40), u"a"_s.repeated(254));
    becomes("shortened to only spaces", u" "_s.repeated(300) + u'x', u"_"_s);
    QStringList deep(LandingZone::MaxPathComponents, u"a"_s);
    safeAsIs("32 components", deep.join(u'/'));
    deep.append(u"a"_s);
    refused("33 components", deep.join(u'/'), u"at most 32"_s);
    const QString a255 = u"a"_s.repeated(255);
    const QString path1024 = a255 + u'/' + a255 + u'/' + a255 + u'/' + u"a"_s.repeated(254) + u"/b"_s;
    QCOMPARE(path1024.toUtf8().size(), LandingZone::MaxPathBytes);
    safeAsIs("1024-byte path", path1024);
    refused("1025-byte path", path1024 + u'b', u"1025 bytes"_s);
    const QString offer4096 = u"./"_s.repeated(2047) + u"ab"_s;
    QCOMPARE(offer4096.size(), LandingZone::MaxOfferedPathChars);
    becomes("4096-character offer", offer4096, u"ab"_s);
    refused("4097-character offer", offer4096 + u'c', u"longer than 4096"_s);

    // Nothing left.
    refused("empty", QString(), u"empty"_s);
    refused("dot dot", u".."_s, u"Nothing is left"_s);
    refused("dot", u"."_s, u"Nothing is left"_s);
    refused("slashes", u"///"_s, u"Nothing is left"_s);
    refused("dots and slashes", u"/./../\\..\\"_s, u"Nothing is left"_s);
    refused("drive only", u"C:\\"_s, u"Nothing is left"_s);
}

void tst_LandingZone::sanitize()
{
    QFETCH(QString, offered);
    QFETCH(QString, expected);
    QFETCH(bool, changed);
    QFETCH(QString, errorContains);

    QString error;
    const auto path = LandingZone::sanitize(offered, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!path, qPrintable(path ? path->relativePath : QString()));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        return;
    }
    QVERIFY2(path, qPrintable(error));
    QCOMPARE(path->relativePath, expected);
    QCOMPARE(!path->changes.isEmpty(), changed);
    QVERIFY(path->relativePath.toUtf8().size() <= LandingZone::MaxPathBytes);
    QCOMPARE(QString::fromUtf8(path->relativePath.toUtf8()), path->relativePath); // valid UTF-8 round trip
    const QStringList components = path->relativePath.split(u'/');
    for (const QString &component : components)
        QVERIFY(component.toUtf8().size() <= LandingZone::MaxComponentBytes);

    // Sanitising is idempotent: a safe path is left alone.
    const auto again = LandingZone::sanitize(path->relativePath, &error);
    QVERIFY(again);
    QCOMPARE(again->relativePath, path->relativePath);
    QCOMPARE(again->changes, QStringList());
}

void tst_LandingZone::reserveCreatesThePartFileOnly()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"report.pdf"_s), &error);
    QVERIFY2(landing, qPrintable(error));
    QCOMPARE(landing->requestedPath, u"report.pdf"_s);
    QCOMPARE(landing->relativePath, u"report.pdf"_s);
    QCOMPARE(landing->finalPath, dir.path() + u"/report.pdf"_s);
    QCOMPARE(landing->partPath, dir.path() + u"/report.pdf.part"_s);
    QVERIFY(QFileInfo(landing->partPath).isFile());
    QCOMPARE(QFileInfo(landing->partPath).size(), 0);
    QVERIFY(!QFileInfo::exists(landing->finalPath));

    QVERIFY(writeFile(landing->partPath, "content"));
    const auto saved = zone.finalize(*landing, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, landing->finalPath);
    QCOMPARE(readFile(*saved), QByteArray("content"));
    QVERIFY(!QFileInfo::exists(landing->partPath));
}

void tst_LandingZone::neverOverwrites_data()
{
    QTest::addColumn<QStringList>("existing"); // files, or folders when ending in '/'
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("expected");

    QTest::newRow("free") << QStringList() << u"a.txt"_s << u"a.txt"_s;
    QTest::newRow("taken") << QStringList{u"a.txt"_s} << u"a.txt"_s << u"a (1).txt"_s;
    QTest::newRow("taken twice") << QStringList{u"a.txt"_s, u"a (1).txt"_s} << u"a.txt"_s << u"a (2).txt"_s;
    QTest::newRow("gap is reused") << QStringList{u"a.txt"_s, u"a (2).txt"_s} << u"a.txt"_s << u"a (1).txt"_s;
    QTest::newRow("no extension") << QStringList{u"README"_s} << u"README"_s << u"README (1)"_s;
    QTest::newRow("dotfile") << QStringList{u".bashrc"_s} << u".bashrc"_s << u".bashrc (1)"_s;
    QTest::newRow("double extension") << QStringList{u"backup.tar.gz"_s} << u"backup.tar.gz"_s
                                      << u"backup (1).tar.gz"_s;
    QTest::newRow("several dots") << QStringList{u"v1.2.zip"_s} << u"v1.2.zip"_s << u"v1.2 (1).zip"_s;
    QTest::newRow("part file left by another transfer") << QStringList{u"a.txt.part"_s} << u"a.txt"_s << u"a (1).txt"_s;
    QTest::newRow("a folder of that name") << QStringList{u"a.txt/"_s} << u"a.txt"_s << u"a (1).txt"_s;
    QTest::newRow("in a subfolder") << QStringList{u"docs/"_s, u"docs/a.txt"_s} << u"docs/a.txt"_s
                                    << u"docs/a (1).txt"_s;
    QTest::newRow("same name elsewhere is no clash") << QStringList{u"a.txt"_s} << u"docs/a.txt"_s << u"docs/a.txt"_s;
}

void tst_LandingZone::neverOverwrites()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, offered);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    for (const QString &name : std::as_const(existing)) {
        if (name.endsWith(u'/'))
            QVERIFY(QDir(dir.path()).mkpath(name));
        else
            QVERIFY(writeFile(dir.filePath(name), name.toUtf8()));
    }
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(offered), &error);
    QVERIFY2(landing, qPrintable(error));
    QCOMPARE(landing->relativePath, expected);
    QVERIFY(writeFile(landing->partPath, "new"));
    const auto saved = zone.finalize(*landing, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, dir.filePath(expected));
    QCOMPARE(readFile(*saved), QByteArray("new"));
    for (const QString &name : std::as_const(existing)) {
        if (!name.endsWith(u'/'))
            QCOMPARE(readFile(dir.filePath(name)), name.toUtf8());
    }
}

void tst_LandingZone::reservationsOfTheSameNameDiffer()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    LandingZone otherZone(dir.path()); // reservations are shared in the process
    QString error;
    const auto first = zone.reserve(safe(u"a.txt"_s), &error);
    const auto second = zone.reserve(safe(u"a.txt"_s), &error);
    const auto third = otherZone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(first && second && third);
    QCOMPARE(first->relativePath, u"a.txt"_s);
    QCOMPARE(second->relativePath, u"a (1).txt"_s);
    QCOMPARE(third->relativePath, u"a (2).txt"_s);

    // The second finishes first: it still gets its own name.
    QVERIFY(writeFile(second->partPath, "second"));
    QCOMPARE(zone.finalize(*second, &error), std::optional(second->finalPath));
    QVERIFY(writeFile(first->partPath, "first"));
    QCOMPARE(otherZone.finalize(*first, &error), std::optional(first->finalPath));
    QCOMPARE(readFile(dir.filePath(u"a.txt"_s)), QByteArray("first"));
    QCOMPARE(readFile(dir.filePath(u"a (1).txt"_s)), QByteArray("second"));

    const auto fourth = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(fourth);
    QCOMPARE(fourth->relativePath, u"a (3).txt"_s);
    zone.abandon(*third);
    zone.abandon(*fourth);
}

void tst_LandingZone::reservationsFromManyThreadsDiffer()
{
    constexpr int Threads = 8;
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QMutex mutex;
    QSet<QString> names;
    std::vector<std::thread> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back([&] {
            QString error;
            const auto landing = zone.reserve(safe(u"same.txt"_s), &error);
            QMutexLocker locker(&mutex);
            names.insert(landing ? landing->relativePath : error);
        });
    }
    for (auto &thread : threads)
        thread.join();
    QSet<QString> expected{u"same.txt"_s};
    for (int i = 1; i < Threads; ++i)
        expected.insert(u"same (%1).txt"_s.arg(i));
    QCOMPARE(names, expected);
}

void tst_LandingZone::abandonKeepsThePartFile()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(landing);
    QVERIFY(writeFile(landing->partPath, "half"));
    zone.abandon(*landing);
    QCOMPARE(readFile(landing->partPath), QByteArray("half")); // kept for resume
    // The part file still holds the name against new transfers.
    const auto next = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(next);
    QCOMPARE(next->relativePath, u"a (1).txt"_s);
    zone.abandon(*next);
}

void tst_LandingZone::finalizeTakesTheNextNameIfTheFinalNameAppeared()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"a.txt"_s), &error);
    const auto other = zone.reserve(safe(u"a.txt"_s), &error); // holds "a (1).txt"
    QVERIFY(landing && other);
    QVERIFY(writeFile(landing->finalPath, "appeared meanwhile"));
    QVERIFY(writeFile(landing->partPath, "received"));
    const auto saved = zone.finalize(*landing, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, dir.filePath(u"a (2).txt"_s));
    QCOMPARE(readFile(*saved), QByteArray("received"));
    QCOMPARE(readFile(landing->finalPath), QByteArray("appeared meanwhile"));
    zone.abandon(*other);
}

void tst_LandingZone::finalizeNeverFollowsALinkThatAppeared()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(landing);
    const QString target = outside.filePath(u"target"_s);
    QVERIFY(QFile::link(target, landing->finalPath)); // dangling
    QVERIFY(writeFile(landing->partPath, "received"));
    const auto saved = zone.finalize(*landing, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, dir.filePath(u"a (1).txt"_s));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo(landing->finalPath).isSymLink());
}

void tst_LandingZone::finalizeWithoutPartFileFails()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(landing);
    QVERIFY(QFile::remove(landing->partPath));
    QVERIFY(!zone.finalize(*landing, &error));
    QVERIFY2(error.contains(u"is missing"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(landing->finalPath));
    zone.abandon(*landing);
}

void tst_LandingZone::finalizeWaitsForABusyPartFile()
{
    const ShimBusy busy = shimBusy();
    if (!busy)
        QSKIP("needs the landing shim: CTest runs this as landingzone_*");
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(landing);
    QVERIFY(writeFile(landing->partPath, "received"));
    busy(LandingZone::BusyRenameAttempts - 1); // let go just before the last try
    const auto saved = zone.finalize(*landing, &error);
    busy(0);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, landing->finalPath);
    QCOMPARE(readFile(*saved), QByteArray("received"));
    QVERIFY(!QFileInfo::exists(landing->partPath));
}

void tst_LandingZone::aPartFileBusyBeyondTheRetriesIsKeptForALaterFinalize()
{
    const ShimBusy busy = shimBusy();
    if (!busy)
        QSKIP("needs the landing shim: CTest runs this as landingzone_*");
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(landing);
    QVERIFY(writeFile(landing->partPath, "received"));
    busy(LandingZone::BusyRenameAttempts);
    QVERIFY(!zone.finalize(*landing, &error));
    busy(0);
    QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    QCOMPARE(readFile(landing->partPath), QByteArray("received"));
    QVERIFY(!QFileInfo::exists(landing->finalPath));
    // The name stays taken while the part file waits: nothing else lands there.
    const auto other = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY(other);
    QCOMPARE(other->relativePath, u"a (1).txt"_s);
    zone.abandon(*other);
    // Let go: finalising again (a resume does) puts it in place.
    const auto saved = zone.finalize(*landing, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, landing->finalPath);
    QCOMPARE(readFile(*saved), QByteArray("received"));
}

void tst_LandingZone::nestedFoldersAreCreated()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"../x/y/z/f.bin"_s), &error);
    QVERIFY2(landing, qPrintable(error));
    QCOMPARE(landing->relativePath, u"x/y/z/f.bin"_s);
    QVERIFY(QFileInfo(dir.filePath(u"x/y/z"_s)).isDir());
    QCOMPARE(landing->partPath, dir.filePath(u"x/y/z/f.bin.part"_s));
    QVERIFY(QFileInfo(landing->partPath).isFile());
    QVERIFY(zone.finalize(*landing, &error));
    QVERIFY(QFileInfo(dir.filePath(u"x/y/z/f.bin"_s)).isFile());
}

void tst_LandingZone::existingFoldersAreReused()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"photos"_s));
    QVERIFY(writeFile(dir.filePath(u"photos/old.jpg"_s), "old"));
    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"photos/new.jpg"_s), &error);
    QVERIFY2(landing, qPrintable(error));
    QCOMPARE(landing->relativePath, u"photos/new.jpg"_s);
    zone.abandon(*landing);
}

void tst_LandingZone::aFileInTheWayOfAFolderIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"docs"_s), "a file"));
    LandingZone zone(dir.path());
    QString error;
    QVERIFY(!zone.reserve(safe(u"docs/a.txt"_s), &error));
    QVERIFY2(error.contains(u"docs in the download folder is in the way"_s), qPrintable(error));
    QCOMPARE(readFile(dir.filePath(u"docs"_s)), QByteArray("a file"));
}

void tst_LandingZone::aLinkedFolderInsideIsRefused_data()
{
    QTest::addColumn<QString>("linkName");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<bool>("targetOutside");
    QTest::newRow("to a folder outside") << u"evil"_s << u"evil/f.txt"_s << true;
    QTest::newRow("deeper, to a folder outside") << u"a/evil"_s << u"a/evil/b/f.txt"_s << true;
    QTest::newRow("to a missing folder outside") << u"evil"_s << u"evil/f.txt"_s << false;
    // Even a link that stays inside is not followed: one rule, no judgement.
    QTest::newRow("to a folder inside") << u"alias"_s << u"alias/f.txt"_s << false;
}

void tst_LandingZone::aLinkedFolderInsideIsRefused()
{
    QFETCH(QString, linkName);
    QFETCH(QString, offered);
    QFETCH(bool, targetOutside);

    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(QDir(dir.path()).mkpath(u"a"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"real"_s));
    const QString target = linkName == u"alias"_s ? dir.filePath(u"real"_s)
        : targetOutside                           ? outside.path()
                                                  : outside.filePath(u"missing"_s);
    QVERIFY(QFile::link(target, dir.filePath(linkName)));

    LandingZone zone(dir.path());
    QString error;
    QVERIFY(!zone.reserve(safe(offered), &error));
    QVERIFY2(error.contains(linkName + u" in the download folder is a link"_s), qPrintable(error));
    QCOMPARE(QDir(outside.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(QDir(dir.filePath(u"real"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void tst_LandingZone::aLinkAtTheFileNameIsNeverFollowed_data()
{
    QTest::addColumn<QString>("linkName");
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("final name, to a file outside") << u"f.txt"_s << true;
    QTest::newRow("final name, dangling") << u"f.txt"_s << false;
    QTest::newRow("part name, to a file outside") << u"f.txt.part"_s << true;
    QTest::newRow("part name, dangling") << u"f.txt.part"_s << false;
}

void tst_LandingZone::aLinkAtTheFileNameIsNeverFollowed()
{
    QFETCH(QString, linkName);
    QFETCH(bool, targetExists);

    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString target = outside.filePath(u"target"_s);
    if (targetExists)
        QVERIFY(writeFile(target, "outside"));
    QVERIFY(QFile::link(target, dir.filePath(linkName)));

    LandingZone zone(dir.path());
    QString error;
    const auto landing = zone.reserve(safe(u"f.txt"_s), &error);
    QVERIFY2(landing, qPrintable(error));
    QCOMPARE(landing->relativePath, u"f (1).txt"_s); // the link counts as taken
    QVERIFY(writeFile(landing->partPath, "received"));
    const auto saved = zone.finalize(*landing, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, dir.filePath(u"f (1).txt"_s));
    QCOMPARE(readFile(*saved), QByteArray("received"));
    QVERIFY(QFileInfo(dir.filePath(linkName)).isSymLink());
    if (targetExists)
        QCOMPARE(readFile(target), QByteArray("outside"));
    else
        QVERIFY(!QFileInfo::exists(target));
}

void tst_LandingZone::theDownloadFolderMayItselfBeALink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"real"_s));
    QVERIFY(QFile::link(dir.filePath(u"real"_s), dir.filePath(u"Downloads"_s)));
    LandingZone zone(dir.filePath(u"Downloads"_s));
    QString error;
    const auto landing = zone.reserve(safe(u"sub/f.txt"_s), &error);
    QVERIFY2(landing, qPrintable(error));
    QVERIFY(zone.finalize(*landing, &error));
    QVERIFY(QFileInfo(dir.filePath(u"real/sub/f.txt"_s)).isFile());
}

void tst_LandingZone::longNamesLeaveRoomForSuffixes()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    const QString longName = u"界"_s.repeated(83) + u".txt"_s; // 253 bytes
    const SanitizedPath path = safe(longName);
    QCOMPARE(path.relativePath, longName);
    QString error;
    const auto first = zone.reserve(path, &error);
    const auto second = zone.reserve(path, &error);
    QVERIFY2(first && second, qPrintable(error));
    const int room = LandingZone::MaxComponentBytes - int(LandingZone::PartSuffix.size());
    // 82 characters: 246 bytes + ".txt" fill the 250 bytes beside ".part".
    QCOMPARE(first->relativePath, u"界"_s.repeated(82) + u".txt"_s);
    QCOMPARE(second->relativePath, u"界"_s.repeated(80) + u" (1).txt"_s);
    for (const auto &landing : {*first, *second}) {
        QVERIFY(landing.relativePath.toUtf8().size() <= room);
        QVERIFY(QFileInfo(landing.partPath).isFile());
        QVERIFY(zone.finalize(landing, &error));
    }
}

void tst_LandingZone::aNameCutToOnlySpacesBecomesAnUnderscore()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    const QString name = u" "_s.repeated(253) + u'b'; // safe, but its first 250 bytes are spaces
    QCOMPARE(safe(name).relativePath, name);
    QString error;
    const auto landing = zone.reserve(safe(name), &error);
    QVERIFY2(landing, qPrintable(error));
    QCOMPARE(landing->relativePath, u"_"_s);
    QVERIFY(zone.finalize(*landing, &error));
}

void tst_LandingZone::reserveRefusesAnUnsanitisedPath()
{
    QTemporaryDir dir;
    LandingZone zone(dir.path());
    QString error;
    QVERIFY(!zone.reserve(SanitizedPath{u"../escape.txt"_s, {}}, &error));
    QVERIFY2(error.contains(u"not a sanitised path"_s), qPrintable(error));
    QVERIFY(!zone.reserve(SanitizedPath{}, &error));
    QVERIFY(!QFileInfo::exists(QFileInfo(dir.path()).dir().filePath(u"escape.txt"_s)));
}

void tst_LandingZone::collisionNumbersAreBounded()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"a.txt"_s), {}));
    for (int n = 1; n < LandingZone::MaxCollisionNumber; ++n)
        QVERIFY(writeFile(dir.filePath(u"a (%1).txt"_s.arg(n)), {}));
    LandingZone zone(dir.path());
    QString error;
    const auto last = zone.reserve(safe(u"a.txt"_s), &error);
    QVERIFY2(last, qPrintable(error));
    QCOMPARE(last->relativePath, u"a (%1).txt"_s.arg(LandingZone::MaxCollisionNumber));
    QVERIFY(!zone.reserve(safe(u"a.txt"_s), &error));
    QVERIFY2(error.contains(u"too many files named a.txt"_s), qPrintable(error));
    zone.abandon(*last);
}

void tst_LandingZone::changesAreDescribed()
{
    QString error;
    const auto bidi = LandingZone::sanitize(u"invoice\u202Etxt.exe"_s, &error);
    QVERIFY(bidi);
    QCOMPARE(bidi->changes,
             QStringList{u"Removed invisible formatting characters, such as text direction overrides."_s});
    const auto escape = LandingZone::sanitize(u"C:\\..\\con.txt"_s, &error);
    QVERIFY(escape);
    QCOMPARE(escape->relativePath, u"_con.txt"_s);
    QCOMPARE(escape->changes,
             (QStringList{u"Treated '\\' as a folder separator."_s, u"Removed a drive letter."_s,
                          u"Made an absolute path relative."_s, u"Removed '.' and '..' from the path."_s,
                          u"Prefixed names Windows reserves for devices with '_'."_s}));
}

void tst_LandingZone::unusableFolder_data()
{
    QTest::addColumn<QString>("relative"); // under a temporary folder holding the file "file"
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("under a regular file") << u"file/downloads"_s << u"does not exist"_s;
    QTest::newRow("a regular file") << u"file"_s << u"is not a folder"_s;
}

void tst_LandingZone::unusableFolder()
{
    QFETCH(QString, relative);
    QFETCH(QString, errorContains);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"file"_s), "x"));
    LandingZone zone(dir.filePath(relative));
    QString error;
    QVERIFY(!zone.isUsable(&error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    error.clear();
    QVERIFY(!zone.reserve(safe(u"a.txt"_s), &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void tst_LandingZone::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("root writes anywhere; the unusable folders above cover the error path");
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    LandingZone zone(dir.path());
    QString error;
    QVERIFY(!zone.isUsable(&error));
    QVERIFY2(error.contains(u"is not writable"_s), qPrintable(error));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void tst_LandingZone::freeSpace()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(LandingZone::hasFreeSpace(dir.path(), 1, &error), qPrintable(error));
    QVERIFY(LandingZone::hasFreeSpace(dir.path(), 0, &error));

    const qint64 exbibyte = qint64(1) << 60;
    QVERIFY(!LandingZone::hasFreeSpace(dir.path(), exbibyte, &error));
    QVERIFY2(error.startsWith(u"Not enough free space in %1: "_s.arg(dir.path())), qPrintable(error));
    QVERIFY2(error.contains(u"available"_s), qPrintable(error));

    error.clear();
    QVERIFY(!LandingZone::hasFreeSpace(dir.path(), std::numeric_limits<qint64>::max(), &error));
    QVERIFY2(error.startsWith(u"Not enough free space"_s), qPrintable(error));

    QVERIFY(!LandingZone::hasFreeSpace(dir.path(), -1, &error));
    QVERIFY2(error.contains(u"negative"_s), qPrintable(error));

    QVERIFY(!LandingZone::hasFreeSpace(dir.filePath(u"missing/deeper"_s), 1, &error));
    QVERIFY2(error.contains(u"Could not tell"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_LandingZone)
#include "tst_landingzone.moc"
