#include "protocollogging_p.h"

namespace Tandem::Protocol {
Q_LOGGING_CATEGORY(lcProtocol, "tandem.protocol", QtInfoMsg)
}
