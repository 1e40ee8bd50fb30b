#pragma once

#include "deviceannouncement.h"
#include <Tandem/tandem_export.h>

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace Tandem {

class LanDiscoveryPrivate;

// Finds other Tandem devices on the local networks. Each instance announces
// itself (a DeviceAnnouncement) by UDP broadcast and multicast on every
// chosen interface, at start and then periodically, and listens for the
// announcements of others on a shared well-known port. A device that starts
// asks to be answered, and is answered directly, so that two devices see
// each other at once rather than after the next periodic round.
//
// Several instances can run on one machine: the well-known port is bound
// with address sharing, and each instance sends from (and receives direct
// answers on) its own ephemeral port.
//
// Announcements are hints: nothing in them is trusted, the TLS link proves
// who a peer is. They are bounded (DeviceAnnouncement::MaxSize), rate-limited
// per source address and the table of peers is bounded (MaxKnownPeers, of
// which one source address holds at most MaxPeersPerSource strangers). A
// full table does not blind discovery: a new peer takes the row of the
// least recently heard stranger (peerLost for it), and paired devices
// (Options::isPaired) are never evicted.
class TANDEM_EXPORT LanDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 47316;
    static constexpr int DefaultMaxAnnouncementsPerSecondPerSource = 10;
    // The table's bound: far more devices than one link-local network
    // shows a user, and a few hundred KiB at most. When it is full, a new
    // peer evicts the least recently heard unpaired one (a flood of fake
    // ids must not hide a device that starts later); it is refused only
    // when every row is a paired device's.
    static constexpr int MaxKnownPeers = 256;
    // Unpaired rows one source address may hold: one machine runs a few
    // Tandem instances at most (one per user session; tests and benches a
    // handful on loopback), all behind its one address. Beyond it that
    // address's own least recently heard stranger gives way, so one
    // address (or three, as in issue 14) cannot take the table: filling it
    // takes MaxKnownPeers / MaxPeersPerSource = 16 addresses.
    static constexpr int MaxPeersPerSource = 16;

    struct Options
    {
        // User-provided (not "= default") so that the default argument of
        // the constructor below compiles: GCC needs the member initializers
        // of an aggregate before the end of the enclosing class.
        Options() { } // NOLINT(modernize-use-equals-default)

        quint16 port = DefaultPort; // UDP port announcements go to and are listened for on
        // Interface names to use (e.g. {"lo"}); empty = every up interface
        // (incl. loopback). Nothing is sent or accepted on any other.
        QStringList interfaces;
        std::chrono::milliseconds announceInterval{5000}; // periodic re-announcement
        std::chrono::milliseconds expiry{15000}; // a peer silent this long is lost
        int maxAnnouncementsPerSecondPerSource = DefaultMaxAnnouncementsPerSecondPerSource; // at least 1
        bool ipv6 = true; // IPv6 multicast ff02::/16 group too (on interfaces that support multicast)
        // Whether a device id is paired (null: none is). A paired device's
        // row is never evicted for another peer, and is admitted to a full
        // table by evicting a stranger's. Asked when a peer is heard.
        std::function<bool(const QString &deviceId)> isPaired;
    };

    struct Peer
    {
        DeviceAnnouncement announcement; // as last heard; wantsReply is always false here
        QHostAddress address; // where it was heard from (connect to address:announcement.tcpPort)
        QDateTime lastSeen; // UTC

        friend bool operator==(const Peer &, const Peer &) = default;
    };

    explicit LanDiscovery(const DeviceAnnouncement &self, const Options &options = {}, QObject *parent = nullptr);
    ~LanDiscovery() override;

    bool start(QString *error); // binds sockets, joins groups, announces at once with wantsReply
    // Closes the sockets and forgets every peer (peerLost for each).
    void stop();
    bool isRunning() const;
    // E.g. renamed or port changed: announce again now. An invalid
    // announcement is refused with a warning and the previous one kept.
    void setSelf(const DeviceAnnouncement &self);
    DeviceAnnouncement self() const;
    void announceNow();
    QList<Peer> peers() const;
    quint16 port() const;
    Options options() const;

    // Counters for tests and diagnostics:
    // rate-limited, oversize or invalid, or from a new peer while every row
    // is a paired device's
    int droppedAnnouncements() const;
    // Peers forgotten to make room for another (table full, or their source
    // address at MaxPeersPerSource)
    int evictedPeers() const;

Q_SIGNALS:
    void peerFound(const Tandem::LanDiscovery::Peer &peer);
    void peerChanged(const Tandem::LanDiscovery::Peer &peer); // name, type, port, protocol or address changed
    void peerLost(const QString &deviceId);

private:
    friend class LanDiscoveryPrivate;
    std::unique_ptr<LanDiscoveryPrivate> d;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::LanDiscovery::Peer)
