#pragma once

#include "clock.h"
#include "metrics.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace wspulse {

class AppKeepalive;
class ChatClient;
class ConnectionSupervisor;
class EventLog;

// Reply time against a server without the chat protocol (raw mode and the
// application profiles): from when a message the person sent was written to
// the first message received after it, or, with an id field, to the first
// JSON message that carries the same value in that field. A `reply` event
// each; above WS_LATENCY_ALERT also a warning. The profile's own frames
// (heartbeats) are neither requests nor replies.
class ReplyTimer : public QObject
{
    Q_OBJECT
public:
    ReplyTimer(ConnectionSupervisor *supervisor, ChatClient *chat, EventLog *log, QObject *parent = nullptr);

    // Correlate by this top-level JSON field ("id", "requestId"); empty: the
    // first message received after it is the reply.
    void setIdField(const QString &field) { m_idField = field; }
    // A protocol's own request/answer ids (Socket.IO's ack ids), used when no
    // id field is set: `requestId(text)` of a message sent, `answerId(text)`
    // of one received; empty for messages that carry none.
    using IdOf = std::function<QString(const QString &)>;
    void setProtocolIds(IdOf requestId, IdOf answerId)
    {
        m_requestId = std::move(requestId);
        m_answerId = std::move(answerId);
    }
    QString idField() const { return m_idField; }
    void setLatencyAlert(Nanos alert) { m_alert = alert; }
    RttSummary summary() const { return m_samples.summary(); }

    // Requests kept waiting for their reply at most: a server that never
    // answers must not make the list grow without end.
    static constexpr int MaxWaiting = 10000;

Q_SIGNALS:
    void replied(qint64 replyUs);

private:
    struct Waiting
    {
        quint64 id;          // the supervisor's local id
        QString correlation; // the id field's value, if correlating
        std::optional<Nanos> writtenAt;
    };
    void onSent(quint64 id, const QString &text);
    void onWritten(quint64 id);
    void onReceived(const QString &text);
    void answerUncorrelated(Nanos t);
    void record(const Waiting &w, Nanos at, bool correlated);
    Nanos now() const;

    QPointer<ConnectionSupervisor> m_sup;
    EventLog *m_log;
    QString m_idField;
    IdOf m_requestId;
    IdOf m_answerId;
    Nanos m_alert{0};
    std::deque<Waiting> m_waiting;
    // The supervisor may write a message inside sendText(), before we hear
    // that it was sent: its written time waits here for it (a few at most).
    std::deque<std::pair<quint64, Nanos>> m_writtenBeforeSent;
    RttWindow m_samples;
};

// Socket.IO acks answer the event that carries their id: while the
// Engine.IO profile is active on `app`, replies are matched by those ids.
void correlateSocketIoAcks(ReplyTimer *replies, const AppKeepalive *app);

} // namespace wspulse
