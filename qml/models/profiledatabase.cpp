#include "profiledatabase_p.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
QAtomicInteger<quint64> s_connections;
}

std::unique_ptr<ProfileDatabase> ProfileDatabase::open(const QString &path, QLatin1StringView kind,
                                                       const QStringList &schema, QString *error)
{
    std::unique_ptr<ProfileDatabase> store(
        new ProfileDatabase(QStringLiteral("tandem-%1-%2").arg(kind).arg(++s_connections)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    QString why;
    for (const QString &sql : QStringList{QStringLiteral("PRAGMA synchronous=FULL")} + schema) {
        if (!store->exec(sql, &why)) {
            *error = QStringLiteral("cannot prepare %1: %2").arg(path, why);
            return nullptr;
        }
    }
    return store;
}

ProfileDatabase::~ProfileDatabase()
{
    // Every QSqlDatabase handle must be gone before removeDatabase.
    {
        QSqlDatabase database = db();
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ProfileDatabase::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}
