#include "desktopapp.h"

#include "identity/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>

DesktopApp::DesktopApp(Tandem::Profile *profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{ }

DesktopApp::~DesktopApp() = default;

bool DesktopApp::start(QString *error)
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QStringList warnings;
    QObject::connect(m_engine.get(), &QQmlApplicationEngine::warnings, this, [&warnings](const QList<QQmlError> &list) {
        for (const QQmlError &e : list)
            warnings << e.toString();
    });
    // The module Tandem is found next to the binary: build/qml in a build
    // tree, <libdir>/qml once installed. QML_IMPORT_PATH still comes first.
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &relative : {QStringLiteral("../qml"), QStringLiteral("../" TANDEM_INSTALL_QML_DIR)}) {
        if (QFileInfo::exists(appDir.filePath(relative + QStringLiteral("/Tandem/qmldir"))))
            m_engine->addImportPath(QDir::cleanPath(appDir.filePath(relative)));
    }
    m_engine->setInitialProperties({{QStringLiteral("profile"), QVariant::fromValue(m_profile)}});
    m_engine->loadFromModule("Tandem.Desktop", "Main");
    const auto roots = m_engine->rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!m_window) {
        *error = QStringLiteral("the main window failed to load:\n") + warnings.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

QQuickWindow *DesktopApp::window() const
{
    return m_window;
}

void DesktopApp::saveScreenshotAfterFirstFrame(const QString &path)
{
    Q_ASSERT(m_window);
    // frameSwapped comes from the render thread's frame; grab on the GUI
    // thread once control returns to the event loop.
    QObject::connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this, path] {
            const QImage image = m_window->grabWindow();
            if (image.isNull())
                Q_EMIT screenshotSaved(false, QStringLiteral("the window could not be grabbed"));
            else if (!image.save(path, "PNG"))
                Q_EMIT screenshotSaved(false, QStringLiteral("cannot write %1").arg(path));
            else
                Q_EMIT screenshotSaved(true, path);
        },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    m_window->update();
}

void installTranslations(QObject *parent)
{
    auto *translator = new QTranslator(parent);
    if (translator->load(QLocale(), QStringLiteral("tandem"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
