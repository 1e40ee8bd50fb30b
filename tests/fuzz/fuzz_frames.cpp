// libFuzzer target for the frame and control-message decoders, used the way a
// link uses them: bytes from a peer arrive in arbitrary pieces, and every
// Control payload is decoded. Besides crashes and sanitizer reports, the
// decoder is checked against a plain reference reading of the whole input,
// so a missing bound or a split-dependent bug fails even when nothing
// crashes.

#include <Tandem/controlmessage.h>
#include <Tandem/frame.h>

#include <QCborArray>
#include <QCborValue>
#include <QList>
#include <QLoggingCategory>
#include <QtEndian>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <source_location>

using namespace Tandem::Protocol;
using namespace Qt::StringLiterals;

namespace {

// libFuzzer treats the abort as a crash and keeps the input.
void check(bool ok, const char *what, std::source_location where = std::source_location::current())
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz_frames: check failed: %s (%s:%u)\n", what, where.file_name(), unsigned(where.line()));
    std::abort();
}

struct ExpectedFrame
{
    Frame frame;
    QByteArrayView wire; // its bytes in the input
};

struct Expected
{
    QList<ExpectedFrame> frames;
    bool error = false;
    qsizetype trailing = 0; // bytes of an incomplete last frame
};

// The wire format read the obvious way, all at once. Like FrameDecoder, it
// refuses a header field as soon as that field is complete.
Expected referenceDecode(QByteArrayView in)
{
    Expected out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype left = in.size() - pos;
        quint32 length = 0;
        if (left >= 4) {
            length = qFromBigEndian<quint32>(in.data() + pos);
            if (length < 6 || length - 6 > quint32(MaxFramePayload)) {
                out.error = true;
                return out;
            }
        }
        if (left >= 5 && quint8(in[pos + 4]) > quint8(LastFrameType)) {
            out.error = true;
            return out;
        }
        if (left < FrameHeaderSize || left < 4 + qsizetype(length)) {
            out.trailing = left;
            return out;
        }
        Frame frame;
        frame.type = FrameType(quint8(in[pos + 4]));
        frame.flags = quint8(in[pos + 5]);
        frame.streamId = qFromBigEndian<quint32>(in.data() + pos + 6);
        frame.payload = in.sliced(pos + FrameHeaderSize, length - 6).toByteArray();
        out.frames.append({frame, in.sliced(pos, 4 + length)});
        pos += 4 + length;
    }
}

// Levels of arrays, maps and tags in a decoded value, the value itself
// included: for the fields, the top-level map counts.
int depthOf(const QCborValue &value)
{
    int inner = 0;
    if (value.isArray()) {
        for (const QCborValue &item : value.toArray())
            inner = std::max(inner, depthOf(item));
    } else if (value.isMap()) {
        const QCborMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            inner = std::max({inner, depthOf(it.key()), depthOf(it.value())});
    } else if (value.isTag()) {
        inner = depthOf(value.taggedValue());
    } else {
        return 0;
    }
    return 1 + inner;
}

void exerciseControl(QByteArrayView payload)
{
    QString error;
    const auto message = decodeControl(payload, &error);
    check(bool(message) == error.isEmpty(), "decodeControl sets an error exactly when it fails");
    if (!message)
        return;
    check(payload.size() <= MaxControlPayload, "accepted payload within MaxControlPayload");
    check(!message->type.isEmpty() && message->type.size() <= MaxMessageTypeLength, "accepted type length");
    check(!message->fields.contains("type"_L1), "fields exclude \"type\"");
    check(depthOf(message->fields) <= MaxCborNestingDepth, "accepted nesting within MaxCborNestingDepth");

    // What was accepted, encoded again, is accepted again as the same type.
    const QByteArray again = encodeControl(message->type, message->fields);
    if (again.size() <= MaxControlPayload) {
        const auto second = decodeControl(again, &error);
        check(second && second->type == message->type, "re-encoded message decodes");
    }

    // The accessors on whatever arrived.
    (void)textField(message->fields, "name"_L1, 64, &error);
    (void)bytesField(message->fields, "key"_L1, 32, &error);
    (void)integerField(message->fields, "port"_L1, 0, 65535, &error);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Every refused input would log a line; keep the output to findings.
    QLoggingCategory::setFilterRules(u"tandem.protocol.debug=false"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    const Expected expected = referenceDecode(input);

    FrameDecoder decoder;
    QList<Frame> frames;
    const auto takeFrames = [&] {
        while (auto frame = decoder.next())
            frames.append(std::move(*frame));
        check(decoder.pendingFrames() == 0, "next() drains pendingFrames()");
    };

    // Chunk sizes (1..256 bytes) and when frames are taken out come from the
    // input itself, so mutations explore the splits too.
    qsizetype pos = 0;
    for (qsizetype k = 0; pos < input.size(); ++k) {
        const auto steer = quint8(input[(k * 7) % input.size()]);
        const qsizetype chunk = std::min<qsizetype>(1 + steer, input.size() - pos);
        const qsizetype pendingBefore = decoder.pendingFrames();
        const bool failedBefore = decoder.hasError();
        const bool ok = decoder.feed(input.sliced(pos, chunk));
        pos += chunk;

        check(ok == !decoder.hasError(), "feed() returns false exactly when failed");
        check(!failedBefore || decoder.pendingFrames() == pendingBefore, "input after an error is ignored");
        check(decoder.bufferedBytes() >= 0 && decoder.bufferedBytes() < FrameHeaderSize + MaxFramePayload,
              "bufferedBytes() below one full frame");
        check(decoder.bufferedBytes() <= pos, "never holds more than it was fed");
        if (steer & 1)
            takeFrames();
    }
    takeFrames();

    check(decoder.hasError() == expected.error, "error agrees with the reference");
    check(decoder.hasError() != decoder.errorString().isEmpty(), "errorString() set exactly on error");
    if (!expected.error)
        check(decoder.bufferedBytes() == expected.trailing, "buffered tail agrees with the reference");
    check(frames.size() == expected.frames.size(), "frame count agrees with the reference");
    for (qsizetype i = 0; i < frames.size(); ++i) {
        check(frames[i] == expected.frames[i].frame, "frame agrees with the reference");
        check(frames[i].payload.size() <= MaxFramePayload, "payload within MaxFramePayload");
        check(encodeFrame(frames[i]) == expected.frames[i].wire, "frame re-encodes to its wire bytes");
        if (frames[i].type == FrameType::Control)
            exerciseControl(frames[i].payload);
    }

    // The raw input as a control payload too: CBOR shapes that framing and
    // the split would otherwise keep the decoder from seeing whole.
    exerciseControl(input);
    return 0;
}
