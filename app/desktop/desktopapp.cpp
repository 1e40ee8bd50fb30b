#include "desktopapp.h"

#include "appsettings.h"
#include "notifier.h"
#include "sendhandover.h"
#include <Tandem/Quick/abilityforeign.h>
#include <Tandem/Quick/conversationmodel.h>
#include <Tandem/Quick/conversations.h>
#include <Tandem/abilityconnectionmanager.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfer.h>
#include <Tandem/translations.h>

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSystemTrayIcon>
#include <QTranslator>

using namespace Tandem;

DesktopApp::DesktopApp(Profile *profile, const Options &options, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_options(options)
{ }

bool DesktopApp::isPairingOfAnotherProgram(const QString &deviceId) const
{
    return m_host && m_host->isClientPairing(deviceId);
}

DesktopApp::~DesktopApp()
{
    // QML goes first: it holds pointers to everything below.
    m_engine.reset();
    m_notifier.reset();
    AbilityConnectionManagerForeign::setInstance(nullptr);
    m_host.reset();
    m_transfers.reset();
    m_transferHistory.reset();
    m_conversations.reset();
    m_clipboardSync.reset();
    m_ability.reset();
    m_sessions.reset();
    m_device.reset();
}

bool DesktopApp::start(QString *error)
{
    m_settings = std::make_unique<AppSettings>(m_profile->path());
    // The Settings switch turns the radio off; the command line (loopback
    // only) may have turned it off already.
    LocalDeviceOptions deviceOptions = m_options.device;
    deviceOptions.bluetoothEnabled = deviceOptions.bluetoothEnabled && m_settings->bluetoothEnabled();
    m_device = std::make_unique<LocalDevice>(m_profile, deviceOptions);
    connect(m_device.get(), &LocalDevice::bluetoothStateChanged, this, &DesktopApp::bluetoothStatusChanged);
    connect(m_settings.get(), &AppSettings::bluetoothEnabledChanged, this, &DesktopApp::bluetoothStatusChanged);
    if (!m_device->start(error)) {
        *error = QStringLiteral("cannot start the network: ") + *error;
        return false;
    }
    m_sessions = std::make_unique<SessionManager>(m_device.get(), SessionManager::Options());
    // The app in the tray is this profile's device for every other program:
    // `tandem-cli send-text` and other apps use it through the device
    // service instead of being refused by the profile's lock. Without it the
    // app still works; they then fail, naming the app.
    m_host = std::make_unique<DeviceServiceHost>(m_sessions.get());
    if (QString hostError; !m_host->listen(&hostError))
        qWarning().noquote() << "other programs cannot use this device:" << hostError;
    m_ability = std::make_unique<AbilityConnectionManager>(m_sessions.get());
    AbilityConnectionManagerForeign::setInstance(m_ability.get());
    m_conversations = Conversations::open(m_sessions.get(), error);
    if (!m_conversations) {
        *error = QStringLiteral("cannot open the conversations: ") + *error;
        return false;
    }
    // Its per-device opt-ins beside the app's other settings.
    m_clipboardSync = std::make_unique<ClipboardSync>(m_sessions.get(), m_settings->fileName());
    TransferManager::Options transferOptions;
    transferOptions.downloadDir = m_settings->downloadFolder();
    m_transfers = std::make_unique<TransferManager>(m_sessions.get(), transferOptions);
    // A clipboard image is a PNG written only to be sent (Send clipboard):
    // once its transfer ended nothing reads it again, so it goes; what a
    // run that ended first left behind goes at a later start.
    ConversationModel::removeStaleClipboardImages();
    connect(m_transfers.get(), &TransferManager::outgoingTransfer, this, [](Transfer *transfer) {
        connect(transfer, &Transfer::finished, transfer, [transfer] {
            const auto files = transfer->files();
            for (const TransferFile &file : files)
                ConversationModel::removeClipboardImage(file.path);
        });
    });
    // `tandem-cli send` through this app: its transfers show on Files too.
    m_host->setTransferManager(m_transfers.get());
    m_transferHistory
        = TransferHistory::open(QDir(m_profile->path()).filePath(QLatin1StringView(TransferHistory::FileName)), error);
    if (!m_transferHistory) {
        *error = QStringLiteral("cannot open the transfer history: ") + *error;
        return false;
    }
    m_transferHistory->watch(m_transfers.get(), m_device.get());
    connect(m_settings.get(), &AppSettings::downloadFolderChanged, m_transfers.get(),
            [this] { m_transfers->setDownloadDir(m_settings->downloadFolder()); });
    for (const QString &address : std::as_const(m_options.connectTo)) {
        if (const auto hostPort = parseHostPort(address))
            m_device->connectToAddress(hostPort->first, hostPort->second);
    }

    // Material follows the theme setting (light, dark or the system's);
    // QT_QUICK_CONTROLS_STYLE still wins for people who chose another.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));

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
    m_engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(this)}});
    m_engine->loadFromModule("Tandem.Desktop", "Main");
    const auto roots = m_engine->rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!m_window) {
        *error = QStringLiteral("the main window failed to load:\n") + warnings.join(QLatin1Char('\n'));
        return false;
    }
    // `tandem --send` on this profile hands its files to this app.
    m_handover = std::make_unique<SendHandover>();
    if (QString handoverError; !m_handover->listen(m_profile->path(), &handoverError))
        qWarning().noquote() << "\"Send with Tandem\" cannot reach this app:" << handoverError;
    connect(m_handover.get(), &SendHandover::filesHanded, this, &DesktopApp::askToSend);
    setUpTray();
    if (m_options.startMinimized && m_tray)
        m_window->hide();
    m_notifier = std::make_unique<Notifier>(m_options.notificationBus);
    connect(m_notifier.get(), &Notifier::actionInvoked, this, [this](const QString &key, const QString &action) {
        if (action == u"default")
            showWindow();
        Q_EMIT notificationAction(key, action);
    });
    return true;
}

void DesktopApp::setUpTray()
{
    // A tray needs QApplication (widgets) and a desktop that shows one; where
    // there is none, closing the window quits as usual.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = std::make_unique<QSystemTrayIcon>(QIcon(QStringLiteral(":/icons/org.tandem.Tandem.svg")));
    auto *menu = new QMenu();
    connect(m_tray.get(), &QObject::destroyed, menu, &QObject::deleteLater);
    QAction *show = menu->addAction(tr("Show Tandem"));
    connect(show, &QAction::triggered, this, &DesktopApp::showWindow);
    QAction *quit = menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, &DesktopApp::showWindow);
    updateTray();
    m_tray->show();
    // Tandem stays reachable from the tray when its window is closed.
    QGuiApplication::setQuitOnLastWindowClosed(false);
}

void DesktopApp::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(m_pendingRequests > 0 ? tr("Tandem: %n request(s) waiting", nullptr, m_pendingRequests)
                                             : tr("Tandem"));
}

QQuickWindow *DesktopApp::window() const
{
    return m_window;
}

Profile *DesktopApp::profile() const
{
    return m_profile;
}

LocalDevice *DesktopApp::device() const
{
    return m_device.get();
}

SessionManager *DesktopApp::sessions() const
{
    return m_sessions.get();
}

Conversations *DesktopApp::conversations() const
{
    return m_conversations.get();
}

ClipboardSync *DesktopApp::clipboardSync() const
{
    return m_clipboardSync.get();
}

TransferManager *DesktopApp::transfers() const
{
    return m_transfers.get();
}

TransferHistory *DesktopApp::transferHistory() const
{
    return m_transferHistory.get();
}

AppSettings *DesktopApp::settings() const
{
    return m_settings.get();
}

Banners *DesktopApp::banners() const
{
    return m_banners.get();
}

int DesktopApp::lanPort() const
{
    return m_device ? m_device->lanPort() : 0;
}

QStringList DesktopApp::discoveryInterfaces() const
{
    return m_options.device.discovery.interfaces;
}

bool DesktopApp::isTrayAvailable() const
{
    return m_tray != nullptr;
}

QString DesktopApp::bluetoothStatus() const
{
    if (!m_device || !m_settings)
        return {};
    if (!m_options.device.bluetoothEnabled) {
        return m_options.noBluetooth ? tr("Bluetooth: off (--no-bluetooth on the command line)")
                                     : tr("Bluetooth: off (loopback only, from the command line)");
    }
    const bool running = m_device->bluetoothState() != LocalDevice::BluetoothState::Disabled;
    if (m_settings->bluetoothEnabled() != running)
        return m_settings->bluetoothEnabled() ? tr("Bluetooth: turns on when Tandem starts again")
                                              : tr("Bluetooth: turns off when Tandem starts again");
    switch (m_device->bluetoothState()) {
    case LocalDevice::BluetoothState::Available:
        return tr("Bluetooth: on");
    case LocalDevice::BluetoothState::Starting:
        return tr("Bluetooth: starting…");
    case LocalDevice::BluetoothState::Disabled:
        return tr("Bluetooth: turned off in Settings");
    case LocalDevice::BluetoothState::Unavailable:
        break;
    }
    return m_device->bluetoothStateReason();
}

int DesktopApp::pendingRequests() const
{
    return m_pendingRequests;
}

void DesktopApp::setPendingRequests(int count)
{
    if (count == m_pendingRequests)
        return;
    m_pendingRequests = count;
    updateTray();
    Q_EMIT pendingRequestsChanged();
}

void DesktopApp::notify(const QString &title, const QString &message)
{
    notifyWithActions({}, title, message, {});
}

void DesktopApp::notifyWithActions(const QString &key, const QString &title, const QString &message,
                                   const QStringList &actions)
{
    QList<Notifier::Action> buttons;
    // A click on the notification itself shows the window.
    buttons.append({QStringLiteral("default"), tr("Show Tandem")});
    for (const QString &action : actions) {
        if (action == u"accept")
            buttons.append({action, tr("Accept")});
        else if (action == u"reject")
            buttons.append({action, tr("Reject")});
        else if (action == u"open")
            buttons.append({action, tr("Open")});
        else if (action == u"showFolder")
            buttons.append({action, tr("Show folder")});
    }
    // Each notification of its own unless it has a key to be replaced by.
    static quint64 plain = 0;
    const QString id = key.isEmpty() ? QStringLiteral("plain:%1").arg(++plain) : key;
    const bool shown = m_notifier && m_notifier->notify(id, title, message, buttons);
    if (!shown && m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    Q_EMIT notified(title, message);
}

void DesktopApp::withdrawNotification(const QString &key)
{
    if (m_notifier)
        m_notifier->withdraw(key);
}

void DesktopApp::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

void DesktopApp::askToSend(const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    showWindow();
    Q_EMIT sendRequested(urls);
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

void installTranslations(QObject *parent, const QString &qtTranslations)
{
    // Qt's catalogues first: translators installed later are asked first,
    // so the app's own words win where both translate one.
    const QString qtDir
        = qtTranslations.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath) : qtTranslations;
    for (const QString &catalogue : {QStringLiteral("qtbase"), QStringLiteral("qtdeclarative")}) {
        auto *qt = new QTranslator(parent);
        if (qt->load(QLocale(), catalogue, QStringLiteral("_"), qtDir))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }

    auto *translator = new QTranslator(parent);
    // The system language; else English, whose file carries the plural forms
    // ("1 request", "2 requests") the source strings leave open.
    if (translator->load(QLocale(), QStringLiteral("tandem"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("tandem_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    // The library's strings (errors, reasons) come with the library.
    Tandem::installTranslations(QLocale());
}
