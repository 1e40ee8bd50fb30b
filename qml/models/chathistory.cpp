#include "chathistory.h"
#include "profiledatabase_p.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

class ChatHistoryPrivate
{
public:
    std::unique_ptr<ProfileDatabase> store;
    int keepPerDevice = ChatHistory::MaxStoredMessagesPerDevice;
    QSqlDatabase db() const { return store->db(); }
    // Runs `query` (id, outgoing, body, at, state; newest first) and returns
    // its messages oldest first.
    QList<ChatMessage> read(QSqlQuery &query, const QString &deviceId) const;
};

namespace {

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

ChatHistory::ChatHistory(std::unique_ptr<ChatHistoryPrivate> d)
    : d(std::move(d))
{ }

ChatHistory::~ChatHistory() = default;

std::unique_ptr<ChatHistory> ChatHistory::open(const QString &databasePath, QString *error, int keepPerDevice)
{
    auto d = std::make_unique<ChatHistoryPrivate>();
    d->keepPerDevice = qBound(1, keepPerDevice, MaxStoredMessagesPerDevice);
    d->store = ProfileDatabase::open(
        databasePath, QLatin1StringView("chat"),
        {QStringLiteral("CREATE TABLE IF NOT EXISTS messages ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " device TEXT NOT NULL,"
                        " outgoing INTEGER NOT NULL,"
                        " body TEXT NOT NULL,"
                        " at INTEGER NOT NULL,"
                        " state INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS messages_by_device ON messages (device, id)")},
        error);
    if (!d->store)
        return nullptr;
    // Read marks came later: a history from before them starts with
    // everything read rather than every old message unread.
    if (!d->db().tables().contains(QStringLiteral("read_marks"))) {
        const QString readMarks[] = {
            QStringLiteral("CREATE TABLE read_marks (device TEXT PRIMARY KEY, last_read INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO read_marks (device, last_read) SELECT device, MAX(id) FROM messages"
                           " GROUP BY device"),
        };
        for (const QString &sql : readMarks) {
            if (!d->store->exec(sql, error)) {
                *error = QStringLiteral("cannot prepare %1: %2").arg(databasePath, *error);
                return nullptr;
            }
        }
    }
    return std::unique_ptr<ChatHistory>(new ChatHistory(std::move(d)));
}

std::optional<ChatMessage> ChatHistory::append(const QString &deviceId, bool outgoing, const QString &text,
                                               ChatMessage::State state, QString *error)
{
    if (const qsizetype bytes = text.toUtf8().size(); bytes > MaxMessageBytes) {
        *error
            = QStringLiteral("a message is at most %1 bytes of UTF-8, this one has %2").arg(MaxMessageBytes).arg(bytes);
        return std::nullopt;
    }
    ChatMessage message;
    message.deviceId = deviceId;
    message.outgoing = outgoing;
    message.text = text;
    message.at = QDateTime::currentDateTimeUtc();
    message.state = state;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("INSERT INTO messages (device, outgoing, body, at, state) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(deviceId);
    query.addBindValue(outgoing ? 1 : 0);
    query.addBindValue(text);
    query.addBindValue(message.at.toMSecsSinceEpoch());
    query.addBindValue(int(state));
    if (!exec(query, error))
        return std::nullopt;
    message.id = query.lastInsertId().toLongLong();
    // The bound: what falls beyond the newest keepPerDevice goes.
    QSqlQuery prune(d->db());
    prune.prepare(QStringLiteral("DELETE FROM messages WHERE device = ? AND id <= (SELECT id FROM messages"
                                 " WHERE device = ? ORDER BY id DESC LIMIT 1 OFFSET ?)"));
    prune.addBindValue(deviceId);
    prune.addBindValue(deviceId);
    prune.addBindValue(d->keepPerDevice);
    QString pruneError;
    if (!exec(prune, &pruneError))
        qWarning("tandem: cannot trim the conversation history: %s", qPrintable(pruneError));
    return message;
}

bool ChatHistory::setState(qint64 messageId, ChatMessage::State state, QString *error)
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("UPDATE messages SET state = ? WHERE id = ?"));
    query.addBindValue(int(state));
    query.addBindValue(messageId);
    return exec(query, error);
}

QList<ChatMessage> ChatHistory::queued(const QString &deviceId) const
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT id, outgoing, body, at, state FROM messages WHERE device = ?"
                                 " AND outgoing = 1 AND state = ? ORDER BY id DESC LIMIT ?"));
    query.addBindValue(deviceId);
    query.addBindValue(int(ChatMessage::State::Queued));
    query.addBindValue(MaxLoadedMessages);
    return d->read(query, deviceId);
}

QList<ChatMessage> ChatHistory::latest(const QString &deviceId, int limit) const
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT id, outgoing, body, at, state FROM messages WHERE device = ?"
                                 " ORDER BY id DESC LIMIT ?"));
    query.addBindValue(deviceId);
    query.addBindValue(qBound(0, limit, MaxLoadedMessages));
    return d->read(query, deviceId);
}

QList<ChatMessage> ChatHistoryPrivate::read(QSqlQuery &query, const QString &deviceId) const
{
    QList<ChatMessage> messages;
    QString error;
    if (!exec(query, &error)) {
        qWarning("tandem: cannot read the conversation history: %s", qPrintable(error));
        return messages;
    }
    while (query.next()) {
        ChatMessage m;
        m.id = query.value(0).toLongLong();
        m.deviceId = deviceId;
        m.outgoing = query.value(1).toInt() != 0;
        m.text = query.value(2).toString();
        m.at = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC);
        const int state = query.value(4).toInt();
        m.state = state >= 0 && state <= int(ChatMessage::State::Received) ? ChatMessage::State(state)
                                                                           : ChatMessage::State::Failed;
        messages.prepend(m);
    }
    return messages;
}

int ChatHistory::failUnconfirmed(QString *error)
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("UPDATE messages SET state = ? WHERE outgoing = 1 AND state = ?"));
    query.addBindValue(int(ChatMessage::State::Failed));
    query.addBindValue(int(ChatMessage::State::Sent));
    if (!exec(query, error))
        return -1;
    return query.numRowsAffected();
}

int ChatHistory::unreadCount(const QString &deviceId) const
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE device = ? AND outgoing = 0 AND id >"
                                 " COALESCE((SELECT last_read FROM read_marks WHERE device = ?), 0)"));
    query.addBindValue(deviceId);
    query.addBindValue(deviceId);
    QString error;
    if (!exec(query, &error) || !query.next()) {
        qWarning("tandem: cannot count unread messages: %s", qPrintable(error));
        return 0;
    }
    return query.value(0).toInt();
}

QHash<QString, int> ChatHistory::unreadCounts() const
{
    QHash<QString, int> counts;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT m.device, COUNT(*) FROM messages m LEFT JOIN read_marks r ON r.device ="
                                 " m.device WHERE m.outgoing = 0 AND m.id > COALESCE(r.last_read, 0)"
                                 " GROUP BY m.device"));
    QString error;
    if (!exec(query, &error)) {
        qWarning("tandem: cannot count unread messages: %s", qPrintable(error));
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

bool ChatHistory::markRead(const QString &deviceId, QString *error)
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO read_marks (device, last_read) VALUES (?,"
                                 " COALESCE((SELECT MAX(id) FROM messages WHERE device = ?), 0))"));
    query.addBindValue(deviceId);
    query.addBindValue(deviceId);
    return exec(query, error);
}
