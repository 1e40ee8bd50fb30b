#include <Tandem/frame.h>

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace Tandem::Protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tandem::Protocol::FrameType)

namespace {

// A raw header as a peer might send it, valid or not.
QByteArray rawHeader(quint32 length, quint8 type, quint8 flags = 0, quint32 streamId = 0)
{
    QByteArray header(FrameHeaderSize, Qt::Uninitialized);
    qToBigEndian(length, header.data());
    header[4] = char(type);
    header[5] = char(flags);
    qToBigEndian(streamId, header.data() + 6);
    return header;
}

QByteArray patterned(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 31 + 7);
    return bytes;
}

// A varied stream: every type, empty to mid-sized payloads, one full-size.
QList<Frame> sampleFrames(QRandomGenerator &random, int count)
{
    QList<Frame> frames;
    for (int i = 0; i < count; ++i) {
        Frame frame;
        frame.type = FrameType(random.bounded(quint32(LastFrameType) + 1));
        frame.flags = quint8(random.bounded(256));
        frame.streamId = random.generate();
        const qsizetype size = i == count / 2 ? MaxFramePayload : random.bounded(i % 5 == 0 ? 2 : 3000);
        frame.payload = patterned(size);
        frames.append(frame);
    }
    return frames;
}

QByteArray encodeAll(const QList<Frame> &frames)
{
    QByteArray wire;
    for (const Frame &frame : frames)
        appendFrame(wire, frame);
    return wire;
}

QList<Frame> takeAll(FrameDecoder &decoder)
{
    QList<Frame> frames;
    while (auto frame = decoder.next())
        frames.append(std::move(*frame));
    return frames;
}

// The end of a stream fed in pieces: what is still queued, taken out, and
// what came out before it are exactly the frames sent, with nothing left
// over. Called last in a test (its checks return from here only).
void checkEverythingDecoded(FrameDecoder &decoder, QList<Frame> decoded, const QList<Frame> &frames)
{
    decoded += takeAll(decoder);
    QCOMPARE(decoded.size(), frames.size());
    QCOMPARE(decoded, frames);
    QCOMPARE(decoder.bufferedBytes(), 0);
    QVERIFY(!decoder.hasError());
}

} // namespace

class tst_FrameCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void goldenBytes();
    void appendFrameAppends();
    void readFromRandomSplits_data();
    void readFromRandomSplits();
    void readFromRefusesABadHeaderBeforeItsPayload();
    void byteAtATime();
    void randomSplits_data();
    void randomSplits();
    void manyFramesInOneFeed();
    void emptyFeed();
    void lengthBelowMinimum_data();
    void lengthBelowMinimum();
    void oversizedPayload_data();
    void oversizedPayload();
    void largestPayloadIsNotReserved();
    void unknownType_data();
    void unknownType();
    void inputAfterErrorIgnored();
    void framesBeforeErrorStayAvailable();
};

void tst_FrameCodec::roundTrip_data()
{
    QTest::addColumn<FrameType>("type");
    QTest::addColumn<quint8>("flags");
    QTest::addColumn<quint32>("streamId");
    QTest::addColumn<qsizetype>("payloadSize");

    const struct
    {
        FrameType type;
        const char *name;
    } types[] = {{FrameType::Control, "control"},
                 {FrameType::Data, "data"},
                 {FrameType::Ping, "ping"},
                 {FrameType::Pong, "pong"}};
    for (const auto &t : types) {
        QTest::addRow("%s empty", t.name) << t.type << quint8(0) << quint32(0) << qsizetype(0);
        QTest::addRow("%s small", t.name) << t.type << quint8(0x5a) << quint32(42) << qsizetype(17);
        QTest::addRow("%s max", t.name) << t.type << quint8(0xff) << quint32(0xffffffff) << MaxFramePayload;
    }
}

void tst_FrameCodec::roundTrip()
{
    QFETCH(FrameType, type);
    QFETCH(quint8, flags);
    QFETCH(quint32, streamId);
    QFETCH(qsizetype, payloadSize);

    const Frame frame{type, flags, streamId, patterned(payloadSize)};
    const QByteArray wire = encodeFrame(frame);
    QCOMPARE(wire.size(), FrameHeaderSize + payloadSize);

    FrameDecoder decoder;
    QVERIFY(decoder.feed(wire));
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoder.errorString(), QString());
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.pendingFrames(), 1);
    const auto decoded = decoder.next();
    QVERIFY(decoded);
    QCOMPARE(decoded->type, type);
    QCOMPARE(decoded->flags, flags);
    QCOMPARE(decoded->streamId, streamId);
    QCOMPARE(decoded->payload, frame.payload);
    QCOMPARE(decoder.pendingFrames(), 0);
    QVERIFY(!decoder.next());
}

void tst_FrameCodec::goldenBytes()
{
    const Frame frame{FrameType::Data, 0x81, 0x01020304, QByteArrayLiteral("hi")};
    const QByteArray expected = QByteArrayLiteral("\x00\x00\x00\x08" // length: 6 + 2
                                                  "\x01" // type: Data
                                                  "\x81" // flags
                                                  "\x01\x02\x03\x04" // stream id
                                                  "hi");
    QCOMPARE(encodeFrame(frame), expected);

    FrameDecoder decoder;
    QVERIFY(decoder.feed(expected));
    QCOMPARE(decoder.next(), frame);

    const Frame ping{FrameType::Ping, 0, 0, {}};
    QCOMPARE(encodeFrame(ping), QByteArrayLiteral("\x00\x00\x00\x06\x02\x00\x00\x00\x00\x00"));
}

void tst_FrameCodec::appendFrameAppends()
{
    const Frame first{FrameType::Control, 0, 1, QByteArrayLiteral("one")};
    const Frame second{FrameType::Pong, 2, 3, {}};
    QByteArray out = QByteArrayLiteral("prefix");
    appendFrame(out, first);
    appendFrame(out, second);
    QCOMPARE(out, QByteArrayLiteral("prefix") + encodeFrame(first) + encodeFrame(second));
}

void tst_FrameCodec::byteAtATime()
{
    const QList<Frame> frames = {
        {FrameType::Control, 1, 7, QByteArrayLiteral("hello")},
        {FrameType::Ping, 0, 0, {}},
        {FrameType::Data, 0, 9, patterned(300)},
    };
    const QByteArray wire = encodeAll(frames);

    FrameDecoder decoder;
    QList<Frame> decoded;
    qsizetype frameEnd = 0;
    int nextFrame = 0;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        QVERIFY(decoder.feed(wire.sliced(i, 1)));
        if (i + 1 == frameEnd + FrameHeaderSize + frames[nextFrame].payload.size()) {
            // The frame is out exactly when its last byte arrived.
            QCOMPARE(decoder.pendingFrames(), 1);
            QCOMPARE(decoder.bufferedBytes(), 0);
            decoded.append(*decoder.next());
            frameEnd = i + 1;
            ++nextFrame;
        } else {
            QCOMPARE(decoder.pendingFrames(), 0);
            QCOMPARE(decoder.bufferedBytes(), i + 1 - frameEnd);
        }
    }
    QCOMPARE(decoded, frames);
    QVERIFY(!decoder.hasError());
}

// The split sizes both random-split tests run with, seeds from firstSeed.
static void addSplitRows(quint32 firstSeed, const char *unit)
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxChunk");
    const std::pair<const char *, int> sizes[]
        = {{"tiny", 7}, {"header-sized", 23}, {"socket-sized", 16 * 1024}, {"large", 600 * 1024}};
    quint32 seed = firstSeed;
    for (const auto &[size, maxChunk] : sizes)
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1StringView(size), QLatin1StringView(unit))))
            << seed++ << maxChunk;
}

// readFrom(): the same stream read from a source that hands out bytes in
// random amounts, as a socket does, gives the same frames.
void tst_FrameCodec::readFromRandomSplits_data()
{
    addSplitRows(11, "reads");
}

void tst_FrameCodec::readFromRandomSplits()
{
    QFETCH(quint32, seed);
    QFETCH(int, maxChunk);

    QRandomGenerator random(seed);
    const QList<Frame> frames = sampleFrames(random, 60);
    const QByteArray wire = encodeAll(frames);

    FrameDecoder decoder;
    QList<Frame> decoded;
    qsizetype pos = 0;
    while (pos < wire.size()) {
        // What has "arrived" this time; the source runs dry after it.
        const qsizetype end = std::min<qsizetype>(pos + 1 + random.bounded(maxChunk), wire.size());
        const qsizetype start = pos;
        const qint64 read = decoder.readFrom([&](char *data, qint64 maxSize) {
            // Never more than asked, and sometimes less.
            qint64 n = std::min<qint64>(maxSize, end - pos);
            if (n > 1 && random.bounded(4) == 0)
                n = 1 + random.bounded(n);
            std::memcpy(data, wire.constData() + pos, size_t(n));
            pos += n;
            return n;
        });
        QCOMPARE(read, end - start);
        if (random.bounded(3) == 0)
            decoded += takeAll(decoder);
        QVERIFY(decoder.bufferedBytes() < FrameHeaderSize + MaxFramePayload);
    }
    checkEverythingDecoded(decoder, decoded, frames);
}

// A header announcing more than MaxFramePayload is refused as soon as it is
// read, before any buffer for its payload exists or payload is read.
void tst_FrameCodec::readFromRefusesABadHeaderBeforeItsPayload()
{
    const QByteArray wire = rawHeader(quint32(6 + MaxFramePayload + 1), quint8(FrameType::Data)) + patterned(4096);
    qsizetype pos = 0;
    FrameDecoder decoder;
    const qint64 read = decoder.readFrom([&](char *data, qint64 maxSize) {
        const qint64 n = std::min<qint64>(maxSize, wire.size() - pos);
        std::memcpy(data, wire.constData() + pos, size_t(n));
        pos += n;
        return n;
    });
    QCOMPARE(read, -1);
    QVERIFY(decoder.hasError());
    QCOMPARE(pos, FrameHeaderSize);
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.pendingFrames(), 0);
}

void tst_FrameCodec::randomSplits_data()
{
    addSplitRows(1, "chunks");
}

void tst_FrameCodec::randomSplits()
{
    QFETCH(quint32, seed);
    QFETCH(int, maxChunk);

    QRandomGenerator random(seed);
    const QList<Frame> frames = sampleFrames(random, 60);
    const QByteArray wire = encodeAll(frames);

    FrameDecoder decoder;
    QList<Frame> decoded;
    for (qsizetype pos = 0; pos < wire.size();) {
        const qsizetype chunk = std::min<qsizetype>(1 + random.bounded(maxChunk), wire.size() - pos);
        QVERIFY(decoder.feed(QByteArrayView(wire).sliced(pos, chunk)));
        pos += chunk;
        // Take frames out at irregular times, so that queued and fresh
        // frames mix.
        if (random.bounded(3) == 0)
            decoded += takeAll(decoder);
        QVERIFY(decoder.bufferedBytes() < FrameHeaderSize + MaxFramePayload);
    }
    checkEverythingDecoded(decoder, decoded, frames);
}

void tst_FrameCodec::manyFramesInOneFeed()
{
    QRandomGenerator random(99);
    QList<Frame> frames;
    for (int i = 0; i < 2000; ++i)
        frames.append({FrameType(i % 4), quint8(i), quint32(i), patterned(random.bounded(64))});
    const QByteArray wire = encodeAll(frames);
    // A partial frame at the end stays buffered.
    const QByteArray tail = encodeFrame({FrameType::Data, 0, 1, QByteArrayLiteral("tail")}).first(12);

    FrameDecoder decoder;
    QVERIFY(decoder.feed(QByteArray(wire + tail)));
    QCOMPARE(decoder.pendingFrames(), frames.size());
    QCOMPARE(decoder.bufferedBytes(), tail.size());
    QCOMPARE(takeAll(decoder), frames);
}

void tst_FrameCodec::emptyFeed()
{
    FrameDecoder decoder;
    QVERIFY(decoder.feed({}));
    QVERIFY(decoder.feed(QByteArrayView()));
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.pendingFrames(), 0);
    QVERIFY(!decoder.next());
}

void tst_FrameCodec::lengthBelowMinimum_data()
{
    QTest::addColumn<quint32>("length");
    for (quint32 length = 0; length < 6; ++length)
        QTest::addRow("length %u", length) << length;
}

void tst_FrameCodec::lengthBelowMinimum()
{
    QFETCH(quint32, length);
    const QByteArray header = rawHeader(length, quint8(FrameType::Data));

    // Refused as soon as the length field is complete.
    FrameDecoder decoder;
    QVERIFY(decoder.feed(header.first(3)));
    QVERIFY(!decoder.feed(header.sliced(3, 1)));
    QVERIFY(decoder.hasError());
    QVERIFY2(decoder.errorString().contains(QString::number(length)), qPrintable(decoder.errorString()));
    QCOMPARE(decoder.bufferedBytes(), 0);

    FrameDecoder whole;
    QVERIFY(!whole.feed(QByteArray(header + patterned(16))));
    QVERIFY(whole.hasError());
    QCOMPARE(whole.pendingFrames(), 0);
}

void tst_FrameCodec::oversizedPayload_data()
{
    QTest::addColumn<quint32>("length");
    QTest::addColumn<qsizetype>("payloadSize");
    QTest::newRow("one byte too many") << quint32(6 + MaxFramePayload + 1) << MaxFramePayload + 1;
    QTest::newRow("16 MiB") << quint32(6 + 16 * 1024 * 1024) << qsizetype(16 * 1024 * 1024);
    QTest::newRow("largest length field") << quint32(0xffffffff) << qsizetype(0xffffffff) - 6;
}

void tst_FrameCodec::oversizedPayload()
{
    QFETCH(quint32, length);
    QFETCH(qsizetype, payloadSize);

    // Only the header arrives: refused, nothing held for the announced payload.
    FrameDecoder decoder;
    QVERIFY(!decoder.feed(rawHeader(length, quint8(FrameType::Data))));
    QVERIFY(decoder.hasError());
    QCOMPARE(decoder.errorString(), u"frame of %1 bytes exceeds the 262144-byte limit"_s.arg(payloadSize));
    QVERIFY(decoder.bufferedBytes() <= FrameHeaderSize);
    QCOMPARE(decoder.pendingFrames(), 0);

    // The same, a byte at a time: refused once the length field is complete.
    FrameDecoder slow;
    const QByteArray header = rawHeader(length, quint8(FrameType::Data));
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY(slow.feed(header.sliced(i, 1)));
    QVERIFY(!slow.feed(header.sliced(3, 1)));
    QVERIFY(slow.bufferedBytes() <= FrameHeaderSize);
}

void tst_FrameCodec::largestPayloadIsNotReserved()
{
    // A legal announcement of the largest payload, with only the header sent:
    // the decoder waits, holding just the bytes it was given.
    FrameDecoder decoder;
    QVERIFY(decoder.feed(rawHeader(quint32(6 + MaxFramePayload), quint8(FrameType::Data))));
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoder.bufferedBytes(), FrameHeaderSize);
    QVERIFY(decoder.feed(patterned(100)));
    QCOMPARE(decoder.bufferedBytes(), FrameHeaderSize + 100);
    QCOMPARE(decoder.pendingFrames(), 0);
}

void tst_FrameCodec::unknownType_data()
{
    QTest::addColumn<quint8>("type");
    QTest::newRow("first unknown") << quint8(quint8(LastFrameType) + 1);
    QTest::newRow("0x7f") << quint8(0x7f);
    QTest::newRow("0xff") << quint8(0xff);
}

void tst_FrameCodec::unknownType()
{
    QFETCH(quint8, type);

    // Refused as soon as the type byte arrives, before the payload.
    const QByteArray header = rawHeader(6 + 4, type);
    FrameDecoder decoder;
    QVERIFY(decoder.feed(header.first(4)));
    QVERIFY(!decoder.feed(header.sliced(4)));
    QVERIFY(decoder.hasError());
    QCOMPARE(decoder.errorString(), u"unknown frame type %1"_s.arg(type));
    QCOMPARE(decoder.pendingFrames(), 0);
}

void tst_FrameCodec::inputAfterErrorIgnored()
{
    FrameDecoder decoder;
    QVERIFY(!decoder.feed(rawHeader(2, 0)));
    const QString error = decoder.errorString();
    QVERIFY(!error.isEmpty());

    const QByteArray valid = encodeFrame({FrameType::Data, 0, 1, QByteArrayLiteral("late")});
    QVERIFY(!decoder.feed(valid));
    QVERIFY(!decoder.feed(valid.first(3)));
    QVERIFY(decoder.hasError());
    QCOMPARE(decoder.errorString(), error);
    QCOMPARE(decoder.pendingFrames(), 0);
    QCOMPARE(decoder.bufferedBytes(), 0);
    QVERIFY(!decoder.next());
}

void tst_FrameCodec::framesBeforeErrorStayAvailable()
{
    const Frame first{FrameType::Control, 0, 0, QByteArrayLiteral("valid")};
    const Frame second{FrameType::Data, 0, 5, patterned(20)};
    FrameDecoder decoder;
    QVERIFY(!decoder.feed(QByteArray(encodeFrame(first) + encodeFrame(second) + rawHeader(6, 0x40) + patterned(30))));
    QVERIFY(decoder.hasError());
    QCOMPARE(decoder.pendingFrames(), 2);
    QCOMPARE(decoder.next(), first);
    QCOMPARE(decoder.next(), second);
    QVERIFY(!decoder.next());
}

QTEST_APPLESS_MAIN(tst_FrameCodec)
#include "tst_framecodec.moc"
