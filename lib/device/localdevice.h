#pragma once

#include "deviceinfo.h"
#include <Tandem/bluetoothlinkprovider.h>
#include <Tandem/landiscovery.h>
#include <Tandem/lanlinkprovider.h>
#include <Tandem/pairingoutcome.h>
#include <Tandem/peerconnectionoptions.h>
#include <Tandem/tandem_export.h>

#include <QCborMap>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

namespace Tandem {

class Link;
class Profile;
class LocalDevicePrivate;

struct LocalDeviceOptions
{
    bool lanEnabled = true;
    LanLinkOptions lan;
    bool discoveryEnabled = true;
    LanDiscovery::Options discovery;
    // Bluetooth links and discovery (RFCOMM). Tests turn it off or put a
    // MemoryStreamNetwork in its place (LocalDeviceTestHooks): a radio
    // reaches beyond the machine.
    bool bluetoothEnabled = true;
    BluetoothLinkOptions bluetooth;
    // How often Bluetooth looks for devices (an inquiry takes about 10 s of
    // radio time); discoverBluetooth() looks at once.
    std::chrono::milliseconds bluetoothDiscoveryInterval{120000};
    // When both ends of a lost Bluetooth link would redial it, the device
    // that dialled that link waits this long first, so that the other's
    // dial arrives alone (see LocalDevicePrivate::dialBluetooth): longer
    // than one whole dial (BluetoothLinkOptions: 30 s connect, 15 s TLS),
    // which takes tens of seconds on a busy radio.
    std::chrono::milliseconds bluetoothRedialYield{45000};
    PeerConnectionOptions connection;
    std::chrono::milliseconds pairingTimeout = DefaultPairingTimeout;
    // An unpaired link's idle check and its lifetime while pairing (see
    // LocalDevice::UnpairedIdleTimeout); only tests shorten them.
    static constexpr std::chrono::milliseconds DefaultUnpairedIdleTimeout{60000};
    static constexpr std::chrono::milliseconds DefaultUnpairedLinkLifetime{180000};
    std::chrono::milliseconds unpairedIdleTimeout = DefaultUnpairedIdleTimeout;
    std::chrono::milliseconds unpairedLinkLifetime = DefaultUnpairedLinkLifetime;
    // First redial of a paired device after its link dropped; doubles up to
    // the maximum, with ±20 % jitter so that many devices do not redial in step.
    std::chrono::milliseconds reconnectInitialDelay{1000};
    std::chrono::milliseconds reconnectMaxDelay{60000};
    QString deviceType = QStringLiteral("desktop");
};

// This device on the network: announces itself, finds others, holds one
// authenticated link per peer device, and pairs. Apps, the QML module and
// the CLI all start from one LocalDevice per profile.
class TANDEM_EXPORT LocalDevice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(BluetoothState bluetoothState READ bluetoothState NOTIFY bluetoothStateChanged)
    Q_PROPERTY(QString bluetoothStateReason READ bluetoothStateReason NOTIFY bluetoothStateChanged)

public:
    using Options = LocalDeviceOptions;

    enum class BluetoothState {
        Disabled, // turned off in the options
        Starting, // finding out whether an adapter is there
        Available,
        Unavailable, // see bluetoothStateReason()
    };
    Q_ENUM(BluetoothState)

    // Why a link was refused or a dial failed, for code; the signals carry
    // the sentence for the user beside it (as QAbstractSocket's error() and
    // errorString() do).
    enum class LinkError {
        // A paired device presented a certificate other than the pinned one.
        CertificateChanged,
        // A paired device offers only an older protocol than it was paired at.
        ProtocolDowngrade,
        // A dial got no link: no answer, refused, or TLS failed.
        Unreachable,
    };
    Q_ENUM(LinkError)

    // Unpaired devices may connect only to ask to pair; bound how many, how
    // often and for how long. Past MaxUnpairedConnections a newcomer evicts
    // the oldest unpaired link whose code is not on screen, so strangers
    // holding every slot cannot lock a real device out; one address (or
    // Bluetooth device) holds at most MaxUnpairedConnectionsPerSource.
    // Links past TLS still waiting for their hello (PeerConnectionOptions::
    // helloTimeout, 5 s): the TLS slots above them are few, but a stranger
    // finishing TLS quickly could otherwise stack thousands here, each a
    // socket. Past the total the oldest unpaired one goes; one address
    // holds at most its share. Paired devices are not counted.
    static constexpr int MaxAwaitingHello = 16;
    static constexpr int MaxAwaitingHelloPerSource = 4;
    static constexpr int MaxUnpairedConnections = 8;
    static constexpr int MaxUnpairedConnectionsPerSource = 2;
    static constexpr int MaxPairingRequestsPerMinute = 3;
    // An unpaired link is checked this often and closed if no pairing is
    // running on it...
    static constexpr std::chrono::milliseconds UnpairedIdleTimeout = Options::DefaultUnpairedIdleTimeout;
    // ...and closed at a check past this age even if one is: a pair request
    // every 28 s once kept a stranger's link open for ever. Three minutes is
    // several 30 s pairing attempts, time enough for a person.
    static constexpr std::chrono::milliseconds UnpairedLinkLifetime = Options::DefaultUnpairedLinkLifetime;
    // Error codes sent to peers, shared with the ability-connection API.
    static constexpr int ErrorNotPermitted = 201;

    LocalDevice(Profile *profile, const Options &options, QObject *parent = nullptr);
    ~LocalDevice() override;

    bool start(QString *error);
    void stop();
    bool isRunning() const;

    Profile *profile() const;
    QString deviceId() const;
    quint16 lanPort() const;
    BluetoothState bluetoothState() const;
    // Empty while available; otherwise why not, for the user:
    // "Bluetooth unavailable: no adapter", "Bluetooth is turned off in
    // Tandem's settings.", ...
    QString bluetoothStateReason() const;
    // Looks for devices over Bluetooth now; they join devices() with the
    // transport "bluetooth".
    void discoverBluetooth();

    QList<DeviceInfo> devices() const;
    std::optional<DeviceInfo> device(const QString &deviceId) const;
    // By full id, unique id prefix (at least 4 hex digits) or unique name.
    std::optional<DeviceInfo> findDevice(const QString &query, QString *error) const;

    // Manual add, for networks that drop discovery traffic.
    void connectToAddress(const QString &host, quint16 port);
    // Dials a known device now, if it is not linked already or only over
    // Bluetooth (then LAN is tried, and takes over if it answers).
    void connectToDevice(const QString &deviceId);

    bool requestPairing(const QString &deviceId, QString *error);
    bool acceptPairing(const QString &deviceId, QString *error);
    bool rejectPairing(const QString &deviceId, const QString &reason, QString *error);
    bool cancelPairing(const QString &deviceId, QString *error);
    bool unpair(const QString &deviceId, QString *error);

    // Whether a link to the device has said hello and carries its traffic.
    // (The session layer reaches the link itself through localdevice_p.h.)
    bool isConnected(const QString &deviceId) const;

Q_SIGNALS:
    // stop() was called: last chance to tell peers, before links close.
    void stopping();
    void devicesChanged();
    void bluetoothStateChanged();
    void deviceConnected(const QString &deviceId);
    void deviceDisconnected(const QString &deviceId, const QString &reason);
    // Both users should now compare `code`; `incoming` when the peer asked.
    void pairingCodeReady(const QString &deviceId, const QString &code, bool incoming);
    void paired(const QString &deviceId);
    void pairingFailed(const QString &deviceId, Tandem::PairingOutcome outcome, const QString &reason);
    void unpaired(const QString &deviceId, bool byPeer);
    // The device we unpaired confirmed it forgot us (it answered our unpair,
    // or its hello no longer says "paired"). Until then each link to it that
    // completes its hello tells it again.
    void unpairAcknowledged(const QString &deviceId);
    // A link was refused for a reason the user should see (certificate
    // changed, downgrade, ...). `who` is a device id or an address;
    // `reason` is the sentence to show, `error` what code can act on.
    void linkRefused(const QString &who, const QString &reason, Tandem::LocalDevice::LinkError error);
    // A dial did not become a link; `reason` as the transport put it.
    void connectFailed(const QString &address, const QString &reason, Tandem::LocalDevice::LinkError error);
    // A paired device's message for the session layer (and any device's
    // "error" reply, which may answer one of ours).
    void controlMessageReceived(const QString &deviceId, const QString &type, const QCborMap &fields, quint32 streamId);
    void dataReceived(const QString &deviceId, quint32 streamId, const QByteArray &payload, quint8 flags);

private:
    std::unique_ptr<LocalDevicePrivate> d;
    friend class LocalDevicePrivate;
};

} // namespace Tandem
