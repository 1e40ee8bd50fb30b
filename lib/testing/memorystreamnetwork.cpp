#include "memorystreamnetwork.h"

#include <algorithm>

#include <Tandem/tlsstream.h>

namespace Tandem {

class MemoryStreamLinkProvider : public StreamLinkProvider
{
public:
    MemoryStreamLinkProvider(MemoryStreamNetwork *network, const DeviceIdentity &identity, const QString &address)
        : StreamLinkProvider(identity, network->m_transport, DefaultTlsHandshakeTimeout, nullptr)
        , network(network)
        , address(address)
        , deviceId(identity.deviceId())
    { }

    void start() override
    {
        started = true;
        QMetaObject::invokeMethod(this, [this] { setState(State::Available); }, Qt::QueuedConnection);
    }
    void stop() override
    {
        started = false;
        setState(State::Unavailable, QStringLiteral("stopped"));
    }
    void setAdvertisedName(const QString &n) override { name = n; }
    void discover() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!network || !started || !network->inRange(address))
                    return;
                for (const auto &other : std::as_const(network->m_providers)) {
                    if (other && other != this && other->started && network->inRange(other->address)
                        && !network->m_hidden.contains(other->address))
                        addPeer({other->address,
                                 network->m_withoutDeviceId.contains(other->deviceId) ? QString() : other->deviceId,
                                 other->name});
                }
            },
            Qt::QueuedConnection);
    }
    void connectTo(const QString &target) override
    {
        // Like a socket: the outcome comes later, never inside the call.
        QMetaObject::invokeMethod(
            this,
            [this, target] {
                MemoryStreamLinkProvider *other = network ? network->find(target) : nullptr;
                if (!started || !other || !other->started || !network->inRange(address) || !network->inRange(target)) {
                    Q_EMIT connectFailed(target, QStringLiteral("host is down"));
                    return;
                }
                MemoryStreamOptions options = network->m_options;
                options.seed += quint32(network->m_connections++) * 104729;
                auto [mine, theirs] = MemoryStream::createPair(options);
                mine->setObjectName(address + u'>' + target);
                theirs->setObjectName(target + u'>' + address);
                network->m_streams << mine << theirs;
                other->secure(theirs, address, false);
                secure(mine, target, true);
            },
            Qt::QueuedConnection);
    }

    QPointer<MemoryStreamNetwork> network;
    QString address;
    QString deviceId;
    QString name;
    bool started = false;
};

MemoryStreamNetwork::MemoryStreamNetwork(const MemoryStreamOptions &options, Link::Transport transport, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(transport)
{ }

MemoryStreamNetwork::~MemoryStreamNetwork() = default;

std::unique_ptr<StreamLinkProvider> MemoryStreamNetwork::createProvider(const DeviceIdentity &identity)
{
    QString &address = m_addresses[identity.deviceId()];
    if (address.isEmpty()) {
        // Shaped like a Bluetooth address, so logs read alike.
        address = QStringLiteral("00:00:00:00:%1:%2")
                      .arg(m_nextAddress / 256, 2, 16, QLatin1Char('0'))
                      .arg(m_nextAddress % 256, 2, 16, QLatin1Char('0'))
                      .toUpper();
        ++m_nextAddress;
    }
    auto provider = std::make_unique<MemoryStreamLinkProvider>(this, identity, address);
    m_providers.removeAll(nullptr);
    m_providers << provider.get();
    return provider;
}

void MemoryStreamNetwork::replaceRadio(const QString &deviceId)
{
    m_addresses.remove(deviceId);
}

MemoryStreamLinkProvider *MemoryStreamNetwork::find(const QString &address) const
{
    for (const auto &p : m_providers) {
        if (p && p->address == address)
            return p;
    }
    return nullptr;
}

bool MemoryStreamNetwork::inRange(const QString &address) const
{
    return !m_outOfRange.contains(address);
}

void MemoryStreamNetwork::setInRange(const QString &address, bool in)
{
    if (in) {
        m_outOfRange.removeAll(address);
        return;
    }
    if (!m_outOfRange.contains(address))
        m_outOfRange << address;
    const auto streams = m_streams;
    for (const auto &s : streams) {
        if (s && (s->objectName().startsWith(address + u'>') || s->objectName().endsWith(u'>' + address)))
            s->sever(QStringLiteral("out of range"));
    }
}

void MemoryStreamNetwork::setDiscoverable(const QString &address, bool discoverable)
{
    m_hidden.removeAll(address);
    if (!discoverable)
        m_hidden << address;
}

void MemoryStreamNetwork::setAdvertisesDeviceId(const QString &deviceId, bool advertises)
{
    m_withoutDeviceId.removeAll(deviceId);
    if (!advertises)
        m_withoutDeviceId << deviceId;
}

int MemoryStreamNetwork::openConnections() const
{
    const auto open = std::count_if(m_streams.cbegin(), m_streams.cend(),
                                    [](const QPointer<MemoryStream> &s) { return s && s->isOpen() && !s->isEnded(); });
    return int(open / 2);
}

void MemoryStreamNetwork::severAll(const QString &reason)
{
    const auto streams = m_streams;
    for (const auto &s : streams) {
        if (s)
            s->sever(reason);
    }
    m_streams.removeAll(nullptr);
}

} // namespace Tandem
