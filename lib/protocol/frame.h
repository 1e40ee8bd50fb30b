#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace Tandem::Protocol {

// What a frame carries; the link multiplexes every session over one byte
// stream, and the type tells the receiver how to route the payload.
enum class FrameType : quint8 { Control = 0, Data = 1, Ping = 2, Pong = 3 };

// The largest FrameType value; anything above it is a protocol error.
inline constexpr FrameType LastFrameType = FrameType::Pong;

struct Frame
{
    FrameType type = FrameType::Control;
    quint8 flags = 0;
    quint32 streamId = 0;
    QByteArray payload;

    friend bool operator==(const Frame &a, const Frame &b) = default;
};

// Wire format, big-endian: u32 length (bytes after this field = 6 + payload
// size), u8 type, u8 flags, u32 streamId, payload.
inline constexpr qsizetype FrameHeaderSize = 10;
// Largest payload one frame may carry. A peer announcing more is a protocol
// error: the link is closed, nothing is allocated.
inline constexpr qsizetype MaxFramePayload = 256 * 1024;

// Precondition: frame.payload.size() <= MaxFramePayload (asserted).
TANDEM_EXPORT QByteArray encodeFrame(const Frame &frame);
// Same as encodeFrame(), appending to `out` to avoid a copy per frame.
TANDEM_EXPORT void appendFrame(QByteArray &out, const Frame &frame);
// Appends only the header of a frame whose payload is `payloadSize` bytes;
// the caller sends the payload right after it. Large payloads go out this
// way without being copied into a frame first.
// Precondition: payloadSize <= MaxFramePayload (asserted).
TANDEM_EXPORT void appendFrameHeader(QByteArray &out, FrameType type, quint8 flags, quint32 streamId,
                                     qsizetype payloadSize);

class FrameDecoderPrivate;

// Turns a received byte stream into frames. Feed it whatever arrived, in any
// split; take complete frames with next().
//
// A header is checked field by field as soon as each field is complete, so a
// hostile length or type is refused after 4 or 5 bytes, before any payload is
// buffered. Frames completed before a violation stay available from next().
class TANDEM_EXPORT FrameDecoder
{
public:
    FrameDecoder();
    FrameDecoder(FrameDecoder &&other) noexcept;
    FrameDecoder &operator=(FrameDecoder &&other) noexcept;
    ~FrameDecoder();

    // Appends received bytes and decodes what is complete. Returns false on a
    // protocol violation (length field < 6, payload > MaxFramePayload,
    // unknown FrameType); after that the decoder stays failed and ignores
    // further input. Never allocates more than it has been fed.
    bool feed(QByteArrayView bytes);
    // Reads from a source instead (`read(dst, max)` returns how many bytes
    // it put at dst, 0 when none are waiting) until it runs dry: each
    // payload is read straight into its own buffer, with no copy through
    // an intermediate one. The payload's buffer is allocated once its
    // header has been checked, so at most one frame's payload
    // (MaxFramePayload) is held ahead of what arrived. Returns the bytes
    // read, or -1 on a violation as with feed(). Use one of feed() and
    // readFrom() on a decoder, not both.
    qint64 readFrom(const std::function<qint64(char *, qint64)> &read);
    // The next decoded frame, in order, or nullopt.
    std::optional<Frame> next();
    bool hasError() const;
    // A sentence describing the violation; empty while there is none.
    QString errorString() const;
    // Bytes held that do not yet form a full frame.
    qsizetype bufferedBytes() const;
    // Decoded frames not yet taken with next().
    qsizetype pendingFrames() const;

private:
    Q_DISABLE_COPY(FrameDecoder)
    std::unique_ptr<FrameDecoderPrivate> d;
};

// "Frame(Data, flags 0x01, stream 7, 12 bytes)", for logs and test failures.
TANDEM_EXPORT QDebug operator<<(QDebug debug, const Frame &frame);

} // namespace Tandem::Protocol
