#pragma once

#include <QLoggingCategory>

namespace Tandem::Protocol {
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
}
