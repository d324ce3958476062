#include "targetsrunner.h"

#include "connectionsupervisor.h"
#include "eventlog.h"
#include "jsonlinewriter.h"
#include "metricsendpoint.h"
#include "metricsfeed.h"
#include "metricsserving.h"
#include "prometheusmetrics.h"
#include "session.h"
#include "sessionoptions.h"
#include "settings.h"

#include <cstdio>

using namespace wspulse;
using namespace std::chrono_literals;

TargetsRunner::TargetsRunner(const CommandLine &options, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_out(new EventLog(SteadyClock::instance(), this))
{
    m_out->setCapacity(0); // events only pass through to stdout
    m_out->setAcceptedTypes(options.events);
    new JsonLineWriter(m_out, this);
    m_durationTimer.setSingleShot(true);
    m_durationTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_durationTimer, &QTimer::timeout, this, [this] { stop(0); });
    m_stopGuard.setSingleShot(true);
    connect(&m_stopGuard, &QTimer::timeout, this, [this] { Q_EMIT finished(m_exitCode); });
}

TargetsRunner::~TargetsRunner()
{
    m_metricsEndpoint.reset(); // no scrape while what it reads goes away
    for (Session *s : m_sessions)
        delete s;
}

bool TargetsRunner::start()
{
    if (m_options.metrics)
        m_metricsRegistry = std::make_shared<MetricsRegistry>();
    for (const CommandLine::Target &target : std::as_const(m_options.targets)) {
        // The common parameters, then this target's own.
        auto *settings = new Settings(this);
        for (const ParamDef &def : parameterDefs())
            settings->setValue(def.id, m_settings->value(def.id), m_settings->source(def.id));
        for (const auto &[param, text] : target.overrides) {
            const QString error =
                settings->set(param, text, Source::Flag,
                              QStringLiteral("%1 [target.%2] %3")
                                  .arg(target.overridesOrigin, target.name, QString::fromLatin1(paramDef(param).key)));
            if (!error.isEmpty()) {
                std::fprintf(stderr, "wspulse: %s\n", qPrintable(error));
                return false;
            }
        }
        auto *session = new Session(settings);
        m_sessions.push_back(session);
        // What a single headless session takes from the command line, each target takes.
        configureSession(session, m_options);
        // Each session's events, on the one stream, saying whose they are.
        EventLog *log = session->log();
        log->setCapacity(0);
        log->setAcceptedTypes(m_options.events);
        connect(log, &EventLog::added, m_out, [this, name = target.name](const Event &e) {
            QJsonObject fields = e.fields;
            fields.insert(QLatin1String("target"), name);
            m_out->add(e.type, fields);
        });
        if (m_metricsRegistry) {
            auto *metrics = new PrometheusMetrics(target.name, m_metricsRegistry, this);
            new SessionMetrics(session, metrics, this);
        }
        connect(session->supervisor(), &ConnectionSupervisor::stateChanged, this, &TargetsRunner::maybeFinished);
    }
    if (m_metricsRegistry) {
        // Any target's metrics serve them all: they share the registry.
        const auto *first = findChild<PrometheusMetrics *>();
        m_metricsEndpoint = std::make_unique<MetricsEndpoint>();
        if (!serveMetrics(*m_options.metrics, first, m_metricsEndpoint.get()))
            return false;
    }
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_metricsEndpoint)
            m_sessions[i]->addConfigExtras({{QLatin1String("metrics"), m_metricsEndpoint->url()}});
        QString error;
        if (!m_sessions[i]->start(m_options.targets.at(qsizetype(i)).url, m_options.server, &error)) {
            std::fprintf(stderr, "wspulse: %s\n", qPrintable(error));
            return false;
        }
        startSessionExtras(m_sessions[i], m_options);
    }
    if (m_options.durationSeconds)
        m_durationTimer.start(
            ceilMs(std::chrono::duration_cast<Nanos>(std::chrono::duration<double>(*m_options.durationSeconds))));
    return true;
}

void TargetsRunner::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    m_durationTimer.stop();
    m_stopGuard.start(2s);
    for (Session *s : m_sessions)
        if (s->supervisor()->state() != ConnectionSupervisor::State::Disconnected)
            s->supervisor()->close(QStringLiteral("wspulse exiting"));
    maybeFinished();
}

void TargetsRunner::maybeFinished()
{
    if (!m_stopping)
        return;
    for (const Session *s : m_sessions)
        if (s->supervisor()->state() != ConnectionSupervisor::State::Disconnected)
            return;
    m_stopGuard.stop();
    Q_EMIT finished(m_exitCode);
}
