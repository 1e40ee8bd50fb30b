#pragma once

#include <chrono>

namespace Tandem {

// Its own header so that LocalDeviceOptions can carry it without pulling in
// PeerConnection (peerconnection.h).
/*!
    \struct Tandem::PeerConnectionOptions
    \inmodule Tandem
    \inheaderfile Tandem/peerconnectionoptions.h

    \brief How long a PeerConnection waits for a hello, and how it keeps the
    link alive (PeerConnection::Options).
*/
struct PeerConnectionOptions
{
    /*!
        \variable Tandem::PeerConnectionOptions::helloTimeout

        \brief How long the peer has to say hello: 5 s.

        A peer that does not say hello in time is dropped: an unauthenticated or
        silent socket must not hold resources.
    */
    std::chrono::milliseconds helloTimeout{5000};
    /*!
        \variable Tandem::PeerConnectionOptions::keepaliveInterval

        \brief A ping goes out when nothing was sent for this long: 4 s.
    */
    std::chrono::milliseconds keepaliveInterval{4000};
    /*!
        \variable Tandem::PeerConnectionOptions::keepaliveTimeout

        \brief A peer silent for this long is dead: 12 s (well within 15 s).
    */
    std::chrono::milliseconds keepaliveTimeout{12000};
};

} // namespace Tandem
