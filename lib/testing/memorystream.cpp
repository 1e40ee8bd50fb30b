#include "memorystream.h"

#include <algorithm>

namespace Tandem {

namespace {
// Pacing granularity of a rate-limited stream: small enough to look like a
// steady radio, large enough not to spin the event loop.
constexpr int PaceIntervalMs = 4;
// A rate-limited link may save up at most this much time of sending while
// idle, so that a burst after a pause is not sent all at once.
constexpr double MaxBurstSeconds = 0.02;
} // namespace

MemoryStream::MemoryStream(const Options &options, quint32 seed)
    : m_options(options)
    , m_random(seed)
{
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &MemoryStream::transmit);
    m_clock.start();
}

MemoryStream::~MemoryStream()
{
    // Like a kernel socket, what was written before the owner let go still
    // goes out (a closing link's last words), then the peer sees the end.
    if (QPointer<MemoryStream> peer = m_peer; peer && !m_ended) {
        if (m_outboundPos < m_outbound.size())
            peer->receive(m_outbound.sliced(m_outboundPos));
        if (peer)
            peer->end(QStringLiteral("connection closed by peer"));
    }
}

std::pair<MemoryStream *, MemoryStream *> MemoryStream::createPair(const Options &options)
{
    auto *a = new MemoryStream(options, options.seed);
    auto *b = new MemoryStream(options, options.seed + 7919);
    a->m_peer = b;
    b->m_peer = a;
    a->open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    b->open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    return {a, b};
}

qint64 MemoryStream::bytesAvailable() const
{
    return m_inbound.size() - m_inboundPos + QIODevice::bytesAvailable();
}

qint64 MemoryStream::bytesToWrite() const
{
    return m_outbound.size() - m_outboundPos;
}

qint64 MemoryStream::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_inbound.size() - m_inboundPos);
    if (n == 0)
        return m_ended ? -1 : 0;
    std::copy_n(m_inbound.constData() + m_inboundPos, n, data);
    m_inboundPos += n;
    if (m_inboundPos == m_inbound.size()) {
        m_inbound.clear();
        m_inboundPos = 0;
    }
    return n;
}

qint64 MemoryStream::writeData(const char *data, qint64 size)
{
    if (m_ended || m_closing) {
        setErrorString(QStringLiteral("the stream is closed"));
        return -1;
    }
    // Drop what has left before appending, so the buffer does not grow
    // with everything ever sent.
    if (m_outboundPos > 0 && m_outboundPos >= m_outbound.size() / 2) {
        m_outbound.remove(0, m_outboundPos);
        m_outboundPos = 0;
    }
    m_outbound.append(data, size);
    scheduleTransmit();
    return size;
}

void MemoryStream::scheduleTransmit()
{
    if (m_pace.isActive() || m_ended)
        return;
    m_pace.start(m_options.bytesPerSecond > 0 ? PaceIntervalMs : 0);
}

void MemoryStream::transmit()
{
    if (m_ended)
        return;
    qint64 pending = m_outbound.size() - m_outboundPos;
    qint64 allowance = pending;
    if (m_options.bytesPerSecond > 0) {
        const qint64 now = m_clock.nsecsElapsed();
        const double elapsed = double(now - m_lastTick) / 1e9;
        m_lastTick = now;
        m_budget = std::min(m_budget + elapsed * double(m_options.bytesPerSecond),
                            std::max(double(m_options.maxChunk), MaxBurstSeconds * double(m_options.bytesPerSecond)));
        allowance = std::min<qint64>(pending, qint64(m_budget));
    }
    qint64 sent = 0;
    while (sent < allowance && m_peer) {
        qint64 piece = allowance - sent;
        if (m_options.maxChunk > 0)
            piece = std::min<qint64>(piece, qint64(m_random.bounded(quint32(m_options.maxChunk))) + 1);
        const QByteArray bytes(m_outbound.constData() + m_outboundPos, piece);
        m_outboundPos += piece;
        sent += piece;
        m_peer->receive(bytes);
        if (m_ended)
            return; // the peer's reader closed us
    }
    m_budget -= double(sent);
    pending -= sent;
    if (sent > 0)
        Q_EMIT bytesWritten(sent);
    if (m_ended)
        return;
    if (pending > 0 && m_peer) {
        scheduleTransmit();
    } else if (m_closing && pending == 0) {
        if (QPointer<MemoryStream> peer = m_peer)
            peer->end(QStringLiteral("connection closed by peer"));
        end(QStringLiteral("closed"));
    }
}

void MemoryStream::receive(const QByteArray &piece)
{
    if (m_ended)
        return;
    m_inbound.append(piece);
    Q_EMIT readyRead();
}

void MemoryStream::close()
{
    if (m_closing || m_ended)
        return;
    m_closing = true;
    // What was written drains through transmit(), which then ends both.
    if (!m_pace.isActive())
        m_pace.start(0);
}

void MemoryStream::sever(const QString &reason)
{
    QPointer<MemoryStream> peer = m_peer;
    end(reason);
    if (peer)
        peer->end(reason);
}

void MemoryStream::end(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_peer = nullptr;
    m_pace.stop();
    m_outbound.clear();
    m_outboundPos = 0;
    setErrorString(reason);
    Q_EMIT readChannelFinished();
    Q_EMIT disconnected();
}

} // namespace Tandem
