#pragma once

#include <memory>

namespace Tandem {

// Held while LAN discovery runs. Android's Wi-Fi driver drops broadcast and
// multicast packets unless some app holds a WifiManager.MulticastLock (to
// save battery), so without one no announcement from another device ever
// arrives. One file per platform, chosen in CMakeLists.txt:
// multicastlock_android.cpp (the lock, through JNI; the manifest declares
// CHANGE_WIFI_MULTICAST_STATE) and multicastlock_generic.cpp (nothing to
// hold). Failing to take it is logged, not fatal: direct connections by
// address still work.
class MulticastLock
{
public:
    MulticastLock();
    ~MulticastLock();
    MulticastLock(const MulticastLock &) = delete;
    MulticastLock &operator=(const MulticastLock &) = delete;

    bool isHeld() const;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

} // namespace Tandem
