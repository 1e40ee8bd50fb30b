#include "localdevice.h"

#include "apilogging_p.h"
#include "device/linkchoice_p.h"
#include "device/localdevice_p.h"
#include "device/peer_p.h"
#include "device/redialer_p.h"
#include "identity/profile.h"
#include "identity/truststore.h"
#include "link/link.h"
#include "session/pairing.h"
#include "session/peerconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace Tandem {

Q_LOGGING_CATEGORY(lcApi, "tandem.api", QtInfoMsg)

namespace {

constexpr QLatin1StringView UnpairType{"unpair"};
// The answer to "unpair": the peer has forgotten us. Older peers never send
// it; they still learn at the next link from the hello's pairedWithYou.
constexpr QLatin1StringView UnpairAckType{"unpair-ack"};
constexpr QLatin1StringView ErrorType{"error"};
constexpr int MinIdPrefixLength = 4;

QString transportName(Link::Transport transport)
{
    switch (transport) {
    case Link::Transport::Lan:
        return QStringLiteral("lan");
    case Link::Transport::Bluetooth:
        return QStringLiteral("bluetooth");
    case Link::Transport::Memory:
        return QStringLiteral("memory");
    }
    return {};
}

// LAN when both reach a peer: it is thousands of times faster. (Both
// sides see the same transports, so they agree.)
constexpr int LanPriority = 2;
constexpr int OtherPriority = 1;

int transportPriority(Link::Transport transport)
{
    return transport == Link::Transport::Lan ? LanPriority : OtherPriority;
}

} // namespace

class LocalDevicePrivate
{
public:
    static LocalDevicePrivate *get(const LocalDevice *device) { return device->d.get(); }

    LocalDevice *q = nullptr;
    Profile *profile = nullptr;
    LocalDevice::Options options;
    LocalDeviceTestHooks hooks;
    QByteArray instance;
    std::unique_ptr<LanLinkProvider> lan;
    std::unique_ptr<LanDiscovery> discovery;
    bool running = false;

    // Every device we hold something about, one record each.
    QHash<QString, Peer> peers;
    // Links still saying hello (any device, or one pretending to be).
    QSet<PeerConnection *> handshaking;
    QElapsedTimer clock;

    // Who we are dialling: address -> device id (empty: a manual add).
    QHash<QString, QString> dialling;
    std::unique_ptr<Redialer> redialer;
    std::unique_ptr<StreamLinkProvider> bluetooth;
    // A device's Bluetooth address: proven by a link to it this run (its
    // Peer), else (paired devices) by one in an earlier run, in the trust
    // store, else as advertised in SDP (the provider keeps a bounded list): a
    // hint anyone nearby can fake, so it never replaces a proven address (a
    // faked one only fails TLS's check).
    QString bluetoothAddress(const QString &deviceId) const;
    QTimer *bluetoothDiscovery = nullptr;

    TrustStore *trust() const { return profile->trustStore(); }
    Peer *findPeer(const QString &deviceId);
    const Peer *findPeer(const QString &deviceId) const;
    PeerConnection *connectionTo(const QString &deviceId) const;
    Pairing *pairingWith(const QString &deviceId) const;
    QString lanAddressOf(const QString &deviceId) const;
    QList<PeerConnection *> connectedLinks() const;
    // Whether a pairing waited for a link to the device (and no longer does).
    bool takePairWhenConnected(const QString &deviceId);
    // Drops the device's record if it holds nothing any more.
    void release(const QString &deviceId);
    // The same for every device: pair requests age out by themselves.
    void releaseIdlePeers();
    Protocol::Hello ownHello(const QString &peerDeviceId) const;
    void adoptLink(Link *link);
    void onReady(PeerConnection *connection);
    void onClosed(PeerConnection *connection, const QString &reason, bool byPeer);
    void onControl(PeerConnection *connection, const QString &type, const QCborMap &fields, quint32 streamId);
    void onPairRequest(PeerConnection *connection, const QCborMap &fields);
    void startPairing(PeerConnection *connection, Pairing::Role role, const QCborMap &requestFields = {});
    void dial(const QString &address, const QString &deviceId);
    // Why a Bluetooth dial happens: a redial (the link dropped, discovery
    // saw the device, backoff) may be answered by the peer redialling us at
    // the same moment; a first dial (this device just started or the user
    // asked) is ours alone.
    enum class Dial { First, Redial };
    void dialBluetooth(const QString &deviceId, Dial why);
    // Every way we know to reach a paired device: LAN and Bluetooth at
    // once; the first link up carries the sessions, and a LAN link takes
    // over from a Bluetooth one when it comes (see onReady).
    void dialAll(const QString &deviceId, Dial why);
    void onConnectFailed(const QString &address, const QString &reason);
    void startBluetooth();
    bool bluetoothUsable() const;
    void scheduleReconnect(const QString &deviceId);
    void armUnpairedIdleTimer(PeerConnection *connection);
    // Makes room for an unpaired device's link, or closes it saying why.
    bool admitUnpaired(PeerConnection *connection);
    // The same for a link still waiting for its hello.
    bool admitAwaitingHello(PeerConnection *connection);
    // What both share: a share per source and a total, the oldest evicted.
    std::optional<QString> admitStranger(PeerConnection *newcomer, const QList<PeerConnection *> &room, int perSource,
                                         int total, const std::function<bool(PeerConnection *)> &mayEvict,
                                         const QString &what);
    QList<PeerConnection *> unpairedAmong(const QList<PeerConnection *> &links) const;
    // Unpaired links and when they became so (clock), oldest evicted first.
    QHash<PeerConnection *, qint64> unpairedSince;
    // Tells a device we unpaired, on the link that now carries its traffic.
    void tellUnpair(PeerConnection *connection);
    void unpairAcknowledged(const QString &deviceId);
    DeviceAnnouncement announcement() const;
};

Peer *LocalDevicePrivate::findPeer(const QString &deviceId)
{
    const auto it = peers.find(deviceId);
    return it == peers.end() ? nullptr : &*it;
}

const Peer *LocalDevicePrivate::findPeer(const QString &deviceId) const
{
    const auto it = peers.constFind(deviceId);
    return it == peers.cend() ? nullptr : &*it;
}

PeerConnection *LocalDevicePrivate::connectionTo(const QString &deviceId) const
{
    const Peer *peer = findPeer(deviceId);
    return peer ? peer->connection : nullptr;
}

Pairing *LocalDevicePrivate::pairingWith(const QString &deviceId) const
{
    const Peer *peer = findPeer(deviceId);
    return peer ? peer->pairing : nullptr;
}

QString LocalDevicePrivate::lanAddressOf(const QString &deviceId) const
{
    const Peer *peer = findPeer(deviceId);
    return peer ? peer->lanAddress : QString();
}

QList<PeerConnection *> LocalDevicePrivate::connectedLinks() const
{
    QList<PeerConnection *> links;
    for (const Peer &peer : peers) {
        if (peer.connection)
            links << peer.connection;
    }
    return links;
}

bool LocalDevicePrivate::takePairWhenConnected(const QString &deviceId)
{
    Peer *peer = findPeer(deviceId);
    if (!peer || !std::exchange(peer->pairWhenConnected, false))
        return false;
    release(deviceId);
    return true;
}

void LocalDevicePrivate::release(const QString &deviceId)
{
    Peer *peer = findPeer(deviceId);
    if (!peer)
        return;
    peer->expirePairRequests(clock.elapsed());
    if (peer->isIdle())
        peers.remove(deviceId);
}

void LocalDevicePrivate::releaseIdlePeers()
{
    const qint64 now = clock.elapsed();
    peers.removeIf([now](QHash<QString, Peer>::iterator it) {
        it->expirePairRequests(now);
        return it->isIdle();
    });
}

LocalDevice::LocalDevice(Profile *profile, const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LocalDevicePrivate>())
{
    d->q = this;
    d->profile = profile;
    d->options = options;
    d->instance.resize(Protocol::Hello::InstanceBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(d->instance.data()),
                                          Protocol::Hello::InstanceBytes / sizeof(quint32));
    d->clock.start();
    d->redialer = std::make_unique<Redialer>(
        Redialer::Options{options.reconnectInitialDelay, options.reconnectMaxDelay, options.bluetoothRedialYield});
    d->redialer->setPeerMayBeDialling([this] { return d->bluetoothUsable() && d->bluetooth->pendingHandshakes() > 0; });
    connect(d->redialer.get(), &Redialer::redialDue, this, [this](const QString &deviceId) {
        if (!d->connectionTo(deviceId) && d->trust()->isTrusted(deviceId))
            d->dialAll(deviceId, LocalDevicePrivate::Dial::Redial);
    });
    connect(d->redialer.get(), &Redialer::yieldOver, this, [this](const QString &deviceId) {
        if (d->running && !d->connectionTo(deviceId) && d->trust()->isTrusted(deviceId))
            d->dialBluetooth(deviceId, LocalDevicePrivate::Dial::First);
    });
    connect(profile, &Profile::deviceNameChanged, this, [this] {
        if (d->discovery)
            d->discovery->setSelf(d->announcement());
        if (d->bluetooth)
            d->bluetooth->setAdvertisedName(d->profile->deviceName());
    });
}

LocalDevice::~LocalDevice()
{
    stop();
}

Profile *LocalDevice::profile() const
{
    return d->profile;
}

QString LocalDevice::deviceId() const
{
    return d->profile->deviceId();
}

quint16 LocalDevice::lanPort() const
{
    return d->lan ? d->lan->port() : 0;
}

bool LocalDevice::isRunning() const
{
    return d->running;
}

DeviceAnnouncement LocalDevicePrivate::announcement() const
{
    DeviceAnnouncement a;
    a.protocolVersion = hooks.protocolVersion;
    a.deviceId = profile->deviceId();
    a.name = profile->deviceName();
    a.deviceType = options.deviceType;
    a.tcpPort = lan ? lan->port() : 0;
    return a;
}

bool LocalDevice::start(QString *error)
{
    if (d->running)
        return true;
    if (d->options.lanEnabled) {
        d->lan = std::make_unique<LanLinkProvider>(d->profile->identity(), d->options.lan);
        connect(d->lan.get(), &LanLinkProvider::linkEstablished, this, [this](Link *link) {
            d->dialling.remove(link->peerAddress());
            d->adoptLink(link);
        });
        connect(d->lan.get(), &LanLinkProvider::connectFailed, this,
                [this](const QString &address, const QString &reason) { d->onConnectFailed(address, reason); });
        if (!d->lan->listen(error)) {
            d->lan.reset();
            return false;
        }
    }
    if (d->options.discoveryEnabled) {
        LanDiscovery::Options discoveryOptions = d->options.discovery;
        // Paired devices keep their rows however many strangers announce.
        discoveryOptions.isPaired = [this](const QString &id) { return d->trust()->isTrusted(id); };
        d->discovery = std::make_unique<LanDiscovery>(d->announcement(), discoveryOptions);
        auto heard = [this](const LanDiscovery::Peer &peer) {
            const QString id = peer.announcement.deviceId;
            d->peers[id].lanAddress = formatHostPort(peer.address, peer.announcement.tcpPort);
            // Paired devices are kept linked, over LAN when it reaches them
            // (a Bluetooth link gives way to it); others only when we pair.
            const PeerConnection *current = d->connectionTo(id);
            if (d->trust()->isTrusted(id) && (!current || current->link()->transport() != Link::Transport::Lan))
                d->dial(d->lanAddressOf(id), id);
            Q_EMIT devicesChanged();
        };
        connect(d->discovery.get(), &LanDiscovery::peerFound, this, heard);
        connect(d->discovery.get(), &LanDiscovery::peerChanged, this, heard);
        connect(d->discovery.get(), &LanDiscovery::peerLost, this, [this] { Q_EMIT devicesChanged(); });
        if (!d->discovery->start(error)) {
            d->discovery.reset();
            d->lan.reset();
            return false;
        }
    }
    d->running = true;
    if (d->options.bluetoothEnabled)
        d->startBluetooth();
    qCInfo(lcApi).noquote() << "device" << deviceId().left(8) << "up; LAN port" << lanPort();
    return true;
}

void LocalDevice::stop()
{
    if (!d->running)
        return;
    Q_EMIT stopping();
    d->running = false;
    d->redialer->stop();
    QList<Pairing *> pairings;
    for (const Peer &peer : std::as_const(d->peers)) {
        if (peer.pairing)
            pairings << peer.pairing;
    }
    for (Pairing *pairing : std::as_const(pairings))
        pairing->cancel(tr("The other device is shutting down."));
    const auto connections = d->connectedLinks();
    for (PeerConnection *c : connections)
        c->close(QStringLiteral("the device is shutting down"));
    const auto pending = d->handshaking.values();
    for (PeerConnection *c : pending)
        c->close(QStringLiteral("the device is shutting down"));
    d->discovery.reset();
    d->lan.reset();
    delete std::exchange(d->bluetoothDiscovery, nullptr);
    if (d->bluetooth) {
        d->bluetooth->stop();
        d->bluetooth.reset();
        Q_EMIT bluetoothStateChanged();
    }
}

void LocalDevicePrivate::onConnectFailed(const QString &address, const QString &reason)
{
    const QString deviceId = dialling.take(address);
    qCInfo(lcApi).noquote() << "cannot reach" << address << (deviceId.isEmpty() ? QString() : deviceId.left(8)) << "-"
                            << reason;
    Q_EMIT q->connectFailed(address, reason);
    if (connectionTo(deviceId))
        return; // another transport got there
    if (!deviceId.isEmpty() && takePairWhenConnected(deviceId)) {
        Q_EMIT q->pairingFailed(deviceId, Pairing::Outcome::Failed,
                                LocalDevice::tr("Could not reach the device: %1").arg(reason));
    }
    if (!deviceId.isEmpty() && trust()->isTrusted(deviceId))
        scheduleReconnect(deviceId);
}

void LocalDevicePrivate::startBluetooth()
{
    const DeviceIdentity identity = profile->identity();
    bluetooth = hooks.bluetoothProvider ? hooks.bluetoothProvider(identity)
                                        : std::make_unique<BluetoothLinkProvider>(identity, options.bluetooth);
    bluetooth->setAdvertisedName(profile->deviceName());
    QObject::connect(bluetooth.get(), &StreamLinkProvider::linkEstablished, q, [this](Link *link) {
        dialling.remove(link->peerAddress());
        adoptLink(link);
    });
    QObject::connect(bluetooth.get(), &StreamLinkProvider::connectFailed, q,
                     [this](const QString &address, const QString &reason) { onConnectFailed(address, reason); });
    QObject::connect(bluetooth.get(), &StreamLinkProvider::stateChanged, q, [this](StreamLinkProvider::State state) {
        Q_EMIT q->bluetoothStateChanged();
        if (state == StreamLinkProvider::State::Available) {
            // Paired devices we know a Bluetooth address for (from a link
            // this run, else the trust store) and have no link with: now
            // they can be reached. Dialled first: the provider holds an
            // inquiry back while links are being set up (an inquiry that
            // sees a linked peer costs that link; see
            // BluetoothLinkProvider::discover()).
            const auto paired = trust()->devices();
            for (const TrustedDevice &device : paired) {
                if (!connectionTo(device.deviceId))
                    dialBluetooth(device.deviceId, Dial::First);
            }
            bluetooth->discover();
        }
    });
    QObject::connect(bluetooth.get(), &StreamLinkProvider::peerFound, q, [this](const StreamLinkPeer &peer) {
        if (peer.deviceId.isEmpty() || peer.deviceId == profile->deviceId())
            return;
        if (trust()->isTrusted(peer.deviceId) && !connectionTo(peer.deviceId))
            dialBluetooth(peer.deviceId, Dial::Redial);
        Q_EMIT q->devicesChanged();
    });
    bluetoothDiscovery = new QTimer(q);
    QObject::connect(bluetoothDiscovery, &QTimer::timeout, q, [this] {
        if (bluetooth)
            bluetooth->discover();
    });
    bluetoothDiscovery->start(options.bluetoothDiscoveryInterval);
    bluetooth->start();
    Q_EMIT q->bluetoothStateChanged();
}

bool LocalDevicePrivate::bluetoothUsable() const
{
    return bluetooth && bluetooth->state() == StreamLinkProvider::State::Available;
}

LocalDevice::BluetoothState LocalDevice::bluetoothState() const
{
    if (!d->options.bluetoothEnabled)
        return BluetoothState::Disabled;
    if (!d->bluetooth)
        return BluetoothState::Unavailable;
    switch (d->bluetooth->state()) {
    case StreamLinkProvider::State::Starting:
        return BluetoothState::Starting;
    case StreamLinkProvider::State::Available:
        return BluetoothState::Available;
    case StreamLinkProvider::State::Unavailable:
        break;
    }
    return BluetoothState::Unavailable;
}

QString LocalDevice::bluetoothStateReason() const
{
    if (!d->options.bluetoothEnabled)
        return tr("Bluetooth unavailable: turned off in Tandem's settings");
    if (!d->bluetooth)
        return tr("Bluetooth unavailable: the device is not started");
    return d->bluetooth->stateReason();
}

void LocalDevice::discoverBluetooth()
{
    if (d->bluetooth)
        d->bluetooth->discover();
}

Protocol::Hello LocalDevicePrivate::ownHello(const QString &peerDeviceId) const
{
    Protocol::Hello hello;
    hello.version = hooks.protocolVersion;
    hello.minVersion = hooks.minProtocolVersion;
    hello.deviceId = profile->deviceId();
    hello.name = profile->deviceName();
    hello.deviceType = options.deviceType;
    hello.capabilities = {QStringLiteral("pairing")};
    hello.lanPort = lan ? lan->port() : 0;
    hello.instance = instance;
    hello.pairedWithYou = trust()->isTrusted(peerDeviceId);
    return hello;
}

void LocalDevicePrivate::adoptLink(Link *link)
{
    const QString peerId = link->peerDeviceId();
    if (!running || peerId == profile->deviceId()) {
        link->close(QStringLiteral("connected to itself"));
        link->deleteLater();
        return;
    }
    auto *connection = new PeerConnection(link, ownHello(peerId), options.connection, q);
    // The pinned certificate decides, before anything else is exchanged.
    if (const auto trusted = trust()->find(peerId); trusted && trusted->certificateDer != link->peerCertificateDer()) {
        const QString reason = LocalDevice::tr("certificate changed: device %1 presented a certificate other than "
                                               "the one pinned when it was paired; unpair and pair again if it was "
                                               "reinstalled")
                                   .arg(DeviceIdentity::shortIdFor(peerId));
        qCWarning(lcApi).noquote() << "refused link from" << link->peerAddress() << "-" << reason;
        Q_EMIT q->linkRefused(peerId, reason);
        connection->close(reason);
        connection->deleteLater();
        return;
    }
    if (!trust()->isTrusted(peerId) && !admitAwaitingHello(connection))
        return;
    handshaking.insert(connection);
    QObject::connect(connection, &PeerConnection::ready, q, [this, connection] { onReady(connection); });
    QObject::connect(connection, &PeerConnection::closed, q,
                     [this, connection](const QString &reason, bool byPeer) { onClosed(connection, reason, byPeer); });
    QObject::connect(connection, &PeerConnection::controlReceived, q,
                     [this, connection](const QString &type, const QCborMap &fields, quint32 streamId) {
                         onControl(connection, type, fields, streamId);
                     });
    QObject::connect(connection, &PeerConnection::dataReceived, q,
                     [this, connection](quint32 streamId, const QByteArray &payload, quint8 flags) {
                         const QString id = connection->peerDeviceId();
                         if (!trust()->isTrusted(id)) {
                             connection->close(QStringLiteral("data from an unpaired device"));
                             return;
                         }
                         Q_EMIT q->dataReceived(id, streamId, payload, flags);
                     });
}

void LocalDevicePrivate::onReady(PeerConnection *connection)
{
    handshaking.remove(connection);
    const QString id = connection->peerDeviceId();
    const Protocol::Hello &hello = connection->peerHello();
    const auto trusted = trust()->find(id);
    QString error;

    if (trusted && trusted->protocolVersion > connection->negotiatedVersion()) {
        const QString reason = LocalDevice::tr("protocol downgrade refused: device %1 was paired at protocol "
                                               "version %2 and now offers only %3")
                                   .arg(DeviceIdentity::shortIdFor(id))
                                   .arg(trusted->protocolVersion)
                                   .arg(connection->negotiatedVersion());
        Q_EMIT q->linkRefused(id, reason);
        connection->close(reason);
        return;
    }
    if (trusted && !hello.pairedWithYou) {
        // The other side unpaired while we were apart.
        if (trust()->unpin(id, &error))
            Q_EMIT q->unpaired(id, true);
    }
    if (!trust()->isTrusted(id) && !connectionTo(id) && !admitUnpaired(connection))
        return;

    // One link per device pair: a second one is the peer restarting, a
    // better transport coming, or both sides dialling at once.
    if (PeerConnection *existing = connectionTo(id)) {
        auto candidate = [](PeerConnection *c) {
            return LinkChoice::Candidate{c->peerHello().instance, transportPriority(c->link()->transport()),
                                         c->link()->isOutgoing()};
        };
        const LinkChoice::Choice choice
            = LinkChoice::choose(candidate(existing), candidate(connection), profile->deviceId(), id);
        if (choice.keep == LinkChoice::Keep::Newcomer) {
            const bool better
                = transportPriority(connection->link()->transport()) > transportPriority(existing->link()->transport());
            peers[id].connection = connection;
            existing->close(better ? QStringLiteral("replaced by a LAN link to the same device")
                                   : QStringLiteral("replaced by a newer link to the same device"));
        } else {
            connection->close(QStringLiteral("duplicate link: one link per device pair"));
            return;
        }
    }
    Peer &peer = peers[id];
    peer.connection = connection;

    const auto hostPort = parseHostPort(connection->link()->peerAddress());
    if (hostPort && hello.lanPort != 0 && connection->link()->transport() == Link::Transport::Lan)
        peer.lanAddress = formatHostPort(hostPort->first, hello.lanPort);
    if (connection->link()->transport() == Link::Transport::Bluetooth) {
        peer.bluetoothAddress = connection->link()->peerAddress();
        // Remembered for the next start: a paired device is then dialled
        // at once, with no inquiry (which costs seconds and, with BlueZ,
        // links: see BluetoothLinkProvider::discover()).
        if (trust()->isTrusted(id) && !trust()->setBluetoothAddress(id, connection->link()->peerAddress(), &error))
            qCWarning(lcApi).noquote() << "cannot remember the Bluetooth address of" << id.left(8) << "-" << error;
    }
    redialer->linked(id);
    peer.disconnectPending.reset();

    if (trust()->isTrusted(id)) {
        trust()->setName(id, hello.name, &error);
        if (connection->negotiatedVersion() > trusted->protocolVersion)
            trust()->setProtocolVersion(id, connection->negotiatedVersion(), &error);
    } else {
        armUnpairedIdleTimer(connection);
    }
    if (peer.unpairToTell) {
        // Its hello already says it forgot us: nothing left to tell.
        if (!hello.pairedWithYou)
            unpairAcknowledged(id);
        else
            tellUnpair(connection);
    }
    qCInfo(lcApi).noquote() << "linked with" << hello.name << id.left(8) << "over" << connection->link()->encryption();
    Q_EMIT q->deviceConnected(id);
    Q_EMIT q->devicesChanged();
    if (takePairWhenConnected(id))
        startPairing(connection, Pairing::Role::Initiator);
}

namespace {
// Where a link comes from, for per-source bounds: the IP address of a LAN
// link (any port), the device address of a Bluetooth one.
QString sourceOf(const PeerConnection *connection)
{
    const QString address = connection->link()->peerAddress();
    if (connection->link()->transport() != Link::Transport::Lan)
        return address;
    const auto hostPort = parseHostPort(address);
    return hostPort ? hostPort->first : address;
}
} // namespace

std::optional<QString> LocalDevicePrivate::admitStranger(PeerConnection *newcomer, const QList<PeerConnection *> &room,
                                                         int perSource, int total,
                                                         const std::function<bool(PeerConnection *)> &mayEvict,
                                                         const QString &what)
{
    const QString source = sourceOf(newcomer);
    if (std::count_if(room.cbegin(), room.cend(), [&](PeerConnection *c) { return sourceOf(c) == source; })
        >= perSource)
        return QStringLiteral("too many %1 from %2; try again later").arg(what, source);
    if (room.size() < total)
        return std::nullopt;
    PeerConnection *oldest = nullptr;
    for (PeerConnection *c : room) {
        if (mayEvict(c) && (!oldest || unpairedSince.value(c) < unpairedSince.value(oldest)))
            oldest = c;
    }
    if (!oldest)
        return QStringLiteral("too many %1; try again later").arg(what);
    oldest->close(QStringLiteral("dropped for a newer connection: too many %1").arg(what));
    return std::nullopt;
}

QList<PeerConnection *> LocalDevicePrivate::unpairedAmong(const QList<PeerConnection *> &links) const
{
    QList<PeerConnection *> unpaired;
    for (PeerConnection *c : links) {
        if (!trust()->isTrusted(c->peerDeviceId()))
            unpaired << c;
    }
    return unpaired;
}

bool LocalDevicePrivate::admitAwaitingHello(PeerConnection *connection)
{
    const auto refusal = admitStranger(
        connection, unpairedAmong(handshaking.values()), LocalDevice::MaxAwaitingHelloPerSource,
        LocalDevice::MaxAwaitingHello, [](PeerConnection *) { return true; },
        QStringLiteral("connections waiting to say hello"));
    if (refusal) {
        connection->close(*refusal);
        connection->deleteLater();
        return false;
    }
    unpairedSince.insert(connection, clock.elapsed());
    return true;
}

bool LocalDevicePrivate::admitUnpaired(PeerConnection *connection)
{
    // Full: the oldest link whose code is not on screen makes room.
    const auto refusal = admitStranger(
        connection, unpairedAmong(connectedLinks()), LocalDevice::MaxUnpairedConnectionsPerSource,
        LocalDevice::MaxUnpairedConnections,
        [this](PeerConnection *c) {
            const Pairing *pairing = pairingWith(c->peerDeviceId());
            return !pairing || !pairing->isComparing();
        },
        QStringLiteral("unpaired devices connected"));
    if (refusal)
        connection->close(*refusal);
    return !refusal;
}

void LocalDevicePrivate::armUnpairedIdleTimer(PeerConnection *connection)
{
    if (!unpairedSince.contains(connection))
        unpairedSince.insert(connection, clock.elapsed());
    QPointer<PeerConnection> guard(connection);
    QTimer::singleShot(options.unpairedIdleTimeout, connection, [this, guard] {
        if (!guard || guard->state() != PeerConnection::State::Ready)
            return;
        const QString id = guard->peerDeviceId();
        if (trust()->isTrusted(id)) {
            unpairedSince.remove(guard);
            return;
        }
        const qint64 age = clock.elapsed() - unpairedSince.value(guard);
        if (pairingWith(id) && age < options.unpairedLinkLifetime.count()) {
            armUnpairedIdleTimer(guard);
            return;
        }
        guard->close(pairingWith(id) ? QStringLiteral("an unpaired device's link reached its time limit")
                                     : QStringLiteral("an unpaired device's link was idle"));
    });
}

void LocalDevicePrivate::tellUnpair(PeerConnection *connection)
{
    qCDebug(lcApi).noquote() << "telling" << connection->peerDeviceId().left(8) << "it was unpaired";
    connection->sendControl(UnpairType);
}

void LocalDevicePrivate::unpairAcknowledged(const QString &deviceId)
{
    if (Peer *peer = findPeer(deviceId)) {
        peer->unpairToTell = false;
        release(deviceId);
    }
    Q_EMIT q->unpairAcknowledged(deviceId);
}

void LocalDevicePrivate::onClosed(PeerConnection *connection, const QString &reason, bool byPeer)
{
    Q_UNUSED(byPeer)
    const QString id = connection->peerDeviceId();
    const bool wasHandshaking = handshaking.remove(connection);
    unpairedSince.remove(connection);
    connection->deleteLater();
    // A pairing runs on one link; it cannot move to another.
    if (Pairing *pairing = pairingWith(id); pairing && pairing->connection() == connection)
        pairing->connectionLost(reason);
    auto anotherOnTheWay = [this, &id] {
        return std::any_of(handshaking.cbegin(), handshaking.cend(),
                           [&id](PeerConnection *c) { return c->peerDeviceId() == id; });
    };
    Peer *peer = findPeer(id);
    if (wasHandshaking && peer && peer->disconnectPending && !anotherOnTheWay()) {
        // The replacement failed too: now the device is gone.
        const QString pendingReason = *std::exchange(peer->disconnectPending, std::nullopt);
        releaseIdlePeers();
        Q_EMIT q->deviceDisconnected(id, pendingReason);
        Q_EMIT q->devicesChanged();
        if (running && trust()->isTrusted(id))
            scheduleReconnect(id);
        return;
    }
    if (!peer || peer->connection != connection) {
        releaseIdlePeers();
        return; // a duplicate, a refused or a replaced link
    }
    peer->connection = nullptr;
    if (anotherOnTheWay()) {
        // Both sides redialled at once and the peer kept the other link:
        // it is finishing its hello. Announce nothing yet, or sessions would
        // flap to reconnecting and back.
        peer->disconnectPending = reason;
        return;
    }
    releaseIdlePeers();
    if (Pairing *pairing = pairingWith(id))
        pairing->connectionLost(reason);
    if (connection->link()->transport() == Link::Transport::Bluetooth && trust()->isTrusted(id))
        redialer->lostLink(id, connection->link()->isOutgoing());
    Q_EMIT q->deviceDisconnected(id, reason);
    Q_EMIT q->devicesChanged();
    if (running && trust()->isTrusted(id)) {
        // A LAN link that drops fails over to Bluetooth at once, while LAN
        // is redialled with backoff; sessions see only "reconnecting".
        if (connection->link()->transport() != Link::Transport::Bluetooth)
            dialBluetooth(id, Dial::Redial);
        scheduleReconnect(id);
    }
}

void LocalDevicePrivate::scheduleReconnect(const QString &deviceId)
{
    if (!running || (lanAddressOf(deviceId).isEmpty() && bluetoothAddress(deviceId).isEmpty())
        || connectionTo(deviceId))
        return;
    redialer->schedule(deviceId);
}

void LocalDevicePrivate::dial(const QString &address, const QString &deviceId)
{
    if (!lan || address.isEmpty() || dialling.contains(address))
        return;
    const auto target = parseHostPort(address);
    if (!target)
        return;
    dialling.insert(address, deviceId);
    lan->connectToHost(target->first, target->second);
}

QString LocalDevicePrivate::bluetoothAddress(const QString &deviceId) const
{
    if (const Peer *peer = findPeer(deviceId); peer && !peer->bluetoothAddress.isEmpty())
        return peer->bluetoothAddress;
    // Where a paired device was last reached, in an earlier run.
    if (const auto paired = trust()->find(deviceId); paired && !paired->bluetoothAddress.isEmpty())
        return paired->bluetoothAddress;
    if (bluetooth) {
        const auto peers = bluetooth->peers();
        for (const StreamLinkPeer &peer : peers) {
            if (peer.deviceId == deviceId)
                return peer.address;
        }
    }
    return {};
}

void LocalDevicePrivate::dialBluetooth(const QString &deviceId, Dial why)
{
    const QString address = bluetoothAddress(deviceId);
    if (!bluetoothUsable() || address.isEmpty() || dialling.contains(address))
        return;
    // Crossed redials break Bluetooth links: one end waits (Redialer).
    if (why == Dial::Redial && redialer->mustYield(profile->deviceId(), deviceId))
        return;
    qCInfo(lcApi).noquote() << "dialling" << deviceId.left(8) << "over Bluetooth at" << address;
    dialling.insert(address, deviceId);
    bluetooth->connectTo(address);
}

void LocalDevicePrivate::dialAll(const QString &deviceId, Dial why)
{
    dial(lanAddressOf(deviceId), deviceId);
    if (!connectionTo(deviceId))
        dialBluetooth(deviceId, why);
}

void LocalDevice::connectToDevice(const QString &deviceId)
{
    // Linked over Bluetooth: try LAN, which takes over if it answers.
    const PeerConnection *current = d->connectionTo(deviceId);
    if (!current || current->link()->transport() != Link::Transport::Lan)
        d->dialAll(deviceId, LocalDevicePrivate::Dial::First);
}

void LocalDevice::connectToAddress(const QString &host, quint16 port)
{
    d->dial(formatHostPort(host, port), QString());
}

void LocalDevicePrivate::onControl(PeerConnection *connection, const QString &type, const QCborMap &fields,
                                   quint32 streamId)
{
    const QString id = connection->peerDeviceId();
    if (type == u"pair-request") {
        onPairRequest(connection, fields);
        return;
    }
    if (Pairing::isPairingMessage(type)) {
        if (Pairing *pairing = pairingWith(id))
            pairing->handle(type, fields);
        return;
    }
    if (type == UnpairType) {
        QString error;
        if (trust()->isTrusted(id) && trust()->unpin(id, &error)) {
            Q_EMIT q->unpaired(id, true);
            Q_EMIT q->devicesChanged();
            armUnpairedIdleTimer(connection);
        }
        // Acknowledged even when already forgotten (a repeat, or learned
        // from a hello): the sender stops repeating it only on this answer.
        if (!trust()->isTrusted(id))
            connection->sendControl(UnpairAckType);
        return;
    }
    if (type == UnpairAckType) {
        if (const Peer *peer = findPeer(id); peer && peer->unpairToTell)
            unpairAcknowledged(id);
        return;
    }
    if (type == ErrorType) {
        Q_EMIT q->controlMessageReceived(id, type, fields, streamId);
        return;
    }
    if (!trust()->isTrusted(id)) {
        // Unpaired devices may only ask to pair.
        QCborMap refusal;
        refusal.insert(QLatin1StringView("code"), LocalDevice::ErrorNotPermitted);
        refusal.insert(QLatin1StringView("reason"), QStringLiteral("not paired: pair with this device first"));
        refusal.insert(QLatin1StringView("refusedType"), type.left(64));
        connection->sendControl(ErrorType, refusal, streamId);
        return;
    }
    Q_EMIT q->controlMessageReceived(id, type, fields, streamId);
}

void LocalDevicePrivate::onPairRequest(PeerConnection *connection, const QCborMap &fields)
{
    const QString id = connection->peerDeviceId();
    auto refuse = [connection](const QString &reason) {
        QCborMap m;
        m.insert(QLatin1StringView("reason"), reason);
        connection->sendControl(QLatin1StringView("pair-reject"), m);
    };
    if (trust()->isTrusted(id)) {
        refuse(LocalDevice::tr("The devices are already paired."));
        return;
    }
    // A few requests a minute per device: enough for a person, too few to
    // pester anyone or grind through codes.
    Peer &peer = peers[id];
    const qint64 now = clock.elapsed();
    peer.expirePairRequests(now);
    if (peer.pairRequestTimes.size() >= LocalDevice::MaxPairingRequestsPerMinute) {
        refuse(LocalDevice::tr("Too many pairing requests; try again in a minute."));
        return;
    }
    peer.pairRequestTimes.append(now);

    if (Pairing *existing = peer.pairing) {
        // Both asked at once: the smaller device id stays initiator.
        if (existing->role() == Pairing::Role::Initiator && profile->deviceId() < id)
            return;
        peer.pairing = nullptr;
        existing->disconnect(q);
        existing->deleteLater();
    }
    startPairing(connection, Pairing::Role::Responder, fields);
}

void LocalDevicePrivate::startPairing(PeerConnection *connection, Pairing::Role role, const QCborMap &requestFields)
{
    const QString id = connection->peerDeviceId();
    auto *pairing = new Pairing(role, connection, profile->identity().certificateDer(), options.pairingTimeout, q);
    peers[id].pairing = pairing;
    QObject::connect(pairing, &Pairing::codeReady, q, [this, id, role](const QString &code) {
        Q_EMIT q->pairingCodeReady(id, code, role == Pairing::Role::Responder);
    });
    QObject::connect(pairing, &Pairing::finished, q,
                     [this, id, pairing, connection](Pairing::Outcome outcome, const QString &reason) {
                         if (Peer *peer = findPeer(id); peer && peer->pairing == pairing) {
                             peer->pairing = nullptr;
                             release(id);
                         }
                         pairing->deleteLater();
                         if (outcome != Pairing::Outcome::Paired) {
                             Q_EMIT q->pairingFailed(id, outcome, reason);
                             return;
                         }
                         TrustedDevice device;
                         device.deviceId = id;
                         device.name = connection->peerHello().name;
                         device.certificateDer = connection->link()->peerCertificateDer();
                         device.protocolVersion = connection->negotiatedVersion();
                         if (connection->link()->transport() == Link::Transport::Bluetooth)
                             device.bluetoothAddress = connection->link()->peerAddress();
                         QString error;
                         const auto result = trust()->pin(device, &error);
                         if (result == TrustStore::PinResult::Pinned
                             || result == TrustStore::PinResult::AlreadyPinned) {
                             // Paired again: an old unpair must not follow.
                             if (Peer *peer = findPeer(id)) {
                                 peer->unpairToTell = false;
                                 release(id);
                             }
                             Q_EMIT q->paired(id);
                             Q_EMIT q->devicesChanged();
                         } else {
                             Q_EMIT q->pairingFailed(id, Pairing::Outcome::Failed, error);
                         }
                     });
    pairing->start(requestFields);
}

bool LocalDevice::requestPairing(const QString &deviceId, QString *error)
{
    if (d->trust()->isTrusted(deviceId)) {
        *error = tr("Already paired with this device.");
        return false;
    }
    if (d->pairingWith(deviceId)) {
        *error = tr("Pairing with this device is already in progress.");
        return false;
    }
    if (PeerConnection *connection = d->connectionTo(deviceId)) {
        d->startPairing(connection, Pairing::Role::Initiator);
        return true;
    }
    const QString address = d->lanAddressOf(deviceId);
    const bool viaBluetooth = d->bluetoothUsable() && !d->bluetoothAddress(deviceId).isEmpty();
    if (address.isEmpty() && !viaBluetooth) {
        *error = tr("The device is not reachable: it was not seen on the network or over Bluetooth.");
        return false;
    }
    d->peers[deviceId].pairWhenConnected = true;
    if (!address.isEmpty())
        d->dial(address, deviceId);
    else
        d->dialBluetooth(deviceId, LocalDevicePrivate::Dial::First);
    return true;
}

bool LocalDevice::acceptPairing(const QString &deviceId, QString *error)
{
    Pairing *pairing = d->pairingWith(deviceId);
    if (!pairing || !pairing->accept()) {
        *error = tr("No pairing code is waiting for a decision with this device.");
        return false;
    }
    return true;
}

bool LocalDevice::rejectPairing(const QString &deviceId, const QString &reason, QString *error)
{
    Pairing *pairing = d->pairingWith(deviceId);
    if (!pairing) {
        *error = tr("No pairing is in progress with this device.");
        return false;
    }
    pairing->reject(reason);
    return true;
}

bool LocalDevice::cancelPairing(const QString &deviceId, QString *error)
{
    if (d->takePairWhenConnected(deviceId)) {
        Q_EMIT pairingFailed(deviceId, Pairing::Outcome::Cancelled, tr("You cancelled the pairing."));
        return true;
    }
    Pairing *pairing = d->pairingWith(deviceId);
    if (!pairing) {
        *error = tr("No pairing is in progress with this device.");
        return false;
    }
    pairing->cancel(tr("The other user cancelled the pairing."));
    return true;
}

bool LocalDevice::unpair(const QString &deviceId, QString *error)
{
    if (!d->trust()->unpin(deviceId, error))
        return false;
    d->peers[deviceId].unpairToTell = true;
    if (PeerConnection *connection = d->connectionTo(deviceId)) {
        d->tellUnpair(connection);
        d->armUnpairedIdleTimer(connection);
    }
    d->redialer->cancel(deviceId);
    Q_EMIT unpaired(deviceId, false);
    Q_EMIT devicesChanged();
    return true;
}

bool LocalDevice::isConnected(const QString &deviceId) const
{
    return d->connectionTo(deviceId);
}

PeerConnection *peerConnection(const LocalDevice *device, const QString &deviceId)
{
    return LocalDevicePrivate::get(device)->connectionTo(deviceId);
}

void setTestHooks(LocalDevice *device, const LocalDeviceTestHooks &hooks)
{
    LocalDevicePrivate::get(device)->hooks = hooks;
}

QList<DeviceInfo> LocalDevice::devices() const
{
    QHash<QString, DeviceInfo> merged;
    auto entry = [&merged](const QString &id) -> DeviceInfo & {
        DeviceInfo &info = merged[id];
        info.id = id;
        return info;
    };
    const auto trusted = d->trust()->devices();
    for (const TrustedDevice &t : trusted) {
        DeviceInfo &info = entry(t.deviceId);
        info.name = t.name;
        info.paired = true;
    }
    if (d->discovery) {
        const auto peers = d->discovery->peers();
        for (const LanDiscovery::Peer &peer : peers) {
            DeviceInfo &info = entry(peer.announcement.deviceId);
            // A paired device's name is the one it proved over TLS (trust
            // store); anyone can send an announcement with its id.
            if (!info.paired)
                info.name = peer.announcement.name;
            info.type = peer.announcement.deviceType;
            info.reachable = true;
            if (!info.transports.contains(u"lan"))
                info.transports << QStringLiteral("lan");
        }
    }
    if (d->bluetooth) {
        const auto peers = d->bluetooth->peers();
        for (const StreamLinkPeer &peer : peers) {
            if (peer.deviceId.isEmpty() || peer.deviceId == deviceId())
                continue;
            DeviceInfo &info = entry(peer.deviceId);
            if (info.name.isEmpty())
                info.name = peer.name;
            info.reachable = true;
            if (!info.transports.contains(u"bluetooth"))
                info.transports << QStringLiteral("bluetooth");
        }
    }
    for (auto it = d->peers.cbegin(); it != d->peers.cend(); ++it) {
        if (!it->connection)
            continue;
        DeviceInfo &info = entry(it.key());
        const Protocol::Hello &hello = it->connection->peerHello();
        info.name = hello.name;
        info.type = hello.deviceType;
        info.reachable = true;
        info.connected = true;
        const QString transport = transportName(it->connection->link()->transport());
        if (!info.transports.contains(transport))
            info.transports << transport;
    }
    for (auto it = merged.begin(); it != merged.end(); ++it)
        it->address = d->lanAddressOf(it.key());
    QList<DeviceInfo> list = merged.values();
    std::sort(list.begin(), list.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
        return a.name.localeAwareCompare(b.name) < 0 || (a.name == b.name && a.id < b.id);
    });
    return list;
}

std::optional<DeviceInfo> LocalDevice::device(const QString &deviceId) const
{
    const auto all = devices();
    for (const DeviceInfo &info : all) {
        if (info.id == deviceId)
            return info;
    }
    return std::nullopt;
}

std::optional<DeviceInfo> LocalDevice::findDevice(const QString &query, QString *error) const
{
    const auto all = devices();
    QList<DeviceInfo> byPrefix;
    QList<DeviceInfo> byName;
    const QString lower = query.toLower();
    for (const DeviceInfo &info : all) {
        if (info.id == lower)
            return info;
        if (lower.size() >= MinIdPrefixLength && info.id.startsWith(lower))
            byPrefix << info;
        if (info.name == query)
            byName << info;
    }
    if (byPrefix.size() == 1)
        return byPrefix.constFirst();
    if (byPrefix.isEmpty() && byName.size() == 1)
        return byName.constFirst();
    if (byPrefix.size() > 1 || byName.size() > 1)
        *error = tr("\"%1\" matches more than one device; give more of its id.").arg(query);
    else
        *error = tr("No device matches \"%1\" (by id, id prefix of at least %2 digits, or name).")
                     .arg(query)
                     .arg(MinIdPrefixLength);
    return std::nullopt;
}

} // namespace Tandem
