#include "linkprovider_p.h"

namespace Tandem {

LinkProvider::LinkProvider(QObject *parent)
    : QObject(parent)
{ }

LinkProvider::~LinkProvider() = default;

QString LinkProvider::knownAddress(const QString &deviceId) const
{
    Q_UNUSED(deviceId)
    return {};
}

void LinkProvider::describePairing(TrustedDevice *device, const Link &link) const
{
    Q_UNUSED(device)
    Q_UNUSED(link)
}

bool LinkProvider::isHandshakingWith(const QString &) const
{
    return false;
}

std::chrono::milliseconds LinkProvider::redialYield() const
{
    return {};
}

} // namespace Tandem
