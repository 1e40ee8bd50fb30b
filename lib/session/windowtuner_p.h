#pragma once

#include <Tandem/frame.h>
#include <Tandem/session.h>

#include <QList>

#include <chrono>

namespace Tandem {

// The flow-control window of one lane on a fast link, sized to the path:
// about twice its bandwidth-delay product, measured from the lane's own
// acknowledgements (docs/protocol.md, "Flow control").
//
// The sender tells it what it hands to the link and what the peer
// acknowledged. From those it keeps the smallest round trip seen on this
// link (a fragment handed over until the acknowledgement that covers it) and
// the highest delivery rate of recent round trips (bytes acknowledged
// between a fragment's sending and its acknowledgement, over that time), as
// BBR and gRPC's BDP estimator do. While the window is what limits, the rate
// measured is window / round trip, so the estimate is the window itself and
// the window doubles each round trip; once the path is what limits, the
// estimate is the path's, and the window settles at twice it. When the
// lane idles or the path slows, the old rate ages out and the window shrinks
// back to the floor. The smallest round trip is kept until the lane moves
// to a new link: later ones include the queue the window itself builds, and
// letting them in would let the window feed on its own delay.
class WindowTuner
{
public:
    using Clock = std::chrono::steady_clock;

    // Never more than this: a receiver holds at most
    // Session::MaxUncreditedBytes of a message before it reserved room for
    // it, and a sender may exceed its window by one frame.
    static constexpr qint64 MaxWindowBytes = Session::MaxUncreditedBytes - Protocol::MaxFramePayload;
    // Twice the bandwidth-delay product: credit comes back in steps
    // (SessionPrivate::creditDue), and a window of exactly one product would
    // leave the link idle between them.
    static constexpr int Headroom = 2;
    // Round trips measured at once. A fragment is at least a few KiB on a
    // fast link, so this covers a whole window; fragments beyond it go
    // unmeasured, which only makes samples rarer.
    static constexpr qsizetype MaxPendingSamples = 64;
    // The highest rate is remembered this many smallest round trips (BBR's
    // ten), so one slow round trip does not shrink the window...
    static constexpr int RateRounds = 10;
    // ...and at least this long, since on a LAN ten round trips are under a
    // millisecond, shorter than an event-loop pass under load.
    static constexpr std::chrono::milliseconds MinRateLifetime{100};

    // `bytes` more of this lane handed to the link at `now`.
    void sent(qint64 bytes, Clock::time_point now);
    // `bytes` more of this lane acknowledged by the peer at `now`.
    void acknowledged(qint64 bytes, Clock::time_point now);
    // The lane starts over on a new link: what was in flight is resent, and
    // the new path is measured afresh.
    void restart();

    // The window: twice the estimated bandwidth-delay product, at least
    // `floor` (the configured window) and at most MaxWindowBytes (unless the
    // floor is larger). `pathRtt`: the smallest round trip any lane to this
    // peer has seen, when smaller than this lane's own (see
    // bandwidthDelayProduct()).
    qint64 window(qint64 floor, Clock::duration pathRtt = Clock::duration::max()) const
    {
        const qint64 tuned = qMin(Headroom * bandwidthDelayProduct(pathRtt), MaxWindowBytes);
        return qMax(floor, tuned);
    }
    // Bytes per second times the smallest round trip; 0 before the first
    // measurement. A bulk lane's own round trips include the time its
    // 64 KiB frames take through both event loops (a millisecond in one
    // process on loopback, where a chat message's is 40 us): where another
    // lane to the same peer measured less, that is the path's.
    qint64 bandwidthDelayProduct(Clock::duration pathRtt = Clock::duration::max()) const
    {
        const Clock::duration rtt = qMin(m_minRtt, pathRtt);
        return rtt == Clock::duration::max() ? 0 : qint64(m_bestRate * std::chrono::duration<double>(rtt).count());
    }
    Clock::duration minRtt() const { return m_minRtt; }
    double bestRate() const { return m_bestRate; } // bytes per second

private:
    struct Pending
    {
        qint64 sentThrough; // m_sent after this fragment
        qint64 ackedBefore; // m_acked when it was sent
        Clock::time_point lastAckBefore; // of the acknowledgement before it
        Clock::time_point at;
    };
    // Fragments in flight, oldest first. A QList: empty, it allocates
    // nothing, and idle lanes are many.
    QList<Pending> m_pending;
    qint64 m_sent = 0;
    qint64 m_acked = 0;
    Clock::duration m_minRtt = Clock::duration::max();
    double m_bestRate = 0;
    Clock::time_point m_bestRateAt;
    Clock::time_point m_lastAckAt;
};

} // namespace Tandem
