#pragma once

#include "chatprotocol.h"
#include "clock.h"

#include <QObject>
#include <QSet>
#include <QUrl>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>

namespace wspulse {

class ConnectionSupervisor;
class EventLog;

// The client side of wspulse.chat.v1 on top of a ConnectionSupervisor. Each
// message gets a unique id and goes queued -> sent -> delivered (acked) or
// failed; after any reconnect every message not yet acknowledged is sent
// again, in order, and the server drops the duplicates. When the server does
// not negotiate the subprotocol the client is in raw mode: text goes out as
// typed and frames are shown as they come.
class ChatClient : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Unknown, Chat, Raw };
    Q_ENUM(Mode)
    enum class Delivery { Queued, Sent, Delivered, Failed };
    Q_ENUM(Delivery)

    // A message sent this many times without an ack is given up as failed
    // (e.g. a server that closes with 1009 on it every time).
    static constexpr int MaxAttempts = 5;

    ChatClient(ConnectionSupervisor *supervisor, EventLog *log, QObject *parent = nullptr);

    // Send-to-ack times above this are flagged (WS_LATENCY_ALERT; zero: off).
    void setLatencyAlert(Nanos alert) { m_alert = alert; }

    // Asked of the server whenever chat mode starts; empty keeps the assigned name.
    void setDisplayName(const QString &name);
    QString displayName() const { return m_displayName; }
    // Returns the message id (empty in raw mode, where there are no ids).
    QString send(const QString &text);
    // A message sent in an earlier run and never acknowledged, back in the
    // outbox with its id (the server drops it if it had it after all).
    // Returns false when it is in the outbox already.
    bool restore(const QString &id, const QString &text, qint64 sentAtWallMs);

    Mode mode() const { return m_mode; }
    ConnectionSupervisor *supervisor() const { return m_supervisor; }
    QString you() const { return m_you; }
    QStringList users() const { return m_users; }
    // Messages not yet acknowledged (chat) or not yet written (raw).
    int pendingCount() const;
    // Frames for which this returns true belong to a layer beside the chat
    // (an application profile's heartbeat): not shown as raw frames.
    void setFrameFilter(std::function<bool(const QString &)> owned) { m_owned = std::move(owned); }
    // How long after open a server that negotiated the chat protocol has to
    // say hello before it is treated as raw (some accept any subprotocol and
    // then say nothing until spoken to: an echo server).
    void setHelloWait(std::chrono::milliseconds wait) { m_helloTimer.setInterval(wait); }
    static constexpr std::chrono::milliseconds DefaultHelloWait{2000};

Q_SIGNALS:
    void modeChanged(wspulse::ChatClient::Mode mode);
    // A message the user sent entered the outbox (chat mode, or mode not yet known).
    void outgoing(const QString &id, const QString &text);
    // A message of an earlier run back in the outbox (restore()).
    void restored(const QString &id, const QString &text, qint64 sentAtWallMs);
    void chatReceived(const wspulse::chat::ChatMessage &message, bool fromHistory);
    void rawReceived(const QString &text);
    // Raw mode: a message the person sent, with the supervisor's local id;
    // `fromOutbox` when it was typed before the mode was known (and already
    // announced by outgoing()).
    void rawSent(quint64 id, const QString &text, bool fromOutbox);
    void deliveryChanged(const QString &id, wspulse::ChatClient::Delivery state, qint64 rttUs);
    void usersChanged(const QStringList &users);
    void youChanged(const QString &you);
    void pendingCountChanged(int count);
    // A message's send-to-ack time above WS_LATENCY_ALERT.
    void latencyAlert(qint64 rttUs);

private:
    struct Outgoing
    {
        QString id;
        QString text;
        Delivery state = Delivery::Queued;
        qint64 sentAtWallMs = 0;
        Nanos queuedAt{0};      // when the person sent it
        Nanos transmittedAt{0}; // when it was last handed to the connection
        int attempts = 0;
        quint64 connection = 0; // which connection it was last sent on
    };

    void onOpened();
    void onText(const QString &frame);
    void onHello(const chat::Hello &hello);
    // `sticky`: the server has shown it does not speak the chat protocol
    // (raw for this URL from now on); else for this connection only.
    void becomeRaw(const QString &why, bool sticky);
    void pump();
    bool takeToken();
    void transmit(Outgoing &m);
    void settle(const QString &id, Delivery state, qint64 rttUs);
    void logChatIn(const chat::ChatMessage &m, bool fromHistory);
    // Remembers a message id as shown; false if it already was.
    bool firstSight(const QString &id);

    ConnectionSupervisor *m_supervisor;
    EventLog *m_log;
    Mode m_mode = Mode::Unknown;
    QString m_displayName;
    QString m_you;
    QStringList m_users;
    std::deque<Outgoing> m_outbox; // unacknowledged, in send order
    quint64 m_connection = 0;      // counts opens, to know what this connection has sent
    bool m_ready = false;          // hello received on this connection
    // Pacing below the server's advertised rate limit, so that a long queue
    // flushed after a reconnect is not refused as a flood.
    int m_rateLimit = 0;
    double m_tokens = 0;
    Nanos m_tokensAt{0};
    QTimer m_pumpTimer;
    QTimer m_helloTimer;
    Nanos m_alert{0};
    std::function<bool(const QString &)> m_owned;
    // Ids of messages already shown (live or replayed), the latest ones:
    // each reconnect's replayed history adds only what is new.
    static constexpr qsizetype SeenIdsKept = 20000;
    QSet<QString> m_seenIds;
    std::deque<QString> m_seenOrder;
    // A server that accepted the chat subprotocol without speaking it: raw
    // from then on, for this URL.
    QUrl m_notChatUrl;
};

} // namespace wspulse
