#include <Tandem/linkchoice_p.h>

#include <QTest>

using namespace Tandem::LinkChoice;

namespace {

const QString Smaller = QStringLiteral("1111");
const QString Larger = QStringLiteral("9999");
const QByteArray Run = QByteArrayLiteral("run-1");
const QByteArray NextRun = QByteArrayLiteral("run-2");
constexpr int Slow = 10; // a Bluetooth-like transport
constexpr int Fast = 20; // a LAN-like one

} // namespace

Q_DECLARE_METATYPE(Tandem::LinkChoice::Keep)
Q_DECLARE_METATYPE(Tandem::LinkChoice::Reason)

class tst_LinkChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data();
    void choose();
    void bothSidesKeepTheSameLink_data();
    void bothSidesKeepTheSameLink();
};

void tst_LinkChoice::choose_data()
{
    QTest::addColumn<QString>("own");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("existingInstance");
    QTest::addColumn<int>("existingPriority");
    QTest::addColumn<bool>("existingOutgoing");
    QTest::addColumn<QByteArray>("newInstance");
    QTest::addColumn<int>("newPriority");
    QTest::addColumn<bool>("newOutgoing");
    QTest::addColumn<Keep>("keep");
    QTest::addColumn<Reason>("reason");

    QTest::newRow("peer restarted: the new link, same transport")
        << Smaller << Larger << Run << Fast << true << NextRun << Fast << false << Keep::Newcomer
        << Reason::PeerRestarted;
    QTest::newRow("peer restarted: the new link, even over a slower transport")
        << Smaller << Larger << Run << Fast << true << NextRun << Slow << true << Keep::Newcomer
        << Reason::PeerRestarted;
    QTest::newRow("faster transport comes: it takes over") << Smaller << Larger << Run << Slow << true << Run << Fast
                                                           << false << Keep::Newcomer << Reason::BetterTransport;
    QTest::newRow("slower transport comes: the faster stays")
        << Smaller << Larger << Run << Fast << false << Run << Slow << true << Keep::Existing
        << Reason::BetterTransport;
    QTest::newRow("crossed dials, we are smaller: ours stays (existing ours)")
        << Smaller << Larger << Run << Fast << true << Run << Fast << false << Keep::Existing
        << Reason::DialledBySmallerId;
    QTest::newRow("crossed dials, we are smaller: ours stays (newcomer ours)")
        << Smaller << Larger << Run << Fast << false << Run << Fast << true << Keep::Newcomer
        << Reason::DialledBySmallerId;
    QTest::newRow("crossed dials, we are larger: theirs stays (existing theirs)")
        << Larger << Smaller << Run << Slow << false << Run << Slow << true << Keep::Existing
        << Reason::DialledBySmallerId;
    QTest::newRow("crossed dials, we are larger: theirs stays (newcomer theirs)")
        << Larger << Smaller << Run << Slow << true << Run << Slow << false << Keep::Newcomer
        << Reason::DialledBySmallerId;
    QTest::newRow("same dialler twice: the existing link stays")
        << Smaller << Larger << Run << Fast << true << Run << Fast << true << Keep::Existing
        << Reason::DialledBySmallerId;
    QTest::newRow("the peer dialled twice: the existing link stays")
        << Smaller << Larger << Run << Fast << false << Run << Fast << false << Keep::Existing
        << Reason::DialledBySmallerId;
}

void tst_LinkChoice::choose()
{
    QFETCH(QString, own);
    QFETCH(QString, peer);
    QFETCH(QByteArray, existingInstance);
    QFETCH(int, existingPriority);
    QFETCH(bool, existingOutgoing);
    QFETCH(QByteArray, newInstance);
    QFETCH(int, newPriority);
    QFETCH(bool, newOutgoing);
    QFETCH(Keep, keep);
    QFETCH(Reason, reason);

    const Choice choice = Tandem::LinkChoice::choose({existingInstance, existingPriority, existingOutgoing},
                                                     {newInstance, newPriority, newOutgoing}, own, peer);
    QCOMPARE(choice.keep, keep);
    QCOMPARE(choice.reason, reason);
}

void tst_LinkChoice::bothSidesKeepTheSameLink_data()
{
    // Two links between the same two runs, seen from one side; the other
    // side sees each with the direction flipped. When both links have come
    // up on both sides, both must keep the same one (else both close).
    QTest::addColumn<int>("firstPriority");
    QTest::addColumn<bool>("firstOutgoing");
    QTest::addColumn<int>("secondPriority");
    QTest::addColumn<bool>("secondOutgoing");
    for (int p1 : {Slow, Fast}) {
        for (int p2 : {Slow, Fast}) {
            for (bool o1 : {false, true}) {
                for (bool o2 : {false, true}) {
                    QTest::addRow("%d%s/%d%s", p1, o1 ? "out" : "in", p2, o2 ? "out" : "in") << p1 << o1 << p2 << o2;
                }
            }
        }
    }
}

void tst_LinkChoice::bothSidesKeepTheSameLink()
{
    QFETCH(int, firstPriority);
    QFETCH(bool, firstOutgoing);
    QFETCH(int, secondPriority);
    QFETCH(bool, secondOutgoing);
    if (firstPriority == secondPriority && firstOutgoing == secondOutgoing)
        QSKIP("one side dialled both: nothing crossed, no agreement needed");

    const Candidate first{Run, firstPriority, firstOutgoing};
    const Candidate second{Run, secondPriority, secondOutgoing};
    const Candidate firstThere{Run, firstPriority, !firstOutgoing};
    const Candidate secondThere{Run, secondPriority, !secondOutgoing};
    // Each side may see the links come up in either order.
    for (bool hereFirstComesFirst : {false, true}) {
        for (bool thereFirstComesFirst : {false, true}) {
            const Choice here = hereFirstComesFirst ? Tandem::LinkChoice::choose(first, second, Smaller, Larger)
                                                    : Tandem::LinkChoice::choose(second, first, Smaller, Larger);
            const Choice there = thereFirstComesFirst
                ? Tandem::LinkChoice::choose(firstThere, secondThere, Larger, Smaller)
                : Tandem::LinkChoice::choose(secondThere, firstThere, Larger, Smaller);
            const bool hereKeepsFirst = (here.keep == Keep::Existing) == hereFirstComesFirst;
            const bool thereKeepsFirst = (there.keep == Keep::Existing) == thereFirstComesFirst;
            QCOMPARE(hereKeepsFirst, thereKeepsFirst);
        }
    }
}

QTEST_APPLESS_MAIN(tst_LinkChoice)
#include "tst_linkchoice.moc"
