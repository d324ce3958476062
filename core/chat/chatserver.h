#pragma once

#include "chatprotocol.h"
#include "chatstore.h"
#include "clock.h"
#include "supervisedserver.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <optional>
#include <set>
#include <vector>

namespace wspulse {

struct ChatServerOptions
{
    int historySize = 100;      // chat messages replayed in `hello`
    int maxConnections = 1000;  // the next one is closed with 1013
    int rateLimit = 100;        // chat frames per second per connection
    int rememberedIds = 10000;  // ids kept to drop duplicates
    QStringList allowedOrigins; // empty: any origin
    // --data: where the messages are kept; empty: in memory only (the
    // window's embedded server). "none" on the command line.
    QString dataDirectory;
    HistoryRetention retention; // --history-keep
};

// The chat server (wspulse.chat.v1). Every connection is supervised with the
// server's own parameter set; chat frames are relayed to every client (the
// sender included), acknowledged to the sender, and a resent id is acked
// again but never relayed twice.
class ChatServer : public SupervisedServer
{
    Q_OBJECT
public:
    ChatServer(Settings *settings, EventLog *log, const ChatServerOptions &options = {}, QObject *parent = nullptr);
    ~ChatServer() override;

    QStringList users() const;
    // users(), cut to chat::MaxListedUsers for frames sent to everyone.
    const ChatServerOptions &options() const { return m_options; }
    // Keeps every message in `store` from now on: the history and the ids
    // known come from it. A message is acknowledged and relayed only once
    // its batch is written.
    void setStore(std::unique_ptr<ChatStore> store);
    ChatStore *store() const { return m_store.get(); }

private:
    struct Client
    {
        QString name;
        // Token bucket for the rate limit.
        double tokens = 0;
        Nanos refilledAt{0};
        Nanos excessWindowStart{0};
        int excessInWindow = 0;
    };

    void onOpened(ConnectionSupervisor *c);
    void onClosed(ConnectionSupervisor *c);
    void onFrame(ConnectionSupervisor *c, const QString &frame);
    void relay(ConnectionSupervisor *from, const chat::ChatRequest &request);
    void rename(ConnectionSupervisor *c, const QString &wanted);
    bool takeToken(Client &client);
    void sendError(ConnectionSupervisor *c, const QString &text, const QString &id = QString());
    void broadcast(const QString &frame);
    void schedulePresence();
    QString uniqueName(const QString &wanted) const;
    bool isListed(const QString &name) const;
    void addName(const QString &name);
    void removeName(const QString &name);
    const QJsonArray &listedUsers();
    void rememberId(const QString &id);
    void accepted(const QString &conn, const chat::ChatMessage &m);
    void commitPending();
    void unstored(ConnectionSupervisor *c);

public:
    // How long joins and leaves are gathered before one presence frame goes
    // to every client: 200 ms, longer with many clients, so that presence
    // costs at most about 5000 frames a second however many are joining.
    static int presenceIntervalMs(qsizetype clients);

private:
    ChatServerOptions m_options;
    QHash<ConnectionSupervisor *, Client> m_clients;
    std::set<QString> m_names;               // every client's name, sorted: joins stay O(log N)
    std::optional<QJsonArray> m_listedUsers; // the first MaxListedUsers names, as sent
    std::deque<chat::ChatMessage> m_history;
    QSet<QString> m_seenIds;
    std::deque<QString> m_seenOrder;
    quint64 m_guestCounter = 0;
    QTimer m_presenceTimer;
    std::unique_ptr<ChatStore> m_store;
    struct Pending
    {
        QPointer<ConnectionSupervisor> from;
        QString conn; // its label, for the event
        chat::ChatMessage message;
        bool fresh; // false: a resend, acknowledged again but not relayed
    };
    std::vector<Pending> m_pending; // this event-loop pass's batch
    QTimer m_commit;                // at the end of the pass
    QTimer m_prune;
};

} // namespace wspulse
