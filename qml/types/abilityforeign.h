#pragma once

#include <Tandem/abilityconnectionmanager.h>
#include <Tandem/abilitytypes.h>

#include "tandemquick_export.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// AbilityConnectionManager as the QML singleton `AbilityConnectionManager`.
// An app that is the device makes the one instance for it (over its
// SessionManager, or over its own DeviceServiceClient) and hands it over
// with setInstance() before loading QML; QML never owns that one. An app
// that hands over none gets one over the running Tandem host of Tandem's
// own profile (DeviceServiceClient::connectToHost()), owned by the engine,
// or null with the reason logged when no host runs.
struct TANDEM_QUICK_EXPORT AbilityConnectionManagerForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::AbilityConnectionManager)
    QML_NAMED_ELEMENT(AbilityConnectionManager)
    QML_SINGLETON

public:
    static void setInstance(Tandem::AbilityConnectionManager *instance);
    static Tandem::AbilityConnectionManager *create(QQmlEngine *, QJSEngine *engine);
};

// The value types, constructible from plain JS objects:
// createAbilityConnectionSession("svc", {deviceId: id, serviceName: "chat"}, {needSendData: true})
struct PeerInfoForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::PeerInfo)
    QML_VALUE_TYPE(peerInfo)
    QML_STRUCTURED_VALUE
};

struct ConnectOptionsForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::ConnectOptions)
    QML_VALUE_TYPE(connectOptions)
    QML_STRUCTURED_VALUE
};

struct ConnectResultForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::ConnectResult)
    QML_VALUE_TYPE(connectResult)
};

struct CollaborationRequestForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::CollaborationRequest)
    QML_VALUE_TYPE(collaborationRequest)
};
