#include "memorylink.h"

#include <Tandem/deviceidentity.h>

namespace Tandem {

MemoryLink::MemoryLink(const QByteArray &peerCertificate, bool outgoing, const Options &options)
    : Link(peerCertificate, DeviceIdentity::deviceIdForCertificate(peerCertificate), outgoing, nullptr)
    , m_options(options)
    , m_random(options.seed + (outgoing ? 0 : 7919))
{ }

std::pair<MemoryLink *, MemoryLink *> MemoryLink::createPair(const QByteArray &certificateA,
                                                             const QByteArray &certificateB, const Options &options)
{
    auto *a = new MemoryLink(certificateB, true, options);
    auto *b = new MemoryLink(certificateA, false, options);
    a->m_peer = b;
    b->m_peer = a;
    return {a, b};
}

void MemoryLink::write(QByteArrayView data)
{
    if (!isOpen() || !m_peer || data.isEmpty() || m_blackhole || m_peer->m_blackhole)
        return;
    qsizetype offset = 0;
    while (offset < data.size()) {
        qsizetype chunk = data.size() - offset;
        if (m_options.maxChunk > 0)
            chunk = qMin(chunk, qsizetype(m_random.bounded(quint32(m_options.maxChunk))) + 1);
        const QByteArray piece = data.sliced(offset, chunk).toByteArray();
        offset += chunk;
        QMetaObject::invokeMethod(
            m_peer,
            [peer = m_peer, piece] {
                if (peer)
                    peer->deliver(piece);
            },
            Qt::QueuedConnection);
    }
    const qint64 written = data.size();
    QMetaObject::invokeMethod(this, [this, written] { Q_EMIT bytesWritten(written); }, Qt::QueuedConnection);
}

void MemoryLink::deliver(const QByteArray &data)
{
    if (!isOpen())
        return;
    m_inbound += data;
    Q_EMIT readyRead();
}

QByteArray MemoryLink::readAll()
{
    return std::exchange(m_inbound, {});
}

void MemoryLink::setBlackhole(bool on)
{
    m_blackhole = on;
}

void MemoryLink::sever(const QString &reason)
{
    QPointer<MemoryLink> peer = m_peer;
    m_peer = nullptr;
    transportClosed(reason);
    if (peer) {
        peer->m_peer = nullptr;
        peer->transportClosed(reason);
    }
}

void MemoryLink::closeTransport()
{
    // An orderly close: what was written before still arrives (it is queued
    // ahead of this), then the peer sees the end of the stream.
    if (QPointer<MemoryLink> peer = std::exchange(m_peer, nullptr)) {
        QMetaObject::invokeMethod(
            peer,
            [peer] {
                if (peer)
                    peer->transportClosed(QStringLiteral("closed by peer"));
            },
            Qt::QueuedConnection);
    }
}

} // namespace Tandem
