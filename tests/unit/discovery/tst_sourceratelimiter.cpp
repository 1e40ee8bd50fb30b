#include <Tandem/sourceratelimiter_p.h>

#include <QTest>

using namespace std::chrono_literals;
using Tandem::SourceRateLimiter;
using Tandem::TokenBucket;

class tst_SourceRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRate();
    void sourcesAreIndependent();
    void rateBelowOneIsOne();
    void tableIsBounded();
};

namespace {
const SourceRateLimiter::Clock::time_point T0{};

QHostAddress address(quint32 n)
{
    return QHostAddress(0x0a000000u + n); // 10.0.0.0/8
}
} // namespace

void tst_SourceRateLimiter::burstThenRate()
{
    SourceRateLimiter limiter(10);
    const QHostAddress source = address(1);
    for (int i = 0; i < 10; ++i)
        QVERIFY(limiter.allow(source, T0));
    QVERIFY(!limiter.allow(source, T0));
    QVERIFY(!limiter.allow(source, T0 + 99ms));
    QVERIFY(limiter.allow(source, T0 + 100ms)); // one token a tenth of a second
    QVERIFY(!limiter.allow(source, T0 + 100ms));
    // Idle time refills only up to the burst size.
    int allowed = 0;
    while (limiter.allow(source, T0 + 1h))
        ++allowed;
    QCOMPARE(allowed, 10);
}

void tst_SourceRateLimiter::sourcesAreIndependent()
{
    SourceRateLimiter limiter(1);
    QVERIFY(limiter.allow(address(1), T0));
    QVERIFY(!limiter.allow(address(1), T0));
    QVERIFY(limiter.allow(address(2), T0));
    QVERIFY(limiter.allow(QHostAddress(QHostAddress::LocalHostIPv6), T0));
    QCOMPARE(limiter.trackedSources(), 3);
}

void tst_SourceRateLimiter::rateBelowOneIsOne()
{
    SourceRateLimiter limiter(0);
    QVERIFY(limiter.allow(address(1), T0));
    QVERIFY(!limiter.allow(address(1), T0));
    QVERIFY(limiter.allow(address(1), T0 + 1s));

    TokenBucket bucket(-5, T0);
    QVERIFY(bucket.take(T0));
    QVERIFY(!bucket.take(T0));
    QVERIFY(!bucket.isFull(T0 + 999ms));
    QVERIFY(bucket.isFull(T0 + 1s));
}

void tst_SourceRateLimiter::tableIsBounded()
{
    SourceRateLimiter limiter(2);
    for (quint32 n = 0; n < SourceRateLimiter::MaxTrackedSources; ++n)
        QVERIFY(limiter.allow(address(n), T0));
    QCOMPARE(limiter.trackedSources(), SourceRateLimiter::MaxTrackedSources);

    // Full: a new source is refused, known ones still have their budget.
    const QHostAddress newcomer = address(SourceRateLimiter::MaxTrackedSources);
    QVERIFY(!limiter.allow(newcomer, T0));
    QVERIFY(limiter.allow(address(0), T0));
    QCOMPARE(limiter.trackedSources(), SourceRateLimiter::MaxTrackedSources);

    // Buckets not yet refilled are kept; refilled ones make room.
    limiter.forgetIdle(T0 + 100ms);
    QCOMPARE(limiter.trackedSources(), SourceRateLimiter::MaxTrackedSources);
    limiter.forgetIdle(T0 + 1s);
    QCOMPARE(limiter.trackedSources(), 0);
    QVERIFY(limiter.allow(newcomer, T0 + 1s));
}

QTEST_GUILESS_MAIN(tst_SourceRateLimiter)
#include "tst_sourceratelimiter.moc"
