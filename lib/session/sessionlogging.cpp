#include "sessionlogging_p.h"

namespace Tandem {
Q_LOGGING_CATEGORY(lcSession, "tandem.session", QtInfoMsg)
}
