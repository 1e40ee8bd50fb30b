#include "backoff.h"

#include <QtGlobal>

namespace Tandem {

std::chrono::milliseconds reconnectDelay(int attempt, std::chrono::milliseconds initial,
                                         std::chrono::milliseconds maximum, double jitter)
{
    const qint64 doubled = initial.count() << qBound(0, attempt, 20);
    const qint64 capped = qMin(doubled, qint64(maximum.count()));
    return std::chrono::milliseconds(qint64(double(capped) * qBound(0.8, jitter, 1.2)));
}

} // namespace Tandem
