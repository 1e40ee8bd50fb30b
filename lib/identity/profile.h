#pragma once

#include "deviceidentity.h"
#include "truststore.h"
#include <Tandem/tandem_export.h>

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

namespace Tandem {

class ProfilePrivate;

/*!
    \class Tandem::Profile
    \inmodule Tandem
    \inheaderfile Tandem/profile.h

    \brief One Tandem installation's state on disk: its identity, its trust
    store and its settings.

    A profile is a folder holding the device's key and certificate
    (DeviceIdentity), its paired devices (TrustStore, SQLite) and
    settings.ini. Several profiles can run side by side on one machine, each
    as its own device; the CLI's \c --profile and the tests do.

    Open one with open() and hand it to a Tandem::LocalDevice, which does
    not take ownership: keep the profile alive longer than the device. A
    profile lives in the thread that opened it.

    A profile is one device on the network, so only one Profile object in
    one process may have it open at a time: open() takes a lock on the
    folder (\c profile.lock, a QLockFile) and the Profile holds it until it
    is destroyed. A second open() of the same folder, from another process
    or from this one while the first Profile lives, fails at once with
    OpenError::InUse and a message naming the holder (its program and
    pid). A lock left by a process that died without releasing it (killed,
    crashed, the machine rebooted) is recovered by the next open(); a lock
    is never taken over only because it is old, since a device runs for
    days.
*/
class TANDEM_EXPORT Profile : public QObject
{
    Q_OBJECT
    /*!
        \property Tandem::Profile::deviceName
        \brief the name other devices show for this one.

        Announced on the LAN and sent in every hello, so it is bounded by
        MaxDeviceNameBytes and checked by validateDeviceName().
        setDeviceName() returns an error message, and changes nothing, for
        a name that check refuses or that could not be saved; an empty
        string means the new name was stored.
    */
    Q_PROPERTY(QString deviceName READ deviceName WRITE setDeviceName NOTIFY deviceNameChanged FINAL)
    /*!
        \property Tandem::Profile::deviceId
        \brief the device id of this profile's identity (64 hex digits).
    */
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT FINAL)
    /*!
        \property Tandem::Profile::shortId
        \brief the first 8 hex digits of the device id, "3f2a 91c0", for people.
    */
    Q_PROPERTY(QString shortId READ shortId CONSTANT FINAL)
    /*!
        \property Tandem::Profile::path
        \brief the profile's folder.
    */
    Q_PROPERTY(QString path READ path CONSTANT FINAL)

public:
    /*!
        \enum Tandem::Profile::OpenError

        Why open() failed, for callers that act differently when the
        profile is already in use (e.g. by talking to the process that
        holds it).

        \value NoError open() succeeded.
        \value InUse Another process, or another Profile object in this
        one, has the profile open; the error message names the holder.
        \value OtherError The profile could not be opened: its folder could
        not be created or locked, or its identity or trust store could not
        be loaded.
    */
    enum class OpenError { NoError, InUse, OtherError };
    Q_ENUM(OpenError)

    /*!
        \variable Tandem::Profile::MaxDeviceNameBytes
        \brief The longest device name: 64 bytes of UTF-8.

        Device names travel in announcements (at most 1 KiB in all), so they are
        bounded; counted in UTF-8 bytes, as they go on the wire.
    */
    static constexpr int MaxDeviceNameBytes = 64;

    /*!
        \fn Tandem::Profile::~Profile()

        Closes the profile's trust store and settings, and releases its
        lock: the folder can be opened again.
    */
    ~Profile() override;

    /*!
        \fn std::unique_ptr<Tandem::Profile> Tandem::Profile::open(const QString &directory, QString *error, const QString &cryptoProvider = DeviceIdentity::defaultCryptoProvider())

        Opens the profile in \a directory (created if needed), loading or
        creating its identity with the QCA provider \a cryptoProvider
        (DeviceIdentity::loadOrCreate(); identityOutcome() tells what
        happened). Returns null with \a error set on failure, including
        when the profile is in use (see the class description). Creating an
        identity generates a key, which blocks for a second or more.
    */
    static std::unique_ptr<Profile> open(const QString &directory, QString *error,
                                         const QString &cryptoProvider = DeviceIdentity::defaultCryptoProvider());
    /*!
        \fn std::unique_ptr<Tandem::Profile> Tandem::Profile::open(const QString &directory, QString *error, Tandem::Profile::OpenError *reason, const QString &cryptoProvider = DeviceIdentity::defaultCryptoProvider())
        \overload

        As above, and sets \a reason to why it failed (OpenError::NoError
        on success), so that a caller can tell a profile in use from one
        that cannot be opened at all.
    */
    static std::unique_ptr<Profile> open(const QString &directory, QString *error, OpenError *reason,
                                         const QString &cryptoProvider = DeviceIdentity::defaultCryptoProvider());
    /*!
        \fn QString Tandem::Profile::defaultDirectory()

        Where profiles live when none is given: the platform's local app data
        folder (QStandardPaths::AppLocalDataLocation), which does not roam
        with the user to other PCs. A profile that earlier versions kept in
        the roaming one (QStandardPaths::AppDataLocation) is moved there
        first, when the local one has none; if it cannot be moved, its old
        folder is returned.
    */
    static QString defaultDirectory();
    /*!
        \fn QString Tandem::Profile::defaultDeviceName()

        Returns the name a new profile starts with: this machine's host name.
    */
    static QString defaultDeviceName();

    QString path() const;
    /*!
        \fn Tandem::DeviceIdentity Tandem::Profile::identity() const

        Returns this profile's identity: its key, certificate and device id.
    */
    DeviceIdentity identity() const;
    /*!
        \fn Tandem::DeviceIdentity::Outcome Tandem::Profile::identityOutcome() const

        Returns what open() found: an identity loaded, created, reissued or
        regenerated. Apps warn the user after DeviceIdentity::Outcome::Regenerated:
        paired devices no longer recognise this one.
    */
    DeviceIdentity::Outcome identityOutcome() const;
    /*!
        \fn Tandem::TrustStore * Tandem::Profile::trustStore() const

        Returns the devices this profile has paired with. The profile owns
        the store.
    */
    TrustStore *trustStore() const;
    QString deviceId() const;
    QString shortId() const;
    QString deviceName() const;

    /*!
        \fn QString Tandem::Profile::validateDeviceName(const QString &name)

        Returns an error message when \a name is empty
        after trimming, longer than MaxDeviceNameBytes or holds a character
        isUnsafeNameCharacter() refuses; an empty string when it is valid.
    */
    static QString validateDeviceName(const QString &name);
    /*!
        \fn QString Tandem::Profile::validatePeerDeviceName(const QString &name)

        The one check of a \a name another device sent (announcement, hello):
        validateDeviceName()'s rules, and already trimmed, so that what is shown
        is exactly what was checked. Returns an empty string when valid, else
        why not.
    */
    static QString validatePeerDeviceName(const QString &name);
    /*!
        \fn bool Tandem::Profile::isUnsafeNameCharacter(char32_t c)

        Returns \c true for a character \a c no device name may hold,
        because a terminal or a text view
        acts on them or hides them: controls (C0, DEL, C1), format characters
        (bidi overrides and isolates, zero-width ones), line and paragraph
        separators and lone surrogates. Apps escape these when they print other
        text a peer sent.
    */
    static bool isUnsafeNameCharacter(char32_t c);
    Q_INVOKABLE QString setDeviceName(const QString &name);

    /*!
        \fn QVariant Tandem::Profile::setting(const QString &key, const QVariant &defaultValue) const

        Returns the setting \a key, or \a defaultValue when it is not set.
        These are the settings the layers above keep per profile
        (settings.ini), e.g. "files/auto-accept/<device id>".
    */
    QVariant setting(const QString &key, const QVariant &defaultValue = {}) const;
    /*!
        \fn QString Tandem::Profile::setSetting(const QString &key, const QVariant &value)

        Sets the setting \a key to \a value and saves it at once. Returns an
        error message when it could not save, else an empty string.
    */
    QString setSetting(const QString &key, const QVariant &value);

Q_SIGNALS:
    void deviceNameChanged();

private:
    explicit Profile(std::unique_ptr<ProfilePrivate> d);
    std::unique_ptr<ProfilePrivate> d;
};

} // namespace Tandem
