#pragma once

#include <Tandem/tandem_export.h>

#include <QMetaType>
#include <QString>
#include <QVariantMap>

// Value types of the ability-connection API (AbilityConnectionManager),
// named after OpenHarmony's abilityConnectionManager. ConnectResult lives
// beside the manager because it carries one of its enums.
namespace Tandem {

// One end of a collaboration: the device, and the app and service on it.
struct TANDEM_EXPORT PeerInfo
{
    Q_GADGET
    Q_PROPERTY(QString deviceId MEMBER deviceId)
    Q_PROPERTY(QString bundleName MEMBER bundleName)
    Q_PROPERTY(QString moduleName MEMBER moduleName)
    Q_PROPERTY(QString abilityName MEMBER abilityName)
    Q_PROPERTY(QString serviceName MEMBER serviceName)
    Q_PROPERTY(bool valid READ isValid)

public:
    QString deviceId;
    QString bundleName;
    QString moduleName;
    QString abilityName;
    // The service on that device: what a connect asks for, or, in a
    // request, the service the peer connects from.
    QString serviceName;

    bool isValid() const { return !deviceId.isEmpty(); }
    friend bool operator==(const PeerInfo &, const PeerInfo &) = default;
};

// What the initiator wants from a collaboration. Streams are carried to the
// peer as wishes only: Tandem has no media streams yet.
struct TANDEM_EXPORT ConnectOptions
{
    Q_GADGET
    Q_PROPERTY(bool needSendData MEMBER needSendData)
    Q_PROPERTY(bool needSendStream MEMBER needSendStream)
    Q_PROPERTY(bool needReceiveStream MEMBER needReceiveStream)
    Q_PROPERTY(QVariantMap parameters MEMBER parameters)

public:
    bool needSendData = false;
    bool needSendStream = false;
    bool needReceiveStream = false;
    // Free-form, for the peer app; bounded in size and nesting (see
    // AbilityConnectionManager::MaxParametersBytes).
    QVariantMap parameters;

    friend bool operator==(const ConnectOptions &, const ConnectOptions &) = default;
};

// A peer asks to collaborate (OpenHarmony's onCollaborate): answer with
// acceptConnect(sessionId, token) or reject(token, reason).
struct TANDEM_EXPORT CollaborationRequest
{
    Q_GADGET
    Q_PROPERTY(QString token MEMBER token)
    Q_PROPERTY(QString serviceName MEMBER serviceName)
    Q_PROPERTY(Tandem::PeerInfo peerInfo MEMBER peerInfo)
    Q_PROPERTY(Tandem::ConnectOptions options MEMBER options)

public:
    QString token; // one-time
    QString serviceName; // ours, the one the peer asked for
    PeerInfo peerInfo; // deviceId is the authenticated peer, the rest its claims
    ConnectOptions options;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::PeerInfo)
Q_DECLARE_METATYPE(Tandem::ConnectOptions)
Q_DECLARE_METATYPE(Tandem::CollaborationRequest)
