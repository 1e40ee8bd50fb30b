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

void WindowTuner::acknowledged(qint64 bytes, Clock::time_point now)
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
}

void WindowTuner::restart()
{
    *this = WindowTuner();
}

} // namespace Tandem
