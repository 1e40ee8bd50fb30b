#pragma once

#include "deviceinfo.h"
#include <Tandem/landiscovery.h>
#include <Tandem/linkoptions.h>
#include <Tandem/pairingoutcome.h>
#include <Tandem/peerconnectionoptions.h>
#include <Tandem/tandem_export.h>

#include <QCborMap>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

namespace Tandem {

class Profile;
class LocalDevicePrivate;

/*!
    \struct Tandem::LocalDeviceOptions
    \inmodule Tandem
    \inheaderfile Tandem/localdevice.h

    \brief What a LocalDevice runs, and its bounds and timings
    (LocalDevice::Options).

    The defaults suit applications: LAN links, LAN discovery and Bluetooth
    on. Tests and the CLI turn parts off or shorten the timings.
*/
struct LocalDeviceOptions
{
    /*!
        \variable Tandem::LocalDeviceOptions::lanEnabled
        \brief Whether to accept and dial LAN links (a LanLinkProvider).
    */
    bool lanEnabled = true;
    /*!
        \variable Tandem::LocalDeviceOptions::lan
        \brief Where LAN links are accepted, and their handshake timeout.
    */
    LanLinkOptions lan;
    /*!
        \variable Tandem::LocalDeviceOptions::discoveryEnabled
        \brief Whether to announce this device and find others on the LAN (a
        LanDiscovery).
    */
    bool discoveryEnabled = true;
    /*!
        \variable Tandem::LocalDeviceOptions::discovery
        \brief The LAN discovery's options; LanDiscovery::Options::isPaired
        is set by the device.
    */
    LanDiscovery::Options discovery;
    /*!
        \variable Tandem::LocalDeviceOptions::bluetoothEnabled

        \brief Whether to use Bluetooth links and discovery (RFCOMM).

        Tests turn it off or put a MemoryStreamNetwork in its place (with
        the test hooks of localdevice_p.h): a radio reaches beyond the
        machine.
    */
    bool bluetoothEnabled = true;
    /*!
        \variable Tandem::LocalDeviceOptions::bluetooth
        \brief The Bluetooth dial and handshake timeouts.
    */
    BluetoothLinkOptions bluetooth;
    /*!
        \variable Tandem::LocalDeviceOptions::bluetoothDiscoveryInterval

        \brief How often Bluetooth looks for devices: every 2 minutes.

        An inquiry takes about 10 s of
        radio time); discoverBluetooth() looks at once.
    */
    std::chrono::milliseconds bluetoothDiscoveryInterval{120000};
    /*!
        \variable Tandem::LocalDeviceOptions::bluetoothRedialYield

        \brief How long the device that dialled a lost Bluetooth link waits
        before it redials: 45 s.

        When both ends of a lost Bluetooth link would redial it, the device that
        dialled that link waits this long first, so that the other's dial
        arrives alone: longer than one
        whole dial (BluetoothLinkOptions: 30 s connect, 15 s TLS), which takes
        tens of seconds on a busy radio.
    */
    std::chrono::milliseconds bluetoothRedialYield{45000};
    /*!
        \variable Tandem::LocalDeviceOptions::connection
        \brief The hello timeout and keep-alive of every connection.
    */
    PeerConnectionOptions connection;
    /*!
        \variable Tandem::LocalDeviceOptions::pairingTimeout
        \brief The deadline of one pairing attempt (DefaultPairingTimeout,
        30 s).
    */
    std::chrono::milliseconds pairingTimeout = DefaultPairingTimeout;
    /*!
        \variable Tandem::LocalDeviceOptions::DefaultUnpairedIdleTimeout

        \brief The default of unpairedIdleTimeout: 60 s
        (LocalDevice::UnpairedIdleTimeout).
    */
    static constexpr std::chrono::milliseconds DefaultUnpairedIdleTimeout{60000};
    /*!
        \variable Tandem::LocalDeviceOptions::DefaultUnpairedLinkLifetime
        \brief The default of unpairedLinkLifetime: 3 minutes
        (LocalDevice::UnpairedLinkLifetime).
    */
    static constexpr std::chrono::milliseconds DefaultUnpairedLinkLifetime{180000};
    /*!
        \variable Tandem::LocalDeviceOptions::unpairedIdleTimeout
        \brief How often an unpaired link is checked, and closed if no
        pairing runs on it; only tests shorten it.
    */
    std::chrono::milliseconds unpairedIdleTimeout = DefaultUnpairedIdleTimeout;
    /*!
        \variable Tandem::LocalDeviceOptions::unpairedLinkLifetime
        \brief The age past which an unpaired link is closed at a check, even
        while pairing; only tests shorten it.
    */
    std::chrono::milliseconds unpairedLinkLifetime = DefaultUnpairedLinkLifetime;
    /*!
        \variable Tandem::LocalDeviceOptions::reconnectInitialDelay

        \brief The first redial of a paired device after its link dropped: 1 s.

        The delay doubles up to
        the maximum, with ±20 % jitter so that many devices do not redial in
        step.
    */
    std::chrono::milliseconds reconnectInitialDelay{1000};
    /*!
        \variable Tandem::LocalDeviceOptions::reconnectMaxDelay
        \brief The longest delay between redials: 60 s.
    */
    std::chrono::milliseconds reconnectMaxDelay{60000};
    /*!
        \variable Tandem::LocalDeviceOptions::deviceType
        \brief The type this device announces: "desktop", "laptop", "phone",
        ... (at most DeviceAnnouncement::MaxDeviceTypeLength of [a-z0-9-]).
    */
    QString deviceType = QStringLiteral("desktop");
};

/*!
    \class Tandem::LocalDevice
    \inmodule Tandem
    \inheaderfile Tandem/localdevice.h

    \brief This device on the network: announces itself, finds others,
    holds one authenticated link per peer device, and pairs.

    Apps, the QML module and the CLI all start from one LocalDevice per
    Tandem::Profile:

    \code
    QString error;
    std::unique_ptr<Profile> profile = Profile::open(Profile::defaultDirectory(), &error);
    LocalDevice device(profile.get(), {});
    if (!device.start(&error))
        qFatal("%s", qPrintable(error));
    SessionManager sessions(&device, {});
    \endcode

    devices() lists what is known of other devices (paired, seen nearby,
    connected); devicesChanged() says when it changed. Pairing is
    requestPairing() on one side; both sides then get pairingCodeReady(),
    the users compare the code and each calls acceptPairing() (or
    rejectPairing()); paired() or pairingFailed() follows. A paired device
    is redialled whenever its link drops (reconnectInitialDelay up to
    reconnectMaxDelay), over the LAN or Bluetooth.

    Strangers are bounded: MaxAwaitingHello, MaxUnpairedConnections,
    MaxPairingRequestsPerMinute, UnpairedIdleTimeout and
    UnpairedLinkLifetime (docs/resource-model.md).

    The device does not own its profile, which must outlive it. Put a
    Tandem::SessionManager on it for sessions. Use it from the thread that
    made it.
*/
class TANDEM_EXPORT LocalDevice : public QObject
{
    Q_OBJECT
    /*!
        \property Tandem::LocalDevice::bluetoothState
        \brief whether Bluetooth can be used; bluetoothStateChanged() follows
        each change.
    */
    Q_PROPERTY(BluetoothState bluetoothState READ bluetoothState NOTIFY bluetoothStateChanged)
    /*!
        \property Tandem::LocalDevice::bluetoothStateReason
        \brief why Bluetooth cannot be used, for the user.

        Empty while available; otherwise why not: "Bluetooth unavailable: no
        adapter", "Bluetooth is turned off in Tandem's settings.", ...
    */
    Q_PROPERTY(QString bluetoothStateReason READ bluetoothStateReason NOTIFY bluetoothStateChanged)

public:
    /*!
        \typealias Tandem::LocalDevice::Options
        \brief Tandem::LocalDeviceOptions.
    */
    using Options = LocalDeviceOptions;

    /*!
        \enum Tandem::LocalDevice::BluetoothState

        Whether Bluetooth can be used.

        \value Disabled turned off in the options
        \value Starting finding out whether an adapter is there
        \value Available links and discovery work
        \value Unavailable see bluetoothStateReason()
    */
    enum class BluetoothState {
        Disabled,
        Starting,
        Available,
        Unavailable,
    };
    Q_ENUM(BluetoothState)

    /*!
        \enum Tandem::LocalDevice::LinkError

        Why a link was refused or a dial failed, for code; linkRefused() and
        connectFailed() carry the sentence for the user beside it, as
        QAbstractSocket's error() and errorString() do.

        \value CertificateChanged a paired device presented a certificate
               other than the pinned one
        \value ProtocolDowngrade a paired device offers only an older
               protocol than it was paired at
        \value Unreachable a dial got no link: no answer, refused, or TLS
                failed
    */
    enum class LinkError { CertificateChanged, ProtocolDowngrade, Unreachable };
    Q_ENUM(LinkError)

    /*!
        \variable Tandem::LocalDevice::MaxAwaitingHello
        \brief The most links past TLS still waiting for their hello: 16.

        Unpaired devices may connect only to ask to pair; bound how many, how
        often and for how long. Past MaxUnpairedConnections a newcomer evicts
        the oldest unpaired link whose code is not on screen, so strangers
        holding every slot cannot lock a real device out; one address (or
        Bluetooth device) holds at most MaxUnpairedConnectionsPerSource. Links
        past TLS still waiting for their hello (PeerConnectionOptions::
        helloTimeout, 5 s): the TLS slots above them are few, but a stranger
        finishing TLS quickly could otherwise stack thousands here, each a
        socket. Past the total the oldest unpaired one goes; one address holds
        at most its share. Paired devices are not counted.
    */
    static constexpr int MaxAwaitingHello = 16;
    /*!
        \variable Tandem::LocalDevice::MaxAwaitingHelloPerSource
        \brief The most links from one address waiting for their hello: 4
        (see MaxAwaitingHello).
    */
    static constexpr int MaxAwaitingHelloPerSource = 4;
    /*!
        \variable Tandem::LocalDevice::MaxUnpairedConnections
        \brief The most links from unpaired devices: 8; past it a newcomer
        evicts the oldest whose code is not on screen (see MaxAwaitingHello).
    */
    static constexpr int MaxUnpairedConnections = 8;
    /*!
        \variable Tandem::LocalDevice::MaxUnpairedConnectionsPerSource
        \brief The most links one address (or Bluetooth device) holds
        unpaired: 2.
    */
    static constexpr int MaxUnpairedConnectionsPerSource = 2;
    /*!
        \variable Tandem::LocalDevice::MaxPairingRequestsPerMinute
        \brief The most pairing requests taken per minute: 3.
    */
    static constexpr int MaxPairingRequestsPerMinute = 3;
    /*!
        \variable Tandem::LocalDevice::UnpairedIdleTimeout

        \brief How often an unpaired link is checked: 60 s. It is closed if no
        pairing is running on it, or if it is older than
        UnpairedLinkLifetime.
    */
    static constexpr std::chrono::milliseconds UnpairedIdleTimeout = Options::DefaultUnpairedIdleTimeout;
    /*!
        \variable Tandem::LocalDevice::UnpairedLinkLifetime

        \brief The age past which an unpaired link is closed at a check, even
        while pairing: 3 minutes.

        A pair request
        every 28 s once kept a stranger's link open for ever. Three minutes is
        several 30 s pairing attempts, time enough for a person.
    */
    static constexpr std::chrono::milliseconds UnpairedLinkLifetime = Options::DefaultUnpairedLinkLifetime;

    /*!
        \fn Tandem::LocalDevice::LocalDevice(Tandem::Profile *profile, const Tandem::LocalDevice::Options &options, QObject *parent)

        Constructs the device of \a profile (not owned; it must outlive the
        device), with \a options, as a child of \a parent. Nothing happens
        until start().
    */
    LocalDevice(Profile *profile, const Options &options, QObject *parent = nullptr);
    /*!
        \fn Tandem::LocalDevice::~LocalDevice()

        Stops the device (stop()) and destroys it.
    */
    ~LocalDevice() override;

    /*!
        \fn bool Tandem::LocalDevice::start(QString *error)

        Starts what the options enable: listens for LAN links, starts LAN
        discovery and Bluetooth (whose state is found out asynchronously:
        bluetoothStateChanged()). Returns \c true when running (at once if it
        was), or \c false with \a error set when the LAN port or discovery
        could not be opened.
    */
    bool start(QString *error);
    /*!
        \fn void Tandem::LocalDevice::stop()

        Emits stopping(), cancels pairings, closes every link (peers are told)
        and stops discovery and Bluetooth. Does nothing when not running.
    */
    void stop();
    /*!
        \fn int Tandem::LocalDevice::linksStillClosing()

        Returns how many links closed in this process, by any device, are
        still handing their goodbye to the operating system. A program that
        quits right after stop() waits for this to reach zero (each link
        gives up after its own bound), or the peers see "connection reset"
        instead of why.
    */
    static int linksStillClosing();
    /*!
        \fn bool Tandem::LocalDevice::isRunning() const

        Returns \c true between start() and stop().
    */
    bool isRunning() const;

    /*!
        \fn Tandem::Profile * Tandem::LocalDevice::profile() const

        Returns the profile this device runs.
    */
    Profile *profile() const;
    /*!
        \fn QString Tandem::LocalDevice::deviceId() const

        Returns this device's id (Profile::deviceId()).
    */
    QString deviceId() const;
    /*!
        \fn quint16 Tandem::LocalDevice::lanPort() const

        Returns the TCP port LAN links are accepted on; 0 when none.
    */
    quint16 lanPort() const;
    BluetoothState bluetoothState() const;
    QString bluetoothStateReason() const;
    /*!
        \fn void Tandem::LocalDevice::discoverBluetooth()

        Looks for devices over Bluetooth now; they join devices() with the
        transport "bluetooth".
    */
    void discoverBluetooth();

    /*!
        \fn QList<Tandem::DeviceInfo> Tandem::LocalDevice::devices() const

        Returns every device known now: paired, seen nearby or connected.
    */
    QList<DeviceInfo> devices() const;
    /*!
        \fn std::optional<Tandem::DeviceInfo> Tandem::LocalDevice::device(const QString &deviceId) const

        Returns what is known of the device \a deviceId, or nothing.
    */
    std::optional<DeviceInfo> device(const QString &deviceId) const;
    /*!
        \fn std::optional<Tandem::DeviceInfo> Tandem::LocalDevice::findDevice(const QString &query, QString *error) const

        Returns the device \a query names: by full id, unique id prefix (at
        least 4 hex digits) or unique name. Returns nothing with \a error set
        when none or several match.
    */
    std::optional<DeviceInfo> findDevice(const QString &query, QString *error) const;

    /*!
        \fn void Tandem::LocalDevice::connectToAddress(const QString &host, quint16 port)

        Dials \a host at \a port: a manual add, for networks that drop
        discovery traffic. deviceConnected() or connectFailed() follows.
    */
    void connectToAddress(const QString &host, quint16 port);
    /*!
        \fn void Tandem::LocalDevice::connectToDevice(const QString &deviceId)

        Dials a known device now, if it is not linked already or only over
        Bluetooth (then LAN is tried, and takes over if it answers).
        \a deviceId must be known (devices()).
    */
    void connectToDevice(const QString &deviceId);

    /*!
        \fn bool Tandem::LocalDevice::requestPairing(const QString &deviceId, QString *error)

        Asks the device \a deviceId to pair, dialling it first if needed;
        pairingCodeReady() follows on both sides. Returns \c false with
        \a error set when it is paired already, a pairing with it is under
        way, or it is not reachable.
    */
    bool requestPairing(const QString &deviceId, QString *error);
    /*!
        \fn bool Tandem::LocalDevice::acceptPairing(const QString &deviceId, QString *error)

        The user accepts the code shown for \a deviceId. paired() follows
        once the other user accepted too. Returns \c false with \a error set
        when no code is waiting for a decision.
    */
    bool acceptPairing(const QString &deviceId, QString *error);
    /*!
        \fn bool Tandem::LocalDevice::rejectPairing(const QString &deviceId, const QString &reason, QString *error)

        The user rejects pairing with \a deviceId; the peer sees \a reason.
        pairingFailed() follows. Returns \c false with \a error set when no
        pairing is in progress.
    */
    bool rejectPairing(const QString &deviceId, const QString &reason, QString *error);
    /*!
        \fn bool Tandem::LocalDevice::cancelPairing(const QString &deviceId, QString *error)

        Cancels pairing with \a deviceId, also while still dialling it.
        pairingFailed() follows with PairingOutcome::Cancelled. Returns
        \c false with \a error set when no pairing is in progress.
    */
    bool cancelPairing(const QString &deviceId, QString *error);
    /*!
        \fn bool Tandem::LocalDevice::unpair(const QString &deviceId, QString *error)

        Forgets the paired device \a deviceId and tells it (now if linked,
        else on the next link; unpairAcknowledged() follows its answer).
        Emits unpaired() and devicesChanged(). Returns \c false with
        \a error set when it was not paired or the trust store failed.
    */
    bool unpair(const QString &deviceId, QString *error);

    /*!
        \fn bool Tandem::LocalDevice::isConnected(const QString &deviceId) const

        Returns \c true if a link to \a deviceId has said hello and carries
        its traffic. (The session layer reaches the connection itself
        through localdevice_p.h.)
    */
    bool isConnected(const QString &deviceId) const;

Q_SIGNALS:
    /*!
        \fn void Tandem::LocalDevice::stopping()

        This signal is emitted when stop() was called: the last chance to
        tell peers, before links close.
    */
    void stopping();
    /*!
        \fn void Tandem::LocalDevice::devicesChanged()

        This signal is emitted when devices() changed: a device was found,
        lost, paired, unpaired, connected or disconnected.
    */
    void devicesChanged();
    void bluetoothStateChanged();
    /*!
        \fn void Tandem::LocalDevice::deviceConnected(const QString &deviceId)

        This signal is emitted when an authenticated link to \a deviceId is
        up (its hello checked).
    */
    void deviceConnected(const QString &deviceId);
    /*!
        \fn void Tandem::LocalDevice::deviceDisconnected(const QString &deviceId, const QString &reason)

        This signal is emitted when the link to \a deviceId closed, for
        \a reason.
    */
    void deviceDisconnected(const QString &deviceId, const QString &reason);
    /*!
        \fn void Tandem::LocalDevice::pairingCodeReady(const QString &deviceId, const QString &code, bool incoming)

        This signal is emitted when pairing with \a deviceId reached its
        code: both users should now compare \a code; \a incoming when the
        peer asked. Answer with acceptPairing() or rejectPairing().
    */
    void pairingCodeReady(const QString &deviceId, const QString &code, bool incoming);
    /*!
        \fn void Tandem::LocalDevice::paired(const QString &deviceId)

        This signal is emitted when both users accepted the code and
        \a deviceId's certificate was pinned in the trust store.
    */
    void paired(const QString &deviceId);
    /*!
        \fn void Tandem::LocalDevice::pairingFailed(const QString &deviceId, Tandem::PairingOutcome outcome, const QString &reason)

        This signal is emitted when pairing with \a deviceId ended without
        pairing, with \a outcome (rejected, cancelled, timed out, failed)
        and \a reason, for the user.
    */
    void pairingFailed(const QString &deviceId, Tandem::PairingOutcome outcome, const QString &reason);
    /*!
        \fn void Tandem::LocalDevice::unpaired(const QString &deviceId, bool byPeer)

        This signal is emitted when \a deviceId was unpaired: by unpair(),
        or by the peer when \a byPeer.
    */
    void unpaired(const QString &deviceId, bool byPeer);
    /*!
        \fn void Tandem::LocalDevice::unpairAcknowledged(const QString &deviceId)

        This signal is emitted when \a deviceId, which we unpaired, confirmed it forgot us (it answered our unpair,
        or its hello no longer says "paired"). Until then each link to it that
        completes its hello tells it again.
    */
    void unpairAcknowledged(const QString &deviceId);
    /*!
        \fn void Tandem::LocalDevice::linkRefused(const QString &who, const QString &reason, Tandem::LocalDevice::LinkError error)

        This signal is emitted when a link was refused for a \a reason the
        user should see (certificate changed, downgrade, ...), and \a error,
        the same for code. \a who is a device id or an address.
    */
    void linkRefused(const QString &who, const QString &reason, Tandem::LocalDevice::LinkError error);
    /*!
        \fn void Tandem::LocalDevice::connectFailed(const QString &address, const QString &reason, Tandem::LocalDevice::LinkError error)

        This signal is emitted when dialling \a address failed, for
        \a reason (as the transport put it); \a error is
        LinkError::Unreachable.
    */
    void connectFailed(const QString &address, const QString &reason, Tandem::LocalDevice::LinkError error);
    /*!
        \fn void Tandem::LocalDevice::controlMessageReceived(const QString &deviceId, const QString &type, const QCborMap &fields, quint32 streamId)

        This signal is emitted for a paired device's control message for the
        session layer (and any device's "error" reply, which may answer one
        of ours): \a deviceId sent \a type with \a fields, for \a streamId.
    */
    void controlMessageReceived(const QString &deviceId, const QString &type, const QCborMap &fields, quint32 streamId);
    /*!
        \fn void Tandem::LocalDevice::dataReceived(const QString &deviceId, quint32 streamId, const QByteArray &payload, quint8 flags)

        This signal is emitted for each data frame a paired device sent: from
        \a deviceId, for \a streamId, \a payload with \a flags. For the
        session layer.
    */
    void dataReceived(const QString &deviceId, quint32 streamId, const QByteArray &payload, quint8 flags);

private:
    std::unique_ptr<LocalDevicePrivate> d;
    friend class LocalDevicePrivate;
};

} // namespace Tandem
