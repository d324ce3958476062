// wspulse against real intermediaries from Debian, each started by the test in
// the foreground on a free loopback port with its own configuration, and
// stopped by its PID (SIGTERM to nginx's master takes its workers along):
// refused upgrades named at once, idle cuts diagnosed with their period,
// pings keeping a connection open through them. The backend is an echo
// server in this process.
#include "boundsupervisor.h"
#include "chatclient.h"
#include "chatserver.h"
#include "echoserver.h"
#include "eventlog.h"
#include "settings.h"
#include "tcpproxy.h"
#include "intermediary.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <memory>

using namespace wspulse;
using namespace wspulse::testing;
using State = ConnectionSupervisor::State;

namespace {

QString nginxConfig(quint16 port, quint16 backend, quint16 deadPort, const char *readTimeout)
{
    return QStringLiteral(R"(daemon off;
master_process on;
worker_processes 1;
pid @DIR@/nginx.pid;
error_log stderr crit;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path @DIR@/body;
    proxy_temp_path @DIR@/proxy;
    fastcgi_temp_path @DIR@/fastcgi;
    uwsgi_temp_path @DIR@/uwsgi;
    scgi_temp_path @DIR@/scgi;
    map $http_upgrade $connection_upgrade { default upgrade; '' close; }
    server {
        listen 127.0.0.1:%1;
        location / { return 404; }
        location /ws {
            proxy_pass http://127.0.0.1:%2;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_read_timeout %4;
        }
        location /down {
            proxy_pass http://127.0.0.1:%3;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
        }
    }
}
)")
        .arg(port)
        .arg(backend)
        .arg(deadPort)
        .arg(QLatin1String(readTimeout));
}

QString haproxyConfig(quint16 port, quint16 backend, const char *tunnelTimeout)
{
    return QStringLiteral(R"(defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout tunnel %3
frontend in
    bind 127.0.0.1:%1
    default_backend out
backend out
    server echo 127.0.0.1:%2
)")
        .arg(port)
        .arg(backend)
        .arg(QLatin1String(tunnelTimeout));
}

} // namespace

class TestIntermediaries : public QObject
{
    Q_OBJECT

    struct Client
    {
        Settings settings;
        EventLog log{SteadyClock::instance()};
        BoundSupervisor sup{&settings, &log};
        explicit Client(const QUrl &url, const char *ping = "0")
        {
            for (Param p : {Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout, Param::MessageTimeout,
                            Param::HeartbeatInterval})
                settings.set(p, QStringLiteral("0"), Source::Runtime);
            settings.set(Param::PingInterval, QLatin1String(ping), Source::Runtime);
            settings.set(Param::ReconnectDelay, QStringLiteral("0.05"), Source::Runtime);
            settings.set(Param::ReconnectMaxDelay, QStringLiteral("0.1"), Source::Runtime);
            sup.setUrl(url);
        }
    };

    static void requireOrSkip(const Intermediary &i, const char *name)
    {
        if (i.found())
            return;
        // CI installs them (dev.sh); a developer machine may not have them.
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(name))));
        QSKIP(
            qPrintable(QStringLiteral("%1 is not installed (bash dev.sh test installs it)").arg(QLatin1String(name))));
    }

    static QList<qint64> quietTimesOfWarnings(const EventLog &log)
    {
        QList<qint64> out;
        for (qsizetype i = 0; i < log.size(); ++i) {
            const Event &e = log.at(i);
            if (e.type == EventType::Warning
                && e.fields.value(QStringLiteral("alert")).toString() == QLatin1String("intermediary_cut"))
                out << e.fields.value(QStringLiteral("quiet_ms")).toInteger();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<wspulse::CloseInfo>(); }

    void nginxRefusalsAreNamedAtOnce_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong path: 404") << QStringLiteral("/nope") << 404;
        QTest::newRow("backend down: 502") << QStringLiteral("/down") << 502;
    }
    void nginxRefusalsAreNamedAtOnce()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        EchoServer backend;
        const quint16 port = freePort();
        Intermediary nginx(
            QStringLiteral("nginx"), nginxConfig(port, backend.serverPort(), freePort(), "60s"),
            {QStringLiteral("-p"), QStringLiteral("@DIR@"), QStringLiteral("-c"), QStringLiteral("@DIR@/proxy.conf")});
        requireOrSkip(nginx, "nginx");
        QVERIFY(nginx.waitUntilListening(port));
        Client c(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
        QSignalSpy failed(&c.sup, &ConnectionSupervisor::connectFailed);
        QSignalSpy timeouts(&c.sup, &ConnectionSupervisor::timedOut);
        QElapsedTimer elapsed;
        elapsed.start();
        c.sup.open();
        QVERIFY(failed.wait(5000));
        const CloseInfo info = failed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("http_status"));
        QCOMPARE(info.httpStatus, status);
        QVERIFY(timeouts.isEmpty()); // the answer, not the 10 s connect timeout
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void nginxIdleCutIsDiagnosedAndPingsKeepItOpen()
    {
        EchoServer backend;
        const quint16 port = freePort();
        Intermediary nginx(
            QStringLiteral("nginx"), nginxConfig(port, backend.serverPort(), freePort(), "1s"),
            {QStringLiteral("-p"), QStringLiteral("@DIR@"), QStringLiteral("-c"), QStringLiteral("@DIR@/proxy.conf")});
        requireOrSkip(nginx, "nginx");
        QVERIFY(nginx.waitUntilListening(port));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
        {
            // Pings off: nginx's proxy_read_timeout (1 s) cuts each quiet
            // connection; the second cut names the pattern and its period.
            Client c(url);
            QSignalSpy suspected(&c.sup, &ConnectionSupervisor::intermediaryCutSuspected);
            QSignalSpy closed(&c.sup, &ConnectionSupervisor::closed);
            c.sup.open();
            QVERIFY(suspected.wait(8000));
            const qint64 quiet = suspected.first().at(0).toLongLong();
            QVERIFY2(quiet >= 900 && quiet <= 1300, qPrintable(QString::number(quiet)));
            QVERIFY(closed.size() >= 2);
            const CloseInfo cut = closed.first().at(0).value<CloseInfo>();
            QVERIFY2(cut.by != ConnectionSupervisor::ClosedBy::Local, qPrintable(cut.reason));
            QCOMPARE(quietTimesOfWarnings(c.log).size(), 1);
        }
        {
            // Pings every 0.3 s keep it open through the same nginx.
            Client c(url, "0.3");
            QSignalSpy closed(&c.sup, &ConnectionSupervisor::closed);
            QSignalSpy pongs(&c.sup, &ConnectionSupervisor::pongReceived);
            c.sup.open();
            QTRY_COMPARE_WITH_TIMEOUT(c.sup.state(), State::Open, 3000);
            QVERIFY(!closed.wait(2500)); // more than twice nginx's 1 s: nothing cut it
            QVERIFY(pongs.size() >= 5);
        }
    }

    void chatThroughARestartedNginxDeliversEveryMessageExactlyOnce()
    {
        // alice and bob chat through nginx; nginx is stopped (its connections
        // cut) while alice keeps typing, then started again on the same port.
        Settings serverSettings;
        EventLog serverLog{SteadyClock::instance()};
        ChatServer server(&serverSettings, &serverLog);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = freePort();
        Intermediary nginx(
            QStringLiteral("nginx"), nginxConfig(port, server.port(), freePort(), "60s"),
            {QStringLiteral("-p"), QStringLiteral("@DIR@"), QStringLiteral("-c"), QStringLiteral("@DIR@/proxy.conf")});
        requireOrSkip(nginx, "nginx");
        QVERIFY(nginx.waitUntilListening(port));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
        struct ChatPeer : Client
        {
            ChatClient chat{&sup, &log};
            QMultiHash<QString, QString> seen; // text -> id, live and replayed
            explicit ChatPeer(const QUrl &url)
                : Client(url)
            {
                QObject::connect(&chat, &ChatClient::chatReceived, &chat,
                                 [this](const chat::ChatMessage &m, bool) { seen.insert(m.text, m.id); });
            }
            bool joined() const { return sup.state() == State::Open && !chat.you().isEmpty(); }
        };
        // alice's own path to nginx can lose a reply: a relay that cuts on the
        // server's next bytes.
        TcpProxy alicesPath(port);
        QVERIFY(alicesPath.listen());
        ChatPeer alice(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(alicesPath.port())));
        ChatPeer bob(url);
        alice.sup.open();
        bob.sup.open();
        QTRY_VERIFY_WITH_TIMEOUT(alice.joined() && bob.joined(), 5000);
        const auto text = [](int i) { return QStringLiteral("message %1").arg(i); };
        const auto bobHas = [&](int upTo) {
            for (int i = 1; i <= upTo; ++i)
                if (!bob.seen.contains(text(i)))
                    return false;
            return true;
        };
        for (int i = 1; i <= 5; ++i)
            alice.chat.send(text(i));
        QTRY_VERIFY_WITH_TIMEOUT(bobHas(5), 5000);

        // 6 reaches the server, its ack is lost on the way back (nothing
        // else is moving, so the server's next bytes to alice answer it):
        // alice resends it, the server must not relay it twice.
        alicesPath.cutOnNextServerData = true;
        alice.chat.send(text(6));
        QTRY_COMPARE_WITH_TIMEOUT(alicesPath.cuts, 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(bobHas(6), 5000);
        nginx.stop();
        QTRY_VERIFY_WITH_TIMEOUT(alice.sup.state() != State::Open && bob.sup.state() != State::Open, 5000);
        for (int i = 7; i <= 15; ++i)
            alice.chat.send(text(i)); // typed during the outage: queued
        QVERIFY(alice.chat.pendingCount() >= 9);

        nginx.start();
        QVERIFY(nginx.waitUntilListening(port));
        QTRY_VERIFY_WITH_TIMEOUT(alice.joined() && bob.joined(), 5000);
        for (int i = 16; i <= 20; ++i)
            alice.chat.send(text(i));
        QTRY_COMPARE_WITH_TIMEOUT(alice.chat.pendingCount(), 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(bobHas(20), 5000);

        // Exactly once: one id per text wherever bob saw it, and a newcomer's
        // history (what the server kept) holds each text once.
        for (int i = 1; i <= 20; ++i) {
            const QStringList ids = bob.seen.values(text(i));
            QVERIFY2(QSet<QString>(ids.begin(), ids.end()).size() == 1, qPrintable(text(i)));
        }
        ChatPeer carol(url);
        carol.sup.open();
        QTRY_VERIFY_WITH_TIMEOUT(carol.joined(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(carol.seen.size(), 20, 2000);
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(carol.seen.count(text(i)), 1);
    }

    void haproxyTunnelTimeoutIsDiagnosed()
    {
        EchoServer backend;
        const quint16 port = freePort();
        Intermediary haproxy(QStringLiteral("haproxy"), haproxyConfig(port, backend.serverPort(), "1s"),
                             {QStringLiteral("-db"), QStringLiteral("-f"), QStringLiteral("@DIR@/proxy.conf")});
        requireOrSkip(haproxy, "haproxy");
        QVERIFY(haproxy.waitUntilListening(port));
        Client c(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        QSignalSpy suspected(&c.sup, &ConnectionSupervisor::intermediaryCutSuspected);
        c.sup.open();
        QVERIFY(suspected.wait(8000));
        const qint64 quiet = suspected.first().at(0).toLongLong();
        QVERIFY2(quiet >= 900 && quiet <= 1300, qPrintable(QString::number(quiet)));
    }
};

QTEST_GUILESS_MAIN(TestIntermediaries)
#include "tst_intermediaries.moc"
