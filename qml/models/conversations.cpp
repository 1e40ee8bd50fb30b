#include "conversations.h"

#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QDir>

using namespace Tandem;

Conversations::Conversations(SessionManager *sessions, std::unique_ptr<ChatHistory> history)
    : m_sessions(sessions)
    , m_history(std::move(history))
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
    auto *tracked = new Tracked{session, {}};
    m_tracked << tracked;
    const QString peer = session->peerDeviceId();
    connect(session, &Session::stateChanged, this, [this, tracked, peer](Session::State state) {
        if (state != Session::State::Connected)
            return;
        // The conversation is open: what waited for it is on its way.
        for (const qint64 messageId : std::as_const(tracked->unconfirmed))
            setState(peer, messageId, ChatMessage::State::Sent);
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
                for (const qint64 sequence : sequences) {
                    if (tracked->unconfirmed.contains(sequence))
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
                Q_EMIT messageAdded(*message);
                Q_EMIT messageReceived(peer, text);
            });
    connect(session, &Session::closed, this, [this, tracked, peer, session] {
        for (const qint64 messageId : std::as_const(tracked->unconfirmed))
            setState(peer, messageId, ChatMessage::State::Failed);
        m_tracked.removeOne(tracked);
        delete tracked;
        session->disconnect(this);
        session->deleteLater();
    });
}

Session *Conversations::sessionFor(const QString &deviceId, QString *error)
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
    Session *session = m_sessions->open(deviceId, service, service, {}, error);
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
    Session *session = sessionFor(deviceId, error);
    if (!session)
        return std::nullopt;
    auto message = m_history->append(deviceId, true, text, ChatMessage::State::Queued, error);
    if (!message)
        return std::nullopt;
    Q_EMIT messageAdded(*message);
    const qint64 sequence = session->send(QLatin1StringView(Channel), Session::Kind::Text, text.toUtf8(), error);
    if (sequence == 0) {
        setState(deviceId, message->id, ChatMessage::State::Failed);
        message->state = ChatMessage::State::Failed;
        return message;
    }
    for (Tracked *tracked : std::as_const(m_tracked)) {
        if (tracked->session == session)
            tracked->unconfirmed.insert(sequence, message->id);
    }
    if (session->state() == Session::State::Connected) {
        setState(deviceId, message->id, ChatMessage::State::Sent);
        message->state = ChatMessage::State::Sent;
    }
    return message;
}
