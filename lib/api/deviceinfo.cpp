#include "deviceinfo.h"

#include "identity/deviceidentity.h"

namespace Tandem {

QString DeviceInfo::shortId() const
{
    return DeviceIdentity::shortIdFor(id);
}

} // namespace Tandem
