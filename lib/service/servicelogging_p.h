#pragma once

#include <QLoggingCategory>

namespace Tandem {
Q_DECLARE_LOGGING_CATEGORY(lcService)
}
