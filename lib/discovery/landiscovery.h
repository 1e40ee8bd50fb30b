#pragma once

#include "deviceannouncement.h"
#include "tandem_export.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
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
// per source address and the table of peers is bounded (MaxKnownPeers).
class TANDEM_EXPORT LanDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 47316;
    static constexpr int DefaultMaxAnnouncementsPerSecondPerSource = 10;
    static constexpr int MaxKnownPeers = 256; // bound the table; beyond it new peers are ignored (log once)

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
    // rate-limited, oversize or invalid, or from a new peer while the table is full
    int droppedAnnouncements() const;

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
