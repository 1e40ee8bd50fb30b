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

// A device this one has paired with: its certificate is pinned, and links
// presenting any other certificate under its id are refused.
struct TANDEM_EXPORT TrustedDevice
{
    QString deviceId;
    QString name;
    QByteArray certificateDer;
    QDateTime pairedAt;
    // Highest protocol version agreed with this device; a later link that
    // offers less is a downgrade and refused.
    int protocolVersion = 0;
    bool autoAcceptSessions = false;
    // Where Tandem last reached it over Bluetooth ("AA:BB:CC:DD:EE:FF"),
    // empty if never: a paired device is dialled there directly, without an
    // inquiry first (see LocalDevice).
    QString bluetoothAddress;

    friend bool operator==(const TrustedDevice &, const TrustedDevice &) = default;
};

class TrustStorePrivate;

// The paired devices of one profile, in SQLite. Every change is one
// transaction, so a crash leaves either the old or the new state, never a
// half-written one. Read from an in-memory copy; written through.
class TANDEM_EXPORT TrustStore : public QObject
{
    Q_OBJECT

public:
    // A profile rarely pairs with more than a handful of devices; the bound
    // keeps a misbehaving UI or script from growing the store without end.
    static constexpr int MaxTrustedDevices = 1024;
    // "AA:BB:CC:DD:EE:FF"; anything longer or shaped otherwise is refused.
    static constexpr int BluetoothAddressLength = 17;

    enum class PinResult {
        Pinned, // newly pinned
        AlreadyPinned, // same certificate was pinned already (name updated)
        CertificateConflict, // a different certificate is pinned under this id: refused
        Failed, // database error or bound reached; see error
    };
    Q_ENUM(PinResult)

    ~TrustStore() override;

    static std::unique_ptr<TrustStore> open(const QString &databasePath, QString *error);

    QList<TrustedDevice> devices() const;
    std::optional<TrustedDevice> find(const QString &deviceId) const;
    bool isTrusted(const QString &deviceId) const;

    PinResult pin(const TrustedDevice &device, QString *error);
    bool unpin(const QString &deviceId, QString *error);
    bool setName(const QString &deviceId, const QString &name, QString *error);
    bool setProtocolVersion(const QString &deviceId, int version, QString *error);
    bool setAutoAcceptSessions(const QString &deviceId, bool autoAccept, QString *error);
    // An empty address forgets it; a malformed one is refused with `error`.
    bool setBluetoothAddress(const QString &deviceId, const QString &address, QString *error);
    static bool isBluetoothAddress(const QString &address);

Q_SIGNALS:
    void deviceTrusted(const QString &deviceId);
    void deviceUntrusted(const QString &deviceId);
    void deviceUpdated(const QString &deviceId);

private:
    explicit TrustStore(std::unique_ptr<TrustStorePrivate> d);
    std::unique_ptr<TrustStorePrivate> d;
};

} // namespace Tandem
