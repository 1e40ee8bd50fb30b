// Linux and Android: the kernel records who connected (or who listens) on
// every Unix-domain socket; SO_PEERCRED reads it.
#include "peercredentials_p.h"

#include <sys/socket.h>
#include <unistd.h>

namespace Tandem {

PeerCredentials peerCredentials(qintptr socketDescriptor)
{
    PeerCredentials peer;
    ucred credentials{};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0
        || size != sizeof credentials) {
        // Known, and nobody: a socket the kernel cannot vouch for is
        // treated as another user's.
        peer.known = true;
        return peer;
    }
    peer.known = true;
    peer.userId = credentials.uid;
    peer.processId = credentials.pid;
    return peer;
}

qint64 currentUserId()
{
    return ::geteuid();
}

} // namespace Tandem
