// tandem-e2e-qmlclient PEER SERVICE COUNT
// A QML app as another developer writes one: it imports Tandem and sets
// nothing up, so the AbilityConnectionManager singleton is the user's
// running Tandem host's (found through Tandem's own profile under
// XDG_DATA_HOME). It opens a session to SERVICE on PEER and sends COUNT
// messages, "from qml 1" to "from qml COUNT", then stays until killed (the
// e2e harness checks what the peer received). Exit codes: 1 no host or bad
// arguments, 2 not connected, 3 a send refused.

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QUrl>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int count = args.value(3).toInt(&ok);
    if (args.size() != 4 || !ok || count < 1) {
        std::fprintf(stderr, "usage: tandem-e2e-qmlclient PEER SERVICE COUNT\n");
        return 1;
    }
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral(TANDEM_QML_BUILD_DIR));
    // Qt.exit() may come from Component.onCompleted, before exec() runs.
    QObject::connect(&engine, &QQmlEngine::exit, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    QQmlComponent component(&engine, QUrl::fromLocalFile(QStringLiteral(TANDEM_QML_CLIENT_QML)));
    const std::unique_ptr<QObject> root(component.createWithInitialProperties({{QStringLiteral("peer"), args.at(1)},
                                                                               {QStringLiteral("service"), args.at(2)},
                                                                               {QStringLiteral("count"), count}}));
    if (!root) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    return app.exec();
}
