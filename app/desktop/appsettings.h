#pragma once

#include <QObject>
#include <QSettings>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The desktop app's own settings, kept in the profile's settings.ini next to
// the device name, so that each profile (each device) has its own.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app's settings belong to its profile.")
    Q_PROPERTY(QString downloadFolder READ downloadFolder NOTIFY downloadFolderChanged FINAL)
    // For file dialogs: a URL made by QUrl::fromLocalFile, right for "C:/..."
    // and for names with '#' or '%', which "file://" + path is not.
    Q_PROPERTY(QUrl downloadFolderUrl READ downloadFolderUrl NOTIFY downloadFolderChanged FINAL)
    Q_PROPERTY(
        bool bluetoothEnabled READ bluetoothEnabled WRITE setBluetoothEnabled NOTIFY bluetoothEnabledChanged FINAL)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged FINAL)
    // Tandem starts, in the tray, when the user logs in: an XDG autostart
    // entry (Linux and other freedesktop desktops); elsewhere unsupported.
    Q_PROPERTY(bool launchAtLoginSupported READ launchAtLoginSupported CONSTANT FINAL)
    Q_PROPERTY(bool launchAtLogin READ launchAtLogin NOTIFY launchAtLoginChanged FINAL)
    Q_PROPERTY(QString autostartFilePath READ autostartFile CONSTANT FINAL)

public:
    enum Theme { SystemTheme = 0, LightTheme = 1, DarkTheme = 2 };
    Q_ENUM(Theme)

    explicit AppSettings(const QString &profileDirectory, QObject *parent = nullptr);
    ~AppSettings() override;

    QString downloadFolder() const;
    QUrl downloadFolderUrl() const;
    // Takes a path or a file: URL; the folder is created if missing. Returns
    // an error for the user (and changes nothing) when it cannot be used.
    Q_INVOKABLE QString setDownloadFolder(const QString &pathOrUrl);
    bool bluetoothEnabled() const;
    void setBluetoothEnabled(bool enabled);
    Theme theme() const;
    void setTheme(Theme theme);

    static QString defaultDownloadFolder();
    // The INI file these settings are kept in (the profile's settings.ini),
    // for other per-profile choices to sit beside them.
    QString fileName() const;

    static bool launchAtLoginSupported();
    // Whether the autostart entry is there (the desktop's own settings may
    // have removed it: the file is the truth, not settings.ini).
    bool launchAtLogin() const;
    // Writes or removes the entry; it starts this program on this profile,
    // minimised to the tray (--minimized). False when it cannot.
    Q_INVOKABLE bool setLaunchAtLogin(bool launch);
    // $XDG_CONFIG_HOME/autostart/org.tandem.Tandem.desktop
    static QString autostartFile();

Q_SIGNALS:
    void downloadFolderChanged();
    void bluetoothEnabledChanged();
    void themeChanged();
    void launchAtLoginChanged();

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_profileDirectory;
};
