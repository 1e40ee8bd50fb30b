#pragma once

#include <Tandem/deviceserviceclient.h>
#include <Tandem/localdevice.h>
#include <Tandem/sessionmanager.h>

#include <QtQml/qqmlregistration.h>

// The app starts the LocalDevice and its SessionManager (they need a profile
// and network options QML cannot choose) and hands them to QML, where the
// models take them as properties.
struct LocalDeviceForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::LocalDevice)
    QML_NAMED_ELEMENT(LocalDevice)
    QML_UNCREATABLE("A LocalDevice is started by the application and handed to QML.")
};

// Or the app connects to the running Tandem host (the desktop app or
// tandem-cli serve) and hands the client to QML: DeviceModel { host: ... }.
struct DeviceServiceClientForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::DeviceServiceClient)
    QML_NAMED_ELEMENT(DeviceServiceClient)
    QML_UNCREATABLE("A DeviceServiceClient is connected to the Tandem host by the application and handed to QML.")
};

struct SessionManagerForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::SessionManager)
    QML_NAMED_ELEMENT(SessionManager)
    QML_UNCREATABLE("A SessionManager is made by the application for its LocalDevice.")
};

struct SessionForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::Session)
    QML_NAMED_ELEMENT(Session)
    QML_UNCREATABLE("Sessions are opened through a SessionManager.")
};
