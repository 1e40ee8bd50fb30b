#pragma once

// What an application may set about links, and how LAN addresses are
// written: the providers themselves are internal (lanlinkprovider.h,
// bluetoothlinkprovider.h); LocalDevice runs them.

#include <Tandem/tandem_export.h>

#include <QHostAddress>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>

namespace Tandem {

/*!
    \fn QString Tandem::formatHostPort(const QHostAddress &address, quint16 port)

    \relates Tandem::LanLinkOptions

    Returns \a address and \a port as LAN addresses are written everywhere:
    "192.168.1.2:47317", "[fe80::1]:47317" (IPv4-mapped IPv6 addresses are
    shown as IPv4).
*/
TANDEM_EXPORT QString formatHostPort(const QHostAddress &address, quint16 port);
/*!
    \fn QString Tandem::formatHostPort(const QString &host, quint16 port)
    \relates Tandem::LanLinkOptions
    \overload

    Returns \a host (a name or an address) and \a port written the same
    way.
*/
TANDEM_EXPORT QString formatHostPort(const QString &host, quint16 port);
/*!
    \fn std::optional<std::pair<QString, quint16>> Tandem::parseHostPort(const QString &address)

    \relates Tandem::LanLinkOptions

    The reverse of formatHostPort(): returns the host (no brackets) and the
    port (1..65535) of \a address, written "host:port" or "[v6]:port";
    nothing for anything else.
*/
TANDEM_EXPORT std::optional<std::pair<QString, quint16>> parseHostPort(const QString &address);

/*!
    \struct Tandem::LanLinkOptions
    \inmodule Tandem
    \inheaderfile Tandem/linkoptions.h

    \brief Where a LanLinkProvider listens, and how long a handshake may
    take (LanLinkProvider::Options).
*/
struct LanLinkOptions
{
    /*!
        \variable Tandem::LanLinkOptions::DefaultPort
        \brief The TCP port links are accepted on by default: 47317.
    */
    static constexpr quint16 DefaultPort = 47317;
    /*!
        \variable Tandem::LanLinkOptions::DefaultHandshakeTimeout
        \brief How long a TLS handshake may take by default: 5 s.
    */
    static constexpr std::chrono::milliseconds DefaultHandshakeTimeout{5000};

    /*!
        \variable Tandem::LanLinkOptions::address
        \brief The address to listen on: any, by default.
    */
    QHostAddress address = QHostAddress::Any;
    /*!
        \variable Tandem::LanLinkOptions::port

        \brief The TCP port to listen on (DefaultPort); 0: any free port.
    */
    quint16 port = DefaultPort;
    /*!
        \variable Tandem::LanLinkOptions::fallbackToAnyPort

        \brief Whether to listen on any free port when port is taken
        (another profile on this machine).
    */
    bool fallbackToAnyPort = true;
    /*!
        \variable Tandem::LanLinkOptions::handshakeTimeout
        \brief How long a TLS handshake may take, either way
        (DefaultHandshakeTimeout).
    */
    std::chrono::milliseconds handshakeTimeout = DefaultHandshakeTimeout;
};

/*!
    \struct Tandem::BluetoothLinkOptions
    \inmodule Tandem
    \inheaderfile Tandem/linkoptions.h

    \brief How long a Bluetooth dial and its TLS handshake may take
    (BluetoothLinkProvider::Options).
*/
struct BluetoothLinkOptions
{
    /*!
        \variable Tandem::BluetoothLinkOptions::connectTimeout

        \brief How long a dial may take before TLS starts: 30 s.

        Paging a device and asking its SDP server for our channel comes before
        TLS, and each can take seconds on a busy radio.
    */
    std::chrono::milliseconds connectTimeout{30000};
    /*!
        \variable Tandem::BluetoothLinkOptions::handshakeTimeout

        \brief How long the TLS handshake may take: 15 s. RSA-3072
        certificates go both ways over a link of tens of KiB/s.
    */
    std::chrono::milliseconds handshakeTimeout{15000};
};

} // namespace Tandem
