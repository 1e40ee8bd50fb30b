#pragma once

#include <Tandem/tandem_export.h>

#include <chrono>

namespace Tandem {

// Delay before reconnect attempt `attempt` (0-based): `initial` doubling up
// to `maximum`, scaled by `jitter` in [0.8, 1.2] so that devices which lost
// the same network do not all redial in step.
TANDEM_AUTOTEST_EXPORT std::chrono::milliseconds reconnectDelay(int attempt, std::chrono::milliseconds initial,
                                                                std::chrono::milliseconds maximum, double jitter);

} // namespace Tandem
