#include "../../common/testpeers.h"

#include <Tandem/channelsession.h>
#include <Tandem/channelsessions.h>
#include <Tandem/link.h>
#include <Tandem/sessionmanager.h>

#include <QSignalSpy>
#include <QTest>

#include <utility>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Tandem::ChannelSession *)

namespace {

// Records what a session receives, as "channel:data".
struct Inbox : QObject
{
    QList<QByteArray> messages;
    explicit Inbox(ChannelSession *s)
    {
        connect(s, &ChannelSession::received, this,
                [this](const QString &channel, const QByteArray &data) { messages << channel.toUtf8() + ':' + data; });
    }
};

const QString Chat = QStringLiteral("chat");

} // namespace

class tst_ChannelSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void openListenAndSendOnChannelsBothWays();
    void channelNameBoundary();
    void stateGoesThroughReconnectingAndSendsArriveOnceInOrder();
    void fullQueueRefusesSendsWhileThePeerIsAway();
    void closeIsSeenByThePeer();
    void openingAnUnlistenedServiceEndsDisconnected();
    void badArgumentsAreRefused();

private:
    // Two paired devices, each with a SessionManager and a ChannelSessions;
    // B listens to "chat".
    void setUpPair(const SessionManager::Options &sessionOptions = {});
    // Opens A -> B "chat"; both Connected.
    std::pair<ChannelSession *, ChannelSession *> openChat();
    void cutLink();

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sa, m_sb;
    std::unique_ptr<ChannelSessions> m_ca, m_cb;
};

void tst_ChannelSession::initTestCase()
{
    qRegisterMetaType<Tandem::ChannelSession *>();
}

void tst_ChannelSession::cleanup()
{
    m_ca.reset();
    m_cb.reset();
    m_sa.reset();
    m_sb.reset();
    m_a.reset();
    m_b.reset();
}

void tst_ChannelSession::setUpPair(const SessionManager::Options &sessionOptions)
{
    startPairedPeers(m_a, m_b);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), sessionOptions);
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), sessionOptions);
    m_ca = std::make_unique<ChannelSessions>(m_sa.get());
    m_cb = std::make_unique<ChannelSessions>(m_sb.get());
    QString error;
    QVERIFY2(m_cb->listen(Chat, &error), qPrintable(error));
}

std::pair<ChannelSession *, ChannelSession *> tst_ChannelSession::openChat()
{
    QSignalSpy incoming(m_cb.get(), &ChannelSessions::incoming);
    ChannelSession *a = m_ca->open(m_b->id(), Chat);
    if (!a || !incoming.wait(10000))
        return {nullptr, nullptr};
    auto *b = incoming.at(0).at(0).value<ChannelSession *>();
    if (!QTest::qWaitFor([a] { return a->state() == ChannelSession::State::Connected; }, 10000))
        return {nullptr, nullptr};
    return {a, b};
}

void tst_ChannelSession::cutLink()
{
    // An abrupt drop: frames still queued are lost, no goodbye is said.
    if (PeerConnection *c = Tandem::peerConnection(m_a->device.get(), m_b->id()))
        c->link()->close(QStringLiteral("test"));
}

void tst_ChannelSession::openListenAndSendOnChannelsBothWays()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy incoming(m_cb.get(), &ChannelSessions::incoming);
    QString error;
    ChannelSession *a = m_ca->open(m_b->id(), Chat, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->parent(), m_ca.get()); // owned by the factory
    QCOMPARE(a->state(), ChannelSession::State::Connecting);
    QCOMPARE(a->peerId(), m_b->id());
    QCOMPARE(a->service(), Chat);
    QSignalSpy stateA(a, &ChannelSession::stateChanged);
    // Sends while connecting wait for the peer's accept.
    QVERIFY(a->send(QString(), "early", &error));

    QVERIFY(incoming.wait(10000));
    auto *b = incoming.at(0).at(0).value<ChannelSession *>();
    QCOMPARE(b->parent(), m_cb.get());
    QCOMPARE(b->state(), ChannelSession::State::Connected); // auto-accepted
    QCOMPARE(b->peerId(), m_a->id());
    QCOMPARE(b->service(), Chat);
    Inbox atA(a), atB(b);
    QTRY_COMPARE(a->state(), ChannelSession::State::Connected);
    QCOMPARE(stateA.size(), 1);
    QCOMPARE(stateA.at(0).at(0).value<ChannelSession::State>(), ChannelSession::State::Connected);

    QVERIFY(a->send(QString(), "default", &error));
    QVERIFY(a->send(QStringLiteral("strokes"), "line 1", &error));
    QVERIFY(a->send(QStringLiteral("strokes"), QByteArray(), &error)); // empty is a message too
    QVERIFY(b->send(QStringLiteral("cursor"), "10,20", &error));
    QVERIFY(b->send(QString(), "hi", &error));
    QTRY_COMPARE(atB.messages.size(), 4);
    QTRY_COMPARE(atA.messages.size(), 2);
    QCOMPARE(atB.messages, (QList<QByteArray>{":early", ":default", "strokes:line 1", "strokes:"}));
    QCOMPARE(atA.messages, (QList<QByteArray>{"cursor:10,20", ":hi"}));
}

void tst_ChannelSession::channelNameBoundary()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    static_assert(ChannelSession::MaxChannelNameBytes == 64);
    // 32 two-byte characters are 64 bytes; 33 are too many.
    const QString atLimit(32, QChar(u'\u00e9'));
    const QString overLimit(33, QChar(u'\u00e9'));
    QString error;
    QVERIFY(!a->send(overLimit, "no", &error));
    QVERIFY2(error.contains(u"64 bytes"), qPrintable(error));
    QVERIFY2(a->send(atLimit, "yes", &error), qPrintable(error));
    QTRY_COMPARE(atB.messages.size(), 1);
    QCOMPARE(atB.messages.at(0), atLimit.toUtf8() + ":yes");
}

void tst_ChannelSession::stateGoesThroughReconnectingAndSendsArriveOnceInOrder()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atA(a), atB(b);
    QSignalSpy stateA(a, &ChannelSession::stateChanged);
    QSignalSpy stateB(b, &ChannelSession::stateChanged);
    QList<bool> sentWhileReconnecting;
    QObject context;
    // Send the moment each side first notices the drop, so the sends are
    // surely made while reconnecting.
    connect(a, &ChannelSession::stateChanged, &context, [&, first = true](ChannelSession::State state) mutable {
        if (state != ChannelSession::State::Reconnecting || !std::exchange(first, false))
            return;
        for (int i = 0; i < 5; ++i)
            sentWhileReconnecting << a->send(i % 2 ? QStringLiteral("odd") : QString(), QByteArray::number(i));
    });
    connect(b, &ChannelSession::stateChanged, &context, [&, first = true](ChannelSession::State state) mutable {
        if (state == ChannelSession::State::Reconnecting && std::exchange(first, false))
            sentWhileReconnecting << b->send(QStringLiteral("back"), "while away");
    });
    cutLink();
    QTRY_VERIFY_WITH_TIMEOUT(stateA.size() >= 2, 10000);
    QCOMPARE(stateA.at(0).at(0).value<ChannelSession::State>(), ChannelSession::State::Reconnecting);
    QCOMPARE(stateA.at(1).at(0).value<ChannelSession::State>(), ChannelSession::State::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(stateB.size() >= 2 && b->state() == ChannelSession::State::Connected, 10000);
    QCOMPARE(sentWhileReconnecting, QList<bool>(6, true));

    // A last message after the resume: once it is in, everything before it is
    // too, and any duplicate would have been seen.
    QVERIFY(a->send(QString(), "after"));
    QVERIFY(b->send(QString(), "after"));
    QTRY_VERIFY(atB.messages.contains(":after"));
    QTRY_VERIFY(atA.messages.contains(":after"));
    QCOMPARE(atB.messages, (QList<QByteArray>{":0", "odd:1", ":2", "odd:3", ":4", ":after"}));
    QCOMPARE(atA.messages, (QList<QByteArray>{"back:while away", ":after"}));
    // Both sides redial at once after the cut; settling on one link must not
    // look like a second drop: exactly one reconnecting spell on each side.
    QCOMPARE(a->state(), ChannelSession::State::Connected);
    QCOMPARE(stateA.size(), 2);
    QCOMPARE(stateB.size(), 2);
}

void tst_ChannelSession::fullQueueRefusesSendsWhileThePeerIsAway()
{
    SessionManager::Options limits;
    limits.maxQueuedMessages = 4;
    setUpPair(limits);
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    // B drops off the network without a word and does not come back.
    QObject context;
    connect(m_b->device.get(), &LocalDevice::deviceDisconnected, &context, [this] {
        m_cb.reset();
        m_sb.reset();
        m_b->device->stop();
    });
    QSignalSpy undelivered(a, &ChannelSession::undelivered);
    cutLink();
    QTRY_COMPARE(a->state(), ChannelSession::State::Reconnecting);
    QString error;
    for (int i = 0; i < limits.maxQueuedMessages; ++i)
        QVERIFY2(a->send(QStringLiteral("c"), QByteArray::number(i), &error), qPrintable(error));
    QVERIFY(!a->send(QStringLiteral("c"), "one too many", &error));
    QVERIFY2(error.contains(u"queue is full"), qPrintable(error));
    QVERIFY(!a->send(QString(), "still full", &error));

    // Giving up reports what never arrived: nothing is lost silently.
    a->close();
    QCOMPARE(a->state(), ChannelSession::State::Disconnected);
    QCOMPARE(undelivered.size(), 1);
    QCOMPARE(undelivered.at(0).at(0).toInt(), limits.maxQueuedMessages);
}

void tst_ChannelSession::closeIsSeenByThePeer()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    QSignalSpy stateB(b, &ChannelSession::stateChanged);
    QSignalSpy closedB(b, &ChannelSession::closed);
    QSignalSpy closedA(a, &ChannelSession::closed);
    a->close();
    QCOMPARE(a->state(), ChannelSession::State::Disconnected);
    QCOMPARE(closedA.size(), 1);
    QVERIFY(closedB.wait(10000));
    QCOMPARE(b->state(), ChannelSession::State::Disconnected);
    QCOMPARE(stateB.size(), 1);
    QCOMPARE(stateB.at(0).at(0).value<ChannelSession::State>(), ChannelSession::State::Disconnected);
    QVERIFY2(closedB.at(0).at(0).toString().contains(u"closed"), qPrintable(closedB.at(0).at(0).toString()));
    QString error;
    QVERIFY(!a->send(QString(), "late", &error));
    QVERIFY2(error.contains(u"closed"), qPrintable(error));
    QVERIFY(!b->send(QString(), "late", &error));
    a->close(); // again: nothing happens
    QCOMPARE(closedA.size(), 1);

    // Deleting a session closes it too.
    auto [a2, b2] = openChat();
    QVERIFY(a2 && b2);
    QSignalSpy closedB2(b2, &ChannelSession::closed);
    delete a2;
    QVERIFY(closedB2.wait(10000));
    QCOMPARE(b2->state(), ChannelSession::State::Disconnected);
}

void tst_ChannelSession::openingAnUnlistenedServiceEndsDisconnected()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    ChannelSession *a = m_ca->open(m_b->id(), QStringLiteral("nobody-listens"));
    QVERIFY(a);
    QSignalSpy closed(a, &ChannelSession::closed);
    QVERIFY(closed.wait(10000));
    QCOMPARE(a->state(), ChannelSession::State::Disconnected);
    QVERIFY2(closed.at(0).at(0).toString().contains(u"nobody-listens"), qPrintable(closed.at(0).at(0).toString()));

    // Unlistening refuses new sessions the same way.
    m_cb->unlisten(Chat);
    QVERIFY(!m_sb->isServiceRegistered(Chat));
    ChannelSession *again = m_ca->open(m_b->id(), Chat);
    QSignalSpy closedAgain(again, &ChannelSession::closed);
    QVERIFY(closedAgain.wait(10000));
}

void tst_ChannelSession::badArgumentsAreRefused()
{
    LocalDevice::Options options = loopbackOptions(freeUdpPort());
    Peer alone(QStringLiteral("Alpha"), options);
    SessionManager sessions(alone.device.get(), {});
    ChannelSessions factory(&sessions);
    QString error;
    QVERIFY(!factory.open(QString(64, u'a'), Chat, &error));
    QVERIFY2(error.contains(u"not paired"), qPrintable(error));

    QVERIFY(!factory.listen(QString(), &error));
    QVERIFY(!factory.listen(QString(256, u'a'), &error));
    QVERIFY2(error.contains(u"255"), qPrintable(error));
    QVERIFY2(factory.listen(QString(255, u'a'), &error), qPrintable(error));
    QVERIFY(factory.listen(QString(255, u'a'), &error)); // again: still listening
    sessions.registerService(QStringLiteral("someone-else"));
    QVERIFY(!factory.listen(QStringLiteral("someone-else"), &error));
    QVERIFY2(error.contains(u"someone-else"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ChannelSession)
#include "tst_channelsession.moc"
