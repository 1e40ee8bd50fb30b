// Tandem's SDP record, the same on every platform: what is in it, and how
// a record found by SDP is recognised. Which service id it is published
// under differs by stack (BluetoothPlatform::serviceId(), in the
// per-platform files). See bluetoothlinkprovider_p.h.
#include "bluetoothlinkprovider_p.h"

#include <QBluetoothServiceInfo>

namespace Tandem::BluetoothPlatform {

bool offersTandem(const QBluetoothServiceInfo &info, const QBluetoothUuid &uuid)
{
    return info.serviceClassUuids().contains(uuid) || info.serviceUuid() == uuid;
}

QBluetoothServiceInfo serviceRecord(const QBluetoothUuid &uuid, const QBluetoothUuid &serviceId,
                                    quint16 deviceIdAttribute, const QString &deviceId, const QString &name,
                                    quint8 channel)
{
    QBluetoothServiceInfo service;
    QBluetoothServiceInfo::Sequence classes;
    classes << QVariant::fromValue(uuid);
    service.setAttribute(QBluetoothServiceInfo::ServiceClassIds, classes);
    QBluetoothServiceInfo::Sequence profiles;
    QBluetoothServiceInfo::Sequence serialPort;
    serialPort << QVariant::fromValue(QBluetoothUuid(QBluetoothUuid::ServiceClassUuid::SerialPort))
               << QVariant::fromValue(quint16(0x100));
    profiles.append(QVariant::fromValue(serialPort));
    service.setAttribute(QBluetoothServiceInfo::BluetoothProfileDescriptorList, profiles);
    service.setServiceUuid(serviceId);
    service.setServiceName(name);
    service.setServiceDescription(QStringLiteral("Tandem: encrypted sessions between paired devices"));
    service.setServiceProvider(QStringLiteral("Tandem"));
    service.setAttribute(deviceIdAttribute, deviceId);
    service.setAttribute(QBluetoothServiceInfo::BrowseGroupList,
                         QBluetoothUuid(QBluetoothUuid::ServiceClassUuid::PublicBrowseGroup));
    QBluetoothServiceInfo::Sequence protocols;
    QBluetoothServiceInfo::Sequence l2cap;
    l2cap << QVariant::fromValue(QBluetoothUuid(QBluetoothUuid::ProtocolUuid::L2cap));
    protocols.append(QVariant::fromValue(l2cap));
    QBluetoothServiceInfo::Sequence rfcomm;
    rfcomm << QVariant::fromValue(QBluetoothUuid(QBluetoothUuid::ProtocolUuid::Rfcomm)) << QVariant::fromValue(channel);
    protocols.append(QVariant::fromValue(rfcomm));
    service.setAttribute(QBluetoothServiceInfo::ProtocolDescriptorList, protocols);
    return service;
}

} // namespace Tandem::BluetoothPlatform
