#pragma once

#include "appsettings.h"
#include "banners.h"
#include <Tandem/Quick/clipboardsync.h>
#include <Tandem/Quick/conversations.h>
#include <Tandem/Quick/transferhistory.h>
#include <Tandem/deviceservicehost.h>
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;
class QSystemTrayIcon;
class Notifier;
class SendHandover;
namespace Tandem {
class AbilityConnectionManager;
} // namespace Tandem

// How the app reaches the network: the device's options (ports, discovery
// interfaces) and addresses to dial at start, as given on the command line.
struct DesktopOptions
{
    Tandem::LocalDeviceOptions device;
    QStringList connectTo; // host:port
    // --no-bluetooth turned the radio off (device.bluetoothEnabled says
    // whether it is on; this, why not).
    bool noBluetooth = false;
    // A D-Bus bus for notifications instead of the session bus (tests).
    QString notificationBus;
    // --minimized: only the tray icon at start; without a tray the window
    // shows anyway (nothing else would reach the app).
    bool startMinimized = false;
};

// The desktop app as main() runs it: the device (LocalDevice, sessions,
// conversations, file transfers), the QML engine and main window, the tray icon. The window
// gets this object as `app`. Tests create one the same way.
class DesktopApp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The desktop app is made by main().")
    Q_PROPERTY(Tandem::Profile *profile READ profile CONSTANT FINAL)
    Q_PROPERTY(Tandem::LocalDevice *device READ device CONSTANT FINAL)
    Q_PROPERTY(Tandem::SessionManager *sessions READ sessions CONSTANT FINAL)
    Q_PROPERTY(Conversations *conversations READ conversations CONSTANT FINAL)
    Q_PROPERTY(ClipboardSync *clipboardSync READ clipboardSync CONSTANT FINAL)
    Q_PROPERTY(Tandem::TransferManager *transfers READ transfers CONSTANT FINAL)
    Q_PROPERTY(TransferHistory *transferHistory READ transferHistory CONSTANT FINAL)
    Q_PROPERTY(AppSettings *settings READ settings CONSTANT FINAL)
    Q_PROPERTY(Banners *banners READ banners CONSTANT FINAL)
    Q_PROPERTY(int lanPort READ lanPort CONSTANT FINAL)
    Q_PROPERTY(QStringList discoveryInterfaces READ discoveryInterfaces CONSTANT FINAL)
    Q_PROPERTY(bool trayAvailable READ isTrayAvailable CONSTANT FINAL)
    Q_PROPERTY(int pendingRequests READ pendingRequests WRITE setPendingRequests NOTIFY pendingRequestsChanged FINAL)
    Q_PROPERTY(QString bluetoothStatus READ bluetoothStatus NOTIFY bluetoothStatusChanged FINAL)

public:
    using Options = DesktopOptions;

    DesktopApp(Tandem::Profile *profile, const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Starts the device, loads and shows the main window; returns false with
    // `error` set when the network or QML failed.
    bool start(QString *error);
    QQuickWindow *window() const;

    Tandem::Profile *profile() const;
    Tandem::LocalDevice *device() const;
    Tandem::SessionManager *sessions() const;
    Conversations *conversations() const;
    // Automatic clipboard sync, opted into per device (Settings).
    ClipboardSync *clipboardSync() const;
    // Files land in the download folder of the settings, followed live.
    Tandem::TransferManager *transfers() const;
    // Every finished transfer, kept in the profile (the Files page's history).
    TransferHistory *transferHistory() const;
    AppSettings *settings() const;
    // What the window's pages say at their top (see Banners).
    Banners *banners() const;
    int lanPort() const;
    QStringList discoveryInterfaces() const;
    bool isTrayAvailable() const;
    int pendingRequests() const;
    void setPendingRequests(int count);
    // One line for the Devices page: whether the radio is on, and if not,
    // why (no adapter, turned off in Settings or on the command line, a
    // change waiting for the next start).
    QString bluetoothStatus() const;

    // A desktop notification, for requests and messages that arrive while
    // the user looks elsewhere: through the desktop's notification server
    // (Notifier) where there is one, else the tray icon's balloon.
    Q_INVOKABLE void notify(const QString &title, const QString &message);
    // The same with buttons on it: `actions` among "accept", "reject",
    // "open", "showFolder" (labelled here); the user's choice comes back
    // as notificationAction(key, action). Without a notification server,
    // a plain notify() (the window answers).
    Q_INVOKABLE void notifyWithActions(const QString &key, const QString &title, const QString &message,
                                       const QStringList &actions);
    // Takes the notification `key` away: answered in the window, or gone.
    Q_INVOKABLE void withdrawNotification(const QString &key);
    Q_INVOKABLE void showWindow();
    // "Send with Tandem": `paths` (absolute) go to a paired device the user
    // picks in the window (sendRequested()), which is shown. From
    // `tandem --send`, in this process or handed over by another.
    void askToSend(const QStringList &paths);
    // Another program on this device (tandem-cli pair, through the app as
    // its host) started this pairing and shows its code itself: the app
    // asks nothing.
    Q_INVOKABLE bool isPairingOfAnotherProgram(const QString &deviceId) const;

    // Saves a PNG of the window once it has rendered its first frame, then
    // emits screenshotSaved (ok=false with a reason on failure).
    void saveScreenshotAfterFirstFrame(const QString &path);

Q_SIGNALS:
    void pendingRequestsChanged();
    void bluetoothStatusChanged();
    void screenshotSaved(bool ok, const QString &pathOrError);
    // For tests: notify() or notifyWithActions() was called.
    void notified(const QString &title, const QString &message);
    // The user chose `action` on the notification `key` ("default": the
    // notification itself was clicked, and the window is shown).
    void notificationAction(const QString &key, const QString &action);
    // Files to send, for the window to ask which paired device they go to.
    void sendRequested(const QList<QUrl> &urls);

private:
    void setUpTray();
    void updateTray();

    Tandem::Profile *m_profile;
    Options m_options;
    std::unique_ptr<Tandem::LocalDevice> m_device;
    std::unique_ptr<Tandem::SessionManager> m_sessions;
    std::unique_ptr<Tandem::AbilityConnectionManager> m_ability;
    std::unique_ptr<Conversations> m_conversations;
    std::unique_ptr<ClipboardSync> m_clipboardSync;
    std::unique_ptr<Tandem::TransferManager> m_transfers;
    std::unique_ptr<TransferHistory> m_transferHistory;
    std::unique_ptr<Tandem::DeviceServiceHost> m_host;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Banners> m_banners = std::make_unique<Banners>();
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<SendHandover> m_handover;
    QPointer<QQuickWindow> m_window;
    int m_pendingRequests = 0;
};

// Installs the translation for the system language, if we ship one: the
// app's and the library's; and Qt's own (qtbase, qtdeclarative: the
// buttons and file dialogs Qt draws) from `qtTranslations`, Qt's
// translations folder (QLibraryInfo) unless given.
void installTranslations(QObject *parent, const QString &qtTranslations = {});
