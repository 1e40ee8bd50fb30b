#include "landiscovery.h"

#include "discoverylogging_p.h"
#include "multicastlock_p.h"
#include "sourceratelimiter_p.h"

#include <QHash>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <optional>

namespace Tandem {

// Debug messages (one per datagram) only when asked for, with
// QT_LOGGING_RULES="tandem.discovery.debug=true".
Q_LOGGING_CATEGORY(lcDiscovery, "tandem.discovery", QtInfoMsg)

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// Organisation-local IPv4 group (RFC 2365) and a link-local IPv6 group
// ("tand" in ASCII). Multicast never leaves the link: hop limit 1.
constexpr auto Ipv4MulticastGroup = QLatin1StringView("239.255.116.100");
constexpr auto Ipv6MulticastGroup = QLatin1StringView("ff02::7461:6e64");
constexpr int MulticastHops = 1;

// If nobody has answered this long after the start, the start announcement
// (or every answer) may have been lost - Wi-Fi loses broadcasts far more
// often than unicast - so ask once more rather than wait for the periodic
// round. Peers that did answer are never asked twice.
constexpr auto StartupRepeatDelay = 1s;
// A known peer asking again within this time is not answered again: one
// start announcement arrives several times (broadcast, IPv4 and IPv6
// multicast, several interfaces) and must cost one answer.
constexpr auto ReplyHoldOff = 1s;
// Direct answers in all, whoever asks: spoofed announcements asking for
// answers must not turn us into a traffic amplifier.
constexpr int MaxRepliesPerSecond = 20;
// Datagrams handled per wake-up before returning to the event loop, so that
// a flood cannot starve timers and other sockets.
constexpr int MaxDatagramsPerWakeup = 64;
// Expiry is checked this many times per expiry period, within bounds.
constexpr int SweepsPerExpiry = 4;
constexpr auto MinSweepInterval = 10ms;
constexpr auto MaxSweepInterval = 1000ms;

QHostAddress withoutScope(QHostAddress address)
{
    address.setScopeId(QString());
    return address;
}

} // namespace

class LanDiscoveryPrivate
{
public:
    // One per IP version: the shared listener on the well-known port and
    // this instance's own socket, which sends and receives direct answers.
    struct Sockets
    {
        QUdpSocket *listener = nullptr;
        QUdpSocket *sender = nullptr;
        QSet<QString> joinedInterfaces; // names of interfaces whose group the listener joined
    };

    struct Interface
    {
        int index = 0;
        QString name;
        bool loopback = false;
        bool broadcast = false;
        bool multicast = false;
        QList<QNetworkAddressEntry> entries;
    };

    struct PeerEntry
    {
        LanDiscovery::Peer peer;
        Clock::time_point lastSeen;
        Clock::time_point addressLastHeard; // when peer.address was last heard from
        std::optional<Clock::time_point> lastReply;
        bool paired = false; // Options::isPaired, as of when it was last heard
    };

    LanDiscoveryPrivate(LanDiscovery *q, const DeviceAnnouncement &self, const LanDiscovery::Options &options);

    bool start(QString *error);
    void closeSockets();
    void disposeSocket(QUdpSocket *&socket);
    bool bindSockets(Sockets &sockets, const QHostAddress &any, quint16 port, QString *error);

    void refreshInterfaces();
    void joinGroups(Sockets &sockets, const QHostAddress &group, QAbstractSocket::NetworkLayerProtocol protocol);
    void announce(bool wantsReply);
    void send(QUdpSocket *socket, const QByteArray &bytes, const QHostAddress &to, quint16 port, uint interfaceIndex);

    void onReadyRead(QUdpSocket *socket);
    void handleDatagram(const QNetworkDatagram &datagram);
    bool arrivedOnChosenInterface(const QNetworkDatagram &datagram) const;
    bool isOwnEcho(const QNetworkDatagram &datagram) const;
    void heard(const DeviceAnnouncement &announcement, const QNetworkDatagram &datagram, Clock::time_point now);
    bool isPaired(const QString &deviceId) const;
    std::optional<QString> rowGivingWay(bool paired, const QHostAddress &sender, bool *refused) const;
    void answer(const QNetworkDatagram &datagram, PeerEntry &entry, Clock::time_point now);
    void drop(const QNetworkDatagram &datagram, const QString &why);
    void sweep();

    LanDiscovery *const q;
    DeviceAnnouncement self;
    const LanDiscovery::Options options;
    bool running = false;
    quint16 boundPort = 0;
    int handlerDepth = 0; // > 0 while a socket's readyRead is being handled

    Sockets v4;
    Sockets v6;
    QList<Interface> interfaces; // the chosen interfaces that are up, refreshed at each announcement
    QSet<uint> interfaceIndexes;
    QSet<QHostAddress> localAddresses; // every address of this machine, without scope

    QHash<QString, PeerEntry> peers;
    bool tableFullLogged = false;
    SourceRateLimiter rateLimiter;
    TokenBucket replyBudget;
    int dropped = 0;
    int evicted = 0;

    QTimer *announceTimer;
    QTimer *startupRepeatTimer;
    QTimer *sweepTimer;
    // While running (Android: Wi-Fi passes multicast only with it).
    std::unique_ptr<MulticastLock> multicastLock;
};

LanDiscoveryPrivate::LanDiscoveryPrivate(LanDiscovery *qq, const DeviceAnnouncement &s, const LanDiscovery::Options &o)
    : q(qq)
    , self(s)
    , options(o)
    , rateLimiter(o.maxAnnouncementsPerSecondPerSource)
    , replyBudget(MaxRepliesPerSecond, Clock::now())
    , announceTimer(new QTimer(qq))
    , startupRepeatTimer(new QTimer(qq))
    , sweepTimer(new QTimer(qq))
{
    self.wantsReply = false;
    announceTimer->setInterval(std::max(options.announceInterval, std::chrono::milliseconds(1)));
    startupRepeatTimer->setSingleShot(true);
    startupRepeatTimer->setInterval(StartupRepeatDelay);
    sweepTimer->setInterval(std::clamp(std::chrono::milliseconds(options.expiry / SweepsPerExpiry),
                                       std::chrono::milliseconds(MinSweepInterval),
                                       std::chrono::milliseconds(MaxSweepInterval)));
    QObject::connect(announceTimer, &QTimer::timeout, q, [this] { announce(false); });
    QObject::connect(startupRepeatTimer, &QTimer::timeout, q, [this] {
        if (peers.isEmpty())
            announce(true);
    });
    QObject::connect(sweepTimer, &QTimer::timeout, q, [this] { sweep(); });
}

bool LanDiscoveryPrivate::bindSockets(Sockets &sockets, const QHostAddress &any, quint16 port, QString *error)
{
    sockets.listener = new QUdpSocket(q);
    sockets.sender = new QUdpSocket(q);
    // Address sharing lets several instances on one machine listen on the
    // well-known port; broadcasts and multicasts reach each of them.
    if (!sockets.listener->bind(any, port, QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        *error = QStringLiteral("cannot listen on UDP port %1 (%2): %3")
                     .arg(port)
                     .arg(any.toString(), sockets.listener->errorString());
        return false;
    }
    if (!sockets.sender->bind(any, 0)) {
        *error = QStringLiteral("cannot open a UDP socket (%1): %2").arg(any.toString(), sockets.sender->errorString());
        return false;
    }
    sockets.sender->setSocketOption(QAbstractSocket::MulticastTtlOption, MulticastHops);
    for (QUdpSocket *socket : {sockets.listener, sockets.sender})
        QObject::connect(socket, &QUdpSocket::readyRead, q, [this, socket] { onReadyRead(socket); });
    return true;
}

bool LanDiscoveryPrivate::start(QString *error)
{
    QString why;
    if (const QString invalid = self.validationError(); !invalid.isEmpty()) {
        why = QStringLiteral("cannot announce this device: %1").arg(invalid);
    } else if (bindSockets(v4, QHostAddress(QHostAddress::AnyIPv4), options.port, &why)) {
        boundPort = v4.listener->localPort();
        if (options.ipv6 && !bindSockets(v6, QHostAddress(QHostAddress::AnyIPv6), boundPort, &why)) {
            // Hosts with IPv6 disabled still discover over IPv4.
            qCInfo(lcDiscovery) << "IPv6 discovery unavailable:" << why;
            why.clear();
            disposeSocket(v6.listener);
            disposeSocket(v6.sender);
        }
    }
    if (!why.isEmpty()) {
        qCWarning(lcDiscovery) << why;
        if (error)
            *error = why;
        closeSockets();
        return false;
    }

    running = true;
    multicastLock = std::make_unique<MulticastLock>();
    qCInfo(lcDiscovery) << "discovery started on UDP port" << boundPort << "interfaces"
                        << (options.interfaces.isEmpty() ? QStringList{QStringLiteral("(all)")} : options.interfaces);
    announce(true);
    startupRepeatTimer->start();
    announceTimer->start();
    sweepTimer->start();
    return true;
}

// A socket is deleted at once, unless its own readyRead is being handled
// further up the stack (a slot called stop() or deleted us).
void LanDiscoveryPrivate::disposeSocket(QUdpSocket *&socket)
{
    if (!socket)
        return;
    QObject::disconnect(socket, nullptr, q, nullptr);
    socket->close();
    if (handlerDepth > 0) {
        socket->setParent(nullptr);
        socket->deleteLater();
    } else {
        delete socket;
    }
    socket = nullptr;
}

void LanDiscoveryPrivate::closeSockets()
{
    for (Sockets *sockets : {&v4, &v6}) {
        disposeSocket(sockets->listener);
        disposeSocket(sockets->sender);
        sockets->joinedInterfaces.clear();
    }
    boundPort = 0;
}

void LanDiscoveryPrivate::refreshInterfaces()
{
    interfaces.clear();
    interfaceIndexes.clear();
    localAddresses.clear();
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        const auto entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries)
            localAddresses.insert(withoutScope(entry.ip()));
        const auto flags = iface.flags();
        if (!flags.testFlags(QNetworkInterface::IsUp | QNetworkInterface::IsRunning))
            continue;
        if (!options.interfaces.isEmpty() && !options.interfaces.contains(iface.name()))
            continue;
        interfaces.append({iface.index(), iface.name(), flags.testFlag(QNetworkInterface::IsLoopBack),
                           flags.testFlag(QNetworkInterface::CanBroadcast),
                           flags.testFlag(QNetworkInterface::CanMulticast), entries});
        if (iface.index() > 0)
            interfaceIndexes.insert(uint(iface.index()));
    }
    if (interfaces.isEmpty())
        qCDebug(lcDiscovery) << "no chosen interface is up" << options.interfaces;
}

void LanDiscoveryPrivate::joinGroups(Sockets &sockets, const QHostAddress &group,
                                     QAbstractSocket::NetworkLayerProtocol protocol)
{
    if (!sockets.listener)
        return;
    QSet<QString> present;
    for (const Interface &iface : std::as_const(interfaces)) {
        const bool hasAddress = std::any_of(iface.entries.cbegin(), iface.entries.cend(),
                                            [&](const auto &entry) { return entry.ip().protocol() == protocol; });
        if (!iface.multicast || !hasAddress)
            continue;
        present.insert(iface.name);
        if (sockets.joinedInterfaces.contains(iface.name))
            continue;
        if (sockets.listener->joinMulticastGroup(group, QNetworkInterface::interfaceFromIndex(iface.index)))
            sockets.joinedInterfaces.insert(iface.name);
        else
            qCDebug(lcDiscovery) << "cannot join" << group << "on" << iface.name << sockets.listener->errorString();
    }
    // An interface that went away is joined again when it comes back.
    sockets.joinedInterfaces.intersect(present);
}

void LanDiscoveryPrivate::announce(bool wantsReply)
{
    if (!running)
        return;
    refreshInterfaces();
    joinGroups(v4, QHostAddress(Ipv4MulticastGroup), QAbstractSocket::IPv4Protocol);
    joinGroups(v6, QHostAddress(Ipv6MulticastGroup), QAbstractSocket::IPv6Protocol);

    DeviceAnnouncement announcement = self;
    announcement.wantsReply = wantsReply;
    const QByteArray bytes = announcement.encode();
    if (bytes.isEmpty()) {
        qCWarning(lcDiscovery) << "cannot announce:" << announcement.validationError();
        return;
    }
    for (const Interface &iface : std::as_const(interfaces)) {
        QSet<QHostAddress> broadcasts;
        bool hasIpv4 = false;
        bool hasIpv6 = false;
        for (const QNetworkAddressEntry &entry : iface.entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv6Protocol) {
                hasIpv6 = true;
                continue;
            }
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            hasIpv4 = true;
            // Loopback has no broadcast flag, yet its directed broadcast
            // (127.255.255.255) reaches every socket bound to the port:
            // that is how instances on one machine find each other.
            if (!iface.broadcast && !iface.loopback)
                continue; // point-to-point links, tunnels
            QHostAddress broadcast = entry.broadcast();
            if (broadcast.isNull() && iface.loopback && entry.prefixLength() > 0 && entry.prefixLength() < 32) {
                const quint32 hostMask = 0xffffffffu >> entry.prefixLength();
                broadcast = QHostAddress(entry.ip().toIPv4Address() | hostMask);
            }
            if (!broadcast.isNull())
                broadcasts.insert(broadcast);
        }
        for (const QHostAddress &broadcast : std::as_const(broadcasts))
            send(v4.sender, bytes, broadcast, boundPort, iface.index);
        if (iface.multicast && hasIpv4)
            send(v4.sender, bytes, QHostAddress(Ipv4MulticastGroup), boundPort, iface.index);
        if (iface.multicast && hasIpv6 && v6.sender) {
            QHostAddress group(Ipv6MulticastGroup);
            group.setScopeId(iface.name);
            send(v6.sender, bytes, group, boundPort, iface.index);
        }
    }
}

// Every datagram names its outgoing interface, so nothing leaves by an
// interface that was not chosen, whatever the routing table says.
void LanDiscoveryPrivate::send(QUdpSocket *socket, const QByteArray &bytes, const QHostAddress &to, quint16 port,
                               uint interfaceIndex)
{
    if (!socket)
        return;
    QNetworkDatagram datagram(bytes, to, port);
    datagram.setInterfaceIndex(interfaceIndex);
    if (socket->writeDatagram(datagram) < 0) {
        qCDebug(lcDiscovery) << "cannot send to" << to << "port" << port << "on interface" << interfaceIndex << ":"
                             << socket->errorString();
        return;
    }
    qCDebug(lcDiscovery) << "sent" << bytes.size() << "bytes to" << to << "port" << port << "on interface"
                         << QNetworkInterface::interfaceNameFromIndex(int(interfaceIndex));
}

void LanDiscoveryPrivate::onReadyRead(QUdpSocket *socket)
{
    const QPointer<LanDiscovery> guard(q);
    const QPointer<QUdpSocket> alive(socket);
    ++handlerDepth;
    for (int i = 0; i < MaxDatagramsPerWakeup; ++i) {
        if (!alive || !running || !socket->hasPendingDatagrams())
            break;
        // One byte more than allowed, so that an oversize datagram is seen
        // as such (and refused) without ever reading more.
        handleDatagram(socket->receiveDatagram(DeviceAnnouncement::MaxSize + 1));
        if (!guard)
            return; // a slot deleted us: touch nothing
    }
    --handlerDepth;
}

void LanDiscoveryPrivate::handleDatagram(const QNetworkDatagram &datagram)
{
    if (!datagram.isValid() || !arrivedOnChosenInterface(datagram) || isOwnEcho(datagram))
        return;
    const auto now = Clock::now();
    if (!rateLimiter.allow(datagram.senderAddress(), now))
        return drop(datagram, QStringLiteral("rate-limited"));
    QString why;
    const auto announcement = DeviceAnnouncement::decode(datagram.data(), &why);
    if (!announcement)
        return drop(datagram, why);
    if (announcement->deviceId == self.deviceId)
        return; // ours, heard by another path
    heard(*announcement, datagram, now);
}

bool LanDiscoveryPrivate::arrivedOnChosenInterface(const QNetworkDatagram &datagram) const
{
    if (options.interfaces.isEmpty())
        return true;
    if (datagram.interfaceIndex() != 0)
        return interfaceIndexes.contains(datagram.interfaceIndex());
    // No packet information on this platform: accept only senders on the
    // subnet of a chosen interface.
    const QHostAddress sender = datagram.senderAddress();
    for (const Interface &iface : interfaces) {
        for (const QNetworkAddressEntry &entry : iface.entries) {
            if (sender.isInSubnet(entry.ip(), entry.prefixLength()))
                return true;
        }
    }
    return false;
}

// Our own broadcasts and multicasts come back to our listener: from one of
// this machine's addresses and our sender's port. Skipped before rate
// limiting, so that they never use up the budget of other instances on
// this machine, which share the source address.
bool LanDiscoveryPrivate::isOwnEcho(const QNetworkDatagram &datagram) const
{
    const QHostAddress sender = datagram.senderAddress();
    const QUdpSocket *ownSender = sender.protocol() == QAbstractSocket::IPv6Protocol ? v6.sender : v4.sender;
    return ownSender && datagram.senderPort() == ownSender->localPort()
        && localAddresses.contains(withoutScope(sender));
}

void LanDiscoveryPrivate::heard(const DeviceAnnouncement &announcement, const QNetworkDatagram &datagram,
                                Clock::time_point now)
{
    DeviceAnnouncement claim = announcement;
    claim.wantsReply = false; // a request, not a property of the peer
    const QHostAddress sender = datagram.senderAddress();

    auto it = peers.find(claim.deviceId);
    if (it == peers.end()) {
        const bool paired = isPaired(claim.deviceId);
        bool refused = false;
        const std::optional<QString> givesWay = rowGivingWay(paired, sender, &refused);
        if (refused || (givesWay && peers.size() >= LanDiscovery::MaxKnownPeers)) {
            if (!tableFullLogged) {
                qCWarning(lcDiscovery).noquote()
                    << (refused ? QStringLiteral("ignoring new peers: %1 paired devices fill the table")
                                : QStringLiteral("%1 peers known: each new one takes the row of the least recently "
                                                 "heard unpaired one"))
                           .arg(LanDiscovery::MaxKnownPeers);
            }
            tableFullLogged = true;
        }
        if (refused) {
            ++dropped;
            return;
        }
        if (givesWay) {
            peers.remove(*givesWay);
            ++evicted;
            qCDebug(lcDiscovery) << "forgot" << *givesWay << "to make room for" << claim.deviceId << "from" << sender;
            const QPointer<LanDiscovery> guard(q);
            Q_EMIT q->peerLost(*givesWay);
            if (!guard || !running)
                return; // a slot stopped or deleted us
        }
        PeerEntry entry{{claim, sender, QDateTime::currentDateTimeUtc()}, now, now, std::nullopt, paired};
        if (announcement.wantsReply)
            answer(datagram, entry, now);
        peers.insert(claim.deviceId, entry);
        qCDebug(lcDiscovery) << "found" << claim.name << claim.deviceId << "at" << sender;
        Q_EMIT q->peerFound(entry.peer);
        return;
    }

    PeerEntry &entry = *it;
    entry.paired = isPaired(claim.deviceId); // pairing may have changed since
    bool changed = false;
    if (entry.peer.announcement != claim) {
        entry.peer.announcement = claim;
        changed = true;
    }
    // A peer is often heard on several addresses (IPv4 and IPv6, loopback
    // and LAN on one machine). Keep the one we have while it stays alive,
    // so the address does not flap; move when it has gone quiet.
    if (sender == entry.peer.address) {
        entry.addressLastHeard = now;
    } else if (now - entry.addressLastHeard > options.expiry / 2) {
        entry.peer.address = sender;
        entry.addressLastHeard = now;
        changed = true;
    }
    entry.lastSeen = now;
    entry.peer.lastSeen = QDateTime::currentDateTimeUtc();
    // Answer only a peer that has not been answered lately: one that
    // restarted asks again, and copies of one request cost one answer.
    if (announcement.wantsReply && (!entry.lastReply || now - *entry.lastReply >= ReplyHoldOff))
        answer(datagram, entry, now);
    if (changed) {
        const LanDiscovery::Peer peer = entry.peer; // a slot may change the table
        qCDebug(lcDiscovery) << "changed" << peer.announcement.name << peer.announcement.deviceId << "at"
                             << peer.address;
        Q_EMIT q->peerChanged(peer);
    }
}

bool LanDiscoveryPrivate::isPaired(const QString &deviceId) const
{
    return options.isPaired && options.isPaired(deviceId);
}

// The row a new peer heard from `sender` takes, if it must take one: the
// least recently heard stranger from the same address once that address
// holds MaxPeersPerSource strangers, else, with the table full, the least
// recently heard stranger of all. A paired newcomer is not bound by its
// address (it is a device the user chose) and a paired row never gives
// way; `refused` when no row can.
std::optional<QString> LanDiscoveryPrivate::rowGivingWay(bool paired, const QHostAddress &sender, bool *refused) const
{
    *refused = false;
    const bool full = peers.size() >= LanDiscovery::MaxKnownPeers;
    int fromSender = 0;
    std::optional<QString> oldestFromSender;
    std::optional<QString> oldest;
    Clock::time_point oldestFromSenderSeen;
    Clock::time_point oldestSeen;
    for (auto it = peers.cbegin(); it != peers.cend(); ++it) {
        if (it->paired)
            continue;
        if (!oldest || it->lastSeen < oldestSeen) {
            oldest = it.key();
            oldestSeen = it->lastSeen;
        }
        if (it->peer.address != sender)
            continue;
        ++fromSender;
        if (!oldestFromSender || it->lastSeen < oldestFromSenderSeen) {
            oldestFromSender = it.key();
            oldestFromSenderSeen = it->lastSeen;
        }
    }
    if (!paired && fromSender >= LanDiscovery::MaxPeersPerSource)
        return oldestFromSender;
    if (!full)
        return std::nullopt;
    if (!oldest)
        *refused = true;
    return oldest;
}

// Straight back to where the request came from, by the interface it came in
// on, from our own socket (whose port the peer then knows).
void LanDiscoveryPrivate::answer(const QNetworkDatagram &datagram, PeerEntry &entry, Clock::time_point now)
{
    if (!replyBudget.take(now)) {
        qCDebug(lcDiscovery) << "not answering" << datagram.senderAddress() << ": too many requests";
        return;
    }
    const bool ipv6 = datagram.senderAddress().protocol() == QAbstractSocket::IPv6Protocol;
    send(ipv6 ? v6.sender : v4.sender, self.encode(), datagram.senderAddress(), quint16(datagram.senderPort()),
         datagram.interfaceIndex());
    entry.lastReply = now;
}

void LanDiscoveryPrivate::drop(const QNetworkDatagram &datagram, const QString &why)
{
    ++dropped;
    qCDebug(lcDiscovery) << "dropped a datagram of" << datagram.data().size() << "bytes from"
                         << datagram.senderAddress() << ":" << why;
}

void LanDiscoveryPrivate::sweep()
{
    const auto now = Clock::now();
    QStringList lost;
    for (auto it = peers.begin(); it != peers.end();) {
        if (now - it->lastSeen > options.expiry) {
            lost.append(it.key());
            it = peers.erase(it);
        } else {
            ++it;
        }
    }
    if (peers.size() < LanDiscovery::MaxKnownPeers)
        tableFullLogged = false;
    rateLimiter.forgetIdle(now);

    const QPointer<LanDiscovery> guard(q);
    for (const QString &deviceId : std::as_const(lost)) {
        qCDebug(lcDiscovery) << "lost" << deviceId;
        Q_EMIT q->peerLost(deviceId);
        if (!guard)
            return;
    }
}

bool LanDiscovery::isLoopbackOnly(const QStringList &interfaces)
{
    // By flag, not by name: loopback is "lo" on Linux, "lo0" on macOS and
    // the BSDs, and named otherwise on Windows.
    return !interfaces.isEmpty() && std::all_of(interfaces.cbegin(), interfaces.cend(), [](const QString &name) {
        return QNetworkInterface::interfaceFromName(name).flags().testFlag(QNetworkInterface::IsLoopBack);
    });
}

QString LanDiscovery::loopbackInterface()
{
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        const QNetworkInterface::InterfaceFlags flags = iface.flags();
        if (flags.testFlag(QNetworkInterface::IsLoopBack) && flags.testFlag(QNetworkInterface::IsUp))
            return iface.name();
    }
    return {};
}

LanDiscovery::LanDiscovery(const DeviceAnnouncement &self, const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LanDiscoveryPrivate>(this, self, options))
{ }

LanDiscovery::~LanDiscovery()
{
    d->running = false;
    d->closeSockets();
}

bool LanDiscovery::start(QString *error)
{
    if (d->running)
        return true;
    return d->start(error);
}

void LanDiscovery::stop()
{
    if (!d->running)
        return;
    d->running = false;
    d->announceTimer->stop();
    d->startupRepeatTimer->stop();
    d->sweepTimer->stop();
    d->closeSockets();
    d->multicastLock.reset();
    const QStringList ids = d->peers.keys();
    d->peers.clear();
    qCInfo(lcDiscovery) << "discovery stopped";

    const QPointer<LanDiscovery> guard(this);
    for (const QString &deviceId : ids) {
        Q_EMIT peerLost(deviceId);
        if (!guard)
            return;
    }
}

bool LanDiscovery::isRunning() const
{
    return d->running;
}

void LanDiscovery::setSelf(const DeviceAnnouncement &self)
{
    if (const QString invalid = self.validationError(); !invalid.isEmpty()) {
        qCWarning(lcDiscovery) << "keeping the previous announcement:" << invalid;
        return;
    }
    DeviceAnnouncement normalized = self;
    normalized.wantsReply = false;
    if (normalized == d->self)
        return;
    d->self = normalized;
    d->announce(false);
}

DeviceAnnouncement LanDiscovery::self() const
{
    return d->self;
}

void LanDiscovery::announceNow()
{
    d->announce(false);
}

QList<LanDiscovery::Peer> LanDiscovery::peers() const
{
    QList<Peer> result;
    result.reserve(d->peers.size());
    for (const auto &entry : std::as_const(d->peers))
        result.append(entry.peer);
    return result;
}

quint16 LanDiscovery::port() const
{
    return d->running ? d->boundPort : d->options.port;
}

LanDiscovery::Options LanDiscovery::options() const
{
    return d->options;
}

int LanDiscovery::droppedAnnouncements() const
{
    return d->dropped;
}

int LanDiscovery::evictedPeers() const
{
    return d->evicted;
}

} // namespace Tandem
