#include "transferlogging_p.h"

namespace Tandem {
// Like every tandem.* category: debug lines (one per file or chunk) only
// when asked for, with QT_LOGGING_RULES="tandem.transfer.debug=true" —
// written by default they cost a formatted stderr line per small file.
Q_LOGGING_CATEGORY(lcTransfer, "tandem.transfer", QtInfoMsg)
} // namespace Tandem
