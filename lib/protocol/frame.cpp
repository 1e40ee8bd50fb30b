#include "frame.h"

#include "protocollogging_p.h"

#include <QDebug>
#include <QtEndian>

#include <algorithm>
#include <deque>
#include <limits>
#include <utility>

namespace Tandem::Protocol {

namespace {

// Offsets of the header fields.
constexpr qsizetype LengthOffset = 0;
constexpr qsizetype LengthFieldSize = 4;
constexpr qsizetype TypeOffset = 4;
constexpr qsizetype FlagsOffset = 5;
constexpr qsizetype StreamIdOffset = 6;

static_assert(StreamIdOffset + 4 == FrameHeaderSize);
// The length field counts the rest of the header (type, flags, streamId) too.
constexpr qsizetype FrameLengthOverhead = FrameHeaderSize - LengthFieldSize;
static_assert(FrameLengthOverhead + MaxFramePayload <= std::numeric_limits<quint32>::max());

quint32 lengthField(QByteArrayView header)
{
    return qFromBigEndian<quint32>(header.data() + LengthOffset);
}

// Whole frame size, header included, from a header already checked.
qsizetype frameSize(QByteArrayView header)
{
    return LengthFieldSize + qsizetype(lengthField(header));
}

Frame frameFrom(QByteArrayView header, QByteArray payload)
{
    Frame frame;
    frame.type = FrameType(quint8(header[TypeOffset]));
    frame.flags = quint8(header[FlagsOffset]);
    frame.streamId = qFromBigEndian<quint32>(header.data() + StreamIdOffset);
    frame.payload = std::move(payload);
    return frame;
}

} // namespace

class FrameDecoderPrivate
{
public:
    bool checkHeader(QByteArrayView header);
    void fail(const QString &message);

    QByteArray partial; // the frame being assembled, header included
    // readFrom(): the payload being read (`partial` then holds the header).
    QByteArray payload;
    qsizetype payloadFilled = 0;
    std::deque<Frame> frames;
    QString error;
};

// Checks whichever header fields `header` (possibly incomplete) holds, so a
// bad length is refused before anything else of that frame is buffered.
bool FrameDecoderPrivate::checkHeader(QByteArrayView header)
{
    if (header.size() >= LengthFieldSize) {
        const quint32 length = lengthField(header);
        if (length < FrameLengthOverhead) {
            fail(QStringLiteral("frame length field %1 is smaller than the %2-byte minimum")
                     .arg(length)
                     .arg(FrameLengthOverhead));
            return false;
        }
        const qsizetype payloadSize = qsizetype(length) - FrameLengthOverhead;
        if (payloadSize > MaxFramePayload) {
            fail(QStringLiteral("frame of %1 bytes exceeds the %2-byte limit").arg(payloadSize).arg(MaxFramePayload));
            return false;
        }
    }
    if (header.size() > TypeOffset) {
        const auto type = quint8(header[TypeOffset]);
        if (type > quint8(LastFrameType)) {
            fail(QStringLiteral("unknown frame type %1").arg(type));
            return false;
        }
    }
    return true;
}

void FrameDecoderPrivate::fail(const QString &message)
{
    error = message;
    // Release what a hostile peer made us hold; the link is going away.
    partial = QByteArray();
    payload = QByteArray();
    payloadFilled = 0;
    // Debug only: a hostile peer must not be able to flood the log.
    qCDebug(lcProtocol) << "frame decoder:" << message;
}

FrameDecoder::FrameDecoder()
    : d(std::make_unique<FrameDecoderPrivate>())
{ }

FrameDecoder::FrameDecoder(FrameDecoder &&other) noexcept = default;
FrameDecoder &FrameDecoder::operator=(FrameDecoder &&other) noexcept = default;
FrameDecoder::~FrameDecoder() = default;

bool FrameDecoder::feed(QByteArrayView bytes)
{
    if (hasError())
        return false;

    while (!bytes.isEmpty()) {
        // Fast path: frames wholly inside `bytes` are copied once, straight
        // into their payload.
        if (d->partial.isEmpty() && bytes.size() >= FrameHeaderSize) {
            const QByteArrayView header = bytes.first(FrameHeaderSize);
            if (!d->checkHeader(header))
                return false;
            const qsizetype size = frameSize(header);
            if (bytes.size() >= size) {
                d->frames.push_back(
                    frameFrom(header, bytes.sliced(FrameHeaderSize, size - FrameHeaderSize).toByteArray()));
                bytes = bytes.sliced(size);
                continue;
            }
        }

        // Slow path: assemble the frame in `partial`, taking only what it
        // still needs, so that the frames after it take the fast path.
        if (d->partial.size() < FrameHeaderSize) {
            const qsizetype take = std::min(FrameHeaderSize - d->partial.size(), bytes.size());
            d->partial.append(bytes.first(take));
            bytes = bytes.sliced(take);
            if (!d->checkHeader(d->partial))
                return false;
            if (d->partial.size() < FrameHeaderSize)
                continue;
        } else {
            const qsizetype take = std::min(frameSize(d->partial) - d->partial.size(), bytes.size());
            d->partial.append(bytes.first(take));
            bytes = bytes.sliced(take);
        }
        if (d->partial.size() == frameSize(d->partial)) {
            d->frames.push_back(frameFrom(d->partial, d->partial.sliced(FrameHeaderSize)));
            d->partial.clear();
        }
    }
    return true;
}

qint64 FrameDecoder::readFrom(const std::function<qint64(char *, qint64)> &read)
{
    if (hasError())
        return -1;
    qint64 total = 0;
    for (;;) {
        if (d->partial.size() < FrameHeaderSize) {
            const qsizetype have = d->partial.size();
            d->partial.resize(FrameHeaderSize);
            const qint64 n = read(d->partial.data() + have, FrameHeaderSize - have);
            d->partial.resize(have + qsizetype(qMax<qint64>(n, 0)));
            if (n <= 0)
                return total;
            total += n;
            if (!d->checkHeader(d->partial))
                return -1;
            if (d->partial.size() < FrameHeaderSize)
                continue;
            d->payload = QByteArray(frameSize(d->partial) - FrameHeaderSize, Qt::Uninitialized);
            d->payloadFilled = 0;
        }
        if (d->payloadFilled < d->payload.size()) {
            const qint64 n = read(d->payload.data() + d->payloadFilled, d->payload.size() - d->payloadFilled);
            if (n <= 0)
                return total;
            total += n;
            d->payloadFilled += qsizetype(n);
            if (d->payloadFilled < d->payload.size())
                continue;
        }
        d->frames.push_back(frameFrom(d->partial, std::exchange(d->payload, {})));
        d->payloadFilled = 0;
        d->partial.clear();
    }
}

std::optional<Frame> FrameDecoder::next()
{
    if (d->frames.empty())
        return std::nullopt;
    Frame frame = std::move(d->frames.front());
    d->frames.pop_front();
    return frame;
}

bool FrameDecoder::hasError() const
{
    return !d->error.isEmpty();
}

QString FrameDecoder::errorString() const
{
    return d->error;
}

qsizetype FrameDecoder::bufferedBytes() const
{
    return d->partial.size() + d->payloadFilled;
}

qsizetype FrameDecoder::pendingFrames() const
{
    return qsizetype(d->frames.size());
}

void appendFrameHeader(QByteArray &out, FrameType type, quint8 flags, quint32 streamId, qsizetype payloadSize)
{
    Q_ASSERT(payloadSize >= 0 && payloadSize <= MaxFramePayload);
    char header[FrameHeaderSize];
    qToBigEndian<quint32>(quint32(FrameLengthOverhead + payloadSize), header + LengthOffset);
    header[TypeOffset] = char(type);
    header[FlagsOffset] = char(flags);
    qToBigEndian<quint32>(streamId, header + StreamIdOffset);
    out.append(header, FrameHeaderSize);
}

void appendFrame(QByteArray &out, const Frame &frame)
{
    appendFrameHeader(out, frame.type, frame.flags, frame.streamId, frame.payload.size());
    out.append(frame.payload);
}

QByteArray encodeFrame(const Frame &frame)
{
    QByteArray out;
    out.reserve(FrameHeaderSize + frame.payload.size());
    appendFrame(out, frame);
    return out;
}

QDebug operator<<(QDebug debug, const Frame &frame)
{
    static constexpr const char *TypeNames[] = {"Control", "Data", "Ping", "Pong"};
    static_assert(std::size(TypeNames) == size_t(LastFrameType) + 1);
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Frame(";
    if (quint8(frame.type) <= quint8(LastFrameType))
        debug << TypeNames[quint8(frame.type)];
    else
        debug << "type " << uint(frame.type);
    debug << ", flags 0x" << Qt::hex << uint(frame.flags) << Qt::dec << ", stream " << frame.streamId << ", "
          << frame.payload.size() << " bytes)";
    return debug;
}

} // namespace Tandem::Protocol
