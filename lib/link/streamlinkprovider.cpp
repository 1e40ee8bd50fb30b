#include "streamlinkprovider.h"

#include "linklogging_p.h"
#include "tlsstream.h"

#include <QIODevice>

namespace Tandem {

class StreamLinkProviderPrivate
{
public:
    DeviceIdentity identity;
    Link::Transport transport;
    std::chrono::milliseconds handshakeTimeout;
    StreamLinkProvider::State state;
    QString reason;
    QList<StreamLinkPeer> peers;
    int pending;
    // Where the inbound ones among them come from (at most
    // MaxPendingHandshakes entries, one per handshake).
    QStringList inbound;
};

StreamLinkProvider::StreamLinkProvider(const DeviceIdentity &identity, Link::Transport transport,
                                       std::chrono::milliseconds handshakeTimeout, QObject *parent)
    : QObject(parent)
    , d(new StreamLinkProviderPrivate{
          identity, transport, handshakeTimeout, StreamLinkProvider::State::Starting, {}, {}, 0, {}})
{ }

StreamLinkProvider::~StreamLinkProvider() = default;

Link::Transport StreamLinkProvider::transport() const
{
    return d->transport;
}

StreamLinkProvider::State StreamLinkProvider::state() const
{
    return d->state;
}

QString StreamLinkProvider::stateReason() const
{
    return d->reason;
}

QList<StreamLinkPeer> StreamLinkProvider::peers() const
{
    return d->peers;
}

int StreamLinkProvider::pendingHandshakes() const
{
    return d->pending;
}

bool StreamLinkProvider::isHandshakingWith(const QString &address) const
{
    return d->inbound.contains(address, Qt::CaseInsensitive); // Bluetooth addresses are hex
}

void StreamLinkProvider::setState(State state, const QString &reason)
{
    const QString newReason = state == State::Available ? QString() : reason;
    if (d->state == state && d->reason == newReason)
        return;
    d->state = state;
    d->reason = newReason;
    qCInfo(lcLink).noquote() << "transport" << int(d->transport) << "state" << int(state) << newReason;
    Q_EMIT stateChanged(state, newReason);
}

void StreamLinkProvider::addPeer(const StreamLinkPeer &peer)
{
    const qsizetype known = d->peers.indexOf(peer);
    if (known == 0)
        return;
    if (known > 0)
        d->peers.removeAt(known);
    d->peers.removeIf([&peer](const StreamLinkPeer &p) { return p.address == peer.address; });
    if (d->peers.size() >= MaxPeers)
        d->peers.removeLast();
    d->peers.prepend(peer);
    Q_EMIT peerFound(peer);
}

void StreamLinkProvider::clearPeers()
{
    d->peers.clear();
}

void StreamLinkProvider::secure(QIODevice *stream, const QString &address, bool outgoing)
{
    if (d->pending >= MaxPendingHandshakes) {
        stream->close();
        stream->deleteLater();
        const QString reason = QStringLiteral("too many connections are still handshaking");
        if (outgoing)
            Q_EMIT connectFailed(address, reason);
        else
            Q_EMIT handshakeFailed(address, reason);
        return;
    }
    ++d->pending;
    if (!outgoing)
        d->inbound.append(address);
    auto *handshake
        = new TlsStreamHandshake(stream, d->identity, outgoing, d->transport, address, d->handshakeTimeout, this);
    connect(handshake, &TlsStreamHandshake::established, this, [this, address, outgoing](Link *link) {
        --d->pending;
        if (!outgoing)
            d->inbound.removeOne(address);
        Q_EMIT linkEstablished(link);
    });
    connect(handshake, &TlsStreamHandshake::failed, this, [this, address, outgoing](const QString &reason) {
        --d->pending;
        if (!outgoing)
            d->inbound.removeOne(address);
        if (outgoing)
            Q_EMIT connectFailed(address, reason);
        else
            Q_EMIT handshakeFailed(address, reason);
    });
    handshake->start();
}

} // namespace Tandem
