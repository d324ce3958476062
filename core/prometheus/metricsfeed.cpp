#include "metricsfeed.h"

#include "appkeepalive.h"
#include "chatclient.h"
#include "closeclassifier.h"
#include "metrics.h"
#include "connectionsupervisor.h"
#include "prometheusmetrics.h"
#include "replytimer.h"
#include "session.h"
#include "supervisedserver.h"
#include "timeoutpolicy.h"

namespace wspulse {

namespace metricsfeed {

void connection(ConnectionSupervisor *supervisor, PrometheusMetrics *metrics)
{
    // Our own timers' closes carry no cause of their own: the timer is it
    // ("lifetime_timeout"), so that closes by cause tell which rule ended them.
    const auto countClose = [metrics](const CloseInfo &info) {
        const QString cause = !info.cause.isEmpty() || !info.timeout
            ? info.cause
            : timeoutKindName(*info.timeout) + QLatin1String("_timeout");
        metrics->countClose(closedByName(info.by), cause, info.code);
    };
    QObject::connect(supervisor, &ConnectionSupervisor::closed, metrics, countClose);
    QObject::connect(supervisor, &ConnectionSupervisor::connectFailed, metrics, countClose);
    QObject::connect(supervisor, &ConnectionSupervisor::pongReceived, metrics,
                     [metrics](quint64, qint64 rttUs, bool) { metrics->observePingRtt(rttUs); });
    QObject::connect(supervisor, &ConnectionSupervisor::heartbeatChecked, metrics,
                     [metrics](const HeartbeatInfo &beat) {
                         if (!beat.ok)
                             metrics->countHeartbeatMiss();
                     });
    QObject::connect(supervisor, &ConnectionSupervisor::intermediaryCutSuspected, metrics,
                     [metrics] { metrics->countIntermediaryCut(); });
}

void layers(AppKeepalive *app, ChatClient *chat, ReplyTimer *replies, PrometheusMetrics *metrics)
{
    if (app)
        QObject::connect(app, &AppKeepalive::appPong, metrics,
                         [metrics](quint64, qint64 rttUs) { metrics->observeAppRtt(rttUs); });
    if (chat)
        QObject::connect(chat, &ChatClient::deliveryChanged, metrics,
                         [metrics](const QString &, ChatClient::Delivery state, qint64 rttUs) {
                             if (state == ChatClient::Delivery::Delivered)
                                 metrics->observeDelivery(rttUs);
                         });
    if (replies)
        QObject::connect(replies, &ReplyTimer::replied, metrics, [metrics](qint64 us) { metrics->observeReply(us); });
}

void addTotals(Counters &sum, const Counters &one)
{
    sum.messagesIn += one.messagesIn;
    sum.messagesOut += one.messagesOut;
    sum.bytesIn += one.bytesIn;
    sum.bytesOut += one.bytesOut;
    sum.pings += one.pings;
    sum.pongs += one.pongs;
    sum.missedPongs += one.missedPongs;
    sum.reconnects += one.reconnects;
    sum.queuedRttSamples += one.queuedRttSamples;
    sum.latencyAlerts += one.latencyAlerts;
    for (size_t k = 0; k < sum.timeouts.size(); ++k)
        sum.timeouts[k] += one.timeouts[k];
}

} // namespace metricsfeed

namespace {
PrometheusMetrics::State metricsState(ConnectionSupervisor::State s)
{
    using S = ConnectionSupervisor::State;
    using M = PrometheusMetrics::State;
    switch (s) {
    case S::Connecting:
        return M::Connecting;
    case S::Open:
        return M::Open;
    case S::Reconnecting:
        return M::Reconnecting;
    default:
        return M::Disconnected;
    }
}
} // namespace

SessionMetrics::SessionMetrics(Session *session, PrometheusMetrics *metrics, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_metrics(metrics)
{
    ConnectionSupervisor *sup = session->supervisor();
    metricsfeed::connection(sup, metrics);
    metricsfeed::layers(session->appKeepalive(), session->chat(), session->replyTimer(), metrics);
    metrics->bindSettings(session->settings());
    metrics->setConnectionState(metricsState(sup->state()));
    connect(sup, &ConnectionSupervisor::stateChanged, this, [this](ConnectionSupervisor::State s) {
        m_metrics->setConnectionState(metricsState(s));
        sync();
    });
    m_syncTimer.setInterval(1000);
    connect(&m_syncTimer, &QTimer::timeout, this, &SessionMetrics::sync);
    m_syncTimer.start();
}

void SessionMetrics::sync()
{
    m_metrics->syncTotals(m_session->supervisor()->counters());
}

} // namespace wspulse

namespace wspulse {

ServerMetrics::ServerMetrics(SupervisedServer *server, PrometheusMetrics *metrics, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_metrics(metrics)
    , m_departed(std::make_unique<Counters>())
{
    connect(server, &SupervisedServer::connectionOpened, metrics,
            [metrics](ConnectionSupervisor *c) { metricsfeed::connection(c, metrics); });
    connect(server, &SupervisedServer::connectionClosed, this,
            [this](ConnectionSupervisor *c) { metricsfeed::addTotals(*m_departed, c->counters()); });
    m_syncTimer.setInterval(1000);
    connect(&m_syncTimer, &QTimer::timeout, this, &ServerMetrics::sync);
    m_syncTimer.start();
    sync();
}

ServerMetrics::~ServerMetrics() = default;

void ServerMetrics::sync()
{
    Counters sum = *m_departed;
    const QList<ConnectionSupervisor *> live = m_server->connections();
    for (const ConnectionSupervisor *c : live)
        metricsfeed::addTotals(sum, c->counters());
    m_metrics->syncTotals(sum);
    std::array<int, PrometheusMetrics::StateCount> counts{};
    counts[size_t(PrometheusMetrics::State::Open)] = int(live.size());
    m_metrics->setConnectionCounts(counts);
}

} // namespace wspulse
