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

/*!
    \namespace Tandem::Protocol
    \inmodule Tandem
    \inheaderfile Tandem/frame.h
    \brief The wire format inside a link: frames, and the hello that opens
    every link.

    Frames are declared in <Tandem/frame.h>, the hello in <Tandem/hello.h>;
    docs/protocol.md describes the whole protocol.
*/
namespace Tandem::Protocol {

/*!
    \enum Tandem::Protocol::FrameType

    What a frame carries; the link multiplexes every session over one byte
    stream, and the type tells the receiver how to route the payload.

    \value Control A control message (CBOR): hello, pairing, session
           open/accept/close, errors.
    \value Data Session data for the stream in Frame::streamId.
    \value Ping A keep-alive; answered with Pong.
    \value Pong The answer to a Ping.
*/
enum class FrameType : quint8 { Control = 0, Data = 1, Ping = 2, Pong = 3 };

/*!
    \variable Tandem::Protocol::LastFrameType

    \brief The largest FrameType value; anything above it is a protocol
    error.
*/
inline constexpr FrameType LastFrameType = FrameType::Pong;

/*!
    \struct Tandem::Protocol::Frame
    \inmodule Tandem
    \inheaderfile Tandem/frame.h

    \brief One frame: a typed, flagged payload for one stream.

    Written with encodeFrame() or appendFrame(), read with FrameDecoder.
*/
struct Frame
{
    /*!
        \variable Tandem::Protocol::Frame::type
        \brief What the frame carries.
    */
    FrameType type = FrameType::Control;
    /*!
        \variable Tandem::Protocol::Frame::flags
        \brief Bits whose meaning belongs to the layer that owns the stream
        (e.g. the session layer's fragment and acknowledgement flags).
    */
    quint8 flags = 0;
    /*!
        \variable Tandem::Protocol::Frame::streamId
        \brief The stream the payload belongs to; 0 for the connection's own
        control messages.
    */
    quint32 streamId = 0;
    /*!
        \variable Tandem::Protocol::Frame::payload
        \brief The payload: at most MaxFramePayload bytes.
    */
    QByteArray payload;

    friend bool operator==(const Frame &a, const Frame &b) = default;
};

/*!
    \variable Tandem::Protocol::FrameHeaderSize

    \brief The size of a frame's header: 10 bytes.

    Wire format, big-endian: u32 length (bytes after this field = 6 + payload
    size), u8 type, u8 flags, u32 streamId, payload.
*/
inline constexpr qsizetype FrameHeaderSize = 10;
/*!
    \variable Tandem::Protocol::MaxFramePayload

    \brief The largest payload one frame may carry: 256 KiB.

    A peer announcing more is a protocol
    error: the link is closed, nothing is allocated.
*/
inline constexpr qsizetype MaxFramePayload = 256 * 1024;

/*!
    \fn QByteArray Tandem::Protocol::encodeFrame(const Tandem::Protocol::Frame &frame)

    Returns \a frame encoded for the wire. Precondition: its payload is at
    most MaxFramePayload bytes (asserted).
*/
TANDEM_AUTOTEST_EXPORT QByteArray encodeFrame(const Frame &frame);
/*!
    \fn void Tandem::Protocol::appendFrame(QByteArray &out, const Tandem::Protocol::Frame &frame)

    Appends \a frame, encoded as encodeFrame() does, to \a out, to avoid a
    copy per frame.
*/
TANDEM_AUTOTEST_EXPORT void appendFrame(QByteArray &out, const Frame &frame);
/*!
    \fn void Tandem::Protocol::appendFrameHeader(QByteArray &out, Tandem::Protocol::FrameType type, quint8 flags, quint32 streamId, qsizetype payloadSize)

    Appends to \a out only the header of a frame of \a type, with \a flags,
    for \a streamId, whose payload is \a payloadSize bytes;
    the caller sends the payload right after it. Large payloads go out this way
    without being copied into a frame first. Precondition: \a payloadSize is
    at most MaxFramePayload (asserted).
*/
TANDEM_AUTOTEST_EXPORT void appendFrameHeader(QByteArray &out, FrameType type, quint8 flags, quint32 streamId,
                                              qsizetype payloadSize);

class FrameDecoderPrivate;

/*!
    \class Tandem::Protocol::FrameDecoder
    \inmodule Tandem
    \inheaderfile Tandem/frame.h

    \brief Turns a received byte stream into frames.

    Feed it whatever arrived,
    in any split; take complete frames with next(). A header is checked field by
    field as soon as each field is complete, so a hostile length or type is
    refused after 4 or 5 bytes, before any payload is buffered. Frames completed
    before a violation stay available from next(). Movable, not copyable.
*/
class TANDEM_AUTOTEST_EXPORT FrameDecoder
{
public:
    /*!
        \fn Tandem::Protocol::FrameDecoder::FrameDecoder()

        Constructs a decoder with nothing buffered.
    */
    FrameDecoder();
    /*!
        \fn Tandem::Protocol::FrameDecoder::FrameDecoder(Tandem::Protocol::FrameDecoder &&other)

        Move-constructs a decoder from \a other, with what it buffered.
    */
    FrameDecoder(FrameDecoder &&other) noexcept;
    /*!
        \fn Tandem::Protocol::FrameDecoder & Tandem::Protocol::FrameDecoder::operator=(Tandem::Protocol::FrameDecoder &&other)

        Move-assigns \a other to this decoder and returns a reference to it.
    */
    FrameDecoder &operator=(FrameDecoder &&other) noexcept;
    /*!
        \fn Tandem::Protocol::FrameDecoder::~FrameDecoder()

        Destroys the decoder and what it buffered.
    */
    ~FrameDecoder();

    /*!
        \fn bool Tandem::Protocol::FrameDecoder::feed(QByteArrayView bytes)

        Appends the received \a bytes and decodes what is complete. Returns \c true, or \c false on a
        protocol violation (length field < 6, payload > MaxFramePayload, unknown
        FrameType); after that the decoder stays failed and ignores further
        input. Never allocates more than it has been fed.
    */
    bool feed(QByteArrayView bytes);
    /*!
        \fn qint64 Tandem::Protocol::FrameDecoder::readFrom(const std::function<qint64 (char *, qint64)> &read)

        Reads with \a read instead (\c {read(dst, max)} returns how many bytes
        it put at dst, 0 when none are waiting) until it runs dry: each payload
        is read straight into its own buffer, with no copy through an
        intermediate one. The payload's buffer is allocated once its header has
        been checked, so at most one frame's payload (MaxFramePayload) is held
        ahead of what arrived. Returns the bytes read, or -1 on a violation as
        with feed(). Use one of feed() and readFrom() on a decoder, not both.
    */
    qint64 readFrom(const std::function<qint64(char *, qint64)> &read);
    /*!
        \fn std::optional<Tandem::Protocol::Frame> Tandem::Protocol::FrameDecoder::next()

        Returns the next decoded frame, in order, or nothing.
    */
    std::optional<Frame> next();
    /*!
        \fn bool Tandem::Protocol::FrameDecoder::hasError() const

        Returns \c true once the stream broke the protocol.
    */
    bool hasError() const;
    /*!
        \fn QString Tandem::Protocol::FrameDecoder::errorString() const

        Returns a sentence describing the violation; empty while there is
        none.
    */
    QString errorString() const;
    /*!
        \fn qsizetype Tandem::Protocol::FrameDecoder::bufferedBytes() const

        Returns the bytes held that do not yet form a full frame.
    */
    qsizetype bufferedBytes() const;
    /*!
        \fn qsizetype Tandem::Protocol::FrameDecoder::pendingFrames() const

        Returns the number of decoded frames not yet taken with next().
    */
    qsizetype pendingFrames() const;

private:
    Q_DISABLE_COPY(FrameDecoder)
    std::unique_ptr<FrameDecoderPrivate> d;
};

/*!
    \fn QDebug Tandem::Protocol::operator<<(QDebug debug, const Tandem::Protocol::Frame &frame)

    Writes \a frame to \a debug as "Frame(Data, flags 0x01, stream 7, 12
    bytes)", for logs and test failures, and returns \a debug.
*/
TANDEM_AUTOTEST_EXPORT QDebug operator<<(QDebug debug, const Frame &frame);

} // namespace Tandem::Protocol
