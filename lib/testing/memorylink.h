#pragma once

#include <Tandem/link.h>

#include <QPointer>
#include <QRandomGenerator>

#include <utility>

namespace Tandem {

struct MemoryLinkOptions
{
    // 0: each write arrives whole; otherwise in chunks of 1..maxChunk bytes.
    qsizetype maxChunk = 0;
    quint32 seed = 1;
};

// Two links joined in memory, for deterministic tests of everything above
// the link layer. Delivery is asynchronous (queued), like a socket's, and
// can be cut into chunks at random boundaries (fixed seed) to shake out
// framing bugs.
class MemoryLink : public Link
{
    Q_OBJECT

public:
    using Options = MemoryLinkOptions;

    // Returns {a, b}: a is the outgoing side (it "dialled"), b the incoming.
    // `certificateA` is a's own certificate, which b sees as its peer's.
    static std::pair<MemoryLink *, MemoryLink *>
    createPair(const QByteArray &certificateA, const QByteArray &certificateB, const Options &options = {});

    Transport transport() const override { return Transport::Memory; }
    QString peerAddress() const override { return QStringLiteral("memory"); }
    QString encryption() const override { return QStringLiteral("none (in-process memory)"); }
    void write(QByteArrayView data) override;
    QByteArray readAll() override;
    qint64 bytesToWrite() const override { return 0; }

    // A silent network: writes in either direction vanish until resumed
    // (what a dead peer looks like to keepalive).
    void setBlackhole(bool on);
    // A network drop: both ends see closed(reason) without a goodbye.
    void sever(const QString &reason);

protected:
    void closeTransport() override;

private:
    MemoryLink(const QByteArray &peerCertificate, bool outgoing, const Options &options);
    void deliver(const QByteArray &data);

    QPointer<MemoryLink> m_peer;
    QByteArray m_inbound;
    Options m_options;
    QRandomGenerator m_random;
    bool m_blackhole = false;
};

} // namespace Tandem
