#include "conversations.h"

#include "sessionmodel.h"

#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QCborMap>
#include <QDir>
#include <QSet>

#include <algorithm>

using namespace Tandem;

Conversations::Conversations(SessionManager *sessions, std::unique_ptr<ChatHistory> history)
    : m_sessions(sessions)
    , m_history(std::move(history))
    , m_unread(m_history->unreadCounts())
{
    const QString service = QLatin1StringView(Service);
    m_sessions->registerService(service);
    connect(m_sessions, &SessionManager::incomingSession, this, [this, service](Session *session) {
        if (session->service() != service)
            return;
        adopt(session);
        const auto trusted = m_sessions->device()->profile()->trustStore()->find(session->peerDeviceId());
        if (trusted && trusted->autoAcceptSessions)
            session->accept();
    });
    // What was written while a device was away goes out when it is back.
    connect(m_sessions->device(), &LocalDevice::deviceConnected, this, &Conversations::sendQueued);
}

Conversations::~Conversations()
{
    m_sessions->unregisterService(QLatin1StringView(Service));
    for (Tracked *tracked : std::as_const(m_tracked)) {
        if (tracked->session)
            tracked->session->disconnect(this);
    }
    qDeleteAll(m_tracked);
}

std::unique_ptr<Conversations> Conversations::open(SessionManager *sessions, QString *error)
{
    const QString path = QDir(sessions->device()->profile()->path()).filePath(QLatin1StringView(ChatHistory::FileName));
    std::unique_ptr<ChatHistory> history = ChatHistory::open(path, error);
    if (!history)
        return nullptr;
    // What the last run could not confirm never will be: its sessions died
    // with it. Say so rather than show it as still on its way.
    if (history->failUnconfirmed(error) < 0)
        return nullptr;
    return std::unique_ptr<Conversations>(new Conversations(sessions, std::move(history)));
}

SessionManager *Conversations::sessionManager() const
{
    return m_sessions;
}

ChatHistory *Conversations::history() const
{
    return m_history.get();
}

void Conversations::setState(const QString &deviceId, qint64 messageId, ChatMessage::State state)
{
    QString error;
    if (!m_history->setState(messageId, state, &error))
        qWarning("tandem: cannot record a message's delivery state: %s", qPrintable(error));
    Q_EMIT messageStateChanged(deviceId, messageId, state);
}

void Conversations::adopt(Session *session)
{
    auto *tracked = new Tracked{session, {}, {}};
    m_tracked << tracked;
    const QString peer = session->peerDeviceId();
    connect(session, &Session::stateChanged, this, [this, tracked, peer](Session::State state) {
        if (state != Session::State::Connected)
            return;
        // The conversation is open: what waited for it is on its way.
        for (const qint64 messageId : std::as_const(tracked->unconfirmed)) {
            setState(peer, messageId, ChatMessage::State::Sent);
            tracked->sent.insert(messageId);
        }
    });
    connect(session, &Session::delivered, this, [this, tracked, peer](Session::Kind kind, qint64 sequence) {
        if (kind != Session::Kind::Text)
            return;
        while (!tracked->unconfirmed.isEmpty() && tracked->unconfirmed.firstKey() <= sequence)
            setState(peer, tracked->unconfirmed.take(tracked->unconfirmed.firstKey()), ChatMessage::State::Delivered);
    });
    connect(session, &Session::undelivered, this,
            [this, tracked, peer](Session::Kind kind, const QList<qint64> &sequences) {
                if (kind != Session::Kind::Text)
                    return;
                // Only what went out may have been lost on the way; what
                // never left is for closed() to keep Queued (or fail, when
                // the conversation was refused).
                for (const qint64 sequence : sequences) {
                    const auto it = tracked->unconfirmed.constFind(sequence);
                    if (it != tracked->unconfirmed.cend() && tracked->sent.contains(*it))
                        setState(peer, tracked->unconfirmed.take(sequence), ChatMessage::State::Failed);
                }
            });
    connect(session, &Session::messageReceived, this,
            [this, peer](const QString &, Session::Kind kind, const QByteArray &payload) {
                if (kind != Session::Kind::Text)
                    return;
                QString error;
                const QString text = QString::fromUtf8(payload);
                const auto message = m_history->append(peer, false, text, ChatMessage::State::Received, &error);
                if (!message) {
                    qWarning("tandem: a message from %s was not kept: %s", qPrintable(peer), qPrintable(error));
                    return;
                }
                ++m_unread[peer];
                Q_EMIT messageAdded(*message);
                Q_EMIT unreadChanged();
                Q_EMIT messageReceived(peer, text);
            });
    connect(session, &Session::closed, this, [this, tracked, peer, session](Session::CloseReason reason) {
        // What went out on the open conversation may or may not have
        // arrived: Failed (the user may send it again), as is everything of
        // a refused conversation. What was written while it waited (for an
        // answer, or for the device to come back) never left: it stays
        // Queued and goes out on the next conversation.
        bool left = false;
        for (const qint64 messageId : std::as_const(tracked->unconfirmed)) {
            if (reason == Session::CloseReason::Refused || tracked->sent.contains(messageId))
                setState(peer, messageId, ChatMessage::State::Failed);
            else
                left = true;
        }
        // The device may be back already (a new instance of it ends the old
        // one's sessions): on a new conversation, once this one is gone.
        if (left)
            QMetaObject::invokeMethod(this, [this, peer] { sendQueued(peer); }, Qt::QueuedConnection);
        m_tracked.removeOne(tracked);
        delete tracked;
        session->disconnect(this);
        session->deleteLater();
    });
}

Session *Conversations::sessionFor(const QString &deviceId, QString *error, const QString &firstText)
{
    Session *waiting = nullptr;
    for (const Tracked *tracked : std::as_const(m_tracked)) {
        Session *s = tracked->session;
        if (!s || s->peerDeviceId() != deviceId || s->state() == Session::State::Disconnected)
            continue;
        // An incoming conversation the user has not accepted yet cannot carry ours.
        if (!s->isOutgoing() && s->state() == Session::State::Connecting)
            continue;
        if (s->state() == Session::State::Connected)
            return s;
        waiting = waiting ? waiting : s;
    }
    if (waiting)
        return waiting;
    const QString service = QLatin1StringView(Service);
    QCborMap parameters;
    if (!firstText.isEmpty()) {
        // Only what the other side's dialog shows travels before it is accepted.
        parameters.insert(QLatin1StringView(SessionModel::PreviewParameter),
                          firstText.size() > SessionModel::MaxPreviewLength
                              ? QString(firstText.first(SessionModel::MaxPreviewLength) + QChar(0x2026))
                              : firstText);
    }
    Session *session = m_sessions->open(deviceId, service, service, parameters, error);
    if (session)
        adopt(session);
    return session;
}

std::optional<ChatMessage> Conversations::send(const QString &deviceId, const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = tr("Write something first.");
        return std::nullopt;
    }
    if (const qsizetype bytes = text.toUtf8().size(); bytes > ChatHistory::MaxMessageBytes) {
        *error = tr("The message is too long: at most %1 bytes, this one has %2.")
                     .arg(ChatHistory::MaxMessageBytes)
                     .arg(bytes);
        return std::nullopt;
    }
    // Opened first: an unpaired device is refused before anything is kept.
    // The first message of a new conversation is the oldest still waiting.
    const QList<ChatMessage> waiting = m_history->queued(deviceId);
    if (!sessionFor(deviceId, error, waiting.isEmpty() ? text : waiting.constFirst().text))
        return std::nullopt;
    // Older ones still waiting go first (when the device is linked), then
    // this one; with the device away it waits on the conversation, which
    // goes out when the device is back (or, should that end first, on the
    // next).
    sendQueued(deviceId);
    auto message = m_history->append(deviceId, true, text, ChatMessage::State::Queued, error);
    if (!message)
        return std::nullopt;
    Q_EMIT messageAdded(*message);
    message->state = sendStored(deviceId, *message, error);
    return message;
}

QSet<qint64> Conversations::carried(const QString &deviceId) const
{
    QSet<qint64> ids;
    for (const Tracked *tracked : std::as_const(m_tracked)) {
        if (tracked->session && tracked->session->peerDeviceId() == deviceId
            && tracked->session->state() != Session::State::Disconnected) {
            for (const qint64 messageId : tracked->unconfirmed)
                ids.insert(messageId);
        }
    }
    return ids;
}

ChatMessage::State Conversations::sendStored(const QString &deviceId, const ChatMessage &message, QString *error)
{
    Session *session = sessionFor(deviceId, error);
    const qint64 sequence
        = session ? session->send(QLatin1StringView(Channel), Session::Kind::Text, message.text.toUtf8(), error) : 0;
    if (sequence == 0) {
        setState(deviceId, message.id, ChatMessage::State::Failed);
        return ChatMessage::State::Failed;
    }
    // sessionFor() adopted it: it is tracked.
    Tracked *tracked = *std::find_if(m_tracked.cbegin(), m_tracked.cend(),
                                     [session](const Tracked *t) { return t->session == session; });
    tracked->unconfirmed.insert(sequence, message.id);
    if (session->state() != Session::State::Connected)
        return ChatMessage::State::Queued;
    setState(deviceId, message.id, ChatMessage::State::Sent);
    tracked->sent.insert(message.id);
    return ChatMessage::State::Sent;
}

void Conversations::sendQueued(const QString &deviceId)
{
    if (!m_sessions->device()->isConnected(deviceId))
        return;
    const QSet<qint64> inFlight = carried(deviceId);
    const QList<ChatMessage> waiting = m_history->queued(deviceId);
    // A new conversation for them says what it starts with.
    if (const auto first = std::find_if(waiting.cbegin(), waiting.cend(),
                                        [&inFlight](const ChatMessage &m) { return !inFlight.contains(m.id); });
        first != waiting.cend()) {
        QString error;
        if (!sessionFor(deviceId, &error, first->text))
            qWarning("tandem: queued messages wait: %s", qPrintable(error));
    }
    for (const ChatMessage &message : waiting) {
        if (inFlight.contains(message.id))
            continue;
        QString error;
        if (sendStored(deviceId, message, &error) == ChatMessage::State::Failed)
            qWarning("tandem: a queued message could not be sent: %s", qPrintable(error));
    }
}

bool Conversations::retry(const QString &deviceId, qint64 messageId, QString *error)
{
    const QList<ChatMessage> recent = m_history->latest(deviceId);
    const auto it
        = std::find_if(recent.cbegin(), recent.cend(), [messageId](const ChatMessage &m) { return m.id == messageId; });
    if (it == recent.cend() || !it->outgoing || it->state != ChatMessage::State::Failed) {
        *error = tr("Only a message that was not delivered can be sent again.");
        return false;
    }
    setState(deviceId, messageId, ChatMessage::State::Queued);
    sendQueued(deviceId);
    return true;
}

QVariantMap Conversations::unread() const
{
    QVariantMap map;
    for (auto it = m_unread.cbegin(); it != m_unread.cend(); ++it) {
        if (it.value() > 0)
            map.insert(it.key(), it.value());
    }
    return map;
}

int Conversations::unreadTotal() const
{
    int total = 0;
    for (const int count : m_unread)
        total += count;
    return total;
}

void Conversations::markRead(const QString &deviceId)
{
    if (m_unread.value(deviceId) == 0)
        return;
    QString error;
    if (!m_history->markRead(deviceId, &error)) {
        qWarning("tandem: cannot mark the conversation read: %s", qPrintable(error));
        return;
    }
    m_unread.remove(deviceId);
    Q_EMIT unreadChanged();
}
