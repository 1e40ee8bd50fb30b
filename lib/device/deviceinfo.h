#pragma once

#include <Tandem/tandem_export.h>

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Tandem {

/*!
    \struct Tandem::DeviceInfo
    \inmodule Tandem
    \inheaderfile Tandem/deviceinfo.h

    \brief What the app knows of another device right now: merged from the
    trust store (paired), discovery (seen nearby) and live links
    (connected).

    A plain value (a Q_GADGET, so QML reads its properties), returned by
    LocalDevice::devices(), LocalDevice::device() and
    LocalDevice::findDevice(); LocalDevice::devicesChanged() says when to
    ask again.
*/
struct TANDEM_EXPORT DeviceInfo
{
    Q_GADGET
    /*!
        \property Tandem::DeviceInfo::id
        \brief the device id (id, for QML).
    */
    Q_PROPERTY(QString id MEMBER id)
    /*!
        \property Tandem::DeviceInfo::shortId
        \brief the first 8 hex digits of the id, "3f2a 91c0", for people
        (DeviceIdentity::shortIdFor()).
    */
    Q_PROPERTY(QString shortId READ shortId)
    /*!
        \property Tandem::DeviceInfo::name
        \brief the device's name (name, for QML).
    */
    Q_PROPERTY(QString name MEMBER name)
    /*!
        \property Tandem::DeviceInfo::type
        \brief the device's type (type, for QML).
    */
    Q_PROPERTY(QString type MEMBER type)
    /*!
        \property Tandem::DeviceInfo::paired
        \brief whether it is paired (paired, for QML).
    */
    Q_PROPERTY(bool paired MEMBER paired)
    /*!
        \property Tandem::DeviceInfo::reachable
        \brief whether it is reachable now (reachable, for QML).
    */
    Q_PROPERTY(bool reachable MEMBER reachable)
    /*!
        \property Tandem::DeviceInfo::connected
        \brief whether an authenticated link is up (connected, for QML).
    */
    Q_PROPERTY(bool connected MEMBER connected)
    /*!
        \property Tandem::DeviceInfo::transports
        \brief how it is reachable (transports, for QML).
    */
    Q_PROPERTY(QStringList transports MEMBER transports)

public:
    /*!
        \variable Tandem::DeviceInfo::id
        \brief The device id: 64 hex digits.
    */
    QString id;
    /*!
        \variable Tandem::DeviceInfo::name
        \brief The device's name: as it last announced itself, or as stored
        when it was paired.
    */
    QString name;
    /*!
        \variable Tandem::DeviceInfo::type
        \brief The device's type as it announces it, e.g. "desktop" or
        "phone" (LocalDeviceOptions::deviceType).
    */
    QString type;
    /*!
        \variable Tandem::DeviceInfo::paired
        \brief Whether it is in this profile's trust store.
    */
    bool paired = false;
    /*!
        \variable Tandem::DeviceInfo::reachable

        \brief Whether it was heard on the network or is linked right now.
    */
    bool reachable = false;
    /*!
        \variable Tandem::DeviceInfo::connected

        \brief Whether an authenticated link to it is up.
    */
    bool connected = false;
    /*!
        \variable Tandem::DeviceInfo::transports

        \brief How it is reachable: "lan", "bluetooth", or both.
    */
    QStringList transports;
    /*!
        \variable Tandem::DeviceInfo::address

        \brief Where to dial it ("host:port"), if known.
    */
    QString address;

    QString shortId() const;
    friend bool operator==(const DeviceInfo &, const DeviceInfo &) = default;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::DeviceInfo)
