// Prometheus metrics: the families and their labels, the endpoint served by
// the wspulse binary in headless, soak and serve mode, checked by promtool and
// scraped by a real Prometheus (Debian's, started by the test on a loopback
// port with its own configuration, stopped by its PID); the example alert
// rules and dashboard in resources/monitoring checked against a real scrape.
#include "metrics.h"
#include "parameters.h"
#include "prometheusmetrics.h"
#include "settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebSocket>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace wspulse;

namespace {

const QString kMonitoring = QStringLiteral(WSPULSE_SOURCE_DIR "/resources/monitoring");

// The wspulse binary with --metrics 0: its `config` event says where.
struct Probe
{
    QProcess process;
    QJsonObject config;
    QString metricsUrl;
    bool start(const QStringList &args)
    {
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(WSPULSE_BINARY),
                      QStringList{QStringLiteral("--metrics"), QStringLiteral("0"), QStringLiteral("--events=config")}
                          + args);
        QByteArray out;
        const bool ok = QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.contains('\n') || process.state() == QProcess::NotRunning;
            },
            10000);
        config = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        metricsUrl = config.value(QLatin1String("metrics")).toString();
        if (!ok || metricsUrl.isEmpty())
            qWarning("wspulse: %s %s", out.constData(), process.readAllStandardError().constData());
        return ok && !metricsUrl.isEmpty();
    }
    ~Probe()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
        }
    }
};

QByteArray httpGet(const QUrl &url)
{
    QNetworkAccessManager net;
    std::unique_ptr<QNetworkReply> reply(net.get(QNetworkRequest(url)));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(5000))
        return {};
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

// The value of the sample `series` (name{labels} exactly as written) in a scrape.
std::optional<double> sample(const QByteArray &scrape, const QString &series)
{
    for (const QByteArray &line : scrape.split('\n'))
        if (line.startsWith(series.toUtf8() + ' '))
            return line.mid(series.toUtf8().size() + 1).toDouble();
    return std::nullopt;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

std::pair<int, QString> runPromtool(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setWorkingDirectory(kMonitoring);
    p.start(QStringLiteral("promtool"), args);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty(),
                 "promtool is missing: bash dev.sh test installs Debian's prometheus");
    }

    void latencyBucketsReachFrom100MicrosecondsTo60Seconds()
    {
        PrometheusMetrics m;
        m.observePingRtt(150);       // 150 us
        m.observePingRtt(2'000'000); // 2 s
        m.observeAppRtt(70'000'000); // 70 s: above every bucket
        const QByteArray text = QByteArray::fromStdString(m.scrapeText());
        QCOMPARE(sample(text, QStringLiteral("wspulse_ping_rtt_seconds_bucket{target=\"default\",le=\"0.0001\"}")),
                 0.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_ping_rtt_seconds_bucket{target=\"default\",le=\"0.00025\"}")),
                 1.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_ping_rtt_seconds_bucket{target=\"default\",le=\"2.5\"}")), 2.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_ping_rtt_seconds_count{target=\"default\"}")), 2.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_app_rtt_seconds_bucket{target=\"default\",le=\"60\"}")), 0.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_app_rtt_seconds_bucket{target=\"default\",le=\"+Inf\"}")), 1.0);
    }

    void totalsGrowByWhatTheyGrew()
    {
        PrometheusMetrics m(QStringLiteral("prod"));
        Counters c;
        c.messagesIn = 5;
        c.timeouts[size_t(TimeoutKind::Idle)] = 1;
        m.syncTotals(c);
        c.messagesIn = 8;
        m.syncTotals(c);
        c.messagesIn = 2; // a connection left the sum: a counter never goes down
        m.syncTotals(c);
        m.countClose(QStringLiteral("peer"), QStringLiteral("tcp_closed"), 1006);
        m.countClose(QStringLiteral("local"), QString(), 0);
        m.countClose(QStringLiteral("peer"), QStringLiteral("x"), 2500); // not a code a peer may send
        const QByteArray text = QByteArray::fromStdString(m.scrapeText());
        QCOMPARE(sample(text, QStringLiteral("wspulse_messages_total{direction=\"in\",target=\"prod\"}")), 8.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_timeouts_total{kind=\"idle\",target=\"prod\"}")), 1.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_timeouts_total{kind=\"pong\",target=\"prod\"}")), 0.0);
        QCOMPARE(sample(text,
                        QStringLiteral(
                            "wspulse_closes_total{by=\"peer\",cause=\"tcp_closed\",code=\"1006\",target=\"prod\"}")),
                 1.0);
        QCOMPARE(
            sample(text,
                   QStringLiteral("wspulse_closes_total{by=\"local\",cause=\"none\",code=\"none\",target=\"prod\"}")),
            1.0);
        QCOMPARE(sample(text,
                        QStringLiteral("wspulse_closes_total{by=\"peer\",cause=\"x\",code=\"other\",target=\"prod\"}")),
                 1.0);
    }

    void everyParameterIsAGaugeKeptCurrent()
    {
        Settings settings;
        PrometheusMetrics m;
        m.bindSettings(&settings);
        QVERIFY(settings.set(Param::PingInterval, QStringLiteral("7.5"), Source::Runtime).isEmpty());
        QVERIFY(settings.set(Param::AppProfile, QStringLiteral("mqtt"), Source::Runtime).isEmpty());
        const QByteArray text = QByteArray::fromStdString(m.scrapeText());
        QCOMPARE(sample(text, QStringLiteral("wspulse_param_ping_interval_seconds{target=\"default\"}")), 7.5);
        QCOMPARE(sample(text, QStringLiteral("wspulse_param_max_message_size_bytes{target=\"default\"}")),
                 paramDef(Param::MaxMessageSize).defaultValue);
        QCOMPARE(sample(text, QStringLiteral("wspulse_param_app_profile{target=\"default\",value=\"mqtt\"}")), 1.0);
        QCOMPARE(sample(text, QStringLiteral("wspulse_param_app_profile{target=\"default\",value=\"auto\"}")), 0.0);
        // One family per parameter, each with its help from the parameter table.
        for (const ParamDef &def : parameterDefs())
            QVERIFY2(text.contains(QByteArray("# HELP wspulse_param_") + def.key), def.key);
        QVERIFY(text.contains("WS_PING_INTERVAL: "));
    }

    void aHeadlessProbeServesValidMetrics()
    {
        // Connections that last 0.3 s (WS_CONNECTION_TIMEOUT): closes and
        // reconnects to count, pings to time.
        Probe probe;
        QVERIFY(probe.start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("60"),
                             QStringLiteral("--ping-interval"), QStringLiteral("0.05"),
                             QStringLiteral("--connection-timeout"), QStringLiteral("0.3"),
                             QStringLiteral("--reconnect-delay"), QStringLiteral("0.05")}));
        QByteArray scrape;
        QTRY_VERIFY_WITH_TIMEOUT(
            (scrape = httpGet(QUrl(probe.metricsUrl)),
             sample(scrape, QStringLiteral("wspulse_ping_rtt_seconds_count{target=\"default\"}")).value_or(0) >= 3
                 && sample(scrape, QStringLiteral("wspulse_reconnects_total{target=\"default\"}")).value_or(0) >= 2),
            5000);
        QVERIFY(
            sample(scrape, QStringLiteral("wspulse_timeouts_total{kind=\"lifetime\",target=\"default\"}")).value_or(0)
            >= 1);
        QVERIFY(
            sample(
                scrape,
                QStringLiteral(
                    "wspulse_closes_total{by=\"local\",cause=\"lifetime_timeout\",code=\"1001\",target=\"default\"}"))
                .value_or(0)
            >= 1);
        QVERIFY(sample(scrape, QStringLiteral("wspulse_up{target=\"default\"}")).has_value());
        // Connections live 0.3 s: the age is below that, whenever it is read.
        const std::optional<double> age =
            sample(scrape, QStringLiteral("wspulse_connection_age_seconds{target=\"default\"}"));
        QVERIFY(age.has_value() && *age >= 0 && *age < 0.5);
        QVERIFY(sample(scrape, QStringLiteral("process_open_fds")).value_or(0) > 3);
        QVERIFY(sample(scrape, QStringLiteral("process_resident_memory_bytes")).value_or(0) > 1e6);
        const auto [code, output] = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, scrape);
        QVERIFY2(code == 0, qPrintable(output));
        // What the example alerts and dashboard query exists.
        QStringList used;
        for (const char *file : {"alerts.yml", "grafana-dashboard.json"}) {
            QFile f(kMonitoring + QLatin1Char('/') + QLatin1String(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            static const QRegularExpression name(QStringLiteral("\\b(wspulse|process)_[a-z_]+"));
            for (auto it = name.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();)
                used << it.next().captured(0).remove(QRegularExpression(QStringLiteral("_(bucket|sum|count)$")));
        }
        used.removeDuplicates();
        QVERIFY(used.size() > 10);
        for (const QString &metric : used)
            QVERIFY2(scrape.contains("# TYPE " + metric.toUtf8() + ' '), qPrintable(metric));
    }

    void theExampleRulesPassPromtool()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("check"), QStringLiteral("config"), QStringLiteral("prometheus.yml")},
              QStringList{QStringLiteral("check"), QStringLiteral("rules"), QStringLiteral("alerts.yml")},
              QStringList{QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("alerts_test.yml")}}) {
            const auto [code, output] = runPromtool(args);
            QVERIFY2(code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + output));
        }
    }

    void aRealPrometheusSeesTwoTargetsAndAFrozenOne()
    {
        // Two chat servers watched by one probe; Prometheus (Debian's, on a
        // free port, its own config and storage) scrapes it every second.
        // Server b is then frozen (SIGSTOP): its pongs stop, the probe's pong
        // timeout closes the connection, and Prometheus has the close with
        // its cause and exactly as many RTT samples as the probe printed
        // `pong` events for b.
        Probe a, b;
        QVERIFY(a.start({QStringLiteral("--serve"), QStringLiteral("--data"), QStringLiteral("none"),
                         QStringLiteral("--port"), QString::number(freePort())}));
        QVERIFY(b.start({QStringLiteral("--serve"), QStringLiteral("--data"), QStringLiteral("none"),
                         QStringLiteral("--port"), QString::number(freePort())}));
        const auto resume = qScopeGuard([&b] { ::kill(pid_t(b.process.processId()), SIGCONT); });
        QProcess probe;
        probe.setStandardInputFile(QProcess::nullDevice());
        probe.start(
            QStringLiteral(WSPULSE_BINARY),
            {QStringLiteral("--headless"), QStringLiteral("--target"),
             QStringLiteral("a=") + a.config.value(QLatin1String("listen")).toString(), QStringLiteral("--target"),
             QStringLiteral("b=") + b.config.value(QLatin1String("listen")).toString(),
             QStringLiteral("--ping-interval"), QStringLiteral("0.1"), QStringLiteral("--pong-timeout"),
             QStringLiteral("0.5"), QStringLiteral("--metrics"), QStringLiteral("0"), QStringLiteral("--duration"),
             QStringLiteral("60"), QStringLiteral("--events=config,pong,closed")});
        const auto stopProbe = qScopeGuard([&probe] {
            probe.terminate();
            probe.waitForFinished(5000);
        });
        QByteArray out;
        QUrl metrics;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += probe.readAllStandardOutput();
                const QJsonObject first = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
                metrics = QUrl(first.value(QLatin1String("metrics")).toString());
                return out.contains('\n');
            },
            5000));
        QVERIFY(metrics.isValid());
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 900ms\n"
                                    "scrape_configs:\n  - job_name: wspulse\n    static_configs:\n"
                                    "      - targets: ['127.0.0.1:%1']\n")
                         .arg(metrics.port())
                         .toUtf8());
        config.close();
        const quint16 port = freePort();
        QProcess prometheus;
        prometheus.setProcessChannelMode(QProcess::MergedChannels);
        // Stopped by its PID whatever the test's outcome.
        const auto stop = qScopeGuard([&prometheus] {
            if (prometheus.state() != QProcess::NotRunning) {
                ::kill(pid_t(prometheus.processId()), SIGTERM);
                if (!prometheus.waitForFinished(10000))
                    prometheus.kill();
            }
        });
        prometheus.start(QStringLiteral("prometheus"),
                         {QStringLiteral("--config.file=") + config.fileName(),
                          QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY(prometheus.waitForStarted());
        const auto query = [port](const QString &promql) {
            QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(port));
            url.setQuery(QUrlQuery{{QStringLiteral("query"), promql}});
            const QJsonArray result = QJsonDocument::fromJson(httpGet(url))
                                          .object()
                                          .value(QLatin1String("data"))
                                          .toObject()
                                          .value(QLatin1String("result"))
                                          .toArray();
            return result.isEmpty()
                ? std::optional<double>()
                : result.first().toObject().value(QLatin1String("value")).toArray().at(1).toString().toDouble();
        };
        QTRY_COMPARE_WITH_TIMEOUT(query(QStringLiteral("wspulse_up{job=\"wspulse\",target=\"a\"}")),
                                  std::optional<double>(1.0), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(query(QStringLiteral("wspulse_up{target=\"b\"}")), std::optional<double>(1.0), 5000);
        QVERIFY(::kill(pid_t(b.process.processId()), SIGSTOP) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            query(QStringLiteral("wspulse_closes_total{target=\"b\",by=\"local\",cause=\"pong_timeout\"}")).value_or(0)
                >= 1,
            10000);
        QCOMPARE(query(QStringLiteral("wspulse_up{target=\"b\"}")), std::optional<double>(0.0));
        QCOMPARE(query(QStringLiteral("wspulse_up{target=\"a\"}")), std::optional<double>(1.0));
        QVERIFY(!query(QStringLiteral("wspulse_closes_total{target=\"a\"}")).has_value());
        // b's pongs stopped with the freeze: what Prometheus has now is all of them.
        const std::optional<double> samplesB = query(QStringLiteral("wspulse_ping_rtt_seconds_count{target=\"b\"}"));
        const std::optional<double> samplesA = query(QStringLiteral("wspulse_ping_rtt_seconds_count{target=\"a\"}"));
        probe.terminate();
        QVERIFY(probe.waitForFinished(10000));
        out += probe.readAllStandardOutput();
        int pongsA = 0, pongsB = 0;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(QLatin1String("event")).toString() != QLatin1String("pong"))
                continue;
            (e.value(QLatin1String("target")).toString() == QLatin1String("b") ? pongsB : pongsA)++;
        }
        QVERIFY(pongsB >= 5);
        QCOMPARE(samplesB, std::optional<double>(pongsB));
        QVERIFY(samplesA.value_or(0) > 0 && samplesA.value_or(0) <= pongsA); // a kept going after the last scrape
    }

    void soakExportsAggregatesNotConnections()
    {
        Probe probe;
        QVERIFY(probe.start({QStringLiteral("--headless"), QStringLiteral("--connections"), QStringLiteral("20"),
                             QStringLiteral("--ping-interval"), QStringLiteral("0.05")}));
        QByteArray scrape;
        QTRY_COMPARE_WITH_TIMEOUT(
            (scrape = httpGet(QUrl(probe.metricsUrl)),
             sample(scrape, QStringLiteral("wspulse_connections{state=\"open\",target=\"default\"}"))),
            std::optional<double>(20.0), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (scrape = httpGet(QUrl(probe.metricsUrl)),
             sample(scrape, QStringLiteral("wspulse_messages_total{direction=\"in\",target=\"default\"}")).value_or(0)
                 > 0),
            5000);
        QVERIFY(sample(scrape, QStringLiteral("wspulse_ping_rtt_seconds_count{target=\"default\"}")).value_or(0) >= 20);
        // Bounded: one series per state, not one per connection.
        QCOMPARE(scrape.count("\nwspulse_connections{"), 4);
        const auto [code, output] = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, scrape);
        QVERIFY2(code == 0, qPrintable(output));
    }

    void aServerExportsItsConnections()
    {
        Probe probe;
        QVERIFY(probe.start({QStringLiteral("--serve"), QStringLiteral("--data"), QStringLiteral("none"),
                             QStringLiteral("--port"), QString::number(freePort())}));
        const QUrl listen(probe.config.value(QLatin1String("listen")).toString());
        QWebSocket client;
        client.open(listen);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        const QUrl metrics(probe.metricsUrl);
        QTRY_COMPARE_WITH_TIMEOUT(
            sample(httpGet(metrics), QStringLiteral("wspulse_connections{state=\"open\",target=\"server\"}")),
            std::optional<double>(1.0), 5000);
        const auto [code, output] = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, httpGet(metrics));
        QVERIFY2(code == 0, qPrintable(output));
        client.close();
        // The client said goodbye (1000): the server counts a close by its peer.
        QTRY_COMPARE_WITH_TIMEOUT(
            sample(httpGet(metrics),
                   QStringLiteral("wspulse_closes_total{by=\"peer\",cause=\"none\",code=\"1000\",target=\"server\"}")),
            std::optional<double>(1.0), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            sample(httpGet(metrics), QStringLiteral("wspulse_connections{state=\"open\",target=\"server\"}")),
            std::optional<double>(0.0), 5000);
    }

    void severalTargetsInOneProbe()
    {
        // Two endpoints (the same server under two names, as through two
        // load balancers), one from --target and one from the profile's
        // [targets], the latter with its own ping interval: events say
        // whose they are, and one scrape has both, told apart by `target`.
        Probe server;
        QVERIFY(server.start({QStringLiteral("--serve"), QStringLiteral("--data"), QStringLiteral("none"),
                              QStringLiteral("--port"), QString::number(freePort())}));
        const QString url = server.config.value(QLatin1String("listen")).toString();
        QTemporaryDir dir;
        QFile profile(dir.filePath(QStringLiteral("probe.ini")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(
            QStringLiteral("ping_interval = 0.2\n[targets]\nvia-b = %1\n[target.via-b]\nping_interval = 0.05\n")
                .arg(url)
                .toUtf8());
        profile.close();
        QProcess probe;
        probe.setStandardInputFile(QProcess::nullDevice());
        probe.start(QStringLiteral(WSPULSE_BINARY),
                    {QStringLiteral("--headless"), QStringLiteral("--profile"), profile.fileName(),
                     QStringLiteral("--target"), QStringLiteral("via-a=") + url, QStringLiteral("--metrics"),
                     QStringLiteral("0"), QStringLiteral("--duration"), QStringLiteral("1.5"),
                     QStringLiteral("--send-every"), QStringLiteral("0.2 hello from a probe"),
                     QStringLiteral("--events=config,pong,delivered")});
        QByteArray out;
        QString metricsUrl;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += probe.readAllStandardOutput();
                const qsizetype at = out.indexOf("\"metrics\":\"");
                if (at >= 0)
                    metricsUrl = QString::fromUtf8(out.mid(at + 11, out.indexOf('"', at + 11) - at - 11));
                return !metricsUrl.isEmpty();
            },
            5000));
        QByteArray scrape;
        QTRY_VERIFY_WITH_TIMEOUT(
            (scrape = httpGet(QUrl(metricsUrl)),
             sample(scrape, QStringLiteral("wspulse_ping_rtt_seconds_count{target=\"via-b\"}")).value_or(0) >= 5),
            5000);
        QCOMPARE(sample(scrape, QStringLiteral("wspulse_up{target=\"via-a\"}")), 1.0);
        QCOMPARE(sample(scrape, QStringLiteral("wspulse_param_ping_interval_seconds{target=\"via-a\"}")), 0.2);
        QCOMPARE(sample(scrape, QStringLiteral("wspulse_param_ping_interval_seconds{target=\"via-b\"}")), 0.05);
        const auto [code, output] = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, scrape);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(probe.waitForFinished(10000));
        QCOMPARE(probe.exitCode(), 0);
        out += probe.readAllStandardOutput();
        QMap<QString, int> pongs, configs, delivered;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            const QString target = e.value(QLatin1String("target")).toString();
            if (e.value(QLatin1String("event")).toString() == QLatin1String("pong"))
                ++pongs[target];
            if (e.value(QLatin1String("event")).toString() == QLatin1String("config"))
                ++configs[target];
            if (e.value(QLatin1String("event")).toString() == QLatin1String("delivered"))
                ++delivered[target];
        }
        QCOMPARE(configs.value(QStringLiteral("via-a")), 1);
        QCOMPARE(configs.value(QStringLiteral("via-b")), 1);
        QVERIFY(pongs.value(QStringLiteral("via-a")) >= 3);
        QVERIFY2(pongs.value(QStringLiteral("via-b")) > 2 * pongs.value(QStringLiteral("via-a")),
                 "the target's own ping interval, four times shorter");
        QCOMPARE(pongs.value(QString()), 0); // every event says whose it is
        // --send-every applies to each target (a chat server: each message acknowledged).
        QVERIFY(delivered.value(QStringLiteral("via-a")) >= 3);
        QVERIFY(delivered.value(QStringLiteral("via-b")) >= 3);
    }

    void aTakenPortIsAClearError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QProcess p;
        p.start(QStringLiteral(WSPULSE_BINARY),
                {QStringLiteral("--headless"), QStringLiteral("--metrics"), QString::number(taken.serverPort()),
                 QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cannot serve metrics on 127.0.0.1:%1").arg(taken.serverPort())),
                 qPrintable(err));
    }
};

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
