#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tandem::Protocol {

/*!
    \variable Tandem::Protocol::CurrentVersion

    \brief The protocol version this build speaks: 1.
*/
inline constexpr int CurrentVersion = 1;
/*!
    \variable Tandem::Protocol::MinimumVersion
    \brief The oldest protocol version this build still accepts: 1.
*/
inline constexpr int MinimumVersion = 1;

/*!
    \struct Tandem::Protocol::Hello
    \inmodule Tandem
    \inheaderfile Tandem/hello.h

    \brief The first message each side sends inside TLS.

    Its device id must match the certificate the peer proved during the
    handshake. A control message of Type "hello"; toFields() and
    fromFields() convert it, with strict bounds on every field.
*/
struct TANDEM_AUTOTEST_EXPORT Hello
{
    /*!
        \variable Tandem::Protocol::Hello::Type
        \brief The control message type: "hello".
    */
    static constexpr QLatin1StringView Type{"hello"};
    /*!
        \variable Tandem::Protocol::Hello::InstanceBytes
        \brief The size of instance: 16 random bytes.
    */
    static constexpr qsizetype InstanceBytes = 16;
    /*!
        \variable Tandem::Protocol::Hello::MaxCapabilities
        \brief The most capabilities a hello lists: 32.
    */
    static constexpr qsizetype MaxCapabilities = 32;
    /*!
        \variable Tandem::Protocol::Hello::MaxCapabilityLength
        \brief The longest capability name: 32 characters.
    */
    static constexpr qsizetype MaxCapabilityLength = 32;
    /*!
        \variable Tandem::Protocol::Hello::MaxDeviceTypeLength
        \brief The longest deviceType: 16 characters.
    */
    static constexpr qsizetype MaxDeviceTypeLength = 16;
    /*!
        \variable Tandem::Protocol::Hello::MaxNameBytes
        \brief The longest name: 64 bytes of UTF-8 (Profile::MaxDeviceNameBytes).
    */
    static constexpr qsizetype MaxNameBytes = 64;

    /*!
        \variable Tandem::Protocol::Hello::version

        \brief The highest version this side speaks.
    */
    int version = CurrentVersion;
    /*!
        \variable Tandem::Protocol::Hello::minVersion

        \brief The lowest version it accepts.
    */
    int minVersion = MinimumVersion;
    /*!
        \variable Tandem::Protocol::Hello::deviceId
        \brief The sender's device id; must match its certificate.
    */
    QString deviceId;
    /*!
        \variable Tandem::Protocol::Hello::name
        \brief The sender's device name.
    */
    QString name;
    /*!
        \variable Tandem::Protocol::Hello::deviceType
        \brief The sender's device type ("desktop", "phone", ...).
    */
    QString deviceType;
    /*!
        \variable Tandem::Protocol::Hello::capabilities
        \brief Optional features the sender supports, by name.
    */
    QStringList capabilities;
    /*!
        \variable Tandem::Protocol::Hello::lanPort

        \brief Where this side accepts LAN links (0: none).
    */
    quint16 lanPort = 0;
    /*!
        \variable Tandem::Protocol::Hello::instance

        \brief Random per process start (InstanceBytes).

        Tells a peer's restart from a second link of
        the same run (see LocalDevice's one-link-per-device rule).
    */
    QByteArray instance;
    /*!
        \variable Tandem::Protocol::Hello::pairedWithYou

        \brief "I have your certificate pinned".

        Lets a device learn that the other
        side unpaired while they were apart.
    */
    bool pairedWithYou = false;

    /*!
        \fn QCborMap Tandem::Protocol::Hello::toFields() const

        Returns the hello as the fields of its control message.
    */
    QCborMap toFields() const;
    /*!
        \fn std::optional<Tandem::Protocol::Hello> Tandem::Protocol::Hello::fromFields(const QCborMap &fields, QString *error)

        Returns the hello in the control message \a fields, or nothing with
        \a error set when a field is missing, malformed or out of bounds.
    */
    static std::optional<Hello> fromFields(const QCborMap &fields, QString *error);
};

/*!
    \fn int Tandem::Protocol::negotiateVersion(const Tandem::Protocol::Hello &own, const Tandem::Protocol::Hello &peer)

    Returns the highest version both \a own and \a peer speak, or 0 when
        they share none.
*/
TANDEM_AUTOTEST_EXPORT int negotiateVersion(const Hello &own, const Hello &peer);

} // namespace Tandem::Protocol
