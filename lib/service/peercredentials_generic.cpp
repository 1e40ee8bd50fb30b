// macOS and the BSDs: getpeereid() gives the peer's user (not its process).
// Elsewhere (Windows' named pipes) nothing: QLocalServer::UserAccessOption
// gives the pipe an access list of this user only, and that is the check.
#include "peercredentials_p.h"

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace Tandem {

PeerCredentials peerCredentials(qintptr socketDescriptor)
{
    PeerCredentials peer;
#if defined(Q_OS_UNIX)
    peer.known = true;
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) == 0)
        peer.userId = uid;
#else
    Q_UNUSED(socketDescriptor);
#endif
    return peer;
}

qint64 currentUserId()
{
#if defined(Q_OS_UNIX)
    return ::geteuid();
#else
    return -1;
#endif
}

} // namespace Tandem
