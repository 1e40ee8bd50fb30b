#include "../../common/testpeers.h"

#include <Tandem/link.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/sessionserver.h>
#include <Tandem/transfermanager.h>

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;

namespace {

// Records every call, and answers onSessionOpened with `answer`.
struct RecordingListener : SessionListener
{
    int answer = 0;
    QList<std::pair<int, int>> opened; // id, result
    QList<int> closed;
    QList<std::pair<int, QByteArray>> bytes;
    QList<std::pair<int, QByteArray>> messages;
    // Order of arrival across both kinds: 'b' or 'm'.
    QByteArray arrivals;

    int onSessionOpened(int sessionId, int result) override
    {
        opened.append({sessionId, result});
        return answer;
    }
    void onSessionClosed(int sessionId) override { closed.append(sessionId); }
    void onBytesReceived(int sessionId, const QByteArray &data) override
    {
        bytes.append({sessionId, data});
        arrivals.append('b');
    }
    void onMessageReceived(int sessionId, const QByteArray &data) override
    {
        messages.append({sessionId, data});
        arrivals.append('m');
    }
};

// Greets from inside onSessionOpened, as softbus apps do, then answers
// as RecordingListener does; keeps what each send returned.
struct GreetingListener : RecordingListener
{
    SessionServer *server = nullptr;
    QList<int> sendResults;

    int onSessionOpened(int sessionId, int result) override
    {
        sendResults << server->sendMessage(sessionId, "hello") << server->sendBytes(sessionId, "greeting bytes")
                    << server->sendMessage(sessionId, "welcome");
        return RecordingListener::onSessionOpened(sessionId, result);
    }
};

// Records the softbus file callbacks.
struct FileListener : FileSendListener, FileReceiveListener
{
    int answer = 0;
    QList<qint64> sendProgress;
    QStringList sendFinished;
    QList<int> errors;
    QStringList started;
    QList<qint64> receiveProgress;
    QStringList received;
    QList<int> sessions; // the id each call named

    int onSendFileProcess(int id, quint64 done, quint64) override
    {
        sessions << id;
        sendProgress << qint64(done);
        return 0;
    }
    int onSendFileFinished(int id, const QString &firstFile) override
    {
        sessions << id;
        sendFinished << firstFile;
        return 0;
    }
    void onFileTransError(int id) override { errors << id; }
    int onReceiveFileStarted(int id, const QStringList &files, int) override
    {
        sessions << id;
        started << files;
        return answer;
    }
    int onReceiveFileProcess(int id, const QString &, quint64 done, quint64) override
    {
        sessions << id;
        receiveProgress << qint64(done);
        return 0;
    }
    void onReceiveFileFinished(int id, const QStringList &files, int count) override
    {
        sessions << id;
        if (count == files.size())
            received << files;
    }
};

const QString Module = QStringLiteral("com.example.tandem");
const QString ClientName = QStringLiteral("chat-client");
const QString ServerName = QStringLiteral("chat-server");

// `bytes` of UTF-8 whose last character takes two bytes, so that counting
// characters instead of bytes would pass the wrong names.
QString nameOfBytes(qsizetype bytes)
{
    return QString(bytes - 2, u'a') + QChar(u'\u00e9');
}

// Attributes whose CBOR encoding is exactly `bytes` long.
QVariantMap attributesOfBytes(qsizetype bytes)
{
    for (qsizetype n = bytes; n > 0; --n) {
        QVariantMap map{{QStringLiteral("k"), QString(n, u'x')}};
        if (QCborValue(QCborMap::fromVariantMap(map)).toCbor().size() == bytes)
            return map;
    }
    return {};
}

} // namespace

class tst_SessionServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void createSessionServerChecksNames_data();
    void createSessionServerChecksNames();
    void atMost32SessionServers();
    void duplicateSessionNamesAreRefused();
    void removeSessionServer();
    void openSessionChecksItsArguments();
    void openSessionChecksAttributesSize();
    void openAcceptAndGettersOnBothSides();
    void bytesAndMessagesBothWays();
    void sendLimits();
    void messagesOvertakeBytes();
    void fullSendQueueIsAnError();
    void serverRefusesByReturningNonZero();
    void greetingSentWhileAcceptingReachesTheOpener();
    void greetingOfARefusedSessionIsNotSent();
    void peerWithoutThatSessionServerRefuses();
    void unreachablePeerIsReported();
    void closeSessionIsSeenByThePeer();
    void removeSessionServerClosesItsSessions();
    void unknownIdsAreErrors();
    void errorStringsNameTheProblem();
    void sendFileReachesTheFileReceiveListener();

private:
    // A device that never starts: enough for calls that fail before any
    // network traffic.
    void setUpAlone();
    // Two paired devices, each with a SessionManager and a SessionServer;
    // A has ClientName and B has ServerName.
    void setUpPair(const SessionManager::Options &sessionOptions = {});
    // Opens A -> B and waits until both listeners heard it; the ids on A and B.
    std::pair<int, int> openChat();

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sa, m_sb;
    std::unique_ptr<SessionServer> m_a_server, m_b_server;
    RecordingListener m_la, m_lb;
};

void tst_SessionServer::cleanup()
{
    m_a_server.reset();
    m_b_server.reset();
    m_sa.reset();
    m_sb.reset();
    m_a.reset();
    m_b.reset();
    m_la = {};
    m_lb = {};
}

void tst_SessionServer::setUpAlone()
{
    m_a = std::make_unique<Peer>(QStringLiteral("Alpha"), loopbackOptions(freeUdpPort()));
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options{});
    m_a_server = std::make_unique<SessionServer>(m_sa.get());
}

void tst_SessionServer::setUpPair(const SessionManager::Options &sessionOptions)
{
    startPairedPeers(m_a, m_b);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), sessionOptions);
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), sessionOptions);
    m_a_server = std::make_unique<SessionServer>(m_sa.get());
    m_b_server = std::make_unique<SessionServer>(m_sb.get());
    QCOMPARE(m_a_server->createSessionServer(Module, ClientName, &m_la), SessionServer::Success);
    QCOMPARE(m_b_server->createSessionServer(Module, ServerName, &m_lb), SessionServer::Success);
}

std::pair<int, int> tst_SessionServer::openChat()
{
    const qsizetype before = m_la.opened.size();
    const int id = m_a_server->openSession(ClientName, ServerName, m_b->id(), {});
    if (id <= 0)
        return {id, 0};
    if (!QTest::qWaitFor([&] { return m_la.opened.size() > before; }, 10000)
        || m_la.opened.constLast() != std::make_pair(id, 0) || m_lb.opened.isEmpty())
        return {0, 0};
    return {id, m_lb.opened.constLast().first};
}

void tst_SessionServer::createSessionServerChecksNames_data()
{
    QTest::addColumn<QString>("moduleName");
    QTest::addColumn<QString>("sessionName");
    QTest::addColumn<bool>("withListener");
    QTest::addColumn<int>("expected");

    const int ok = SessionServer::Success;
    const int invalid = SessionServer::ErrorInvalidParameter;
    const QString chat = QStringLiteral("chat");
    static_assert(SessionServer::MaxModuleNameBytes == 64 && SessionServer::MaxSessionNameBytes == 255);
    QTest::newRow("module 64 bytes") << nameOfBytes(64) << chat << true << ok;
    QTest::newRow("module 65 bytes") << nameOfBytes(65) << chat << true << invalid;
    QTest::newRow("module empty") << QString() << chat << true << invalid;
    QTest::newRow("session 255 bytes") << Module << nameOfBytes(255) << true << ok;
    QTest::newRow("session 256 bytes") << Module << nameOfBytes(256) << true << invalid;
    // 85 three-byte characters are 255 bytes; one more byte is too many.
    QTest::newRow("session 85 CJK") << Module << QString(85, QChar(u'\u6a21')) << true << ok;
    QTest::newRow("session 85 CJK + 1") << Module << QString(85, QChar(u'\u6a21')) + u'a' << true << invalid;
    QTest::newRow("session empty") << Module << QString() << true << invalid;
    QTest::newRow("no listener") << Module << chat << false << invalid;
}

void tst_SessionServer::createSessionServerChecksNames()
{
    QFETCH(QString, moduleName);
    QFETCH(QString, sessionName);
    QFETCH(bool, withListener);
    QFETCH(int, expected);
    setUpAlone();
    RecordingListener listener;
    QCOMPARE(m_a_server->createSessionServer(moduleName, sessionName, withListener ? &listener : nullptr), expected);
    // Only a created server is offered to peers.
    QCOMPARE(m_sa->isServiceRegistered(sessionName), expected == SessionServer::Success);
}

void tst_SessionServer::atMost32SessionServers()
{
    setUpAlone();
    RecordingListener listener;
    for (int i = 0; i < SessionServer::MaxSessionServers; ++i)
        QCOMPARE(m_a_server->createSessionServer(Module, QStringLiteral("s%1").arg(i), &listener),
                 SessionServer::Success);
    QCOMPARE(m_a_server->createSessionServer(Module, QStringLiteral("one too many"), &listener),
             SessionServer::ErrorLimitReached);
    QVERIFY(!m_sa->isServiceRegistered(QStringLiteral("one too many")));
    // Removing one makes room again.
    QCOMPARE(m_a_server->removeSessionServer(Module, QStringLiteral("s0")), SessionServer::Success);
    QCOMPARE(m_a_server->createSessionServer(Module, QStringLiteral("one too many"), &listener),
             SessionServer::Success);
}

void tst_SessionServer::duplicateSessionNamesAreRefused()
{
    setUpAlone();
    RecordingListener listener;
    QCOMPARE(m_a_server->createSessionServer(Module, QStringLiteral("chat"), &listener), SessionServer::Success);
    QCOMPARE(m_a_server->createSessionServer(Module, QStringLiteral("chat"), &listener),
             SessionServer::ErrorSessionServerExists);
    QCOMPARE(m_a_server->createSessionServer(QStringLiteral("other.module"), QStringLiteral("chat"), &listener),
             SessionServer::ErrorSessionServerExists);
    // A name something else serves on the same SessionManager is taken too.
    m_sa->registerService(QStringLiteral("taken"));
    QCOMPARE(m_a_server->createSessionServer(Module, QStringLiteral("taken"), &listener),
             SessionServer::ErrorSessionServerExists);
}

void tst_SessionServer::removeSessionServer()
{
    setUpAlone();
    RecordingListener listener;
    const QString chat = QStringLiteral("chat");
    QCOMPARE(m_a_server->removeSessionServer(Module, chat), SessionServer::ErrorNoSuchSessionServer);
    QCOMPARE(m_a_server->createSessionServer(Module, chat, &listener), SessionServer::Success);
    QCOMPARE(m_a_server->removeSessionServer(QString(), chat), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->removeSessionServer(nameOfBytes(65), chat), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->removeSessionServer(Module, nameOfBytes(256)), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->removeSessionServer(QStringLiteral("other.module"), chat), SessionServer::ErrorNotPermitted);
    QVERIFY(m_sa->isServiceRegistered(chat));
    QCOMPARE(m_a_server->removeSessionServer(Module, chat), SessionServer::Success);
    QVERIFY(!m_sa->isServiceRegistered(chat));
    QCOMPARE(m_a_server->removeSessionServer(Module, chat), SessionServer::ErrorNoSuchSessionServer);
    // The name is free again.
    QCOMPARE(m_a_server->createSessionServer(Module, chat, &listener), SessionServer::Success);
}

void tst_SessionServer::openSessionChecksItsArguments()
{
    setUpAlone();
    RecordingListener listener;
    const QString chat = QStringLiteral("chat");
    const QString unpairedId = QString(64, u'a');
    QCOMPARE(m_a_server->createSessionServer(Module, chat, &listener), SessionServer::Success);
    QCOMPARE(m_a_server->openSession(QStringLiteral("not created"), chat, unpairedId, {}),
             SessionServer::ErrorNoSuchSessionServer);
    QCOMPARE(m_a_server->openSession(QString(), chat, unpairedId, {}), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->openSession(chat, QString(), unpairedId, {}), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->openSession(chat, nameOfBytes(256), unpairedId, {}), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->openSession(nameOfBytes(256), chat, unpairedId, {}), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->openSession(chat, chat, QString(), {}), SessionServer::ErrorInvalidParameter);
    // A well-formed request to a device that is not paired.
    QCOMPARE(m_a_server->openSession(chat, nameOfBytes(255), unpairedId, {}), SessionServer::ErrorNotPermitted);
    QVERIFY(m_sa->sessions().isEmpty());
    QVERIFY(listener.opened.isEmpty());
}

void tst_SessionServer::openSessionChecksAttributesSize()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const QVariantMap atLimit = attributesOfBytes(SessionServer::MaxAttributesBytes);
    const QVariantMap overLimit = attributesOfBytes(SessionServer::MaxAttributesBytes + 1);
    QVERIFY(!atLimit.isEmpty() && !overLimit.isEmpty());
    QCOMPARE(m_a_server->openSession(ClientName, ServerName, m_b->id(), overLimit),
             SessionServer::ErrorInvalidParameter);
    const int id = m_a_server->openSession(ClientName, ServerName, m_b->id(), atLimit);
    QVERIFY(id > 0);
    QTRY_COMPARE(m_la.opened.size(), 1);
    QCOMPARE(m_la.opened.at(0), std::make_pair(id, 0));
    const int idB = m_lb.opened.at(0).first;
    QCOMPARE(m_b_server->getSessionAttributes(idB), atLimit);
}

void tst_SessionServer::openAcceptAndGettersOnBothSides()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    // A peer session name at the limit, multi-byte at its end, arrives intact.
    const QString longName = nameOfBytes(SessionServer::MaxSessionNameBytes);
    QCOMPARE(m_b_server->createSessionServer(Module, longName, &m_lb), SessionServer::Success);
    const QVariantMap attributes{{QStringLiteral("purpose"), QStringLiteral("testing")}};
    const int id = m_a_server->openSession(ClientName, longName, m_b->id(), attributes);
    QVERIFY(id > 0);
    QVERIFY(m_la.opened.isEmpty()); // the result comes later
    QTRY_COMPARE(m_la.opened.size(), 1);
    QCOMPARE(m_la.opened.at(0), std::make_pair(id, int(SessionServer::Success)));
    QCOMPARE(m_lb.opened.size(), 1);
    QCOMPARE(m_lb.opened.at(0).second, SessionServer::Success);
    const int idB = m_lb.opened.at(0).first;
    QVERIFY(idB > 0);

    int error = -1;
    QCOMPARE(m_a_server->getSessionSide(id), SessionServer::IsClient);
    QCOMPARE(m_a_server->getMySessionName(id, &error), ClientName);
    QCOMPARE(error, SessionServer::Success);
    QCOMPARE(m_a_server->getPeerSessionName(id, &error), longName);
    QCOMPARE(m_a_server->getPeerDeviceId(id, &error), m_b->id());
    QCOMPARE(m_a_server->getSessionAttributes(id, &error), attributes);

    QCOMPARE(m_b_server->getSessionSide(idB), SessionServer::IsServer);
    QCOMPARE(m_b_server->getMySessionName(idB, &error), longName);
    QCOMPARE(m_b_server->getPeerSessionName(idB, &error), ClientName);
    QCOMPARE(m_b_server->getPeerDeviceId(idB, &error), m_a->id());
    QCOMPARE(m_b_server->getSessionAttributes(idB, &error), attributes);
    QCOMPARE(error, SessionServer::Success);

    // A second session gets a new id.
    const int second = m_a_server->openSession(ClientName, ServerName, m_b->id(), {});
    QVERIFY(second > 0 && second != id);
    QTRY_COMPARE(m_la.opened.size(), 2);
    QCOMPARE(m_la.opened.at(1), std::make_pair(second, int(SessionServer::Success)));
    QCOMPARE(m_b_server->getMySessionName(m_lb.opened.at(1).first), ServerName);
}

void tst_SessionServer::bytesAndMessagesBothWays()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [id, idB] = openChat();
    QVERIFY(id > 0 && idB > 0);
    QCOMPARE(m_a_server->sendBytes(id, QByteArray("\x00\x01\x02", 3)), SessionServer::Success);
    QCOMPARE(m_a_server->sendMessage(id, "hello"), SessionServer::Success);
    QCOMPARE(m_a_server->sendMessage(id, "again"), SessionServer::Success);
    QCOMPARE(m_b_server->sendBytes(idB, "back"), SessionServer::Success);
    QCOMPARE(m_b_server->sendMessage(idB, "reply"), SessionServer::Success);
    QTRY_COMPARE(m_lb.bytes.size(), 1);
    QTRY_COMPARE(m_lb.messages.size(), 2);
    QTRY_COMPARE(m_la.bytes.size(), 1);
    QTRY_COMPARE(m_la.messages.size(), 1);
    QCOMPARE(m_lb.bytes.at(0), std::make_pair(idB, QByteArray("\x00\x01\x02", 3)));
    QCOMPARE(m_lb.messages.at(0), std::make_pair(idB, QByteArray("hello")));
    QCOMPARE(m_lb.messages.at(1), std::make_pair(idB, QByteArray("again")));
    QCOMPARE(m_la.bytes.at(0), std::make_pair(id, QByteArray("back")));
    QCOMPARE(m_la.messages.at(0), std::make_pair(id, QByteArray("reply")));
}

void tst_SessionServer::sendLimits()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    // Not opened yet: the peer has not answered when openSession returns.
    const int pending = m_a_server->openSession(ClientName, ServerName, m_b->id(), {});
    QVERIFY(pending > 0);
    QCOMPARE(m_a_server->sendBytes(pending, "early"), SessionServer::ErrorNotPermitted);
    QCOMPARE(m_a_server->sendMessage(pending, "early"), SessionServer::ErrorNotPermitted);
    QTRY_COMPARE(m_la.opened.size(), 1);
    const int id = pending;
    const int idB = m_lb.opened.at(0).first;

    QByteArray bytes(SessionServer::MaxBytesPerSend, Qt::Uninitialized);
    QRandomGenerator(4).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    QCOMPARE(m_a_server->sendBytes(id, bytes + 'x'), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->sendBytes(id, QByteArray()), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->sendBytes(id, bytes), SessionServer::Success);

    const QByteArray message(SessionServer::MaxMessageBytes, 'm');
    QCOMPARE(m_a_server->sendMessage(id, message + 'x'), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->sendMessage(id, QByteArray()), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->sendMessage(id, message), SessionServer::Success);

    QTRY_COMPARE_WITH_TIMEOUT(m_lb.bytes.size(), 1, 30000);
    QTRY_COMPARE(m_lb.messages.size(), 1);
    QCOMPARE(m_lb.bytes.at(0).first, idB);
    QCOMPARE(m_lb.bytes.at(0).second.size(), bytes.size());
    QCOMPARE(QCryptographicHash::hash(m_lb.bytes.at(0).second, QCryptographicHash::Sha256),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(m_lb.messages.at(0), std::make_pair(idB, message));
}

void tst_SessionServer::messagesOvertakeBytes()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [id, idB] = openChat();
    QVERIFY(id > 0 && idB > 0);
    constexpr int Sends = 8; // 32 MiB of bytes queued before the message
    for (int i = 0; i < Sends; ++i)
        QCOMPARE(m_a_server->sendBytes(id, QByteArray(SessionServer::MaxBytesPerSend, char('0' + i))),
                 SessionServer::Success);
    QCOMPARE(m_a_server->sendMessage(id, "urgent"), SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(m_lb.arrivals.size(), Sends + 1, 60000);
    QVERIFY2(m_lb.arrivals.indexOf('m') < Sends, m_lb.arrivals.constData());
    for (int i = 0; i < Sends; ++i) // bytes keep their own order
        QCOMPARE(m_lb.bytes.at(i).second.at(0), char('0' + i));
}

void tst_SessionServer::fullSendQueueIsAnError()
{
    SessionManager::Options limits;
    limits.maxQueuedMessages = 2;
    setUpPair(limits);
    if (QTest::currentTestFailed())
        return;
    auto [id, idB] = openChat();
    QVERIFY(id > 0 && idB > 0);
    // B drops off the network without a word and does not come back.
    QObject context;
    connect(m_b->device.get(), &LocalDevice::deviceDisconnected, &context, [this] {
        m_b_server.reset();
        m_sb.reset();
        m_b->device->stop();
    });
    if (PeerConnection *c = Tandem::peerConnection(m_a->device.get(), m_b->id()))
        c->link()->close(QStringLiteral("test"));
    QCOMPARE(m_sa->sessions().size(), 1);
    QTRY_COMPARE(m_sa->sessions().at(0)->state(), Session::State::Reconnecting);
    // Queued while the peer is away, up to the bound.
    QCOMPARE(m_a_server->sendMessage(id, "1"), SessionServer::Success);
    QCOMPARE(m_a_server->sendBytes(id, "2"), SessionServer::Success);
    QCOMPARE(m_a_server->sendMessage(id, "3"), SessionServer::ErrorSendQueueFull);
    QCOMPARE(m_a_server->sendBytes(id, "3"), SessionServer::ErrorSendQueueFull);
}

void tst_SessionServer::serverRefusesByReturningNonZero()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    m_lb.answer = -7;
    const int id = m_a_server->openSession(ClientName, ServerName, m_b->id(), {});
    QVERIFY(id > 0);
    QTRY_COMPARE(m_la.opened.size(), 1);
    QCOMPARE(m_la.opened.at(0), std::make_pair(id, int(SessionServer::ErrorPeerRefused)));
    QCOMPARE(m_lb.opened.size(), 1); // asked once
    const int idB = m_lb.opened.at(0).first;
    // Neither side keeps the refused session.
    QCOMPARE(m_a_server->getSessionSide(id), SessionServer::ErrorNoSuchSession);
    QCOMPARE(m_b_server->getSessionSide(idB), SessionServer::ErrorNoSuchSession);
    QCOMPARE(m_a_server->sendBytes(id, "x"), SessionServer::ErrorNoSuchSession);
    QVERIFY(m_la.closed.isEmpty() && m_lb.closed.isEmpty());

    // The same server accepts once its listener says 0.
    m_lb.answer = 0;
    const int again = m_a_server->openSession(ClientName, ServerName, m_b->id(), {});
    QTRY_COMPARE(m_la.opened.size(), 2);
    QCOMPARE(m_la.opened.at(1), std::make_pair(again, int(SessionServer::Success)));
}

void tst_SessionServer::greetingSentWhileAcceptingReachesTheOpener()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const QString greeterName = QStringLiteral("greeter");
    GreetingListener greeter;
    greeter.server = m_b_server.get();
    QCOMPARE(m_b_server->createSessionServer(Module, greeterName, &greeter), SessionServer::Success);

    const int id = m_a_server->openSession(ClientName, greeterName, m_b->id(), {});
    QVERIFY(id > 0);
    QTRY_COMPARE(m_la.opened.size(), 1);
    QCOMPARE(m_la.opened.at(0), std::make_pair(id, int(SessionServer::Success)));
    // Every send from inside the callback was taken.
    const QList<int> allTaken(3, SessionServer::Success);
    QCOMPARE(greeter.sendResults, allTaken);
    QCOMPARE(greeter.opened.size(), 1);
    const int idB = greeter.opened.at(0).first;

    // Sent once the session is open: it comes after the greeting.
    QCOMPARE(m_b_server->sendMessage(idB, "later"), SessionServer::Success);
    QCOMPARE(m_b_server->sendBytes(idB, "later bytes"), SessionServer::Success);
    QTRY_COMPARE(m_la.messages.size(), 3);
    QTRY_COMPARE(m_la.bytes.size(), 2);
    using Received = QList<std::pair<int, QByteArray>>;
    QCOMPARE(m_la.messages, (Received{{id, "hello"}, {id, "welcome"}, {id, "later"}}));
    QCOMPARE(m_la.bytes, (Received{{id, "greeting bytes"}, {id, "later bytes"}}));
}

void tst_SessionServer::greetingOfARefusedSessionIsNotSent()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const QString greeterName = QStringLiteral("greeter");
    GreetingListener greeter;
    greeter.server = m_b_server.get();
    greeter.answer = -7;
    QCOMPARE(m_b_server->createSessionServer(Module, greeterName, &greeter), SessionServer::Success);

    const int refused = m_a_server->openSession(ClientName, greeterName, m_b->id(), {});
    QVERIFY(refused > 0);
    QTRY_COMPARE(m_la.opened.size(), 1);
    QCOMPARE(m_la.opened.at(0), std::make_pair(refused, int(SessionServer::ErrorPeerRefused)));

    // The next session, accepted, greets on the same link: anything of the
    // refused one's greeting would have arrived before it.
    greeter.answer = 0;
    const int accepted = m_a_server->openSession(ClientName, greeterName, m_b->id(), {});
    QVERIFY(accepted > 0);
    QTRY_COMPARE(m_la.opened.size(), 2);
    QCOMPARE(m_la.opened.at(1), std::make_pair(accepted, int(SessionServer::Success)));
    QTRY_COMPARE(m_la.messages.size(), 2);
    QTRY_COMPARE(m_la.bytes.size(), 1);
    using Received = QList<std::pair<int, QByteArray>>;
    QCOMPARE(m_la.messages, (Received{{accepted, "hello"}, {accepted, "welcome"}}));
    QCOMPARE(m_la.bytes, (Received{{accepted, "greeting bytes"}}));
}

void tst_SessionServer::peerWithoutThatSessionServerRefuses()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const int id = m_a_server->openSession(ClientName, QStringLiteral("nobody-serves-this"), m_b->id(), {});
    QVERIFY(id > 0);
    QTRY_COMPARE(m_la.opened.size(), 1);
    QCOMPARE(m_la.opened.at(0), std::make_pair(id, int(SessionServer::ErrorNoPeerSessionServer)));
    QVERIFY(m_lb.opened.isEmpty());
}

void tst_SessionServer::unreachablePeerIsReported()
{
    SessionManager::Options quick;
    quick.resumeTimeout = 300ms;
    setUpPair(quick);
    if (QTest::currentTestFailed())
        return;
    m_b_server.reset();
    m_sb.reset();
    m_b->device->stop();
    QTRY_VERIFY(!Tandem::peerConnection(m_a->device.get(), m_b->id()));
    const int id = m_a_server->openSession(ClientName, ServerName, m_b->id(), {});
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_la.opened.size(), 1, 10000);
    QCOMPARE(m_la.opened.at(0), std::make_pair(id, int(SessionServer::ErrorPeerUnreachable)));
    QCOMPARE(m_a_server->getSessionSide(id), SessionServer::ErrorNoSuchSession);
}

void tst_SessionServer::closeSessionIsSeenByThePeer()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [id, idB] = openChat();
    QVERIFY(id > 0 && idB > 0);
    m_a_server->closeSession(id);
    QTRY_COMPARE(m_lb.closed, QList<int>{idB});
    QVERIFY(m_la.closed.isEmpty()); // the side that closed is not told
    QCOMPARE(m_a_server->getSessionSide(id), SessionServer::ErrorNoSuchSession);
    QCOMPARE(m_a_server->sendMessage(id, "late"), SessionServer::ErrorNoSuchSession);
    QCOMPARE(m_b_server->sendMessage(idB, "late"), SessionServer::ErrorNoSuchSession);
    m_a_server->closeSession(id); // again: nothing happens

    // And the other way round: the server closes.
    auto [id2, idB2] = openChat();
    QVERIFY(id2 > 0 && idB2 > 0);
    m_b_server->closeSession(idB2);
    QTRY_COMPARE(m_la.closed, QList<int>{id2});
    QCOMPARE(m_lb.closed, QList<int>{idB});
}

void tst_SessionServer::removeSessionServerClosesItsSessions()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [id, idB] = openChat();
    QVERIFY(id > 0 && idB > 0);
    QCOMPARE(m_b_server->removeSessionServer(Module, ServerName), SessionServer::Success);
    QTRY_COMPARE(m_la.closed, QList<int>{id});
    QCOMPARE(m_b_server->getSessionSide(idB), SessionServer::ErrorNoSuchSession);
    // Its name is no longer served.
    const int next = m_a_server->openSession(ClientName, ServerName, m_b->id(), {});
    QTRY_COMPARE(m_la.opened.size(), 2);
    QCOMPARE(m_la.opened.at(1), std::make_pair(next, int(SessionServer::ErrorNoPeerSessionServer)));
}

void tst_SessionServer::unknownIdsAreErrors()
{
    setUpAlone();
    for (int id : {12345, 1}) {
        int error = 0;
        QCOMPARE(m_a_server->getMySessionName(id, &error), QString());
        QCOMPARE(error, SessionServer::ErrorNoSuchSession);
        error = 0;
        QCOMPARE(m_a_server->getPeerSessionName(id, &error), QString());
        QCOMPARE(error, SessionServer::ErrorNoSuchSession);
        error = 0;
        QCOMPARE(m_a_server->getPeerDeviceId(id, &error), QString());
        QCOMPARE(error, SessionServer::ErrorNoSuchSession);
        error = 0;
        QCOMPARE(m_a_server->getSessionAttributes(id, &error), QVariantMap());
        QCOMPARE(error, SessionServer::ErrorNoSuchSession);
        QCOMPARE(m_a_server->getSessionSide(id), SessionServer::ErrorNoSuchSession);
        QCOMPARE(m_a_server->sendBytes(id, "x"), SessionServer::ErrorNoSuchSession);
        QCOMPARE(m_a_server->sendMessage(id, "x"), SessionServer::ErrorNoSuchSession);
        m_a_server->closeSession(id); // harmless
    }
    // Ids are positive: zero and negatives are malformed, not just unknown.
    for (int id : {0, -1}) {
        int error = 0;
        QCOMPARE(m_a_server->getMySessionName(id, &error), QString());
        QCOMPARE(error, SessionServer::ErrorInvalidParameter);
        QCOMPARE(m_a_server->getSessionSide(id), SessionServer::ErrorInvalidParameter);
        QCOMPARE(m_a_server->sendBytes(id, "x"), SessionServer::ErrorInvalidParameter);
    }
}

void tst_SessionServer::errorStringsNameTheProblem()
{
    QVERIFY(SessionServer::errorString(SessionServer::ErrorLimitReached).contains(u"32"));
    QVERIFY(SessionServer::errorString(SessionServer::ErrorPeerRefused).contains(u"refused"));
    QVERIFY(SessionServer::errorString(-9999).contains(u"-9999"));
}

void tst_SessionServer::sendFileReachesTheFileReceiveListener()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    auto [id, idB] = openChat();
    QVERIFY(id > 0 && idB > 0);
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("report.pdf"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArray("%PDF ").repeated(100000);
    f.write(content);
    f.close();
    // No TransferManager yet: files cannot go.
    QCOMPARE(m_a_server->sendFile(id, {source}, {}), SessionServer::ErrorNotPermitted);

    TransferManager filesA(m_sa.get()), filesB(m_sb.get());
    m_a_server->setTransferManager(&filesA);
    m_b_server->setTransferManager(&filesB);
    FileListener sender, receiver;
    const QString root = work.filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(root));
    QCOMPARE(m_a_server->setFileSendListener(Module, ClientName, &sender), SessionServer::Success);
    QCOMPARE(m_b_server->setFileReceiveListener(Module, ServerName, &receiver, root), SessionServer::Success);
    QCOMPARE(m_b_server->setFileReceiveListener(QStringLiteral("other.module"), ServerName, &receiver, root),
             SessionServer::ErrorNotPermitted);
    QCOMPARE(m_b_server->setFileReceiveListener(Module, ServerName, &receiver, work.filePath(QStringLiteral("none"))),
             SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_b_server->setFileReceiveListener(Module, ServerName, &receiver, root), SessionServer::Success);
    QCOMPARE(m_a_server->sendFile(id, {source}, {QStringLiteral("a"), QStringLiteral("b")}),
             SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->sendFile(id, {}, {}), SessionServer::ErrorInvalidParameter);
    QCOMPARE(m_a_server->sendFile(4242, {source}, {}), SessionServer::ErrorNoSuchSession);

    QCOMPARE(m_a_server->sendFile(id, {source}, {QStringLiteral("docs/q3.pdf")}), SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(sender.sendFinished.size(), 1, 20000);
    QCOMPARE(sender.sendFinished.at(0), source);
    QCOMPARE(receiver.started, QStringList{QStringLiteral("docs/q3.pdf")});
    QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 10000);
    QCOMPARE(receiver.received.at(0), root + QStringLiteral("/docs/q3.pdf"));
    QFile landed(receiver.received.at(0));
    QVERIFY(landed.open(QIODevice::ReadOnly));
    QCOMPARE(landed.readAll(), content);
    // Every callback named the session the files went on, on each side.
    QVERIFY(!sender.sessions.isEmpty()
            && std::all_of(sender.sessions.cbegin(), sender.sessions.cend(), [id](int s) { return s == id; }));
    QVERIFY(std::all_of(receiver.sessions.cbegin(), receiver.sessions.cend(), [idB](int s) { return s == idB; }));
    QVERIFY(sender.errors.isEmpty() && receiver.errors.isEmpty());

    // A receive listener that refuses: the sender hears an error.
    receiver.answer = 1;
    QCOMPARE(m_a_server->sendFile(id, {source}, {}), SessionServer::Success);
    QTRY_COMPARE_WITH_TIMEOUT(sender.errors.size(), 1, 20000);
    QCOMPARE(sender.errors.at(0), id);
    QCOMPARE(receiver.started.size(), 2);
}

QTEST_GUILESS_MAIN(tst_SessionServer)
#include "tst_sessionserver.moc"
