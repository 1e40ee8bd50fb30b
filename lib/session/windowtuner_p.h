#pragma once

#include <Tandem/frame.h>
#include <Tandem/session.h>

#include <QList>

#include <chrono>

namespace Tandem {

// The flow-control window of one lane on a fast link, sized to the path
// (docs/protocol.md, "Flow control").
//
// The sender tells it what it hands to the link and what the peer
// acknowledged. From those it keeps the smallest round trip seen on this
// link (a fragment handed over until the acknowledgement that covers it) and
// the highest delivery rate of recent round trips (bytes acknowledged since
// a fragment's sending, over that time), as BBR and gRPC's BDP estimator
// do. Their product is the path's bandwidth-delay product.
//
// Once per round trip the window may grow to twice that product, but only
// while growing pays: a larger window is kept when the delivery rate rose by
// a quarter within a few round trips (BBR's test for a full pipe), else it
// goes back, to at least 1.25 products, and the next try waits longer.
// Bytes in flight beyond what the path carries only queue, and a chat
// message waits behind them: on links the 512 KiB floor already fills (300
// Mbit/s at 10 ms), twice the product doubled the chat round trip under a
// transfer and moved nothing more. When the lane idles or the path slows,
// the old rate ages out and the window shrinks back at once. The smallest
// round trip is kept until the lane moves to a new link: later ones include
// the queue the window itself builds.
class WindowTuner
{
public:
    using Clock = std::chrono::steady_clock;

    // Never more than this: a receiver holds at most
    // Session::MaxUncreditedBytes of a message before it reserved room for
    // it, and a sender may exceed its window by one frame.
    static constexpr qint64 MaxWindowBytes = Session::MaxUncreditedBytes - Protocol::MaxFramePayload;
    // A try grows the window to twice the product: while the window limits,
    // the product measured is the window itself, so this doubles it.
    static constexpr int Headroom = 2;
    // What a larger window must add to the delivery rate to be kept, and
    // within how many round trips (BBR's full-pipe test: 25 %, 3).
    static constexpr double GrowthThatPays = 1.25;
    static constexpr int TryRounds = 3;
    // A window that did not pay goes back to at least this many products:
    // credit comes back in steps (SessionPrivate::creditDue), and a window
    // of exactly one product would leave the link idle between them.
    static constexpr double SettledHeadroom = 1.25;
    // Round trips between tries, doubling after each try that did not pay
    // up to the most: a try queues for three round trips, so on a path that
    // is full it must be rare.
    static constexpr int FirstWait = 16;
    static constexpr int MostWait = 1024;
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
    // `bytes` more of this lane acknowledged by the peer at `now`. `floor`
    // and `pathRtt` as for window().
    void acknowledged(qint64 bytes, Clock::time_point now, qint64 floor,
                      Clock::duration pathRtt = Clock::duration::max());
    // The lane starts over on a new link: what was in flight is resent, and
    // the new path is measured afresh.
    void restart();

    // The window: at least `floor` (the configured window), at most
    // MaxWindowBytes (unless the floor is larger).
    qint64 window(qint64 floor) const { return qMax(floor, m_window); }
    // Bytes per second times the smallest round trip; 0 before the first
    // measurement. `pathRtt`: the smallest round trip any lane to this peer
    // has seen, when smaller than this lane's own. A bulk lane's round trips
    // include the time its 64 KiB frames take through both event loops (a
    // millisecond in one process on loopback, where a chat message's is
    // 40 us); where another lane measured less, that is the path's.
    qint64 bandwidthDelayProduct(Clock::duration pathRtt = Clock::duration::max()) const
    {
        const Clock::duration rtt = qMin(m_minRtt, pathRtt);
        return rtt == Clock::duration::max() ? 0 : qint64(m_bestRate * std::chrono::duration<double>(rtt).count());
    }
    Clock::duration minRtt() const { return m_minRtt; }
    double bestRate() const { return m_bestRate; } // bytes per second

private:
    void endRound(qint64 floor, Clock::duration pathRtt);

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
    // Rounds: one ends when what was sent at its start is acknowledged.
    qint64 m_roundEnd = 0;
    qint64 m_window = 0; // 0: the floor
    // A try: the window and rate before it, and rounds since (-1: none).
    qint64 m_windowBeforeTry = 0;
    double m_rateBeforeTry = 0;
    int m_tryRounds = -1;
    int m_wait = 0;
    int m_nextWait = FirstWait;
};

} // namespace Tandem
