#include "sqlitefile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wspulse {

namespace {
QString migrate(QSqlDatabase &db, const char *const *migrations, int version)
{
    QSqlQuery q(db);
    const auto exec = [&q](const QString &sql) { return q.exec(sql) ? QString() : q.lastError().text(); };
    // A file that is not a database (truncated, overwritten) fails here,
    // before anything is written to it.
    for (const char *pragma :
         {"PRAGMA quick_check", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=2000"}) {
        if (const QString e = exec(QLatin1String(pragma)); !e.isEmpty())
            return QCoreApplication::translate("ChatStore", "not a wspulse database (%1)").arg(e);
        if (QByteArray(pragma).endsWith("quick_check") && q.next() && q.value(0).toString() != QLatin1String("ok"))
            return QCoreApplication::translate("ChatStore", "the database is damaged (%1)").arg(q.value(0).toString());
    }
    if (const QString e = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !e.isEmpty())
        return e;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return q.lastError().text();
    const int found = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (found > version)
        return QCoreApplication::translate("ChatStore",
                                           "made by a newer wspulse (schema %1; this one knows up to %2); "
                                           "left as it is")
            .arg(found)
            .arg(version);
    if (found == version)
        return {};
    if (!db.transaction())
        return db.lastError().text();
    for (int v = found; v < version; ++v) {
        if (const QString e = exec(QLatin1String(migrations[v])); !e.isEmpty()) {
            db.rollback();
            return QCoreApplication::translate("ChatStore", "cannot upgrade the schema from %1: %2").arg(v).arg(e);
        }
    }
    exec(QStringLiteral("DELETE FROM schema_version"));
    q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    q.addBindValue(version);
    if (!q.exec() || !db.commit()) {
        const QString e = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return e;
    }
    return {};
}
} // namespace

std::optional<QString> openSqliteFile(const QString &path, const char *const *migrations, int version, QString *error)
{
    static int opened = 0;
    const QString name = QStringLiteral("wspulse-sqlite-%1").arg(++opened);
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            why = db.lastError().text();
        else
            why = migrate(db, migrations, version);
    }
    if (why.isEmpty())
        return name;
    closeSqliteFile(name);
    if (error)
        *error = QCoreApplication::translate("ChatStore", "%1: %2").arg(path, why);
    return std::nullopt;
}

void closeSqliteFile(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace wspulse
