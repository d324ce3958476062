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

#include <atomic>
#include <chrono>

namespace wspulse {

// Read at scrape time, on the exposer's thread: the age of the open
// connection, from atomics the event loop sets.
class LiveGauges : public prometheus::Collectable
{
public:
    explicit LiveGauges(std::string target)
        : m_target(std::move(target))
    {
    }
    std::atomic<bool> single{false};
    std::atomic<bool> open{false};
    std::atomic<double> openedAt{0}; // steady clock, seconds

    static double nowSeconds()
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }
    std::vector<prometheus::MetricFamily> Collect() const override
    {
        if (!single)
            return {};
        prometheus::MetricFamily age{"wspulse_connection_age_seconds",
                                     "How long the supervised connection has been open (0 while it is not).",
                                     prometheus::MetricType::Gauge,
                                     {}};
        prometheus::ClientMetric m;
        m.label.push_back({"target", m_target});
        m.gauge.value = open ? nowSeconds() - openedAt : 0;
        age.metric.push_back(m);
        return {age};
    }

private:
    std::string m_target;
};

namespace {
const char *const StateNames[] = {"connecting", "open", "reconnecting", "disconnected"};
} // namespace

const std::vector<double> &PrometheusMetrics::latencyBuckets()
{
    static const std::vector<double> buckets{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                             0.1,    0.25,    0.5,    1,     2.5,    5,     10,   30,    60};
    return buckets;
}

PrometheusMetrics::PrometheusMetrics(const QString &target, QObject *parent)
    : QObject(parent)
    , m_registry(std::make_shared<prometheus::Registry>())
    , m_live(std::make_shared<LiveGauges>(target.toStdString()))
    , m_process(std::make_shared<ProcessCollector>())
    , m_target(target.toStdString())
    , m_synced(std::make_unique<Counters>())
{
    using namespace prometheus;
    const Labels t{{"target", m_target}};
    m_connections = &BuildGauge()
                         .Name("wspulse_connections")
                         .Help("Supervised connections of the target in each state.")
                         .Register(*m_registry);
    for (int i = 0; i < StateCount; ++i)
        m_stateGauges[size_t(i)] = &m_connections->Add({{"target", m_target}, {"state", StateNames[i]}});
    m_up = &BuildGauge()
                .Name("wspulse_up")
                .Help("1 while at least one connection of the target is open, else 0.")
                .Register(*m_registry)
                .Add(t);
    const auto histogram = [&](const char *name, const char *help) {
        return &BuildHistogram().Name(name).Help(help).Register(*m_registry).Add(t, latencyBuckets());
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
                         .Register(*m_registry);
    for (int k = 0; k < TimeoutKindCount; ++k)
        m_timeouts.push_back(
            &timeouts.Add({{"target", m_target}, {"kind", timeoutKindName(TimeoutKind(k)).toStdString()}}));
    m_closes = &BuildCounter()
                    .Name("wspulse_closes_total")
                    .Help("Connections that ended, by who ended them, the cause wspulse found and the close code.")
                    .Register(*m_registry);
    m_reconnects = &BuildCounter()
                        .Name("wspulse_reconnects_total")
                        .Help("Reconnect attempts scheduled after a connection ended.")
                        .Register(*m_registry)
                        .Add(t);
    auto &messages = BuildCounter()
                         .Name("wspulse_messages_total")
                         .Help("WebSocket data messages, by direction.")
                         .Register(*m_registry);
    m_messagesIn = &messages.Add({{"target", m_target}, {"direction", "in"}});
    m_messagesOut = &messages.Add({{"target", m_target}, {"direction", "out"}});
    m_bytesIn = &BuildCounter()
                     .Name("wspulse_received_payload_bytes_total")
                     .Help("Payload bytes of the WebSocket messages received.")
                     .Register(*m_registry)
                     .Add(t);
    m_bytesOut = &BuildCounter()
                      .Name("wspulse_sent_bytes_total")
                      .Help("Bytes written to the transport: frames, pings and handshakes.")
                      .Register(*m_registry)
                      .Add(t);
    m_heartbeatMisses = &BuildCounter()
                             .Name("wspulse_heartbeat_misses_total")
                             .Help("Health checks (WS_HEARTBEAT_INTERVAL) that found nothing received since the "
                                   "previous one.")
                             .Register(*m_registry)
                             .Add(t);
    m_cuts = &BuildCounter()
                  .Name("wspulse_intermediary_cuts_total")
                  .Help("Warnings that a proxy or load balancer cuts quiet connections after a fixed time.")
                  .Register(*m_registry)
                  .Add(t);
}

PrometheusMetrics::~PrometheusMetrics() = default;

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
        auto &family = BuildGauge().Name(name).Help(help).Register(*m_registry);
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
    m_live->single = true;
    const bool open = state == State::Open;
    if (open && !m_live->open)
        m_live->openedAt = LiveGauges::nowSeconds();
    m_live->open = open;
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
               {"code", code > 0 ? std::to_string(code) : std::string("none")}})
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
    return {m_registry, m_live, m_process};
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
