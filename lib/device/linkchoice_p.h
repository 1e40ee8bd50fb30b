#pragma once

#include <QByteArray>
#include <QString>

namespace Tandem {

// One link per device pair: when a second link to a device completes its
// hello while one is up, one of the two must go. Both devices decide alone
// and must agree, so the decision uses only what both sides see alike.
// A pure function, so every branch is testable without a network.
namespace LinkChoice {

// What a link looks like when the choice is made.
struct Candidate
{
    // The peer's run, from its hello: a new one means the peer restarted.
    QByteArray peerInstance;
    // Its transport's rank (LinkProvider::priority()): higher is better.
    int transportPriority = 0;
    // This device dialled it.
    bool outgoing = false;
};

enum class Keep { Existing, Newcomer };

enum class Reason {
    // The peer restarted: the old link is stale, whatever its transport.
    PeerRestarted,
    // Both reach the peer; the better transport carries the traffic
    // (LAN is thousands of times faster than Bluetooth).
    BetterTransport,
    // Both sides dialled at once over the same transport: the link dialled
    // by the smaller device id stays, which both sides compute alike.
    DialledBySmallerId,
};

struct Choice
{
    Keep keep;
    Reason reason;
    friend bool operator==(const Choice &, const Choice &) = default;
};

Choice choose(const Candidate &existing, const Candidate &newcomer, const QString &ownDeviceId,
              const QString &peerDeviceId);

} // namespace LinkChoice
} // namespace Tandem
