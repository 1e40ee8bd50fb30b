#pragma once

#include "bluetoothprovider_p.h"
#include "lanprovider_p.h"
#include "localdevice.h"
#include "localdevice_p.h"
#include "peer_p.h"
#include "redialer_p.h"
#include <Tandem/pairing.h>
#include <Tandem/profile.h>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Tandem {

class TrustStore;

// LocalDevice's state and the coordination between its parts: links come
// from the providers, choices come from LinkChoice, redials from the
// Redialer; what is known of each device is one Peer. The work is split by
// concern over localdevice.cpp (providers and links), localdevice_dialling.cpp
// (which transport to dial, and when), localdevice_pairing.cpp (pairing,
// unpairing, control messages), localdevice_strangers.cpp (the budgets for
// unpaired links) and localdevice_devices.cpp (Peer records, the device list).
class LocalDevicePrivate
{
public:
    static LocalDevicePrivate *get(const LocalDevice *device) { return device->d.get(); }

    LocalDevice *q = nullptr;
    Profile *profile = nullptr;
    LocalDevice::Options options;
    LocalDeviceTestHooks hooks;
    QByteArray instance;
    bool running = false;
    QElapsedTimer clock;

    std::unique_ptr<LanProvider> lan;
    std::unique_ptr<BluetoothProvider> bluetooth;
    std::unique_ptr<LanDiscovery> discovery;
    std::unique_ptr<Redialer> redialer;

    // Every device we hold something about, one record each.
    QHash<QString, Peer> peers;
    // Links still saying hello (any device, or one pretending to be).
    QSet<PeerConnection *> handshaking;
    // Who we are dialling: address -> device id (empty: a manual add).
    QHash<QString, QString> dialling;
    // Unpaired links and when they became so (clock), oldest evicted first.
    QHash<PeerConnection *, qint64> unpairedSince;

    TrustStore *trust() const { return profile->trustStore(); }

    // --- devices (localdevice_devices.cpp)
    Peer *findPeer(const QString &deviceId);
    const Peer *findPeer(const QString &deviceId) const;
    PeerConnection *connectionTo(const QString &deviceId) const;
    Pairing *pairingWith(const QString &deviceId) const;
    QList<PeerConnection *> connectedLinks() const;
    // Drops the device's record if it holds nothing any more.
    void release(const QString &deviceId);
    // The same for every device: pair requests age out by themselves.
    void releaseIdlePeers();

    // --- providers and links (localdevice.cpp)
    // The providers that are up, best first.
    QList<LinkProvider *> providers() const;
    LinkProvider *providerFor(Link::Transport transport) const;
    // The rank of a link's transport (LinkProvider::priority()).
    int priorityOf(const PeerConnection *connection) const;
    void startBluetooth();
    void watch(LinkProvider *provider);
    Protocol::Hello ownHello(const QString &peerDeviceId) const;
    DeviceAnnouncement announcement() const;
    void adoptLink(Link *link);
    void onReady(PeerConnection *connection);
    void onClosed(PeerConnection *connection, const QString &reason);
    // Keeps the unused one of two crossed links open (Peer::parked).
    void parkDuplicate(const QString &deviceId, PeerConnection *connection);

    // --- dialling (localdevice_dialling.cpp)
    QString addressFor(const LinkProvider *provider, const QString &deviceId) const;
    // Why a dial happens: a redial (the link dropped, discovery saw the
    // device, backoff) may be answered by the peer redialling us at the
    // same moment, and so may a dial at start (the peer may be redialling
    // the link our last run left); a first dial (the user or a session
    // asked, pairing, a yield ran out) is ours alone, unless a yield is
    // still waiting for the peer.
    enum class Dial { First, Start, Redial };
    void dial(LinkProvider *provider, const QString &deviceId, Dial why);
    void dialAddress(LinkProvider *provider, const QString &address, const QString &deviceId);
    // Whether `address` is dialling us over the provider's transport: its
    // link is in TLS or saying hello.
    bool isDiallingUs(const LinkProvider *provider, const QString &address) const;
    // Every way we know to reach a device that is better than the link it
    // has: the first link up carries the sessions, and a better one takes
    // over when it comes (see onReady).
    void dialAll(const QString &deviceId, Dial why);
    void onConnectFailed(const QString &address, const QString &reason);
    void scheduleReconnect(const QString &deviceId);

    // --- pairing and control messages (localdevice_pairing.cpp)
    void onControl(PeerConnection *connection, const QString &type, const QCborMap &fields, quint32 streamId);
    void onPairRequest(PeerConnection *connection, const QCborMap &fields);
    void startPairing(PeerConnection *connection, Pairing::Role role, const QCborMap &requestFields = {});
    // Whether a pairing waited for a link to the device (and no longer does).
    bool takePairWhenConnected(const QString &deviceId);
    // Tells a device we unpaired, on the link that now carries its traffic.
    void tellUnpair(PeerConnection *connection);
    void unpairAcknowledged(const QString &deviceId);

    // --- strangers (localdevice_strangers.cpp)
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
};

} // namespace Tandem
