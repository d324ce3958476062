#pragma once

#include "chatprotocol.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace wspulse {

// How much chat history a server keeps: a number of messages, or days.
struct HistoryRetention
{
    qint64 messages = 100000; // 0: no limit by count
    int days = 0;             // 0: no limit by age
    // "N" messages or "Nd" days; nullopt and *error on anything else.
    static std::optional<HistoryRetention> parse(const QString &text, QString *error);
};

// The chat server's messages in SQLite (Qt SQL's QSQLITE), so that a restart
// changes nothing a client can see: the history replayed in `hello` and the
// ids that make a resend a duplicate both come from here.
//
// Writes are batched: add() puts a message in the open transaction, commit()
// makes the batch durable. The server acknowledges and relays only after
// commit(), so an acknowledged message is never lost. WAL with
// synchronous=NORMAL: a commit survives the process being killed (the WAL is
// in the kernel's page cache); only a power cut can lose the last commits.
class ChatStore
{
public:
    static constexpr int kSchemaVersion = 1;

    // Opens (creating or upgrading) DIR/chat.sqlite. A database from a newer
    // wspulse, one that is not a database, or a folder another wspulse
    // serves from gives nullptr and *error, and nothing is changed.
    static std::unique_ptr<ChatStore> open(const QString &directory, QString *error);
    ~ChatStore();
    ChatStore(const ChatStore &) = delete;
    ChatStore &operator=(const ChatStore &) = delete;

    QString path() const { return m_path; }
    // In the current batch; false when the id is known (a resend), or on an
    // error (*error set), which rolls the whole batch back.
    bool add(const chat::ChatMessage &message, QString *error = nullptr);
    QString commit(); // returns why not; then the batch is lost and was never acknowledged
    // The newest `count` messages, oldest first.
    QList<chat::ChatMessage> latest(int count, QString *error = nullptr) const;
    qint64 count() const;
    // Deletes at most `batch` rows beyond the retention; returns how many.
    // Called from a timer, never on the path of a message.
    int prune(const HistoryRetention &retention, int batch = 1000);

private:
    ChatStore() = default;

    QString m_connection; // the QSqlDatabase connection name
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once: the hot path
    bool m_inBatch = false;
};

} // namespace wspulse
