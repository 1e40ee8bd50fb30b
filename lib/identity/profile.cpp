#include "profile.h"

#include "identitylogging_p.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>

namespace Tandem {

namespace {
constexpr auto IdentityFolder = "identity";
constexpr auto SettingsFile = "settings.ini";
constexpr auto TrustStoreFile = "trust.sqlite";
constexpr auto DeviceNameKey = "device/name";
} // namespace

class ProfilePrivate
{
public:
    QString path;
    DeviceIdentity identity;
    DeviceIdentity::Outcome outcome = DeviceIdentity::Outcome::Failed;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<TrustStore> trust;
};

Profile::Profile(std::unique_ptr<ProfilePrivate> dd)
    : d(std::move(dd))
{ }

Profile::~Profile() = default;

std::unique_ptr<Profile> Profile::open(const QString &directory, QString *error, const QString &cryptoProvider)
{
    const QString path = QDir(directory).absolutePath();
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create the profile folder %1").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // The profile holds private keys and history: owner only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto loaded = DeviceIdentity::loadOrCreate(QDir(path).filePath(QLatin1StringView(IdentityFolder)), cryptoProvider);
    if (loaded.outcome == DeviceIdentity::Outcome::Failed) {
        *error = loaded.error;
        return nullptr;
    }

    auto d = std::make_unique<ProfilePrivate>();
    d->trust = TrustStore::open(QDir(path).filePath(QLatin1StringView(TrustStoreFile)), error);
    if (!d->trust)
        return nullptr;
    d->path = path;
    d->identity = loaded.identity;
    d->outcome = loaded.outcome;
    d->settings
        = std::make_unique<QSettings>(QDir(path).filePath(QLatin1StringView(SettingsFile)), QSettings::IniFormat);
    return std::unique_ptr<Profile>(new Profile(std::move(d)));
}

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::defaultDeviceName()
{
    QString name = QSysInfo::machineHostName().trimmed();
    if (name.isEmpty() || name == u"localhost")
        name = QSysInfo::prettyProductName();
    // Host names are ASCII and short, but a product name might not be.
    while (name.toUtf8().size() > MaxDeviceNameBytes)
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Tandem device") : name;
}

QString Profile::path() const
{
    return d->path;
}

DeviceIdentity Profile::identity() const
{
    return d->identity;
}

DeviceIdentity::Outcome Profile::identityOutcome() const
{
    return d->outcome;
}

TrustStore *Profile::trustStore() const
{
    return d->trust.get();
}

QString Profile::deviceId() const
{
    return d->identity.deviceId();
}

QString Profile::shortId() const
{
    return d->identity.shortId();
}

QString Profile::deviceName() const
{
    const QString stored = d->settings->value(QLatin1StringView(DeviceNameKey)).toString();
    return validateDeviceName(stored).isEmpty() ? stored : defaultDeviceName();
}

QString Profile::validateDeviceName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A device name cannot be empty.");
    if (trimmed.toUtf8().size() > MaxDeviceNameBytes)
        return tr("A device name can be at most %n bytes long.", nullptr, MaxDeviceNameBytes);
    const auto characters = QStringView(trimmed).toUcs4();
    if (std::any_of(characters.cbegin(), characters.cend(), isUnsafeNameCharacter))
        return tr("A device name cannot contain control or formatting characters.");
    return {};
}

QString Profile::validatePeerDeviceName(const QString &name)
{
    if (const QString error = validateDeviceName(name); !error.isEmpty())
        return error;
    if (name != name.trimmed())
        return QStringLiteral("the device name has leading or trailing spaces");
    return {};
}

bool Profile::isUnsafeNameCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control: // C0, DEL, C1
    case QChar::Other_Format: // U+200B..U+200F, U+202A..U+202E, U+2066..U+2069, U+FEFF, tags...
    case QChar::Other_Surrogate: // a lone one (toUcs4() shows it as U+FFFD)
    case QChar::Separator_Line: // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

QString Profile::setDeviceName(const QString &name)
{
    if (const QString error = validateDeviceName(name); !error.isEmpty())
        return error;
    const QString trimmed = name.trimmed();
    if (trimmed == deviceName())
        return {};
    d->settings->setValue(QLatin1StringView(DeviceNameKey), trimmed);
    d->settings->sync();
    if (d->settings->status() != QSettings::NoError)
        return tr("Could not save the settings in %1.").arg(QDir::toNativeSeparators(d->settings->fileName()));
    Q_EMIT deviceNameChanged();
    return {};
}

QVariant Profile::setting(const QString &key, const QVariant &defaultValue) const
{
    return d->settings->value(key, defaultValue);
}

QString Profile::setSetting(const QString &key, const QVariant &value)
{
    d->settings->setValue(key, value);
    d->settings->sync();
    if (d->settings->status() != QSettings::NoError)
        return tr("Could not save the settings in %1.").arg(QDir::toNativeSeparators(d->settings->fileName()));
    return {};
}

} // namespace Tandem
