#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tandem::Protocol {

// The protocol version this build speaks, and the oldest it still accepts.
inline constexpr int CurrentVersion = 1;
inline constexpr int MinimumVersion = 1;

// The first message each side sends inside TLS. Its device id must match
// the certificate the peer proved during the handshake.
struct TANDEM_EXPORT Hello
{
    static constexpr QLatin1StringView Type{"hello"};
    static constexpr qsizetype InstanceBytes = 16;
    static constexpr qsizetype MaxCapabilities = 32;
    static constexpr qsizetype MaxCapabilityLength = 32;
    static constexpr qsizetype MaxDeviceTypeLength = 16;
    static constexpr qsizetype MaxNameBytes = 64;

    int version = CurrentVersion; // highest version this side speaks
    int minVersion = MinimumVersion; // lowest it accepts
    QString deviceId;
    QString name;
    QString deviceType;
    QStringList capabilities;
    quint16 lanPort = 0; // where this side accepts LAN links (0: none)
    // Random per process start: tells a peer's restart from a second link
    // of the same run (see LocalDevice's one-link-per-device rule).
    QByteArray instance;
    // "I have your certificate pinned": lets a device learn that the other
    // side unpaired while they were apart.
    bool pairedWithYou = false;

    QCborMap toFields() const;
    static std::optional<Hello> fromFields(const QCborMap &fields, QString *error);
};

// The version both sides speak, or 0 when they share none.
TANDEM_EXPORT int negotiateVersion(const Hello &own, const Hello &peer);

} // namespace Tandem::Protocol
