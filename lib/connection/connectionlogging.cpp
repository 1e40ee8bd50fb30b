#include "connectionlogging_p.h"

namespace Tandem {
Q_LOGGING_CATEGORY(lcConnection, "tandem.connection", QtInfoMsg)
}
