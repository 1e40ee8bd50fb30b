#include "desktopapp.h"

#include "identity/profile.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Tandem_DesktopPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tandem.Tandem"));
    installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Work together with nearby devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the profile (identity, trust store, settings) in <dir>."),
        QStringLiteral("dir"), Tandem::Profile::defaultDirectory());
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window to <file> once it is shown, then quit."),
        QStringLiteral("file"));
    parser.addOptions({profileOption, screenshotOption});
    parser.process(app);

    QString error;
    const std::unique_ptr<Tandem::Profile> profile = Tandem::Profile::open(parser.value(profileOption), &error);
    if (!profile) {
        std::fprintf(stderr, "tandem: cannot open the profile: %s\n", qUtf8Printable(error));
        return 1;
    }

    DesktopApp desktop(profile.get());
    if (!desktop.start(&error)) {
        std::fprintf(stderr, "tandem: %s\n", qUtf8Printable(error));
        return 1;
    }

    if (parser.isSet(screenshotOption)) {
        QObject::connect(&desktop, &DesktopApp::screenshotSaved, &app, [](bool ok, const QString &detail) {
            std::fprintf(ok ? stdout : stderr, "tandem: %s %s\n",
                         ok ? "screenshot saved to" : "screenshot failed:", qUtf8Printable(detail));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        desktop.saveScreenshotAfterFirstFrame(parser.value(screenshotOption));
    }
    return app.exec();
}
