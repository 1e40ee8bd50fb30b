#pragma once

#include <QtGlobal>

namespace Tandem {

// Who is at the other end of a connected local socket, as the kernel says:
// the user (and, where the platform tells, the process) that connected, or
// for a client, the one that listens. Asked once, right after connecting;
// nothing the other process sends is believed about it.
struct PeerCredentials
{
    // False where the platform has no way to ask (Windows' named pipes:
    // there, the pipe's access list is the check).
    bool known = false;
    qint64 userId = -1;
    qint64 processId = -1; // -1 where the platform does not say
};

// The credentials of the peer of `socketDescriptor` (a connected local
// socket). One implementation per platform: peercredentials_linux.cpp
// (SO_PEERCRED), peercredentials_generic.cpp (getpeereid, or unknown).
PeerCredentials peerCredentials(qintptr socketDescriptor);

// This process's effective user id; -1 where peerCredentials() is never
// known.
qint64 currentUserId();

// Whether `peer` may use this end: the same user, or a platform that cannot
// tell (and relies on the socket's own permissions).
inline bool isSameUser(const PeerCredentials &peer)
{
    return !peer.known || peer.userId == currentUserId();
}

} // namespace Tandem
