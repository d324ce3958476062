#include "chatstore.h"

#include "sqlitefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wspulse {

namespace {
// Each step takes the schema from its index to the next; a new version adds
// a step, never edits one.
const char *const kMigrations[] = {
    // 0 -> 1
    "CREATE TABLE messages ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE,"
    " sender TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " sent_at INTEGER NOT NULL,"
    " server_ts INTEGER NOT NULL)",
};
static_assert(std::size(kMigrations) == ChatStore::kSchemaVersion);

} // namespace

std::optional<HistoryRetention> HistoryRetention::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    const bool days = t.endsWith(QLatin1Char('d'));
    bool ok = false;
    const qint64 n = (days ? t.chopped(1) : t).toLongLong(&ok);
    if (!ok || n < 0 || (days && n > 36500)) {
        if (error)
            *error = QCoreApplication::translate("ChatStore",
                                                 "\"%1\" is not a history limit: a number of messages (10000) or "
                                                 "of days (30d); 0 keeps everything")
                         .arg(text);
        return std::nullopt;
    }
    HistoryRetention r;
    r.messages = days ? 0 : n;
    r.days = days ? int(n) : 0;
    return r;
}

std::unique_ptr<ChatStore> ChatStore::open(const QString &directory, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    if (!QDir().mkpath(directory))
        return fail(QCoreApplication::translate("ChatStore", "cannot create %1").arg(directory));
    std::unique_ptr<ChatStore> store(new ChatStore);
    store->m_path = QDir(directory).absoluteFilePath(QStringLiteral("chat.sqlite"));
    // One server per folder: SQLite would let a second one in, and the two
    // would interleave their histories.
    store->m_lock = std::make_unique<QLockFile>(QDir(directory).absoluteFilePath(QStringLiteral("chat.lock")));
    store->m_lock->setStaleLockTime(0);
    if (!store->m_lock->tryLock(100)) {
        if (store->m_lock->error() != QLockFile::LockFailedError)
            return fail(QCoreApplication::translate("ChatStore", "cannot write in %1").arg(directory));
        qint64 pid = 0;
        QString host, app;
        store->m_lock->getLockInfo(&pid, &host, &app);
        return fail(QCoreApplication::translate("ChatStore", "%1 is in use by another wspulse (pid %2)")
                        .arg(directory)
                        .arg(pid));
    }
    const std::optional<QString> connection = openSqliteFile(store->m_path, kMigrations, kSchemaVersion, error);
    if (!connection)
        return nullptr;
    store->m_connection = *connection;
    QSqlDatabase db = QSqlDatabase::database(store->m_connection, false);
    store->m_insert = std::make_unique<QSqlQuery>(db);
    if (!store->m_insert->prepare(QStringLiteral("INSERT OR IGNORE INTO messages (id, sender, text, sent_at, server_ts)"
                                                 " VALUES (?, ?, ?, ?, ?)")))
        return fail(store->m_insert->lastError().text());
    return store;
}

ChatStore::~ChatStore()
{
    if (m_inBatch)
        commit();
    m_insert.reset();
    if (!m_connection.isEmpty())
        closeSqliteFile(m_connection);
}

bool ChatStore::add(const chat::ChatMessage &m, QString *error)
{
    if (!m_inBatch) {
        if (!QSqlDatabase::database(m_connection, false).transaction()) {
            if (error)
                *error = QSqlDatabase::database(m_connection, false).lastError().text();
            return false;
        }
        m_inBatch = true;
    }
    m_insert->addBindValue(m.id);
    m_insert->addBindValue(m.from);
    m_insert->addBindValue(m.text);
    m_insert->addBindValue(m.sentAt);
    m_insert->addBindValue(m.serverTs);
    if (!m_insert->exec()) {
        if (error)
            *error = m_insert->lastError().text();
        // SQLite may have rolled the batch back already (a full disk, an I/O
        // error); either way none of it stays, and the caller fails it all.
        m_insert->finish();
        QSqlDatabase::database(m_connection, false).rollback();
        m_inBatch = false;
        return false;
    }
    return m_insert->numRowsAffected() == 1; // 0: the id was there (OR IGNORE)
}

QString ChatStore::commit()
{
    if (!m_inBatch)
        return {};
    m_inBatch = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.commit())
        return {};
    const QString e = db.lastError().text();
    db.rollback();
    return e;
}

QList<chat::ChatMessage> ChatStore::latest(int count, QString *error) const
{
    QList<chat::ChatMessage> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, sender, text, sent_at, server_ts FROM"
                             " (SELECT * FROM messages ORDER BY seq DESC LIMIT ?) ORDER BY seq"));
    q.addBindValue(count);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toLongLong()});
    return out;
}

qint64 ChatStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && q.next() ? q.value(0).toLongLong() : -1;
}

int ChatStore::prune(const HistoryRetention &retention, int batch)
{
    if (m_inBatch)
        return 0; // between batches only
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    int deleted = 0;
    if (retention.messages > 0) {
        q.prepare(QStringLiteral("DELETE FROM messages WHERE seq IN (SELECT seq FROM messages WHERE seq <="
                                 " (SELECT MAX(seq) FROM messages) - ? ORDER BY seq LIMIT ?)"));
        q.addBindValue(retention.messages);
        q.addBindValue(batch);
        if (q.exec())
            deleted += q.numRowsAffected();
    }
    if (retention.days > 0 && deleted < batch) {
        q.prepare(QStringLiteral("DELETE FROM messages WHERE seq IN (SELECT seq FROM messages WHERE server_ts < ?"
                                 " ORDER BY seq LIMIT ?)"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(retention.days) * 86400000);
        q.addBindValue(batch - deleted);
        if (q.exec())
            deleted += q.numRowsAffected();
    }
    return deleted;
}

} // namespace wspulse
