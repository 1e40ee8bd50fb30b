#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Tandem {

/*!
    \struct Tandem::TrustedDevice
    \inmodule Tandem
    \inheaderfile Tandem/truststore.h

    \brief A device this one has paired with.

    Its certificate is pinned: links presenting any other certificate under
    its id are refused. The rows of a TrustStore; a plain value.
*/
struct TANDEM_EXPORT TrustedDevice
{
    /*!
        \variable Tandem::TrustedDevice::deviceId
        \brief The device id (DeviceIdentity::deviceId()) of the paired device.
    */
    QString deviceId;
    /*!
        \variable Tandem::TrustedDevice::name
        \brief Its device name, as it last told us.
    */
    QString name;
    /*!
        \variable Tandem::TrustedDevice::certificateDer
        \brief The pinned certificate, DER.
    */
    QByteArray certificateDer;
    /*!
        \variable Tandem::TrustedDevice::pairedAt
        \brief When it was paired (UTC, whole seconds); TrustStore::pin() sets
        it when invalid.
    */
    QDateTime pairedAt;
    /*!
        \variable Tandem::TrustedDevice::protocolVersion

        The highest protocol version agreed with this device; a later link that
        offers less is a downgrade and refused.
    */
    int protocolVersion = 0;
    /*!
        \variable Tandem::TrustedDevice::autoAcceptSessions
        \brief Whether the user chose to accept this device's sessions without
        being asked; the apps read it, the library only stores it.
    */
    bool autoAcceptSessions = false;
    /*!
        \variable Tandem::TrustedDevice::bluetoothAddress

        Where Tandem last reached it over Bluetooth ("AA:BB:CC:DD:EE:FF"), empty
        if never: a paired device is dialled there directly, without an inquiry
        first (see LocalDevice).
    */
    QString bluetoothAddress;
    /*!
        \variable Tandem::TrustedDevice::dialledLastBluetoothLink

        Who dialled the last Bluetooth link with it: \c true this device,
        \c false the paired one, unset if there was none yet. Both devices
        record the same link, so they agree on it across restarts: over
        Bluetooth only the side that accepted the last link dials at once
        when a link is gone or when it starts, and the other waits for it
        (LocalDeviceOptions::bluetoothRedialYield).
    */
    std::optional<bool> dialledLastBluetoothLink;

    friend bool operator==(const TrustedDevice &, const TrustedDevice &) = default;
};

class TrustStorePrivate;

/*!
    \class Tandem::TrustStore
    \inmodule Tandem
    \inheaderfile Tandem/truststore.h

    \brief The paired devices of one profile, in SQLite.

    Every change is one transaction, so a crash leaves either the old or the
    new state, never a half-written one. Reads come from an in-memory copy;
    writes go to the database before the copy changes, and each change
    emits deviceTrusted(), deviceUntrusted() or deviceUpdated(). At most
    MaxTrustedDevices devices are kept.

    Owned by its Tandem::Profile (Profile::trustStore()); use it from the
    profile's thread.
*/
class TANDEM_EXPORT TrustStore : public QObject
{
    Q_OBJECT

public:
    /*!
        \variable Tandem::TrustStore::MaxTrustedDevices
        \brief The most devices one profile can pair with: 1024.

        A profile rarely pairs with more than a handful of devices; the bound
        keeps a misbehaving UI or script from growing the store without end.
    */
    static constexpr int MaxTrustedDevices = 1024;
    /*!
        \variable Tandem::TrustStore::BluetoothAddressLength
        \brief The length of a Bluetooth address: 17 characters.

        "AA:BB:CC:DD:EE:FF"; anything longer or shaped otherwise is refused.
    */
    static constexpr int BluetoothAddressLength = 17;

    /*!
        \enum Tandem::TrustStore::PinResult

        What pin() did.

        \value Pinned Newly pinned; deviceTrusted() was emitted.
        \value AlreadyPinned The same certificate was pinned already (its name
               was updated if it changed).
        \value CertificateConflict A different certificate is pinned under
               this id: refused. The user must unpair first.
        \value Failed A database error, a malformed Bluetooth address or
               MaxTrustedDevices reached; the error says which.
    */
    enum class PinResult {
        Pinned,
        AlreadyPinned,
        CertificateConflict,
        Failed,
    };
    Q_ENUM(PinResult)

    /*!
        \fn Tandem::TrustStore::~TrustStore()

        Closes the database.
    */
    ~TrustStore() override;

    /*!
        \fn std::unique_ptr<Tandem::TrustStore> Tandem::TrustStore::open(const QString &databasePath, QString *error)

        Opens (creating if needed) the trust store in the SQLite file
        \a databasePath and loads it. Returns null with \a error set when
        the file cannot be opened or read.
    */
    static std::unique_ptr<TrustStore> open(const QString &databasePath, QString *error);

    /*!
        \fn QList<Tandem::TrustedDevice> Tandem::TrustStore::devices() const

        Returns every paired device.
    */
    QList<TrustedDevice> devices() const;
    /*!
        \fn std::optional<Tandem::TrustedDevice> Tandem::TrustStore::find(const QString &deviceId) const

        Returns the paired device \a deviceId, or nothing if it is not
        paired.
    */
    std::optional<TrustedDevice> find(const QString &deviceId) const;
    /*!
        \fn bool Tandem::TrustStore::isTrusted(const QString &deviceId) const

        Returns \c true if the device \a deviceId is paired.
    */
    bool isTrusted(const QString &deviceId) const;

    /*!
        \fn Tandem::TrustStore::PinResult Tandem::TrustStore::pin(const Tandem::TrustedDevice &device, QString *error)

        Pins \a device's certificate under its id; the pairing layer calls
        this once both users accepted the code. An invalid
        TrustedDevice::pairedAt becomes now. On CertificateConflict and
        Failed, \a error says why and nothing changes.
    */
    PinResult pin(const TrustedDevice &device, QString *error);
    /*!
        \fn bool Tandem::TrustStore::unpin(const QString &deviceId, QString *error)

        Forgets the device \a deviceId and emits deviceUntrusted(). Returns
        \c false with \a error set if it was not paired or the database
        refused.
    */
    bool unpin(const QString &deviceId, QString *error);
    /*!
        \fn bool Tandem::TrustStore::setName(const QString &deviceId, const QString &name, QString *error)

        Sets the stored name of \a deviceId to \a name. Returns \c false with
        \a error set for a device that is not paired or a database error;
        deviceUpdated() follows a change.
    */
    bool setName(const QString &deviceId, const QString &name, QString *error);
    /*!
        \fn bool Tandem::TrustStore::setProtocolVersion(const QString &deviceId, int version, QString *error)

        Records \a version as the highest protocol version agreed with
        \a deviceId (TrustedDevice::protocolVersion). Returns \c false with
        \a error set for a device that is not paired or a database error;
        deviceUpdated() follows a change.
    */
    bool setProtocolVersion(const QString &deviceId, int version, QString *error);
    /*!
        \fn bool Tandem::TrustStore::setAutoAcceptSessions(const QString &deviceId, bool autoAccept, QString *error)

        Sets TrustedDevice::autoAcceptSessions of \a deviceId to
        \a autoAccept. Returns \c false with \a error set for a device that
        is not paired or a database error; deviceUpdated() follows a change.
    */
    bool setAutoAcceptSessions(const QString &deviceId, bool autoAccept, QString *error);
    /*!
        \fn bool Tandem::TrustStore::setBluetoothAddress(const QString &deviceId, const QString &address, QString *error)

        Records \a address as where \a deviceId was last reached over
        Bluetooth (TrustedDevice::bluetoothAddress). An empty address forgets
        it. Returns \c false with \a error set for a malformed address, a
        device that is not paired or a database error; deviceUpdated()
        follows a change.
    */
    bool setBluetoothAddress(const QString &deviceId, const QString &address, QString *error);
    /*!
        \fn bool Tandem::TrustStore::setDialledLastBluetoothLink(const QString &deviceId, bool dialled, QString *error)

        Records whether this device dialled (\a dialled \c true) or accepted
        the Bluetooth link just made with \a deviceId
        (TrustedDevice::dialledLastBluetoothLink). Returns
        \c false with \a error set for a device that is not paired or a
        database error; deviceUpdated() follows a change.
    */
    bool setDialledLastBluetoothLink(const QString &deviceId, bool dialled, QString *error);
    /*!
        \fn bool Tandem::TrustStore::isBluetoothAddress(const QString &address)

        Returns \c true if \a address has the form "AA:BB:CC:DD:EE:FF":
        BluetoothAddressLength characters, six pairs of hex digits.
    */
    static bool isBluetoothAddress(const QString &address);

Q_SIGNALS:
    /*!
        \fn void Tandem::TrustStore::deviceTrusted(const QString &deviceId)

        This signal is emitted when pin() pinned the new device \a deviceId.
    */
    void deviceTrusted(const QString &deviceId);
    /*!
        \fn void Tandem::TrustStore::deviceUntrusted(const QString &deviceId)

        This signal is emitted when unpin() forgot the device \a deviceId.
    */
    void deviceUntrusted(const QString &deviceId);
    /*!
        \fn void Tandem::TrustStore::deviceUpdated(const QString &deviceId)

        This signal is emitted when a stored field of \a deviceId changed.
    */
    void deviceUpdated(const QString &deviceId);

private:
    explicit TrustStore(std::unique_ptr<TrustStorePrivate> d);
    std::unique_ptr<TrustStorePrivate> d;
};

} // namespace Tandem
