#include "windowtuner_p.h"

namespace Tandem {

void WindowTuner::sent(qint64 bytes, Clock::time_point now)
{
    if (bytes <= 0)
        return;
    if (m_sent == m_acked)
        m_lastAckAt = now; // idle until now: the rate is measured from here
    m_sent += bytes;
    if (m_pending.size() < MaxPendingSamples)
        m_pending.append({m_sent, m_acked, m_lastAckAt, now});
}

void WindowTuner::acknowledged(qint64 bytes, Clock::time_point now, qint64 floor, Clock::duration pathRtt)
{
    if (bytes <= 0)
        return;
    m_acked = qMin(m_acked + bytes, m_sent);
    // The newest fragment this acknowledgement covers gives the sample: its
    // round trip holds the least waiting for later credit.
    const Pending *covered = nullptr;
    qsizetype done = 0;
    while (done < m_pending.size() && m_pending.at(done).sentThrough <= m_acked)
        covered = &m_pending.at(done++);
    if (!covered)
        return;
    const Clock::duration rtt = now - covered->at;
    const qint64 delivered = m_acked - covered->ackedBefore;
    // Over the time since the acknowledgement before it was sent, when
    // longer than the round trip: acknowledgements come in bursts (one per
    // event-loop pass), and a burst read over the round trip alone is
    // faster than the path (BBR takes the longer of the two as well).
    const Clock::duration interval = now - covered->lastAckBefore;
    m_pending.remove(0, done);
    m_lastAckAt = now;
    if (rtt <= Clock::duration::zero())
        return; // too fast for the clock: says nothing
    m_minRtt = qMin(m_minRtt, rtt);
    const double rate = delivered / std::chrono::duration<double>(qMax(rtt, interval)).count();
    const Clock::duration rateLifetime
        = qMax<Clock::duration>(RateRounds * m_minRtt, std::chrono::duration_cast<Clock::duration>(MinRateLifetime));
    if (rate >= m_bestRate || now - m_bestRateAt > rateLifetime) {
        m_bestRate = rate;
        m_bestRateAt = now;
    }
    if (m_acked >= m_roundEnd) {
        m_roundEnd = m_sent;
        endRound(floor, pathRtt);
    }
}

void WindowTuner::endRound(qint64 floor, Clock::duration pathRtt)
{
    const qint64 product = bandwidthDelayProduct(pathRtt);
    if (m_tryRounds >= 0) {
        if (m_bestRate >= GrowthThatPays * m_rateBeforeTry) {
            m_tryRounds = -1; // it paid: keep it, and try again soon
            m_nextWait = FirstWait;
        } else if (++m_tryRounds >= TryRounds) {
            // The path is full at the old window: back to it, or to a
            // little over the product now measured at full rate.
            m_window = qMin(qMax(m_windowBeforeTry, qint64(SettledHeadroom * double(product))), m_window);
            m_tryRounds = -1;
            m_wait = m_nextWait;
            m_nextWait = qMin(2 * m_nextWait, MostWait);
        }
        return;
    }
    const qint64 current = qMax(floor, m_window);
    const qint64 wanted = qMin(Headroom * product, MaxWindowBytes);
    if (current > wanted) {
        // The path slowed or the lane idled: back at once to a little over
        // the product (not to twice it: that would have to pay again).
        m_window = qint64(SettledHeadroom * double(product));
        return;
    }
    if (wanted == current)
        return;
    if (m_wait > 0) {
        --m_wait;
        return;
    }
    m_windowBeforeTry = m_window;
    m_rateBeforeTry = m_bestRate;
    m_window = wanted;
    m_tryRounds = 0;
}

void WindowTuner::restart()
{
    *this = WindowTuner();
}

} // namespace Tandem
