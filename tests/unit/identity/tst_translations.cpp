#include <Tandem/profile.h>
#include <Tandem/transfer.h>
#include <Tandem/translations.h>

#include <QCoreApplication>
#include <QTest>

using namespace Tandem;

// The library's catalogues are built into it: a program that links it
// gets its strings in German or Chinese without shipping any file.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanComesWithTheLibrary();
    void chineseComesWithTheLibrary();
    void englishKeepsTheSourceAndItsPlurals();
    void aLaterCallReplacesTheCatalogue();
};

void tst_Translations::cleanup()
{
    installTranslations(QLocale(QLocale::English));
}

void tst_Translations::germanComesWithTheLibrary()
{
    QVERIFY(installTranslations(QLocale(QStringLiteral("de"))));
    // Strings of two layers, and Transfer's in their own context.
    QCOMPARE(Profile::validateDeviceName(QString()), QStringLiteral("Ein Gerätename darf nicht leer sein."));
    QCOMPARE(Transfer::tr("cancelled by the user"), QStringLiteral("vom Benutzer abgebrochen"));
    QCOMPARE(Transfer::tr("%n file(s) could not be saved.", nullptr, 2),
             QStringLiteral("2 Dateien konnten nicht gespeichert werden."));
}

void tst_Translations::chineseComesWithTheLibrary()
{
    QVERIFY(installTranslations(QLocale(QLocale::Chinese, QLocale::China)));
    QCOMPARE(Profile::validateDeviceName(QString()), QStringLiteral("设备名称不能为空。"));
}

void tst_Translations::englishKeepsTheSourceAndItsPlurals()
{
    QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(Profile::validateDeviceName(QString()), QStringLiteral("A device name cannot be empty."));
    QCOMPARE(Transfer::tr("%n file(s) could not be saved.", nullptr, 1), QStringLiteral("1 file could not be saved."));
}

void tst_Translations::aLaterCallReplacesTheCatalogue()
{
    QVERIFY(installTranslations(QLocale(QStringLiteral("de"))));
    QVERIFY(installTranslations(QLocale(QLocale::English)));
    QCOMPARE(Transfer::tr("cancelled by the user"), QStringLiteral("cancelled by the user"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
