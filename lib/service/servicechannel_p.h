#pragma once

#include <Tandem/controlmessage.h>
#include <Tandem/frame.h>

#include <QByteArray>
#include <QCborMap>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QLocalSocket;
QT_END_NAMESPACE

namespace Tandem {

// One end of the local socket between a device service host and a client:
// the same frames and control messages as a link between devices, without
// the encryption (the kernel carries the bytes between two processes of one
// user).
//
// A message that carries bytes (a send, a received message, a list) is one
// control frame with "bytes": N, followed at once by N bytes in data frames
// on the control frame's stream; nothing else comes between them. Each data
// frame read from the socket is its own buffer (FrameDecoder::readFrom), so a
// message of one frame reaches its receiver without a copy, and a larger one
// is copied once, into one buffer.
//
// Writes are queued and handed to the socket while it holds less than
// HighWaterBytes, so that a large message waits here, shared with its
// sender, rather than copied into the socket's buffer all at once.
class ServiceChannel : public QObject
{
    Q_OBJECT

public:
    // What the socket may hold unwritten before the queue waits: a few
    // frames, enough to keep a local socket busy.
    static constexpr qint64 HighWaterBytes = 1024 * 1024;
    // Bytes read from the socket per pass of the event loop (the socket's
    // read buffer): one frame's worth, as for a link, so that one client
    // cannot keep the host from everything else.
    static constexpr qint64 ReadBufferBytes = Protocol::MaxFramePayload + Protocol::FrameHeaderSize;
    // Bodies up to this size go out in one write with their control frame
    // (a copy of a few KiB); larger ones are written from their own buffer.
    static constexpr qsizetype InlineBodyBytes = 16 * 1024;

    // Decides whether a body of `bytes` announced by `message` may come;
    // false with *error set refuses it, and the channel fails with that error.
    using BodyCheck = std::function<bool(const Protocol::ControlMessage &message, qint64 bytes, QString *error)>;
    using MessageHandler = std::function<void(const Protocol::ControlMessage &message, const QByteArray &body)>;
    using FailureHandler = std::function<void(const QString &reason)>;

    // Takes over `socket` (connected).
    explicit ServiceChannel(QLocalSocket *socket, QObject *parent = nullptr);
    ~ServiceChannel() override;

    void setBodyCheck(BodyCheck check) { m_bodyCheck = std::move(check); }
    // Called for each whole message, in order. The handler may delete the
    // channel.
    void setMessageHandler(MessageHandler handler) { m_onMessage = std::move(handler); }
    // Called once when the other end broke the protocol; the channel reads
    // no more, but can still write (e.g. an error) and close.
    void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }

    QLocalSocket *socket() const { return m_socket; }

    void send(QLatin1StringView type, const QCborMap &fields);
    // A control message already encoded (Protocol::encodeControl), e.g. one
    // whose size was checked first.
    void sendEncoded(const QByteArray &control);
    // `type` with "bytes": body.size(), then the body in data frames on `stream`.
    void sendWithBody(QLatin1StringView type, QCborMap fields, quint32 stream, const QByteArray &body);

    // Bytes queued or in the socket's buffer, not yet written to the kernel.
    qint64 unwrittenBytes() const;
    // Bytes of the message being received so far (its body).
    qint64 receivingBytes() const;

    // Writes what is queued, then disconnects.
    void closeAfterWriting();
    // Hands the kernel what it takes now, without waiting (before the
    // channel is deleted).
    void flush();
    // Reads nothing more (the owner is done with what comes); writing and
    // closing still work.
    void stopReading() { m_failed = true; }
    bool hasFailed() const { return m_failed; }

Q_SIGNALS:
    void disconnected();

private:
    struct Outgoing
    {
        QByteArray frames; // control frame (and, inline, the data frame)
        QByteArray body; // written in data frames after `frames`
        quint32 stream = 0;
        qsizetype bodySent = 0;
    };
    struct Incoming
    {
        Protocol::ControlMessage message;
        quint32 stream = 0;
        qint64 size = 0;
        QByteArray body;
    };

    void enqueue(Outgoing outgoing);
    void pump();
    void onReadyRead();
    void handleFrame(Protocol::Frame frame);
    void fail(const QString &reason);

    QLocalSocket *m_socket;
    Protocol::FrameDecoder m_decoder;
    std::deque<Outgoing> m_queue;
    qint64 m_queuedBytes = 0;
    std::optional<Incoming> m_incoming;
    BodyCheck m_bodyCheck;
    MessageHandler m_onMessage;
    FailureHandler m_onFailure;
    bool m_failed = false;
    bool m_closing = false;
    bool m_pumping = false;
};

} // namespace Tandem
