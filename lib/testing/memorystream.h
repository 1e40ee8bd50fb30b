#pragma once

#include <QElapsedTimer>
#include <QIODevice>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

namespace Tandem {

struct MemoryStreamOptions
{
    // RFCOMM carries a stream in frames of about a kilobyte (BlueZ
    // negotiates an MTU near 1000 bytes), and a reader sees them one by one.
    static constexpr qsizetype RfcommFrameBytes = 1011;

    // Bytes arrive in pieces of 1..maxChunk bytes, cut at random (fixed
    // seed), each raising its own readyRead; 0: each transmission whole.
    qsizetype maxChunk = RfcommFrameBytes;
    // 0: as fast as the event loop turns; otherwise this many bytes a
    // second in each direction, like a radio link (tens to hundreds of KiB/s
    // for Bluetooth Classic).
    qint64 bytesPerSecond = 0;
    quint32 seed = 1;
};

// Two connected byte streams in memory that behave like an RFCOMM socket
// pair (QBluetoothSocket): writes are buffered and leave at the link's pace
// (bytesToWrite() shows what is still waiting, bytesWritten() when it
// leaves), reads come in small pieces at random boundaries, and either end
// can close in order or be cut. For tests of what runs over a stream
// (QCA TLS, then frames and sessions) without a radio.
class MemoryStream : public QIODevice
{
    Q_OBJECT

public:
    using Options = MemoryStreamOptions;

    // Both ends open for reading and writing; the caller owns them.
    static std::pair<MemoryStream *, MemoryStream *> createPair(const Options &options = {});
    ~MemoryStream() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    // An orderly close: what was written still reaches the peer, which then
    // sees the end of the stream (readChannelFinished).
    void close() override;
    // A drop (out of range, adapter gone): both ends end now, what was in
    // flight is lost.
    void sever(const QString &reason);
    bool isEnded() const { return m_ended; }

Q_SIGNALS:
    // The stream ended (orderly or not); errorString() says why.
    void disconnected();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    explicit MemoryStream(const Options &options, quint32 seed);
    void transmit();
    void scheduleTransmit();
    void receive(const QByteArray &piece);
    void end(const QString &reason);

    Options m_options;
    QRandomGenerator m_random;
    QPointer<MemoryStream> m_peer;
    QByteArray m_inbound;
    qsizetype m_inboundPos = 0;
    QByteArray m_outbound;
    qsizetype m_outboundPos = 0;
    QTimer m_pace;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    double m_budget = 0;
    bool m_closing = false;
    bool m_ended = false;
};

} // namespace Tandem
