#include "link.h"

#include "linklogging_p.h"

#include <atomic>
#include <cstring>

namespace Tandem {

Q_LOGGING_CATEGORY(lcLink, "tandem.link", QtInfoMsg)

namespace {
std::atomic<int> closingTransports{0};
}

Link::Link(const QByteArray &peerCertificateDer, const QString &peerDeviceId, bool outgoing, QObject *parent)
    : QObject(parent)
    , m_peerCertificateDer(peerCertificateDer)
    , m_peerDeviceId(peerDeviceId)
    , m_outgoing(outgoing)
{ }

Link::~Link() = default;

qint64 Link::read(char *data, qint64 maxSize)
{
    if (m_unread.isEmpty())
        m_unread = readAll();
    const qint64 n = qMin(maxSize, qint64(m_unread.size()));
    if (n <= 0)
        return 0;
    std::memcpy(data, m_unread.constData(), size_t(n));
    // From the front: moves the start, copies nothing.
    m_unread.remove(0, qsizetype(n));
    return n;
}

void Link::close(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    qCDebug(lcLink).noquote() << "closing link to" << peerAddress() << "-" << reason;
    closeTransport();
    Q_EMIT closed(reason);
}

void Link::transportClosed(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
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
