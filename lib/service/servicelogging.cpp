#include "servicelogging_p.h"

namespace Tandem {
Q_LOGGING_CATEGORY(lcService, "tandem.service", QtInfoMsg)
}
