#include "serviceprotocol_p.h"

#include <QCborArray>
#include <QCborValue>
#include <QTimeZone>

namespace Tandem::ServiceProtocol {

namespace {

constexpr QLatin1StringView IdKey{"id"};
constexpr QLatin1StringView NameKey{"name"};
constexpr QLatin1StringView TypeKey{"type"};
constexpr QLatin1StringView PairedKey{"paired"};
constexpr QLatin1StringView ReachableKey{"reachable"};
constexpr QLatin1StringView ConnectedKey{"connected"};
constexpr QLatin1StringView TransportsKey{"transports"};
constexpr QLatin1StringView AddressKey{"address"};
constexpr QLatin1StringView PairedAtKey{"paired-at"};
constexpr QLatin1StringView ProtocolVersionKey{"protocol-version"};
constexpr QLatin1StringView AutoAcceptKey{"auto-accept-sessions"};
constexpr QLatin1StringView BluetoothAddressKey{"bluetooth-address"};

bool isText(const QCborMap &map, QLatin1StringView key)
{
    return map.value(key).isString();
}

} // namespace

QCborMap deviceToCbor(const DeviceInfo &device)
{
    QCborMap map;
    map.insert(IdKey, device.id);
    map.insert(NameKey, device.name);
    map.insert(TypeKey, device.type);
    map.insert(PairedKey, device.paired);
    map.insert(ReachableKey, device.reachable);
    map.insert(ConnectedKey, device.connected);
    map.insert(TransportsKey, QCborArray::fromStringList(device.transports));
    map.insert(AddressKey, device.address);
    return map;
}

std::optional<DeviceInfo> deviceFromCbor(const QCborMap &map)
{
    if (!isText(map, IdKey) || !isText(map, NameKey) || !map.value(TransportsKey).isArray())
        return std::nullopt;
    DeviceInfo device;
    device.id = map.value(IdKey).toString();
    device.name = map.value(NameKey).toString();
    device.type = map.value(TypeKey).toString();
    device.paired = map.value(PairedKey).toBool();
    device.reachable = map.value(ReachableKey).toBool();
    device.connected = map.value(ConnectedKey).toBool();
    for (const QCborValue &transport : map.value(TransportsKey).toArray()) {
        if (!transport.isString())
            return std::nullopt;
        device.transports << transport.toString();
    }
    device.address = map.value(AddressKey).toString();
    return device;
}

QCborMap trustedToCbor(const TrustedDevice &device)
{
    QCborMap map;
    map.insert(IdKey, device.deviceId);
    map.insert(NameKey, device.name);
    map.insert(PairedAtKey, device.pairedAt.toSecsSinceEpoch());
    map.insert(ProtocolVersionKey, device.protocolVersion);
    map.insert(AutoAcceptKey, device.autoAcceptSessions);
    map.insert(BluetoothAddressKey, device.bluetoothAddress);
    return map;
}

std::optional<TrustedDevice> trustedFromCbor(const QCborMap &map)
{
    if (!isText(map, IdKey) || !isText(map, NameKey) || !map.value(PairedAtKey).isInteger())
        return std::nullopt;
    TrustedDevice device;
    device.deviceId = map.value(IdKey).toString();
    device.name = map.value(NameKey).toString();
    device.pairedAt = QDateTime::fromSecsSinceEpoch(map.value(PairedAtKey).toInteger(), QTimeZone::UTC);
    device.protocolVersion = int(map.value(ProtocolVersionKey).toInteger());
    device.autoAcceptSessions = map.value(AutoAcceptKey).toBool();
    device.bluetoothAddress = map.value(BluetoothAddressKey).toString();
    return device;
}

std::optional<QList<QCborMap>> mapsFromCbor(const QByteArray &body)
{
    if (body.size() > MaxListBytes)
        return std::nullopt;
    // From the host, which the kernel says is this user (a process that
    // could do anything this user can anyway); QCborValue bounds its own
    // recursion.
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isArray())
        return std::nullopt;
    QList<QCborMap> maps;
    for (const QCborValue &item : value.toArray()) {
        if (!item.isMap())
            return std::nullopt;
        maps << item.toMap();
    }
    return maps;
}

} // namespace Tandem::ServiceProtocol
