#include "../common/testpeers.h"
#include "desktopapp.h"
#include "identity/profile.h"
#include "screenshots.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Tandem_DesktopPlugin)

using namespace TandemTest;

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

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowShowsDeviceNameAndId();
    void realBinaryStartsAndRenders();
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
    QCOMPARE(idItem->property("text").toString(), profile->deviceId());
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
                  QStringLiteral("--interface"), QStringLiteral("lo"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--discovery-port"), QString::number(TandemTest::freeUdpPort())});
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
