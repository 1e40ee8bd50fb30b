#include "link.h"

#include "linklogging_p.h"

#include <atomic>
#include <cstring>

namespace Tandem {

Q_LOGGING_CATEGORY(lcLink, "tandem.link", QtInfoMsg)

namespace {
std::atomic<int> closingTransports{0};
}

// A link's own state, out of the installed header so that it can change.
class LinkPrivate
{
public:
    LinkPrivate(const QByteArray &peerCertificateDer, const QString &peerDeviceId, bool outgoing)
        : peerCertificateDer(peerCertificateDer)
        , peerDeviceId(peerDeviceId)
        , outgoing(outgoing)
    { }

    QByteArray peerCertificateDer;
    QString peerDeviceId;
    bool outgoing;
    bool closed = false;
    QByteArray unread; // what read() took with readAll() and has not handed out
};

Link::Link(const QByteArray &peerCertificateDer, const QString &peerDeviceId, bool outgoing, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LinkPrivate>(peerCertificateDer, peerDeviceId, outgoing))
{ }

QByteArray Link::peerCertificateDer() const
{
    return d->peerCertificateDer;
}

QString Link::peerDeviceId() const
{
    return d->peerDeviceId;
}

bool Link::isOutgoing() const
{
    return d->outgoing;
}

bool Link::isOpen() const
{
    return !d->closed;
}

Link::~Link() = default;

qint64 Link::read(char *data, qint64 maxSize)
{
    if (d->unread.isEmpty())
        d->unread = readAll();
    const qint64 n = qMin(maxSize, qint64(d->unread.size()));
    if (n <= 0)
        return 0;
    std::memcpy(data, d->unread.constData(), size_t(n));
    // From the front: moves the start, copies nothing.
    d->unread.remove(0, qsizetype(n));
    return n;
}

void Link::close(const QString &reason)
{
    if (d->closed)
        return;
    d->closed = true;
    qCDebug(lcLink).noquote() << "closing link to" << peerAddress() << "-" << reason;
    closeTransport();
    Q_EMIT closed(reason);
}

void Link::transportClosed(const QString &reason)
{
    if (d->closed)
        return;
    d->closed = true;
    qCDebug(lcLink).noquote() << "link to" << peerAddress() << "closed:" << reason;
    Q_EMIT closed(reason);
}

int Link::transportsClosing()
{
    return closingTransports.load();
}

void Link::beginClosingTransport()
{
    ++closingTransports;
}

void Link::endClosingTransport()
{
    --closingTransports;
}

} // namespace Tandem
