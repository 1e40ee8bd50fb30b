#pragma once

#include <QHash>
#include <QHostAddress>

#include <chrono>

namespace Tandem {

// Allows `ratePerSecond` events a second on average, in bursts of at most
// that many (the bucket's capacity).
class TokenBucket
{
public:
    using Clock = std::chrono::steady_clock;

    TokenBucket(int ratePerSecond, Clock::time_point now);
    bool take(Clock::time_point now);
    bool isFull(Clock::time_point now) const;

private:
    double tokensAt(Clock::time_point now) const;

    double m_rate;
    double m_tokens;
    Clock::time_point m_refilled;
};

// A token bucket per source address. The table of sources is bounded: when
// it is full, new sources are refused (fail closed) until forgetIdle() makes
// room, so spoofed source addresses cost bounded memory and no scan per
// datagram.
class SourceRateLimiter
{
public:
    using Clock = TokenBucket::Clock;
    static constexpr qsizetype MaxTrackedSources = 1024;

    explicit SourceRateLimiter(int ratePerSecond);

    bool allow(const QHostAddress &source, Clock::time_point now);
    // Forgets sources whose bucket is full again: they are indistinguishable
    // from sources never seen.
    void forgetIdle(Clock::time_point now);
    qsizetype trackedSources() const { return m_buckets.size(); }

private:
    int m_rate;
    QHash<QHostAddress, TokenBucket> m_buckets;
};

} // namespace Tandem
