#include "prometheusmetrics.h"

#include "metrics.h"
#include "parameters.h"
#include "timeoutpolicy.h"
#include "processcollector.h"
#include "settings.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <chrono>

namespace wspulse {

// One target's open connection, as the event loop last set it.
struct ConnectionAge
{
    std::string target;
    std::atomic<bool> single{false};
    std::atomic<bool> open{false};
    std::atomic<double> openedAt{0}; // steady clock, seconds
};

// Read at scrape time, on the exposer's thread: the age of each target's
// open connection, from atomics the event loop sets.
class LiveGauges : public prometheus::Collectable
{
public:
    static double nowSeconds()
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }
    void add(std::shared_ptr<ConnectionAge> age)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ages.push_back(std::move(age));
    }
    void remove(const ConnectionAge *age)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ages.erase(std::remove_if(m_ages.begin(), m_ages.end(), [age](const auto &a) { return a.get() == age; }),
                     m_ages.end());
    }
    std::vector<prometheus::MetricFamily> Collect() const override
    {
        prometheus::MetricFamily family{"wspulse_connection_age_seconds",
                                        "How long the supervised connection has been open (0 while it is not).",
                                        prometheus::MetricType::Gauge,
                                        {}};
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const auto &age : m_ages) {
            if (!age->single)
                continue;
            prometheus::ClientMetric m;
            m.label.push_back({"target", age->target});
            m.gauge.value = age->open ? nowSeconds() - age->openedAt : 0;
            family.metric.push_back(m);
        }
        if (family.metric.empty())
            return {};
        return {family};
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<ConnectionAge>> m_ages;
};

MetricsRegistry::MetricsRegistry()
    : m_registry(std::make_shared<prometheus::Registry>())
    , m_live(std::make_shared<LiveGauges>())
    , m_process(std::make_shared<ProcessCollector>())
{
}

MetricsRegistry::~MetricsRegistry() = default;

std::vector<std::weak_ptr<prometheus::Collectable>> MetricsRegistry::collectables() const
{
    return {m_registry, m_live, m_process};
}

namespace {
// The close codes the protocol allows a peer to send (RFC 6455 7.4), as they
// are; anything else "other": a label set a misbehaving peer cannot grow.
std::string codeLabel(int code)
{
    if (code <= 0)
        return "none";
    if ((code >= 1000 && code <= 1015) || (code >= 3000 && code <= 4999))
        return std::to_string(code);
    return "other";
}

const char *const StateNames[] = {"connecting", "open", "reconnecting", "disconnected"};
} // namespace

const std::vector<double> &PrometheusMetrics::latencyBuckets()
{
    static const std::vector<double> buckets{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                             0.1,    0.25,    0.5,    1,     2.5,    5,     10,   30,    60};
    return buckets;
}

PrometheusMetrics::PrometheusMetrics(const QString &target, std::shared_ptr<MetricsRegistry> shared, QObject *parent)
    : QObject(parent)
    , m_shared(shared ? std::move(shared) : std::make_shared<MetricsRegistry>())
    , m_age(std::make_shared<ConnectionAge>())
    , m_target(target.toStdString())
    , m_synced(std::make_unique<Counters>())
{
    using namespace prometheus;
    m_age->target = m_target;
    m_shared->live().add(m_age);
    Registry &registry = m_shared->registry();
    const Labels t{{"target", m_target}};
    m_connections = &BuildGauge()
                         .Name("wspulse_connections")
                         .Help("Supervised connections of the target in each state.")
                         .Register(registry);
    for (int i = 0; i < StateCount; ++i)
        m_stateGauges[size_t(i)] = &m_connections->Add({{"target", m_target}, {"state", StateNames[i]}});
    m_up = &BuildGauge()
                .Name("wspulse_up")
                .Help("1 while at least one connection of the target is open, else 0.")
                .Register(registry)
                .Add(t);
    const auto histogram = [&](const char *name, const char *help) {
        return &BuildHistogram().Name(name).Help(help).Register(registry).Add(t, latencyBuckets());
    };
    m_pingRtt = histogram("wspulse_ping_rtt_seconds",
                          "Round trip of WebSocket protocol pings, from when the ping "
                          "left to its pong.");
    m_appRtt = histogram("wspulse_app_rtt_seconds",
                         "Round trip of the application profile's own pings (Engine.IO, graphql-ws, MQTT, custom).");
    m_reply = histogram("wspulse_reply_seconds",
                        "Raw and profile modes: from a message written to the reply it got (the next message, or "
                        "the one with the same id).");
    m_delivery = histogram("wspulse_delivery_seconds", "Chat protocol: from a message sent to the server's ack.");
    auto &timeouts = BuildCounter()
                         .Name("wspulse_timeouts_total")
                         .Help("Timeouts that fired, by kind (idle, pong, lifetime, message, connect, app_pong, "
                               "app_heartbeat).")
                         .Register(registry);
    for (int k = 0; k < TimeoutKindCount; ++k)
        m_timeouts.push_back(
            &timeouts.Add({{"target", m_target}, {"kind", timeoutKindName(TimeoutKind(k)).toStdString()}}));
    m_closes = &BuildCounter()
                    .Name("wspulse_closes_total")
                    .Help("Connections that ended, by who ended them, the cause wspulse found and the close code.")
                    .Register(registry);
    m_reconnects = &BuildCounter()
                        .Name("wspulse_reconnects_total")
                        .Help("Reconnect attempts scheduled after a connection ended.")
                        .Register(registry)
                        .Add(t);
    auto &messages =
        BuildCounter().Name("wspulse_messages_total").Help("WebSocket data messages, by direction.").Register(registry);
    m_messagesIn = &messages.Add({{"target", m_target}, {"direction", "in"}});
    m_messagesOut = &messages.Add({{"target", m_target}, {"direction", "out"}});
    m_bytesIn = &BuildCounter()
                     .Name("wspulse_received_payload_bytes_total")
                     .Help("Payload bytes of the WebSocket messages received.")
                     .Register(registry)
                     .Add(t);
    m_bytesOut = &BuildCounter()
                      .Name("wspulse_sent_bytes_total")
                      .Help("Bytes written to the transport: frames, pings and handshakes.")
                      .Register(registry)
                      .Add(t);
    m_heartbeatMisses = &BuildCounter()
                             .Name("wspulse_heartbeat_misses_total")
                             .Help("Health checks (WS_HEARTBEAT_INTERVAL) that found nothing received since the "
                                   "previous one.")
                             .Register(registry)
                             .Add(t);
    m_cuts = &BuildCounter()
                  .Name("wspulse_intermediary_cuts_total")
                  .Help("Warnings that a proxy or load balancer cuts quiet connections after a fixed time.")
                  .Register(registry)
                  .Add(t);
}

PrometheusMetrics::~PrometheusMetrics()
{
    m_shared->live().remove(m_age.get());
}

void PrometheusMetrics::bindSettings(const Settings *settings)
{
    using namespace prometheus;
    // Generated from the parameter table: name, unit and help of each.
    struct Bound
    {
        Param id;
        Family<Gauge> *family;
        Gauge *value = nullptr; // numeric parameters
    };
    auto bound = std::make_shared<std::vector<Bound>>();
    for (const ParamDef &def : parameterDefs()) {
        std::string name = std::string("wspulse_param_") + def.key;
        if (def.unit == Unit::Seconds)
            name += "_seconds";
        else if (def.unit == Unit::Bytes)
            name += "_bytes";
        const std::string help = std::string(def.env) + ": " + def.help
            + (def.unit == Unit::Choice ? " (the value in force has the gauge at 1)" : "")
            + (def.zeroSwitchesOff ? " 0 switches it off." : "");
        auto &family = BuildGauge().Name(name).Help(help).Register(m_shared->registry());
        Bound b{def.id, &family};
        if (def.unit != Unit::Choice)
            b.value = &family.Add({{"target", m_target}});
        bound->push_back(b);
    }
    const auto apply = [this, settings, bound] {
        for (Bound &b : *bound) {
            const ParamDef &def = paramDef(b.id);
            const double v = settings->value(b.id);
            if (b.value) {
                b.value->Set(v);
                continue;
            }
            const QStringList names = def.choiceNames();
            for (int i = 0; i < names.size(); ++i)
                b.family->Add({{"target", m_target}, {"value", names.at(i).toStdString()}}).Set(i == int(v) ? 1 : 0);
        }
    };
    apply();
    connect(settings, &Settings::changed, this, apply);
}

void PrometheusMetrics::setConnectionCounts(const std::array<int, StateCount> &counts)
{
    for (int i = 0; i < StateCount; ++i)
        m_stateGauges[size_t(i)]->Set(counts[size_t(i)]);
    m_up->Set(counts[size_t(State::Open)] > 0 ? 1 : 0);
}

void PrometheusMetrics::setConnectionState(State state)
{
    m_age->single = true;
    const bool open = state == State::Open;
    if (open && !m_age->open)
        m_age->openedAt = LiveGauges::nowSeconds();
    m_age->open = open;
    std::array<int, StateCount> counts{};
    counts[size_t(state)] = 1;
    setConnectionCounts(counts);
}

void PrometheusMetrics::observePingRtt(qint64 us)
{
    m_pingRtt->Observe(double(us) / 1e6);
}

void PrometheusMetrics::observeAppRtt(qint64 us)
{
    m_appRtt->Observe(double(us) / 1e6);
}

void PrometheusMetrics::observeReply(qint64 us)
{
    m_reply->Observe(double(us) / 1e6);
}

void PrometheusMetrics::observeDelivery(qint64 us)
{
    m_delivery->Observe(double(us) / 1e6);
}

void PrometheusMetrics::countClose(const QString &by, const QString &cause, int code)
{
    m_closes
        ->Add({{"target", m_target},
               {"by", by.toStdString()},
               {"cause", cause.isEmpty() ? std::string("none") : cause.toStdString()},
               {"code", codeLabel(code)}})
        .Increment();
}

void PrometheusMetrics::syncTotals(const Counters &totals)
{
    // Totals only grow; a smaller one (a connection gone from the sum) adds nothing.
    const auto grow = [](prometheus::Counter *c, quint64 now, quint64 &last) {
        if (now > last)
            c->Increment(double(now - last));
        last = std::max(last, now);
    };
    Counters &s = *m_synced;
    grow(m_messagesIn, totals.messagesIn, s.messagesIn);
    grow(m_messagesOut, totals.messagesOut, s.messagesOut);
    grow(m_bytesIn, totals.bytesIn, s.bytesIn);
    grow(m_bytesOut, totals.bytesOut, s.bytesOut);
    grow(m_reconnects, totals.reconnects, s.reconnects);
    for (int k = 0; k < TimeoutKindCount; ++k)
        grow(m_timeouts[size_t(k)], totals.timeouts[size_t(k)], s.timeouts[size_t(k)]);
}

void PrometheusMetrics::countHeartbeatMiss()
{
    m_heartbeatMisses->Increment();
}

void PrometheusMetrics::countIntermediaryCut()
{
    m_cuts->Increment();
}

std::vector<std::weak_ptr<prometheus::Collectable>> PrometheusMetrics::collectables() const
{
    return m_shared->collectables();
}

std::string PrometheusMetrics::scrapeText() const
{
    std::vector<prometheus::MetricFamily> families;
    for (const auto &weak : collectables())
        if (const auto c = weak.lock()) {
            auto more = c->Collect();
            families.insert(families.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        }
    return prometheus::TextSerializer().Serialize(families);
}

} // namespace wspulse
