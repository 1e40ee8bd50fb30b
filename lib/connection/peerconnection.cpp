#include "peerconnection.h"

#include "connectionlogging_p.h"
#include <Tandem/controlmessage.h>
#include <Tandem/link.h>

namespace Tandem {

namespace {
constexpr QLatin1StringView GoodbyeType{"goodbye"};

// What is left of `interval` since `since`, rounded up to whole ms.
std::chrono::milliseconds remaining(const QElapsedTimer &since, std::chrono::milliseconds interval)
{
    const auto elapsed = std::chrono::nanoseconds(since.nsecsElapsed());
    return std::chrono::ceil<std::chrono::milliseconds>(interval - elapsed);
}
constexpr qsizetype MaxGoodbyeReasonBytes = 256;
// In a goodbye: the device is stopping, not just this link (leave()).
// Peers that predate it ignore the field and redial as before.
constexpr QLatin1StringView LeavingField{"leaving"};
// A frame body up to this size is copied behind its header: each write to
// the link becomes a TLS record and a chunk of the socket's buffer, and for
// a small body (a small file's chunk, an end marker) that costs more than
// the copy. Larger bodies go to the link from where they are.
constexpr qsizetype CopiedBodyBytes = 16 * 1024;
} // namespace

PeerConnection::PeerConnection(Link *link, const Protocol::Hello &ownHello, const Options &options, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_ownHello(ownHello)
    , m_options(options)
{
    m_link->setParent(this);
    if (m_link->isLowBandwidth())
        m_highWater = SlowLinkHighWater;
    connect(m_link, &Link::readyRead, this, &PeerConnection::onReadyRead);
    connect(m_link, &Link::bytesWritten, this, &PeerConnection::pump);
    connect(m_link, &Link::closed, this, [this](const QString &reason) {
        // The peer's last frames (often a goodbye saying why) may still be
        // buffered when the transport reports the close: read them first.
        onReadyRead();
        finish(reason, false);
    });

    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        close(QStringLiteral("no hello from the peer within %1 ms").arg(m_options.helloTimeout.count()));
    });
    m_helloTimer.start(m_options.helloTimeout);

    m_pingTimer.setSingleShot(true);
    // Both timers are armed once and, when they fire, look at when we last
    // sent or heard something: restarting a timer on every frame cost more
    // than the rest of handling a small message.
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (const auto left = remaining(m_lastSent, m_options.keepaliveInterval); left.count() > 0)
            m_pingTimer.start(left);
        else
            send({Protocol::FrameType::Ping, 0, 0, {}});
    });
    m_deadTimer.setSingleShot(true);
    connect(&m_deadTimer, &QTimer::timeout, this, [this] {
        if (const auto left = remaining(m_lastHeard, m_options.keepaliveTimeout); left.count() > 0) {
            m_deadTimer.start(left);
            return;
        }
        close(QStringLiteral("the peer stopped responding (nothing heard for %1 s)")
                  .arg(m_options.keepaliveTimeout.count() / 1000.0));
    });

    sendControl(Protocol::Hello::Type, m_ownHello.toFields());
    // Data may already be waiting (a fast peer's hello).
    QMetaObject::invokeMethod(this, &PeerConnection::onReadyRead, Qt::QueuedConnection);
}

PeerConnection::~PeerConnection() = default;

QString PeerConnection::peerDeviceId() const
{
    return m_link->peerDeviceId();
}

void PeerConnection::send(const Protocol::Frame &frame, Priority priority)
{
    if (m_state == State::Closed)
        return;
    enqueue({Protocol::encodeFrame(frame), {}, 0, 0}, priority);
}

void PeerConnection::enqueue(QueuedFrame frame, Priority priority)
{
    if (m_state == State::Closed)
        return;
    m_queuedBytes[size_t(priority)] += frame.bytes.size() + frame.bodySize;
    m_queues[size_t(priority)].push_back(std::move(frame));
    pump();
    if (!m_readPaused && m_queuedBytes[size_t(Priority::Control)] > MaxQueuedControlBytes) {
        m_readPaused = true;
        qCDebug(lcConnection).noquote() << "not reading from" << peerDeviceId().left(8)
                                        << "until it reads what we owe it";
    }
}

void PeerConnection::pump()
{
    if (m_pumping || m_state == State::Closed)
        return;
    m_pumping = true;
    bool wrote = false;
    bool bulkDrained = false;
    while (m_link->bytesToWrite() < m_highWater) {
        auto queue = std::find_if(m_queues.begin(), m_queues.end(), [](const auto &q) { return !q.empty(); });
        if (queue == m_queues.end())
            break;
        const QueuedFrame &frame = queue->front();
        m_link->write(frame.bytes);
        if (frame.bodySize > 0)
            m_link->write(QByteArrayView(frame.body).sliced(frame.bodyOffset, frame.bodySize));
        m_queuedBytes[size_t(queue - m_queues.begin())] -= frame.bytes.size() + frame.bodySize;
        m_pongQueued &= queue != m_queues.begin(); // the pong, if any, went with the control queue
        queue->pop_front();
        wrote = true;
        bulkDrained |= queue == &m_queues[size_t(Priority::Bulk)] && queue->empty();
    }
    m_pumping = false;
    if (m_readPaused && m_queuedBytes[size_t(Priority::Control)] <= MaxQueuedControlBytes / 2) {
        m_readPaused = false;
        // What arrived meanwhile waits in the link; read it on the next pass.
        QMetaObject::invokeMethod(this, &PeerConnection::onReadyRead, Qt::QueuedConnection);
    }
    if (wrote && m_state == State::Ready) {
        m_lastSent.start();
        if (!m_pingTimer.isActive())
            m_pingTimer.start(m_options.keepaliveInterval);
    }
    // Producers refill from here, so a large send never sits in memory
    // here all at once.
    if (bulkDrained || (m_queues[size_t(Priority::Bulk)].empty() && m_link->bytesToWrite() < m_highWater))
        Q_EMIT readyForBulk();
}

void PeerConnection::sendControl(QLatin1StringView type, const QCborMap &fields, quint32 streamId)
{
    send({Protocol::FrameType::Control, 0, streamId, Protocol::encodeControl(QString(type), fields)});
}

void PeerConnection::sendData(quint32 streamId, const QByteArray &payload, quint8 flags, Priority priority)
{
    send({Protocol::FrameType::Data, flags, streamId, payload}, priority);
}

void PeerConnection::sendData(quint32 streamId, const QByteArray &head, const QByteArray &body, qsizetype bodyOffset,
                              qsizetype bodySize, quint8 flags, Priority priority)
{
    Q_ASSERT(bodyOffset >= 0 && bodySize >= 0 && bodyOffset + bodySize <= body.size());
    const bool copyBody = bodySize <= CopiedBodyBytes;
    QByteArray bytes;
    bytes.reserve(Protocol::FrameHeaderSize + head.size() + (copyBody ? bodySize : 0));
    Protocol::appendFrameHeader(bytes, Protocol::FrameType::Data, flags, streamId, head.size() + bodySize);
    bytes.append(head);
    if (copyBody) {
        bytes.append(QByteArrayView(body).sliced(bodyOffset, bodySize));
        enqueue({std::move(bytes), {}, 0, 0}, priority);
        return;
    }
    enqueue({std::move(bytes), body, bodyOffset, bodySize}, priority);
}

void PeerConnection::close(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    QCborMap fields;
    fields.insert(QLatin1StringView("reason"), reason.left(MaxGoodbyeReasonBytes / 4));
    sendControl(GoodbyeType, fields);
    writeControlQueue();
    finish(reason, false);
}

void PeerConnection::leave(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    QCborMap fields;
    fields.insert(QLatin1StringView("reason"), reason.left(MaxGoodbyeReasonBytes / 4));
    fields.insert(LeavingField, true);
    sendControl(GoodbyeType, fields);
    writeControlQueue();
    finish(reason, false);
}

void PeerConnection::writeControlQueue()
{
    // Last words (a session's close, then the goodbye) go to the link even
    // past its high-water mark: what stays queued here is dropped with the
    // connection, and the peer would take a closed session for a lost link.
    // Bounded by MaxQueuedControlBytes.
    auto &control = m_queues[size_t(Priority::Control)];
    for (const QueuedFrame &frame : control) {
        m_link->write(frame.bytes);
        if (frame.bodySize > 0)
            m_link->write(QByteArrayView(frame.body).sliced(frame.bodyOffset, frame.bodySize));
    }
    control.clear();
    m_queuedBytes[size_t(Priority::Control)] = 0;
}

void PeerConnection::finish(const QString &reason, bool byPeer)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_helloTimer.stop();
    m_pingTimer.stop();
    m_deadTimer.stop();
    m_link->close(reason);
    qCDebug(lcConnection).noquote() << "connection to" << peerDeviceId().left(8) << "closed:" << reason;
    Q_EMIT closed(reason, byPeer);
}

void PeerConnection::onReadyRead()
{
    if (m_state == State::Closed || m_readPaused)
        return;
    // Frames are read from the link straight into their payloads.
    const qint64 received
        = m_decoder.readFrom([this](char *data, qint64 maxSize) { return m_link->read(data, maxSize); });
    if (received < 0) {
        close(QStringLiteral("protocol error: ") + m_decoder.errorString());
        return;
    }
    if (received == 0)
        return;
    if (m_state == State::Ready) {
        m_lastHeard.start();
        if (!m_deadTimer.isActive())
            m_deadTimer.start(m_options.keepaliveTimeout);
    }
    while (m_state != State::Closed && !m_readPaused) {
        const std::optional<Protocol::Frame> frame = m_decoder.next();
        if (!frame)
            break;
        handleFrame(*frame);
    }
}

void PeerConnection::handleFrame(const Protocol::Frame &frame)
{
    switch (frame.type) {
    case Protocol::FrameType::Ping:
        if (!m_pongQueued) {
            m_pongQueued = true;
            send({Protocol::FrameType::Pong, 0, 0, {}});
        }
        return;
    case Protocol::FrameType::Pong:
        return;
    case Protocol::FrameType::Data:
        if (m_state != State::Ready) {
            close(QStringLiteral("protocol error: data before hello"));
            return;
        }
        Q_EMIT dataReceived(frame.streamId, frame.payload, frame.flags);
        return;
    case Protocol::FrameType::Control:
        break;
    }

    QString error;
    const std::optional<Protocol::ControlMessage> message = Protocol::decodeControl(frame.payload, &error);
    if (!message) {
        close(QStringLiteral("protocol error: ") + error);
        return;
    }
    if (message->type == GoodbyeType) {
        const QString reason = message->fields.value(QLatin1StringView("reason")).toString();
        m_peerLeft = message->fields.value(LeavingField).toBool();
        finish(reason.isEmpty() ? QStringLiteral("the peer closed the connection") : reason.left(256), true);
        return;
    }
    if (m_state == State::Handshaking) {
        if (message->type != Protocol::Hello::Type) {
            close(QStringLiteral("protocol error: expected hello, got \"%1\"").arg(message->type));
            return;
        }
        handleHello(message->fields);
        return;
    }
    if (message->type == Protocol::Hello::Type) {
        close(QStringLiteral("protocol error: a second hello"));
        return;
    }
    Q_EMIT controlReceived(message->type, message->fields, frame.streamId);
}

void PeerConnection::handleHello(const QCborMap &fields)
{
    QString error;
    const std::optional<Protocol::Hello> hello = Protocol::Hello::fromFields(fields, &error);
    if (!hello) {
        close(QStringLiteral("protocol error: ") + error);
        return;
    }
    // The id in the hello is only a claim; the certificate is the proof.
    if (hello->deviceId != m_link->peerDeviceId()) {
        close(QStringLiteral("the hello's device id does not match the peer's certificate"));
        return;
    }
    m_version = Protocol::negotiateVersion(m_ownHello, *hello);
    if (m_version == 0) {
        close(QStringLiteral("no common protocol version (we speak %1..%2, the peer %3..%4)")
                  .arg(m_ownHello.minVersion)
                  .arg(m_ownHello.version)
                  .arg(hello->minVersion)
                  .arg(hello->version));
        return;
    }
    m_peerHello = *hello;
    m_state = State::Ready;
    m_helloTimer.stop();
    m_lastSent.start();
    m_lastHeard.start();
    m_pingTimer.start(m_options.keepaliveInterval);
    m_deadTimer.start(m_options.keepaliveTimeout);
    Q_EMIT ready();
}

} // namespace Tandem
