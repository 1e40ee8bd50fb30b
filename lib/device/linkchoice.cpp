#include "linkchoice_p.h"

namespace Tandem::LinkChoice {

Choice choose(const Candidate &existing, const Candidate &newcomer, const QString &ownDeviceId,
              const QString &peerDeviceId)
{
    if (existing.peerInstance != newcomer.peerInstance)
        return {Keep::Newcomer, Reason::PeerRestarted};
    // Both sides see the same transports, so they agree.
    if (existing.transportPriority != newcomer.transportPriority) {
        return {newcomer.transportPriority > existing.transportPriority ? Keep::Newcomer : Keep::Existing,
                Reason::BetterTransport};
    }
    // Who dialled, named the same way on both sides: a device id.
    auto dialler = [&](const Candidate &c) { return c.outgoing ? ownDeviceId : peerDeviceId; };
    return {dialler(newcomer) < dialler(existing) ? Keep::Newcomer : Keep::Existing, Reason::DialledBySmallerId};
}

} // namespace Tandem::LinkChoice
