#include "apilogging_p.h"

namespace Tandem {
Q_LOGGING_CATEGORY(lcApi, "tandem.api", QtInfoMsg)
}
