#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Tandem {

// What a device says about itself in a LAN discovery datagram. Only a hint:
// anyone can send one, so nothing in it is trusted until a TLS link proves
// the device id. Encoded as a small CBOR map (see deviceannouncement.cpp).
struct TANDEM_EXPORT DeviceAnnouncement
{
    static constexpr qsizetype MaxSize = 1024; // bytes on the wire, checked when encoding and decoding
    static constexpr qsizetype MaxDeviceTypeLength = 16;

    int protocolVersion = 1;
    QString deviceId; // 64 lowercase hex digits
    QString name; // <= Profile::MaxDeviceNameBytes of UTF-8, validated like Profile::validateDeviceName
    QString deviceType; // "desktop", "laptop", "phone", "tablet", ... <= MaxDeviceTypeLength of [a-z0-9-]
    quint16 tcpPort = 0; // where the device accepts TLS links (non-zero)
    bool wantsReply = false; // "I just started: answer me directly"

    // Empty when every field is valid, else why not (for logs and errors).
    QString validationError() const;

    // CBOR map with short keys and a magic/version marker; empty QByteArray
    // if invalid or > MaxSize.
    QByteArray encode() const;
    // Strict validation, never trusts sizes; `error` (may be null) says why
    // a datagram was refused.
    static std::optional<DeviceAnnouncement> decode(QByteArrayView datagram, QString *error);

    friend bool operator==(const DeviceAnnouncement &, const DeviceAnnouncement &) = default;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::DeviceAnnouncement)
