#include "headlessrunner.h"

#include "metricsendpoint.h"
#include "metricsfeed.h"
#include "metricsserving.h"
#include "sessionoptions.h"
#include "prometheusmetrics.h"

#include "appkeepalive.h"

#include "messagerepeater.h"
#include "replytimer.h"

#include "connectionsupervisor.h"
#include "chatclient.h"
#include "chatserver.h"
#include "eventlog.h"
#include "jsonlinewriter.h"
#include "settings.h"
#include "linksimulator.h"
#include "session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

using namespace wspulse;
using namespace std::chrono_literals;

namespace {
// How long a graceful close may take before we give up and exit anyway.
constexpr auto kStopGrace = 2s;
} // namespace

HeadlessRunner::HeadlessRunner(const CommandLine &options, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_session(new Session(settings, this))
    , m_log(m_session->log())
    , m_supervisor(m_session->supervisor())
    , m_chat(m_session->chat())
{
    // Events only pass through to stdout: no history kept.
    m_log->setCapacity(0);
    m_log->setAcceptedTypes(options.events);
    new JsonLineWriter(m_log, this);
    m_durationTimer.setSingleShot(true);
    m_durationTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_durationTimer, &QTimer::timeout, this, [this] { stop(0); });
    m_stopGuard.setSingleShot(true);
    connect(&m_stopGuard, &QTimer::timeout, this, [this] { Q_EMIT finished(m_exitCode); });
}

HeadlessRunner::~HeadlessRunner() = default;

bool HeadlessRunner::start()
{
    connect(m_supervisor, &ConnectionSupervisor::stateChanged, this, [this](ConnectionSupervisor::State s) {
        if (m_stopping && s == ConnectionSupervisor::State::Disconnected)
            Q_EMIT finished(m_exitCode);
    });
    configureSession(m_session, m_options);
    connect(m_chat, &ChatClient::pendingCountChanged, this, [this](int pending) {
        if (m_drainThenStop && pending == 0)
            stop(0);
    });
    if (m_options.metrics) {
        auto *metrics = new PrometheusMetrics(QStringLiteral("default"), {}, this);
        new SessionMetrics(m_session, metrics, this);
        m_metricsEndpoint = std::make_unique<MetricsEndpoint>();
        if (!serveMetrics(*m_options.metrics, metrics, m_metricsEndpoint.get()))
            return false;
        m_session->addConfigExtras({{QLatin1String("metrics"), m_metricsEndpoint->url()}});
    }
    QString error;
    if (!m_session->start(m_options.url, m_options.server, &error)) {
        std::fprintf(stderr, "wspulse: %s\n", qPrintable(error));
        return false;
    }
    startSessionExtras(m_session, m_options); // their `setting` events after `config`

    if (m_options.durationSeconds)
        m_durationTimer.start(
            ceilMs(std::chrono::duration_cast<Nanos>(std::chrono::duration<double>(*m_options.durationSeconds))));

    m_stdin = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_stdin.get(), &QSocketNotifier::activated, this, &HeadlessRunner::readStdin);
    return true;
}

void HeadlessRunner::readStdin()
{
    char buffer[65536];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_stdin->setEnabled(false);
        if (!m_stdinBuffer.isEmpty())
            handleLine(QString::fromUtf8(m_stdinBuffer));
        m_stdinBuffer.clear();
        endOfInput();
        return;
    }
    m_stdinBuffer.append(buffer, n);
    qsizetype nl;
    while ((nl = m_stdinBuffer.indexOf('\n')) >= 0) {
        QByteArray line = m_stdinBuffer.left(nl);
        m_stdinBuffer.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        handleLine(QString::fromUtf8(line));
    }
}

void HeadlessRunner::handleLine(const QString &line)
{
    if (line.startsWith(QLatin1String("//"))) {
        m_chat->send(line.mid(1));
        return;
    }
    if (!line.startsWith(QLatin1Char('/'))) {
        m_chat->send(line);
        return;
    }
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString command = words.value(0);
    if (command == QLatin1String("/set") && words.size() == 3) {
        const std::optional<Param> p = paramByName(words.at(1));
        if (!p) {
            m_log->add(EventType::Error,
                       {{QLatin1String("text"), tr("/set: unknown parameter \"%1\"").arg(words.at(1))}});
            return;
        }
        const QString error = m_settings->set(*p, words.at(2), Source::Runtime, paramDef(*p).name());
        if (!error.isEmpty())
            m_log->add(EventType::Error, {{QLatin1String("text"), error}});
        return;
    }
    if (command == QLatin1String("/name") && words.size() == 2) {
        const QString error = chat::validateName(words.at(1));
        if (!error.isEmpty())
            m_log->add(EventType::Error, {{QLatin1String("text"), QStringLiteral("/name: ") + error}});
        else
            m_chat->setDisplayName(words.at(1));
        return;
    }
    if (command == QLatin1String("/freeze") || command == QLatin1String("/thaw")) {
        const QString which = words.value(1, QStringLiteral("both"));
        const bool frozen = command == QLatin1String("/freeze");
        if (which != QLatin1String("up") && which != QLatin1String("down") && which != QLatin1String("both")) {
            m_log->add(EventType::Error, {{QLatin1String("text"), tr("%1: say up, down or both").arg(command)}});
            return;
        }
        if (which != QLatin1String("down"))
            m_session->link()->setFrozen(LinkDirection::Up, frozen);
        if (which != QLatin1String("up"))
            m_session->link()->setFrozen(LinkDirection::Down, frozen);
        m_session->setLinkEnabled(true);
        return;
    }
    if (command == QLatin1String("/drop")) {
        m_session->link()->drop();
        return;
    }
    if (command == QLatin1String("/link") && words.size() == 3) {
        LinkSimulator *link = m_session->link();
        const QString what = words.at(1);
        if (what == QLatin1String("preset")) {
            if (!link->applyPreset(words.at(2)))
                m_log->add(EventType::Error,
                           {{QLatin1String("text"), tr("/link preset: unknown preset \"%1\"").arg(words.at(2))}});
            else
                m_session->setLinkEnabled(true);
            return;
        }
        const QStringList parts = words.at(2).split(QLatin1Char(','));
        bool ok = parts.size() <= 2;
        QList<qint64> values;
        for (const QString &part : parts) {
            bool partOk = false;
            values << part.toLongLong(&partOk);
            ok = ok && partOk && values.last() >= 0;
        }
        if (!ok
            || (what != QLatin1String("latency") && what != QLatin1String("jitter")
                && what != QLatin1String("bandwidth"))) {
            m_log->add(
                EventType::Error,
                {{QLatin1String("text"), tr("/link: use latency|jitter|bandwidth VALUE[,DOWN] or preset NAME")}});
            return;
        }
        const auto apply = [&](LinkDirection d, qint64 v) {
            if (what == QLatin1String("latency"))
                link->setLatency(d, int(std::min<qint64>(v, 600000)));
            else if (what == QLatin1String("jitter"))
                link->setJitter(d, int(std::min<qint64>(v, 600000)));
            else
                link->setBandwidth(d, v);
        };
        apply(LinkDirection::Up, values.first());
        apply(LinkDirection::Down, values.last());
        m_session->setLinkEnabled(true);
        return;
    }
    if (command == QLatin1String("/every")) {
        // "/every SECONDS TEXT": the text is the rest of the line, spaces kept.
        double seconds = 0;
        QString text;
        QString error = MessageRepeater::parse(line.mid(int(command.size())), &seconds, &text);
        if (error.isEmpty())
            error = m_session->repeater()->start(seconds, text);
        else
            error = QStringLiteral("/every: ") + error;
        if (!error.isEmpty())
            m_log->add(EventType::Error, {{QLatin1String("text"), error}});
        return;
    }
    if (command == QLatin1String("/stop")) {
        m_session->repeater()->stop();
        return;
    }
    if (command == QLatin1String("/close")) {
        m_supervisor->close();
        return;
    }
    if (command == QLatin1String("/open")) {
        m_supervisor->open();
        return;
    }
    m_log->add(EventType::Error,
               {{QLatin1String("text"),
                 tr("unknown command \"%1\"; known: /set NAME VALUE, /name NAME, /every SECONDS TEXT, /stop, /close, "
                    "/open, /freeze, /thaw, /drop, /link; \"//text\" sends \"/text\"")
                     .arg(line)}});
}

void HeadlessRunner::endOfInput()
{
    // With --duration the run lasts that long whatever stdin does (it may be /dev/null).
    if (m_options.durationSeconds)
        return;
    // A repeat keeps going after the input ends ("/every 5 hi" from a pipe):
    // until /stop, --duration or a signal.
    if (m_session->repeater()->isActive()) {
        connect(
            m_session->repeater(), &MessageRepeater::activeChanged, this,
            [this](bool active) {
                if (!active)
                    endOfInput();
            },
            Qt::SingleShotConnection);
        return;
    }
    if (m_chat->pendingCount() == 0)
        stop(0);
    else
        m_drainThenStop = true;
}

void HeadlessRunner::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    m_durationTimer.stop();
    m_stopGuard.start(kStopGrace);
    if (m_session->server())
        m_session->server()->close();
    const auto state = m_supervisor->state();
    if (state == ConnectionSupervisor::State::Disconnected) {
        Q_EMIT finished(exitCode);
        return;
    }
    m_supervisor->close(QStringLiteral("wspulse exiting"));
    if (m_supervisor->state() == ConnectionSupervisor::State::Disconnected)
        Q_EMIT finished(exitCode);
}
