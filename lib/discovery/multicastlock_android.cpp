#include "multicastlock_p.h"

#include "discoverylogging_p.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>

namespace Tandem {

struct MulticastLock::Handle
{
    QJniObject lock; // android.net.wifi.WifiManager$MulticastLock
};

namespace {

// Shown by `adb shell dumpsys wifi` among the locks held.
constexpr auto LockTag = "tandem-discovery";

// A pending Java exception (a SecurityException without the permission) is
// cleared, or the next JNI call would abort the process.
bool failed(QJniEnvironment &env, const char *step)
{
    if (!env.checkAndClearExceptions())
        return false;
    qCWarning(lcDiscovery) << "no Wi-Fi multicast lock:" << step << "failed; devices on Wi-Fi may not be discovered";
    return true;
}

} // namespace

MulticastLock::MulticastLock()
{
    QJniEnvironment env;
    // The application's context, not an activity's: the lock must not keep
    // an activity alive (context() returns a jobject before Qt 6.7, a
    // QJniObject from then on; both convert).
    const QJniObject activityOrApp(QNativeInterface::QAndroidApplication::context());
    const QJniObject context = activityOrApp.callObjectMethod("getApplicationContext", "()Landroid/content/Context;");
    if (failed(env, "getApplicationContext") || !context.isValid())
        return;
    // Context.WIFI_SERVICE
    const QJniObject wifi = context.callObjectMethod("getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;",
                                                     QJniObject::fromString(QStringLiteral("wifi")).object<jstring>());
    if (failed(env, "getSystemService(WIFI_SERVICE)") || !wifi.isValid()) {
        qCInfo(lcDiscovery) << "no Wi-Fi on this device: no multicast lock needed";
        return;
    }
    QJniObject lock = wifi.callObjectMethod("createMulticastLock",
                                            "(Ljava/lang/String;)Landroid/net/wifi/WifiManager$MulticastLock;",
                                            QJniObject::fromString(QLatin1StringView(LockTag)).object<jstring>());
    if (failed(env, "createMulticastLock") || !lock.isValid())
        return;
    // One acquire, one release: not counted, so a stray second release
    // cannot throw.
    lock.callMethod<void>("setReferenceCounted", "(Z)V", jboolean(false));
    lock.callMethod<void>("acquire", "()V");
    if (failed(env, "MulticastLock.acquire"))
        return;
    m_handle = std::make_unique<Handle>(Handle{lock});
    qCInfo(lcDiscovery) << "holding the Wi-Fi multicast lock while discovery runs";
}

MulticastLock::~MulticastLock()
{
    if (!m_handle)
        return;
    QJniEnvironment env;
    m_handle->lock.callMethod<void>("release", "()V");
    failed(env, "MulticastLock.release");
}

bool MulticastLock::isHeld() const
{
    return m_handle != nullptr;
}

} // namespace Tandem
