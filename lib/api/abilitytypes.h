#pragma once

#include <Tandem/tandem_export.h>

#include <QMetaType>
#include <QString>
#include <QVariantMap>

// Value types of the ability-connection API (AbilityConnectionManager),
// named after OpenHarmony's abilityConnectionManager. ConnectResult lives
// beside the manager because it carries one of its enums. All are Q_GADGETs,
// so QML reads their properties.
namespace Tandem {

/*!
    \struct Tandem::PeerInfo
    \inmodule Tandem
    \inheaderfile Tandem/abilitytypes.h

    \brief One end of a collaboration: the device, and the app and service on
    it.

    Passed to AbilityConnectionManager::createAbilityConnectionSession() to
    name the peer, and received in CollaborationRequest::peerInfo. Only
    deviceId is authenticated; the other names are what the peer claims.
*/
struct TANDEM_EXPORT PeerInfo
{
    Q_GADGET
    /*!
        \property Tandem::PeerInfo::deviceId
        \brief the device (deviceId, for QML).
    */
    Q_PROPERTY(QString deviceId MEMBER deviceId)
    /*!
        \property Tandem::PeerInfo::bundleName
        \brief the app (bundleName, for QML).
    */
    Q_PROPERTY(QString bundleName MEMBER bundleName)
    /*!
        \property Tandem::PeerInfo::moduleName
        \brief the app's module (moduleName, for QML).
    */
    Q_PROPERTY(QString moduleName MEMBER moduleName)
    /*!
        \property Tandem::PeerInfo::abilityName
        \brief the app's ability (abilityName, for QML).
    */
    Q_PROPERTY(QString abilityName MEMBER abilityName)
    /*!
        \property Tandem::PeerInfo::serviceName
        \brief the service (serviceName, for QML).
    */
    Q_PROPERTY(QString serviceName MEMBER serviceName)
    /*!
        \property Tandem::PeerInfo::valid
        \brief whether a device is named (isValid()).
    */
    Q_PROPERTY(bool valid READ isValid)

public:
    /*!
        \variable Tandem::PeerInfo::deviceId
        \brief The device id of the device (at most
        AbilityConnectionManager::MaxNameBytes).
    */
    QString deviceId;
    /*!
        \variable Tandem::PeerInfo::bundleName
        \brief The app's bundle name, as in OpenHarmony.
    */
    QString bundleName;
    /*!
        \variable Tandem::PeerInfo::moduleName
        \brief The app's module name, as in OpenHarmony.
    */
    QString moduleName;
    /*!
        \variable Tandem::PeerInfo::abilityName
        \brief The app's ability name, as in OpenHarmony.
    */
    QString abilityName;
    /*!
        \variable Tandem::PeerInfo::serviceName

        The service on that device: what a connect asks for, or, in a request,
        the service the peer connects from.
    */
    QString serviceName;

    bool isValid() const { return !deviceId.isEmpty(); }
    friend bool operator==(const PeerInfo &, const PeerInfo &) = default;
};

/*!
    \struct Tandem::ConnectOptions
    \inmodule Tandem
    \inheaderfile Tandem/abilitytypes.h

    \brief What the initiator wants from a collaboration.

    Given to AbilityConnectionManager::createAbilityConnectionSession(), and
    received in CollaborationRequest::options. Streams are carried to the
    peer as wishes only: Tandem has no media streams yet.
*/
struct TANDEM_EXPORT ConnectOptions
{
    Q_GADGET
    /*!
        \property Tandem::ConnectOptions::needSendData
        \brief the wish to send data (needSendData, for QML).
    */
    Q_PROPERTY(bool needSendData MEMBER needSendData)
    /*!
        \property Tandem::ConnectOptions::needSendStream
        \brief the wish to send a stream (needSendStream, for QML).
    */
    Q_PROPERTY(bool needSendStream MEMBER needSendStream)
    /*!
        \property Tandem::ConnectOptions::needReceiveStream
        \brief the wish to receive a stream (needReceiveStream, for QML).
    */
    Q_PROPERTY(bool needReceiveStream MEMBER needReceiveStream)
    /*!
        \property Tandem::ConnectOptions::parameters
        \brief free-form parameters for the peer app (parameters, for QML).
    */
    Q_PROPERTY(QVariantMap parameters MEMBER parameters)

public:
    /*!
        \variable Tandem::ConnectOptions::needSendData
        \brief Whether the initiator will send data; passed on to the peer.
    */
    bool needSendData = false;
    /*!
        \variable Tandem::ConnectOptions::needSendStream
        \brief Whether the initiator would send a stream; a wish only.
    */
    bool needSendStream = false;
    /*!
        \variable Tandem::ConnectOptions::needReceiveStream
        \brief Whether the initiator would receive a stream; a wish only.
    */
    bool needReceiveStream = false;
    /*!
        \variable Tandem::ConnectOptions::parameters

        Free-form, for the peer app; bounded in size and nesting (see
        AbilityConnectionManager::MaxParametersBytes).
    */
    QVariantMap parameters;

    friend bool operator==(const ConnectOptions &, const ConnectOptions &) = default;
};

/*!
    \struct Tandem::CollaborationRequest
    \inmodule Tandem
    \inheaderfile Tandem/abilitytypes.h

    \brief A peer asks to collaborate (OpenHarmony's onCollaborate).

    Carried by AbilityConnectionManager::collaborationRequested(); answer
    with AbilityConnectionManager::acceptConnect() (a session created for
    peerInfo, and token) or AbilityConnectionManager::reject().
*/
struct TANDEM_EXPORT CollaborationRequest
{
    Q_GADGET
    /*!
        \property Tandem::CollaborationRequest::token
        \brief the request's one-time token (token, for QML).
    */
    Q_PROPERTY(QString token MEMBER token)
    /*!
        \property Tandem::CollaborationRequest::serviceName
        \brief our service the peer asked for (serviceName, for QML).
    */
    Q_PROPERTY(QString serviceName MEMBER serviceName)
    /*!
        \property Tandem::CollaborationRequest::peerInfo
        \brief who asks (peerInfo, for QML).
    */
    Q_PROPERTY(Tandem::PeerInfo peerInfo MEMBER peerInfo)
    /*!
        \property Tandem::CollaborationRequest::options
        \brief what the peer wants (options, for QML).
    */
    Q_PROPERTY(Tandem::ConnectOptions options MEMBER options)

public:
    /*!
        \variable Tandem::CollaborationRequest::token
        \brief The one-time token that answers this request
        (AbilityConnectionManager::TokenBytes random bytes, in hex).
    */
    QString token;
    /*!
        \variable Tandem::CollaborationRequest::serviceName
        \brief Ours: the service the peer asked for.
    */
    QString serviceName;
    /*!
        \variable Tandem::CollaborationRequest::peerInfo
        \brief Who asks: PeerInfo::deviceId is the authenticated peer, the
        rest its claims; PeerInfo::serviceName is the service it connects
        from.
    */
    PeerInfo peerInfo;
    /*!
        \variable Tandem::CollaborationRequest::options
        \brief What the peer wants from the collaboration.
    */
    ConnectOptions options;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::PeerInfo)
Q_DECLARE_METATYPE(Tandem::ConnectOptions)
Q_DECLARE_METATYPE(Tandem::CollaborationRequest)
