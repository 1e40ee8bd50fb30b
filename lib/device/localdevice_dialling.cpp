#include "devicelogging_p.h"
#include "localdeviceprivate_p.h"
#include <Tandem/peerconnection.h>
#include <Tandem/truststore.h>

#include <algorithm>
#include <limits>

// Which transport to dial a device over, and when: first dials, redials
// (Redialer), and fail-over to slower transports.

namespace Tandem {

void LocalDevicePrivate::onConnectFailed(const QString &address, const QString &reason)
{
    const QString deviceId = dialling.take(address);
    qCInfo(lcDevice).noquote() << "cannot reach" << address << (deviceId.isEmpty() ? QString() : deviceId.left(8))
                               << "-" << reason;
    Q_EMIT q->connectFailed(address, reason, LocalDevice::LinkError::Unreachable);
    if (connectionTo(deviceId))
        return; // another transport got there
    if (!deviceId.isEmpty() && takePairWhenConnected(deviceId)) {
        Q_EMIT q->pairingFailed(deviceId, Pairing::Outcome::Failed,
                                LocalDevice::tr("Could not reach the device: %1").arg(reason));
    }
    if (!deviceId.isEmpty() && trust()->isTrusted(deviceId))
        scheduleReconnect(deviceId);
}

void LocalDevicePrivate::scheduleReconnect(const QString &deviceId)
{
    if (!running || connectionTo(deviceId))
        return;
    const auto all = providers();
    if (std::all_of(all.cbegin(), all.cend(), [&](const LinkProvider *p) { return addressFor(p, deviceId).isEmpty(); }))
        return;
    redialer->schedule(deviceId);
}

QString LocalDevicePrivate::addressFor(const LinkProvider *provider, const QString &deviceId) const
{
    // Proven by a link this run (or heard on the LAN), else what the
    // provider knows.
    if (const Peer *peer = findPeer(deviceId)) {
        if (const QString address = peer->addresses.value(provider->transport()); !address.isEmpty())
            return address;
    }
    return provider->knownAddress(deviceId);
}

void LocalDevicePrivate::dial(LinkProvider *provider, const QString &deviceId, Dial why)
{
    const QString address = addressFor(provider, deviceId);
    if (!provider->isUsable() || address.isEmpty() || dialling.contains(address))
        return;
    if (provider->redialYield().count() > 0) {
        // Where two links between the same devices break each other, a
        // device that said it stopped is left to dial us when it is back
        // (the transport's own sightings are no sign of that: its radio
        // stays on when Tandem stops)...
        if (why == Dial::Redial && redialer->hasLeft(deviceId))
            return;
        // ...a link it is making to us right now is let through rather than
        // crossed (a redial follows should it fail)...
        if (isDiallingUs(provider, address)) {
            qCInfo(lcDevice).noquote() << "not dialling" << deviceId.left(8) << "over" << provider->name()
                                       << "- its own link to us is being set up";
            scheduleReconnect(deviceId);
            return;
        }
        // ...and after a lost link one end waits (Redialer), as it does at
        // start when there was a link, which the peer may be redialling
        // right now (our last run's); a dial asked for meanwhile waits with
        // it, or it would cross the peer's.
        const auto paired = trust()->find(deviceId);
        const bool peerMayRedial
            = why == Dial::Redial || (why == Dial::Start && paired && paired->dialledLastBluetoothLink);
        if (peerMayRedial && redialer->mustYield(profile->deviceId(), deviceId))
            return;
        if (redialer->isYielding(deviceId)) {
            qCInfo(lcDevice).noquote() << "not dialling" << deviceId.left(8) << "over" << provider->name()
                                       << "yet - it dials the link we dialled last";
            return;
        }
    }
    dialAddress(provider, address, deviceId);
}

bool LocalDevicePrivate::isDiallingUs(const LinkProvider *provider, const QString &address) const
{
    if (provider->isHandshakingWith(address))
        return true; // still in TLS
    return std::any_of(handshaking.cbegin(), handshaking.cend(), [&](const PeerConnection *c) {
        const Link *link = c->link();
        return !link->isOutgoing() && link->transport() == provider->transport()
            && link->peerAddress().compare(address, Qt::CaseInsensitive) == 0;
    });
}

void LocalDevicePrivate::dialAddress(LinkProvider *provider, const QString &address, const QString &deviceId)
{
    if (address.isEmpty() || dialling.contains(address))
        return;
    dialling.insert(address, deviceId);
    if (!provider->connectTo(address, deviceId))
        dialling.remove(address);
}

void LocalDevicePrivate::dialAll(const QString &deviceId, Dial why)
{
    // Only what would take over from the link it has, if any.
    const PeerConnection *current = connectionTo(deviceId);
    const int floor = current ? priorityOf(current) : std::numeric_limits<int>::min();
    const auto all = providers();
    for (LinkProvider *provider : all) {
        if (provider->priority() > floor && (provider == all.constFirst() || !connectionTo(deviceId)))
            dial(provider, deviceId, why);
    }
}

void LocalDevice::connectToDevice(const QString &deviceId)
{
    d->dialAll(deviceId, LocalDevicePrivate::Dial::First);
}

void LocalDevice::connectToAddress(const QString &host, quint16 port)
{
    if (d->lan)
        d->dialAddress(d->lan.get(), formatHostPort(host, port), QString());
}

} // namespace Tandem
