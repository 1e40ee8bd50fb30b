#include "abilityforeign.h"

#include <Tandem/deviceserviceclient.h>

#include <QJSEngine>
#include <QLoggingCategory>

#include <memory>

namespace {
// The one instance, owned by the app; see setInstance().
QPointer<Tandem::AbilityConnectionManager> s_instance;
} // namespace

void AbilityConnectionManagerForeign::setInstance(Tandem::AbilityConnectionManager *instance)
{
    s_instance = instance;
}

Tandem::AbilityConnectionManager *AbilityConnectionManagerForeign::create(QQmlEngine *, QJSEngine *engine)
{
    if (!s_instance) {
        // An app that did not start a device of its own uses the user's:
        // the running Tandem host of Tandem's own profile, with no set-up
        // (issue 16). Never a device of its own behind the user's back.
        auto client = std::make_unique<Tandem::DeviceServiceClient>();
        QString error;
        if (!client->connectToHost(&error)) {
            qCritical("Tandem: QML used the AbilityConnectionManager singleton; the app provided none "
                      "(AbilityConnectionManagerForeign::setInstance) and no Tandem host answers: %s",
                      qPrintable(error));
            return nullptr;
        }
        auto *manager = new Tandem::AbilityConnectionManager(client.get());
        client.release()->setParent(manager);
        // The engine owns this one, and the client with it.
        QJSEngine::setObjectOwnership(manager, QJSEngine::JavaScriptOwnership);
        return manager;
    }
    // The app owns it; it must outlive the engine and stay on its thread.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_ASSERT(engine->thread() == s_instance->thread());
    return s_instance;
}
