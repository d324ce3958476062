#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace wspulse {

class AppKeepalive;
class ChatClient;
class ConnectionSupervisor;
class PrometheusMetrics;
class ReplyTimer;
class Session;
class SupervisedServer;
struct Counters;

// Feeds connections into the metrics from their signals, not from the event
// log: what --events leaves out of the output still counts.
namespace metricsfeed {
// Closes (by, cause, code), failed connects, ping RTT, heartbeat misses, intermediary cuts.
void connection(ConnectionSupervisor *supervisor, PrometheusMetrics *metrics);
// Application RTT, reply and delivery times (any of them may be null).
void layers(AppKeepalive *app, ChatClient *chat, ReplyTimer *replies, PrometheusMetrics *metrics);
// Adds one connection's running totals to a sum.
void addTotals(Counters &sum, const Counters &one);
} // namespace metricsfeed

// A single session's metrics: the above, its state and age, and its running
// totals synced once a second (and at each state change).
class SessionMetrics : public QObject
{
    Q_OBJECT
public:
    SessionMetrics(Session *session, PrometheusMetrics *metrics, QObject *parent = nullptr);
    void sync();

private:
    Session *m_session;
    PrometheusMetrics *m_metrics;
    QTimer m_syncTimer;
};

// A server's metrics (--serve): its connections' closes and RTTs as they
// happen, open connections and the summed totals once a second, with the
// totals of connections that ended kept in the sum.
class ServerMetrics : public QObject
{
    Q_OBJECT
public:
    ServerMetrics(SupervisedServer *server, PrometheusMetrics *metrics, QObject *parent = nullptr);
    ~ServerMetrics() override;
    void sync();

private:
    SupervisedServer *m_server;
    PrometheusMetrics *m_metrics;
    std::unique_ptr<Counters> m_departed;
    QTimer m_syncTimer;
};

} // namespace wspulse
