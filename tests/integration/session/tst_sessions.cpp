#include "../../common/testpeers.h"

#include <Tandem/link.h>
#include <Tandem/sessionadoption_p.h>
#include <Tandem/sessionmanager.h>
#include <session/session_p.h>

#include <QCborArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Tandem::Session *)

namespace {

struct Received
{
    QString channel;
    Session::Kind kind;
    QByteArray payload;
};

// Records what a session receives.
struct Inbox : QObject
{
    QList<Received> messages;
    explicit Inbox(Session *s)
    {
        connect(s, &Session::messageReceived, this,
                [this](const QString &c, Session::Kind k, const QByteArray &p) { messages.append({c, k, p}); });
    }
};

} // namespace

class tst_Sessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openAcceptAndExchangeBothWays();
    void rejectedOpenReportsCodeAndReason();
    void unknownServiceIsRefused();
    void closeIsSeenByThePeer();
    void largeMessagesAreFragmentedAndReassembled();
    void textOvertakesBulkData();
    void aLargeWindowKeepsWithinTheReceiversBudgets();
    void smallBytesNeverOvertakeLargeBytes();
    void sendsWhileReconnectingAreQueuedAndBounded();
    void tenThousandMessagesSurviveTwentyLinkCuts();
    void peerThatNeverReturnsEndsTheSession();
    void openingToAnUnpairedDeviceFails();
    void dataBeforeAcceptIsRefusedAndReported();
    void malformedAcknowledgementsDropTheirFrame();
    void aMessageLostWithTheLinkIsReplayedOnResume();
    void unansweredIncomingSessionIsRejected();
    void restartedOpenerGetsANewSession();
    void heldResumesAreBoundedPerPeer();

private:
    // Two paired devices, each with a SessionManager; B offers "chat".
    void setUpPair(const SessionManager::Options &sessionOptions = {});
    // Opens A -> B "chat" and accepts it on B.
    std::pair<Session *, Session *> openChat();
    void cutLink();

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sa, m_sb;
};

void tst_Sessions::initTestCase()
{
    qRegisterMetaType<Tandem::Session *>();
}

void tst_Sessions::init() { }

void tst_Sessions::cleanup()
{
    m_sa.reset();
    m_sb.reset();
    m_a.reset();
    m_b.reset();
}

void tst_Sessions::setUpPair(const SessionManager::Options &sessionOptions)
{
    startPairedPeers(m_a, m_b);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), sessionOptions);
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), sessionOptions);
    m_sb->registerService(QStringLiteral("chat"));
}

std::pair<Session *, Session *> tst_Sessions::openChat()
{
    QSignalSpy incoming(m_sb.get(), &SessionManager::incomingSession);
    QString error;
    Session *a = m_sa->open(m_b->id(), QStringLiteral("chat"), QStringLiteral("chat-client"), {}, &error);
    if (!a || !incoming.wait(10000))
        return {nullptr, nullptr};
    Session *b = incoming.at(0).at(0).value<Session *>();
    QSignalSpy opened(a, &Session::opened);
    b->accept();
    opened.wait(10000);
    return {a, b};
}

void tst_Sessions::cutLink()
{
    // An abrupt drop: frames still queued are lost, no goodbye is said.
    if (PeerConnection *c = Tandem::peerConnection(m_a->device.get(), m_b->id()))
        c->link()->close(QStringLiteral("test: link cut"));
}

void tst_Sessions::openAcceptAndExchangeBothWays()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy incoming(m_sb.get(), &SessionManager::incomingSession);
    QString error;
    QCborMap parameters;
    parameters.insert(QLatin1StringView("purpose"), QStringLiteral("testing"));
    Session *a = m_sa->open(m_b->id(), QStringLiteral("chat"), QStringLiteral("chat-client"), parameters, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->state(), Session::State::Connecting);
    QVERIFY(incoming.wait(10000));
    Session *b = incoming.at(0).at(0).value<Session *>();
    QCOMPARE(b->peerDeviceId(), m_a->id());
    QCOMPARE(b->service(), QStringLiteral("chat"));
    QCOMPARE(b->openerService(), QStringLiteral("chat-client"));
    QCOMPARE(b->parameters().value(QLatin1StringView("purpose")).toString(), QStringLiteral("testing"));
    QVERIFY(!b->isOutgoing());
    QCOMPARE(b->streamId(), a->streamId());

    QSignalSpy opened(a, &Session::opened);
    QVERIFY(b->accept());
    QVERIFY(!b->accept()); // once
    QVERIFY(opened.wait(10000));
    QCOMPARE(a->state(), Session::State::Connected);
    QCOMPARE(b->state(), Session::State::Connected);

    Inbox atA(a), atB(b);
    QSignalSpy delivered(a, &Session::delivered);
    QCOMPARE(a->send(QString(), Session::Kind::Text, "hello", &error), 1);
    QCOMPARE(a->send(QStringLiteral("files"), Session::Kind::Bytes, QByteArray(3, '\0'), &error), 1);
    QCOMPARE(a->send(QString(), Session::Kind::Text, "second", &error), 2);
    QCOMPARE(a->send(QString(), Session::Kind::Bytes, QByteArray(), &error), 2); // empty is a message too
    QCOMPARE(b->send(QStringLiteral("back"), Session::Kind::Text, "reply", &error), 1);
    QTRY_COMPARE(atB.messages.size(), 4);
    QTRY_COMPARE(atA.messages.size(), 1);
    const auto texts = std::count_if(atB.messages.cbegin(), atB.messages.cend(),
                                     [](const Received &r) { return r.kind == Session::Kind::Text; });
    QCOMPARE(texts, 2);
    QList<QByteArray> textOrder;
    for (const Received &r : std::as_const(atB.messages))
        if (r.kind == Session::Kind::Text)
            textOrder << r.payload;
    QCOMPARE(textOrder, (QList<QByteArray>{"hello", "second"}));
    QCOMPARE(atA.messages.at(0).channel, QStringLiteral("back"));
    QTRY_VERIFY(!delivered.isEmpty());
    QTRY_COMPARE(a->queuedMessages(), 0);
}

void tst_Sessions::rejectedOpenReportsCodeAndReason()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy incoming(m_sb.get(), &SessionManager::incomingSession);
    QString error;
    Session *a = m_sa->open(m_b->id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY(incoming.wait(10000));
    QSignalSpy refused(a, &Session::refused);
    QSignalSpy closed(a, &Session::closed);
    incoming.at(0).at(0).value<Session *>()->reject(SessionManager::ErrorRejected, QStringLiteral("busy"));
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.at(0).at(0).toInt(), SessionManager::ErrorRejected);
    QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("busy"));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    QCOMPARE(a->state(), Session::State::Disconnected);
    QCOMPARE(a->send(QString(), Session::Kind::Text, "late", &error), 0);
    QVERIFY(error.contains(u"closed"));
}

void tst_Sessions::unknownServiceIsRefused()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QString error;
    Session *a = m_sa->open(m_b->id(), QStringLiteral("no-such-service"), QString(), {}, &error);
    QSignalSpy refused(a, &Session::refused);
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.at(0).at(0).toInt(), SessionManager::ErrorNoSuchService);
    QVERIFY(refused.at(0).at(1).toString().contains(u"no-such-service"));
}

void tst_Sessions::closeIsSeenByThePeer()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    QSignalSpy closedB(b, &Session::closed);
    a->close();
    QVERIFY(closedB.wait(10000));
    QCOMPARE(closedB.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::PeerClosed);
    QCOMPARE(b->state(), Session::State::Disconnected);
}

void tst_Sessions::largeMessagesAreFragmentedAndReassembled()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    QByteArray big(24 * 1024 * 1024 + 7, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    QString error;
    QVERIFY(a->send(QStringLiteral("blob"), Session::Kind::Bytes, big, &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(atB.messages.size(), 1, 60000);
    QCOMPARE(atB.messages.at(0).payload.size(), big.size());
    QCOMPARE(QCryptographicHash::hash(atB.messages.at(0).payload, QCryptographicHash::Sha256),
             QCryptographicHash::hash(big, QCryptographicHash::Sha256));
}

void tst_Sessions::textOvertakesBulkData()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    QString error;
    QVERIFY(a->send(QString(), Session::Kind::Bytes, QByteArray(48 * 1024 * 1024, 'b'), &error) > 0);
    QVERIFY(a->send(QString(), Session::Kind::Text, "urgent", &error) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!atB.messages.isEmpty(), 60000);
    // The chat message did not wait for 48 MiB queued before it.
    QCOMPARE(atB.messages.at(0).kind, Session::Kind::Text);
    QCOMPARE(atB.messages.at(0).payload, QByteArrayLiteral("urgent"));
    QTRY_COMPARE_WITH_TIMEOUT(atB.messages.size(), 2, 60000);
}

void tst_Sessions::aLargeWindowKeepsWithinTheReceiversBudgets()
{
    // A floor far below loopback's bandwidth-delay product, so the window
    // is the path's to size; whether it grows is timing, and
    // tst_windowtuner proves that on a simulated path. Here: over real
    // links, the lane measures its path, keeps within the bound, and the
    // receiver, which holds at most Session::MaxUncreditedBytes of a
    // message it has not reserved room for, never sees a violation.
    SessionManager::Options small;
    small.windowBytes = 32 * 1024;
    small.chunkBytes = 8 * 1024;
    setUpPair(small);
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    QString error;
    const QByteArray bulk(32 * 1024 * 1024, 'w');
    QVERIFY(a->send(QString(), Session::Kind::Bytes, bulk, &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(atB.messages.size(), 1, 120000);
    QCOMPARE(atB.messages.at(0).payload, bulk);
    QCOMPARE(b->state(), Session::State::Connected); // no flow-control violation
    const WindowTuner &tuner = SessionPrivate::get(a)->m_lanes[int(Session::Kind::Bytes)].tuner;
    QVERIFY(tuner.bandwidthDelayProduct() > 0);
    QVERIFY(tuner.minRtt() < WindowTuner::Clock::duration::max());
    QVERIFY(tuner.window(small.windowBytes) >= small.windowBytes);
    QVERIFY(tuner.window(small.windowBytes) <= WindowTuner::MaxWindowBytes);
}

void tst_Sessions::smallBytesNeverOvertakeLargeBytes()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    QString error;
    // Small bytes messages go ahead of bulk data, but not ahead of the
    // larger ones of their own lane: these alternate, so each small one is
    // handed over while the last frames of the large one before it still
    // wait in the connection's bulk queue.
    constexpr int Rounds = 20;
    for (int i = 0; i < Rounds; ++i) {
        QVERIFY(a->send(QString(), Session::Kind::Bytes, QByteArray(300 * 1024, char('a' + i)), &error) > 0);
        QVERIFY(a->send(QString(), Session::Kind::Bytes, QByteArray::number(i), &error) > 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(atB.messages.size(), 2 * Rounds, 30000);
    for (int i = 0; i < Rounds; ++i) {
        QCOMPARE(atB.messages.at(2 * i).payload, QByteArray(300 * 1024, char('a' + i)));
        QCOMPARE(atB.messages.at(2 * i + 1).payload, QByteArray::number(i));
    }
}

void tst_Sessions::sendsWhileReconnectingAreQueuedAndBounded()
{
    SessionManager::Options limits;
    limits.maxQueuedMessages = 10;
    setUpPair(limits);
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    // B drops off the network without a word (a clean stop would end the
    // session as "peer exited" instead).
    QObject context;
    connect(m_b->device.get(), &LocalDevice::deviceDisconnected, &context, [this] {
        m_sb.reset();
        m_b->device->stop();
    });
    cutLink();
    QTRY_COMPARE(a->state(), Session::State::Reconnecting);
    QString error;
    for (int i = 0; i < limits.maxQueuedMessages; ++i)
        QVERIFY2(a->send(QString(), Session::Kind::Text, QByteArray::number(i), &error) > 0, qPrintable(error));
    QCOMPARE(a->send(QString(), Session::Kind::Text, "one too many", &error), 0);
    QVERIFY2(error.contains(u"queue is full"), qPrintable(error));
    QCOMPARE(a->queuedMessages(), limits.maxQueuedMessages);
}

void tst_Sessions::tenThousandMessagesSurviveTwentyLinkCuts()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    constexpr int Count = 10000;
    constexpr int Cuts = 20;
    QList<int> received;
    QObject context;
    QRandomGenerator random(20261121);
    QList<int> cutAt;
    for (int i = 0; i < Cuts; ++i)
        cutAt << int(random.bounded(Count - 100)) + 50;
    std::sort(cutAt.begin(), cutAt.end());
    int cutsDone = 0;
    connect(b, &Session::messageReceived, &context, [&](const QString &, Session::Kind, const QByteArray &p) {
        received << p.toInt();
        // Cut while messages are in flight both in queues and on the wire.
        while (cutsDone < Cuts && received.size() >= cutAt.at(cutsDone)) {
            ++cutsDone;
            QMetaObject::invokeMethod(&context, [this] { cutLink(); }, Qt::QueuedConnection);
        }
    });
    QString error;
    int sent = 0;
    // Send in batches so that the queue bound (1000) is respected, as an
    // app would: more once earlier ones are delivered.
    connect(a, &Session::delivered, &context, [&](Session::Kind, qint64 upTo) {
        while (sent < Count && sent - upTo < 500) {
            QVERIFY(a->send(QString(), Session::Kind::Text, QByteArray::number(sent), &error) > 0);
            ++sent;
        }
    });
    while (sent < 500) {
        QVERIFY(a->send(QString(), Session::Kind::Text, QByteArray::number(sent), &error) > 0);
        ++sent;
    }
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), Count, 120000);
    QCOMPARE(cutsDone, Cuts);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(received.at(i), i); // every one, once, in order
    QTRY_COMPARE(a->queuedMessages(), 0);
    QCOMPARE(a->state(), Session::State::Connected);
}

void tst_Sessions::peerThatNeverReturnsEndsTheSession()
{
    SessionManager::Options quick;
    quick.resumeTimeout = 300ms;
    setUpPair(quick);
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    QSignalSpy closedA(a, &Session::closed);
    QSignalSpy undelivered(a, &Session::undelivered);
    // B vanishes without a word: its link drops and it never listens again.
    QObject context;
    connect(m_b->device.get(), &LocalDevice::deviceDisconnected, &context, [this] {
        m_sb.reset();
        m_b->device->stop();
    });
    cutLink();
    QTRY_COMPARE(a->state(), Session::State::Reconnecting);
    QString error;
    QVERIFY(a->send(QString(), Session::Kind::Text, "lost 1", &error) > 0);
    QVERIFY(a->send(QString(), Session::Kind::Text, "lost 2", &error) > 0);
    QVERIFY(closedA.wait(10000));
    QCOMPARE(closedA.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::NetworkDisconnected);
    QCOMPARE(undelivered.size(), 1);
    QCOMPARE(undelivered.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{1, 2}));
}

void tst_Sessions::openingToAnUnpairedDeviceFails()
{
    LocalDevice::Options options = loopbackOptions(freeUdpPort());
    Peer a(QStringLiteral("Alpha"), options), b(QStringLiteral("Beta"), options);
    QVERIFY(a.start() && b.start());
    SessionManager sessions(a.device.get(), {});
    QString error;
    QVERIFY(!sessions.open(b.id(), QStringLiteral("chat"), QString(), {}, &error));
    QVERIFY(error.contains(u"not paired"));
    QVERIFY(!sessions.open(QString(64, u'a'), QString(), QString(), {}, &error));
}

void tst_Sessions::dataBeforeAcceptIsRefusedAndReported()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy incoming(m_sb.get(), &SessionManager::incomingSession);
    QString error;
    Session *a = m_sa->open(m_b->id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY(incoming.wait(10000));
    Session *b = incoming.at(0).at(0).value<Session *>();
    Inbox atB(b);
    QSignalSpy closedA(a, &Session::closed), closedB(b, &Session::closed);
    // A misbehaving peer pushes a whole message before B's app answered.
    QByteArray fragment;
    fragment.append(char(1)); // bytes lane
    fragment.append(QByteArray::fromHex("0000000000000001")); // sequence 1
    fragment.append(QByteArray::fromHex("0000000000000000")); // offset 0
    fragment.append(char(0)); // default channel
    fragment.append(QByteArray::fromHex("0000000000000005") + "early");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("before it was accepted")));
    Tandem::peerConnection(m_a->device.get(), m_b->id())->sendData(a->streamId(), fragment);
    QVERIFY(closedB.wait(10000));
    QCOMPARE(closedB.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    QTRY_COMPARE(closedA.size(), 1);
    QCOMPARE(closedA.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    QVERIFY2(closedA.at(0).at(1).toString().contains(u"before the session was accepted"),
             qPrintable(closedA.at(0).at(1).toString()));
    QVERIFY(atB.messages.isEmpty());
    QVERIFY(!b->accept());
}

void tst_Sessions::malformedAcknowledgementsDropTheirFrame()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    // Hand-made data frames from A: acknowledgements (flag 0x01 << lane:
    // u64 next | u64 offset), then the first fragment of bytes message 1.
    QByteArray fragment;
    fragment.append(char(1)); // bytes lane
    fragment.append(QByteArray::fromHex("0000000000000001")); // sequence 1
    fragment.append(QByteArray::fromHex("0000000000000000")); // offset 0
    fragment.append(char(0)); // default channel
    fragment.append(QByteArray::fromHex("0000000000000002") + "hi");
    auto ack = [](const char *next, const char *offset) -> QByteArray {
        return QByteArray::fromHex(next) + QByteArray::fromHex(offset);
    };
    PeerConnection *c = Tandem::peerConnection(m_a->device.get(), m_b->id());
    QVERIFY(c);
    const quint32 stream = a->streamId();
    // Each malformed frame is dropped whole, fragment included.
    c->sendData(stream, fragment, 0x04); // an unknown flag bit
    c->sendData(stream, ack("0000000000000000", "0000000000000000") + fragment, 0x01); // next 0
    c->sendData(stream, ack("0000000000000001", "0000000010000001") + fragment, 0x01); // offset 256 MiB + 1
    c->sendData(stream, ack("0000000000000001", "0000000000000000").first(15), 0x01); // cut short
    // At the bounds (next 1, offset 256 MiB = Session::MaxMessageBytes, both
    // lanes): delivered.
    static_assert(Session::MaxMessageBytes == 0x10000000);
    c->sendData(stream,
                ack("0000000000000001", "0000000010000000") + ack("0000000000000001", "0000000000000000") + fragment,
                0x03);
    QTRY_COMPARE(atB.messages.size(), 1);
    QCOMPARE(atB.messages.at(0).payload, QByteArrayLiteral("hi"));
    // The session still works both ways.
    Inbox atA(a);
    QString error;
    QVERIFY(b->send(QString(), Session::Kind::Text, "still here", &error) > 0);
    QTRY_COMPARE(atA.messages.size(), 1);
    QCOMPARE(b->state(), Session::State::Connected);
}

void tst_Sessions::aMessageLostWithTheLinkIsReplayedOnResume()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [a, b] = openChat();
    QVERIFY(a && b);
    Inbox atB(b);
    QString error;
    // Handed to A's link, which sends it on the next event-loop pass: B's
    // end is gone by then, so the message is lost with the link. Nothing
    // else is sent: the replay after the resume must not wait for it.
    QVERIFY(a->send(QString(), Session::Kind::Text, "lost once", &error) > 0);
    PeerConnection *atBSide = Tandem::peerConnection(m_b->device.get(), m_a->id());
    QVERIFY(atBSide);
    atBSide->link()->close(QStringLiteral("test: link cut at the receiver"));
    QTRY_COMPARE_WITH_TIMEOUT(atB.messages.size(), 1, 20000);
    QCOMPARE(atB.messages.at(0).payload, QByteArrayLiteral("lost once"));
    QTRY_COMPARE(a->queuedMessages(), 0);
}

void tst_Sessions::unansweredIncomingSessionIsRejected()
{
    SessionManager::Options quick;
    quick.resumeTimeout = 300ms;
    setUpPair(quick);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy incoming(m_sb.get(), &SessionManager::incomingSession);
    QString error;
    Session *a = m_sa->open(m_b->id(), QStringLiteral("chat"), QString(), {}, &error);
    QSignalSpy refused(a, &Session::refused);
    QVERIFY(incoming.wait(10000)); // ...and B's app never answers
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.at(0).at(0).toInt(), SessionManager::ErrorRejected);
    QVERIFY(refused.at(0).at(1).toString().contains(u"did not answer in time"));
}

// A host that restarted holds resumes of sessions it does not know yet, for
// a client to adopt: one peer can make it hold at most MaxSessionsPerPeer
// of them, and another peer's resume is still held and taken up.
void tst_Sessions::heldResumesAreBoundedPerPeer()
{
    // The bound is the session layer's, the same on every transport; the
    // run over the memory radio pairs two devices, not a third.
    if (overBluetooth())
        QSKIP("needs a third device, which the memory-radio run does not pair");
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    Peer c(QStringLiteral("Gamma"), m_a->options);
    QVERIFY(c.start());
    pairPeers(*m_a, c);
    if (QTest::currentTestFailed())
        return;
    SessionAdoption::holdUnknownResumes(m_sa.get(), 60s);
    QCborMap position;
    position.insert(QLatin1StringView("l"), QCborArray{QCborArray{1, 0}, QCborArray{1, 0}});
    // Streams the peers opened (A accepted them), as a restarted host's
    // client would hand back: the opener's bit is the peer's.
    const auto openedBy = [this](const QString &peer, quint32 number) {
        constexpr quint32 OpenerBit = 0x80000000u;
        const bool lowerOpens = m_a->id() < peer;
        return lowerOpens ? number : (number | OpenerBit);
    };
    PeerConnection *fromB = Tandem::peerConnection(m_b->device.get(), m_a->id());
    PeerConnection *fromC = Tandem::peerConnection(c.device.get(), m_a->id());
    QVERIFY(fromB && fromC);
    constexpr int Flood = SessionManager::MaxSessionsPerPeer + 1;
    for (int i = 1; i <= Flood; ++i)
        fromB->sendControl(QLatin1StringView("session-resume"), position, openedBy(m_b->id(), quint32(i)));
    fromC->sendControl(QLatin1StringView("session-resume"), position, openedBy(c.id(), 7));
    // A round trip on each link: A has read every resume before it refuses
    // these opens (it serves nothing).
    SessionManager sc(c.device.get(), SessionManager::Options());
    QString error;
    for (auto [manager, refusedFrom] : {std::pair{m_sb.get(), m_b->id()}, std::pair{&sc, c.id()}}) {
        Session *probe = manager->open(m_a->id(), QStringLiteral("nothing"), QStringLiteral("probe"), {}, &error);
        QVERIFY2(probe, qPrintable(error));
        QSignalSpy refused(probe, &Session::refused);
        QVERIFY(refused.wait(10000));
    }
    const auto adopt = [&](const QString &peer, quint32 number) {
        SessionAdoption::Orphan orphan;
        orphan.peer = peer;
        orphan.stream = openedBy(peer, number);
        orphan.service = QStringLiteral("chat");
        return SessionAdoption::adopt(m_sa.get(), orphan, &error);
    };
    // The other peer's resume was held: its session goes on at once.
    Session *atC = adopt(c.id(), 7);
    QVERIFY2(atC, qPrintable(error));
    QCOMPARE(atC->state(), Session::State::Connected);
    // B's first MaxSessionsPerPeer were held...
    for (int i = 1; i < Flood; ++i) {
        Session *held = adopt(m_b->id(), quint32(i));
        QVERIFY2(held, qPrintable(error));
        QCOMPARE(held->state(), Session::State::Connected);
        held->close();
        delete held; // out of B's count of sessions at once
    }
    // ...and the one over its budget was answered at once, not held.
    Session *over = adopt(m_b->id(), quint32(Flood));
    QVERIFY2(over, qPrintable(error));
    QCOMPARE(over->state(), Session::State::Reconnecting);
}

void tst_Sessions::restartedOpenerGetsANewSession()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [first, atB] = openChat();
    QVERIFY(first && atB);
    // A's app restarts its sessions while B still holds the old one: the
    // next open must be a new session, not taken for a repeat of the old.
    m_sa.reset();
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options());
    QSignalSpy incoming(m_sb.get(), &SessionManager::incomingSession);
    QString error;
    Session *second = m_sa->open(m_b->id(), QStringLiteral("chat"), QString(), {}, &error);
    QVERIFY(incoming.wait(10000));
    Session *secondAtB = incoming.at(0).at(0).value<Session *>();
    QVERIFY(secondAtB != atB);
    QCOMPARE(secondAtB->streamId(), second->streamId());
    QSignalSpy opened(second, &Session::opened);
    secondAtB->accept();
    QVERIFY(opened.wait(10000));
    Inbox inbox(secondAtB);
    QVERIFY(second->send(QString(), Session::Kind::Text, "after restart", &error) > 0);
    QTRY_COMPARE(inbox.messages.size(), 1);
}

QTEST_GUILESS_MAIN(tst_Sessions)
#include "tst_sessions.moc"
