#include "../common/testpeers.h"
#include "appdriver.h"
#include "screenshots.h"
#include <Tandem/landiscovery.h>

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace TandemTest;

// Two real `tandem` processes on one X server (Xvfb), each with its own
// temporary profile, discovering each other on loopback only. The test
// plays both users through the apps' --automation hook: what it clicks is
// what a user clicks, what it checks is what the windows show.
class tst_TwoDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findPairChatAndRestart();
    void cleanup() { m_running.clear(); }

private:
    QStringList arguments(const QTemporaryDir &profile, const QString &name) const;
    void checkScreenshot(AppDriver &app, const QString &file);
    void pairThroughTheWindows(AppDriver &alpha, AppDriver &beta);
    void exchangeMessages(AppDriver &alpha, AppDriver &beta);
    void exchangeFile(AppDriver &alpha, AppDriver &beta);

    void saveFailureScreenshots();

    quint16 m_discoveryPort = 0;
    QList<AppDriver *> m_running;
};

// On failure both windows are saved as they were, to see why.
#define CHECK_OK(expression)                                                                                           \
    do {                                                                                                               \
        const QString problem = (expression);                                                                          \
        if (!problem.isEmpty())                                                                                        \
            saveFailureScreenshots();                                                                                  \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)

void tst_TwoDevices::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    m_discoveryPort = freeUdpPort();
}

void tst_TwoDevices::saveFailureScreenshots()
{
    for (AppDriver *app : std::as_const(m_running))
        app->screenshot(artifactPath(QStringLiteral("twodevices-failure-%1.png").arg(app->name())));
}

QStringList tst_TwoDevices::arguments(const QTemporaryDir &profile, const QString &name) const
{
    // Side by side on the X server, never overlapping: with no window
    // manager both would open at 0,0, and a window fully covered by the
    // other is not exposed, so it stops rendering and its dialogs' enter
    // animations never finish (one run in five waited forever for one).
    const QString geometry = name == u"Alpha" ? QStringLiteral("960x640+0+0") : QStringLiteral("960x640+1000+0");
    // Loopback only: nothing leaves this machine.
    return {QStringLiteral("-qwindowgeometry"), geometry,
            QStringLiteral("--profile"),        profile.path(),
            QStringLiteral("--device-name"),    name,
            QStringLiteral("--interface"),      Tandem::LanDiscovery::loopbackInterface(),
            QStringLiteral("--port"),           QStringLiteral("0"),
            QStringLiteral("--discovery-port"), QString::number(m_discoveryPort)};
}

void tst_TwoDevices::checkScreenshot(AppDriver &app, const QString &file)
{
    const QString path = artifactPath(file);
    QFile::remove(path);
    CHECK_OK(app.screenshot(path));
    const QImage shot(path);
    QVERIFY2(!shot.isNull(), qPrintable(path));
    QVERIFY(shot.width() >= 640 && shot.height() >= 480);
    const ImageStats stats = statsOf(shot, shot.rect());
    QVERIFY2(stats.distinctColours > 16, qPrintable(file + QStringLiteral(": %1 colours").arg(stats.distinctColours)));
    QVERIFY2(stats.nonBackgroundShare > 0.01, qPrintable(file));
}

void tst_TwoDevices::pairThroughTheWindows(AppDriver &alpha, AppDriver &beta)
{
    // Each sees the other on its Devices page.
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("device:Beta"))));
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("device:Alpha"))));
    checkScreenshot(alpha, QStringLiteral("twodevices-devices-nearby.png"));

    CHECK_OK(alpha.click(QStringLiteral("pair:Beta")));
    // Both windows show the same six-digit code.
    const QJsonObject codeA = alpha.wait(QStringLiteral("pairingCode"), QStringLiteral("value"));
    const QJsonObject codeB = beta.wait(QStringLiteral("pairingCode"), QStringLiteral("value"));
    CHECK_OK(AppDriver::error(codeA));
    CHECK_OK(AppDriver::error(codeB));
    const QString code = codeA.value(QStringLiteral("value")).toString();
    QCOMPARE(code.size(), 6);
    QCOMPARE(codeB.value(QStringLiteral("value")).toString(), code);
    checkScreenshot(beta, QStringLiteral("twodevices-pairing-dialog.png"));

    CHECK_OK(alpha.click(QStringLiteral("confirmPairing")));
    CHECK_OK(beta.click(QStringLiteral("confirmPairing")));
    // Paired: the rows now offer a conversation instead of pairing.
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("chat:Beta"))));
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("chat:Alpha"))));
    CHECK_OK(AppDriver::error(
        alpha.wait(QStringLiteral("bannerText"), QStringLiteral("text"), QStringLiteral("Paired with Beta."))));
    checkScreenshot(alpha, QStringLiteral("twodevices-devices-paired.png"));
}

void tst_TwoDevices::exchangeMessages(AppDriver &alpha, AppDriver &beta)
{
    CHECK_OK(alpha.click(QStringLiteral("chat:Beta")));
    CHECK_OK(alpha.type(QStringLiteral("messageField"), QStringLiteral("Hello from Alpha")));
    CHECK_OK(AppDriver::error(
        alpha.wait(QStringLiteral("message:0"), QStringLiteral("text"), QStringLiteral("Hello from Alpha"))));

    // Beta is asked first: who wants what.
    const QJsonObject request = beta.wait(QStringLiteral("requestText"), QStringLiteral("text"));
    CHECK_OK(AppDriver::error(request));
    QVERIFY2(request.value(QStringLiteral("value")).toString().contains(QStringLiteral("Alpha")),
             qPrintable(request.value(QStringLiteral("value")).toString()));
    checkScreenshot(beta, QStringLiteral("twodevices-incoming-request.png"));
    CHECK_OK(beta.click(QStringLiteral("acceptRequest")));
    // Accepting opens the conversation (it used to leave Beta on Devices).
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("conversationPage"))));

    // Delivered (2) once Beta confirms it.
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("message:0"), QStringLiteral("deliveryState"), 2)));

    CHECK_OK(beta.click(QStringLiteral("tab:conversation")));
    CHECK_OK(beta.click(QStringLiteral("conversationWith:Alpha")));
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("conversation"))));
    CHECK_OK(AppDriver::error(
        beta.wait(QStringLiteral("message:0"), QStringLiteral("text"), QStringLiteral("Hello from Alpha"))));
    CHECK_OK(beta.type(QStringLiteral("messageField"), QStringLiteral("Hi Alpha, Beta here")));
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("message:1"), QStringLiteral("deliveryState"), 2)));
    CHECK_OK(AppDriver::error(
        alpha.wait(QStringLiteral("message:1"), QStringLiteral("text"), QStringLiteral("Hi Alpha, Beta here"))));
    checkScreenshot(alpha, QStringLiteral("twodevices-conversation.png"));
}

// Alpha drops a file onto Beta in its device list, as from a file manager;
// Beta is asked (who, how many files, how large) and accepts; both Files
// pages show it completed and the bytes that landed are the ones sent.
void tst_TwoDevices::exchangeFile(AppDriver &alpha, AppDriver &beta)
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString downloads = work.filePath(QStringLiteral("beta-downloads"));
    const QString source = work.filePath(QStringLiteral("holiday photos.bin"));
    QByteArray content(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    }

    // Beta's files land where its user sets them in Settings.
    CHECK_OK(beta.click(QStringLiteral("tab:settings")));
    CHECK_OK(beta.type(QStringLiteral("downloadFolderField"), downloads, true, true));
    CHECK_OK(beta.click(QStringLiteral("tab:files")));
    CHECK_OK(AppDriver::error(
        beta.wait(QStringLiteral("filesDownloadFolder"), QStringLiteral("text"),
                  QStringLiteral("Received files land in %1 (change it in Settings).").arg(downloads))));

    CHECK_OK(alpha.click(QStringLiteral("tab:devices")));
    CHECK_OK(alpha.drop(QStringLiteral("device:Beta"), {source}));

    const QJsonObject request = beta.wait(QStringLiteral("requestText"), QStringLiteral("text"));
    CHECK_OK(AppDriver::error(request));
    const QString asked = request.value(QStringLiteral("value")).toString();
    QVERIFY2(asked.startsWith(QStringLiteral("Alpha wants to send you 1 file, 3")), qPrintable(asked));
    checkScreenshot(beta, QStringLiteral("twodevices-file-offer.png"));
    CHECK_OK(beta.click(QStringLiteral("acceptRequest")));

    // Completed (Transfer::State 3) on both Files pages: Alpha went there on
    // the drop.
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("transfer:0"), QStringLiteral("transferState"), 3)));
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("transfer:0"), QStringLiteral("transferState"), 3)));
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("openFile:0:0"))));
    CHECK_OK(AppDriver::error(beta.wait(QStringLiteral("transferProgress:0"), QStringLiteral("value"), 1)));

    QFile landed(QDir(downloads).filePath(QStringLiteral("holiday photos.bin")));
    QVERIFY2(landed.open(QIODevice::ReadOnly), qPrintable(landed.fileName()));
    QCOMPARE(QCryptographicHash::hash(landed.readAll(), QCryptographicHash::Sha256),
             QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    checkScreenshot(alpha, QStringLiteral("twodevices-files-alpha.png"));
    checkScreenshot(beta, QStringLiteral("twodevices-files-beta.png"));
}

void tst_TwoDevices::findPairChatAndRestart()
{
    QTemporaryDir profileA, profileB;
    QVERIFY(profileA.isValid() && profileB.isValid());
    AppDriver alpha(QStringLiteral("Alpha"));
    AppDriver beta(QStringLiteral("Beta"));
    QVERIFY(alpha.start(QStringLiteral(TANDEM_APP_PATH), arguments(profileA, QStringLiteral("Alpha"))));
    QVERIFY(beta.start(QStringLiteral(TANDEM_APP_PATH), arguments(profileB, QStringLiteral("Beta"))));
    m_running = {&alpha, &beta};

    pairThroughTheWindows(alpha, beta);
    if (QTest::currentTestFailed())
        return;
    exchangeMessages(alpha, beta);
    if (QTest::currentTestFailed())
        return;
    exchangeFile(alpha, beta);
    if (QTest::currentTestFailed())
        return;

    // The other main pages render.
    CHECK_OK(alpha.click(QStringLiteral("tab:settings")));
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("autoAccept:Beta"))));
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("autoAcceptFiles:Beta"))));
    checkScreenshot(alpha, QStringLiteral("twodevices-settings.png"));

    // The conversation survives a restart, with its delivery states.
    m_running = {&alpha};
    QVERIFY(beta.quit());
    AppDriver betaAgain(QStringLiteral("Beta (restarted)"));
    QVERIFY(betaAgain.start(QStringLiteral(TANDEM_APP_PATH), arguments(profileB, QStringLiteral("Beta"))));
    m_running = {&alpha, &betaAgain};
    CHECK_OK(betaAgain.click(QStringLiteral("tab:conversation")));
    CHECK_OK(betaAgain.click(QStringLiteral("conversationWith:Alpha")));
    CHECK_OK(AppDriver::error(
        betaAgain.wait(QStringLiteral("message:0"), QStringLiteral("text"), QStringLiteral("Hello from Alpha"))));
    CHECK_OK(AppDriver::error(betaAgain.wait(QStringLiteral("message:1"), QStringLiteral("deliveryState"), 2)));
    checkScreenshot(betaAgain, QStringLiteral("twodevices-conversation-after-restart.png"));

    // Alpha unpairs from its Devices page, once it confirms; Beta is told (on its Devices
    // page, where pairing news belongs) and may pair again.
    CHECK_OK(alpha.click(QStringLiteral("tab:devices")));
    CHECK_OK(alpha.click(QStringLiteral("unpair:Beta")));
    // Asked first, naming Beta.
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("unpairQuestion"))));
    CHECK_OK(alpha.click(QStringLiteral("confirmUnpair")));
    CHECK_OK(AppDriver::error(alpha.wait(QStringLiteral("pair:Beta"))));
    CHECK_OK(betaAgain.click(QStringLiteral("tab:devices")));
    CHECK_OK(AppDriver::error(betaAgain.wait(QStringLiteral("bannerText"), QStringLiteral("text"),
                                             QStringLiteral("Alpha unpaired this device."))));
    CHECK_OK(AppDriver::error(betaAgain.wait(QStringLiteral("pair:Alpha"))));
    // Beta's conversation with Alpha, still open, says so and is read-only.
    CHECK_OK(betaAgain.click(QStringLiteral("tab:conversation")));
    CHECK_OK(AppDriver::error(betaAgain.wait(QStringLiteral("notPaired"))));
    CHECK_OK(AppDriver::error(betaAgain.wait(QStringLiteral("messageField"), QStringLiteral("enabled"), false)));
    QVERIFY(betaAgain.quit());
    QVERIFY(alpha.quit());
    m_running.clear();
}

QTEST_MAIN(tst_TwoDevices)
#include "tst_twodevices.moc"
