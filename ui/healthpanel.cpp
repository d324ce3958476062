#include "healthpanel.h"

#include "appkeepalive.h"
#include "chatclient.h"
#include "replytimer.h"
#include "session.h"
#include "connectionbar.h"
#include "connectionsupervisor.h"
#include "livevalue.h"
#include "settings.h"
#include "connectionending.h"

#include <cmath>

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

// A time as a person reads it while it runs: tenths below ten seconds,
// whole seconds above (counting down: rounded up, so that "0 s" is the end).
QString secondsLeft(double s)
{
    return s < 10 ? QString::number(s, 'f', 1) : QString::number(std::ceil(s), 'f', 0);
}

QString secondsSince(double s)
{
    return s < 10 ? QString::number(s, 'f', 1) : QString::number(std::floor(s), 'f', 0);
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
{
    ConnectionSupervisor *supervisor = m_supervisor;
    ChatClient *chat = session->chat();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    layout->addStretch(1);
    const auto row = [this, form]() {
        auto *key = new QLabel(this);
        auto *value = new LiveValue(this);
        form->addRow(key, value);
        key->setBuddy(value);
        m_keys << key;
        m_values << value;
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

    connect(chat, &ChatClient::latencyAlert, this, [this](qint64) { ++m_ackAlerts; });
    connect(supervisor, &ConnectionSupervisor::heartbeatChecked, this, [this](const HeartbeatInfo &beat) {
        m_heartbeatSeen = true;
        m_heartbeatOk = beat.ok;
        m_heartbeatMisses = beat.missedInRow;
    });
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &HealthPanel::refresh);
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
        return t ? tr("%1 s to %2").arg(secondsLeft(seconds(*t)), what) : tr("%1 off").arg(what);
    };
    if (open) {
        m_age->setText(tr("%1 s (%2)")
                           .arg(secondsSince(seconds(m_supervisor->age())),
                                left(Deadline::Lifetime, timeoutText(TimeoutKind::Lifetime))));
        m_idle->setText(tr("%1 s (%2)")
                            .arg(secondsSince(seconds(m_supervisor->idleFor())),
                                 left(Deadline::Idle, timeoutText(TimeoutKind::Idle))));
        const std::optional<Nanos> ping = m_supervisor->timeUntil(Deadline::Ping);
        m_nextPing->setText(ping ? tr("in %1 s").arg(secondsLeft(seconds(*ping))) : tr("pings off"));
        const double pong = seconds(m_supervisor->config().timeouts.pongTimeout);
        m_pings->setText(m_supervisor->outstandingPings() == 0
                             ? tr("none")
                             : tr("%1, oldest waiting %2 s of %3 s")
                                   .arg(m_supervisor->outstandingPings())
                                   .arg(secondsSince(seconds(m_supervisor->oldestPingWait())))
                                   .arg(pong));
    } else {
        for (LiveValue *l : {m_age, m_idle, m_nextPing, m_pings, m_heartbeat})
            l->setText(QStringLiteral("\u2013"));
    }
    if (open)
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
}

QString HealthPanel::valueText(int row) const
{
    return m_values.value(row) ? m_values.value(row)->text() : QString();
}

void HealthPanel::showEvent(QShowEvent *event)
{
    refresh();
    m_refresh.start();
    QWidget::showEvent(event);
}

void HealthPanel::hideEvent(QHideEvent *event)
{
    m_refresh.stop(); // a hidden panel does no work
    QWidget::hideEvent(event);
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
