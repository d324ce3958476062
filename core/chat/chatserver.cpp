#include "chatserver.h"

#include "connectionsupervisor.h"
#include "eventlog.h"
#include "logging.h"

#include <QDateTime>
#include <QWebSocketCorsAuthenticator>

using namespace std::chrono_literals;

namespace wspulse {

ChatServer::ChatServer(Settings *settings, EventLog *log, const ChatServerOptions &options, QObject *parent)
    : SupervisedServer(settings, log, parent)
    , m_options(options)
{
    setSubprotocols({QLatin1String(chat::Subprotocol)});
    setMaxConnections(m_options.maxConnections);
    if (!m_options.allowedOrigins.isEmpty()) {
        connect(webSocketServer(), &QWebSocketServer::originAuthenticationRequired, this,
                [this](QWebSocketCorsAuthenticator *auth) {
                    auth->setAllowed(m_options.allowedOrigins.contains(auth->origin()));
                    if (!auth->allowed())
                        logEvent(EventType::Warning,
                                 {{QLatin1String("text"),
                                   tr("refused a connection from origin \"%1\"").arg(auth->origin())}});
                });
    }
    // Joins and leaves are announced together (presenceIntervalMs): one
    // presence frame per client per burst, not one per join (N joins would
    // otherwise cost N x N frames).
    m_presenceTimer.setSingleShot(true);
    connect(&m_presenceTimer, &QTimer::timeout, this, [this] {
        broadcast(chat::encode(chat::Presence{{}, int(m_clients.size())}, listedUsers()));
    });
    connect(this, &SupervisedServer::connectionOpened, this, &ChatServer::onOpened);
    connect(this, &SupervisedServer::connectionClosed, this, &ChatServer::onClosed);
}

ChatServer::~ChatServer()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        it.key()->disconnect(this);
}

QStringList ChatServer::users() const
{
    QStringList names;
    names.reserve(qsizetype(m_names.size()));
    for (const QString &n : m_names)
        names << n;
    return names;
}

void ChatServer::onOpened(ConnectionSupervisor *c)
{
    c->setReportMessages(false); // one `message` event per chat, not one per recipient
    if (m_clients.size() >= m_options.maxConnections) {
        logEvent(EventType::Warning,
                 {{QLatin1String("conn"), c->label()},
                  {QLatin1String("text"), tr("refused: already %1 connections").arg(m_options.maxConnections)}});
        c->close(QStringLiteral("try again later"), 1013);
        return;
    }
    Client client;
    client.name = uniqueName(QStringLiteral("guest-%1").arg(++m_guestCounter));
    client.tokens = m_options.rateLimit;
    client.refilledAt = SteadyClock::instance()->now();
    m_clients.insert(c, client);
    addName(client.name);
    connect(c, &ConnectionSupervisor::textReceived, this, [this, c](const QString &frame) { onFrame(c, frame); });
    connect(c, &ConnectionSupervisor::binaryReceived, this,
            [this, c] { sendError(c, tr("binary frames are not part of %1").arg(QLatin1String(chat::Subprotocol))); });
    chat::Hello hello{QStringLiteral("wspulse"), client.name, {}, {}, m_options.rateLimit, int(m_clients.size())};
    for (const chat::ChatMessage &m : m_history)
        hello.history << m;
    c->sendText(chat::encode(hello, listedUsers()));
    schedulePresence();
}

void ChatServer::onClosed(ConnectionSupervisor *c)
{
    const auto it = m_clients.find(c);
    if (it == m_clients.end())
        return;
    removeName(it->name);
    m_clients.erase(it);
    schedulePresence();
}

void ChatServer::onFrame(ConnectionSupervisor *c, const QString &frame)
{
    auto it = m_clients.find(c);
    if (it == m_clients.end())
        return;
    if (!takeToken(*it)) {
        if (it->excessInWindow > m_options.rateLimit) {
            logEvent(EventType::Warning,
                     {{QLatin1String("conn"), c->label()},
                      {QLatin1String("text"), tr("closed %1: rate limit exceeded").arg(it->name)}});
            c->close(QStringLiteral("rate limit exceeded"), 1008);
        } else {
            const chat::ClientFrame parsed = chat::decodeClientFrame(frame);
            const auto *request = std::get_if<chat::ChatRequest>(&parsed);
            sendError(c, tr("rate limit: at most %1 messages per second").arg(m_options.rateLimit),
                      request ? request->id : QString());
        }
        return;
    }
    const chat::ClientFrame parsed = chat::decodeClientFrame(frame);
    if (const auto *request = std::get_if<chat::ChatRequest>(&parsed))
        relay(c, *request);
    else if (const auto *rename = std::get_if<chat::RenameRequest>(&parsed))
        this->rename(c, rename->name);
    else
        sendError(c, std::get<chat::ChatProtocolError>(parsed).text);
}

void ChatServer::setStore(std::unique_ptr<ChatStore> store)
{
    m_store = std::move(store);
    m_history.clear();
    QString error;
    for (const chat::ChatMessage &m : m_store->latest(m_options.historySize, &error))
        m_history.push_back(m);
    if (!error.isEmpty())
        logEvent(EventType::Error, {{QLatin1String("text"), tr("cannot read the history: %1").arg(error)}});
    // Old rows go a thousand at a time between batches, never while a
    // message waits for its ack.
    const auto prune = [this] {
        if (m_store && m_pending.empty() && m_store->prune(m_options.retention) > 0)
            m_prune.start(100); // more to delete: soon again
        else
            m_prune.start(30000);
    };
    m_prune.setSingleShot(true);
    connect(&m_prune, &QTimer::timeout, this, prune);
    m_prune.start(0);
    m_commit.setSingleShot(true);
    m_commit.setInterval(0);
    connect(&m_commit, &QTimer::timeout, this, &ChatServer::commitPending);
}

void ChatServer::relay(ConnectionSupervisor *from, const chat::ChatRequest &request)
{
    chat::ChatMessage m;
    m.id = request.id;
    m.from = m_clients.value(from).name;
    m.text = request.text;
    m.sentAt = request.sentAt;
    m.serverTs = QDateTime::currentMSecsSinceEpoch();
    if (m_store) {
        // Written first; acknowledged and relayed when the batch is.
        QString error;
        const bool fresh = m_store->add(m, &error);
        if (!error.isEmpty()) {
            // The batch went with it: none of it is acknowledged or relayed.
            logEvent(EventType::Error, {{QLatin1String("text"), tr("cannot store a message: %1").arg(error)}});
            m_commit.stop();
            for (const Pending &p : std::exchange(m_pending, {}))
                if (p.from)
                    unstored(p.from);
            unstored(from);
            return;
        }
        m_pending.push_back({from, from->label(), m, fresh});
        m_commit.start();
        return;
    }
    if (m_seenIds.contains(request.id)) {
        // A resend after a lost ack: confirm again, relay never twice.
        from->sendText(chat::encode(chat::Ack{request.id}));
        return;
    }
    rememberId(request.id);
    accepted(from->label(), m);
    from->sendText(chat::encode(chat::Ack{m.id}));
}

void ChatServer::commitPending()
{
    std::vector<Pending> batch = std::exchange(m_pending, {});
    if (const QString error = m_store->commit(); !error.isEmpty()) {
        // Nothing of the batch was acknowledged: each sender resends.
        logEvent(EventType::Error, {{QLatin1String("text"), tr("cannot store messages: %1").arg(error)}});
        for (const Pending &p : batch)
            if (p.from)
                unstored(p.from);
        return;
    }
    for (const Pending &p : batch) {
        if (p.fresh)
            accepted(p.conn, p.message);
        if (p.from)
            p.from->sendText(chat::encode(chat::Ack{p.message.id}));
    }
}

void ChatServer::unstored(ConnectionSupervisor *c)
{
    // Not an error frame with the id: a client gives such a message up.
    // Closed instead, the client reconnects and sends again everything not
    // acknowledged (and gives up only after several tries).
    if (c->state() == ConnectionSupervisor::State::Open)
        c->close(QStringLiteral("cannot store messages"), 1011);
}

void ChatServer::accepted(const QString &conn, const chat::ChatMessage &m)
{
    m_history.push_back(m);
    while (int(m_history.size()) > m_options.historySize)
        m_history.pop_front();
    logEvent(EventType::Message,
             {{QLatin1String("conn"), conn},
              {QLatin1String("dir"), QLatin1String("in")},
              {QLatin1String("kind"), QLatin1String("text")},
              {QLatin1String("bytes"), qint64(m.text.toUtf8().size())},
              {QLatin1String("from"), m.from},
              {QLatin1String("id"), m.id},
              {QLatin1String("text"), m.text}});
    broadcast(chat::encode(m));
}

void ChatServer::rename(ConnectionSupervisor *c, const QString &wanted)
{
    Client &client = m_clients[c];
    if (client.name != wanted) {
        removeName(client.name);
        client.name = uniqueName(wanted);
        addName(client.name);
    }
    c->sendText(chat::encode(chat::Renamed{client.name}));
    schedulePresence();
}

bool ChatServer::takeToken(Client &client)
{
    const Nanos now = SteadyClock::instance()->now();
    const double elapsed = std::chrono::duration<double>(now - client.refilledAt).count();
    client.refilledAt = now;
    client.tokens = std::min<double>(m_options.rateLimit, client.tokens + elapsed * m_options.rateLimit);
    if (client.tokens >= 1) {
        client.tokens -= 1;
        return true;
    }
    // Excess within one second; more than a second's worth in a row means it persists.
    if (now - client.excessWindowStart > 1s) {
        client.excessWindowStart = now;
        client.excessInWindow = 0;
    }
    ++client.excessInWindow;
    return false;
}

void ChatServer::sendError(ConnectionSupervisor *c, const QString &text, const QString &id)
{
    logEvent(EventType::Warning,
             {{QLatin1String("conn"), c->label()}, {QLatin1String("text"), tr("bad request: %1").arg(text)}});
    c->sendText(chat::encode(chat::ServerError{text, id}));
}

void ChatServer::schedulePresence()
{
    if (!m_presenceTimer.isActive())
        m_presenceTimer.start(presenceIntervalMs(m_clients.size()));
}

int ChatServer::presenceIntervalMs(qsizetype clients)
{
    constexpr qsizetype FramesPerSecond = 5000;
    return int(std::max<qsizetype>(200, clients * 1000 / FramesPerSecond));
}

void ChatServer::broadcast(const QString &frame)
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        it.key()->sendText(frame);
}

bool ChatServer::isListed(const QString &name) const
{
    qsizetype rank = 0;
    for (auto it = m_names.cbegin(); it != m_names.cend() && rank < chat::MaxListedUsers; ++it, ++rank) {
        if (*it == name)
            return true;
    }
    return false;
}

void ChatServer::addName(const QString &name)
{
    m_names.insert(name);
    if (isListed(name))
        m_listedUsers.reset();
}

void ChatServer::removeName(const QString &name)
{
    if (isListed(name))
        m_listedUsers.reset();
    m_names.erase(name);
}

const QJsonArray &ChatServer::listedUsers()
{
    // The same list goes to every joining client: built again only when a
    // name enters or leaves the first MaxListedUsers (most joins to a big
    // room sort after them).
    if (!m_listedUsers) {
        QJsonArray names;
        for (auto it = m_names.cbegin(); it != m_names.cend() && names.size() < chat::MaxListedUsers; ++it)
            names.append(*it);
        m_listedUsers = names;
    }
    return *m_listedUsers;
}

QString ChatServer::uniqueName(const QString &wanted) const
{
    if (!m_names.count(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1-%2").arg(wanted).arg(i);
        if (!m_names.count(candidate))
            return candidate;
    }
}

void ChatServer::rememberId(const QString &id)
{
    m_seenIds.insert(id);
    m_seenOrder.push_back(id);
    while (int(m_seenOrder.size()) > m_options.rememberedIds) {
        m_seenIds.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
}

} // namespace wspulse
