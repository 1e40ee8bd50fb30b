#include "lanprovider_p.h"

#include <Tandem/hello.h>

namespace Tandem {

LanProvider::LanProvider(const DeviceIdentity &identity, const LanLinkOptions &options, QObject *parent)
    : LinkProvider(parent)
    , m_provider(std::make_unique<LanLinkProvider>(identity, options))
{
    connect(m_provider.get(), &LanLinkProvider::linkEstablished, this, &LinkProvider::linkEstablished);
    connect(m_provider.get(), &LanLinkProvider::connectFailed, this, &LinkProvider::connectFailed);
}

LanProvider::~LanProvider() = default;

bool LanProvider::listen(QString *error)
{
    return m_provider->listen(error);
}

quint16 LanProvider::port() const
{
    return m_provider->port();
}

QString LanProvider::name() const
{
    return QStringLiteral("LAN");
}

bool LanProvider::handshakesPending() const
{
    return m_provider->pendingHandshakes() > 0;
}

QString LanProvider::learnAddress(const QString &deviceId, const Link &link, const Protocol::Hello &hello, bool paired)
{
    Q_UNUSED(deviceId)
    Q_UNUSED(paired)
    // The link's source port is any; the hello says where it listens.
    const auto hostPort = parseHostPort(link.peerAddress());
    if (!hostPort || hello.lanPort == 0)
        return {};
    return formatHostPort(hostPort->first, hello.lanPort);
}

bool LanProvider::connectTo(const QString &address, const QString &deviceId)
{
    Q_UNUSED(deviceId)
    const auto target = parseHostPort(address);
    if (!target)
        return false;
    m_provider->connectToHost(target->first, target->second);
    return true;
}

} // namespace Tandem
