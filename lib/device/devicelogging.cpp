#include "devicelogging_p.h"

namespace Tandem {
Q_LOGGING_CATEGORY(lcDevice, "tandem.device", QtInfoMsg)
}
