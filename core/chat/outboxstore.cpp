#include "outboxstore.h"

#include "chatclient.h"
#include "eventlog.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QStandardPaths>
#include <QDir>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wspulse {

namespace {
const char *const kMigrations[] = {
    // 0 -> 1
    "CREATE TABLE outbox ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE,"
    " text TEXT NOT NULL,"
    " sent_at INTEGER NOT NULL)",
};
static_assert(std::size(kMigrations) == OutboxStore::kSchemaVersion);
} // namespace

QString OutboxStore::fileFor(const QString &directory, const QUrl &url)
{
    // The URL as connected to, without its password: the same server is the same file.
    const QByteArray key = url.adjusted(QUrl::RemovePassword | QUrl::NormalizePathSegments).toEncoded();
    return QDir(directory).absoluteFilePath(
        QStringLiteral("outbox-%1.sqlite")
            .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16))));
}

std::unique_ptr<OutboxStore> OutboxStore::open(const QString &directory, const QUrl &url, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QCoreApplication::translate("ChatStore", "cannot create %1").arg(directory);
        return nullptr;
    }
    std::unique_ptr<OutboxStore> store(new OutboxStore);
    store->m_path = fileFor(directory, url);
    // Two clients of the same server (two runs, two --target) would send
    // each other's messages as their own.
    store->m_lock = std::make_unique<QLockFile>(store->m_path + QStringLiteral(".lock"));
    if (!store->m_lock->tryLock(0)) {
        if (error)
            *error = store->m_lock->error() == QLockFile::LockFailedError
                ? QCoreApplication::translate("ChatStore", "%1 is in use by another wspulse").arg(store->m_path)
                : QCoreApplication::translate("ChatStore", "cannot write in %1").arg(directory);
        return nullptr;
    }
    const std::optional<QString> connection = openSqliteFile(store->m_path, kMigrations, kSchemaVersion, error);
    if (!connection)
        return nullptr;
    store->m_connection = *connection;
    const QSqlDatabase db = QSqlDatabase::database(store->m_connection, false);
    store->m_insert = std::make_unique<QSqlQuery>(db);
    store->m_delete = std::make_unique<QSqlQuery>(db);
    if (!store->m_insert->prepare(QStringLiteral("INSERT OR IGNORE INTO outbox (id, text, sent_at) VALUES (?, ?, ?)"))
        || !store->m_delete->prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"))) {
        if (error)
            *error = store->m_insert->lastError().text();
        return nullptr;
    }
    return store;
}

OutboxStore::~OutboxStore()
{
    m_insert.reset();
    m_delete.reset();
    if (!m_connection.isEmpty())
        closeSqliteFile(m_connection);
}

QList<OutboxStore::Entry> OutboxStore::entries(QString *error) const
{
    QList<Entry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, text, sent_at FROM outbox ORDER BY seq"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

QString OutboxStore::add(const Entry &e)
{
    m_insert->addBindValue(e.id);
    m_insert->addBindValue(e.text);
    m_insert->addBindValue(e.sentAtMs);
    return m_insert->exec() ? QString() : m_insert->lastError().text();
}

QString OutboxStore::remove(const QString &id)
{
    m_delete->addBindValue(id);
    return m_delete->exec() ? QString() : m_delete->lastError().text();
}

} // namespace wspulse

namespace wspulse {

OutboxKeeper::OutboxKeeper(ChatClient *chat, EventLog *log, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_log(log)
    , m_dir(directory)
{
    const auto warn = [this](const QString &error) {
        m_log->add(EventType::Warning,
                   {{QLatin1String("text"),
                     tr("the outbox file failed (%1); unsent messages are kept in memory only").arg(error)}});
        m_store.reset();
    };
    connect(chat, &ChatClient::outgoing, this, [this, warn](const QString &id, const QString &text) {
        if (m_store)
            if (const QString e = m_store->add({id, text, QDateTime::currentMSecsSinceEpoch()}); !e.isEmpty())
                warn(e);
    });
    // Raw mode has no acks: what waited goes out as plain frames, once.
    connect(chat, &ChatClient::modeChanged, this, [this, warn](ChatClient::Mode mode) {
        if (!m_store || mode != ChatClient::Mode::Raw)
            return;
        QString error;
        for (const OutboxStore::Entry &e : m_store->entries(&error))
            m_store->remove(e.id);
        if (!error.isEmpty())
            warn(error);
    });
    connect(chat, &ChatClient::deliveryChanged, this, [this, warn](const QString &id, ChatClient::Delivery state) {
        if (m_store && (state == ChatClient::Delivery::Delivered || state == ChatClient::Delivery::Failed))
            if (const QString e = m_store->remove(id); !e.isEmpty())
                warn(e);
    });
}

OutboxKeeper::~OutboxKeeper() = default;

QString OutboxKeeper::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox");
}

void OutboxKeeper::setUrl(const QUrl &url)
{
    if (m_store && url == m_url)
        return; // the same server again (a reconnect through the link simulator)
    m_store.reset();
    m_url = url;
    if (url.isEmpty())
        return;
    QString error;
    m_store = OutboxStore::open(m_dir, url, &error);
    if (!m_store) {
        m_log->add(EventType::Warning,
                   {{QLatin1String("text"),
                     tr("cannot keep unsent messages across runs: %1; they are kept in memory only").arg(error)}});
        return;
    }
    const QList<OutboxStore::Entry> kept = m_store->entries(&error);
    if (!error.isEmpty())
        m_log->add(EventType::Warning, {{QLatin1String("text"), tr("cannot read the outbox: %1").arg(error)}});
    QJsonArray ids; // those not in this run's outbox already
    for (const OutboxStore::Entry &e : kept)
        if (m_chat->restore(e.id, e.text, e.sentAtMs))
            ids.append(e.id);
    if (ids.isEmpty())
        return;
    m_log->add(EventType::Restored,
               {{QLatin1String("count"), int(ids.size())},
                {QLatin1String("ids"), ids},
                {QLatin1String("text"), tr("unsent in an earlier run, sent again: %1").arg(ids.size())}});
}

} // namespace wspulse
