#include "localdevice.h"

#include "devicelogging_p.h"
#include "linkchoice_p.h"
#include "localdeviceprivate_p.h"
#include <Tandem/bluetoothlinkprovider.h>
#include <Tandem/link.h>
#include <Tandem/peerconnection.h>
#include <Tandem/truststore.h>

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace Tandem {

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
    connect(d->redialer.get(), &Redialer::redialDue, this, [this](const QString &deviceId) {
        if (!d->connectionTo(deviceId) && d->trust()->isTrusted(deviceId))
            d->dialAll(deviceId, LocalDevicePrivate::Dial::Redial);
    });
    // The yield is the only one there is: Bluetooth's (LinkProvider::redialYield()).
    d->redialer->setPeerMayBeDialling([this] { return d->bluetooth && d->bluetooth->handshakesPending(); });
    d->redialer->setLastDialler([this](const QString &deviceId) -> std::optional<bool> {
        const auto paired = d->trust()->find(deviceId);
        return paired ? paired->dialledLastBluetoothLink : std::nullopt;
    });
    connect(d->redialer.get(), &Redialer::yieldOver, this, [this](const QString &deviceId) {
        if (d->running && d->bluetooth && !d->connectionTo(deviceId) && d->trust()->isTrusted(deviceId))
            d->dial(d->bluetooth.get(), deviceId, LocalDevicePrivate::Dial::First);
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
        d->lan = std::make_unique<LanProvider>(d->profile->identity(), d->options.lan);
        d->watch(d->lan.get());
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
            d->peers[id].addresses.insert(Link::Transport::Lan,
                                          formatHostPort(peer.address, peer.announcement.tcpPort));
            // Paired devices are kept linked, over LAN when it reaches them
            // (a slower link gives way to it); others only when we pair.
            const PeerConnection *current = d->connectionTo(id);
            if (d->lan && d->trust()->isTrusted(id) && (!current || d->priorityOf(current) < d->lan->priority()))
                d->dial(d->lan.get(), id, LocalDevicePrivate::Dial::First);
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
    qCInfo(lcDevice).noquote() << "device" << deviceId().left(8) << "up; LAN port" << lanPort();
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
    // "Leaving": peers wait for this device to dial them when it runs
    // again, rather than dial it now (Redialer::peerLeft()).
    const auto connections = d->connectedLinks();
    for (PeerConnection *c : connections)
        c->leave(QStringLiteral("the device is shutting down"));
    const auto pending = d->handshaking.values();
    for (PeerConnection *c : pending)
        c->leave(QStringLiteral("the device is shutting down"));
    d->discovery.reset();
    d->lan.reset();
    if (d->bluetooth) {
        d->bluetooth->stop();
        d->bluetooth.reset();
        Q_EMIT bluetoothStateChanged();
    }
}

void LocalDevicePrivate::watch(LinkProvider *provider)
{
    QObject::connect(provider, &LinkProvider::linkEstablished, q, [this](Link *link) {
        dialling.remove(link->peerAddress());
        adoptLink(link);
    });
    QObject::connect(provider, &LinkProvider::connectFailed, q,
                     [this](const QString &address, const QString &reason) { onConnectFailed(address, reason); });
    QObject::connect(provider, &LinkProvider::usable, q, [this, provider] {
        // Paired devices we know an address for and have no link with:
        // now they can be reached.
        const auto paired = trust()->devices();
        for (const TrustedDevice &device : paired) {
            if (!connectionTo(device.deviceId))
                dial(provider, device.deviceId, Dial::Start);
        }
    });
    QObject::connect(provider, &LinkProvider::deviceSeen, q, [this, provider](const QString &deviceId) {
        if (deviceId.isEmpty() || deviceId == profile->deviceId())
            return;
        if (trust()->isTrusted(deviceId) && !connectionTo(deviceId))
            dial(provider, deviceId, Dial::Redial);
        Q_EMIT q->devicesChanged();
    });
}

void LocalDevicePrivate::startBluetooth()
{
    const DeviceIdentity identity = profile->identity();
    bluetooth = std::make_unique<BluetoothProvider>(
        hooks.bluetoothProvider ? hooks.bluetoothProvider(identity)
                                : std::make_unique<BluetoothLinkProvider>(identity, options.bluetooth),
        trust(), BluetoothProvider::Options{options.bluetoothDiscoveryInterval, options.bluetoothRedialYield});
    bluetooth->setAdvertisedName(profile->deviceName());
    watch(bluetooth.get());
    QObject::connect(bluetooth.get(), &BluetoothProvider::stateChanged, q, &LocalDevice::bluetoothStateChanged);
    bluetooth->start();
    Q_EMIT q->bluetoothStateChanged();
}

QList<LinkProvider *> LocalDevicePrivate::providers() const
{
    QList<LinkProvider *> list;
    if (lan)
        list << lan.get();
    if (bluetooth)
        list << bluetooth.get();
    std::sort(list.begin(), list.end(),
              [](const LinkProvider *a, const LinkProvider *b) { return a->priority() > b->priority(); });
    return list;
}

LinkProvider *LocalDevicePrivate::providerFor(Link::Transport transport) const
{
    const auto all = providers();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [transport](const LinkProvider *p) { return p->transport() == transport; });
    return it == all.cend() ? nullptr : *it;
}

int LocalDevicePrivate::priorityOf(const PeerConnection *connection) const
{
    const LinkProvider *provider = providerFor(connection->link()->transport());
    return provider ? provider->priority() : 0;
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
        qCWarning(lcDevice).noquote() << "refused link from" << link->peerAddress() << "-" << reason;
        Q_EMIT q->linkRefused(peerId, reason, LocalDevice::LinkError::CertificateChanged);
        connection->close(reason);
        connection->deleteLater();
        return;
    }
    if (!trust()->isTrusted(peerId) && !admitAwaitingHello(connection))
        return;
    handshaking.insert(connection);
    QObject::connect(connection, &PeerConnection::ready, q, [this, connection] { onReady(connection); });
    QObject::connect(connection, &PeerConnection::closed, q,
                     [this, connection](const QString &reason) { onClosed(connection, reason); });
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
        Q_EMIT q->linkRefused(id, reason, LocalDevice::LinkError::ProtocolDowngrade);
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
        auto candidate = [this](const PeerConnection *c) {
            return LinkChoice::Candidate{c->peerHello().instance, priorityOf(c), c->link()->isOutgoing()};
        };
        const auto choice = LinkChoice::choose(candidate(existing), candidate(connection), profile->deviceId(), id);
        // Two links crossed (both sides dialled at once) over a transport
        // where closing one took the kept one down a few seconds later
        // (Bluetooth with BlueZ: every such crossing in tests/bluetooth/vm;
        // the kept link died 3-4 s after the duplicate closed, the time an
        // RFCOMM session takes to be let go once it carries no channel).
        // Both sides keep the same link (LinkChoice) and, for a paired
        // device, leave the other open and unused until the kept one
        // closes; anything else still closes the duplicate.
        const LinkProvider *provider = providerFor(connection->link()->transport());
        const bool park = choice.reason == LinkChoice::Reason::DialledBySmallerId && provider
            && provider->redialYield().count() > 0 && trust()->isTrusted(id) && !peers[id].parked;
        if (choice.keep == LinkChoice::Keep::Existing) {
            if (park)
                parkDuplicate(id, connection);
            else
                connection->close(QStringLiteral("duplicate link: one link per device pair"));
            return;
        }
        const LinkProvider *better
            = priorityOf(connection) > priorityOf(existing) ? providerFor(connection->link()->transport()) : nullptr;
        peers[id].connection = connection;
        if (park)
            parkDuplicate(id, existing);
        else
            existing->close(better ? QStringLiteral("replaced by a %1 link to the same device").arg(better->name())
                                   : QStringLiteral("replaced by a newer link to the same device"));
    }
    Peer &peer = peers[id];
    peer.connection = connection;
    if (LinkProvider *provider = providerFor(connection->link()->transport())) {
        const QString address = provider->learnAddress(id, *connection->link(), hello, trust()->isTrusted(id));
        if (!address.isEmpty())
            peer.addresses.insert(provider->transport(), address);
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
    qCInfo(lcDevice).noquote() << "linked with" << hello.name << id.left(8) << "over"
                               << connection->link()->encryption();
    Q_EMIT q->deviceConnected(id);
    Q_EMIT q->devicesChanged();
    if (takePairWhenConnected(id))
        startPairing(connection, Pairing::Role::Initiator);
}

void LocalDevicePrivate::parkDuplicate(const QString &deviceId, PeerConnection *connection)
{
    qCInfo(lcDevice).noquote() << "keeping the other of two crossed links to" << deviceId.left(8)
                               << "open, unused, until the kept one closes";
    peers[deviceId].parked = connection;
}

void LocalDevicePrivate::onClosed(PeerConnection *connection, const QString &reason)
{
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
    if (peer && peer->parked == connection) {
        peer->parked = nullptr;
        releaseIdlePeers();
        return; // the unused one of two crossed links
    }
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
    if (PeerConnection *parked = std::exchange(peer->parked, nullptr))
        parked->close(QStringLiteral("the link it crossed closed: ") + reason);
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
    const LinkProvider *lost = providerFor(connection->link()->transport());
    // A peer that said it stopped dials us when it runs again (a CLI
    // command, an app restarted): over the LAN a redial would only fail
    // ("Connection refused"). Not over Bluetooth: with BlueZ only a link
    // that came in through bluetoothd leaves a pairing key behind, so the
    // side that accepted the lost link must keep redialling or the
    // leaver's next instance is refused (seen in CI's bluetooth_vm; one
    // dial was not enough). There the yield rule still decides.
    const bool left = connection->peerLeft() && trust()->isTrusted(id) && !(lost && lost->redialYield().count() > 0);
    if (left) {
        redialer->peerLeft(id);
        qCInfo(lcDevice).noquote() << id.left(8) << "stopped; it dials when it runs again";
    }
    Q_EMIT q->deviceDisconnected(id, reason);
    Q_EMIT q->devicesChanged();
    if (running && trust()->isTrusted(id) && !left) {
        // A link that drops fails over to slower transports at once, while
        // its own is redialled with backoff; sessions see only "reconnecting".
        const int lostPriority = priorityOf(connection);
        const auto all = providers();
        for (LinkProvider *provider : all) {
            if (provider->priority() < lostPriority)
                dial(provider, id, Dial::Redial);
        }
        scheduleReconnect(id);
    }
}

int LocalDevice::linksStillClosing()
{
    return Link::transportsClosing();
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

} // namespace Tandem
