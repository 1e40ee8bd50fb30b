#include "deviceinfo.h"

#include <Tandem/deviceidentity.h>

namespace Tandem {

QString DeviceInfo::shortId() const
{
    return DeviceIdentity::shortIdFor(id);
}

} // namespace Tandem
