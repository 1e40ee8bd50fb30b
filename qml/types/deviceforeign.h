#pragma once

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
