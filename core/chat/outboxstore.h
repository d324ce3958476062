#pragma once

#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace wspulse {

// A chat client's unacknowledged messages for one server, in a small SQLite
// file (one per URL), so that a client killed or quit with messages in
// flight sends them at its next start: written before the send, removed on
// the ack. The server's duplicate detection makes a resend exactly once.
class OutboxStore
{
public:
    static constexpr int kSchemaVersion = 1;
    struct Entry
    {
        QString id;
        QString text;
        qint64 sentAtMs = 0;
    };

    // DIR/outbox-<hash of the URL>.sqlite; nullptr and *error when it cannot be used.
    static std::unique_ptr<OutboxStore> open(const QString &directory, const QUrl &url, QString *error);
    static QString fileFor(const QString &directory, const QUrl &url);
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    QString path() const { return m_path; }
    QList<Entry> entries(QString *error = nullptr) const; // in send order
    QString add(const Entry &entry);                      // returns why not
    QString remove(const QString &id);                    // returns why not

private:
    OutboxStore() = default;

    QString m_connection;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock; // one client per file
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_delete;
};

} // namespace wspulse

namespace wspulse {

class ChatClient;
class EventLog;

// Keeps a chat client's outbox in an OutboxStore for the URL it talks to:
// each message written as it enters the outbox (before it is sent), removed
// when acknowledged or given up; at start (and on a switch to another
// server) what an earlier run left is put back, in order. A file that cannot
// be used is a warning, and the outbox stays in memory.
class OutboxKeeper : public QObject
{
    Q_OBJECT
public:
    OutboxKeeper(ChatClient *chat, EventLog *log, const QString &directory, QObject *parent = nullptr);
    ~OutboxKeeper() override;

    // The server the client talks to now; restores what was kept for it.
    void setUrl(const QUrl &url);
    OutboxStore *store() const { return m_store.get(); }
    static QString defaultDirectory(); // the application's data folder, "outbox"

private:
    ChatClient *m_chat;
    EventLog *m_log;
    QString m_dir;
    std::unique_ptr<OutboxStore> m_store;
    QUrl m_url;
};

} // namespace wspulse
