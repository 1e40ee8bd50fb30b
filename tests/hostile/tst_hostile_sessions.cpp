// The hostile suite, sessions: what a paired device speaking the session
// protocol by hand can make the other hold — sessions by the thousand,
// messages that announce gigabytes, messages left half-sent, credit it was
// never given. The attacker is a real paired device whose connection sends
// hand-made frames; the victim is another, in this process.

#include "common/testpeers.h"
#include "victim.h"

#include <Tandem/peerconnection.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/sessionserver.h>

#include <QRegularExpression>
#include <QtEndian>

using namespace Tandem;
using namespace TandemTest;
using namespace Qt::StringLiterals;

namespace {

// Virtual memory of this process: what reserving a peer's claimed sizes grew.
qint64 virtualBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression vmSize(u"^VmSize:\\s+(\\d+) kB"_s, QRegularExpression::MultilineOption);
    const auto match = vmSize.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : -1;
}

QByteArray u64(quint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

// A session fragment as session.cpp lays it out (no acknowledgements).
QByteArray fragment(int lane, qint64 sequence, qint64 offset, qint64 total, const QByteArray &bytes)
{
    QByteArray out;
    out.append(char(lane));
    out.append(u64(quint64(sequence)));
    out.append(u64(quint64(offset)));
    if (offset == 0) {
        out.append(char(0)); // the default channel
        out.append(u64(quint64(total)));
    }
    return out + bytes;
}

constexpr qsizetype FragmentBytes = 200 * 1024;

} // namespace

class tst_HostileSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Session *>(); }
    void cleanup();
    void sessionFloodIsCapped();
    void announcedSizesReserveNothing();
    void halfSentMessagesHoldOnlyTheBudget();
    void aServiceBoundIsCheckedOnTheFirstFragment();
    void aWaitingMessageSurvivesReconnects();

private:
    void setUp();
    // Opens `count` sessions from the attacker; returns those accepted.
    QList<std::pair<Session *, Session *>> openSessions(int count);
    void sendRaw(Session *from, const QByteArray &payload);
    void messageStillGetsThrough();

    std::unique_ptr<Peer> m_attacker, m_victim;
    std::unique_ptr<SessionManager> m_sa, m_sv;
};

void tst_HostileSessions::cleanup()
{
    m_sa.reset();
    m_sv.reset();
    m_attacker.reset();
    m_victim.reset();
}

void tst_HostileSessions::setUp()
{
    startPairedPeers(m_attacker, m_victim);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_attacker->device.get(), SessionManager::Options{});
    m_sv = std::make_unique<SessionManager>(m_victim->device.get(), SessionManager::Options{});
    m_sv->registerService(u"chat"_s);
    connect(m_sv.get(), &SessionManager::incomingSession, this, [](Session *s) { s->accept(); });
}

QList<std::pair<Session *, Session *>> tst_HostileSessions::openSessions(int count)
{
    QList<Session *> opened;
    int answered = 0;
    QObject context; // the counting ends with this function
    for (int i = 0; i < count; ++i) {
        QString error;
        Session *s = m_sa->open(m_victim->id(), u"chat"_s, QString(), {}, &error);
        if (!s)
            return {};
        opened << s;
        connect(s, &Session::opened, &context, [&answered] { ++answered; });
        connect(s, &Session::refused, &context, [&answered] { ++answered; });
    }
    [&] { QTRY_COMPARE_WITH_TIMEOUT(answered, count, 30000); }();
    QList<std::pair<Session *, Session *>> pairs;
    for (Session *s : std::as_const(opened)) {
        if (s->state() != Session::State::Connected)
            continue;
        const auto far = m_sv->sessions();
        for (Session *v : far) {
            if (v->streamId() == s->streamId())
                pairs.append(std::pair{s, v});
        }
    }
    return pairs;
}

void tst_HostileSessions::sendRaw(Session *from, const QByteArray &payload)
{
    PeerConnection *c = Tandem::peerConnection(m_attacker->device.get(), m_victim->id());
    QVERIFY(c);
    c->sendData(from->streamId(), payload);
}

// After any attack: the victim still takes a new session and a message on
// it, as its user would try.
void tst_HostileSessions::messageStillGetsThrough()
{
    QSignalSpy incoming(m_sv.get(), &SessionManager::incomingSession);
    QString error;
    Session *s = m_sa->open(m_victim->id(), u"chat"_s, QString(), {}, &error);
    QVERIFY2(s, qPrintable(error));
    QSignalSpy opened(s, &Session::opened);
    QVERIFY(opened.wait(10000));
    QVERIFY(!incoming.isEmpty());
    Session *far = incoming.last().at(0).value<Session *>();
    QSignalSpy received(far, &Session::messageReceived);
    QVERIFY(s->send(u"chat"_s, Session::Kind::Text, "still here", &error) > 0);
    QVERIFY(received.wait(10000));
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArrayLiteral("still here"));
}

// Tens of thousands of sessions once exhausted memory; a peer keeps at most
// MaxSessionsPerPeer open, and is told why the rest are refused.
void tst_HostileSessions::sessionFloodIsCapped()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    QList<QString> reasons;
    QObject context;
    const int count = SessionManager::MaxSessionsPerPeer + 20;
    QList<Session *> opened;
    for (int i = 0; i < count; ++i) {
        QString error;
        Session *s = m_sa->open(m_victim->id(), u"chat"_s, QString(), {}, &error);
        QVERIFY(s);
        connect(s, &Session::refused, &context, [&reasons](int, const QString &reason) { reasons << reason; });
        opened << s;
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(opened.cbegin(), opened.cend(),
                                         [](Session *s) { return s->state() != Session::State::Connecting; }),
                             30000);
    const auto connected = std::count_if(opened.cbegin(), opened.cend(),
                                         [](Session *s) { return s->state() == Session::State::Connected; });
    QCOMPARE(connected, qsizetype(SessionManager::MaxSessionsPerPeer));
    QCOMPARE(reasons.size(), 20);
    QVERIFY2(reasons.at(0).contains(u"too many sessions"), qPrintable(reasons.at(0)));
    // Closing one makes room for the next.
    opened.at(0)->close();
    const quint32 closedStream = opened.at(0)->streamId();
    auto stillOpenAtVictim = [&] {
        const QList<Session *> atVictim = m_sv->sessions();
        return std::any_of(atVictim.cbegin(), atVictim.cend(), [&](Session *v) {
            return v->streamId() == closedStream && v->state() != Session::State::Disconnected;
        });
    };
    QTRY_VERIFY(!stillOpenAtVictim());
    messageStillGetsThrough();
}

// First fragments announcing the largest message on 200 sessions: the
// victim reserves room in its budget, not memory — a reserve() of each
// claimed size once let a peer ask for terabytes.
void tst_HostileSessions::announcedSizesReserveNothing()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    const auto sessions = openSessions(200);
    QCOMPARE(sessions.size(), 200);
    const qint64 vmBefore = virtualBytes();
    const qint64 rssBefore = residentBytes();
    for (const auto &[a, v] : sessions) {
        for (int lane = 0; lane < Session::LaneCount; ++lane)
            sendRaw(a, fragment(lane, 1, 0, Session::MaxMessageBytes, QByteArray(1024, 'x')));
    }
    // Every first fragment arrived: one reservation at most fits the peer's
    // budget, the rest wait (without credit).
    QTRY_VERIFY_WITH_TIMEOUT(m_sv->reassemblyBytes(m_attacker->id()) == SessionManager::PeerReassemblyBytes, 10000);
    messageStillGetsThrough();
    QCOMPARE(m_sv->reassemblyBytes(), SessionManager::PeerReassemblyBytes);
    const qint64 vmGrown = virtualBytes() - vmBefore;
    const qint64 rssGrown = residentBytes() - rssBefore;
    qInfo("400 messages announcing %lld MiB each: virtual memory grew %lld MiB, resident %lld MiB",
          Session::MaxMessageBytes >> 20, vmGrown >> 20, rssGrown >> 20);
    // Each message holds what arrived plus a first step of 1 MiB.
    QVERIFY2(vmGrown < qint64(1024) * 1024 * 1024, qPrintable(QString::number(vmGrown)));
    // A size above the largest message is refused on sight, saying why.
    const auto another = openSessions(1);
    QCOMPARE(another.size(), 1);
    QSignalSpy closed(another.at(0).first, &Session::closed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"announced a message of 2147483648 bytes"_s));
    sendRaw(another.at(0).first, fragment(1, 1, 0, qint64(2) << 30, "x"));
    QVERIFY(closed.wait(10000));
    QVERIFY2(closed.at(0).at(1).toString().contains(u"at most 268435456"), qPrintable(closed.at(0).at(1).toString()));
}

// Messages left half-sent: the first holds its reservation, the others
// wait without credit, and one that pushes on regardless (ignoring flow
// control) ends its session; memory stays within the peer's budget.
void tst_HostileSessions::halfSentMessagesHoldOnlyTheBudget()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    const auto sessions = openSessions(3);
    QCOMPARE(sessions.size(), 3);
    const qint64 rssBefore = residentBytes();
    constexpr qint64 Announced = 160 * 1024 * 1024; // two do not fit one peer's budget
    QList<QSignalSpy *> closedSpies;
    for (const auto &[a, v] : sessions)
        closedSpies << new QSignalSpy(v, &Session::closed);
    auto cleanupSpies = qScopeGuard([&] { qDeleteAll(closedSpies); });
    // Each pushes 8 MiB of its message, whatever credit it got.
    const QByteArray chunk(FragmentBytes, 'm');
    for (qint64 offset = 0; offset < 8 * 1024 * 1024; offset += chunk.size()) {
        for (const auto &[a, v] : sessions)
            sendRaw(a, fragment(1, 1, offset, Announced, chunk));
        QCoreApplication::processEvents();
    }
    // The first reserved and keeps its 8 MiB; the two that had no room were
    // cut off past Session::MaxUncreditedBytes, saying why.
    QTRY_VERIFY_WITH_TIMEOUT(closedSpies.at(1)->size() == 1 && closedSpies.at(2)->size() == 1, 10000);
    QVERIFY2(closedSpies.at(1)->at(0).at(1).toString().contains(u"flow-control window"),
             qPrintable(closedSpies.at(1)->at(0).at(1).toString()));
    QCOMPARE(sessions.at(0).second->state(), Session::State::Connected);
    QCOMPARE(m_sv->reassemblyBytes(m_attacker->id()), Announced);
    const qint64 grown = residentBytes() - rssBefore;
    qInfo("three half-sent messages: the victim grew %lld MiB", grown >> 20);
    QVERIFY2(grown < 64 * 1024 * 1024, qPrintable(QString::number(grown)));
    // A session that ends gives its reservation back.
    sessions.at(0).first->close();
    QTRY_COMPARE(m_sv->reassemblyBytes(), 0);
    messageStillGetsThrough();
}

// softbus' sendMessage carries at most 4 KiB: a peer announcing a 200 MiB
// message to a session server's session is refused on its first fragment,
// before any of it is held.
void tst_HostileSessions::aServiceBoundIsCheckedOnTheFirstFragment()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    SessionServer server(m_sv.get());
    struct Listener : SessionListener
    {
        int onSessionOpened(int, int) override { return SessionServer::Success; }
        void onSessionClosed(int) override { ++closed; }
        void onBytesReceived(int, const QByteArray &) override { }
        void onMessageReceived(int, const QByteArray &) override { ++messages; }
        int closed = 0;
        int messages = 0;
    } listener;
    QCOMPARE(server.createSessionServer(u"hostile"_s, u"files.box"_s, &listener), SessionServer::Success);
    QString error;
    Session *a = m_sa->open(m_victim->id(), u"files.box"_s, u"files.box"_s, {}, &error);
    QVERIFY(a);
    QSignalSpy opened(a, &Session::opened);
    QVERIFY(opened.wait(10000));
    QSignalSpy closed(a, &Session::closed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"announced a message of 209715200 bytes"_s));
    sendRaw(a, fragment(0, 1, 0, 200 * 1024 * 1024, QByteArray(FragmentBytes, 't')));
    QVERIFY(closed.wait(10000));
    QVERIFY2(closed.at(0).at(1).toString().contains(u"at most 4096"), qPrintable(closed.at(0).at(1).toString()));
    QCOMPARE(listener.messages, 0);
    QCOMPARE(m_sv->reassemblyBytes(), 0);
}

// The other side of the budget: an honest sender whose large message waits
// for room (here behind a half-sent one that holds most of the peer's
// budget) keeps to one window however often the link drops, and its message
// arrives whole once the room is there.
void tst_HostileSessions::aWaitingMessageSurvivesReconnects()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    const auto sessions = openSessions(2);
    QCOMPARE(sessions.size(), 2);
    const auto [blocker, blockerFar] = sessions.at(0);
    const auto [honest, honestFar] = sessions.at(1);
    // Holds all but 8 MiB of the peer's budget.
    const qint64 held = SessionManager::PeerReassemblyBytes - 8 * 1024 * 1024;
    sendRaw(blocker, fragment(1, 1, 0, held, QByteArray(1024, 'h')));
    QTRY_COMPARE_WITH_TIMEOUT(m_sv->reassemblyBytes(m_attacker->id()), held, 10000);

    // 16 MiB does not fit: it waits, and its sender stops after one window.
    QByteArray message(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < message.size(); ++i)
        message[i] = char(i * 7);
    QString error;
    QVERIFY(honest->send(u"big"_s, Session::Kind::Bytes, message, &error) > 0);
    QSignalSpy received(honestFar, &Session::messageReceived);
    QSignalSpy closed(honestFar, &Session::closed);
    // More reconnects than Session::MaxUncreditedBytes holds windows.
    const int cuts = int(Session::MaxUncreditedBytes / SessionManager::Options().windowBytes) + 4;
    for (int i = 0; i < cuts; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(honest->state(), Session::State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(m_attacker->device.get(), m_victim->id()), 10000);
        // Let a window's worth arrive, then cut.
        QTRY_VERIFY_WITH_TIMEOUT(honest->queuedBytes() > 0, 10000);
        QCoreApplication::processEvents();
        Tandem::peerConnection(m_attacker->device.get(), m_victim->id())->link()->close(u"test: link cut"_s);
        QTRY_COMPARE_WITH_TIMEOUT(honest->state(), Session::State::Reconnecting, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(honest->state(), Session::State::Connected, 10000);
    QVERIFY2(closed.isEmpty(), qPrintable(closed.value(0).value(1).toString()));
    QVERIFY(received.isEmpty());
    // Room comes when the blocking session ends; the message then arrives.
    blocker->close();
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 30000);
    QCOMPARE(received.at(0).at(2).toByteArray(), message);
    QVERIFY(closed.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HostileSessions)
#include "tst_hostile_sessions.moc"
