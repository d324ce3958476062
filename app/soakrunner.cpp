#include "supervisorbinding.h"
#include "soakrunner.h"

#include "handshake.h"

#include "appkeepalive.h"
#include "chatclient.h"
#include "chatserver.h"
#include "connectionsupervisor.h"
#include "messagerepeater.h"
#include "metricsendpoint.h"
#include "metricsfeed.h"
#include "metricsserving.h"
#include "prometheusmetrics.h"
#include "replytimer.h"
#include "eventlog.h"
#include "jsonlinewriter.h"
#include "session.h"
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
    , m_quietLog(new EventLog(SteadyClock::instance(), this))
{
    m_quietLog->setCapacity(0);
    m_quietLog->setAcceptedTypes({});
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
    m_metricsEndpoint.reset(); // no scrape while what it reads goes away
    // Clients before the server they are connected to; each from the top layer down.
    for (const Client &c : m_clients) {
        delete c.repeater;
        delete c.replies;
        delete c.chat;
        delete c.app;
        delete c.supervisor;
    }
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
    if (m_options.metrics) {
        m_metrics = new PrometheusMetrics(QStringLiteral("default"), {}, this);
        m_metrics->bindSettings(m_settings);
        m_metricsEndpoint = std::make_unique<MetricsEndpoint>();
        if (!serveMetrics(*m_options.metrics, m_metrics, m_metricsEndpoint.get()))
            return false;
        config.insert(QLatin1String("metrics"), m_metricsEndpoint->url());
    }
    config.insert(QLatin1String("url"), wspulse::urlForDisplay(m_url));
    if (const QJsonObject handshake = m_options.handshake.describe(); !handshake.isEmpty())
        config.insert(QLatin1String("handshake"), handshake);
    config.insert(QLatin1String("connections"), m_options.connections);
    config.insert(QLatin1String("ramp"), m_options.ramp);
    if (m_options.sendEvery)
        config.insert(QLatin1String("send_every"),
                      QJsonObject{{QLatin1String("seconds"), m_options.sendEvery->seconds},
                                  {QLatin1String("text"), m_options.sendEvery->text}});
    m_log->add(EventType::Config, config);
    logSettingsImplications(m_settings, m_log);
    m_clients.reserve(size_t(m_options.connections));
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
    while (int(m_clients.size()) < due && m_firstHandshakes < MaxHandshakesAtOnce)
        addClient();
    if (int(m_clients.size()) >= m_options.connections)
        m_rampTimer.stop();
}

void SoakRunner::addClient()
{
    // No per-connection events: thousands of lines a second help no one.
    Client client;
    auto *c = client.supervisor = new ConnectionSupervisor;
    c->setWitnessTcpEnding(false); // one descriptor per connection, not two
    bindSupervisor(m_settings, c);
    c->setUrl(m_url);
    connect(c, &ConnectionSupervisor::pongReceived, this, [this](quint64, qint64 rttUs, bool) { m_rtt.add(rttUs); });
    connect(c, &ConnectionSupervisor::opened, this, [this, first = true]() mutable {
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
    // The application heartbeat first (it sees each frame before the chat),
    // as in a single session.
    client.app = new AppKeepalive(c, m_quietLog);
    bindAppKeepalive(m_settings, client.app);
    client.app->setCustomHeartbeat(m_options.customHeartbeat);
    connect(client.app, &AppKeepalive::appPong, this, [this](quint64, qint64 rttUs) { m_appRtt.add(rttUs); });
    if (m_metrics)
        metricsfeed::connection(c, m_metrics);
    if (m_options.sendEvery) {
        client.chat = new ChatClient(c, m_quietLog);
        client.chat->setFrameFilter([app = client.app](const QString &frame) { return app->ownsFrame(frame); });
        bindChatClient(m_settings, client.chat);
        connect(client.chat, &ChatClient::deliveryChanged, this,
                [this](const QString &, ChatClient::Delivery state, qint64 rttUs) {
                    if (state == ChatClient::Delivery::Delivered)
                        m_delivery.add(rttUs);
                });
        client.replies = new ReplyTimer(c, client.chat, m_quietLog);
        bindReplyTimer(m_settings, client.replies);
        client.replies->setIdField(m_options.replyIdField);
        // Socket.IO acks answer the event with their id, as in a single session.
        correlateSocketIoAcks(client.replies, client.app);
        connect(client.replies, &ReplyTimer::replied, this, [this](qint64 us) { m_reply.add(us); });
        client.repeater = new MessageRepeater(client.chat, m_quietLog);
    }
    c->setSubprotocols(Session::subprotocolOffer(m_options.subprotocols, client.app, client.chat != nullptr));
    // The same way in as a single session: headers, auth, TLS files, proxy.
    const HandshakeOptions &h = m_options.handshake;
    c->setRequestHeaders(h.requestHeaders());
    c->setOrigin(h.origin);
#ifndef QT_NO_SSL
    if (!h.caFile.isEmpty() || !h.clientCertFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        h.applyTls(&tls); // checked when the command line was read
        c->setTlsConfiguration(tls);
    }
#endif
    QString proxyError;
    if (const std::optional<ProxyChoice> proxy =
            chooseProxy(m_url, h.proxy, QProcessEnvironment::systemEnvironment(), &proxyError))
        c->setProxy(proxy->proxy, proxy->shown);
    if (m_metrics)
        metricsfeed::layers(client.app, client.chat, client.replies, m_metrics);
    m_clients.push_back(client);
    ++m_firstHandshakes;
    c->open();
    if (client.repeater) // the first one waits for the open in the chat's outbox
        client.repeater->start(m_options.sendEvery->seconds, m_options.sendEvery->text);
}

void SoakRunner::noteAllOpen()
{
    // Exact, not rounded to the next summary: how long the server took to
    // accept them all is one of the figures a soak run is for.
    if (m_allOpenAfterMs || m_everOpened < m_options.connections)
        return;
    const bool allOpenNow = std::all_of(m_clients.begin(), m_clients.end(), [](const Client &c) {
        return c.supervisor->state() == ConnectionSupervisor::State::Open;
    });
    if (allOpenNow)
        m_allOpenAfterMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::instance()->now() - m_rampStart).count();
}

void SoakRunner::SampleWindow::report(QJsonObject *fields, const QString &prefix, bool final)
{
    std::sort(samples.begin(), samples.end());
    const qint64 windowMax = samples.empty() ? 0 : samples.back();
    maxAll = std::max(maxAll, windowMax);
    fields->insert(prefix + QLatin1String("p50_us"), percentile(samples, 0.50));
    fields->insert(prefix + QLatin1String("p95_us"), percentile(samples, 0.95));
    fields->insert(prefix + QLatin1String("max_us"), final ? maxAll : windowMax);
    samples.clear();
}

void SoakRunner::report(bool final)
{
    using State = ConnectionSupervisor::State;
    int states[ConnectionSupervisor::StateCount] = {};
    quint64 timeouts[TimeoutKindCount] = {};
    quint64 in = 0, out = 0, pings = 0, pongs = 0, reconnects = 0, repeats = 0, skipped = 0;
    Counters totals;
    for (const Client &client : m_clients) {
        const ConnectionSupervisor *c = client.supervisor;
        ++states[int(c->state())];
        const Counters &k = c->counters();
        metricsfeed::addTotals(totals, k);
        for (int i = 0; i < TimeoutKindCount; ++i)
            timeouts[i] += k.timeouts[size_t(i)];
        in += k.messagesIn;
        out += k.messagesOut;
        pings += k.pings;
        pongs += k.pongs;
        reconnects += k.reconnects;
        if (client.repeater) {
            repeats += client.repeater->sentCount();
            skipped += client.repeater->skippedCount();
        }
    }
    if (m_metrics) {
        using M = PrometheusMetrics::State;
        std::array<int, PrometheusMetrics::StateCount> counts{};
        counts[size_t(M::Connecting)] = states[int(State::Connecting)];
        counts[size_t(M::Open)] = states[int(State::Open)];
        counts[size_t(M::Reconnecting)] = states[int(State::Reconnecting)];
        counts[size_t(M::Disconnected)] = states[int(State::Disconnected)] + states[int(State::Closing)];
        m_metrics->setConnectionCounts(counts);
        m_metrics->syncTotals(totals);
    }
    QJsonObject byKind;
    for (int i = 0; i < TimeoutKindCount; ++i)
        byKind.insert(timeoutKindName(TimeoutKind(i)), qint64(timeouts[i]));
    QJsonObject fields{{QLatin1String("connections"), int(m_clients.size())},
                       {QLatin1String("open"), states[int(State::Open)]},
                       {QLatin1String("connecting"), states[int(State::Connecting)]},
                       {QLatin1String("reconnecting"), states[int(State::Reconnecting)]},
                       {QLatin1String("disconnected"), states[int(State::Disconnected)]},
                       {QLatin1String("timeouts"), byKind},
                       {QLatin1String("samples"), qint64(m_rtt.samples.size())},
                       {QLatin1String("pings"), qint64(pings)},
                       {QLatin1String("pongs"), qint64(pongs)},
                       {QLatin1String("reconnects"), qint64(reconnects)},
                       {QLatin1String("messages_in"), qint64(in)},
                       {QLatin1String("messages_out"), qint64(out)}};
    m_rtt.report(&fields, QStringLiteral("rtt_"), final);
    // The application's figures only where there is an application layer,
    // or something sent: a plain soak keeps its plain summary.
    if (m_appRtt.total > 0) {
        fields.insert(QLatin1String("app_samples"), qint64(m_appRtt.samples.size()));
        fields.insert(QLatin1String("app_pongs"), qint64(m_appRtt.total));
        m_appRtt.report(&fields, QStringLiteral("app_rtt_"), final);
    }
    if (m_options.sendEvery) {
        fields.insert(QLatin1String("sent"), qint64(repeats));
        fields.insert(QLatin1String("send_skipped"), qint64(skipped));
        fields.insert(QLatin1String("delivered"), qint64(m_delivery.total));
        fields.insert(QLatin1String("replies"), qint64(m_reply.total));
        if (m_delivery.total > 0)
            m_delivery.report(&fields, QStringLiteral("delivery_"), final);
        if (m_reply.total > 0)
            m_reply.report(&fields, QStringLiteral("reply_"), final);
    }
    if (m_allOpenAfterMs)
        fields.insert(QLatin1String("all_open_ms"), *m_allOpenAfterMs);
    if (final)
        fields.insert(QLatin1String("final"), true);
    m_log->add(EventType::Summary, fields);
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
    // Counted down, not checked over all of them at every close: with
    // 10,000 connections that would be 10^8 state reads.
    for (const Client &client : m_clients) {
        if (client.repeater)
            client.repeater->stop();
        ConnectionSupervisor *c = client.supervisor;
        if (c->state() == ConnectionSupervisor::State::Disconnected)
            continue;
        ++m_stillOpen;
        connect(c, &ConnectionSupervisor::stateChanged, this,
                [this, counted = false](ConnectionSupervisor::State s) mutable {
                    if (s != ConnectionSupervisor::State::Disconnected || std::exchange(counted, true))
                        return;
                    if (--m_stillOpen == 0)
                        Q_EMIT finished(m_exitCode);
                });
    }
    if (m_stillOpen == 0) {
        Q_EMIT finished(exitCode);
        return;
    }
    for (const Client &client : m_clients)
        if (client.supervisor->state() != ConnectionSupervisor::State::Disconnected)
            client.supervisor->close(QStringLiteral("wspulse exiting"));
    if (m_stillOpen > 0) // some close at once; the rest get two seconds
        m_stopGuard.start(2s);
}
