#include "abilityforeign.h"

#include <QJSEngine>
#include <QLoggingCategory>

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
        qCritical("Tandem: QML used the AbilityConnectionManager singleton, but the app did not provide one "
                  "(call AbilityConnectionManagerForeign::setInstance before loading QML)");
        return nullptr;
    }
    // The app owns it; it must outlive the engine and stay on its thread.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_ASSERT(engine->thread() == s_instance->thread());
    return s_instance;
}
