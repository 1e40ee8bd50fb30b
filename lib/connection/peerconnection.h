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

// One link to a peer device, spoken to in frames: exchanges and checks the
// hello, keeps the link alive, and hands control messages and data frames
// up. It knows nothing of pairing or sessions.
class TANDEM_EXPORT PeerConnection : public QObject
{
    Q_OBJECT

public:
    using Options = PeerConnectionOptions;
    enum class State { Handshaking, Ready, Closed };
    Q_ENUM(State)

    // What goes first when the link is busy: control (acks, keepalive,
    // session set-up), then messages, then bulk data. A chat message never
    // waits behind a large transfer.
    enum class Priority { Control = 0, Message = 1, Bulk = 2 };
    Q_ENUM(Priority)

    // Frames are handed to the link only while it holds less than this
    // unsent; the rest wait in the priority queues, where a higher
    // priority can still overtake them.
    static constexpr qint64 LinkHighWater = 128 * 1024;
    // The same on a low-bandwidth link (Bluetooth): 128 KiB would be more
    // than a second of bulk at 100 KiB/s that a chat message could not
    // overtake; 16 KiB is a tenth of that and still keeps RFCOMM busy (its
    // own socket buffer holds more).
    static constexpr qint64 SlowLinkHighWater = 16 * 1024;
    // What we owe the peer in control frames (pongs, replies to its
    // requests) may wait here up to this much; past it we stop reading from
    // the link until it drains to half, so a peer that sends requests but
    // never reads the answers meets TCP's flow control (and, hearing nothing
    // more, our keepalive timeout) instead of growing our memory. A stranger
    // sending pings without reading once held +780 MiB in 3 s.
    static constexpr qint64 MaxQueuedControlBytes = 256 * 1024;

    // Takes ownership of `link` and sends `ownHello` at once.
    PeerConnection(Link *link, const Protocol::Hello &ownHello, const Options &options, QObject *parent = nullptr);
    ~PeerConnection() override;

    State state() const { return m_state; }
    Link *link() const { return m_link; }
    QString peerDeviceId() const;
    // Valid once ready() was emitted.
    const Protocol::Hello &peerHello() const { return m_peerHello; }
    int negotiatedVersion() const { return m_version; }

    void sendControl(QLatin1StringView type, const QCborMap &fields = {}, quint32 streamId = 0);
    void sendData(quint32 streamId, const QByteArray &payload, quint8 flags = 0, Priority priority = Priority::Bulk);
    // A data frame whose payload is `head` followed by `body`'s `bodySize`
    // bytes from `bodyOffset`. The body is shared, not copied: it goes to
    // the link straight from the message it belongs to.
    void sendData(quint32 streamId, const QByteArray &head, const QByteArray &body, qsizetype bodyOffset,
                  qsizetype bodySize, quint8 flags, Priority priority);
    // Frames of `priority` waiting to go to the link.
    qsizetype queuedFrames(Priority priority) const { return m_queues[size_t(priority)].size(); }
    // Bytes of `priority` waiting to go to the link.
    qint64 queuedBytes(Priority priority) const { return m_queuedBytes[size_t(priority)]; }
    // True while reading is held back because the peer does not read.
    bool isReadingPaused() const { return m_readPaused; }
    // Says goodbye with `reason` (the peer sees it), then closes.
    void close(const QString &reason);

Q_SIGNALS:
    void ready();
    void controlReceived(const QString &type, const QCborMap &fields, quint32 streamId);
    void dataReceived(quint32 streamId, const QByteArray &payload, quint8 flags);
    // Emitted once. `byPeer`: the peer said goodbye with `reason`.
    void closed(const QString &reason, bool byPeer);
    // The bulk queue ran empty: producers may queue more.
    void readyForBulk();

private:
    void onReadyRead();
    void handleFrame(const Protocol::Frame &frame);
    void handleHello(const QCborMap &fields);
    void send(const Protocol::Frame &frame, Priority priority = Priority::Control);
    void pump();
    void finish(const QString &reason, bool byPeer);

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
    bool m_readPaused = false;
    bool m_pumping = false;
    qint64 m_highWater = LinkHighWater;
};

} // namespace Tandem
