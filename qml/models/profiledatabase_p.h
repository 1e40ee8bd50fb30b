#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One SQLite file of the profile (the chat history, the transfer history)
// on a Qt SQL connection of its own: each object its own name, so that two
// histories (or two tests) never share one; written with synchronous=FULL,
// because a message or a transfer the user saw recorded must survive a
// power cut. The connection is closed and removed with the object.
class ProfileDatabase
{
public:
    // Opens `path` and runs `schema` (statements that make the tables if
    // they are missing); null with `error` set ("cannot open …", "cannot
    // prepare …") otherwise. `kind` names the connection, for debugging.
    static std::unique_ptr<ProfileDatabase> open(const QString &path, QLatin1StringView kind, const QStringList &schema,
                                                 QString *error);
    ~ProfileDatabase();

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    // Runs one statement; false with `error` set to the database's words.
    bool exec(const QString &sql, QString *error) const;

private:
    explicit ProfileDatabase(const QString &connection)
        : m_connection(connection)
    { }
    QString m_connection;
};
