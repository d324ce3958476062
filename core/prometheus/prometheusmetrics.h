#pragma once

#include <QObject>
#include <QString>

#include <array>
#include <memory>
#include <string>

namespace prometheus {
class Collectable;
class Counter;
class Gauge;
class Histogram;
template<typename T>
class Family;
class Registry;
} // namespace prometheus

namespace wspulse {

struct Counters;
class Settings;
class LiveGauges;
struct ConnectionAge;

// What several targets' metrics share: one registry (a family registered
// again by another target is the same family, its series told apart by
// `target`), the live gauges read at scrape time, and the process metrics.
class MetricsRegistry
{
public:
    MetricsRegistry();
    ~MetricsRegistry();
    prometheus::Registry &registry() { return *m_registry; }
    LiveGauges &live() { return *m_live; }
    // What the exposer serves.
    std::vector<std::weak_ptr<prometheus::Collectable>> collectables() const;

private:
    std::shared_ptr<prometheus::Registry> m_registry;
    std::shared_ptr<LiveGauges> m_live;
    std::shared_ptr<prometheus::Collectable> m_process;
};

// wspulse's figures as Prometheus metrics (prometheus-cpp types): counters,
// gauges and histograms with a bounded label set — `target`, and per metric
// a few names from wspulse's own vocabularies (timeout kinds, close causes,
// connection states), never one label per connection. Updated on the event
// loop's thread; read by the exposer's thread at scrape time (every metric
// type is thread-safe), so a scrape never waits for the event loop nor
// stalls it.
class PrometheusMetrics : public QObject
{
    Q_OBJECT
public:
    // One target's metrics, in `registry` (null: a registry of its own).
    explicit PrometheusMetrics(const QString &target = QStringLiteral("default"),
                               std::shared_ptr<MetricsRegistry> registry = {}, QObject *parent = nullptr);
    ~PrometheusMetrics() override;

    // Latencies from 100 us to 60 s.
    static const std::vector<double> &latencyBuckets();

    // One gauge per WS_* parameter, generated from the parameter table, kept current.
    void bindSettings(const Settings *settings);

    enum class State { Connecting, Open, Reconnecting, Disconnected };
    static constexpr int StateCount = 4;
    // How many connections of the target are in each state (one, or a soak's many).
    void setConnectionCounts(const std::array<int, StateCount> &counts);
    // The single supervised connection's state; its age is read at scrape time.
    void setConnectionState(State state);

    void observePingRtt(qint64 us);
    void observeAppRtt(qint64 us);
    void observeReply(qint64 us);
    void observeDelivery(qint64 us);
    void countClose(const QString &by, const QString &cause, int code);
    void countHeartbeatMiss();
    // The supervisors' running totals (messages, bytes, timeouts by kind,
    // reconnects), summed over the target's connections: the counters grow
    // by what they grew since the last call.
    void syncTotals(const Counters &totals);
    void countIntermediaryCut();

    // What the exposer serves: the registry, the live gauges (age), and the process.
    std::vector<std::weak_ptr<prometheus::Collectable>> collectables() const;
    // The text exposition, as a scrape gets it (tests, the bench).
    std::string scrapeText() const;

private:
    std::shared_ptr<MetricsRegistry> m_shared;
    std::shared_ptr<ConnectionAge> m_age;
    std::string m_target;
    prometheus::Family<prometheus::Gauge> *m_connections;
    prometheus::Gauge *m_up;
    std::array<prometheus::Gauge *, StateCount> m_stateGauges{};
    prometheus::Histogram *m_pingRtt;
    prometheus::Histogram *m_appRtt;
    prometheus::Histogram *m_reply;
    prometheus::Histogram *m_delivery;
    std::vector<prometheus::Counter *> m_timeouts; // by TimeoutKind
    prometheus::Family<prometheus::Counter> *m_closes;
    prometheus::Counter *m_reconnects;
    prometheus::Counter *m_messagesIn;
    prometheus::Counter *m_messagesOut;
    prometheus::Counter *m_bytesIn;
    prometheus::Counter *m_bytesOut;
    prometheus::Counter *m_heartbeatMisses;
    prometheus::Counter *m_cuts;
    std::unique_ptr<Counters> m_synced; // the totals as of the last syncTotals()
};

} // namespace wspulse
