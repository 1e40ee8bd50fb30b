#include "desktopapp.h"
#ifdef TANDEM_HAS_AUTOMATION
#include "automation.h"
#endif
#include "sendhandover.h"

#include <Tandem/landiscovery.h>
#include <Tandem/linkoptions.h>
#include <Tandem/profile.h>
#include <Tandem/transfermanager.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>

#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(Tandem_DesktopPlugin)

namespace {
int usage(const QString &message)
{
    std::fprintf(stderr, "tandem: %s\n", qUtf8Printable(message));
    return 2;
}

// Why the app could not start, on stderr and, when `askTheUser`, in a
// dialog: started from a menu or a second time beside the one in the tray,
// nobody reads stderr, and a window that never appears says nothing.
int startupFailed(const QString &message, bool askTheUser)
{
    std::fprintf(stderr, "tandem: %s\n", qUtf8Printable(message));
    if (askTheUser)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Tandem cannot start"), message);
    return 1;
}

// The command line's options; made once a QCoreApplication exists, so that
// their descriptions are translated.
struct CommandLine
{
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption profileOption{
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the profile (identity, trust store, settings) in <dir>."),
        QStringLiteral("dir"), Tandem::Profile::defaultDirectory()};
    // Not --name: Qt's X11 support takes that (and -name) for itself.
    const QCommandLineOption nameOption{QStringLiteral("device-name"),
                                        QCoreApplication::translate("main", "Set this device's name."),
                                        QStringLiteral("name")};
    const QCommandLineOption portOption{QStringLiteral("port"),
                                        QCoreApplication::translate("main", "TCP port for links (0: any free port)."),
                                        QStringLiteral("port"), QString::number(Tandem::LanLinkOptions::DefaultPort)};
    const QCommandLineOption discoveryPortOption{
        QStringLiteral("discovery-port"), QCoreApplication::translate("main", "UDP port for announcements."),
        QStringLiteral("port"), QString::number(Tandem::LanDiscovery::DefaultPort)};
    const QCommandLineOption interfaceOption{
        QStringLiteral("interface"),
        QCoreApplication::translate("main",
                                    "Announce and listen only on this network interface (repeatable); "
                                    "with loopback interfaces only (lo, lo0), links listen on loopback too."),
        QStringLiteral("name")};
    const QCommandLineOption connectOption{
        QStringLiteral("connect"),
        QCoreApplication::translate("main",
                                    "Also connect to host:port (repeatable), for networks that drop discovery."),
        QStringLiteral("host:port")};
    // As tandem-cli's: the LAN only, whatever Settings say.
    const QCommandLineOption noBluetoothOption{QStringLiteral("no-bluetooth"),
                                               QCoreApplication::translate("main", "Do not use Bluetooth (LAN only).")};
    const QCommandLineOption screenshotOption{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window to <file> once it is shown, then quit."),
        QStringLiteral("file")};
    // What the autostart entry (Settings: start when you log in) runs.
    const QCommandLineOption minimizedOption{
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the tray without showing the window (where there is a tray).")};
    // "Send with Tandem" (the launcher entry's Exec): the files go to the
    // app already running on the profile, or to this one once started.
    const QCommandLineOption sendOption{
        QStringLiteral("send"),
        QCoreApplication::translate("main",
                                    "Send the files given to a paired device chosen in the window, through the "
                                    "Tandem already running if there is one.")};
    const QCommandLineOption automationOption{
        QStringLiteral("automation"),
        QCoreApplication::translate("main", "Take test commands as JSON lines on standard input (see automation.h).")};
};

CommandLine::CommandLine()
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Work together with nearby devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({profileOption, nameOption, portOption, discoveryPortOption, interfaceOption, connectOption,
                       noBluetoothOption, screenshotOption, minimizedOption, sendOption, automationOption});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Files and folders to send (with --send)."),
                                 QStringLiteral("[files...]"));
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
}

// Whether the arguments ask for help or the version: answered without a
// window, so without a display (a QApplication on xcb with none aborts).
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// --send's files, absolute; empty without --send. A missing one is an
// error (`missing`), as a file manager never passes one.
QStringList filesToSend(const CommandLine &commandLine, QString *missing)
{
    QStringList paths;
    if (!commandLine.parser.isSet(commandLine.sendOption))
        return paths;
    for (const QString &argument : commandLine.parser.positionalArguments()) {
        const QFileInfo info(argument);
        if (!info.exists()) {
            *missing = argument;
            return {};
        }
        paths.append(info.absoluteFilePath());
    }
    return paths;
}

// `tandem --send FILES` while the app runs on the profile: the files are
// handed to it and this process ends, without a window (so without needing
// a display). Null when there is nothing to hand over or no app took them:
// this process then starts as the app.
std::optional<int> handOverFiles(int argc, char *argv[])
{
    bool sends = false;
    for (int i = 1; i < argc; ++i)
        sends |= QByteArrayView(argv[i]) == "--send";
    if (!sends)
        return std::nullopt;
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installTranslations(&app);
    CommandLine commandLine;
    commandLine.parser.process(app);
    QString missing;
    const QStringList paths = filesToSend(commandLine, &missing);
    if (!missing.isEmpty())
        return usage(QStringLiteral("--send: no file or folder \"%1\"").arg(missing));
    if (paths.isEmpty())
        return std::nullopt;
    QString error;
    if (SendHandover::handTo(commandLine.parser.value(commandLine.profileOption), paths, &error)) {
        std::printf("tandem: %s\n",
                    qUtf8Printable(QCoreApplication::translate("main", "%n file(s) handed to the running Tandem.",
                                                               nullptr, int(paths.size()))));
        return 0;
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "tandem: %s\n", qUtf8Printable(error));
        return 1;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslations(&app);
        CommandLine commandLine;
        // Prints the help or version and exits.
        commandLine.parser.process(app);
        return 0;
    }
    if (const auto handed = handOverFiles(argc, argv))
        return *handed;
    Tandem::keepFreedMemoryForTransfers();
    // QApplication rather than QGuiApplication: the tray icon is a widget.
    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tandem.Tandem"));
    // The installed theme icon, else the copy built in (drawn by Qt's SVG
    // image plugin, qt6-svg, where it is installed).
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.tandem.Tandem"), QIcon(QStringLiteral(":/icons/org.tandem.Tandem.svg"))));
    installTranslations(&app);

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    DesktopOptions options;
    bool ok = false;
    const uint port = parser.value(commandLine.portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usage(QStringLiteral("--port takes a port number (0-65535)"));
    options.device.lan.port = quint16(port);
    const uint discoveryPort = parser.value(commandLine.discoveryPortOption).toUInt(&ok);
    if (!ok || discoveryPort == 0 || discoveryPort > 65535)
        return usage(QStringLiteral("--discovery-port takes a port number (1-65535)"));
    options.device.discovery.port = quint16(discoveryPort);
    options.device.discovery.interfaces = parser.values(commandLine.interfaceOption);
    for (const QString &name : std::as_const(options.device.discovery.interfaces)) {
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name);
        if (!iface.isValid())
            return usage(QStringLiteral("no network interface named \"%1\"").arg(name));
    }
    // Loopback only means loopback only: links listen there too, IPv4 is
    // enough on it, and no radio is used (Bluetooth leaves the machine).
    // Loopback by flag: "lo" on Linux, "lo0" on macOS.
    if (Tandem::LanDiscovery::isLoopbackOnly(options.device.discovery.interfaces)) {
        options.device.lan.address = QHostAddress::LocalHost;
        options.device.discovery.ipv6 = false;
        options.device.bluetoothEnabled = false;
    }
    if (parser.isSet(commandLine.noBluetoothOption)) {
        options.device.bluetoothEnabled = false;
        options.noBluetooth = true;
    }
    options.startMinimized = parser.isSet(commandLine.minimizedOption);
    options.connectTo = parser.values(commandLine.connectOption);
    for (const QString &address : std::as_const(options.connectTo)) {
        if (!Tandem::parseHostPort(address))
            return usage(QStringLiteral("--connect takes host:port, got \"%1\"").arg(address));
    }

    // Test and screenshot runs must end by themselves, and the offscreen
    // and minimal platforms show nothing: no dialog would ever be answered.
    const QString platform = QGuiApplication::platformName();
    const bool askTheUser = !parser.isSet(commandLine.automationOption) && !parser.isSet(commandLine.screenshotOption)
        && platform != u"offscreen" && platform != u"minimal";

    QString error;
    Tandem::Profile::OpenError openError = Tandem::Profile::OpenError::NoError;
    const std::unique_ptr<Tandem::Profile> profile
        = Tandem::Profile::open(parser.value(commandLine.profileOption), &error, &openError);
    if (!profile) {
        // "In use" names the profile and the program holding it already.
        return startupFailed(openError == Tandem::Profile::OpenError::InUse
                                 ? error
                                 : QCoreApplication::translate("main", "Cannot open the profile: %1").arg(error),
                             askTheUser);
    }
    if (parser.isSet(commandLine.nameOption)) {
        if (const QString problem = profile->setDeviceName(parser.value(commandLine.nameOption)); !problem.isEmpty())
            return usage(problem);
    }

    DesktopApp desktop(profile.get(), options);
    if (!desktop.start(&error))
        return startupFailed(error, askTheUser);

    if (parser.isSet(commandLine.screenshotOption)) {
        QObject::connect(&desktop, &DesktopApp::screenshotSaved, &app, [](bool saved, const QString &detail) {
            std::fprintf(saved ? stdout : stderr, "tandem: %s %s\n",
                         saved ? "screenshot saved to" : "screenshot failed:", qUtf8Printable(detail));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        desktop.saveScreenshotAfterFirstFrame(parser.value(commandLine.screenshotOption));
    }
    // --send with no app running: this one asks where the files go.
    QString missing;
    if (const QStringList paths = filesToSend(commandLine, &missing); !paths.isEmpty())
        desktop.askToSend(paths);
    else if (!missing.isEmpty())
        return usage(QStringLiteral("--send: no file or folder \"%1\"").arg(missing));
#ifdef TANDEM_HAS_AUTOMATION
    std::unique_ptr<Automation> automation;
    if (parser.isSet(commandLine.automationOption))
        automation = std::make_unique<Automation>(desktop.window());
#else
    if (parser.isSet(commandLine.automationOption))
        return usage(QStringLiteral("--automation is available on Unix only"));
#endif
    return app.exec();
}
