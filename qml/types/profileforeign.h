#pragma once

#include <Tandem/profile.h>

#include <QtQml/qqmlregistration.h>

// Profile lives in libtandem, which knows nothing of QML; this registers it
// for QML without making the core library depend on QtQml.
struct ProfileForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::Profile)
    QML_NAMED_ELEMENT(Profile)
    QML_UNCREATABLE("A Profile is opened by the application and handed to QML.")
};
