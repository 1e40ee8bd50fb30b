#include "../common/testpeers.h"
#include "appdriver.h"
#include "appsettings.h"
#include "banners.h"
#include "desktopapp.h"
#include "screenshots.h"
#include "sendhandover.h"
#include <Tandem/Quick/conversationmodel.h>
#include <Tandem/Quick/conversations.h>
#include <Tandem/landiscovery.h>
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfer.h>
#include <Tandem/transfermanager.h>
#include <Tandem/truststore.h>

#include <QAccessible>
#include <QCborArray>
#include <QCborValue>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLocale>
#include <QPointer>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QtEndian>
#ifdef TANDEM_TEST_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

Q_IMPORT_QML_PLUGIN(Tandem_DesktopPlugin)

using namespace TandemTest;
using namespace Qt::StringLiterals;

namespace {

// Searches the visual tree, which is what the user sees.
QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (root->objectName() == objectName)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

} // namespace

// Stands in for the desktop opening URLs (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

#ifdef TANDEM_TEST_DBUS
// A desktop's notification server (the freedesktop API), on a private bus:
// it keeps what it was asked to show, and the test plays the user pressing
// a notification's buttons.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id;
        QString title;
        QString body;
        QStringList actions; // id, label, id, label, ...
    };
    QList<Shown> shown;
    QList<uint> closed;

    // The newest notification titled `title`, or none.
    std::optional<Shown> latest(const QString &title) const
    {
        for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
            if (it->title == title)
                return *it;
        }
        return std::nullopt;
    }

public Q_SLOTS:
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    uint Notify(const QString &, uint replaces, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &, int)
    {
        const uint id = replaces ? replaces : ++m_next;
        shown.append({id, summary, body, actions});
        return id;
    }
    void CloseNotification(uint id) { closed << id; }

private:
    uint m_next = 0;
};
#endif

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowShowsDeviceNameAndId();
    void realBinaryStartsAndRenders();
    void realBinaryRendersAtScaleFactorTwo();
    void realBinaryRefusesAProfileInUse();
    void commandLineUsesTheRunningApp();
    void keyboardReachesEveryPage();
    void incomingRequestsRaiseDialogsAndNotifications();
    void bannersStayOnTheirPageAndExpire();
    void unpairAsksAndLeavesTheConversationReadOnly();
    void textContrastsInLightAndDarkThemes();
    void pairingInitiatorCancelsRatherThanRejects();
    void transfersSayCancelledOnceAndClearOnlyFinished();
    void transferHistoryOutlivesClearAndRestart();
    void requestsShowWhatCameAndUnreadIsCounted();
    void notificationsAnswerRequestsAndOpenFiles();
    void launchAtLoginWritesAnAutostartEntry();
    void fullIdBreaksOnlyBetweenGroups();
    void receivedMessagesCopyAndLinksOpen();
    void usableFromSmallToLargeWindows_data();
    void usableFromSmallToLargeWindows();
    void nothingSqueezedOrClipped_data();
    void nothingSqueezedOrClipped();
    void themeSettingChangesTheLook();
    void downloadFolderRefusesWhatCannotHoldFiles();
    void bluetoothStatusSaysWhy();
    void systemLanguagePicksTheTranslation_data();
    void systemLanguagePicksTheTranslation();
    void qtDialogsFollowTheLanguageAndOpenAtHome();
    void helpAndVersionWithoutADisplay();
    void noBluetoothOptionAndSettingsAgree();
    void offerDialogAcceptsTheChosenFiles();
    void sendWithTandemHandsFilesToTheRunningApp();
    void sendHandoverRefusesWhatBreaksItsBounds();
    void clipboardImageGoesAsAPngFile();
};

void tst_MainWindow::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void tst_MainWindow::windowShowsDeviceNameAndId()
{
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    const QString name = QStringLiteral("Ada's Test Laptop");
    QCOMPARE(profile->setDeviceName(name), QString());

    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    const QImage shot = window->grabWindow();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(artifactPath(QStringLiteral("mainwindow.png"))));
    const ImageStats whole = statsOf(shot, shot.rect());
    QVERIFY2(whole.distinctColours > 16, qPrintable(QString::number(whole.distinctColours)));
    QVERIFY2(whole.nonBackgroundShare > 0.01, qPrintable(QString::number(whole.nonBackgroundShare)));

    // The name is on screen: the label holds it, is visible inside the
    // window, and pixels were painted where it stands.
    auto *nameItem = findItem(window->contentItem(), QStringLiteral("deviceName"));
    QVERIFY(nameItem);
    QCOMPARE(nameItem->property("text").toString(), name);
    QVERIFY(nameItem->isVisible());
    QVERIFY(nameItem->opacity() > 0.5);
    const qreal dpr = window->effectiveDevicePixelRatio();
    const QRectF inWindow = nameItem->mapRectToScene(nameItem->boundingRect());
    QVERIFY(QRectF(QPointF(0, 0), window->size()).contains(inWindow));
    const QRect pixels = QRectF(inWindow.topLeft() * dpr, inWindow.size() * dpr).toAlignedRect() & shot.rect();
    const ImageStats label = statsOf(shot, pixels);
    QVERIFY2(label.nonBackgroundShare > 0.05, "nothing was painted where the device name should be");

    auto *idItem = findItem(window->contentItem(), QStringLiteral("deviceId"));
    QVERIFY(idItem);
    // The id, shown in groups (fullIdBreaksOnlyBetweenGroups).
    QCOMPARE(idItem->property("value").toString(), profile->deviceId());
    QCOMPARE(idItem->property("text").toString().remove(u' '), profile->deviceId());
    QVERIFY(window->title().contains(name));

    // Renaming shows at once: the window follows the profile.
    QCOMPARE(profile->setDeviceName(QStringLiteral("Renamed")), QString());
    QCOMPARE(nameItem->property("text").toString(), QStringLiteral("Renamed"));
}

void tst_MainWindow::realBinaryStartsAndRenders()
{
    QTemporaryDir profileDir;
    const QString png = artifactPath(QStringLiteral("tandem-binary.png"));
    QFile::remove(png);

    QProcess tandem;
    tandem.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tandem.start(QStringLiteral(TANDEM_APP_PATH),
                 {QStringLiteral("--profile"), profileDir.path(), QStringLiteral("--screenshot"), png,
                  QStringLiteral("--interface"), Tandem::LanDiscovery::loopbackInterface(), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--discovery-port"), QString::number(TandemTest::freeUdpPort())});
    QVERIFY2(tandem.waitForFinished(60000), "tandem did not quit after its screenshot");
    QCOMPARE(tandem.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tandem.exitCode(), 0);

    QImage shot(png);
    QVERIFY2(!shot.isNull(), qPrintable(png));
    QVERIFY(shot.width() >= 640 && shot.height() >= 480);
    const ImageStats stats = statsOf(shot, shot.rect());
    QVERIFY2(stats.distinctColours > 16, qPrintable(QString::number(stats.distinctColours)));
    QVERIFY(stats.nonBackgroundShare > 0.01);
    // The binary made its identity in the profile it was given.
    QVERIFY(QFileInfo::exists(QDir(profileDir.path()).filePath(QStringLiteral("identity/private-key.pem"))));
}

void tst_MainWindow::realBinaryRendersAtScaleFactorTwo()
{
    QTemporaryDir profileDir;
    const QString png = artifactPath(QStringLiteral("tandem-binary-scale2.png"));
    QFile::remove(png);
    QProcess tandem;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    tandem.setProcessEnvironment(env);
    tandem.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tandem.start(QStringLiteral(TANDEM_APP_PATH),
                 {QStringLiteral("--profile"), profileDir.path(), QStringLiteral("--screenshot"), png,
                  QStringLiteral("--interface"), Tandem::LanDiscovery::loopbackInterface(), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--discovery-port"), QString::number(TandemTest::freeUdpPort())});
    QVERIFY2(tandem.waitForFinished(60000), "tandem did not quit after its screenshot");
    QCOMPARE(tandem.exitCode(), 0);
    const QImage shot(png);
    QVERIFY2(!shot.isNull(), qPrintable(png));
    // Drawn at twice the pixels (the window is 960x640 at scale 1, and a
    // PNG keeps no pixel ratio): text and controls scale, nothing is cut.
    QCOMPARE(shot.size(), QSize(2 * 960, 2 * 640));
    const ImageStats stats = statsOf(shot, shot.rect());
    QVERIFY2(stats.distinctColours > 16, qPrintable(QString::number(stats.distinctColours)));
    QVERIFY(stats.nonBackgroundShare > 0.01);
}

void tst_MainWindow::realBinaryRefusesAProfileInUse()
{
    // This process is the device of that profile, as a running app would be.
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));

    const QString png = artifactPath(QStringLiteral("tandem-profile-in-use.png"));
    QFile::remove(png);
    QProcess tandem;
    tandem.start(QStringLiteral(TANDEM_APP_PATH),
                 {QStringLiteral("--profile"), profileDir.path(), QStringLiteral("--screenshot"), png,
                  QStringLiteral("--interface"), Tandem::LanDiscovery::loopbackInterface(), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--discovery-port"), QString::number(TandemTest::freeUdpPort())});
    QVERIFY2(tandem.waitForFinished(60000), "tandem did not give up on a profile in use");
    QCOMPARE(tandem.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tandem.exitCode(), 1);
    const QString err = QString::fromUtf8(tandem.readAllStandardError());
    QVERIFY2(
        err.contains(QStringLiteral("is in use by tst_mainwindow (pid %1)").arg(QCoreApplication::applicationPid())),
        qPrintable(err));
    // It never became a second device: no window, no screenshot.
    QVERIFY(!QFileInfo::exists(png));
}

void tst_MainWindow::commandLineUsesTheRunningApp()
{
    // The app in the tray is the device: `tandem-cli` on its profile is a
    // client of it rather than refused by the profile's lock (or, before
    // the lock, a second instance of the same identity).
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));

    // The host answers from this process's event loop: wait by spinning it.
    auto cli = [&profileDir](const QStringList &arguments) {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TANDEM_CLI_PATH),
                      QStringList{QStringLiteral("--profile"), profileDir.path(), QStringLiteral("--json")}
                          + arguments);
        if (!finished.wait(30000))
            process.kill();
        return std::make_tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
    };
    const auto [idCode, idOut, idErr] = cli({QStringLiteral("id")});
    QVERIFY2(idCode == 0, idErr.constData());
    // Through the app: no "no host is running" notice, no second device.
    QVERIFY2(idErr.isEmpty(), idErr.constData());
    QCOMPARE(QJsonDocument::fromJson(idOut).object().value(u"id").toString(), profile->deviceId());
    const auto [trustedCode, trustedOut, trustedErr] = cli({QStringLiteral("trusted")});
    QVERIFY2(trustedCode == 0 && trustedErr.isEmpty(), trustedErr.constData());
    QCOMPARE(QJsonDocument::fromJson(trustedOut).array(), QJsonArray());
}

void tst_MainWindow::keyboardReachesEveryPage()
{
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Tab walks the controls; every one it stops at has an accessible name.
    QSet<QString> reached;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(window, Qt::Key_Tab);
        QQuickItem *focused = window->activeFocusItem();
        QVERIFY(focused);
        if (!focused->objectName().isEmpty())
            reached << focused->objectName();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(focused);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), focused->metaObject()->className());
    }
    for (const char *name : {"tab:devices", "addressField", "deviceList"})
        QVERIFY2(reached.contains(QLatin1StringView(name)), name);

    // The pages are reachable from the keyboard: arrow keys move along the tabs.
    QQuickItem *devicesTab = findItem(window->contentItem(), QStringLiteral("tab:devices"));
    devicesTab->forceActiveFocus(Qt::TabFocusReason);
    for (const char *page : {"conversationPage", "filesPage", "settingsPage"}) {
        QTest::keyClick(window, Qt::Key_Right);
        QTest::keyClick(window, Qt::Key_Space);
        QQuickItem *shown = findItem(window->contentItem(), QLatin1StringView(page));
        QVERIFY2(shown && shown->isVisible(), page);
    }
}

// The texts of every visible text item under `root`.
static QStringList visibleTexts(QQuickItem *root)
{
    QStringList texts;
    if (!root->isVisible())
        return texts;
    if (root->inherits("QQuickText"))
        texts << root->property("text").toString();
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        texts << visibleTexts(child);
    return texts;
}

// Clicks the middle of a visible item, as a user would.
static void clickItem(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item && item->isVisible() && item->isEnabled());
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

void tst_MainWindow::incomingRequestsRaiseDialogsAndNotifications()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->setDeviceName(QStringLiteral("Desk")), QString());
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy notified(&app, &DesktopApp::notified);

    // Another device asks to pair: a dialog with the code it shows too, a
    // notification, and one request waiting.
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.device()->device(gamma.id()) && app.device()->device(gamma.id())->reachable, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        gamma.device->device(profile->deviceId()) && gamma.device->device(profile->deviceId())->reachable, 10000);
    QSignalSpy gammaCode(gamma.device.get(), &LocalDevice::pairingCodeReady);
    QVERIFY2(gamma.device->requestPairing(profile->deviceId(), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(gammaCode.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10000);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Pairing request"));
    QVERIFY(notified.at(0).at(1).toString().contains(gammaCode.at(0).at(1).toString()));
    QQuickItem *code = findItem(window->contentItem(), QStringLiteral("pairingCode"));
    QTRY_VERIFY(code && code->isVisible());
    QCOMPARE(code->property("value").toString(), gammaCode.at(0).at(1).toString());
    QTRY_COMPARE(app.pendingRequests(), 1);

    // Both confirm: paired.
    QSignalSpy paired(app.device(), &LocalDevice::paired);
    QVERIFY(gamma.device->acceptPairing(profile->deviceId(), &error));
    QQuickItem *confirm = findItem(window->contentItem(), QStringLiteral("confirmPairing"));
    QTRY_VERIFY(confirm && confirm->isVisible() && confirm->opacity() == 1.0);
    clickItem(window, confirm);
    QTRY_COMPARE_WITH_TIMEOUT(paired.size(), 1, 10000);
    QTRY_COMPARE(app.pendingRequests(), 0);
    QTRY_VERIFY(!code->isVisible());

    // Gamma starts a conversation: asked in a dialog and notified; the
    // user rejects it with a reason, which Gamma is told.
    SessionManager gammaSessions(gamma.device.get(), SessionManager::Options());
    Session *session = gammaSessions.open(profile->deviceId(), QStringLiteral("tandem.text"),
                                          QStringLiteral("tandem.text"), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy refused(session, &Session::refused);
    QTRY_COMPARE_WITH_TIMEOUT(app.pendingRequests(), 1, 10000);
    QQuickItem *text = findItem(window->contentItem(), QStringLiteral("requestText"));
    QTRY_VERIFY_WITH_TIMEOUT(text && text->isVisible(), 10000);
    QVERIFY(text->property("text").toString().contains(QStringLiteral("Gamma")));
    // In words: no technical service name anywhere in the dialog.
    for (const QString &shown : visibleTexts(window->contentItem()))
        QVERIFY2(!shown.contains(QStringLiteral("tandem.")), qPrintable(shown));
    QTRY_COMPARE(app.pendingRequests(), 1);
    QTRY_VERIFY(notified.size() >= 2);
    QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Request from Gamma"));
    QQuickItem *reason = findItem(window->contentItem(), QStringLiteral("rejectReason"));
    QQuickItem *reject = findItem(window->contentItem(), QStringLiteral("rejectRequest"));
    QTRY_VERIFY(reject->opacity() == 1.0);
    clickItem(window, reason);
    for (const QChar c : QStringLiteral("in a meeting"))
        QTest::keyClick(window, c.toLatin1());
    clickItem(window, reject);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("in a meeting"));
    QTRY_COMPARE(app.pendingRequests(), 0);

    // A request withdrawn while its dialog shows takes the dialog with it.
    Session *again = gammaSessions.open(profile->deviceId(), QStringLiteral("tandem.text"),
                                        QStringLiteral("tandem.text"), {}, &error);
    QVERIFY2(again, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(text->isVisible(), 10000);
    QTRY_COMPARE(app.pendingRequests(), 1);
    again->close();
    QTRY_VERIFY_WITH_TIMEOUT(!text->isVisible(), 10000);
    QCOMPARE(app.pendingRequests(), 0);

    // Accepted, the conversation with Gamma opens.
    Session *third = gammaSessions.open(profile->deviceId(), QStringLiteral("tandem.text"),
                                        QStringLiteral("tandem.text"), {}, &error);
    QVERIFY2(third, qPrintable(error));
    QQuickItem *accept = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((accept = findItem(window->contentItem(), QStringLiteral("acceptRequest")))
                                 && accept->isVisible() && accept->opacity() == 1.0,
                             10000);
    clickItem(window, accept);
    QQuickItem *page = findItem(window->contentItem(), QStringLiteral("conversationPage"));
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->property("deviceId").toString(), gamma.id());
}

// `peer` asks to pair with the app; both users confirm the code (the app's
// in its dialog). Returns once paired and the dialog has gone (it would take
// later clicks). Check QTest::currentTestFailed() after calling.
static void pairThroughTheWindow(DesktopApp &app, TandemTest::Peer &peer)
{
    using namespace Tandem;
    QQuickWindow *window = app.window();
    const QString appId = app.profile()->deviceId();
    QString error;
    QTRY_VERIFY_WITH_TIMEOUT(app.device()->device(peer.id()) && app.device()->device(peer.id())->reachable, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(peer.device->device(appId) && peer.device->device(appId)->reachable, 10000);
    QSignalSpy peerCode(peer.device.get(), &LocalDevice::pairingCodeReady);
    QSignalSpy paired(app.device(), &LocalDevice::paired);
    QVERIFY2(peer.device->requestPairing(appId, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(peerCode.size(), 1, 10000);
    QVERIFY(peer.device->acceptPairing(appId, &error));
    QQuickItem *confirm = findItem(window->contentItem(), QStringLiteral("confirmPairing"));
    QTRY_VERIFY(confirm && confirm->isVisible() && confirm->opacity() == 1.0);
    QPointer<QQuickItem> code = findItem(window->contentItem(), QStringLiteral("pairingCode"));
    QVERIFY(code);
    clickItem(window, confirm);
    QTRY_COMPARE_WITH_TIMEOUT(paired.size(), 1, 10000);
    QTRY_VERIFY(!code || !code->isVisible());
}

// Clicks a tab by its objectName and waits for its page.
static void showPage(QQuickWindow *window, const char *tab, const char *page)
{
    clickItem(window, findItem(window->contentItem(), QLatin1StringView(tab)));
    QTRY_VERIFY2(findItem(window->contentItem(), QLatin1StringView(page))->isVisible(), page);
}
#define SHOW_PAGE(window, tab, page)                                                                                   \
    do {                                                                                                               \
        showPage(window, tab, page);                                                                                   \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// "Paired with Gamma." shows on Devices, where pairing happens, not on the
// other pages, and goes by itself once seen for Banners::InfoTimeout. A
// paired device that quits raises no red banner while it is still listed;
// an address the user adds that does not answer does, and it stays until
// dismissed.
void tst_MainWindow::bannersStayOnTheirPageAndExpire()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QQuickItem *banner = findItem(window->contentItem(), QStringLiteral("banner"));
    QQuickItem *bannerText = findItem(window->contentItem(), QStringLiteral("bannerText"));
    QVERIFY(banner && bannerText);
    auto *expiry = app.banners()->findChild<QTimer *>(QStringLiteral("bannerExpiry"));
    QVERIFY(expiry);
    QCOMPARE(expiry->intervalAsDuration(), Banners::InfoTimeout);

    auto gamma = std::make_unique<TandemTest::Peer>(QStringLiteral("Gamma"), options);
    QVERIFY(gamma->start());
    pairThroughTheWindow(app, *gamma);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(bannerText->property("text").toString(), QStringLiteral("Paired with Gamma."));
    QVERIFY(expiry->isActive());

    // Not on the other pages; back on Devices until its time is up.
    SHOW_PAGE(window, "tab:files", "filesPage");
    QVERIFY(!banner->isVisible());
    QVERIFY(!expiry->isActive());
    SHOW_PAGE(window, "tab:settings", "settingsPage");
    QVERIFY(!banner->isVisible());
    SHOW_PAGE(window, "tab:devices", "devicesPage");
    QVERIFY(banner->isVisible());
    QVERIFY(expiry->isActive());
    // Its time is up (fired rather than waited for).
    QMetaObject::invokeMethod(expiry, "timeout");
    QTRY_VERIFY(!banner->isVisible());

    // Gamma quits. Its last sighting keeps it listed for a while, and the
    // app may dial it meanwhile (as a redial of a paired device does):
    // refused, but no red banner.
    const quint16 gammaPort = gamma->device->lanPort();
    QSignalSpy disconnected(app.device(), &LocalDevice::deviceDisconnected);
    gamma.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 10000);
    QSignalSpy failed(app.device(), &LocalDevice::connectFailed);
    app.device()->connectToAddress(QStringLiteral("127.0.0.1"), gammaPort);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(findItem(window->contentItem(), QStringLiteral("device:Gamma")));
    QCoreApplication::processEvents();
    QVERIFY2(!banner->isVisible(), qPrintable(bannerText->property("text").toString()));

    // The user adds that address: that one failing is news, an error, and
    // it does not expire.
    QQuickItem *address = findItem(window->contentItem(), QStringLiteral("addressField"));
    QVERIFY(address);
    address->setProperty("text", QStringLiteral("127.0.0.1:%1").arg(gammaPort));
    clickItem(window, findItem(window->contentItem(), QStringLiteral("addAddressButton")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(bannerText->property("text").toString().startsWith(QStringLiteral("Could not connect to 127.0.0.1:")),
             qPrintable(bannerText->property("text").toString()));
    QVERIFY(app.banners()->isError());
    QVERIFY(!expiry->isActive());
    QMetaObject::invokeMethod(expiry, "timeout");
    QCoreApplication::processEvents();
    QVERIFY(banner->isVisible());
    // Devices' error stays on Devices. (Anything the conversation page has
    // to say may come while it is shown: a request's trouble shows where
    // the user is, and under CI's load one did, once.)
    SHOW_PAGE(window, "tab:conversation", "conversationPage");
    QVERIFY2(
        !banner->isVisible()
            || !bannerText->property("text").toString().startsWith(QStringLiteral("Could not connect to 127.0.0.1:")),
        qPrintable(bannerText->property("text").toString()));
    SHOW_PAGE(window, "tab:devices", "devicesPage");
    QVERIFY(banner->isVisible());
    clickItem(window, findItem(window->contentItem(), QStringLiteral("dismissBanner")));
    QTRY_VERIFY(!banner->isVisible());
}

// Unpair asks first, naming the device; afterwards the open conversation
// with it says it is not paired and cannot be written to, before anything
// is sent.
void tst_MainWindow::unpairAsksAndLeavesTheConversationReadOnly()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;
    TrustStore *trust = profile->trustStore();
    QVERIFY(trust->isTrusted(gamma.id()));

    // The conversation with Gamma is open and writable.
    QQuickItem *chat = nullptr;
    QTRY_VERIFY((chat = findItem(window->contentItem(), QStringLiteral("chat:Gamma"))) && chat->isVisible());
    clickItem(window, chat);
    QQuickItem *field = findItem(window->contentItem(), QStringLiteral("messageField"));
    QQuickItem *notPaired = findItem(window->contentItem(), QStringLiteral("notPaired"));
    QTRY_VERIFY(field && field->isVisible());
    QVERIFY(notPaired);
    QVERIFY(field->isEnabled());
    QVERIFY(!notPaired->isVisible());

    // Unpair asks, naming Gamma; keeping it paired changes nothing.
    SHOW_PAGE(window, "tab:devices", "devicesPage");
    clickItem(window, findItem(window->contentItem(), QStringLiteral("unpair:Gamma")));
    QQuickItem *question = nullptr;
    QTRY_VERIFY((question = findItem(window->contentItem(), QStringLiteral("unpairQuestion")))
                && question->isVisible());
    QVERIFY2(question->property("text").toString().contains(QStringLiteral("Gamma")),
             qPrintable(question->property("text").toString()));
    QQuickItem *keep = findItem(window->contentItem(), QStringLiteral("cancelUnpair"));
    QTRY_VERIFY(keep && keep->isVisible() && keep->opacity() == 1.0);
    clickItem(window, keep);
    QTRY_VERIFY(!question->isVisible());
    QVERIFY(trust->isTrusted(gamma.id()));

    // Confirmed: unpaired.
    QSignalSpy unpaired(app.device(), &LocalDevice::unpaired);
    clickItem(window, findItem(window->contentItem(), QStringLiteral("unpair:Gamma")));
    QQuickItem *confirm = nullptr;
    QTRY_VERIFY((confirm = findItem(window->contentItem(), QStringLiteral("confirmUnpair"))) && confirm->isVisible()
                && confirm->opacity() == 1.0);
    clickItem(window, confirm);
    QTRY_COMPARE_WITH_TIMEOUT(unpaired.size(), 1, 10000);
    QVERIFY(!trust->isTrusted(gamma.id()));
    QTRY_VERIFY(!question->isVisible());

    // The conversation says so at once and takes no more messages.
    SHOW_PAGE(window, "tab:conversation", "conversationPage");
    QVERIFY(field->isVisible());
    QVERIFY(!field->isEnabled());
    QVERIFY(notPaired->isVisible());
    QVERIFY2(notPaired->property("text").toString().startsWith(QStringLiteral("Gamma is not paired")),
             qPrintable(notPaired->property("text").toString()));
}

// Scene rectangle of an item in a grab's pixels.
static QRect pixelsOf(QQuickWindow *window, QQuickItem *item)
{
    const qreal dpr = window->effectiveDevicePixelRatio();
    const QRectF scene = item->mapRectToScene(item->boundingRect());
    return QRectF(scene.topLeft() * dpr, scene.size() * dpr).toAlignedRect();
}

// In the light and the dark theme, message times and delivery states, the
// full device id and the banner's text and Dismiss stand out from what
// they are drawn on; a dialog's backdrop darkens the window, never greys it
// lighter. Read from the pixels the window renders.
void tst_MainWindow::textContrastsInLightAndDarkThemes()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;
    // A message to Gamma: it shows its time and how far it got; and one
    // that did not arrive (as after a restart), its state in red.
    QVERIFY2(app.conversations()->send(gamma.id(), QStringLiteral("Hello Gamma"), &error), qPrintable(error));
    QVERIFY2(app.conversations()->history()->append(gamma.id(), true, QStringLiteral("Lost"),
                                                    ChatMessage::State::Failed, &error),
             qPrintable(error));

    struct Theme
    {
        AppSettings::Theme theme;
        const char *name;
    };
    for (const Theme &theme : {Theme{AppSettings::LightTheme, "light"}, Theme{AppSettings::DarkTheme, "dark"}}) {
        app.settings()->setTheme(theme.theme);
        auto check = [&](const char *what, QQuickItem *item) {
            QVERIFY2(item && item->isVisible(), what);
            const QImage shot = window->grabWindow();
            const TextContrast contrast = textContrastIn(shot, pixelsOf(window, item));
            const QString detail = QStringLiteral("%1 theme, %2: %3 on %4, contrast %5")
                                       .arg(QLatin1StringView(theme.name), QLatin1StringView(what),
                                            QColor(contrast.ink).name(), QColor(contrast.background).name())
                                       .arg(contrast.ratio, 0, 'f', 2);
            if (contrast.ratio < MinTextContrast)
                shot.save(artifactPath(
                    QStringLiteral("contrast-%1-%2.png").arg(QLatin1StringView(theme.name), QLatin1StringView(what))));
            QVERIFY2(contrast.ratio >= MinTextContrast, qPrintable(detail));
            qInfo().noquote() << detail;
        };

        // Devices: the full id, and banners of both kinds.
        SHOW_PAGE(window, "tab:devices", "devicesPage");
        const bool dark = theme.theme == AppSettings::DarkTheme;
        QTRY_VERIFY((QColor(window->grabWindow().pixel(window->width() - 4, window->height() - 4)).lightness() < 128)
                    == dark);
        check("device id", findItem(window->contentItem(), QStringLiteral("deviceId")));
        window->grabWindow().save(artifactPath(QStringLiteral("devices-%1.png").arg(QLatin1StringView(theme.name))));
        // The connected device's status dot, as a graphic (WCAG's 3:1 for
        // what is not text; the state is also said in words beside it).
        {
            QQuickItem *dot = findItem(window->contentItem(), QStringLiteral("statusDot:Gamma"));
            QVERIFY(dot && dot->isVisible());
            const QImage shot = window->grabWindow();
            const TextContrast contrast = textContrastIn(shot, pixelsOf(window, dot).adjusted(-2, -2, 2, 2));
            constexpr double MinGraphicsContrast = 3.0;
            QVERIFY2(contrast.ratio >= MinGraphicsContrast,
                     qPrintable(QStringLiteral("%1 theme, status dot: %2 on %3, contrast %4")
                                    .arg(QLatin1StringView(theme.name), QColor(contrast.ink).name(),
                                         QColor(contrast.background).name())
                                    .arg(contrast.ratio, 0, 'f', 2)));
        }
        for (const bool isError : {false, true}) {
            app.banners()->show(QStringLiteral("devices"), QStringLiteral("Something happened"), isError);
            check(isError ? "error banner" : "banner", findItem(window->contentItem(), QStringLiteral("bannerText")));
            check(isError ? "error banner's Dismiss" : "banner's Dismiss",
                  findItem(window->contentItem(), QStringLiteral("dismissBanner")));
        }
        app.banners()->dismiss();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // A dialog's backdrop: the window behind goes darker, not lighter.
        const auto corner = [window] {
            const QImage shot = window->grabWindow();
            return QColor(shot.pixel(shot.width() - 4, shot.height() - 4)).lightness();
        };
        const int before = corner();
        clickItem(window, findItem(window->contentItem(), QStringLiteral("unpair:Gamma")));
        QQuickItem *keep = nullptr;
        QTRY_VERIFY((keep = findItem(window->contentItem(), QStringLiteral("cancelUnpair"))) && keep->isVisible()
                    && keep->opacity() == 1.0);
        const int behind = corner();
        QVERIFY2(behind <= before,
                 qPrintable(QStringLiteral("%1 theme: the backdrop turned lightness %2 into %3")
                                .arg(QLatin1StringView(theme.name))
                                .arg(before)
                                .arg(behind)));
        clickItem(window, keep);
        QTRY_VERIFY(!keep->isVisible());

        // Conversations: the message's time and state on its bubble.
        clickItem(window, findItem(window->contentItem(), QStringLiteral("chat:Gamma")));
        QTRY_VERIFY(findItem(window->contentItem(), QStringLiteral("conversationPage"))->isVisible());
        QQuickItem *message = nullptr;
        QTRY_VERIFY((message = findItem(window->contentItem(), QStringLiteral("message:0"))) && message->isVisible());
        check("message time and state", findItem(message, QStringLiteral("messageState")));
        QQuickItem *failed = nullptr;
        QTRY_VERIFY((failed = findItem(window->contentItem(), QStringLiteral("message:1"))) && failed->isVisible());
        check("a failed message's state", findItem(failed, QStringLiteral("messageState")));
        window->grabWindow().save(
            artifactPath(QStringLiteral("conversation-%1.png").arg(QLatin1StringView(theme.name))));

        // Files and Settings: their dimmed labels; every page is kept as a
        // screenshot in both themes.
        SHOW_PAGE(window, "tab:files", "filesPage");
        check("download folder", findItem(window->contentItem(), QStringLiteral("filesDownloadFolder")));
        check("no transfers yet", findItem(window->contentItem(), QStringLiteral("noTransfers")));
        window->grabWindow().save(artifactPath(QStringLiteral("files-%1.png").arg(QLatin1StringView(theme.name))));
        SHOW_PAGE(window, "tab:settings", "settingsPage");
        check("Bluetooth status", findItem(window->contentItem(), QStringLiteral("settingsBluetoothStatus")));
        window->grabWindow().save(artifactPath(QStringLiteral("settings-%1.png").arg(QLatin1StringView(theme.name))));
    }
}

// The side that asked to pair withdraws with "Cancel" (it has nothing to
// reject), and the other device is told it was cancelled.
void tst_MainWindow::pairingInitiatorCancelsRatherThanRejects()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    QQuickItem *pair = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((pair = findItem(window->contentItem(), QStringLiteral("pair:Gamma"))) && pair->isVisible()
                                 && pair->isEnabled(),
                             10000);
    QSignalSpy gammaFailed(gamma.device.get(), &LocalDevice::pairingFailed);
    clickItem(window, pair);
    QQuickItem *withdraw = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((withdraw = findItem(window->contentItem(), QStringLiteral("rejectPairing")))
                                 && withdraw->isVisible() && withdraw->opacity() == 1.0,
                             10000);
    QCOMPARE(withdraw->property("text").toString(), QStringLiteral("Cancel"));
    clickItem(window, withdraw);
    QTRY_COMPARE_WITH_TIMEOUT(gammaFailed.size(), 1, 10000);
    QCOMPARE(gammaFailed.at(0).at(1).value<PairingOutcome>(), PairingOutcome::Cancelled);
}

// "Clear finished" is offered only when something finished; a transfer the
// user cancelled says "Cancelled" once, with who cancelled it, and not in
// red.
void tst_MainWindow::transfersSayCancelledOnceAndClearOnlyFinished()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;

    SHOW_PAGE(window, "tab:files", "filesPage");
    QQuickItem *clear = findItem(window->contentItem(), QStringLiteral("clearFinished"));
    QVERIFY(clear && clear->isVisible());
    QVERIFY(!clear->isEnabled());

    // An offer to Gamma, waiting for its answer: nothing finished yet.
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("notes") == 5);
    }
    QVERIFY2(app.transfers()->send(gamma.id(), {path}, &error), qPrintable(error));
    QQuickItem *cancel = nullptr;
    QTRY_VERIFY((cancel = findItem(window->contentItem(), QStringLiteral("cancelTransfer:0"))) && cancel->isVisible());
    QVERIFY(!clear->isEnabled());

    clickItem(window, cancel);
    QQuickItem *status = findItem(window->contentItem(), QStringLiteral("transferStatus:0"));
    QVERIFY(status);
    QTRY_VERIFY(clear->isEnabled());
    const QString said = status->property("text").toString();
    QCOMPARE(said.count(QStringLiteral("cancelled"), Qt::CaseInsensitive), 1);
    QVERIFY2(said.startsWith(QStringLiteral("Cancelled here")), qPrintable(said));
    QQuickItem *red = findItem(window->contentItem(), QStringLiteral("transferError:0"));
    QVERIFY(red);
    QVERIFY2(!red->isVisible(), qPrintable(red->property("text").toString()));

    // The row goes when the transfer is deleted, once its session has
    // closed (seconds, the manager's business): polled, not slept.
    constexpr int TransferGoneTimeoutMs = 30000;
    clickItem(window, clear);
    QTRY_VERIFY_WITH_TIMEOUT(!findItem(window->contentItem(), QStringLiteral("transfer:0")), TransferGoneTimeoutMs);
    QVERIFY(!clear->isEnabled());
}

// Defect 6: a finished transfer stays findable. "Clear finished" moves it
// from the live list to the history below it; after a restart the Files
// page still lists it (from the profile's SQLite); removing it from the
// history takes it away for good.
void tst_MainWindow::transferHistoryOutlivesClearAndRestart()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    // Gamma takes every offer into its own folder.
    QTemporaryDir gammaDownloads;
    SessionManager gammaSessions(gamma.device.get(), SessionManager::Options());
    TransferManager::Options gammaOptions;
    gammaOptions.downloadDir = gammaDownloads.path();
    TransferManager gammaTransfers(&gammaSessions, gammaOptions);
    connect(&gammaTransfers, &TransferManager::incomingTransfer, this, [](Transfer *t) { t->accept(); });

    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("holiday-plan.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("plans") == 5);
    }
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    // The row goes when the transfer is deleted, once its session has
    // closed (seconds, the manager's business): polled, not slept.
    constexpr int TransferGoneTimeoutMs = 30000;
    {
        DesktopApp app(profile.get(), desktopOptions);
        QVERIFY2(app.start(&error), qPrintable(error));
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        pairThroughTheWindow(app, gamma);
        if (QTest::currentTestFailed())
            return;
        SHOW_PAGE(window, "tab:files", "filesPage");
        QVERIFY2(app.transfers()->send(gamma.id(), {path}, &error), qPrintable(error));
        QQuickItem *clear = findItem(window->contentItem(), QStringLiteral("clearFinished"));
        QTRY_VERIFY_WITH_TIMEOUT(clear->isEnabled(), 30000);
        QQuickItem *status = findItem(window->contentItem(), QStringLiteral("transferStatus:0"));
        QVERIFY(status);
        QTRY_VERIFY(status->property("text").toString().startsWith(QStringLiteral("Completed")));
        // Listed once, live: the history waits for it to be cleared.
        QQuickItem *heading = findItem(window->contentItem(), QStringLiteral("historyHeading"));
        QVERIFY(heading && !heading->isVisible());

        clickItem(window, clear);
        QTRY_VERIFY_WITH_TIMEOUT(!findItem(window->contentItem(), QStringLiteral("transfer:0")), TransferGoneTimeoutMs);
        QQuickItem *kept = nullptr;
        QTRY_VERIFY((kept = findItem(window->contentItem(), QStringLiteral("history:transfer:0")))
                    && kept->isVisible());
        QVERIFY(heading->isVisible());
        QVERIFY(!findItem(window->contentItem(), QStringLiteral("noTransfers"))->isVisible());
    }

    // Tandem again, on the same profile: yesterday's transfer is there.
    DesktopApp again(profile.get(), desktopOptions);
    QVERIFY2(again.start(&error), qPrintable(error));
    QQuickWindow *window = again.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    SHOW_PAGE(window, "tab:files", "filesPage");
    QQuickItem *kept = nullptr;
    QTRY_VERIFY((kept = findItem(window->contentItem(), QStringLiteral("history:transfer:0"))) && kept->isVisible());
    const QStringList said = visibleTexts(kept);
    // Who, how much (the plural is the translation's: none loaded here).
    QVERIFY2(said.constFirst().startsWith(QStringLiteral("To Gamma · 1 file")), qPrintable(said.join(u'|')));
    QVERIFY2(said.constFirst().endsWith(QStringLiteral(" · 5 bytes")), qPrintable(said.join(u'|')));
    QVERIFY2(said.contains(QStringLiteral("holiday-plan.txt")), qPrintable(said.join(u'|')));
    const QString status
        = findItem(window->contentItem(), QStringLiteral("history:transferStatus:0"))->property("text").toString();
    QVERIFY2(status.startsWith(QStringLiteral("Completed · ")), qPrintable(status));

    clickItem(window, findItem(window->contentItem(), QStringLiteral("history:removeTransfer:0")));
    QTRY_VERIFY(!findItem(window->contentItem(), QStringLiteral("history:transfer:0")));
    QTRY_VERIFY(findItem(window->contentItem(), QStringLiteral("noTransfers"))->isVisible());
    QVERIFY(again.transferHistory()->latest().isEmpty());
}

// Defect 4: a chat request shows the message it starts with, a file offer
// names its files, and messages not yet read are counted on the device,
// the conversation and the tab until the conversation is seen.
void tst_MainWindow::requestsShowWhatCameAndUnreadIsCounted()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;
    SessionManager gammaSessions(gamma.device.get(), SessionManager::Options());
    auto gammaChat = Conversations::open(&gammaSessions, &error);
    QVERIFY2(gammaChat, qPrintable(error));

    // Gamma writes first: the request says what.
    QVERIFY2(gammaChat->send(profile->deviceId(), QStringLiteral("Lunch at noon?"), &error), qPrintable(error));
    QQuickItem *quote = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (quote = findItem(window->contentItem(), QStringLiteral("requestQuote"))) && quote->isVisible(), 10000);
    QCOMPARE(quote->property("text").toString(), QStringLiteral("Lunch at noon?"));
    QQuickItem *accept = findItem(window->contentItem(), QStringLiteral("acceptRequest"));
    QTRY_VERIFY(accept->opacity() == 1.0);
    clickItem(window, accept);
    // Accepted, the conversation is on screen: its message is read there.
    QQuickItem *page = findItem(window->contentItem(), QStringLiteral("conversationPage"));
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(app.conversations()->history()->latest(gamma.id()).size(), 1, 10000);
    QTRY_COMPARE(app.conversations()->unreadTotal(), 0);
    // The dialog has gone (it would take the next clicks).
    QTRY_VERIFY(!quote->isVisible());

    // Elsewhere, the next ones wait unread: counted on the device's Chat
    // button, on the conversation and on the tab.
    SHOW_PAGE(window, "tab:devices", "devicesPage");
    QQuickItem *tab = findItem(window->contentItem(), QStringLiteral("tab:conversation"));
    QCOMPARE(tab->property("text").toString(), QStringLiteral("Conversations"));
    QVERIFY(gammaChat->send(profile->deviceId(), QStringLiteral("Still on?"), &error));
    QVERIFY(gammaChat->send(profile->deviceId(), QStringLiteral("At the usual place"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(app.conversations()->unreadTotal(), 2, 10000);
    QQuickItem *badge = findItem(window->contentItem(), QStringLiteral("unread:Gamma"));
    QTRY_VERIFY(badge && badge->isVisible());
    QCOMPARE(visibleTexts(badge), QStringList{QStringLiteral("2")});
    QCOMPARE(tab->property("text").toString(), QStringLiteral("Conversations (2)"));

    // Opening the conversation reads them: every count goes.
    clickItem(window, findItem(window->contentItem(), QStringLiteral("chat:Gamma")));
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE(app.conversations()->unreadTotal(), 0);
    QTRY_VERIFY(!badge->isVisible());
    QCOMPARE(tab->property("text").toString(), QStringLiteral("Conversations"));
    QVERIFY(!findItem(window->contentItem(), QStringLiteral("conversationUnread:Gamma"))->isVisible());

    // A file offer names its files.
    TransferManager gammaTransfers(&gammaSessions, TransferManager::Options());
    QTemporaryDir work;
    QStringList paths;
    for (const QString &name : {QStringLiteral("agenda.txt"), QStringLiteral("minutes.txt")}) {
        paths << work.filePath(name);
        QFile file(paths.constLast());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("text") == 4);
    }
    // Two files may be chosen from: each is named on its check box, and the
    // plain list of names gives way to them.
    QVERIFY2(gammaTransfers.send(profile->deviceId(), paths, &error), qPrintable(error));
    QQuickItem *second = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (second = findItem(window->contentItem(), QStringLiteral("offerFile:1"))) && second->isVisible(), 10000);
    QVERIFY(!quote->isVisible());
    QStringList names;
    for (const QString &box : {QStringLiteral("offerFile:0"), QStringLiteral("offerFile:1")})
        names << findItem(window->contentItem(), box)->property("text").toString();
    QVERIFY2(names.at(0).startsWith(u"agenda.txt"_s) && names.at(1).startsWith(u"minutes.txt"_s),
             qPrintable(names.join(u", ")));
    QVERIFY(!findItem(window->contentItem(), QStringLiteral("offerFile:2")));
}

// Defect 5: without a tray (the test's X server has none) notifications
// still come, through the desktop's notification server, and their buttons
// act: accept a pairing and a conversation, accept files and show where
// they landed.
void tst_MainWindow::notificationsAnswerRequestsAndOpenFiles()
{
#ifndef TANDEM_TEST_DBUS
    QSKIP("Qt D-Bus is not available: no freedesktop notifications here");
#else
    using namespace Tandem;
    // A bus of the test's own, with the fake server on it.
    QProcess daemon;
    daemon.start(QStringLiteral("dbus-daemon"),
                 {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!daemon.waitForStarted(10000))
        QSKIP("dbus-daemon is not available");
    const auto stop = qScopeGuard([&daemon] {
        daemon.kill();
        daemon.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(daemon.canReadLine(), 10000);
    const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
    QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("fake-notification-server"));
    const auto disconnect = qScopeGuard([] { QDBusConnection::disconnectFromBus(u"fake-notification-server"_s); });
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    FakeNotificationServer server;
    QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &server, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));
    const auto press = [&bus](uint id, const QString &action) {
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                                         u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        signal << id << action;
        return bus.send(signal);
    };

    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    QTemporaryDir downloads;
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    desktopOptions.notificationBus = address;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    app.settings()->setDownloadFolder(downloads.path());
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!app.isTrayAvailable());

    // Gamma asks to pair; the user accepts from the notification.
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    const QString appId = profile->deviceId();
    QTRY_VERIFY_WITH_TIMEOUT(app.device()->device(gamma.id()) && app.device()->device(gamma.id())->reachable, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(gamma.device->device(appId) && gamma.device->device(appId)->reachable, 10000);
    QSignalSpy gammaCode(gamma.device.get(), &LocalDevice::pairingCodeReady);
    QSignalSpy paired(app.device(), &LocalDevice::paired);
    QVERIFY2(gamma.device->requestPairing(appId, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(server.latest(u"Pairing request"_s), 10000);
    const auto pairing = *server.latest(u"Pairing request"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gammaCode.size(), 1, 10000);
    QVERIFY2(pairing.body.contains(gammaCode.at(0).at(1).toString()), qPrintable(pairing.body));
    QVERIFY2(pairing.actions.contains(u"accept"_s) && pairing.actions.contains(u"Accept"_s)
                 && pairing.actions.contains(u"reject"_s),
             qPrintable(pairing.actions.join(u',')));
    QPointer<QQuickItem> code;
    QTRY_VERIFY((code = findItem(window->contentItem(), QStringLiteral("pairingCode"))) && code->isVisible());
    QVERIFY(gamma.device->acceptPairing(appId, &error));
    QVERIFY(press(pairing.id, u"accept"_s));
    QTRY_COMPARE_WITH_TIMEOUT(paired.size(), 1, 10000);
    // Answered: the notification goes, and so does the dialog.
    QTRY_VERIFY(server.closed.contains(pairing.id));
    QTRY_VERIFY(!code || !code->isVisible());

    // A conversation, accepted from its notification: it opens.
    SessionManager gammaSessions(gamma.device.get(), SessionManager::Options());
    auto gammaChat = Conversations::open(&gammaSessions, &error);
    QVERIFY2(gammaChat, qPrintable(error));
    QVERIFY(gammaChat->send(appId, QStringLiteral("hello from Gamma"), &error));
    QTRY_VERIFY_WITH_TIMEOUT(server.latest(u"Request from Gamma"_s), 10000);
    // What it is about, in the notification itself.
    QCOMPARE(server.latest(u"Request from Gamma"_s)->body, u"Gamma wants to start a conversation: hello from Gamma"_s);
    QVERIFY(press(server.latest(u"Request from Gamma"_s)->id, u"accept"_s));
    QQuickItem *page = findItem(window->contentItem(), QStringLiteral("conversationPage"));
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 10000);
    QCOMPARE(page->property("deviceId").toString(), gamma.id());
    QTRY_COMPARE_WITH_TIMEOUT(app.conversations()->history()->latest(gamma.id()).size(), 1, 10000);

    // Files: accepted from the notification, then (the window elsewhere)
    // "Show folder" on the one saying they arrived opens where they landed.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    TransferManager gammaTransfers(&gammaSessions, TransferManager::Options());
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("report.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("report") == 6);
    }
    QVERIFY2(gammaTransfers.send(appId, {path}, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(server.latest(u"Files from Gamma"_s), 10000);
    const auto offer = *server.latest(u"Files from Gamma"_s);
    QVERIFY(offer.actions.contains(u"accept"_s));
    // The user is elsewhere (the window hidden): the arrival is notified.
    window->hide();
    QTRY_VERIFY(!window->isActive());
    QVERIFY(press(offer.id, u"accept"_s));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(downloads.path()).filePath(u"report.txt"_s)), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(server.latest(u"Files from Gamma"_s)->id != offer.id, 10000);
    const auto arrived = *server.latest(u"Files from Gamma"_s);
    QVERIFY2(arrived.actions.contains(u"showFolder"_s) && arrived.actions.contains(u"open"_s),
             qPrintable(arrived.actions.join(u',')));
    QVERIFY(press(arrived.id, u"showFolder"_s));
    QTRY_COMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(downloads.path())});
    QVERIFY(press(arrived.id, u"open"_s));
    QTRY_COMPARE(catcher.opened.size(), 2);
    QCOMPARE(catcher.opened.constLast(), QUrl::fromLocalFile(QDir(downloads.path()).filePath(u"report.txt"_s)));
#endif
}

// Settings' "Start Tandem in the tray when you log in" writes an XDG
// autostart entry that starts this program on this profile, minimised;
// turned off, it goes. Without a tray, --minimized still shows the window.
void tst_MainWindow::launchAtLoginWritesAnAutostartEntry()
{
    if (!AppSettings::launchAtLoginSupported())
        QSKIP("no XDG autostart on this platform");
    QTemporaryDir config;
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    const auto restore = qScopeGuard([&oldConfig] {
        if (oldConfig.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
    });
    const QString entry = config.filePath(QStringLiteral("autostart/org.tandem.Tandem.desktop"));
    QCOMPARE(AppSettings::autostartFile(), entry);

    // A profile path with a space and a dollar: quoted as the spec says.
    QTemporaryDir base;
    const QString profilePath = base.filePath(QStringLiteral("my $profile"));
    QString error;
    const auto profile = Tandem::Profile::open(profilePath, &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    options.startMinimized = true;
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    // No tray here: the window shows, or nothing would reach Tandem.
    QVERIFY(!app.isTrayAvailable());
    QVERIFY(QTest::qWaitForWindowExposed(window));

    SHOW_PAGE(window, "tab:settings", "settingsPage");
    QQuickItem *toggle = findItem(window->contentItem(), QStringLiteral("launchAtLogin"));
    QVERIFY(toggle && toggle->isVisible());
    QVERIFY(!toggle->property("checked").toBool());
    clickItem(window, toggle);
    QTRY_VERIFY(QFileInfo::exists(entry));
    QVERIFY(toggle->property("checked").toBool());
    QVERIFY(app.settings()->launchAtLogin());
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString exec = u"Exec=\""_s + QCoreApplication::applicationFilePath() + u"\" --profile \""_s
        + QString(profile->path()).replace(u"$"_s, u"\\\\$"_s) + u"\" --minimized\n"_s;
    QVERIFY2(text.contains(exec), qPrintable(text));
    QVERIFY(text.startsWith(u"[Desktop Entry]\nType=Application\n"_s));

    // Off: the entry goes.
    clickItem(window, toggle);
    QTRY_VERIFY(!QFileInfo::exists(entry));
    QVERIFY(!toggle->property("checked").toBool());
}

// The 64-character id breaks between its groups, never inside one, from
// the smallest window up.
void tst_MainWindow::fullIdBreaksOnlyBetweenGroups()
{
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QQuickItem *id = findItem(window->contentItem(), QStringLiteral("deviceId"));
    QVERIFY(id);
    QCOMPARE(id->property("value").toString(), profile->deviceId());
    for (const QSize size : {window->minimumSize(), QSize(800, 600), QSize(960, 640)}) {
        window->resize(size);
        QTRY_COMPARE(window->size(), size);
        QTRY_COMPARE(id->property("text").toString().remove(u' '), profile->deviceId());
        const QString text = id->property("text").toString();
        auto top = [id](int position) {
            QRectF rect;
            QMetaObject::invokeMethod(id, "positionToRectangle", Q_RETURN_ARG(QRectF, rect), Q_ARG(int, position));
            return rect.top();
        };
        // Each group (a run without spaces) lies on one line.
        for (qsizetype start = 0; start < text.size();) {
            qsizetype end = text.indexOf(u' ', start);
            if (end < 0)
                end = text.size();
            QVERIFY2(top(int(start)) == top(int(end - 1)),
                     qPrintable(QStringLiteral("%1x%2: \"%3\" is broken across lines")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(text.mid(start, end - start))));
            start = end + 1;
        }
    }
}

// Receives the URLs the app opens "in the browser".
// A received message can be selected and copied as written (never read as
// markup: it comes from another device), and its web links open.
void tst_MainWindow::receivedMessagesCopyAndLinksOpen()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;
    const QString written = QStringLiteral("See https://example.org/a?b=1&c=2 <b>not bold</b>");
    QVERIFY2(app.conversations()->history()->append(gamma.id(), false, written, ChatMessage::State::Received, &error),
             qPrintable(error));
    QQuickItem *chat = nullptr;
    QTRY_VERIFY((chat = findItem(window->contentItem(), QStringLiteral("chat:Gamma"))) && chat->isVisible());
    clickItem(window, chat);
    QQuickItem *message = nullptr;
    QTRY_VERIFY((message = findItem(window->contentItem(), QStringLiteral("message:0"))) && message->isVisible());
    QQuickItem *text = findItem(message, QStringLiteral("messageText"));
    QVERIFY(text);
    QVERIFY(text->property("selectByMouse").toBool());

    // Selected and copied: the text as written, markup and all.
    QVERIFY(QMetaObject::invokeMethod(text, "selectAll"));
    QVERIFY(QMetaObject::invokeMethod(text, "copy"));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), written);
    // Or all of it in one click, with its Copy button. (Something else is
    // put there first, not nothing: an X11 clipboard cleared lets go of its
    // selection later, and could take the copy with it.)
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
    // Once the page has laid itself out (the conversation right of the
    // device list): a click where the button was a moment ago misses it.
    QQuickItem *peers = findItem(window->contentItem(), QStringLiteral("conversationPeers"));
    QTRY_VERIFY(message->mapToScene(QPointF(0, 0)).x() >= peers->mapToScene(QPointF(peers->width(), 0)).x());
    clickItem(window, findItem(message, QStringLiteral("copyMessage:0")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), written);

    // The other way: what is on the clipboard goes to Gamma, as a message;
    // an empty clipboard says so and sends nothing.
    QQuickItem *sendClipboard = findItem(window->contentItem(), QStringLiteral("sendClipboard"));
    QVERIFY(sendClipboard && sendClipboard->isVisible());
    QGuiApplication::clipboard()->clear();
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    clickItem(window, sendClipboard);
    QQuickItem *conversationError = findItem(window->contentItem(), QStringLiteral("conversationError"));
    QTRY_VERIFY(conversationError->isVisible());
    QCOMPARE(conversationError->property("text").toString(),
             QStringLiteral("The clipboard holds no text or image to send."));
    QCOMPARE(app.conversations()->history()->latest(gamma.id()).size(), 1);
    const QString clip = QStringLiteral("Door code 4711");
    QGuiApplication::clipboard()->setText(clip);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), clip);
    clickItem(window, sendClipboard);
    QTRY_COMPARE(app.conversations()->history()->latest(gamma.id()).size(), 2);
    const ChatMessage sent = app.conversations()->history()->latest(gamma.id()).constLast();
    QVERIFY(sent.outgoing);
    QCOMPARE(sent.text, clip);
    QTRY_VERIFY(findItem(window->contentItem(), QStringLiteral("message:1")));

    // The link opens.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    QRectF at;
    QVERIFY(QMetaObject::invokeMethod(text, "positionToRectangle", Q_RETURN_ARG(QRectF, at),
                                      Q_ARG(int, int(written.indexOf(u"example")))));
    // The link is there, under its words; what a click on it emits opens
    // it. (A synthetic click, even after moving onto the link, activated
    // it only three runs in four here: Qt's part, not the app's.)
    QString link;
    QVERIFY(QMetaObject::invokeMethod(text, "linkAt", Q_RETURN_ARG(QString, link), Q_ARG(qreal, at.center().x()),
                                      Q_ARG(qreal, at.center().y())));
    QCOMPARE(link, QStringLiteral("https://example.org/a?b=1&c=2"));
    QVERIFY(QMetaObject::invokeMethod(text, "linkActivated", Q_ARG(QString, link)));
    QTRY_COMPARE(catcher.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/a?b=1&c=2"))});
}

void tst_MainWindow::usableFromSmallToLargeWindows_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("4K") << QSize(3840, 2160);
}

void tst_MainWindow::usableFromSmallToLargeWindows()
{
    QFETCH(QSize, size);
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(window->size(), size);
    const QImage shot = window->grabWindow();
    QVERIFY(shot.save(artifactPath(QStringLiteral("mainwindow-%1x%2.png").arg(size.width()).arg(size.height()))));

    // Every control of the Devices page lies whole inside the window, with
    // room to be clicked.
    const QRectF inside(QPointF(0, 0), window->size());
    for (const char *name : {"tab:devices", "tab:settings", "deviceName", "lanStatus", "bluetoothStatus",
                             "addressField", "addAddressButton", "deviceList"}) {
        QQuickItem *item = findItem(window->contentItem(), QLatin1StringView(name));
        QVERIFY2(item && item->isVisible(), name);
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QVERIFY2(inside.contains(rect),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                                .arg(QLatin1StringView(name))
                                .arg(rect.x())
                                .arg(rect.y())
                                .arg(rect.width())
                                .arg(rect.height())));
        QVERIFY2(rect.width() >= 16 && rect.height() >= 16,
                 qPrintable(QStringLiteral("%1 %2 %3x%4")
                                .arg(QLatin1StringView(name), QLatin1StringView(item->metaObject()->className()))
                                .arg(rect.width())
                                .arg(rect.height())));
    }
}

// Every visible text item under `root` that is cut off, by name or text.
static QStringList truncatedTexts(QQuickItem *root)
{
    QStringList found;
    if (!root->isVisible())
        return found;
    if (root->inherits("QQuickText")) {
        // Elided, or wider than its item and not wrapped (cut at the edge).
        const bool wraps = root->property("wrapMode").toInt() != 0;
        const bool overflows
            = !wraps && root->property("contentWidth").toReal() > root->width() + 1 && root->width() > 0;
        if (root->property("truncated").toBool() || overflows)
            found << (root->objectName().isEmpty() ? root->property("text").toString() : root->objectName());
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        found << truncatedTexts(child);
    return found;
}

void tst_MainWindow::nothingSqueezedOrClipped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(800, 600), QSize(960, 640)}) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(u"English " + name)) << QLocale(QLocale::English, QLocale::UnitedStates) << size;
        QTest::newRow(qPrintable(u"German " + name)) << QLocale(QLocale::German, QLocale::Germany) << size;
    }
}

// At the small sizes people use, in English and German: the address
// field's example fits it, and a waiting request does not squeeze the tabs.
void tst_MainWindow::nothingSqueezedOrClipped()
{
    QFETCH(QLocale, locale);
    QFETCH(QSize, size);
    const QLocale previous;
    QLocale::setDefault(locale);
    QObject translations; // the translators go with it
    installTranslations(&translations);
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });

    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(window->size(), size);

    QQuickItem *field = findItem(window->contentItem(), QStringLiteral("addressField"));
    QVERIFY(field);
    const QString placeholder = field->property("placeholderText").toString();
    const qreal room
        = field->width() - field->property("leftPadding").toReal() - field->property("rightPadding").toReal();
    const qreal needed = QFontMetricsF(field->property("font").value<QFont>()).horizontalAdvance(placeholder);
    QVERIFY2(needed <= room,
             qPrintable(QStringLiteral("\"%1\" needs %2 px, the field has %3").arg(placeholder).arg(needed).arg(room)));

    const QStringList tabs{QStringLiteral("tab:devices"), QStringLiteral("tab:conversation"),
                           QStringLiteral("tab:files"), QStringLiteral("tab:settings")};
    auto tabWidths = [&] {
        QList<qreal> widths;
        for (const QString &tab : tabs)
            widths << findItem(window->contentItem(), tab)->width();
        return widths;
    };
    const QList<qreal> before = tabWidths();
    app.setPendingRequests(1);
    QQuickItem *waiting = findItem(window->contentItem(), QStringLiteral("pendingRequests"));
    QTRY_VERIFY(waiting && waiting->isVisible());
    // A frame lays the header out again (layouts settle when polished).
    window->grabWindow();
    QCOMPARE(tabWidths(), before);
    app.setPendingRequests(0);

    // No text on any page is cut off.
    for (const char *tab : {"tab:devices", "tab:conversation", "tab:files", "tab:settings"}) {
        clickItem(window, findItem(window->contentItem(), QLatin1StringView(tab)));
        window->grabWindow();
        const QStringList cut = truncatedTexts(window->contentItem());
        QVERIFY2(cut.isEmpty(), qPrintable(QLatin1StringView(tab) + u": " + cut.join(u" | ")));
    }
}

void tst_MainWindow::themeSettingChangesTheLook()
{
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    auto lightness = [&app] {
        const QImage shot = app.window()->grabWindow();
        // A corner of the page, below the header: the window's background.
        return QColor(shot.pixel(shot.width() - 4, shot.height() - 4)).lightness();
    };
    app.settings()->setTheme(AppSettings::LightTheme);
    QTRY_VERIFY(lightness() > 200);
    app.settings()->setTheme(AppSettings::DarkTheme);
    QTRY_VERIFY(lightness() < 80);
    // Kept in the profile.
    AppSettings reread(profileDir.path());
    QCOMPARE(reread.theme(), AppSettings::DarkTheme);
    app.settings()->setTheme(AppSettings::LightTheme);
    QTRY_VERIFY(lightness() > 200);
}

void tst_MainWindow::downloadFolderRefusesWhatCannotHoldFiles()
{
    QTemporaryDir dir;
    AppSettings settings(dir.path());
    QSignalSpy changed(&settings, &AppSettings::downloadFolderChanged);
    const QString before = settings.downloadFolder();
    QVERIFY(!settings.setDownloadFolder(QString()).isEmpty());
    QVERIFY(!settings.setDownloadFolder(QStringLiteral("relative/folder")).isEmpty());
    QFile file(QDir(dir.path()).filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(settings.setDownloadFolder(file.fileName()).contains(QStringLiteral("file")));
    QCOMPARE(settings.downloadFolder(), before);
    QCOMPARE(changed.size(), 0);

    // A folder (as a path or a file: URL) is taken, created if missing, and kept.
    const QString wanted = QDir(dir.path()).filePath(QStringLiteral("landing/here"));
    QCOMPARE(settings.setDownloadFolder(QUrl::fromLocalFile(wanted).toString()), QString());
    QCOMPARE(settings.downloadFolder(), wanted);
    QVERIFY(QFileInfo(wanted).isDir());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(AppSettings(dir.path()).downloadFolder(), wanted);
}

void tst_MainWindow::systemLanguagePicksTheTranslation_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("devices");
    QTest::addColumn<QString>("settings");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("Geräte")
                            << QStringLiteral("Einstellungen");
    QTest::newRow("Simplified Chinese") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("设备")
                                        << QStringLiteral("设置");
    QTest::newRow("English, the source") << QLocale(QLocale::English, QLocale::UnitedStates)
                                         << QStringLiteral("Devices") << QStringLiteral("Settings");
}

void tst_MainWindow::systemLanguagePicksTheTranslation()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, devices);
    QFETCH(QString, settings);
    const QLocale previous;
    QLocale::setDefault(locale);
    QObject translations; // the translator goes with it
    installTranslations(&translations);

    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    QQuickItem *tab = findItem(app.window()->contentItem(), QStringLiteral("tab:devices"));
    QVERIFY(tab);
    QCOMPARE(tab->property("text").toString(), devices);
    tab = findItem(app.window()->contentItem(), QStringLiteral("tab:settings"));
    QVERIFY(tab);
    QCOMPARE(tab->property("text").toString(), settings);
    QLocale::setDefault(previous);
}

// Qt's own words (the buttons and file dialogs Qt draws) come in the
// user's language too: Qt's catalogues load beside the app's, from Qt's
// translations folder (here a stand-in with one German string). The file
// dialogs open in the user's home, not where Tandem was started from.
void tst_MainWindow::qtDialogsFollowTheLanguageAndOpenAtHome()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        QObject translations; // the translators go with it
        installTranslations(&translations, QStringLiteral(TANDEM_TEST_QT_TRANSLATIONS));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        // The app's own load as before.
        QCOMPARE(QCoreApplication::translate("Main", "Devices"), QStringLiteral("Geräte"));
    }
    QLocale::setDefault(previous);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));

    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options options;
    options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    DesktopApp app(profile.get(), options);
    QVERIFY2(app.start(&error), qPrintable(error));
    const QUrl home = QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    for (const char *name : {"sendFilesDialog", "filesPageDialog"}) {
        QObject *dialog = app.window()->findChild<QObject *>(QLatin1StringView(name));
        QVERIFY2(dialog, name);
        QCOMPARE(dialog->property("currentFolder").toUrl(), home);
    }
}

// `tandem --help` and `--version` answer on a machine with no display
// (over SSH, in a package's build): no window, no platform plugin, exit 0.
void tst_MainWindow::helpAndVersionWithoutADisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("DISPLAY"), QString());
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess tandem;
        tandem.setProcessEnvironment(env);
        tandem.start(QStringLiteral(TANDEM_APP_PATH), {option});
        QVERIFY2(tandem.waitForFinished(30000), qPrintable(option));
        const QString out = QString::fromUtf8(tandem.readAllStandardOutput());
        const QString err = QString::fromUtf8(tandem.readAllStandardError());
        QCOMPARE(tandem.exitStatus(), QProcess::NormalExit);
        QVERIFY2(tandem.exitCode() == 0, qPrintable(option + u' ' + err));
        if (option == u"--help") {
            QVERIFY2(out.contains(QStringLiteral("--no-bluetooth")) && out.contains(QStringLiteral("--profile")),
                     qPrintable(out));
        } else {
            QVERIFY2(out.startsWith(QStringLiteral("Tandem ")), qPrintable(out));
        }
    }
}

// `tandem --no-bluetooth` (as tandem-cli takes it) keeps the radio off, and
// Settings says what the Devices page says about Bluetooth.
void tst_MainWindow::noBluetoothOptionAndSettingsAgree()
{
    QTemporaryDir profileDir;
    AppDriver tandem(QStringLiteral("tandem --no-bluetooth"));
    QVERIFY(tandem.start(QStringLiteral(TANDEM_APP_PATH),
                         {QStringLiteral("--profile"), profileDir.path(), QStringLiteral("--no-bluetooth"),
                          QStringLiteral("--interface"), Tandem::LanDiscovery::loopbackInterface(),
                          QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--discovery-port"),
                          QString::number(TandemTest::freeUdpPort())}));
    const QString off = QStringLiteral("Bluetooth: off (--no-bluetooth on the command line)");
    const QJsonObject devices = tandem.wait(QStringLiteral("bluetoothStatus"), QStringLiteral("text"), off);
    QVERIFY2(AppDriver::error(devices).isEmpty(), qPrintable(AppDriver::error(devices)));
    QVERIFY(tandem.click(QStringLiteral("tab:settings")).isEmpty());
    const QJsonObject settings = tandem.wait(QStringLiteral("settingsBluetoothStatus"), QStringLiteral("text"), off);
    QVERIFY2(AppDriver::error(settings).isEmpty(), qPrintable(AppDriver::error(settings)));
    // The switch is the wish (on, the default), no longer "not available".
    const QJsonObject wish
        = tandem.wait(QStringLiteral("bluetoothSwitch"), QStringLiteral("text"), QStringLiteral("On"));
    QVERIFY2(AppDriver::error(wish).isEmpty(), qPrintable(AppDriver::error(wish)));
    QVERIFY(tandem.quit());
}

// The Devices page says plainly whether Bluetooth is on and if not, why:
// here (no adapter on the test machines) "unavailable: no adapter", off
// from the command line, and a Settings change waiting for the next start.
void tst_MainWindow::bluetoothStatusSaysWhy()
{
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Tandem::Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    {
        // Loopback only (what the tests use): the radio stays off.
        DesktopApp::Options options;
        options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
        DesktopApp app(profile.get(), options);
        QVERIFY2(app.start(&error), qPrintable(error));
        QQuickItem *status = findItem(app.window()->contentItem(), QStringLiteral("bluetoothStatus"));
        QVERIFY(status);
        QTRY_COMPARE(status->property("text").toString(),
                     QStringLiteral("Bluetooth: off (loopback only, from the command line)"));
    }
    {
        // Bluetooth asked for: on this machine there is no adapter, and the
        // page says so. (LAN stays on loopback.)
        DesktopApp::Options options;
        options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
        options.device.bluetoothEnabled = true;
        DesktopApp app(profile.get(), options);
        QVERIFY2(app.start(&error), qPrintable(error));
        QQuickItem *status = findItem(app.window()->contentItem(), QStringLiteral("bluetoothStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(app.device()->bluetoothState() != Tandem::LocalDevice::BluetoothState::Starting,
                                 30000);
        if (app.device()->bluetoothState() == Tandem::LocalDevice::BluetoothState::Available)
            QSKIP("this machine has a Bluetooth adapter; the no-adapter case cannot be shown here");
        QTRY_COMPARE(status->property("text").toString(), app.device()->bluetoothStateReason());
        QVERIFY2(status->property("text").toString().contains(QStringLiteral("unavailable")),
                 qPrintable(status->property("text").toString()));

        // Turned off in Settings: the page says when that takes effect.
        app.settings()->setBluetoothEnabled(false);
        QTRY_COMPARE(status->property("text").toString(),
                     QStringLiteral("Bluetooth: turns off when Tandem starts again"));
    }
    {
        // Started again with the switch off: off, because of Settings.
        DesktopApp::Options options;
        options.device = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
        options.device.bluetoothEnabled = true;
        DesktopApp app(profile.get(), options);
        QVERIFY2(app.start(&error), qPrintable(error));
        QCOMPARE(app.device()->bluetoothState(), Tandem::LocalDevice::BluetoothState::Disabled);
        QQuickItem *status = findItem(app.window()->contentItem(), QStringLiteral("bluetoothStatus"));
        QVERIFY(status);
        QTRY_COMPARE(status->property("text").toString(), QStringLiteral("Bluetooth: turned off in Settings"));
    }
}

// Issue 19: an offer of several files lists them with a check box each;
// "Accept selected" takes only the ticked ones, and only those land.
void tst_MainWindow::offerDialogAcceptsTheChosenFiles()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QTemporaryDir downloads;
    QCOMPARE(app.settings()->setDownloadFolder(downloads.path()), QString());
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;
    SessionManager gammaSessions(gamma.device.get(), SessionManager::Options());
    TransferManager gammaTransfers(&gammaSessions);

    QTemporaryDir work;
    QStringList paths;
    for (const char *name : {"one.txt", "two.txt", "three.txt"}) {
        paths.append(work.filePath(QLatin1StringView(name)));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(name) > 0);
    }
    Transfer *out = gammaTransfers.send(app.profile()->deviceId(), paths, &error);
    QVERIFY2(out, qPrintable(error));
    QQuickItem *selected = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((selected = findItem(window->contentItem(), QStringLiteral("acceptSelected")))
                                 && selected->isVisible() && selected->opacity() == 1.0,
                             10000);
    // Everything ticked: "Accept selected" would be "Accept all".
    QVERIFY(!selected->isEnabled());
    QQuickItem *second = findItem(window->contentItem(), QStringLiteral("offerFile:1"));
    QVERIFY(second && second->property("checked").toBool());
    QVERIFY(second->property("text").toString().startsWith(QStringLiteral("two.txt")));
    clickItem(window, second);
    QVERIFY(!second->property("checked").toBool());
    QVERIFY(selected->isEnabled());
    clickItem(window, selected);
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 30000);
    QCOMPARE(QDir(downloads.path()).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("one.txt"), QStringLiteral("three.txt")}));
    QVERIFY(out->files().at(1).skipped);
}

// "Send with Tandem": `tandem --send FILES` run by a file manager hands the
// files to the app already running on the profile and ends; the app asks
// which paired device they go to and sends them there.
void tst_MainWindow::sendWithTandemHandsFilesToTheRunningApp()
{
    using namespace Tandem;
    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;
    SessionManager gammaSessions(gamma.device.get(), SessionManager::Options());
    TransferManager gammaTransfers(&gammaSessions);
    QSignalSpy offered(&gammaTransfers, &TransferManager::incomingTransfer);

    QTemporaryDir work;
    QStringList paths;
    for (const char *name : {"photo.jpg", "notes.txt"}) {
        paths.append(work.filePath(QLatin1StringView(name)));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(name) > 0);
    }
    // The real binary, as the launcher entry runs it; this process's event
    // loop answers it, so wait by spinning it.
    auto sendWithTandem = [&profileDir](const QStringList &files) {
        QProcess tandem;
        QSignalSpy finished(&tandem, &QProcess::finished);
        tandem.start(QStringLiteral(TANDEM_APP_PATH),
                     QStringList{QStringLiteral("--profile"), profileDir.path(), QStringLiteral("--send")} + files);
        if (!finished.wait(30000))
            tandem.kill();
        return std::make_pair(tandem.exitCode(),
                              QByteArray(tandem.readAllStandardOutput() + tandem.readAllStandardError()));
    };
    const auto [code, said] = sendWithTandem(paths);
    QVERIFY2(code == 0, said.constData());
    QVERIFY2(said.contains("handed to the running Tandem"), said.constData());

    QQuickItem *send = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((send = findItem(window->contentItem(), QStringLiteral("sendToSend"))) && send->isVisible()
                                 && send->opacity() == 1.0,
                             10000);
    const QString listed = findItem(window->contentItem(), QStringLiteral("sendToFiles"))->property("text").toString();
    QVERIFY2(listed.contains(paths.at(0)) && listed.contains(paths.at(1)), qPrintable(listed));
    QTRY_VERIFY(send->isEnabled()); // Gamma, the one paired device, is chosen
    clickItem(window, send);
    QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 1, 20000);
    auto *in = offered.at(0).at(0).value<Transfer *>();
    QCOMPARE(in->fileCount(), 2);
    QCOMPARE(in->peerDeviceId(), app.profile()->deviceId());

    // A file that is not there is refused before anything is handed over.
    const auto [missingCode, missingSaid] = sendWithTandem({work.filePath(QStringLiteral("gone.txt"))});
    QVERIFY2(missingCode != 0 && missingSaid.contains("gone.txt"), missingSaid.constData());
}

// The handover's bounds: too many files or names too long together are
// refused before sending; a request announcing more than MaxRequestBytes,
// a relative path or a missing file is answered "refused", and the app
// asks nothing.
void tst_MainWindow::sendHandoverRefusesWhatBreaksItsBounds()
{
    QTemporaryDir profileDir;
    SendHandover handover;
    QString error;
    QVERIFY2(handover.listen(profileDir.path(), &error), qPrintable(error));
    QSignalSpy handed(&handover, &SendHandover::filesHanded);
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("a.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    QVERIFY(!SendHandover::handTo(profileDir.path(), QStringList(SendHandover::MaxFiles + 1, file), &error));
    QVERIFY(error.contains(QString::number(SendHandover::MaxFiles)));
    const QString longName = QStringLiteral("/") + QStringLiteral("n").repeated(4000);
    QVERIFY(!SendHandover::handTo(profileDir.path(), QStringList(SendHandover::MaxFiles, longName), &error));
    QVERIFY(!error.isEmpty());

    // By hand: what handTo() would not send.
    auto answerTo = [&profileDir](quint32 announced, const QByteArray &body) {
        QLocalSocket socket;
        socket.connectToServer(SendHandover::serverName(profileDir.path()));
        if (!socket.waitForConnected(5000))
            return QByteArray("no connection");
        QByteArray request(4, Qt::Uninitialized);
        qToBigEndian(announced, request.data());
        socket.write(request + body);
        QSignalSpy ready(&socket, &QLocalSocket::readyRead);
        if (!ready.wait(5000))
            return QByteArray("no answer");
        return socket.readAll();
    };
    QCOMPARE(answerTo(quint32(SendHandover::MaxRequestBytes + 1), {}), QByteArray(1, 0));
    const QByteArray relative = QCborValue(QCborArray{QStringLiteral("a.txt")}).toCbor();
    QCOMPARE(answerTo(quint32(relative.size()), relative), QByteArray(1, 0));
    const QByteArray missing = QCborValue(QCborArray{work.filePath(QStringLiteral("gone"))}).toCbor();
    QCOMPARE(answerTo(quint32(missing.size()), missing), QByteArray(1, 0));
    QCOMPARE(handed.size(), 0);

    // Clients that connect and say nothing hold at most MaxOpenRequests
    // places: the next is let go at once, and once they have gone a
    // request is taken again.
    std::vector<std::unique_ptr<QLocalSocket>> silent;
    for (int i = 0; i < SendHandover::MaxOpenRequests; ++i) {
        silent.push_back(std::make_unique<QLocalSocket>());
        silent.back()->connectToServer(SendHandover::serverName(profileDir.path()));
        QVERIFY(silent.back()->waitForConnected(5000));
    }
    QTRY_COMPARE(handover.openRequests(), SendHandover::MaxOpenRequests);
    QLocalSocket extra;
    extra.connectToServer(SendHandover::serverName(profileDir.path()));
    QTRY_COMPARE(extra.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(handover.openRequests(), SendHandover::MaxOpenRequests);
    silent.clear();
    QTRY_COMPARE(handover.openRequests(), 0);

    // And what fits is taken (handTo() itself would wait for an answer
    // this thread gives: the real binary uses it in the test above).
    const QByteArray fits = QCborValue(QCborArray{file}).toCbor();
    QCOMPARE(answerTo(quint32(fits.size()), fits), QByteArray(1, 1));
    QTRY_COMPARE(handed.size(), 1);
    QCOMPARE(handed.at(0).at(0).toStringList(), QStringList{file});
}

// "Send clipboard" with an image and no text: the image goes to the
// device as a PNG file through the transfer path and lands pixel for
// pixel; one beyond MaxClipboardImageSide is refused with a reason.
void tst_MainWindow::clipboardImageGoesAsAPngFile()
{
    using namespace Tandem;
    QTemporaryDir cache;
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    const auto restore = qScopeGuard([&oldCache] {
        if (oldCache.isNull())
            qunsetenv("XDG_CACHE_HOME");
        else
            qputenv("XDG_CACHE_HOME", oldCache);
    });
    // What a run that ended before its transfer did left behind goes at
    // the next start, once StaleClipboardImageAge old (a younger one may
    // be another profile's app's, still being sent); other files stay.
    QDir folder(ConversationModel::clipboardImageFolder());
    QVERIFY(folder.mkpath(u"."_s));
    const auto leave = [&folder](const QString &name, const QDateTime &modified) {
        QFile file(folder.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write("png") == 3 && file.flush()
            && file.setFileTime(modified, QFileDevice::FileModificationTime);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(leave(u"clipboard-stale.png"_s, now.addDuration(-ConversationModel::StaleClipboardImageAge).addSecs(-60)));
    QVERIFY(leave(u"clipboard-young.png"_s, now.addSecs(-60)));
    QVERIFY(leave(u"notes.txt"_s, now.addDuration(-ConversationModel::StaleClipboardImageAge).addSecs(-60)));

    const LocalDevice::Options options = TandemTest::loopbackOptions(TandemTest::freeUdpPort());
    QTemporaryDir profileDir;
    QString error;
    const auto profile = Profile::open(profileDir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    DesktopApp::Options desktopOptions;
    desktopOptions.device = options;
    DesktopApp app(profile.get(), desktopOptions);
    QVERIFY2(app.start(&error), qPrintable(error));
    QCOMPARE(folder.entryList(QDir::Files), (QStringList{u"clipboard-young.png"_s, u"notes.txt"_s}));
    QVERIFY(folder.remove(u"clipboard-young.png"_s) && folder.remove(u"notes.txt"_s));
    QQuickWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TandemTest::Peer gamma(QStringLiteral("Gamma"), options);
    QVERIFY(gamma.start());
    pairThroughTheWindow(app, gamma);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir gammaDownloads;
    SessionManager gammaSessions(gamma.device.get(), SessionManager::Options());
    TransferManager::Options gammaOptions;
    gammaOptions.downloadDir = gammaDownloads.path();
    TransferManager gammaTransfers(&gammaSessions, gammaOptions);
    QVERIFY2(gammaTransfers.setAutoAccept(app.profile()->deviceId(), true, &error), qPrintable(error));
    QSignalSpy offered(&gammaTransfers, &TransferManager::incomingTransfer);

    QQuickItem *chat = nullptr;
    QTRY_VERIFY((chat = findItem(window->contentItem(), QStringLiteral("chat:Gamma"))) && chat->isVisible());
    clickItem(window, chat);
    QQuickItem *sendClipboard = nullptr;
    QTRY_VERIFY((sendClipboard = findItem(window->contentItem(), QStringLiteral("sendClipboard")))
                && sendClipboard->isVisible());
    QQuickItem *peers = findItem(window->contentItem(), QStringLiteral("conversationPeers"));
    QTRY_VERIFY(sendClipboard->mapToScene(QPointF(0, 0)).x() >= peers->mapToScene(QPointF(peers->width(), 0)).x());

    QImage tooWide(ConversationModel::MaxClipboardImageSide + 1, 1, QImage::Format_RGB32);
    tooWide.fill(Qt::red);
    QGuiApplication::clipboard()->setImage(tooWide);
    QTRY_COMPARE(QGuiApplication::clipboard()->image().width(), ConversationModel::MaxClipboardImageSide + 1);
    clickItem(window, sendClipboard);
    QQuickItem *conversationError = findItem(window->contentItem(), QStringLiteral("conversationError"));
    QTRY_VERIFY(conversationError->isVisible());
    QVERIFY2(conversationError->property("text").toString().contains(u"larger than"_s),
             qPrintable(conversationError->property("text").toString()));
    QVERIFY(QDir(ConversationModel::clipboardImageFolder()).entryList(QDir::Files).isEmpty());

    QImage picture(64, 48, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, qRgb(x * 4, y * 5, (x + y) % 256));
    }
    QGuiApplication::clipboard()->setImage(picture);
    QTRY_COMPARE(QGuiApplication::clipboard()->image().size(), picture.size());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    clickItem(window, sendClipboard);
    QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 1, 20000);
    auto *in = offered.at(0).at(0).value<Transfer *>();
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 20000);
    const QStringList landed = QDir(gammaDownloads.path()).entryList(QDir::Files);
    QCOMPARE(landed.size(), 1);
    QVERIFY2(landed.at(0).startsWith(u"clipboard-"_s) && landed.at(0).endsWith(u".png"_s), qPrintable(landed.at(0)));
    const QImage arrived(QDir(gammaDownloads.path()).filePath(landed.at(0)));
    QCOMPARE(arrived.convertToFormat(QImage::Format_RGB32), picture);
    // Sent, the PNG is no longer needed: the cache folder is empty again.
    QTRY_VERIFY_WITH_TIMEOUT(folder.entryList(QDir::Files).isEmpty(), 20000);

    // So is it after a transfer that did not complete: Gamma refuses this one.
    QVERIFY2(gammaTransfers.setAutoAccept(app.profile()->deviceId(), false, &error), qPrintable(error));
    QImage another = picture.mirrored();
    QGuiApplication::clipboard()->setImage(another);
    QTRY_COMPARE(QGuiApplication::clipboard()->image().size(), another.size());
    // Sending took the window to Files; back to the conversation.
    clickItem(window, findItem(window->contentItem(), u"tab:conversation"_s));
    QTRY_VERIFY(sendClipboard->isVisible());
    clickItem(window, sendClipboard);
    QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 2, 20000);
    QCOMPARE(folder.entryList(QDir::Files).size(), 1);
    offered.at(1).at(0).value<Transfer *>()->reject(u"not now"_s);
    QTRY_VERIFY_WITH_TIMEOUT(folder.entryList(QDir::Files).isEmpty(), 20000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
