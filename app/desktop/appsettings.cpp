#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace {
constexpr auto DownloadFolderKey = "desktop/downloadFolder";
constexpr auto BluetoothKey = "desktop/bluetooth";
constexpr auto ThemeKey = "desktop/theme";
// The file the library's Profile keeps the device name in.
constexpr auto SettingsFile = "settings.ini";
} // namespace

AppSettings::AppSettings(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QDir(profileDirectory).filePath(QLatin1StringView(SettingsFile)),
                                             QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::defaultDownloadFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("Tandem"));
}

QString AppSettings::downloadFolder() const
{
    return m_settings->value(QLatin1StringView(DownloadFolderKey), defaultDownloadFolder()).toString();
}

QUrl AppSettings::downloadFolderUrl() const
{
    return QUrl::fromLocalFile(downloadFolder());
}

QString AppSettings::setDownloadFolder(const QString &pathOrUrl)
{
    QString path = pathOrUrl.trimmed();
    if (path.startsWith(QLatin1StringView("file:")))
        path = QUrl(path).toLocalFile();
    if (path.isEmpty())
        return tr("Choose a folder.");
    if (QDir::isRelativePath(path))
        return tr("\"%1\" is not a full path.").arg(path);
    path = QDir::cleanPath(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return tr("\"%1\" is a file, not a folder.").arg(QDir::toNativeSeparators(path));
    if (!info.exists() && !QDir().mkpath(path))
        return tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(path));
    if (!QFileInfo(path).isWritable())
        return tr("Tandem cannot write to \"%1\".").arg(QDir::toNativeSeparators(path));
    if (path == downloadFolder())
        return {};
    m_settings->setValue(QLatin1StringView(DownloadFolderKey), path);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return tr("Could not save the settings in %1.").arg(QDir::toNativeSeparators(m_settings->fileName()));
    Q_EMIT downloadFolderChanged();
    return {};
}

bool AppSettings::bluetoothEnabled() const
{
    return m_settings->value(QLatin1StringView(BluetoothKey), true).toBool();
}

void AppSettings::setBluetoothEnabled(bool enabled)
{
    if (enabled == bluetoothEnabled())
        return;
    m_settings->setValue(QLatin1StringView(BluetoothKey), enabled);
    m_settings->sync();
    Q_EMIT bluetoothEnabledChanged();
}

AppSettings::Theme AppSettings::theme() const
{
    const int value = m_settings->value(QLatin1StringView(ThemeKey), int(SystemTheme)).toInt();
    return value >= SystemTheme && value <= DarkTheme ? Theme(value) : SystemTheme;
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(QLatin1StringView(ThemeKey), int(theme));
    m_settings->sync();
    Q_EMIT themeChanged();
}
