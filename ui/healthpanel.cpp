#include "healthpanel.h"

#include "appkeepalive.h"
#include "chatclient.h"
#include "replytimer.h"
#include "session.h"
#include "connectionbar.h"
#include "connectionsupervisor.h"
#include "latencygraph.h"
#include "settings.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace wspulse;

namespace {
double seconds(Nanos d)
{
    return std::chrono::duration<double>(d).count();
}

double nowSeconds()
{
    return seconds(SteadyClock::instance()->now());
}

QString ms(double us)
{
    return QString::number(us / 1000.0, 'f', us < 10000 ? 2 : 1);
}

// Row keys, marked for translation where they are defined.
const char *const kKeys[] = {
    QT_TRANSLATE_NOOP("HealthPanel", "State"),
    QT_TRANSLATE_NOOP("HealthPanel", "Connection age"),
    QT_TRANSLATE_NOOP("HealthPanel", "Idle"),
    QT_TRANSLATE_NOOP("HealthPanel", "Next ping"),
    QT_TRANSLATE_NOOP("HealthPanel", "Unanswered pings"),
    QT_TRANSLATE_NOOP("HealthPanel", "Heartbeat"),
    QT_TRANSLATE_NOOP("HealthPanel", "Latency (ms)"),
    QT_TRANSLATE_NOOP("HealthPanel", "Application (ms)"),
    QT_TRANSLATE_NOOP("HealthPanel", "Latency alerts"),
    QT_TRANSLATE_NOOP("HealthPanel", "Traffic"),
    QT_TRANSLATE_NOOP("HealthPanel", "Timeouts"),
};
} // namespace

HealthPanel::HealthPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_supervisor(session->supervisor())
    , m_app(session->appKeepalive())
    , m_replies(session->replyTimer())
    , m_settings(session->settings())
    , m_graph(new LatencyGraph(this))
{
    ConnectionSupervisor *supervisor = m_supervisor;
    ChatClient *chat = session->chat();
    Settings *settings = m_settings;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    layout->addWidget(m_graph, 1);
    const auto row = [this, form]() {
        auto *key = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(key, value);
        key->setBuddy(value);
        m_keys << key;
        return value;
    };
    m_state = row();
    m_age = row();
    m_idle = row();
    m_nextPing = row();
    m_pings = row();
    m_heartbeat = row();
    m_latency = row();
    m_application = row();
    m_alerts = row();
    m_counters = row();
    m_timeouts = row();

    connect(supervisor, &ConnectionSupervisor::pongReceived, this, [this](quint64, qint64 rttUs, bool queued) {
        m_graph->addSample(nowSeconds(), double(rttUs) / 1000.0, queued);
    });
    connect(m_app, &AppKeepalive::appPong, this, [this](quint64, qint64 rttUs) {
        m_graph->addSample(nowSeconds(), double(rttUs) / 1000.0, false, LatencyGraph::Series::Application);
    });
    connect(supervisor, &ConnectionSupervisor::timedOut, this, [this](TimeoutKind kind, qint64) {
        m_graph->addMark(nowSeconds(), LatencyGraph::Mark::Timeout, timeoutKindName(kind));
    });
    connect(supervisor, &ConnectionSupervisor::reconnectScheduled, this, [this](int attempt, qint64) {
        m_graph->addMark(nowSeconds(), LatencyGraph::Mark::Reconnect, tr("reconnect %1").arg(attempt));
    });
    connect(supervisor, &ConnectionSupervisor::latencyAlert, this,
            [this](qint64) { m_graph->addMark(nowSeconds(), LatencyGraph::Mark::Alert, tr("alert")); });
    connect(chat, &ChatClient::latencyAlert, this, [this](qint64) {
        ++m_ackAlerts;
        m_graph->addMark(nowSeconds(), LatencyGraph::Mark::Alert, tr("slow ack"));
    });
    connect(settings, &Settings::changed, this, [this](Param p, double, double, Source source) {
        if (source == Source::Runtime)
            m_graph->addMark(nowSeconds(), LatencyGraph::Mark::Setting, paramDef(p).name().mid(3).toLower());
        if (p == Param::LatencyAlert)
            m_graph->setAlertThreshold(alertMs());
    });
    connect(supervisor, &ConnectionSupervisor::heartbeatChecked, this, [this](const HeartbeatInfo &beat) {
        m_heartbeatSeen = true;
        m_heartbeatOk = beat.ok;
        m_heartbeatMisses = beat.missedInRow;
    });
    m_graph->setAlertThreshold(alertMs());

    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &HealthPanel::refresh);
    m_refresh.start();
    retranslateUi();
}

double HealthPanel::alertMs() const
{
    return seconds(m_supervisor->config().latencyAlert) * 1000.0;
}

void HealthPanel::refresh()
{
    using State = ConnectionSupervisor::State;
    const State state = m_supervisor->state();
    const bool open = state == State::Open;
    m_state->setText(ConnectionBar::stateText(state, m_supervisor->failingToConnect()));
    const auto left = [this](Deadline d, const QString &what) {
        const std::optional<Nanos> t = m_supervisor->timeUntil(d);
        return t ? tr("%1 s to %2").arg(seconds(*t), 0, 'f', 1).arg(what) : tr("%1 off").arg(what);
    };
    if (open) {
        m_age->setText(tr("%1 s (%2)")
                           .arg(seconds(m_supervisor->age()), 0, 'f', 1)
                           .arg(left(Deadline::Lifetime, tr("lifetime limit"))));
        m_idle->setText(tr("%1 s (%2)")
                            .arg(seconds(m_supervisor->idleFor()), 0, 'f', 1)
                            .arg(left(Deadline::Idle, tr("idle timeout"))));
        const std::optional<Nanos> ping = m_supervisor->timeUntil(Deadline::Ping);
        m_nextPing->setText(ping ? tr("in %1 s").arg(seconds(*ping), 0, 'f', 1) : tr("pings off"));
        const double pong = seconds(m_supervisor->config().timeouts.pongTimeout);
        m_pings->setText(m_supervisor->outstandingPings() == 0
                             ? tr("none")
                             : tr("%1, oldest waiting %2 s of %3 s")
                                   .arg(m_supervisor->outstandingPings())
                                   .arg(seconds(m_supervisor->oldestPingWait()), 0, 'f', 2)
                                   .arg(pong));
    } else {
        for (QLabel *l : {m_age, m_idle, m_nextPing, m_pings})
            l->setText(QStringLiteral("\u2013"));
    }
    m_heartbeat->setText(!m_heartbeatSeen    ? tr("no check yet")
                             : m_heartbeatOk ? tr("ok")
                                             : tr("nothing arrived (misses in a row: %1)").arg(m_heartbeatMisses));
    const RttSummary r = m_supervisor->rtt();
    m_latency->setText(
        r.count == 0
            ? tr("no samples yet")
            : tr("now %1 \u00b7 min %2 \u00b7 mean %3 \u00b7 p50 %4 \u00b7 p95 %5 \u00b7 max %6 \u00b7 jitter %7")
                  .arg(ms(double(r.lastUs)), ms(double(r.minUs)), ms(r.meanUs), ms(double(r.p50Us)),
                       ms(double(r.p95Us)), ms(double(r.maxUs)), ms(r.jitterUs)));
    // Above WebSocket: the profile's round trips, and reply times.
    QStringList application;
    const RttSummary app = m_app->appRtt();
    if (m_app->activeProfile() != AppProfile::None)
        application << (app.count == 0 ? tr("%1: no samples yet").arg(appProfileName(m_app->activeProfile()))
                                       : tr("%1 RTT p50 %2 \u00b7 p95 %3 \u00b7 max %4")
                                             .arg(appProfileName(m_app->activeProfile()), ms(double(app.p50Us)),
                                                  ms(double(app.p95Us)), ms(double(app.maxUs))));
    const RttSummary reply = m_replies->summary();
    if (reply.count > 0)
        application << tr("reply p50 %1 \u00b7 p95 %2 \u00b7 max %3 (%4 replies)")
                           .arg(ms(double(reply.p50Us)), ms(double(reply.p95Us)), ms(double(reply.maxUs)))
                           .arg(reply.count);
    m_application->setText(application.isEmpty() ? tr("no application profile, no replies timed")
                                                 : application.join(QStringLiteral(" \u00b7 ")));
    const Counters &c = m_supervisor->counters();
    m_alerts->setText(tr("%1 above %2 s (pings %3, acks %4)")
                          .arg(c.latencyAlerts + m_ackAlerts)
                          .arg(alertMs() / 1000.0)
                          .arg(c.latencyAlerts)
                          .arg(m_ackAlerts));
    m_counters->setText(
        tr("messages %1 in / %2 out \u00b7 %3 / %4 bytes \u00b7 pings %5, pongs %6, missed %7 \u00b7 reconnects %8")
            .arg(c.messagesIn)
            .arg(c.messagesOut)
            .arg(c.bytesIn)
            .arg(c.bytesOut)
            .arg(c.pings)
            .arg(c.pongs)
            .arg(c.missedPongs)
            .arg(c.reconnects));
    QString timeouts = tr("idle %1 \u00b7 pong %2 \u00b7 lifetime %3 \u00b7 message %4 \u00b7 connect %5")
                           .arg(c.timeouts[size_t(TimeoutKind::Idle)])
                           .arg(c.timeouts[size_t(TimeoutKind::Pong)])
                           .arg(c.timeouts[size_t(TimeoutKind::Lifetime)])
                           .arg(c.timeouts[size_t(TimeoutKind::Message)])
                           .arg(c.timeouts[size_t(TimeoutKind::Connect)]);
    // The application layer's only once they happened: one line stays one line.
    if (c.timeouts[size_t(TimeoutKind::AppPong)] + c.timeouts[size_t(TimeoutKind::AppHeartbeat)] > 0)
        timeouts += QStringLiteral(" \u00b7 ")
            + tr("app pong %1 \u00b7 app heartbeat %2")
                  .arg(c.timeouts[size_t(TimeoutKind::AppPong)])
                  .arg(c.timeouts[size_t(TimeoutKind::AppHeartbeat)]);
    m_timeouts->setText(timeouts);
    static_assert(TimeoutKindCount == 7, "a new timeout kind needs its place in the line above");
    m_graph->setNow(nowSeconds());
}

void HealthPanel::retranslateUi()
{
    for (int i = 0; i < m_keys.size(); ++i)
        m_keys[i]->setText(tr(kKeys[i]));
    refresh();
}

void HealthPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
