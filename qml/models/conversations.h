#pragma once

#include "chathistory.h"
#include <Tandem/session.h>

#include "tandemquick_export.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace Tandem {
class SessionManager;
}

// Text chat with paired devices: one session per device on the service
// `tandem.text`, channel `chat` (the same tandem-cli's send-text and serve
// speak), every message kept in the profile's ChatHistory with its delivery
// state. Incoming conversations from a device with auto-accept are accepted
// here; the others wait for the user (SessionModel lists them).
class TANDEM_QUICK_EXPORT Conversations : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Conversations are opened by the application for its profile.")
    // Received messages not seen yet: device id -> count (devices with none
    // are left out), and their sum; for badges.
    Q_PROPERTY(QVariantMap unread READ unread NOTIFY unreadChanged FINAL)
    Q_PROPERTY(int unreadTotal READ unreadTotal NOTIFY unreadChanged FINAL)

public:
    static constexpr auto Service = "tandem.text";
    static constexpr auto Channel = "chat";

    ~Conversations() override;
    // Opens the history in the device's profile and takes the service.
    static std::unique_ptr<Conversations> open(Tandem::SessionManager *sessions, QString *error);

    Tandem::SessionManager *sessionManager() const;
    ChatHistory *history() const;

    // Stores the message as Queued and sends it, opening a conversation
    // with the device when none is open. nullopt with `error` for an
    // unpaired device, an empty or overlong text or a full queue.
    std::optional<ChatMessage> send(const QString &deviceId, const QString &text, QString *error);
    // Sends a Failed outgoing message again: Queued now, out as soon as the
    // device is linked. False with `error` for a message that is not one.
    bool retry(const QString &deviceId, qint64 messageId, QString *error);

    QVariantMap unread() const;
    int unreadTotal() const;
    // The user has seen the conversation with the device: nothing of it is
    // unread any more.
    Q_INVOKABLE void markRead(const QString &deviceId);

Q_SIGNALS:
    void messageAdded(const ChatMessage &message);
    void messageStateChanged(const QString &deviceId, qint64 messageId, ChatMessage::State state);
    // Someone wrote to us (for notifications).
    void messageReceived(const QString &deviceId, const QString &text);
    void unreadChanged();

private:
    Conversations(Tandem::SessionManager *sessions, std::unique_ptr<ChatHistory> history);
    void adopt(Tandem::Session *session);
    // Opens a conversation when none is open; `firstText` (the first
    // message it will carry) goes with the request as its preview, so the
    // other side's dialog can show it (SessionModel::PreviewRole).
    Tandem::Session *sessionFor(const QString &deviceId, QString *error, const QString &firstText = {});
    void setState(const QString &deviceId, qint64 messageId, ChatMessage::State state);
    // Sends the device's Queued messages that no conversation carries yet,
    // oldest first, once it is linked: written while it was away, or left
    // by the last run.
    void sendQueued(const QString &deviceId);
    // Sends a stored message on the device's conversation and returns its
    // state: Sent, Queued (the conversation waits) or Failed (`error`).
    ChatMessage::State sendStored(const QString &deviceId, const ChatMessage &message, QString *error);
    // The stored messages a live conversation with the device carries.
    QSet<qint64> carried(const QString &deviceId) const;

    struct Tracked
    {
        QPointer<Tandem::Session> session;
        // Outgoing text sequence -> stored message id, until confirmed.
        QMap<qint64, qint64> unconfirmed;
        // Those that went out on the open conversation (Sent): they may
        // have arrived. The others never left this device.
        QSet<qint64> sent;
    };

    Tandem::SessionManager *m_sessions;
    std::unique_ptr<ChatHistory> m_history;
    QList<Tracked *> m_tracked;
    QHash<QString, int> m_unread;
};
