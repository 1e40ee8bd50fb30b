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

// One Tandem installation's state on disk: its identity, its trust store
// and its settings. Several profiles can run
// side by side on one machine, each as its own device.
class TANDEM_EXPORT Profile : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString deviceName READ deviceName WRITE setDeviceName NOTIFY deviceNameChanged FINAL)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT FINAL)
    Q_PROPERTY(QString shortId READ shortId CONSTANT FINAL)
    Q_PROPERTY(QString path READ path CONSTANT FINAL)

public:
    // Device names travel in announcements (at most 1 KiB in all), so they
    // are bounded; counted in UTF-8 bytes, as they go on the wire.
    static constexpr int MaxDeviceNameBytes = 64;

    ~Profile() override;

    // Opens the profile in `directory` (created if needed), loading or
    // creating its identity. Returns null with `error` set on failure.
    static std::unique_ptr<Profile> open(const QString &directory, QString *error,
                                         const QString &cryptoProvider = DeviceIdentity::defaultCryptoProvider());
    // Where profiles live when none is given: the platform's app data folder.
    static QString defaultDirectory();
    static QString defaultDeviceName();

    QString path() const;
    DeviceIdentity identity() const;
    DeviceIdentity::Outcome identityOutcome() const;
    // The devices this profile has paired with.
    TrustStore *trustStore() const;
    QString deviceId() const;
    QString shortId() const;
    QString deviceName() const;

    // Returns an error message (and changes nothing) when `name` is empty
    // after trimming, longer than MaxDeviceNameBytes or holds a character
    // isUnsafeNameCharacter() refuses.
    static QString validateDeviceName(const QString &name);
    // The one check of a name another device sent (announcement, hello):
    // validateDeviceName()'s rules, and already trimmed, so that what is
    // shown is exactly what was checked. Empty when valid, else why not.
    static QString validatePeerDeviceName(const QString &name);
    // Characters no device name may hold, because a terminal or a text view
    // acts on them or hides them: controls (C0, DEL, C1), format characters
    // (bidi overrides and isolates, zero-width ones), line and paragraph
    // separators and lone surrogates. Apps escape these when they print
    // other text a peer sent.
    static bool isUnsafeNameCharacter(char32_t c);
    Q_INVOKABLE QString setDeviceName(const QString &name);

    // Settings the layers above keep per profile (settings.ini), e.g.
    // "files/auto-accept/<device id>". setSetting() returns an error
    // message when it could not save.
    QVariant setting(const QString &key, const QVariant &defaultValue = {}) const;
    QString setSetting(const QString &key, const QVariant &value);

Q_SIGNALS:
    void deviceNameChanged();

private:
    explicit Profile(std::unique_ptr<ProfilePrivate> d);
    std::unique_ptr<ProfilePrivate> d;
};

} // namespace Tandem
