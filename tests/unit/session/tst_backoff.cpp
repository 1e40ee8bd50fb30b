#include <Tandem/backoff.h>

#include <QTest>

using namespace std::chrono_literals;
using Tandem::reconnectDelay;

class tst_Backoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesFromOneSecondUpToAMinute_data();
    void doublesFromOneSecondUpToAMinute();
    void jitterStaysWithinTwentyPercent();
};

void tst_Backoff::doublesFromOneSecondUpToAMinute_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("first") << 0 << qint64(1000);
    QTest::newRow("second") << 1 << qint64(2000);
    QTest::newRow("third") << 2 << qint64(4000);
    QTest::newRow("sixth") << 5 << qint64(32000);
    QTest::newRow("seventh is capped") << 6 << qint64(60000);
    QTest::newRow("hundredth is capped") << 100 << qint64(60000);
    QTest::newRow("negative") << -3 << qint64(1000);
}

void tst_Backoff::doublesFromOneSecondUpToAMinute()
{
    QFETCH(int, attempt);
    QFETCH(qint64, expectedMs);
    QCOMPARE(reconnectDelay(attempt, 1s, 60s, 1.0).count(), expectedMs);
}

void tst_Backoff::jitterStaysWithinTwentyPercent()
{
    QCOMPARE(reconnectDelay(0, 1s, 60s, 0.8).count(), 800);
    QCOMPARE(reconnectDelay(0, 1s, 60s, 1.2).count(), 1200);
    QCOMPARE(reconnectDelay(0, 1s, 60s, 5.0).count(), 1200); // clamped
    QCOMPARE(reconnectDelay(10, 1s, 60s, 1.2).count(), 72000);
}

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
