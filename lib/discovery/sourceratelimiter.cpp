#include "sourceratelimiter_p.h"

#include <algorithm>

namespace Tandem {

TokenBucket::TokenBucket(int ratePerSecond, Clock::time_point now)
    : m_rate(std::max(ratePerSecond, 1))
    , m_tokens(m_rate)
    , m_refilled(now)
{ }

double TokenBucket::tokensAt(Clock::time_point now) const
{
    const double seconds = std::max(std::chrono::duration<double>(now - m_refilled).count(), 0.0);
    return std::min(m_rate, m_tokens + seconds * m_rate);
}

bool TokenBucket::take(Clock::time_point now)
{
    m_tokens = tokensAt(now);
    m_refilled = now;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

bool TokenBucket::isFull(Clock::time_point now) const
{
    return tokensAt(now) >= m_rate;
}

SourceRateLimiter::SourceRateLimiter(int ratePerSecond)
    : m_rate(ratePerSecond)
{ }

bool SourceRateLimiter::allow(const QHostAddress &source, Clock::time_point now)
{
    auto it = m_buckets.find(source);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxTrackedSources)
            return false;
        it = m_buckets.insert(source, TokenBucket(m_rate, now));
    }
    return it->take(now);
}

void SourceRateLimiter::forgetIdle(Clock::time_point now)
{
    m_buckets.removeIf(
        [&](const std::pair<const QHostAddress &, TokenBucket &> &entry) { return entry.second.isFull(now); });
}

} // namespace Tandem
