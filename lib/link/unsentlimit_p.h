#pragma once

#include <QtGlobal>

namespace Tandem {

// How much not-yet-sent data a LAN link leaves in the kernel's send buffer.
// Bytes the kernel holds are past Tandem's priority queues: a chat message
// written after them waits until they are on the wire. Kept to this much,
// the rest waits in PeerConnection's queues, where a message overtakes bulk.
// 128 KiB is a millisecond at 1 Gbit/s, enough to keep the link busy across
// an event-loop pass (the loopback transfer benchmark did not slow down),
// and no more than PeerConnection::LinkHighWater already lets wait in the
// TLS buffer.
constexpr int LinkUnsentBytes = 128 * 1024;

// Asks the kernel to report `socketDescriptor` (a connected TCP socket)
// writable only while it holds less than `bytes` unsent. One implementation
// per platform: unsentlimit_posix.cpp (TCP_NOTSENT_LOWAT, Linux, Android,
// macOS, iOS), unsentlimit_generic.cpp (false: no such option; Windows sizes
// its send buffer to the path on its own, "ideal send backlog", and the
// bytes it holds are not bounded further). False when the option is missing
// or refused.
bool limitUnsentBytes(qintptr socketDescriptor, int bytes);

} // namespace Tandem
