#pragma once

#include "deviceidentity.h"

#include <QtCrypto>

namespace Tandem {

class DeviceIdentityData : public QSharedData
{
public:
    QCA::PrivateKey key;
    QCA::Certificate certificate;
    QString deviceId;
};

// Access to the QCA objects for the layers that need them (TLS over
// Bluetooth), without putting QCA types into the public header.
class DeviceIdentityPrivate
{
public:
    static DeviceIdentity make(const QCA::PrivateKey &key, const QCA::Certificate &certificate);
    static QCA::PrivateKey privateKey(const DeviceIdentity &identity);
    static QCA::Certificate certificate(const DeviceIdentity &identity);
};

} // namespace Tandem
