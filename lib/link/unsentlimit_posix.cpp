#include "unsentlimit_p.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace Tandem {

bool limitUnsentBytes(qintptr socketDescriptor, int bytes)
{
    return setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NOTSENT_LOWAT, &bytes, sizeof bytes) == 0;
}

} // namespace Tandem
