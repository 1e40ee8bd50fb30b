#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

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
    , m_profileDirectory(QDir(profileDirectory).absolutePath())
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

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

namespace {
// One argument of an Exec line, quoted as the desktop entry specification
// says: inside double quotes, ", `, $ and \\ are escaped with a backslash,
// and the string value escapes each backslash once more.
QString execArgument(const QString &argument)
{
    QString quoted;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        // A lone % would start a field code (%f, %u ...).
        if (c == u'%')
            quoted += u'%';
        quoted += c;
    }
    quoted.replace(u"\\"_s, u"\\\\"_s);
    return u'"' + quoted + u'"';
}
} // namespace

bool AppSettings::launchAtLoginSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    return true;
#else
    return false;
#endif
}

QString AppSettings::autostartFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/org.tandem.Tandem.desktop"));
}

bool AppSettings::launchAtLogin() const
{
    return launchAtLoginSupported() && QFileInfo::exists(autostartFile());
}

bool AppSettings::setLaunchAtLogin(bool launch)
{
    if (!launchAtLoginSupported() || launch == launchAtLogin())
        return launch == launchAtLogin();
    const QString path = autostartFile();
    if (!launch) {
        if (!QFile::remove(path))
            return false;
        Q_EMIT launchAtLoginChanged();
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    const QString exec = execArgument(QCoreApplication::applicationFilePath()) + u" --profile "_s
        + execArgument(m_profileDirectory) + u" --minimized"_s;
    const QString entry = u"[Desktop Entry]\n"
                          u"Type=Application\n"
                          u"Name=Tandem\n"
                          u"Comment="_s
        + tr("Start Tandem in the tray when you log in") + u"\nExec="_s + exec
        + u"\nIcon=org.tandem.Tandem\n"
          u"Terminal=false\n"
          u"X-GNOME-Autostart-enabled=true\n"_s;
    file.write(entry.toUtf8());
    if (!file.commit())
        return false;
    Q_EMIT launchAtLoginChanged();
    return true;
}
