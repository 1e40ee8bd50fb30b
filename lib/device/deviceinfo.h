#pragma once

#include <Tandem/tandem_export.h>

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Tandem {

// What the app knows of another device right now: merged from the trust
// store (paired), discovery (seen nearby) and live links (connected).
struct TANDEM_EXPORT DeviceInfo
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString shortId READ shortId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(bool paired MEMBER paired)
    Q_PROPERTY(bool reachable MEMBER reachable)
    Q_PROPERTY(bool connected MEMBER connected)
    Q_PROPERTY(QStringList transports MEMBER transports)

public:
    QString id;
    QString name;
    QString type;
    bool paired = false;
    bool reachable = false; // heard on the network or linked right now
    bool connected = false; // an authenticated link is up
    QStringList transports; // "lan", "bluetooth"
    QString address; // where to dial it ("host:port"), if known

    QString shortId() const;
    friend bool operator==(const DeviceInfo &, const DeviceInfo &) = default;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::DeviceInfo)
