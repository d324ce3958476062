// wspulse's in-process benchmarks: what supervision costs over a raw
// QWebSocket, how close our RTT is to a bare ping/pong, and how late each
// timeout fires. Every figure is a ratio or a comparison against a baseline
// measured in the same run, on the same loopback, so a noisy machine moves
// both sides. Prints a table with each target and writes JSON (--json FILE).
//
// usage: wspulse_bench [--quick] [--json FILE]
#include "boundsupervisor.h"
#include "echoserver.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "processstats.h"
#include "settings.h"

#include "chatmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <unistd.h>
#include <cstdio>

using namespace wspulse;
using namespace std::chrono_literals;

namespace {

// Runs the event loop until `done` or `timeoutMs`; a real loop, no sleeps.
template<typename Pred>
bool runUntil(Pred done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::ceil(p * double(v.size()))) - 1)];
}

void quiet(Settings &s)
{
    for (Param p : {Param::PingInterval, Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout,
                    Param::MessageTimeout, Param::HeartbeatInterval})
        s.set(p, QStringLiteral("0"), Source::Runtime);
}

// Echo throughput, messages per second, with `window` messages in flight.
double rawThroughput(const QUrl &url, int messages, int window)
{
    QWebSocket ws;
    ws.open(url);
    runUntil([&] { return ws.state() == QAbstractSocket::ConnectedState; }, 5000);
    const QString payload(64, QLatin1Char('x'));
    int sent = 0, received = 0;
    QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [&] {
        ++received;
        if (sent < messages) {
            ws.sendTextMessage(payload);
            ++sent;
        }
    });
    QElapsedTimer t;
    t.start();
    for (; sent < window; ++sent)
        ws.sendTextMessage(payload);
    runUntil([&] { return received >= messages; }, 60000);
    return received / (t.nsecsElapsed() / 1e9);
}

double supervisedThroughput(const QUrl &url, int messages, int window)
{
    Settings s; // every timer on, defaults, pings every second
    s.set(Param::PingInterval, QStringLiteral("1"), Source::Runtime);
    BoundSupervisor sup(&s, nullptr);
    sup.setUrl(url);
    sup.open();
    runUntil([&] { return sup.state() == ConnectionSupervisor::State::Open; }, 5000);
    const QString payload(64, QLatin1Char('x'));
    int sent = 0, received = 0;
    QObject::connect(&sup, &ConnectionSupervisor::textReceived, &sup, [&] {
        ++received;
        if (sent < messages) {
            sup.sendText(payload);
            ++sent;
        }
    });
    QElapsedTimer t;
    t.start();
    for (; sent < window; ++sent)
        sup.sendText(payload);
    runUntil([&] { return received >= messages; }, 60000);
    return received / (t.nsecsElapsed() / 1e9);
}

std::vector<double> rawPingRtts(const QUrl &url, int samples)
{
    QWebSocket ws;
    ws.open(url);
    runUntil([&] { return ws.state() == QAbstractSocket::ConnectedState; }, 5000);
    std::vector<double> out;
    QElapsedTimer t;
    QObject::connect(&ws, &QWebSocket::pong, &ws, [&] { out.push_back(t.nsecsElapsed() / 1e3); });
    for (int i = 0; i < samples; ++i) {
        const size_t before = out.size();
        t.start();
        ws.ping(QByteArray(8, 'p'));
        runUntil([&] { return out.size() > before; }, 2000);
        runUntil([&] { return t.nsecsElapsed() > 5'000'000; }, 100); // pace like the supervised side
    }
    return out;
}

std::vector<double> supervisedPingRtts(const QUrl &url, int samples)
{
    Settings s;
    quiet(s);
    s.set(Param::PingInterval, QStringLiteral("0.005"), Source::Runtime);
    s.set(Param::PongTimeout, QStringLiteral("1"), Source::Runtime);
    BoundSupervisor sup(&s, nullptr);
    sup.setUrl(url);
    std::vector<double> out;
    QObject::connect(&sup, &ConnectionSupervisor::pongReceived, &sup,
                     [&](quint64, qint64 rttUs, bool) { out.push_back(double(rttUs)); });
    sup.open();
    runUntil([&] { return int(out.size()) >= samples; }, 30000);
    return out;
}

// How late a timeout fires after its deadline, in ms, `rounds` times for each
// of the idle, lifetime and connect timeouts (50 ms each).
std::vector<double> timerErrors(const QUrl &echo, quint16 silentPort, int rounds)
{
    std::vector<double> errors;
    const auto measure = [&](Param param, const QUrl &url) {
        for (int i = 0; i < rounds; ++i) {
            Settings s;
            quiet(s);
            s.set(param, QStringLiteral("0.05"), Source::Runtime);
            s.set(Param::ReconnectDelay, QStringLiteral("0"), Source::Runtime);
            BoundSupervisor sup(&s, nullptr);
            sup.setUrl(url);
            bool fired = false;
            const Nanos attemptStarted = SteadyClock::instance()->now();
            QObject::connect(&sup, &ConnectionSupervisor::timedOut, &sup, [&](TimeoutKind kind) {
                if (fired)
                    return;
                fired = true;
                const Nanos now = SteadyClock::instance()->now();
                const TimeoutPolicy &p = sup.policy();
                // Each deadline from what it counts from: last activity, open, the attempt.
                const Nanos deadline = kind == TimeoutKind::Idle ? p.lastActivity() + 50ms
                    : kind == TimeoutKind::Lifetime              ? now - p.age(now) + 50ms
                                                                 : attemptStarted + 50ms;
                errors.push_back(std::chrono::duration<double, std::milli>(now - deadline).count());
            });
            sup.open();
            runUntil([&] { return fired; }, 3000);
            sup.close();
        }
    };
    measure(Param::IdleTimeout, echo);
    measure(Param::ConnectionTimeout, echo);
    // Connect: a listener that accepts TCP and never answers the upgrade.
    measure(Param::ConnectTimeout, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(silentPort)));
    return errors;
}

// The window receiving `rate` chat messages a second for `seconds`, from a
// Node client through `wspulse --serve` (separate processes, so only the
// window's own work counts): how late a 1 ms timer fires meanwhile (event-loop
// stalls, p99) and the process's resident memory at the end.
std::optional<std::pair<double, double>> uiFlood(int rate, int seconds)
{
    const QString wspulse = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/wspulse");
    QProcess serve;
    serve.start(wspulse,
                {QStringLiteral("--serve"), QStringLiteral("--data"), QStringLiteral("none"), QStringLiteral("--port"),
                 QStringLiteral("0"), QStringLiteral("--rate-limit"), QString::number(rate * 4),
                 QStringLiteral("--ping-interval"), QStringLiteral("0")});
    QByteArray out;
    QString listen;
    runUntil(
        [&] {
            out += serve.readAllStandardOutput();
            const qsizetype nl = out.indexOf('\n');
            if (nl > 0)
                listen = QJsonDocument::fromJson(out.left(nl)).object().value(QStringLiteral("listen")).toString();
            return !listen.isEmpty();
        },
        10000);
    if (listen.isEmpty())
        return std::nullopt;
    // Nobody reads the server's log from here on.
    serve.setStandardOutputFile(QProcess::nullDevice());
    QObject::connect(&serve, &QProcess::readyReadStandardOutput, &serve, [&serve] { serve.readAllStandardOutput(); });

    Settings settings;
    MainWindow window(QUrl(listen), &settings);
    window.show();
    runUntil([&] { return window.supervisor()->state() == ConnectionSupervisor::State::Open; }, 10000);

    QProcess flood;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"),
               QCoreApplication::applicationDirPath() + QStringLiteral("/../../tests/peers/node_modules"));
    flood.setProcessEnvironment(env);
    flood.start(
        QStringLiteral("node"),
        {QStringLiteral(WSPULSE_BENCH_DIR "/peers/flood.js"), listen, QString::number(rate), QString::number(seconds)});
    std::vector<double> stalls;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    Nanos expected = SteadyClock::instance()->now() + 1ms;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const Nanos now = SteadyClock::instance()->now();
        stalls.push_back(std::max(0.0, std::chrono::duration<double, std::milli>(now - expected).count()));
        expected = now + 1ms;
    });
    probe.start(1);
    runUntil([&] { return flood.state() == QProcess::NotRunning; }, (seconds + 30) * 1000);
    probe.stop();
    const double rssMiB = wspulse::testing::residentKiB() / 1024.0;
    serve.terminate();
    serve.waitForFinished(3000);
    return std::make_pair(percentile(stalls, 0.99), rssMiB);
}

// CPU time (user + system) a process has used so far, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// The window as a person leaves it: `wspulse` on its embedded server with the
// default settings and a fresh configuration, nothing typed, for `seconds`
// after it settled. Its own process, so only the window's work counts.
std::optional<double> uiIdleCpuPercent(int seconds)
{
    QTemporaryDir home;
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    window.setProcessEnvironment(env);
    window.setStandardOutputFile(QProcess::nullDevice());
    window.setStandardErrorFile(QProcess::nullDevice());
    window.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/wspulse"), {});
    if (!window.waitForStarted(5000))
        return std::nullopt;
    QEventLoop settle;
    QTimer::singleShot(3000, &settle, &QEventLoop::quit); // start-up, connect, first ping
    settle.exec();
    const double cpu0 = cpuSeconds(window.processId());
    QElapsedTimer wall;
    wall.start();
    QEventLoop hold;
    QTimer::singleShot(seconds * 1000, &hold, &QEventLoop::quit);
    hold.exec();
    const double cpu1 = cpuSeconds(window.processId());
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    window.terminate();
    window.waitForFinished(5000);
    if (cpu0 < 0 || cpu1 < 0)
        return std::nullopt;
    return (cpu1 - cpu0) / elapsed * 100.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the UI flood needs a window, not a screen
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("quick"), QStringLiteral("Fewer rounds (well under 3 minutes).")},
         {QStringLiteral("json"), QStringLiteral("Write the results as JSON to FILE."), QStringLiteral("FILE")},
         {QStringLiteral("overhead-only"), QStringLiteral("Measure only overhead_ratio (for profiling).")},
         {QStringLiteral("ui-idle-only"), QStringLiteral("Measure only ui_idle_cpu_pct.")}});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int rounds = quick ? 3 : 7;
    const int messages = quick ? 20000 : 100000;

    if (parser.isSet(QStringLiteral("ui-idle-only"))) {
        const auto idle = uiIdleCpuPercent(quick ? 10 : 30);
        std::printf("ui_idle_cpu_pct %s\n", idle ? qPrintable(QString::number(*idle, 'f', 2)) : "not measured");
        return idle ? 0 : 1;
    }

    EchoServer echo;
    QTcpServer silent; // accepts, never answers: for the connect timeout
    silent.listen(QHostAddress::LocalHost, 0);
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });

    // Alternate raw and supervised rounds so that drift hits both alike.
    std::vector<double> raw, supervised;
    for (int i = 0; i < rounds; ++i) {
        if (!qEnvironmentVariableIsSet("ONLY_SUP"))
            raw.push_back(rawThroughput(echo.url(), messages, 16));
        if (!qEnvironmentVariableIsSet("ONLY_RAW"))
            supervised.push_back(supervisedThroughput(echo.url(), messages, 16));
    }
    const double overhead = median(supervised) / median(raw);
    if (parser.isSet(QStringLiteral("overhead-only"))) {
        std::printf("overhead_ratio %.3f (raw %.0f, supervised %.0f messages/s)\n", overhead, median(raw),
                    median(supervised));
        return 0;
    }
    const int samples = quick ? 200 : 1000;
    const double rawRtt = median(rawPingRtts(echo.url(), samples));
    const double ourRtt = median(supervisedPingRtts(echo.url(), samples));
    const std::vector<double> timer = timerErrors(echo.url(), silent.serverPort(), quick ? 10 : 40);
    const auto flood = uiFlood(10000, quick ? 5 : 10);
    const auto idle = uiIdleCpuPercent(quick ? 10 : 30);

    QJsonObject out{{QStringLiteral("quick"), quick},
                    {QStringLiteral("raw_echo_msgs_per_s"), median(raw)},
                    {QStringLiteral("supervised_echo_msgs_per_s"), median(supervised)},
                    {QStringLiteral("overhead_ratio"), overhead},
                    {QStringLiteral("rtt_loopback_median_us"), ourRtt},
                    {QStringLiteral("rtt_raw_floor_us"), rawRtt},
                    {QStringLiteral("timer_error_ms_p50"), percentile(timer, 0.5)},
                    {QStringLiteral("timer_error_ms_p99"), percentile(timer, 0.99)},
                    {QStringLiteral("timer_samples"), int(timer.size())}};
    if (flood) {
        out.insert(QStringLiteral("ui_flood_stall_ms_p99"), flood->first);
        out.insert(QStringLiteral("ui_flood_rss_mib"), flood->second);
    }
    if (idle)
        out.insert(QStringLiteral("ui_idle_cpu_pct"), *idle);
    std::printf("%-28s %14s %s\n", "figure", "measured", "target");
    std::printf("%-28s %14.3f %s\n", "overhead_ratio", overhead, ">= 0.97");
    std::printf("%-28s %14.1f %s\n", "rtt_loopback_median_us", ourRtt,
                qPrintable(QStringLiteral("<= %1 (1.5 x raw floor)").arg(1.5 * rawRtt, 0, 'f', 1)));
    std::printf("%-28s %14.1f %s\n", "rtt_raw_floor_us", rawRtt, "baseline");
    std::printf("%-28s %14.2f %s\n", "timer_error_ms_p50", percentile(timer, 0.5), "<= 2");
    std::printf("%-28s %14.2f %s\n", "timer_error_ms_p99", percentile(timer, 0.99), "<= 10");
    if (flood) {
        std::printf("%-28s %14.2f %s\n", "ui_flood_stall_ms_p99", flood->first, "<= 16");
        std::printf("%-28s %14.1f %s\n", "ui_flood_rss_mib", flood->second, "<= 300");
    } else {
        std::printf("%-28s %14s %s\n", "ui_flood_*", "not measured", "(wspulse --serve did not start)");
    }
    if (idle)
        std::printf("%-28s %14.2f %s\n", "ui_idle_cpu_pct", *idle, "<= 1");
    else
        std::printf("%-28s %14s %s\n", "ui_idle_cpu_pct", "not measured", "(the window did not start)");
    if (parser.isSet(QStringLiteral("json"))) {
        QFile f(parser.value(QStringLiteral("json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(out).toJson()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
    }
    return 0;
}
