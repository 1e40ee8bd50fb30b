#pragma once

#include "tandemquick_export.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Tandem {
class Profile;
}

// One message of a conversation, as stored.
struct TANDEM_QUICK_EXPORT ChatMessage
{
    // How far an outgoing message got; received ones are Received.
    enum class State {
        Queued = 0, // waiting for the peer to accept the conversation or for a link
        Sent = 1, // on its way: the conversation is open
        Delivered = 2, // the peer confirmed it
        Failed = 3, // the conversation ended (or Tandem quit) before the peer confirmed it
        Received = 4,
    };

    qint64 id = 0;
    QString deviceId;
    bool outgoing = false;
    QString text;
    QDateTime at; // UTC
    State state = State::Queued;
};

class ChatHistoryPrivate;

// The conversations of one profile, in SQLite next to its trust store
// (conversations.sqlite). Each change is one statement, so a crash keeps
// every message written before it.
class TANDEM_QUICK_EXPORT ChatHistory
{
public:
    // One message, in UTF-8; longer ones are refused (sending) or dropped
    // with a warning (receiving), never cut.
    static constexpr qsizetype MaxMessageBytes = 64 * 1024;
    // A conversation view loads at most this many of the latest messages.
    static constexpr int MaxLoadedMessages = 1000;
    // Kept per device; the oldest go when a new one would pass the bound.
    static constexpr int MaxStoredMessagesPerDevice = 100000;
    static constexpr auto FileName = "conversations.sqlite";

    ~ChatHistory();
    // `keepPerDevice` is for tests; it is clamped to 1..MaxStoredMessagesPerDevice.
    static std::unique_ptr<ChatHistory> open(const QString &databasePath, QString *error,
                                             int keepPerDevice = MaxStoredMessagesPerDevice);

    std::optional<ChatMessage> append(const QString &deviceId, bool outgoing, const QString &text,
                                      ChatMessage::State state, QString *error);
    bool setState(qint64 messageId, ChatMessage::State state, QString *error);
    // Oldest first, at most `limit` of the latest.
    QList<ChatMessage> latest(const QString &deviceId, int limit = MaxLoadedMessages) const;
    // The device's outgoing messages still Queued, oldest first (at most
    // MaxLoadedMessages): what goes out when it is back.
    QList<ChatMessage> queued(const QString &deviceId) const;
    // After a restart: messages that were on their way (Sent) may or may
    // not have arrived, and their sessions died with the last run: Failed
    // (the user may retry). Queued ones never left and stay queued.
    int failUnconfirmed(QString *error);
    // Received messages the user has not seen yet, per device: those after
    // the device's read mark (kept in the database, so a restart keeps
    // them unread).
    int unreadCount(const QString &deviceId) const;
    QHash<QString, int> unreadCounts() const;
    // Everything received from the device so far has been seen.
    bool markRead(const QString &deviceId, QString *error);

private:
    explicit ChatHistory(std::unique_ptr<ChatHistoryPrivate> d);
    std::unique_ptr<ChatHistoryPrivate> d;
};
