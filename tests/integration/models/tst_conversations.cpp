#include "../../common/testpeers.h"

#include <Tandem/Quick/chathistory.h>
#include <Tandem/Quick/conversationmodel.h>
#include <Tandem/Quick/conversations.h>
#include <Tandem/Quick/devicemodel.h>
#include <Tandem/Quick/sessionmodel.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;

// The module's models over two real, paired devices on loopback: a
// conversation asked for, accepted or refused, delivered, kept on disk.
class tst_Conversations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptedConversationIsDeliveredAndKept();
    void refusedConversationFailsItsMessages();
    void answersReachTheRequestShownEvenWhenAnotherGoes();
    void autoAcceptSkipsTheQuestion();
    void overlongAndEmptyMessagesAreRefused();
    void queuedMessagesGoOutAfterARestart();
    void aMessageWrittenWhileAwayGoesOutWhenTheDeviceIsBack();
    void aFailedMessageCanBeSentAgain();
    void deviceModelFollowsPairingLive();
    void deviceModelAddsADeviceByAddress();
    void sessionModelBoundsItsRequests();
    void historyKeepsTheNewestWithinItsBound();
    void requestPreviewsItsFirstMessageAndUnreadIsKept();

private:
    struct Side
    {
        std::unique_ptr<SessionManager> sessions;
        std::unique_ptr<Conversations> conversations;
        std::unique_ptr<SessionModel> requests;
    };
    Side open(Peer &peer);
    int deliveryState(const ConversationModel &model, int row) const
    {
        return model.data(model.index(row), ConversationModel::DeliveryStateRole).toInt();
    }

    std::unique_ptr<Peer> m_a, m_b;
    Side m_sideA, m_sideB;
};

tst_Conversations::Side tst_Conversations::open(Peer &peer)
{
    Side side;
    side.sessions = std::make_unique<SessionManager>(peer.device.get(), SessionManager::Options());
    QString error;
    side.conversations = Conversations::open(side.sessions.get(), &error);
    if (!side.conversations)
        qFatal("cannot open the conversations: %s", qPrintable(error));
    side.requests = std::make_unique<SessionModel>();
    side.requests->setServices({QLatin1StringView(Conversations::Service)});
    side.requests->setSessionManager(side.sessions.get());
    return side;
}

void tst_Conversations::init()
{
    startPairedPeers(m_a, m_b);
    QVERIFY(!QTest::currentTestFailed());
    m_sideA = open(*m_a);
    m_sideB = open(*m_b);
}

void tst_Conversations::cleanup()
{
    for (Side *side : {&m_sideA, &m_sideB}) {
        side->requests.reset();
        side->conversations.reset();
        side->sessions.reset();
    }
    m_a.reset();
    m_b.reset();
}

void tst_Conversations::acceptedConversationIsDeliveredAndKept()
{
    ConversationModel atA;
    QAbstractItemModelTester testerA(&atA, QAbstractItemModelTester::FailureReportingMode::QtTest);
    atA.setConversations(m_sideA.conversations.get());
    atA.setDeviceId(m_b->id());
    ConversationModel atB;
    atB.setConversations(m_sideB.conversations.get());
    atB.setDeviceId(m_a->id());
    QSignalSpy asked(m_sideB.requests.get(), &SessionModel::requestArrived);

    QVERIFY(atA.send(QStringLiteral("héllo, Beta")));
    QCOMPARE(atA.rowCount(), 1);
    // Beta has not accepted the conversation yet: the message waits.
    QCOMPARE(deliveryState(atA, 0), int(ConversationModel::Queued));
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
    QCOMPARE(asked.at(0).at(0).toString(), m_a->id());
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("Alpha"));
    QCOMPARE(m_sideB.requests->pendingCount(), 1);
    QCOMPARE(atB.rowCount(), 0);

    QVERIFY(m_sideB.requests->accept(m_sideB.requests->firstPending()));
    QCOMPARE(m_sideB.requests->pendingCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 0), int(ConversationModel::Delivered), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(atB.rowCount(), 1, 10000);
    QCOMPARE(atB.data(atB.index(0), ConversationModel::TextRole).toString(), QStringLiteral("héllo, Beta"));
    QCOMPARE(deliveryState(atB, 0), int(ConversationModel::Received));
    QVERIFY(!atB.data(atB.index(0), ConversationModel::OutgoingRole).toBool());

    // The answer goes back on the same, accepted conversation: no new question.
    QVERIFY(atB.send(QStringLiteral("hi Alpha")));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atB, 1), int(ConversationModel::Delivered), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(atA.rowCount(), 2, 10000);
    QCOMPARE(m_sideA.requests->pendingCount(), 0);

    // On disk: a fresh model (as after a restart) reads the same history.
    ConversationModel reread;
    reread.setConversations(m_sideA.conversations.get());
    reread.setDeviceId(m_b->id());
    QCOMPARE(reread.rowCount(), 2);
    QCOMPARE(reread.data(reread.index(0), ConversationModel::TextRole).toString(), QStringLiteral("héllo, Beta"));
    QCOMPARE(deliveryState(reread, 0), int(ConversationModel::Delivered));
    QCOMPARE(deliveryState(reread, 1), int(ConversationModel::Received));
    // Another device's conversation is separate.
    reread.setDeviceId(QStringLiteral("0000"));
    QCOMPARE(reread.rowCount(), 0);
}

void tst_Conversations::refusedConversationFailsItsMessages()
{
    ConversationModel atA;
    atA.setConversations(m_sideA.conversations.get());
    atA.setDeviceId(m_b->id());
    QVERIFY(atA.send(QStringLiteral("may I?")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sideB.requests->pendingCount(), 1, 10000);

    // A reason over the bound is refused and changes nothing.
    QSignalSpy errors(m_sideB.requests.get(), &SessionModel::errorOccurred);
    QVERIFY(!m_sideB.requests->reject(0, QString(SessionModel::MaxReasonLength + 1, QLatin1Char('x'))));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_sideB.requests->pendingCount(), 1);

    QVERIFY(m_sideB.requests->reject(0, QStringLiteral("not now")));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 0), int(ConversationModel::Failed), 10000);
    QCOMPARE(m_sideB.requests->pendingCount(), 0);
    QTRY_COMPARE(m_sideB.requests->rowCount(), 0);
    // Nothing reached Beta's history.
    QCOMPARE(m_sideB.conversations->history()->latest(m_a->id()).size(), 0);
    // Answering again is an error, not a crash.
    QVERIFY(!m_sideB.requests->accept(0));
}

void tst_Conversations::answersReachTheRequestShownEvenWhenAnotherGoes()
{
    // Two requests from Alpha; the user looks at the second when the first
    // is withdrawn: accepting by id accepts the second, not whatever is first.
    QString error;
    Session *first = m_sideA.sessions->open(m_b->id(), QLatin1StringView(Conversations::Service),
                                            QStringLiteral("first"), {}, &error);
    Session *second = m_sideA.sessions->open(m_b->id(), QLatin1StringView(Conversations::Service),
                                             QStringLiteral("second"), {}, &error);
    QVERIFY(first && second);
    QTRY_COMPARE_WITH_TIMEOUT(m_sideB.requests->pendingCount(), 2, 10000);
    const int firstId = m_sideB.requests->firstPendingRequest();
    const int secondId = m_sideB.requests->data(m_sideB.requests->index(1), SessionModel::RequestIdRole).toInt();
    QVERIFY(firstId != secondId);
    QVERIFY(m_sideB.requests->isPendingRequest(secondId));

    first->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sideB.requests->isPendingRequest(firstId), 10000);
    QSignalSpy opened(second, &Session::opened);
    QVERIFY(m_sideB.requests->acceptRequest(secondId));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QVERIFY(!m_sideB.requests->acceptRequest(firstId));
    QVERIFY(!m_sideB.requests->rejectRequest(12345, QString()));
    first->deleteLater();
    second->deleteLater();
}

void tst_Conversations::autoAcceptSkipsTheQuestion()
{
    QString error;
    QVERIFY(m_b->profile->trustStore()->setAutoAcceptSessions(m_a->id(), true, &error));
    ConversationModel atA;
    atA.setConversations(m_sideA.conversations.get());
    atA.setDeviceId(m_b->id());
    QSignalSpy asked(m_sideB.requests.get(), &SessionModel::requestArrived);
    QVERIFY(atA.send(QStringLiteral("no need to ask")));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 0), int(ConversationModel::Delivered), 10000);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(m_sideB.requests->pendingCount(), 0);
}

void tst_Conversations::overlongAndEmptyMessagesAreRefused()
{
    ConversationModel atA;
    atA.setConversations(m_sideA.conversations.get());
    atA.setDeviceId(m_b->id());
    QSignalSpy errors(&atA, &ConversationModel::errorOccurred);
    QVERIFY(!atA.send(QString(ChatHistory::MaxMessageBytes + 1, QLatin1Char('x'))));
    QVERIFY(!atA.send(QStringLiteral("   ")));
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).at(0).toString().contains(QString::number(ChatHistory::MaxMessageBytes)));
    QCOMPARE(atA.rowCount(), 0);
    // At the bound exactly, it goes (multi-byte characters count as bytes).
    QString atBound(ChatHistory::MaxMessageBytes / 2, QChar(0xe9));
    QCOMPARE(atBound.toUtf8().size(), ChatHistory::MaxMessageBytes);
    QVERIFY(atA.send(atBound));
    QCOMPARE(atA.rowCount(), 1);

    // An unpaired device cannot be written to.
    atA.setDeviceId(QString(64, QLatin1Char('f')));
    QVERIFY(!atA.send(QStringLiteral("who are you")));
    QCOMPARE(atA.rowCount(), 0);
}

// Issue 19: a message that never left (the conversation was not accepted
// yet) is kept Queued across a restart and goes out, once, when the device
// is linked again.
void tst_Conversations::queuedMessagesGoOutAfterARestart()
{
    ConversationModel atA;
    atA.setConversations(m_sideA.conversations.get());
    atA.setDeviceId(m_b->id());
    QVERIFY(atA.send(QStringLiteral("never answered")));
    QCOMPARE(deliveryState(atA, 0), int(ConversationModel::Queued));
    // Beta's unanswered requests from Alpha.
    auto waitingAtB = [this] {
        QList<Session *> list;
        for (Session *s : m_sideB.sessions->sessions()) {
            if (s->peerDeviceId() == m_a->id() && s->state() == Session::State::Connecting)
                list << s;
        }
        return list;
    };
    QTRY_COMPARE_WITH_TIMEOUT(waitingAtB().size(), 1, 10000);
    const QPointer<Session> firstOffer = waitingAtB().constFirst();
    // Quit A without Beta ever answering, then start again on its profile.
    atA.setConversations(nullptr);
    m_sideA.requests.reset();
    m_sideA.conversations.reset();
    m_sideA.sessions.reset();
    m_a->restart(m_a->options); // the same discovery port: they meet again
    m_sideA = open(*m_a);
    atA.setConversations(m_sideA.conversations.get());
    QCOMPARE(atA.rowCount(), 1);
    QCOMPARE(deliveryState(atA, 0), int(ConversationModel::Queued));
    QVERIFY(m_a->start());
    // Linked again: the new Alpha offers it anew (the old offer ended with
    // the old Alpha); Beta accepts that one.
    auto newOffer = [&] {
        const QList<Session *> waiting = waitingAtB();
        const auto it
            = std::find_if(waiting.cbegin(), waiting.cend(), [&](Session *s) { return s != firstOffer.data(); });
        return it == waiting.cend() ? nullptr : *it;
    };
    QTRY_VERIFY_WITH_TIMEOUT(newOffer(), 20000);
    QVERIFY(newOffer()->accept());
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 0), int(ConversationModel::Delivered), 10000);
    const QList<ChatMessage> atB = m_sideB.conversations->history()->latest(m_a->id());
    QCOMPARE(atB.size(), 1);
    QCOMPARE(atB.constFirst().text, QStringLiteral("never answered"));
}

// Issue 19, defect 1: written while the device was away, the message showed
// "Queued", then "Not delivered" once the device was back. It goes out when
// the device returns, once and in order.
void tst_Conversations::aMessageWrittenWhileAwayGoesOutWhenTheDeviceIsBack()
{
    ConversationModel atA;
    atA.setConversations(m_sideA.conversations.get());
    atA.setDeviceId(m_b->id());
    // An open conversation first.
    QVERIFY(atA.send(QStringLiteral("hello")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sideB.requests->pendingCount(), 1, 10000);
    QVERIFY(m_sideB.requests->accept(m_sideB.requests->firstPending()));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 0), int(ConversationModel::Delivered), 10000);
    // Beta quits (its conversations and device go).
    m_sideB.requests.reset();
    m_sideB.conversations.reset();
    m_sideB.sessions.reset();
    m_b->device->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_a->device->isConnected(m_b->id()), 10000);
    QVERIFY(atA.send(QStringLiteral("first, while you were away")));
    QVERIFY(atA.send(QStringLiteral("second")));
    QCOMPARE(deliveryState(atA, 1), int(ConversationModel::Queued));
    QCOMPARE(deliveryState(atA, 2), int(ConversationModel::Queued));

    // Beta runs again (a new instance of the same device), and accepts.
    m_b->restart(m_b->options); // the same discovery port: they meet again
    m_sideB = open(*m_b);
    QVERIFY(m_b->start());
    QTRY_VERIFY_WITH_TIMEOUT(m_sideB.requests->pendingCount() >= 1, 20000);
    while (m_sideB.requests->pendingCount() > 0)
        QVERIFY(m_sideB.requests->accept(m_sideB.requests->firstPending()));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 2), int(ConversationModel::Delivered), 20000);
    QCOMPARE(deliveryState(atA, 1), int(ConversationModel::Delivered));
    const QList<ChatMessage> atB = m_sideB.conversations->history()->latest(m_a->id());
    QCOMPARE(atB.size(), 3);
    QCOMPARE(atB.at(0).text, QStringLiteral("hello"));
    QCOMPARE(atB.at(1).text, QStringLiteral("first, while you were away"));
    QCOMPARE(atB.at(2).text, QStringLiteral("second"));
}

void tst_Conversations::aFailedMessageCanBeSentAgain()
{
    ConversationModel atA;
    atA.setConversations(m_sideA.conversations.get());
    atA.setDeviceId(m_b->id());
    QVERIFY(atA.send(QStringLiteral("may I?")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sideB.requests->pendingCount(), 1, 10000);
    QVERIFY(m_sideB.requests->reject(0, QStringLiteral("not now")));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 0), int(ConversationModel::Failed), 10000);
    // Only a message that was not delivered can go again.
    QSignalSpy errors(&atA, &ConversationModel::errorOccurred);
    QVERIFY(!atA.retry(1));
    QVERIFY(atA.retry(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_sideB.requests->pendingCount(), 1, 10000);
    QVERIFY(m_sideB.requests->accept(m_sideB.requests->firstPending()));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryState(atA, 0), int(ConversationModel::Delivered), 10000);
    QVERIFY(!atA.retry(0));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(atA.rowCount(), 1);
    QCOMPARE(m_sideB.conversations->history()->latest(m_a->id()).size(), 1);
}

void tst_Conversations::deviceModelFollowsPairingLive()
{
    DeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevice(m_a->device.get());
    const int row = model.indexOf(m_b->id());
    QVERIFY(row >= 0);
    QVERIFY(model.data(model.index(row), DeviceModel::PairedRole).toBool());
    QCOMPARE(model.data(model.index(row), DeviceModel::NameRole).toString(), QStringLiteral("Beta"));
    QVERIFY(model.data(model.index(row), DeviceModel::TransportsRole).toStringList().contains(u"lan"));
    QVERIFY(model.isLanRunning());

    DeviceModel pairedOnly;
    pairedOnly.setPairedOnly(true);
    pairedOnly.setDevice(m_a->device.get());
    QCOMPARE(pairedOnly.rowCount(), 1);

    QVERIFY(model.setAutoAccept(m_b->id(), true));
    QTRY_VERIFY(model.data(model.index(model.indexOf(m_b->id())), DeviceModel::AutoAcceptRole).toBool());

    QSignalSpy unpaired(&model, &DeviceModel::unpaired);
    QVERIFY(model.unpair(m_b->id()));
    QCOMPARE(unpaired.size(), 1);
    QTRY_COMPARE(pairedOnly.rowCount(), 0);
    // Still nearby, no longer paired.
    QTRY_VERIFY(model.indexOf(m_b->id()) >= 0
                && !model.data(model.index(model.indexOf(m_b->id())), DeviceModel::PairedRole).toBool());

    // Pairing again through the model: both sides see the same code.
    DeviceModel atB;
    atB.setDevice(m_b->device.get());
    QSignalSpy codeA(&model, &DeviceModel::pairingCodeReady);
    QSignalSpy codeB(&atB, &DeviceModel::pairingCodeReady);
    QSignalSpy finished(&model, &DeviceModel::pairingFinished);
    QVERIFY(model.requestPairing(m_b->id()));
    QTRY_COMPARE_WITH_TIMEOUT(codeA.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(codeB.size(), 1, 10000);
    QCOMPARE(codeA.at(0).at(2), codeB.at(0).at(2));
    QVERIFY(codeB.at(0).at(3).toBool()); // incoming at B
    QCOMPARE(model.data(model.index(model.indexOf(m_b->id())), DeviceModel::PairingCodeRole), codeA.at(0).at(2));
    QVERIFY(model.acceptPairing(m_b->id()));
    QVERIFY(atB.acceptPairing(m_a->id()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.at(0).at(2).toBool());
    QCOMPARE(model.data(model.index(model.indexOf(m_b->id())), DeviceModel::PairingCodeRole).toString(), QString());
    QTRY_COMPARE(pairedOnly.rowCount(), 1);

    // Bad input: a clear error, nothing done.
    QSignalSpy errors(&model, &DeviceModel::errorOccurred);
    QVERIFY(!model.connectToAddress(QStringLiteral("nowhere")));
    QVERIFY(!model.rejectPairing(m_b->id(), QString(DeviceModel::MaxReasonLength + 1, QLatin1Char('x'))));
    QCOMPARE(errors.size(), 2);
}

void tst_Conversations::deviceModelAddsADeviceByAddress()
{
    // A device that does not announce itself (as on a network that drops
    // discovery) appears once dialled by address.
    LocalDevice::Options quiet = loopbackOptions(freeUdpPort());
    quiet.discoveryEnabled = false;
    Peer hidden(QStringLiteral("Hidden"), quiet);
    QVERIFY(hidden.start());
    DeviceModel model;
    model.setDevice(m_a->device.get());
    QCOMPARE(model.indexOf(hidden.id()), -1);
    QVERIFY(model.connectToAddress(QStringLiteral("127.0.0.1:%1").arg(hidden.device->lanPort())));
    QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(hidden.id()) >= 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(model.indexOf(hidden.id())), DeviceModel::ConnectedRole).toBool(),
                             10000);
    QCOMPARE(model.data(model.index(model.indexOf(hidden.id())), DeviceModel::NameRole).toString(),
             QStringLiteral("Hidden"));
    QVERIFY(!model.data(model.index(model.indexOf(hidden.id())), DeviceModel::PairedRole).toBool());

    // A device that goes away takes its list with it.
    DeviceModel atHidden;
    atHidden.setDevice(hidden.device.get());
    QTRY_VERIFY(atHidden.rowCount() >= 1);
    hidden.device.reset();
    QCOMPARE(atHidden.rowCount(), 0);
    QCOMPARE(atHidden.device(), nullptr);
}

void tst_Conversations::sessionModelBoundsItsRequests()
{
    // More unanswered requests than the bound: the rest are refused at once.
    QList<Session *> opened;
    QString error;
    for (int i = 0; i < SessionModel::MaxPendingRequests + 2; ++i) {
        Session *s = m_sideA.sessions->open(m_b->id(), QLatin1StringView(Conversations::Service),
                                            QStringLiteral("many"), {}, &error);
        QVERIFY2(s, qPrintable(error));
        opened << s;
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_sideB.requests->pendingCount(), SessionModel::MaxPendingRequests, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(opened.last()->state() == Session::State::Disconnected, 10000);
    QCOMPARE(m_sideB.requests->rowCount(), SessionModel::MaxPendingRequests);
    for (Session *s : std::as_const(opened))
        s->deleteLater();

    // Sessions that go away leave no rows behind.
    m_sideB.conversations.reset();
    m_sideB.sessions.reset();
    QCOMPARE(m_sideB.requests->rowCount(), 0);
    QCOMPARE(m_sideB.requests->pendingCount(), 0);
}

void tst_Conversations::historyKeepsTheNewestWithinItsBound()
{
    QTemporaryDir dir;
    QString error;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("history.sqlite"));
    auto history = ChatHistory::open(path, &error, 3);
    QVERIFY2(history, qPrintable(error));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(history->append(QStringLiteral("aa"), true, QString::number(i), ChatMessage::State::Sent, &error));
    QVERIFY(
        history->append(QStringLiteral("bb"), false, QStringLiteral("other"), ChatMessage::State::Received, &error));
    // The newest three of "aa" stay, in order; "bb" is counted on its own.
    QList<ChatMessage> kept = history->latest(QStringLiteral("aa"));
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).text, QStringLiteral("3"));
    QCOMPARE(kept.at(2).text, QStringLiteral("5"));
    QCOMPARE(history->latest(QStringLiteral("bb")).size(), 1);
    // And on disk, for the next run.
    history.reset();
    history = ChatHistory::open(path, &error, 3);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(history->latest(QStringLiteral("aa")).size(), 3);
    // A view asks for at most MaxLoadedMessages, whatever it asks.
    QCOMPARE(history->latest(QStringLiteral("aa"), ChatHistory::MaxLoadedMessages + 10).size(), 3);
}

// The request carries the conversation's first message (bounded) for the
// dialog; what arrives is unread until marked read, and stays so across a
// restart (the read mark is in the database).
void tst_Conversations::requestPreviewsItsFirstMessageAndUnreadIsKept()
{
    QSignalSpy asked(m_sideB.requests.get(), &SessionModel::requestArrived);
    QString error;
    QVERIFY2(m_sideA.conversations->send(m_b->id(), QStringLiteral("first"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
    const QModelIndex request = m_sideB.requests->index(m_sideB.requests->firstPending());
    QCOMPARE(request.data(SessionModel::PreviewRole).toString(), QStringLiteral("first"));
    QVERIFY(m_sideA.conversations->send(m_b->id(), QStringLiteral("second"), &error));
    QCOMPARE(m_sideB.conversations->unreadTotal(), 0);
    QVERIFY(m_sideB.requests->accept(m_sideB.requests->firstPending()));
    QTRY_COMPARE_WITH_TIMEOUT(m_sideB.conversations->unreadTotal(), 2, 10000);
    QCOMPARE(m_sideB.conversations->unread().value(m_a->id()).toInt(), 2);

    // Still unread after a restart; read once marked, and that is kept too.
    const auto reopen = [this] {
        m_sideB.requests.reset();
        m_sideB.conversations.reset();
        m_sideB.sessions.reset();
        m_sideB = open(*m_b);
    };
    reopen();
    QCOMPARE(m_sideB.conversations->unreadTotal(), 2);
    QSignalSpy changed(m_sideB.conversations.get(), &Conversations::unreadChanged);
    m_sideB.conversations->markRead(m_a->id());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_sideB.conversations->unreadTotal(), 0);
    QVERIFY(m_sideB.conversations->unread().isEmpty());
    reopen();
    QCOMPARE(m_sideB.conversations->unreadTotal(), 0);

    // A preview longer than its bound is cut (a new conversation: A's
    // messages waiting again, as after a restart of A).
    m_sideA.requests.reset();
    m_sideA.conversations.reset();
    m_sideA.sessions.reset();
    m_sideB.requests.reset();
    m_sideB.conversations.reset();
    m_sideB.sessions.reset();
    m_sideB = open(*m_b);
    m_sideA = open(*m_a);
    QSignalSpy askedAgain(m_sideB.requests.get(), &SessionModel::requestArrived);
    const QString longText(SessionModel::MaxPreviewLength * 2, QLatin1Char('x'));
    QVERIFY(m_sideA.conversations->send(m_b->id(), longText, &error));
    QTRY_COMPARE_WITH_TIMEOUT(askedAgain.size(), 1, 10000);
    const QString preview
        = m_sideB.requests->index(m_sideB.requests->firstPending()).data(SessionModel::PreviewRole).toString();
    QCOMPARE(preview.size(), SessionModel::MaxPreviewLength + 1);
    QVERIFY(preview.endsWith(QChar(0x2026)));
}

QTEST_MAIN(tst_Conversations)
#include "tst_conversations.moc"
