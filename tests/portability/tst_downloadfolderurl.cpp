#include "appsettings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// The download folder as the Settings page's folder dialog gets it. It was
// "file://" + path, which on Windows gives "file://C:/..." (C: read as a
// host) and everywhere cuts a folder name at '#' (the rest read as a
// fragment); QUrl::fromLocalFile gets both right. The '#' case fails here on
// Linux too.
class tst_DownloadFolderUrl : public QObject
{
    Q_OBJECT

private slots:
    void isALocalFileUrl_data();
    void isALocalFileUrl();
};

void tst_DownloadFolderUrl::isALocalFileUrl_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Downloads");
    QTest::newRow("space") << QStringLiteral("My Downloads");
    QTest::newRow("hash") << QStringLiteral("Project #2");
    QTest::newRow("percent") << QStringLiteral("100% done");
    QTest::newRow("question mark") << QStringLiteral("why?");
}

void tst_DownloadFolderUrl::isALocalFileUrl()
{
    QFETCH(QString, name);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const QString folder = QDir(profile.path()).filePath(name);
    AppSettings settings(profile.path());
    const QString error = settings.setDownloadFolder(folder);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QUrl url = settings.downloadFolderUrl();
    QVERIFY(url.isLocalFile());
    QCOMPARE(url.toLocalFile(), folder);
    if (name.contains(u'#') || name.contains(u'?')) {
        // The string-built URL it replaces loses the name's end.
        QVERIFY(QUrl(QStringLiteral("file://") + folder).toLocalFile() != folder);
    }
    // What the dialog hands back goes in again unchanged.
    QVERIFY(settings.setDownloadFolder(url.toString()).isEmpty());
    QCOMPARE(settings.downloadFolder(), folder);
}

QTEST_GUILESS_MAIN(tst_DownloadFolderUrl)
#include "tst_downloadfolderurl.moc"
