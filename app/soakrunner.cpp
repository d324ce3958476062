#include "supervisorbinding.h"
#include "soakrunner.h"

#include "chatserver.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "jsonlinewriter.h"
#include "settings.h"
#include "settingsevents.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace wspulse;
using namespace std::chrono_literals;

namespace {
// Each connection needs a descriptor (two with the embedded server): ask for
// all the kernel allows this process.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

qint64 percentile(std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t idx = size_t(std::ceil(p * double(sorted.size()))) - 1;
    return sorted[std::min(idx, sorted.size() - 1)];
}
} // namespace

SoakRunner::SoakRunner(const CommandLine &options, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_log(new EventLog(SteadyClock::instance(), this))
{
    m_log->setCapacity(0);
    m_log->setAcceptedTypes(options.events);
    new JsonLineWriter(m_log, this);
    m_reportTimer.setInterval(1s);
    connect(&m_reportTimer, &QTimer::timeout, this, [this] { report(false); });
    connect(&m_rampTimer, &QTimer::timeout, this, &SoakRunner::openMore);
    m_durationTimer.setSingleShot(true);
    m_durationTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_durationTimer, &QTimer::timeout, this, [this] { stop(0); });
    m_stopGuard.setSingleShot(true);
    connect(&m_stopGuard, &QTimer::timeout, this, [this] { Q_EMIT finished(m_exitCode); });
}

SoakRunner::~SoakRunner()
{
    // Clients before the server they are connected to.
    for (ConnectionSupervisor *c : m_connections)
        delete c;
    delete m_server;
}

bool SoakRunner::start()
{
    raiseDescriptorLimit();
    m_url = m_options.url;
    if (m_url.isEmpty()) {
        m_serverSettings = new Settings(this);
        m_serverLog = new EventLog(SteadyClock::instance(), this);
        m_serverLog->setCapacity(1000);
        // The embedded server is here to be soaked, not to refuse the soak.
        ChatServerOptions serverOptions = m_options.server;
        serverOptions.maxConnections = std::max(serverOptions.maxConnections, m_options.connections);
        m_server = new ChatServer(m_serverSettings, m_serverLog, serverOptions, this);
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            std::fprintf(stderr, "wspulse: %s\n",
                         qPrintable(tr("cannot start the embedded server: %1").arg(m_server->errorString())));
            return false;
        }
        m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port()));
    }
    QJsonObject config = configFields(*m_settings);
    config.insert(QLatin1String("url"), m_url.toString());
    config.insert(QLatin1String("connections"), m_options.connections);
    config.insert(QLatin1String("ramp"), m_options.ramp);
    m_log->add(EventType::Config, config);
    logSettingsImplications(m_settings, m_log);
    m_connections.reserve(size_t(m_options.connections));
    // Open in small batches, often, so the ramp is even.
    m_rampStart = SteadyClock::instance()->now();
    m_rampTimer.start(std::chrono::milliseconds(std::clamp(int(1000.0 / m_options.ramp), 1, 100)));
    openMore();
    m_reportTimer.start();
    if (m_options.durationSeconds)
        m_durationTimer.start(
            ceilMs(std::chrono::duration_cast<Nanos>(std::chrono::duration<double>(*m_options.durationSeconds))));
    return true;
}

void SoakRunner::openMore()
{
    // As many as the ramp allows by now: a busy event loop that fires the
    // timer late catches up instead of slowing the ramp down.
    const double elapsed = std::chrono::duration<double>(SteadyClock::instance()->now() - m_rampStart).count();
    const int due = std::min(m_options.connections, 1 + int(elapsed * m_options.ramp));
    // However fast the ramp, only so many handshakes at once: SYNs beyond a
    // server's listen backlog are dropped and retried only after the kernel's
    // 1 s retransmission timeout, which would measure our impatience, not
    // the server.
    constexpr int MaxHandshakesAtOnce = 500;
    while (int(m_connections.size()) < due && m_firstHandshakes < MaxHandshakesAtOnce) {
        // No per-connection events: thousands of lines a second help no one.
        auto *c = new ConnectionSupervisor;
        c->setWitnessTcpEnding(false); // one descriptor per connection, not two
        bindSupervisor(m_settings, c);
        c->setUrl(m_url);
        connect(c, &ConnectionSupervisor::pongReceived, this,
                [this](quint64, qint64 rttUs, bool) { m_rttWindow.push_back(rttUs); });
        connect(c, &ConnectionSupervisor::opened, this, [this, c, first = true]() mutable {
            if (std::exchange(first, false))
                ++m_everOpened;
            noteAllOpen();
        });
        connect(c, &ConnectionSupervisor::stateChanged, this,
                [this, first = true](ConnectionSupervisor::State state) mutable {
                    if (!first || state == ConnectionSupervisor::State::Connecting)
                        return;
                    first = false; // the first attempt ended, either way
                    --m_firstHandshakes;
                    if (m_rampTimer.isActive())
                        openMore();
                });
        m_connections.push_back(c);
        ++m_firstHandshakes;
        c->open();
    }
    if (int(m_connections.size()) >= m_options.connections)
        m_rampTimer.stop();
}

void SoakRunner::noteAllOpen()
{
    // Exact, not rounded to the next summary: how long the server took to
    // accept them all is one of the figures a soak run is for.
    if (m_allOpenAfterMs || m_everOpened < m_options.connections)
        return;
    const bool allOpenNow = std::all_of(m_connections.begin(), m_connections.end(), [](const ConnectionSupervisor *c) {
        return c->state() == ConnectionSupervisor::State::Open;
    });
    if (allOpenNow)
        m_allOpenAfterMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::instance()->now() - m_rampStart).count();
}

void SoakRunner::report(bool final)
{
    using State = ConnectionSupervisor::State;
    int states[ConnectionSupervisor::StateCount] = {};
    quint64 timeouts[TimeoutKindCount] = {};
    quint64 in = 0, out = 0, pings = 0, pongs = 0, reconnects = 0;
    for (const ConnectionSupervisor *c : m_connections) {
        ++states[int(c->state())];
        const Counters &k = c->counters();
        for (int i = 0; i < TimeoutKindCount; ++i)
            timeouts[i] += k.timeouts[size_t(i)];
        in += k.messagesIn;
        out += k.messagesOut;
        pings += k.pings;
        pongs += k.pongs;
        reconnects += k.reconnects;
    }
    std::sort(m_rttWindow.begin(), m_rttWindow.end());
    const qint64 windowMax = m_rttWindow.empty() ? 0 : m_rttWindow.back();
    m_rttMaxAll = std::max(m_rttMaxAll, windowMax);
    QJsonObject byKind;
    for (int i = 0; i < TimeoutKindCount; ++i)
        byKind.insert(timeoutKindName(TimeoutKind(i)), qint64(timeouts[i]));
    QJsonObject fields{{QLatin1String("connections"), int(m_connections.size())},
                       {QLatin1String("open"), states[int(State::Open)]},
                       {QLatin1String("connecting"), states[int(State::Connecting)]},
                       {QLatin1String("reconnecting"), states[int(State::Reconnecting)]},
                       {QLatin1String("disconnected"), states[int(State::Disconnected)]},
                       {QLatin1String("timeouts"), byKind},
                       {QLatin1String("samples"), qint64(m_rttWindow.size())},
                       {QLatin1String("rtt_p50_us"), percentile(m_rttWindow, 0.50)},
                       {QLatin1String("rtt_p95_us"), percentile(m_rttWindow, 0.95)},
                       {QLatin1String("rtt_max_us"), final ? m_rttMaxAll : windowMax},
                       {QLatin1String("pings"), qint64(pings)},
                       {QLatin1String("pongs"), qint64(pongs)},
                       {QLatin1String("reconnects"), qint64(reconnects)},
                       {QLatin1String("messages_in"), qint64(in)},
                       {QLatin1String("messages_out"), qint64(out)}};
    if (m_allOpenAfterMs)
        fields.insert(QLatin1String("all_open_ms"), *m_allOpenAfterMs);
    if (final)
        fields.insert(QLatin1String("final"), true);
    m_log->add(EventType::Summary, fields);
    m_rttWindow.clear();
}

void SoakRunner::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    m_rampTimer.stop();
    m_reportTimer.stop();
    m_durationTimer.stop();
    report(true);
    int closing = 0;
    for (ConnectionSupervisor *c : m_connections) {
        if (c->state() == ConnectionSupervisor::State::Disconnected)
            continue;
        ++closing;
        connect(c, &ConnectionSupervisor::stateChanged, this, [this](ConnectionSupervisor::State s) {
            if (s != ConnectionSupervisor::State::Disconnected)
                return;
            const bool all = std::all_of(m_connections.begin(), m_connections.end(), [](const ConnectionSupervisor *x) {
                return x->state() == ConnectionSupervisor::State::Disconnected;
            });
            if (all)
                Q_EMIT finished(m_exitCode);
        });
        c->close(QStringLiteral("wspulse exiting"));
    }
    if (closing == 0 || std::all_of(m_connections.begin(), m_connections.end(), [](const ConnectionSupervisor *x) {
            return x->state() == ConnectionSupervisor::State::Disconnected;
        })) {
        Q_EMIT finished(exitCode);
        return;
    }
    m_stopGuard.start(2s);
}
