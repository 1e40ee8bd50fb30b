#include "transferlogging_p.h"

namespace Tandem {
Q_LOGGING_CATEGORY(lcTransfer, "tandem.transfer")
}
