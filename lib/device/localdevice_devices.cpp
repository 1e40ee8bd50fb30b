#include "localdeviceprivate_p.h"
#include <Tandem/peerconnection.h>
#include <Tandem/truststore.h>

#include <algorithm>

// What is known of other devices: their records (Peer) and the device
// list (paired devices, what discovery heard, what is linked).

namespace Tandem {

namespace {

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

} // namespace

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

QList<PeerConnection *> LocalDevicePrivate::connectedLinks() const
{
    QList<PeerConnection *> links;
    for (const Peer &peer : peers) {
        if (peer.connection)
            links << peer.connection;
        if (peer.parked)
            links << peer.parked;
    }
    return links;
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
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        if (const Peer *peer = d->findPeer(it.key()))
            it->address = peer->addresses.value(Link::Transport::Lan);
    }
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
