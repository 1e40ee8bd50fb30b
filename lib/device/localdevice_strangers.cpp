#include "localdeviceprivate_p.h"
#include <Tandem/peerconnection.h>
#include <Tandem/truststore.h>

#include <QPointer>
#include <QTimer>

// The budgets for links from devices we are not paired with (see
// docs/resource-model.md): a share per source, a total, the oldest making
// room, and a lifetime.

namespace Tandem {

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

} // namespace Tandem
