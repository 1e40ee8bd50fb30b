#include "unsentlimit_p.h"

namespace Tandem {

// No TCP_NOTSENT_LOWAT here (Windows): see unsentlimit_p.h.
bool limitUnsentBytes(qintptr, int)
{
    return false;
}

} // namespace Tandem
