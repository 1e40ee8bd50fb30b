#include "devicelogging_p.h"
#include "localdeviceprivate_p.h"
#include <Tandem/controlmessage.h>
#include <Tandem/peerconnection.h>
#include <Tandem/truststore.h>

// Pairing, unpairing and the control messages LocalDevice routes.

namespace Tandem {

namespace {

constexpr QLatin1StringView UnpairType{"unpair"};
// The answer to "unpair": the peer has forgotten us. Older peers never send
// it; they still learn at the next link from the hello's pairedWithYou.
constexpr QLatin1StringView UnpairAckType{"unpair-ack"};
constexpr QLatin1StringView ErrorType{"error"};
// What of a refused message's type goes back in the refusal.
constexpr qsizetype MaxRefusedTypeLength = 64;

} // namespace

void LocalDevicePrivate::tellUnpair(PeerConnection *connection)
{
    qCDebug(lcDevice).noquote() << "telling" << connection->peerDeviceId().left(8) << "it was unpaired";
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

bool LocalDevicePrivate::takePairWhenConnected(const QString &deviceId)
{
    Peer *peer = findPeer(deviceId);
    if (!peer || !std::exchange(peer->pairWhenConnected, false))
        return false;
    release(deviceId);
    return true;
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
        refusal.insert(QLatin1StringView("code"), int(Protocol::RefusalCode::NotPaired));
        refusal.insert(QLatin1StringView("reason"), QStringLiteral("not paired: pair with this device first"));
        refusal.insert(QLatin1StringView("refusedType"), type.left(MaxRefusedTypeLength));
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
                         if (const LinkProvider *provider = providerFor(connection->link()->transport()))
                             provider->describePairing(&device, *connection->link());
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
    // The best transport that knows where the device is.
    const auto all = d->providers();
    const auto via = std::find_if(all.cbegin(), all.cend(), [&](const LinkProvider *p) {
        return p->isUsable() && !d->addressFor(p, deviceId).isEmpty();
    });
    if (via == all.cend()) {
        *error = tr("The device is not reachable: it was not seen on the network or over Bluetooth.");
        return false;
    }
    d->peers[deviceId].pairWhenConnected = true;
    d->dial(*via, deviceId, LocalDevicePrivate::Dial::First);
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

} // namespace Tandem
