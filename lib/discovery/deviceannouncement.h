#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Tandem {

/*!
    \struct Tandem::DeviceAnnouncement
    \inmodule Tandem
    \inheaderfile Tandem/deviceannouncement.h

    \brief What a device says about itself in a LAN discovery datagram.

    Only a hint: anyone can send one, so nothing in it is trusted until a
    TLS link proves the device id. Encoded as a small CBOR map with short
    keys and a magic and version marker, at most MaxSize bytes. A plain
    value; LanDiscovery sends this device's and reports others' in
    LanDiscovery::Peer.
*/
struct TANDEM_EXPORT DeviceAnnouncement
{
    /*!
        \variable Tandem::DeviceAnnouncement::MaxSize

        \brief The largest datagram, in bytes on the wire: 1024. Checked when
        encoding and decoding.
    */
    static constexpr qsizetype MaxSize = 1024;
    /*!
        \variable Tandem::DeviceAnnouncement::MaxDeviceTypeLength
        \brief The longest deviceType: 16 characters.
    */
    static constexpr qsizetype MaxDeviceTypeLength = 16;

    /*!
        \variable Tandem::DeviceAnnouncement::protocolVersion
        \brief The newest protocol version the device speaks.
    */
    int protocolVersion = 1;
    /*!
        \variable Tandem::DeviceAnnouncement::deviceId

        \brief The device id it claims: 64 lowercase hex digits.
    */
    QString deviceId;
    /*!
        \variable Tandem::DeviceAnnouncement::name

        \brief Its name: at most Profile::MaxDeviceNameBytes of UTF-8,
        validated like Profile::validateDeviceName().
    */
    QString name;
    /*!
        \variable Tandem::DeviceAnnouncement::deviceType

        \brief Its type: "desktop", "laptop", "phone", "tablet", ...; at most
        MaxDeviceTypeLength of [a-z0-9-].
    */
    QString deviceType;
    /*!
        \variable Tandem::DeviceAnnouncement::tcpPort

        \brief Where the device accepts TLS links (non-zero).
    */
    quint16 tcpPort = 0;
    /*!
        \variable Tandem::DeviceAnnouncement::wantsReply

        \brief "I just started: answer me directly."
    */
    bool wantsReply = false;

    /*!
        \fn QString Tandem::DeviceAnnouncement::validationError() const

        Returns an empty string when every field is valid, else why not (for
        logs and errors).
    */
    QString validationError() const;

    /*!
        \fn QByteArray Tandem::DeviceAnnouncement::encode() const

        Returns the datagram: a CBOR map with short keys and a magic and
        version marker; an empty QByteArray if the announcement is invalid
        or larger than MaxSize.
    */
    QByteArray encode() const;
    /*!
        \fn std::optional<Tandem::DeviceAnnouncement> Tandem::DeviceAnnouncement::decode(QByteArrayView datagram, QString *error)

        Returns the announcement in \a datagram, or nothing when it is not a
        valid one. Strict validation, never trusts sizes; \a error (may be
        null) says why a datagram was refused.
    */
    static std::optional<DeviceAnnouncement> decode(QByteArrayView datagram, QString *error);

    friend bool operator==(const DeviceAnnouncement &, const DeviceAnnouncement &) = default;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::DeviceAnnouncement)
