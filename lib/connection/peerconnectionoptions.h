#pragma once

#include <chrono>

namespace Tandem {

// Its own header so that LocalDeviceOptions can carry it without pulling in
// PeerConnection (peerconnection.h).
struct PeerConnectionOptions
{
    // A peer that does not say hello in time is dropped: an unauthenticated
    // or silent socket must not hold resources.
    std::chrono::milliseconds helloTimeout{5000};
    // A ping goes out when nothing was sent for this long...
    std::chrono::milliseconds keepaliveInterval{4000};
    // ...and a peer silent for this long is dead (well within 15 s).
    std::chrono::milliseconds keepaliveTimeout{12000};
};

} // namespace Tandem
