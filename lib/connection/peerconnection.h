#pragma once

#include "peerconnectionoptions.h"
#include <Tandem/frame.h>
#include <Tandem/hello.h>
#include <Tandem/tandem_export.h>

#include <QCborMap>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <deque>

#include <chrono>

namespace Tandem {

class Link;

/*!
    \class Tandem::PeerConnection
    \inmodule Tandem
    \inheaderfile Tandem/peerconnection.h

    \brief One link to a peer device, spoken to in frames: exchanges and
    checks the hello, keeps the link alive, and hands control messages and
    data frames up.

    It knows nothing of pairing or sessions. It owns its Link. Outgoing
    frames wait in three priority queues (Priority) and go to the link only
    while it holds less than LinkHighWater (SlowLinkHighWater on
    Bluetooth) unsent. Tandem::LocalDevice keeps one per peer device;
    the session layer reaches it through
    localdevice_p.h.
*/
class TANDEM_AUTOTEST_EXPORT PeerConnection : public QObject
{
    Q_OBJECT

public:
    /*!
        \typealias Tandem::PeerConnection::Options
        \brief Tandem::PeerConnectionOptions.
    */
    using Options = PeerConnectionOptions;
    /*!
        \enum Tandem::PeerConnection::State

        \value Handshaking Waiting for the peer's hello.
        \value Ready The hellos were exchanged and checked; ready() was
               emitted.
        \value Closed Closed for good; closed() was emitted.
    */
    enum class State { Handshaking, Ready, Closed };
    Q_ENUM(State)

    /*!
        \enum Tandem::PeerConnection::Priority

        What goes first when the link is busy: control (acks, keepalive, session
        set-up), then messages, then bulk data. A chat message never waits
        behind a large transfer.

        \value Control Acknowledgements, keep-alives, session set-up.
        \value Message Messages.
        \value Bulk Bulk data, e.g. file chunks.
    */
    enum class Priority { Control = 0, Message = 1, Bulk = 2 };
    Q_ENUM(Priority)

    /*!
        \variable Tandem::PeerConnection::LinkHighWater
        \brief The most bytes left unsent in a LAN link: 128 KiB.

        Frames are handed to the link only while it holds less than this unsent;
        the rest wait in the priority queues, where a higher priority can still
        overtake them.
    */
    static constexpr qint64 LinkHighWater = 128 * 1024;
    /*!
        \variable Tandem::PeerConnection::SlowLinkHighWater
        \brief The most bytes left unsent in a Bluetooth link: 16 KiB.

        The same on a low-bandwidth link (Bluetooth): 128 KiB would be more than
        a second of bulk at 100 KiB/s that a chat message could not overtake; 16
        KiB is a tenth of that and still keeps RFCOMM busy (its own socket
        buffer holds more).
    */
    static constexpr qint64 SlowLinkHighWater = 16 * 1024;
    /*!
        \variable Tandem::PeerConnection::MaxQueuedControlBytes
        \brief The most control frames owed to the peer: 256 KiB.

        What we owe the peer in control frames (pongs, replies to its requests)
        may wait here up to this much; past it we stop reading from the link
        until it drains to half, so a peer that sends requests but never reads
        the answers meets TCP's flow control (and, hearing nothing more, our
        keepalive timeout) instead of growing our memory. A stranger sending
        pings without reading once held +780 MiB in 3 s.
    */
    static constexpr qint64 MaxQueuedControlBytes = 256 * 1024;

    /*!
        \fn Tandem::PeerConnection::PeerConnection(Tandem::Link *link, const Tandem::Protocol::Hello &ownHello, const Tandem::PeerConnection::Options &options, QObject *parent)

        Constructs a connection over \a link, taking ownership of it, with
        \a options, as a child of \a parent, and sends \a ownHello at once.
        ready() or closed() follows.
    */
    PeerConnection(Link *link, const Protocol::Hello &ownHello, const Options &options, QObject *parent = nullptr);
    /*!
        \fn Tandem::PeerConnection::~PeerConnection()

        Destroys the connection and its link; close() first to say goodbye.
    */
    ~PeerConnection() override;

    /*!
        \fn Tandem::PeerConnection::State Tandem::PeerConnection::state() const

        Returns where the connection is in its life.
    */
    State state() const { return m_state; }
    /*!
        \fn Tandem::Link * Tandem::PeerConnection::link() const

        Returns the link, which the connection owns.
    */
    Link *link() const { return m_link; }
    /*!
        \fn QString Tandem::PeerConnection::peerDeviceId() const

        Returns the device id the link's certificate proves.
    */
    QString peerDeviceId() const;
    /*!
        \fn const Tandem::Protocol::Hello & Tandem::PeerConnection::peerHello() const

        Returns the peer's hello; valid once ready() was emitted.
    */
    const Protocol::Hello &peerHello() const { return m_peerHello; }
    /*!
        \fn int Tandem::PeerConnection::negotiatedVersion() const

        Returns the protocol version both sides speak; 0 until ready().
    */
    int negotiatedVersion() const { return m_version; }

    /*!
        \fn void Tandem::PeerConnection::sendControl(QLatin1StringView type, const QCborMap &fields = {}, quint32 streamId = 0)

        Queues the control message \a type with \a fields, for \a streamId
        (0: the connection itself), at Priority::Control.
    */
    void sendControl(QLatin1StringView type, const QCborMap &fields = {}, quint32 streamId = 0);
    /*!
        \fn void Tandem::PeerConnection::sendData(quint32 streamId, const QByteArray &payload, quint8 flags = 0, Tandem::PeerConnection::Priority priority = Priority::Bulk)

        Queues a data frame for \a streamId carrying \a payload (at most
        Protocol::MaxFramePayload) with \a flags, at \a priority.
    */
    void sendData(quint32 streamId, const QByteArray &payload, quint8 flags = 0, Priority priority = Priority::Bulk);
    /*!
        \fn void Tandem::PeerConnection::sendData(quint32 streamId, const QByteArray &head, const QByteArray &body, qsizetype bodyOffset, qsizetype bodySize, quint8 flags, Tandem::PeerConnection::Priority priority)

        Queues a data frame for \a streamId, with \a flags, at \a priority,
        whose payload is \a head followed by \a body's \a bodySize
        bytes from \a bodyOffset. The body is shared, not copied: it goes to the
        link straight from the message it belongs to.
    */
    void sendData(quint32 streamId, const QByteArray &head, const QByteArray &body, qsizetype bodyOffset,
                  qsizetype bodySize, quint8 flags, Priority priority);
    /*!
        \fn qsizetype Tandem::PeerConnection::queuedFrames(Tandem::PeerConnection::Priority priority) const

        Returns the number of frames of \a priority waiting to go to the
        link.
    */
    qsizetype queuedFrames(Priority priority) const { return m_queues[size_t(priority)].size(); }
    /*!
        \fn qint64 Tandem::PeerConnection::queuedBytes(Tandem::PeerConnection::Priority priority) const

        Returns the bytes of \a priority waiting to go to the link.
    */
    qint64 queuedBytes(Priority priority) const { return m_queuedBytes[size_t(priority)]; }
    /*!
        \fn bool Tandem::PeerConnection::isReadingPaused() const

        Returns \c true while reading is held back because the peer does not
        read (MaxQueuedControlBytes).
    */
    bool isReadingPaused() const { return m_readPaused; }
    /*!
        \fn void Tandem::PeerConnection::close(const QString &reason)

        Says goodbye with \a reason (the peer sees it), then closes.
    */
    void close(const QString &reason);
    /*!
        \fn void Tandem::PeerConnection::leave(const QString &reason)

        Says goodbye as close() does, adding that this device is stopping:
        it dials its paired devices itself when it runs again, so the peer
        need not dial it meanwhile (peerLeft()).
    */
    void leave(const QString &reason);
    /*!
        \fn bool Tandem::PeerConnection::peerLeft() const

        Returns \c true when the peer's goodbye said that it is stopping
        (it called leave()): it dials when it runs again.
    */
    bool peerLeft() const { return m_peerLeft; }

Q_SIGNALS:
    /*!
        \fn void Tandem::PeerConnection::ready()

        This signal is emitted when the hellos were exchanged and checked:
        the peer's device id matches its certificate and a protocol version
        was agreed.
    */
    void ready();
    /*!
        \fn void Tandem::PeerConnection::controlReceived(const QString &type, const QCborMap &fields, quint32 streamId)

        This signal is emitted for each control message from the peer: its
        \a type, \a fields and \a streamId.
    */
    void controlReceived(const QString &type, const QCborMap &fields, quint32 streamId);
    /*!
        \fn void Tandem::PeerConnection::dataReceived(quint32 streamId, const QByteArray &payload, quint8 flags)

        This signal is emitted for each data frame from the peer: its
        \a payload and \a flags, for \a streamId.
    */
    void dataReceived(quint32 streamId, const QByteArray &payload, quint8 flags);
    /*!
        \fn void Tandem::PeerConnection::closed(const QString &reason, bool byPeer)

        This signal is emitted once, when the connection closed for
        \a reason; \a byPeer when the peer said goodbye.
    */
    void closed(const QString &reason, bool byPeer);
    /*!
        \fn void Tandem::PeerConnection::readyForBulk()

        This signal is emitted when the bulk queue ran empty: producers may
        queue more.
    */
    void readyForBulk();

private:
    void onReadyRead();
    void handleFrame(const Protocol::Frame &frame);
    void handleHello(const QCborMap &fields);
    void send(const Protocol::Frame &frame, Priority priority = Priority::Control);
    void pump();
    void finish(const QString &reason, bool byPeer);
    void writeControlQueue();

    Link *m_link;
    Protocol::Hello m_ownHello;
    Protocol::Hello m_peerHello;
    Options m_options;
    Protocol::FrameDecoder m_decoder;
    State m_state = State::Handshaking;
    int m_version = 0;
    QTimer m_helloTimer;
    QTimer m_pingTimer;
    QTimer m_deadTimer;
    QElapsedTimer m_lastSent;
    QElapsedTimer m_lastHeard;
    // A frame waiting for the link: `bytes` (header and the start of the
    // payload), then a slice of `body`, which it shares.
    struct QueuedFrame
    {
        QByteArray bytes;
        QByteArray body;
        qsizetype bodyOffset = 0;
        qsizetype bodySize = 0;
    };
    void enqueue(QueuedFrame frame, Priority priority);

    std::array<std::deque<QueuedFrame>, 3> m_queues;
    std::array<qint64, 3> m_queuedBytes{};
    // A pong is waiting in the control queue: one answers any number of pings.
    bool m_pongQueued = false;
    bool m_peerLeft = false;
    bool m_readPaused = false;
    bool m_pumping = false;
    qint64 m_highWater = LinkHighWater;
};

} // namespace Tandem
