#include "cli.h"
#include "crashreport.h"
#include "demo.h"
#include <Tandem/landiscovery.h>
#include <Tandem/transfermanager.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkInterface>

#include <cstdio>

using namespace Tandem;

int main(int argc, char *argv[])
{
    installCrashReport();
    keepFreedMemoryForTransfers();
    QCoreApplication app(argc, argv);
    // Same organisation and name as the desktop app: both use one profile
    // by default.
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A headless Tandem peer.\n\n"
                       "Commands:\n"
                       "  id                       this device's id and name\n"
                       "  devices [--wait S]       devices nearby and paired\n"
                       "  pair <device> [--yes]    pair (device by id, id prefix or name)\n"
                       "  unpair <device>          forget a paired device and tell it\n"
                       "  trusted                  paired devices\n"
                       "  serve [--accept-pairing] [--accept-sessions] [--service S]...\n"
                       "                           stay online, print events until interrupted\n"
                       "  send-text <device> <text> [--channel C] [--service S] [--wait S] [--count N]\n"
                       "                           send one text message (or N numbered ones) to a\n"
                       "                           paired device\n"
                       "  send <device> <path>... [--wait S]\n"
                       "                           send files and folders; exits 0 once all are verified\n"
                       "  serve --accept-files [--dir D]\n"
                       "                           also accept files from paired devices, into D\n"
                       "  demo                     two fresh devices on loopback: pair, exchange, summarise"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("Profile folder (identity, trust store, settings)."),
                                        QStringLiteral("dir"), Profile::defaultDirectory());
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("TCP port for LAN links (0: any free port)."),
                                     QStringLiteral("port"), QString::number(LanLinkOptions::DefaultPort));
    const QCommandLineOption discoveryPortOpt(QStringLiteral("discovery-port"),
                                              QStringLiteral("UDP port for announcements."), QStringLiteral("port"),
                                              QString::number(LanDiscovery::DefaultPort));
    const QCommandLineOption interfaceOpt(QStringLiteral("interface"),
                                          QStringLiteral("Announce and listen only on this network interface "
                                                         "(repeatable; default: all)."),
                                          QStringLiteral("name"));
    const QCommandLineOption noBluetoothOpt(
        QStringLiteral("no-bluetooth"),
        QStringLiteral("LAN only: no Bluetooth links or discovery (also implied by loopback interfaces "
                       "alone, e.g. --interface lo: a radio leaves the machine)."));
    const QCommandLineOption connectOpt(QStringLiteral("connect"),
                                        QStringLiteral("Also connect to host:port (repeatable), for networks that "
                                                       "drop discovery."),
                                        QStringLiteral("host:port"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Set this device's name first."),
                                     QStringLiteral("name"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object per line."));
    const QCommandLineOption waitOpt(QStringLiteral("wait"), QStringLiteral("Seconds to look for devices."),
                                     QStringLiteral("seconds"));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), QStringLiteral("pair: confirm the code without asking."));
    const QCommandLineOption acceptPairingOpt(QStringLiteral("accept-pairing"),
                                              QStringLiteral("serve: accept every pairing request."));
    const QCommandLineOption acceptSessionsOpt(
        QStringLiteral("accept-sessions"),
        QStringLiteral("serve: accept every session a paired device opens, and print what it sends."));
    const QCommandLineOption serviceOpt(QStringLiteral("service"),
                                        QStringLiteral("serve: also offer this service (repeatable). send-text: "
                                                       "open this service (default %1).")
                                            .arg(DefaultTextService),
                                        QStringLiteral("name"));
    const QCommandLineOption channelOpt(QStringLiteral("channel"),
                                        QStringLiteral("send-text: the channel (default: the default channel)."),
                                        QStringLiteral("name"));
    const QCommandLineOption countOpt(QStringLiteral("count"),
                                      QStringLiteral("send-text: send N messages, \"<text> 1\" to \"<text> N\", in "
                                                     "order, and wait until all are delivered."),
                                      QStringLiteral("N"));
    const QCommandLineOption resumeOpt(
        QStringLiteral("resume-timeout"),
        QStringLiteral("Seconds a session waits for its peer to come back before it "
                       "ends as disconnected (default %1).")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(SessionManager::Options().resumeTimeout).count()),
        QStringLiteral("seconds"));
    const QCommandLineOption acceptFilesOpt(QStringLiteral("accept-files"),
                                            QStringLiteral("serve: accept every file offer from a paired device."));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("serve: where received files land (default: the download folder)."),
                                    QStringLiteral("dir"));
    parser.addOptions({profileOpt, portOpt, discoveryPortOpt, interfaceOpt, connectOpt, nameOpt, jsonOpt, waitOpt,
                       yesOpt, acceptPairingOpt, acceptSessionsOpt, serviceOpt, channelOpt, countOpt, resumeOpt,
                       acceptFilesOpt, dirOpt, noBluetoothOpt});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    parser.process(app);

    const Output out(parser.isSet(jsonOpt));
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        out.error(QStringLiteral("no command given; see --help"));
        return ExitUsage;
    }

    CliOptions options;
    options.profileDir = parser.value(profileOpt);
    options.json = parser.isSet(jsonOpt);
    options.command = positional.constFirst();
    options.arguments = positional.mid(1);
    options.yes = parser.isSet(yesOpt);
    options.acceptPairing = parser.isSet(acceptPairingOpt);
    options.connectTo = parser.values(connectOpt);
    options.acceptSessions = parser.isSet(acceptSessionsOpt);
    options.services = parser.values(serviceOpt);
    options.channel = parser.value(channelOpt);
    options.acceptFiles = parser.isSet(acceptFilesOpt);
    options.downloadDir = parser.value(dirOpt);
    if (parser.isSet(dirOpt) && !QFileInfo(options.downloadDir).isDir()) {
        out.error(QStringLiteral("--dir takes an existing folder, got \"%1\"").arg(options.downloadDir));
        return ExitUsage;
    }
    // The session layer enforces these too; checking here fails before any
    // network work, with the option named.
    for (const QString &service : std::as_const(options.services)) {
        const qsizetype bytes = service.toUtf8().size();
        if (bytes == 0 || bytes > Session::MaxServiceNameBytes) {
            out.error(QStringLiteral("--service takes a service name of 1 to %1 bytes, got %2 bytes")
                          .arg(Session::MaxServiceNameBytes)
                          .arg(bytes));
            return ExitUsage;
        }
    }
    if (const qsizetype bytes = options.channel.toUtf8().size(); bytes > Session::MaxChannelNameBytes) {
        out.error(QStringLiteral("--channel takes a channel name of at most %1 bytes, got %2 bytes")
                      .arg(Session::MaxChannelNameBytes)
                      .arg(bytes));
        return ExitUsage;
    }
    bool ok = true;
    if (parser.isSet(waitOpt)) {
        options.waitSeconds = parser.value(waitOpt).toInt(&ok);
        if (!ok || options.waitSeconds < 0) {
            out.error(QStringLiteral("--wait takes a number of seconds"));
            return ExitUsage;
        }
    }
    if (parser.isSet(countOpt)) {
        options.count = parser.value(countOpt).toInt(&ok);
        if (!ok || options.count < 1 || options.count > MaxSendCount) {
            out.error(QStringLiteral("--count takes a number of messages from 1 to %1").arg(MaxSendCount));
            return ExitUsage;
        }
    }
    if (parser.isSet(resumeOpt)) {
        options.resumeSeconds = parser.value(resumeOpt).toInt(&ok);
        if (!ok || options.resumeSeconds < 1 || options.resumeSeconds > MaxResumeSeconds) {
            out.error(QStringLiteral("--resume-timeout takes seconds from 1 to %1").arg(MaxResumeSeconds));
            return ExitUsage;
        }
    }
    // The demo makes its own two devices in temporary profiles: it must not
    // touch the user's profile or the network beyond loopback.
    if (options.command == u"demo") {
        if (options.arguments.size() != 0) {
            out.error(QStringLiteral("usage: tandem-cli demo [--json]"));
            return ExitUsage;
        }
        Demo demo(options.json);
        QMetaObject::invokeMethod(&demo, &Demo::run, Qt::QueuedConnection);
        return app.exec();
    }
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535) {
        out.error(QStringLiteral("--port takes a port number (0-65535)"));
        return ExitUsage;
    }
    options.device.lan.port = quint16(port);
    const uint discoveryPort = parser.value(discoveryPortOpt).toUInt(&ok);
    if (!ok || discoveryPort == 0 || discoveryPort > 65535) {
        out.error(QStringLiteral("--discovery-port takes a port number (1-65535)"));
        return ExitUsage;
    }
    options.device.discovery.port = quint16(discoveryPort);
    options.device.discovery.interfaces = parser.values(interfaceOpt);
    for (const QString &name : std::as_const(options.device.discovery.interfaces)) {
        if (!QNetworkInterface::interfaceFromName(name).isValid()) {
            out.error(QStringLiteral("no network interface named \"%1\"").arg(name));
            return ExitUsage;
        }
    }
    // Loopback only means no radio either: Bluetooth reaches beyond the
    // machine, which is what a test or a demo restricting itself to
    // loopback ("lo" on Linux, "lo0" on macOS: known by flag) must not do.
    if (parser.isSet(noBluetoothOpt) || LanDiscovery::isLoopbackOnly(options.device.discovery.interfaces))
        options.device.bluetoothEnabled = false;
    for (const QString &address : std::as_const(options.connectTo)) {
        if (!parseHostPort(address)) {
            out.error(QStringLiteral("--connect takes host:port, got \"%1\"").arg(address));
            return ExitUsage;
        }
    }

    // One device per profile: where a host (the app, or a serve) runs for
    // it, these commands use that device instead of starting it again,
    // which would make every peer drop the host's link for this one. The
    // profile is not even opened here then: it is the host's.
    if (parser.isSet(nameOpt))
        options.deviceName = parser.value(nameOpt);
    if (HostClientCommands.contains(options.command)) {
        auto client = std::make_unique<DeviceServiceClient>();
        QString why;
        if (client->connectToHost(options.profileDir, &why)) {
            Cli cli(options, std::move(client));
            QMetaObject::invokeMethod(&cli, &Cli::run, Qt::QueuedConnection);
            return app.exec();
        }
        out.notice(why
                   + ((options.command == u"trusted" || options.command == u"id")
                          ? QStringLiteral("; reading the profile for this command.")
                          : QStringLiteral("; starting this device for this command.")));
    }

    QString error;
    Profile::OpenError openError = Profile::OpenError::NoError;
    std::unique_ptr<Profile> profile = Profile::open(options.profileDir, &error, &openError);
    if (!profile) {
        // "In use" names the profile and its holder already.
        out.error(openError == Profile::OpenError::InUse ? error : QStringLiteral("cannot open the profile: ") + error);
        return ExitError;
    }
    if (parser.isSet(nameOpt)) {
        if (const QString problem = profile->setDeviceName(parser.value(nameOpt)); !problem.isEmpty()) {
            out.error(problem);
            return ExitUsage;
        }
    }

    Cli cli(options, std::move(profile));
    QMetaObject::invokeMethod(&cli, &Cli::run, Qt::QueuedConnection);
    return app.exec();
}
