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

/*!
    \class Tandem::LanDiscovery
    \inmodule Tandem
    \inheaderfile Tandem/landiscovery.h

    \brief Finds other Tandem devices on the local networks.

    Each instance announces itself (a DeviceAnnouncement) by UDP broadcast and multicast on
    every chosen interface, at start and then periodically, and listens for the
    announcements of others on a shared well-known port. A device that starts
    asks to be answered, and is answered directly, so that two devices see each
    other at once rather than after the next periodic round. Several instances
    can run on one machine: the well-known port is bound with address sharing,
    and each instance sends from (and receives direct answers on) its own
    ephemeral port. Announcements are hints: nothing in them is trusted, the TLS
    link proves who a peer is. They are bounded (DeviceAnnouncement::MaxSize),
    rate-limited per source address and the table of peers is bounded
    (MaxKnownPeers, of which one source address holds at most MaxPeersPerSource
    strangers). A full table does not blind discovery: a new peer takes the row
    of the least recently heard stranger (peerLost for it), and paired devices
    (Options::isPaired) are never evicted.
*/
class TANDEM_EXPORT LanDiscovery : public QObject
{
    Q_OBJECT

public:
    /*!
        \variable Tandem::LanDiscovery::DefaultPort
        \brief The well-known UDP port: 47316.
    */
    static constexpr quint16 DefaultPort = 47316;
    /*!
        \variable Tandem::LanDiscovery::DefaultMaxAnnouncementsPerSecondPerSource
        \brief Announcements taken per second from one source address unless
        Options::maxAnnouncementsPerSecondPerSource says otherwise: 10.
    */
    static constexpr int DefaultMaxAnnouncementsPerSecondPerSource = 10;
    /*!
        \variable Tandem::LanDiscovery::MaxKnownPeers
        \brief The most peers the table holds: 256.

        The table's bound: far more devices than one link-local network shows a
        user, and a few hundred KiB at most. When it is full, a new peer evicts
        the least recently heard unpaired one (a flood of fake ids must not hide
        a device that starts later); it is refused only when every row is a
        paired device's.
    */
    static constexpr int MaxKnownPeers = 256;
    /*!
        \variable Tandem::LanDiscovery::MaxPeersPerSource
        \brief The most unpaired peers one source address holds: 16.

        Unpaired rows one source address may hold: one machine runs a few Tandem
        instances at most (one per user session; tests and benches a handful on
        loopback), all behind its one address. Beyond it that address's own
        least recently heard stranger gives way, so one address (or three, as in
        issue 14) cannot take the table: filling it takes MaxKnownPeers /
        MaxPeersPerSource = 16 addresses.
    */
    static constexpr int MaxPeersPerSource = 16;

    /*!
        \fn bool Tandem::LanDiscovery::isLoopbackOnly(const QStringList &interfaces)

        Returns \c true if \a interfaces (as in Options::interfaces) names
        at least one interface and every one it names is a loopback
        interface of this machine, by its \c QNetworkInterface::IsLoopBack
        flag rather than its name (\c lo on Linux, \c lo0 on macOS, another
        on Windows). A name no interface has is not loopback. A device so
        restricted can keep everything on the machine: its links may listen
        on loopback alone, and it should use no radio.
    */
    static bool isLoopbackOnly(const QStringList &interfaces);
    /*!
        \fn QString Tandem::LanDiscovery::loopbackInterface()

        Returns the name of this machine's loopback interface (the first
        that is up and flagged \c QNetworkInterface::IsLoopBack), for
        Options::interfaces; empty where there is none.
    */
    static QString loopbackInterface();

    /*!
        \struct Tandem::LanDiscovery::Options
        \inmodule Tandem
        \inheaderfile Tandem/landiscovery.h

        \brief Where and how often LanDiscovery announces and listens.
    */
    struct Options
    {
        /*!
            \fn Tandem::LanDiscovery::Options::Options()

            Constructs the default options.
        */
        // User-provided (not "= default") so that the default argument of the
        // constructor below compiles: GCC needs the member initializers of an
        // aggregate before the end of the enclosing class.
        Options() { } // NOLINT(modernize-use-equals-default)

        /*!
            \variable Tandem::LanDiscovery::Options::port

            \brief The UDP port announcements go to and are listened for on
            (DefaultPort).
        */
        quint16 port = DefaultPort;
        /*!
            \variable Tandem::LanDiscovery::Options::interfaces

            \brief The interfaces to use, by name (e.g. {"lo"}); empty: every
            interface that is up, loopback included. Nothing is sent or
            accepted on any other.
        */
        QStringList interfaces;
        /*!
            \variable Tandem::LanDiscovery::Options::announceInterval

            \brief How often the device announces itself again: 5 s.
        */
        std::chrono::milliseconds announceInterval{5000};
        /*!
            \variable Tandem::LanDiscovery::Options::expiry

            \brief How long a peer may be silent before it is lost: 15 s.
        */
        std::chrono::milliseconds expiry{15000};
        /*!
            \variable Tandem::LanDiscovery::Options::maxAnnouncementsPerSecondPerSource
            \brief Announcements taken per second from one source address (at
            least 1); the rest are dropped.
        */
        int maxAnnouncementsPerSecondPerSource = DefaultMaxAnnouncementsPerSecondPerSource;
        /*!
            \variable Tandem::LanDiscovery::Options::ipv6

            \brief Whether to use an IPv6 multicast group (ff02::/16) too, on
            interfaces that support multicast.
        */
        bool ipv6 = true;
        /*!
            \variable Tandem::LanDiscovery::Options::isPaired

            \brief Tells whether a device id is paired (null: none is).

            A paired device's row
            is never evicted for another peer, and is admitted to a full table
            by evicting a stranger's. Asked when a peer is heard.
        */
        std::function<bool(const QString &deviceId)> isPaired;
    };

    /*!
        \struct Tandem::LanDiscovery::Peer
        \inmodule Tandem
        \inheaderfile Tandem/landiscovery.h

        \brief A device heard on the network: what it announced, from where,
        and when. A plain value.
    */
    struct Peer
    {
        /*!
            \variable Tandem::LanDiscovery::Peer::announcement

            \brief Its announcement, as last heard;
            DeviceAnnouncement::wantsReply is always false here.
        */
        DeviceAnnouncement announcement;
        /*!
            \variable Tandem::LanDiscovery::Peer::address

            \brief Where it was heard from: connect to this address, at
            DeviceAnnouncement::tcpPort.
        */
        QHostAddress address;
        /*!
            \variable Tandem::LanDiscovery::Peer::lastSeen
            \brief When it was last heard (UTC).
        */
        QDateTime lastSeen;

        friend bool operator==(const Peer &, const Peer &) = default;
    };

    /*!
        \fn Tandem::LanDiscovery::LanDiscovery(const Tandem::DeviceAnnouncement &self, const Tandem::LanDiscovery::Options &options, QObject *parent)

        Constructs a discovery that will announce \a self, with \a options,
        as a child of \a parent. Nothing happens until start().
    */
    explicit LanDiscovery(const DeviceAnnouncement &self, const Options &options = {}, QObject *parent = nullptr);
    /*!
        \fn Tandem::LanDiscovery::~LanDiscovery()

        Stops and destroys the discovery.
    */
    ~LanDiscovery() override;

    /*!
        \fn bool Tandem::LanDiscovery::start(QString *error)

        Binds the sockets, joins the multicast groups and announces at once
        with DeviceAnnouncement::wantsReply. Returns \c false with \a error
        (may be null) set when this device's announcement is invalid or the
        IPv4 sockets could not be bound; without IPv6 it goes on over IPv4.
    */
    bool start(QString *error);
    /*!
        \fn void Tandem::LanDiscovery::stop()

        Closes the sockets and forgets every peer (peerLost for each).
    */
    void stop();
    /*!
        \fn bool Tandem::LanDiscovery::isRunning() const

        Returns \c true between start() and stop().
    */
    bool isRunning() const;
    /*!
        \fn void Tandem::LanDiscovery::setSelf(const Tandem::DeviceAnnouncement &self)

        Replaces this device's announcement with \a self (e.g. renamed, or
        the port changed) and announces it now. An invalid announcement is
        refused with a warning and the previous one kept.
    */
    void setSelf(const DeviceAnnouncement &self);
    /*!
        \fn Tandem::DeviceAnnouncement Tandem::LanDiscovery::self() const

        Returns this device's announcement.
    */
    DeviceAnnouncement self() const;
    /*!
        \fn void Tandem::LanDiscovery::announceNow()

        Announces this device now, besides the periodic rounds.
    */
    void announceNow();
    /*!
        \fn QList<Tandem::LanDiscovery::Peer> Tandem::LanDiscovery::peers() const

        Returns the peers heard and not yet lost.
    */
    QList<Peer> peers() const;
    /*!
        \fn quint16 Tandem::LanDiscovery::port() const

        Returns the UDP port announcements go to (Options::port).
    */
    quint16 port() const;
    /*!
        \fn Tandem::LanDiscovery::Options Tandem::LanDiscovery::options() const

        Returns the options the discovery was made with.
    */
    Options options() const;

    /*!
        \fn int Tandem::LanDiscovery::droppedAnnouncements() const

        Returns how many announcements were dropped: rate-limited, oversize
        or invalid, or from a new peer while every row is a paired device's.
        For tests and diagnostics.
    */
    int droppedAnnouncements() const;
    /*!
        \fn int Tandem::LanDiscovery::evictedPeers() const

        Returns how many peers were forgotten to make room for another
        (table full, or their source address at MaxPeersPerSource). For
        tests and diagnostics.
    */
    int evictedPeers() const;

Q_SIGNALS:
    /*!
        \fn void Tandem::LanDiscovery::peerFound(const Tandem::LanDiscovery::Peer &peer)

        This signal is emitted when a new \a peer was heard.
    */
    void peerFound(const Tandem::LanDiscovery::Peer &peer);
    /*!
        \fn void Tandem::LanDiscovery::peerChanged(const Tandem::LanDiscovery::Peer &peer)

        This signal is emitted when a known \a peer's name, type, port,
        protocol or address changed.
    */
    void peerChanged(const Tandem::LanDiscovery::Peer &peer);
    /*!
        \fn void Tandem::LanDiscovery::peerLost(const QString &deviceId)

        This signal is emitted when the peer \a deviceId was silent for
        Options::expiry, was evicted, or the discovery stopped.
    */
    void peerLost(const QString &deviceId);

private:
    friend class LanDiscoveryPrivate;
    std::unique_ptr<LanDiscoveryPrivate> d;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::LanDiscovery::Peer)
