// Starts a device the way an app built on Tandem does, and shows the
// module's components over it. Prints "OK ..." and exits 0 when every
// component loaded and the models saw the device; exits 1 otherwise.

#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>

#include <Tandem/Quick/conversations.h>

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    auto profile = Tandem::Profile::open(dir.path(), &error);
    if (!profile) {
        std::fprintf(stderr, "cannot open a profile: %s\n", qPrintable(error));
        return 1;
    }
    profile->setDeviceName(QStringLiteral("Installed"));
    Tandem::LocalDevice::Options options;
    // Loopback only, any free ports.
    options.lan.address = QHostAddress::LocalHost;
    options.lan.port = 0;
    options.discovery.port = 0;
    options.discovery.interfaces = {QStringLiteral("lo")};
    options.discovery.ipv6 = false;
    options.discoveryEnabled = false;
    Tandem::LocalDevice device(profile.get(), options);
    if (!device.start(&error)) {
        std::fprintf(stderr, "cannot start the device: %s\n", qPrintable(error));
        return 1;
    }
    Tandem::SessionManager sessions(&device, {});
    auto conversations = Conversations::open(&sessions, &error);
    if (!conversations) {
        std::fprintf(stderr, "cannot open the conversations: %s\n", qPrintable(error));
        return 1;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral(TANDEM_QML_IMPORT_DIR));
    engine.setInitialProperties({{QStringLiteral("profile"), QVariant::fromValue(profile.get())},
                                 {QStringLiteral("device"), QVariant::fromValue(&device)},
                                 {QStringLiteral("conversations"), QVariant::fromValue(conversations.get())}});
    engine.loadFromModule("InstalledApp", "Main");
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "Main.qml did not load (is the module Tandem installed in %s?)\n", TANDEM_QML_IMPORT_DIR);
        return 1;
    }
    return app.exec();
}
