#include "chatclient.h"

#include "connectionsupervisor.h"
#include "eventlog.h"

#include <QDateTime>
#include <QUuid>

#include <cmath>

namespace wspulse {

ChatClient::ChatClient(ConnectionSupervisor *supervisor, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
    , m_log(log)
{
    m_supervisor->setSubprotocols({QLatin1String(chat::Subprotocol)});
    connect(m_supervisor, &ConnectionSupervisor::opened, this, &ChatClient::onOpened);
    connect(m_supervisor, &ConnectionSupervisor::textReceived, this, &ChatClient::onText);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ChatClient::pump);
    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(DefaultHelloWait);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Chat && !m_ready && m_supervisor->state() == ConnectionSupervisor::State::Open)
            becomeRaw(tr("no hello within %1 ms of opening").arg(m_helloTimer.interval()), false);
    });
    connect(m_supervisor, &ConnectionSupervisor::closed, this, [this] {
        m_ready = false;
        m_pumpTimer.stop();
        m_helloTimer.stop();
    });
    connect(m_supervisor, &ConnectionSupervisor::messageWritten, this, [this] {
        if (m_mode == Mode::Raw)
            Q_EMIT pendingCountChanged(pendingCount());
    });
}

void ChatClient::setDisplayName(const QString &name)
{
    m_displayName = name;
    if (m_mode == Mode::Chat && m_ready && !name.isEmpty()) {
        takeToken();
        m_supervisor->sendText(chat::encode(chat::RenameRequest{name}));
    }
}

int ChatClient::pendingCount() const
{
    return int(m_outbox.size()) + (m_mode == Mode::Raw ? m_supervisor->unwrittenCount() : 0);
}

QString ChatClient::send(const QString &text)
{
    if (m_mode == Mode::Raw) {
        Q_EMIT rawSent(m_supervisor->sendText(text), text, false); // queued by the supervisor while not open
        Q_EMIT pendingCountChanged(pendingCount());
        return QString();
    }
    Outgoing m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.text = text;
    m.sentAtWallMs = QDateTime::currentMSecsSinceEpoch();
    m.queuedAt = SteadyClock::instance()->now();
    m_outbox.push_back(m);
    Q_EMIT outgoing(m.id, m.text);
    Q_EMIT deliveryChanged(m.id, Delivery::Queued, 0);
    Q_EMIT pendingCountChanged(pendingCount());
    if (m_mode == Mode::Chat && m_ready)
        pump();
    else if (m_supervisor->state() == ConnectionSupervisor::State::Disconnected)
        m_supervisor->open(); // a send reopens a connection closed as idle or by the user
    return m.id;
}

bool ChatClient::restore(const QString &id, const QString &text, qint64 sentAtWallMs)
{
    for (const Outgoing &o : m_outbox)
        if (o.id == id)
            return false;
    Outgoing m;
    m.id = id;
    m.text = text;
    m.sentAtWallMs = sentAtWallMs;
    m.queuedAt = SteadyClock::instance()->now();
    m_outbox.push_back(m);
    Q_EMIT restored(m.id, m.text, sentAtWallMs);
    Q_EMIT deliveryChanged(m.id, Delivery::Queued, 0);
    Q_EMIT pendingCountChanged(pendingCount());
    if (m_mode == Mode::Chat && m_ready)
        pump();
    return true;
}

void ChatClient::onOpened()
{
    const Mode mode =
        m_supervisor->negotiatedSubprotocol() == QLatin1String(chat::Subprotocol) && m_supervisor->url() != m_notChatUrl
        ? Mode::Chat
        : Mode::Raw;
    // In chat mode the outbox owns unacknowledged messages and the chat events.
    m_supervisor->setReportMessages(mode == Mode::Raw);
    m_supervisor->setResendUnwritten(mode == Mode::Raw);
    if (mode != m_mode) {
        m_mode = mode;
        if (mode == Mode::Raw)
            m_log->add(EventType::Warning,
                       {{QLatin1String("text"),
                         tr("raw mode: the server did not negotiate %1; text is sent "
                            "as typed and frames are shown as they come")
                             .arg(QLatin1String(chat::Subprotocol))}});
        Q_EMIT modeChanged(mode);
    }
    if (m_mode == Mode::Raw) {
        // Typed before we knew: hand over in order; the supervisor queues from here on.
        for (const Outgoing &m : m_outbox) {
            Q_EMIT rawSent(m_supervisor->sendText(m.text), m.text, true);
            Q_EMIT deliveryChanged(m.id, Delivery::Sent, 0);
        }
        m_outbox.clear();
        Q_EMIT pendingCountChanged(pendingCount());
        return;
    }
    // Chat mode: wait for the server's hello (it carries the rate limit) before sending.
    ++m_connection;
    m_ready = false;
    m_helloTimer.start();
}

void ChatClient::becomeRaw(const QString &why, bool sticky)
{
    // Some servers (Node's ws among them) accept whatever subprotocol is
    // offered first; what they send is what counts. A hello that is only
    // late (a slow link) is given its chance again on the next connection.
    if (sticky)
        m_notChatUrl = m_supervisor->url();
    m_mode = Mode::Raw;
    m_ready = false;
    m_supervisor->setReportMessages(true);
    m_supervisor->setResendUnwritten(true);
    m_log->add(EventType::Warning,
               {{QLatin1String("text"),
                 tr("raw mode: the server accepted %1 but does not speak it (%2); text is sent as typed and "
                    "frames are shown as they come")
                     .arg(QLatin1String(chat::Subprotocol), why)}});
    Q_EMIT modeChanged(m_mode);
    for (const Outgoing &m : m_outbox) {
        Q_EMIT rawSent(m_supervisor->sendText(m.text), m.text, true);
        Q_EMIT deliveryChanged(m.id, Delivery::Sent, 0);
    }
    m_outbox.clear();
    Q_EMIT pendingCountChanged(pendingCount());
}

void ChatClient::onHello(const chat::Hello &hello)
{
    m_you = hello.you;
    m_users = hello.users;
    Q_EMIT youChanged(m_you);
    Q_EMIT usersChanged(m_users);
    // A reconnect replays the history: what was shown already is not again.
    for (const chat::ChatMessage &m : hello.history)
        if (firstSight(m.id))
            logChatIn(m, true);
    m_helloTimer.stop();
    m_rateLimit = hello.rateLimit;
    m_tokens = std::max(1, m_rateLimit / 2);
    m_tokensAt = SteadyClock::instance()->now();
    m_ready = true;
    if (!m_displayName.isEmpty() && m_displayName != m_you) {
        takeToken();
        m_supervisor->sendText(chat::encode(chat::RenameRequest{m_displayName}));
    }
    pump();
}

bool ChatClient::takeToken()
{
    if (m_rateLimit <= 0)
        return true;
    // 80 % of the server's rate, half its burst: arrival jitter must not look like a flood.
    const Nanos now = SteadyClock::instance()->now();
    const double rate = 0.8 * m_rateLimit;
    m_tokens = std::min<double>(std::max(1, m_rateLimit / 2),
                                m_tokens + std::chrono::duration<double>(now - m_tokensAt).count() * rate);
    m_tokensAt = now;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void ChatClient::pump()
{
    if (m_mode != Mode::Chat || !m_ready || m_supervisor->state() != ConnectionSupervisor::State::Open)
        return;
    // Every message not yet acknowledged, in order, once per connection: the
    // server drops what it already relayed.
    for (auto it = m_outbox.begin(); it != m_outbox.end();) {
        if (it->connection == m_connection) {
            ++it;
            continue;
        }
        if (it->attempts >= MaxAttempts) {
            m_log->add(
                EventType::Error,
                {{QLatin1String("id"), it->id},
                 {QLatin1String("text"),
                  tr("message %1 failed: sent %2 times without an acknowledgement").arg(it->id).arg(it->attempts)}});
            const QString id = it->id;
            it = m_outbox.erase(it);
            Q_EMIT deliveryChanged(id, Delivery::Failed, 0);
            Q_EMIT pendingCountChanged(pendingCount());
            continue;
        }
        if (!takeToken()) {
            const double wait = (1.0 - m_tokens) / (0.8 * m_rateLimit);
            m_pumpTimer.start(std::chrono::milliseconds(qint64(std::ceil(wait * 1000))));
            return;
        }
        transmit(*it);
        ++it;
    }
}

void ChatClient::transmit(Outgoing &m)
{
    ++m.attempts;
    m.connection = m_connection;
    m.transmittedAt = SteadyClock::instance()->now();
    m_supervisor->sendText(chat::encode(chat::ChatRequest{m.id, m.text, m.sentAtWallMs}));
    QJsonObject fields{{QLatin1String("dir"), QLatin1String("out")},
                       {QLatin1String("kind"), QLatin1String("text")},
                       {QLatin1String("bytes"), qint64(m.text.toUtf8().size())},
                       {QLatin1String("id"), m.id},
                       {QLatin1String("text"), m.text}};
    if (m.attempts > 1)
        fields.insert(QLatin1String("attempt"), m.attempts);
    m_log->add(EventType::Message, fields);
    if (m.state != Delivery::Sent) {
        m.state = Delivery::Sent;
        Q_EMIT deliveryChanged(m.id, Delivery::Sent, 0);
    }
}

void ChatClient::settle(const QString &id, Delivery state, qint64 rttUs)
{
    auto it = std::find_if(m_outbox.begin(), m_outbox.end(), [&id](const Outgoing &m) { return m.id == id; });
    if (it == m_outbox.end())
        return; // already settled (a duplicate ack after a resend)
    m_outbox.erase(it);
    Q_EMIT deliveryChanged(id, state, rttUs);
    Q_EMIT pendingCountChanged(pendingCount());
}

bool ChatClient::firstSight(const QString &id)
{
    if (id.isEmpty())
        return true;
    if (m_seenIds.contains(id))
        return false;
    m_seenIds.insert(id);
    m_seenOrder.push_back(id);
    if (qsizetype(m_seenOrder.size()) > SeenIdsKept) {
        m_seenIds.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    return true;
}

void ChatClient::logChatIn(const chat::ChatMessage &m, bool fromHistory)
{
    QJsonObject fields{{QLatin1String("dir"), QLatin1String("in")},
                       {QLatin1String("kind"), QLatin1String("text")},
                       {QLatin1String("bytes"), qint64(m.text.toUtf8().size())},
                       {QLatin1String("from"), m.from},
                       {QLatin1String("id"), m.id},
                       {QLatin1String("text"), m.text}};
    if (fromHistory)
        fields.insert(QLatin1String("history"), true);
    m_log->add(EventType::Message, fields);
    Q_EMIT chatReceived(m, fromHistory);
}

void ChatClient::onText(const QString &frame)
{
    if (m_mode == Mode::Chat && !m_ready && !std::holds_alternative<chat::Hello>(chat::decodeServerFrame(frame)))
        becomeRaw(tr("its first frame is not a hello: \"%1\"").arg(frame.left(60)), true);
    if (m_mode != Mode::Chat) {
        if (!m_owned || !m_owned(frame))
            Q_EMIT rawReceived(frame);
        return;
    }
    const chat::ServerFrame parsed = chat::decodeServerFrame(frame);
    if (const auto *hello = std::get_if<chat::Hello>(&parsed)) {
        onHello(*hello);
    } else if (const auto *message = std::get_if<chat::ChatMessage>(&parsed)) {
        firstSight(message->id);
        logChatIn(*message, false);
    } else if (const auto *ack = std::get_if<chat::Ack>(&parsed)) {
        auto it = std::find_if(m_outbox.begin(), m_outbox.end(), [ack](const Outgoing &m) { return m.id == ack->id; });
        if (it == m_outbox.end())
            return;
        const qint64 rttUs =
            std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::instance()->now() - it->transmittedAt)
                .count();
        // The round trip is the network's; the wait before it (an outage, a
        // reconnect, the rate limit) is part of what the person lived through.
        const qint64 queuedMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(it->transmittedAt - it->queuedAt).count();
        m_log->add(
            EventType::Delivered,
            {{QLatin1String("id"), ack->id}, {QLatin1String("rtt_us"), rttUs}, {QLatin1String("queued_ms"), queuedMs}});
        if (m_alert > Nanos::zero() && std::chrono::microseconds(rttUs) > m_alert) {
            m_log->add(EventType::Warning,
                       {{QLatin1String("alert"), QLatin1String("latency")},
                        {QLatin1String("id"), ack->id},
                        {QLatin1String("rtt_us"), rttUs},
                        {QLatin1String("text"),
                         tr("message acknowledged after %1 ms, above WS_LATENCY_ALERT")
                             .arg(double(rttUs) / 1000.0, 0, 'f', 1)}});
            Q_EMIT latencyAlert(rttUs);
        }
        settle(ack->id, Delivery::Delivered, rttUs);
    } else if (const auto *presence = std::get_if<chat::Presence>(&parsed)) {
        m_users = presence->users;
        Q_EMIT usersChanged(m_users);
    } else if (const auto *renamed = std::get_if<chat::Renamed>(&parsed)) {
        m_you = renamed->you;
        Q_EMIT youChanged(m_you);
    } else if (const auto *error = std::get_if<chat::ServerError>(&parsed)) {
        QJsonObject fields{{QLatin1String("text"), tr("server: %1").arg(error->text)}};
        if (!error->id.isEmpty())
            fields.insert(QLatin1String("id"), error->id);
        m_log->add(EventType::Warning, fields);
        // The server refused this message (e.g. over its rate limit): resending it would be refused too.
        if (!error->id.isEmpty())
            settle(error->id, Delivery::Failed, 0);
    } else {
        m_log->add(EventType::Error,
                   {{QLatin1String("text"),
                     tr("bad frame from the server: %1").arg(std::get<chat::ChatProtocolError>(parsed).text)}});
    }
}

} // namespace wspulse
