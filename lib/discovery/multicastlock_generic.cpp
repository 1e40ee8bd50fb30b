#include "multicastlock_p.h"

namespace Tandem {

// Desktop systems deliver broadcast and multicast without asking.
struct MulticastLock::Handle
{
};

MulticastLock::MulticastLock() = default;
MulticastLock::~MulticastLock() = default;

bool MulticastLock::isHeld() const
{
    return false;
}

} // namespace Tandem
