#include "profile.h"

#include "identitylogging_p.h"
#include "ownerpermissions_p.h"
#include "profilelocation_p.h"

#include <QDir>
#include <QLockFile>
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
// The lock file (ProfileLockFile) is held by the one process (and the one
// Profile in it) that has the profile open: two holders would be two devices
// with one identity, which peers see as one device whose link keeps being
// replaced.
// Never take over a live holder's lock for its age: a device runs for days.
// QLockFile still takes over a lock whose process is gone (killed, crashed,
// rebooted), which it checks by pid, program name and boot id.
constexpr int LockStaleAfterMs = 0;

// Takes the profile's lock, or says who holds it.
std::unique_ptr<QLockFile> lockProfile(const QString &path, QString *error, Profile::OpenError *reason)
{
    const QString lockPath = QDir(path).filePath(ProfileLockFile);
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(LockStaleAfterMs);
    // Once, without waiting: a second device on one profile is refused at
    // once rather than started when the first goes away.
    if (lock->tryLock(0))
        return lock;
    const QString where = QDir::toNativeSeparators(path);
    if (lock->error() != QLockFile::LockFailedError) {
        *reason = Profile::OpenError::OtherError;
        *error = Profile::tr("Cannot lock the profile %1: %2 cannot be created.")
                     .arg(where, QDir::toNativeSeparators(lockPath));
        return nullptr;
    }
    *reason = Profile::OpenError::InUse;
    qint64 pid = 0;
    QString host;
    QString program;
    if (!lock->getLockInfo(&pid, &host, &program)) {
        // The holder is between creating the file and writing its pid, or
        // died exactly there and left it empty, which only a person can tell
        // apart.
        *error = Profile::tr("The profile %1 is in use by another program, or a program stopped while locking it. "
                             "If no program uses this profile, delete %2.")
                     .arg(where, QDir::toNativeSeparators(lockPath));
        return nullptr;
    }
    if (program.isEmpty())
        program = Profile::tr("another program");
    // On a shared folder the holder may be another machine, where its pid
    // means nothing here.
    if (!host.isEmpty() && host != QSysInfo::machineHostName()) {
        *error = Profile::tr("The profile %1 is in use by %2 (pid %3) on %4; quit it there first, or open another "
                             "profile.")
                     .arg(where, program)
                     .arg(pid)
                     .arg(host);
        return nullptr;
    }
    *error = Profile::tr("The profile %1 is in use by %2 (pid %3); quit it first, or open another profile.")
                 .arg(where, program)
                 .arg(pid);
    return nullptr;
}
} // namespace

class ProfilePrivate
{
public:
    // First, so that it is released last, once everything else is closed.
    std::unique_ptr<QLockFile> lock;
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
    return open(directory, error, nullptr, cryptoProvider);
}

std::unique_ptr<Profile> Profile::open(const QString &directory, QString *error, OpenError *reason,
                                       const QString &cryptoProvider)
{
    OpenError unasked = OpenError::NoError;
    if (!reason)
        reason = &unasked;
    *reason = OpenError::OtherError;
    const QString path = QDir(directory).absolutePath();
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create the profile folder %1").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // The profile holds private keys and history: owner only.
    if (QString why; restrictToOwner(path, &why) == OwnerOnlyResult::Failed)
        qCWarning(lcIdentity).noquote() << why;

    // Before anything is read: two processes must not even create one
    // identity side by side.
    auto d = std::make_unique<ProfilePrivate>();
    d->lock = lockProfile(path, error, reason);
    if (!d->lock)
        return nullptr;

    auto loaded = DeviceIdentity::loadOrCreate(QDir(path).filePath(QLatin1StringView(IdentityFolder)), cryptoProvider);
    if (loaded.outcome == DeviceIdentity::Outcome::Failed) {
        *error = loaded.error;
        return nullptr;
    }

    d->trust = TrustStore::open(QDir(path).filePath(QLatin1StringView(TrustStoreFile)), error);
    if (!d->trust)
        return nullptr;
    d->path = path;
    d->identity = loaded.identity;
    d->outcome = loaded.outcome;
    d->settings
        = std::make_unique<QSettings>(QDir(path).filePath(QLatin1StringView(SettingsFile)), QSettings::IniFormat);
    *reason = OpenError::NoError;
    return std::unique_ptr<Profile>(new Profile(std::move(d)));
}

QString Profile::defaultDirectory()
{
    // Local, not roaming: on Windows the roaming folder follows the user to
    // every PC, with the private key. Elsewhere both are one folder.
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString roaming = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString error;
    switch (moveProfile(roaming, local, &error)) {
    case ProfileMove::NothingToMove:
        break;
    case ProfileMove::Moved:
        qCInfo(lcIdentity).noquote() << "moved the profile from" << QDir::toNativeSeparators(roaming) << "to"
                                     << QDir::toNativeSeparators(local);
        break;
    case ProfileMove::Failed:
        // The old folder still holds this device's identity: keep using it
        // rather than start as a new device.
        qCWarning(lcIdentity).noquote() << error;
        return roaming;
    }
    return local;
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
