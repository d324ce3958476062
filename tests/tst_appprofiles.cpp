// Application-level keepalives against the real servers people run (Socket.IO
// 4 and graphql-ws from npm, pinned in tests/peers/package-lock.json), each
// started by the test on a loopback port and stopped by it: heartbeats
// answered and timed over several of the server's periods, answers withheld
// (link simulator) and the server's close named, a server whose heartbeat
// stops named, the profile recognised where it is certain.
#include "appkeepalive.h"
#include "appprofile.h"
#include "chatclient.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "linksimulator.h"
#include "parameters.h"
#include "peerprocess.h"
#include "replytimer.h"
#include "session.h"
#include "settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace wspulse;
using State = ConnectionSupervisor::State;

namespace {

// wspulse as the person runs it (Session: supervisor, application keepalive,
// chat client), every transport timer off so only the application's act.
struct Probe
{
    Settings settings;
    Session session{&settings};
    explicit Probe(std::initializer_list<std::pair<Param, const char *>> values = {})
    {
        for (Param p : {Param::PingInterval, Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout,
                        Param::MessageTimeout, Param::HeartbeatInterval})
            set(p, "0");
        set(Param::ReconnectDelay, "0.05");
        set(Param::ReconnectMaxDelay, "0.2");
        for (const auto &[p, v] : values)
            set(p, v);
    }
    void set(Param p, const char *v) { QVERIFY(settings.set(p, QLatin1String(v), Source::Runtime).isEmpty()); }
    ConnectionSupervisor *sup() const { return session.supervisor(); }
    QList<Event> events(EventType t, const char *key = nullptr, const char *value = nullptr) const
    {
        QList<Event> out;
        const EventLog *log = session.log();
        for (qsizetype i = 0; i < log->size(); ++i) {
            const Event &e = log->at(i);
            if (e.type == t && (!key || e.fields.value(QLatin1String(key)).toString() == QLatin1String(value)))
                out << e;
        }
        return out;
    }
};

// A real server from tests/peers/app_servers.js: KIND and its arguments.
bool startApp(Peer &peer, const QStringList &args)
{
    return peer.start(QStringLiteral("node"), QStringList{kPeers + QStringLiteral("/app_servers.js")} + args);
}

// `wspulse --headless ARGS` run to its end: its `summary` events, the final one last.
QList<QJsonObject> soakSummaries(const QStringList &args)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(WSPULSE_BINARY),
            QStringList{QStringLiteral("--headless"), QStringLiteral("--events=summary")} + args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        qWarning("wspulse: %s", p.readAllStandardError().constData());
        return {};
    }
    QList<QJsonObject> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

QUrl socketIoUrl(quint16 port, const char *path = "/socket.io/")
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2?EIO=4&transport=websocket").arg(port).arg(QLatin1String(path)));
}

} // namespace

class TestAppProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<wspulse::CloseInfo>();
        qRegisterMetaType<wspulse::TimeoutKind>();
        QVERIFY2(QFile::exists(kPeers + QStringLiteral("/node_modules/socket.io/package.json")),
                 "socket.io is missing: bash dev.sh test runs npm ci in tests/peers");
    }

    void profileNamesAreTheParametersChoices()
    {
        const QStringList names = paramDef(Param::AppProfile).choiceNames();
        QCOMPARE(names.first(), QStringLiteral("auto"));
        for (AppProfile p :
             {AppProfile::None, AppProfile::EngineIo, AppProfile::GraphqlWs, AppProfile::Mqtt, AppProfile::Custom})
            QCOMPARE(names.value(int(p) + 1), appProfileName(p));
    }

    void engineIoOpenPacketIsRead()
    {
        const auto open = engineio::parseOpen(QStringLiteral(
            R"(0{"sid":"abc","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000})"));
        QVERIFY(open);
        QCOMPARE(open->pingIntervalMs, 25000);
        QCOMPARE(open->pingTimeoutMs, 20000);
        QVERIFY(!engineio::parseOpen(QStringLiteral("0")));
        QVERIFY(!engineio::parseOpen(QStringLiteral(R"(0{"sid":"abc"})")));
        QVERIFY(!engineio::parseOpen(QStringLiteral(R"({"type":"hello"})")));
        QVERIFY(profileFromUrl(socketIoUrl(1)) == AppProfile::EngineIo);
        QVERIFY(!profileFromUrl(QUrl(QStringLiteral("ws://h/socket.io/?EIO=3"))));
    }

    void socketIoPacketsAreDescribed_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("shown");
        QTest::addRow("event") << R"(42["chat","hi",{"n":1}])"
                               << R"(chat("hi", {"n":1}))";
        QTest::addRow("event, no args") << R"(42["tick"])"
                                        << R"(tick())";
        QTest::addRow("event with ack id") << R"(427["echo",5])"
                                           << R"(echo(5) (ack id 7))";
        QTest::addRow("namespace") << R"(42/admin,["kick",null])"
                                   << R"(/admin: kick(null))";
        QTest::addRow("ack") << R"(431["ok",true])"
                             << R"(ack 1: ["ok",true])";
        QTest::addRow("binary event") << R"(451-["upload",{"_placeholder":true,"num":0}])"
                                      << R"(upload({"_placeholder":true,"num":0}) (binary attachments: 1))";
        QTest::addRow("connect") << R"(40{"sid":"x"})"
                                 << "connect /";
        QTest::addRow("connect error") << R"(44{"message":"Invalid namespace"})"
                                       << "connect error: Invalid namespace";
        QTest::addRow("engine.io ping") << "2"
                                        << "";
        QTest::addRow("not an event") << R"(42{"a":1})"
                                      << "";
        QTest::addRow("cut") << R"(42["chat")"
                             << "";
        QTest::addRow("plain text") << "hello"
                                    << "";
    }
    void socketIoPacketsAreDescribed()
    {
        QFETCH(QString, frame);
        QFETCH(QString, shown);
        QCOMPARE(engineio::describePacket(frame), shown);
    }

    void mqttPacketsAreDescribed_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("shown");
        QTest::addRow("connack") << QByteArray::fromHex("20020005") << "CONNACK: not authorized";
        QTest::addRow("pingresp") << QByteArray::fromHex("d000") << "PINGRESP";
        // PUBLISH QoS 1, retained, topic "a/b", id 5, payload "21.5".
        QTest::addRow("publish") << QByteArray::fromHex("330b0003612f62000532312e35")
                                 << "PUBLISH a/b (QoS 1, id 5, retained): 21.5";
        QTest::addRow("binary payload") << QByteArray::fromHex("3005000161ff00") << "PUBLISH a (QoS 0): 2 bytes: ff 00";
        QTest::addRow("suback") << QByteArray::fromHex("9004000a0180") << "SUBACK id 10: QoS 1, refused";
        QTest::addRow("two in one frame") << QByteArray::fromHex("d000d000") << "PINGRESP\nPINGRESP";
        QTest::addRow("cut short") << QByteArray::fromHex("300a0003") << "incomplete MQTT packet (4 bytes)";
        QTest::addRow("endless length") << QByteArray::fromHex("30ffffffff01") << "incomplete MQTT packet (6 bytes)";
    }
    void mqttPacketsAreDescribed()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, shown);
        QCOMPARE(mqtt::describePackets(frame), shown);
    }

    void socketIoHeartbeatsAreAnsweredOverManyPeriods()
    {
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("socketio"), QStringLiteral("150"), QStringLiteral("100")}));
        Probe probe;
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QVERIFY(probe.session.start(socketIoUrl(server.port)));
        // Six of the server's periods: every ping answered, nothing closed.
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPing, "from", "server").size() >= 7, 5000);
        QVERIFY(closed.isEmpty());
        QVERIFY(!server.saw(QStringLiteral("DISCONNECT")));
        QCOMPARE(probe.session.appKeepalive()->activeProfile(), AppProfile::EngineIo);
        QCOMPARE(probe.events(EventType::Warning, "app_profile", "engineio").size(), 1);
        // The server's own intervals, from its open packet.
        QCOMPARE(probe.session.appKeepalive()->effectivePingInterval(), std::chrono::milliseconds(150));
        QCOMPARE(probe.events(EventType::AppPong, "kind", "namespace_connect").size(), 1);
        for (const Event &e : probe.events(EventType::AppPing, "from", "server")) {
            if (e.fields.contains(QLatin1String("interval_ms")))
                QVERIFY2(e.fields.value(QLatin1String("interval_ms")).toInteger() < 400,
                         qPrintable(QString::number(e.fields.value(QLatin1String("interval_ms")).toInteger())));
        }
        // Not a stream of "bad frame" errors: the chat client went raw, once.
        QVERIFY(probe.events(EventType::Error).isEmpty());
        QCOMPARE(probe.session.chat()->mode(), ChatClient::Mode::Raw);
    }

    void socketIoOnItsOwnPathIsRecognisedByItsFirstFrame()
    {
        Peer server;
        QVERIFY(startApp(
            server, {QStringLiteral("socketio"), QStringLiteral("150"), QStringLiteral("100"), QStringLiteral("/rt")}));
        Probe probe;
        QVERIFY(probe.session.start(socketIoUrl(server.port, "/rt/")));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPing, "from", "server").size() >= 3, 5000);
        const QList<Event> chosen = probe.events(EventType::Warning, "app_profile", "engineio");
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen.first().fields.value(QLatin1String("text")).toString().contains(QLatin1String("first frame")));
        QVERIFY(probe.events(EventType::Error).isEmpty());
        QVERIFY(probe.events(EventType::Closed).isEmpty());
    }

    void socketIoClosingForOurWithheldAnswerIsNamed()
    {
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("socketio"), QStringLiteral("200"), QStringLiteral("150")}));
        Probe probe;
        probe.session.setLinkEnabled(true);
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QVERIFY(probe.session.start(socketIoUrl(server.port)));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPing, "from", "server").size() >= 2, 5000);
        // Our answers stop reaching the server; its answers still reach us.
        probe.session.link()->setFrozen(LinkDirection::Up, true);
        QVERIFY(closed.wait(5000));
        const CloseInfo info = closed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("engineio_ping_timeout"));
        QCOMPARE(info.by, ClosedBy::Peer);
        QVERIFY2(info.explanation.contains(QLatin1String("pingTimeout")), qPrintable(info.explanation));
        QTRY_VERIFY_WITH_TIMEOUT(server.saw(QStringLiteral("DISCONNECT ping timeout")), 3000);
        QVERIFY(probe.events(EventType::Closed, "cause", "engineio_ping_timeout").size() == 1);
        probe.session.link()->setFrozen(LinkDirection::Up, false);
    }

    void socketIoAcksAreMatchedToTheirEvents()
    {
        QCOMPARE(engineio::eventAckId(QStringLiteral(R"(421["echo","x"])")), QStringLiteral("1"));
        QCOMPARE(engineio::eventAckId(QStringLiteral(R"(42/chat,17["echo"])")), QStringLiteral("17"));
        QCOMPARE(engineio::eventAckId(QStringLiteral(R"(42["no ack"])")), QString());
        QCOMPARE(engineio::ackId(QStringLiteral(R"(4317["x"])")), QStringLiteral("17"));
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("socketio"), QStringLiteral("25000"), QStringLiteral("20000")}));
        Probe probe;
        QVERIFY(probe.session.start(socketIoUrl(server.port)));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "namespace_connect").size() == 1, 5000);
        // Two events with acks, and one without (never answered): each ack
        // is the reply to its own event.
        probe.session.chat()->send(QStringLiteral(R"(4211["echo","a"])"));
        probe.session.chat()->send(QStringLiteral(R"(42["nobody answers"])"));
        probe.session.chat()->send(QStringLiteral(R"(4212["echo","b"])"));
        QTRY_COMPARE(probe.events(EventType::Reply).size(), 2);
        QCOMPARE(probe.events(EventType::Reply, "ack_id", "11").size(), 1);
        QCOMPARE(probe.events(EventType::Reply, "ack_id", "12").size(), 1);
    }

    void aCustomHeartbeatIsSentTimedAndAnswered()
    {
        // Our own ping from a template, recognised in the echo.
        Peer echo;
        QVERIFY(echo.startNode(QStringLiteral("echo")));
        Probe probe({{Param::AppProfile, "custom"}, {Param::AppPingInterval, "0.05"}});
        CustomHeartbeat custom;
        custom.pingTemplate = QStringLiteral("hb {seq} {ts_ms}");
        custom.answer = QRegularExpression(QStringLiteral("^hb \\d+ \\d+$"));
        probe.session.appKeepalive()->setCustomHeartbeat(custom);
        probe.session.setSubprotocols({QStringLiteral("echo")});
        QVERIFY(probe.session.start(echo.url()));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "pong").size() >= 4, 5000);
        QVERIFY(probe.events(EventType::Reply).isEmpty()); // heartbeats are not requests
        QVERIFY(probe.session.appKeepalive()->appRtt().count >= 4);
        // Rules answer a server's own pings: Engine.IO's "2" with "3", without the engineio profile.
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("socketio"), QStringLiteral("150"), QStringLiteral("100")}));
        Probe rules({{Param::AppProfile, "custom"}});
        CustomHeartbeat answering;
        CustomHeartbeat::Rule rule;
        QVERIFY(CustomHeartbeat::parseRule(QStringLiteral("^2$=>3"), &rule).isEmpty());
        answering.rules << rule;
        QVERIFY(!CustomHeartbeat::parseRule(QStringLiteral("([=>x"), nullptr).isEmpty());
        QVERIFY(!CustomHeartbeat::parseRule(QStringLiteral("no arrow"), nullptr).isEmpty());
        rules.session.appKeepalive()->setCustomHeartbeat(answering);
        QSignalSpy closed(rules.sup(), &ConnectionSupervisor::closed);
        QVERIFY(rules.session.start(socketIoUrl(server.port)));
        QTRY_VERIFY_WITH_TIMEOUT(rules.events(EventType::AppPing, "from", "server").size() >= 5, 5000);
        QVERIFY(closed.isEmpty()); // every "2" answered: the server keeps us
    }

    void aSocketIoServerThatExitsIsNotAPingTimeout()
    {
        // The process ends some time after a ping: a bare TCP end, not
        // Engine.IO's heartbeat rule (which closes with a close frame).
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("socketio"), QStringLiteral("300"), QStringLiteral("200")}));
        Probe probe;
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QSignalSpy pings(probe.session.appKeepalive(), &AppKeepalive::appPing);
        QVERIFY(probe.session.start(socketIoUrl(server.port)));
        QVERIFY(pings.wait(3000)); // the moment a ping arrives (the next is 300 ms later)
        // Past 0.8 x pingTimeout since that ping, before the next: inside the
        // window where the rule would apply if a bare TCP end counted.
        QTest::qWait(200);
        ::kill(pid_t(server.pid()), SIGKILL);
        QVERIFY(closed.wait(3000));
        QCOMPARE(closed.first().at(0).value<CloseInfo>().cause, QStringLiteral("tcp_closed"));
    }

    void aStoppedSocketIoHeartbeatIsNamed()
    {
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("socketio"), QStringLiteral("150"), QStringLiteral("100")}));
        Probe probe;
        QSignalSpy timeouts(probe.sup(), &ConnectionSupervisor::timedOut);
        QVERIFY(probe.session.start(socketIoUrl(server.port)));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPing, "from", "server").size() >= 2, 5000);
        ::kill(pid_t(server.pid()), SIGSTOP); // the server's pings stop; TCP stays up
        QVERIFY(timeouts.wait(3000));
        QCOMPARE(timeouts.first().at(0).value<TimeoutKind>(), TimeoutKind::AppHeartbeat);
        // pingInterval + pingTimeout after the last ping, within a timer's slack.
        const qint64 afterMs = timeouts.first().at(1).toLongLong();
        QVERIFY2(afterMs >= 250 && afterMs < 400, qPrintable(QString::number(afterMs)));
        QCOMPARE(probe.sup()->counters().timeouts[size_t(TimeoutKind::AppHeartbeat)], quint64(1));
        ::kill(pid_t(server.pid()), SIGCONT);
    }

    void graphqlWsPingsAreTimed()
    {
        Peer server;
        QVERIFY(server.start(
            QStringLiteral("node"),
            {kPeers + QStringLiteral("/app_servers.js"), QStringLiteral("graphql"), QStringLiteral("3000")}));
        Probe probe({{Param::AppProfile, "graphql-ws"}, {Param::AppPingInterval, "0.1"}});
        QSignalSpy pongs(probe.session.appKeepalive(), &AppKeepalive::appPong);
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port))));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "pong").size() >= 5, 5000);
        QCOMPARE(probe.sup()->negotiatedSubprotocol(), QStringLiteral("graphql-transport-ws"));
        QCOMPARE(probe.events(EventType::AppPong, "kind", "connection_ack").size(), 1);
        for (const Event &e : probe.events(EventType::AppPong))
            QVERIFY(e.fields.value(QLatin1String("rtt_us")).toInteger() > 0);
        QVERIFY(probe.events(EventType::Closed).isEmpty());
    }

    void theHandshakeGoesAheadOfWhatWasTypedDuringAnOutage()
    {
        // A subscribe typed while the connection is down waits in the queue;
        // after the reconnect connection_init must still go first (graphql-ws
        // closes with 4401 on anything before it).
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("graphql"), QStringLiteral("3000")}));
        Probe probe({{Param::AppProfile, "graphql-ws"}, {Param::AppPingInterval, "0"}});
        probe.session.setLinkEnabled(true);
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QSignalSpy raw(probe.session.chat(), &ChatClient::rawReceived);
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port))));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "connection_ack").size() == 1, 5000);
        probe.session.link()->drop();
        QVERIFY(closed.wait(3000));
        QVERIFY(probe.sup()->state() != State::Open);
        probe.session.chat()->send(QStringLiteral(R"({"id":"1","type":"subscribe","payload":{"query":"{ hello }"}})"));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "connection_ack").size() == 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(raw.size() >= 1, 3000);
        QVERIFY2(raw.first().at(0).toString().contains(QLatin1String("world")),
                 qPrintable(raw.first().at(0).toString()));
        QCOMPARE(closed.size(), 1); // only the drop
    }

    void graphqlWsInitTimeoutIsNamedAndReconnected()
    {
        // The profile switched off by the person: nobody sends connection_init,
        // and the server's 4408 is named in the protocol's words.
        Peer server;
        QVERIFY(server.start(
            QStringLiteral("node"),
            {kPeers + QStringLiteral("/app_servers.js"), QStringLiteral("graphql"), QStringLiteral("200")}));
        Probe probe({{Param::AppProfile, "none"}});
        probe.session.setSubprotocols({QStringLiteral("graphql-transport-ws")});
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port))));
        QVERIFY(closed.wait(3000));
        const CloseInfo info = closed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.code, 4408);
        QCOMPARE(info.by, ClosedBy::Peer);
        QCOMPARE(info.cause, QStringLiteral("graphql_ws_connection_initialisation_timeout"));
        QCOMPARE(probe.session.appKeepalive()->activeProfile(), AppProfile::None);
        // A monitored connection the person did not close is reopened.
        QTRY_COMPARE(probe.sup()->state(), State::Reconnecting);
    }

    void anUnansweredHandshakeIsSaidToBeOne()
    {
        // An echo server "speaking" graphql-ws: connection_init comes back as
        // itself, never as connection_ack. Our timer ends it, and the close
        // says it was the handshake, not a ping, that went unanswered.
        Peer echo;
        QVERIFY(echo.startNode(QStringLiteral("echo")));
        Probe probe({{Param::AppProfile, "graphql-ws"}, {Param::AppPongTimeout, "0.15"}});
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QVERIFY(probe.session.start(echo.url()));
        QVERIFY(closed.wait(3000));
        const auto info = closed.first().first().value<CloseInfo>();
        QCOMPARE(info.timeout, std::optional<TimeoutKind>(TimeoutKind::AppPong));
        QVERIFY2(info.explanation.contains(QLatin1String("never answered connection_init")),
                 qPrintable(info.explanation));
    }

    void graphqlWsUnansweredPingTimesOut()
    {
        Peer server;
        QVERIFY(server.start(
            QStringLiteral("node"),
            {kPeers + QStringLiteral("/app_servers.js"), QStringLiteral("graphql"), QStringLiteral("3000")}));
        Probe probe(
            {{Param::AppProfile, "graphql-ws"}, {Param::AppPingInterval, "0.1"}, {Param::AppPongTimeout, "0.2"}});
        probe.session.setLinkEnabled(true);
        QSignalSpy timeouts(probe.sup(), &ConnectionSupervisor::timedOut);
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port))));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "pong").size() >= 2, 5000);
        probe.session.link()->setFrozen(LinkDirection::Down, true); // its pongs stop reaching us
        QVERIFY(timeouts.wait(3000));
        QCOMPARE(timeouts.first().at(0).value<TimeoutKind>(), TimeoutKind::AppPong);
        const qint64 afterMs = timeouts.first().at(1).toLongLong();
        QVERIFY2(afterMs >= 200 && afterMs < 350, qPrintable(QString::number(afterMs)));
        probe.session.link()->setFrozen(LinkDirection::Down, false);
    }

    void mqttPingsAreTimed()
    {
        Peer broker;
        QVERIFY(startApp(broker, {QStringLiteral("mqtt")}));
        Probe probe({{Param::AppProfile, "mqtt"}, {Param::AppPingInterval, "0.1"}});
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(broker.port))));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "pong").size() >= 5, 5000);
        QCOMPARE(probe.sup()->negotiatedSubprotocol(), QStringLiteral("mqtt"));
        QCOMPARE(probe.events(EventType::AppPong, "kind", "connack").size(), 1);
        QVERIFY(broker.saw(QStringLiteral("CONNECTED wspulse")));
        QVERIFY(probe.events(EventType::Closed).isEmpty());
    }

    void mqttKeepaliveFramesAreTheProfilesOwn()
    {
        Peer broker;
        QVERIFY(startApp(broker, {QStringLiteral("mqtt")}));
        Probe probe({{Param::AppProfile, "mqtt"}, {Param::AppPingInterval, "0.1"}});
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(broker.port))));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "pong").size() >= 2, 5000);
        AppKeepalive *app = probe.session.appKeepalive();
        QVERIFY(app->ownsFrame(QByteArray::fromHex("d000")));            // PINGRESP
        QVERIFY(app->ownsFrame(QByteArray::fromHex("20020000")));        // CONNACK, accepted
        QVERIFY(!app->ownsFrame(QByteArray::fromHex("20020005")));       // refused: shown
        QVERIFY(!app->ownsFrame(QByteArray::fromHex("3005000161ff00"))); // PUBLISH: shown
    }

    void mqttBrokerDroppingASilentClientIsNamed()
    {
        // Keep-alive 1 s: the broker drops a client it has not heard for 1.5 s.
        Peer broker;
        QVERIFY(startApp(broker, {QStringLiteral("mqtt")}));
        Probe probe({{Param::AppProfile, "mqtt"}, {Param::AppPingInterval, "1"}});
        probe.session.setLinkEnabled(true);
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(broker.port))));
        QTRY_VERIFY_WITH_TIMEOUT(probe.events(EventType::AppPong, "kind", "connack").size() == 1, 5000);
        probe.session.link()->setFrozen(LinkDirection::Up, true); // our PINGREQs stop reaching it
        QVERIFY(closed.wait(5000));
        const CloseInfo info = closed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("mqtt_keepalive_timeout"));
        QVERIFY(info.by != ClosedBy::Local);
        QTRY_VERIFY_WITH_TIMEOUT(broker.saw(QStringLiteral("KEEPALIVE_TIMEOUT")), 3000);
        probe.session.link()->setFrozen(LinkDirection::Up, false);
    }

    void mqttRefusedConnectIsNamed()
    {
        Peer broker;
        QVERIFY(startApp(broker, {QStringLiteral("mqtt"), QStringLiteral("deny")}));
        Probe probe({{Param::AppProfile, "mqtt"}});
        QSignalSpy closed(probe.sup(), &ConnectionSupervisor::closed);
        QVERIFY(probe.session.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(broker.port))));
        QVERIFY(closed.wait(5000));
        const CloseInfo info = closed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("mqtt_connack_refused"));
        QVERIFY2(info.explanation.contains(QLatin1String("not authorized")), qPrintable(info.explanation));
    }

    void replyTimesAgainstARawEchoServer()
    {
        // Node ws accepts whatever subprotocol comes first, so wspulse.chat.v1
        // "is negotiated" and then nothing is said: after the hello wait the
        // client is raw, sends what was typed, and times each echo.
        Peer echo;
        QVERIFY(echo.startNode(QStringLiteral("echo")));
        Probe probe;
        probe.session.chat()->setHelloWait(std::chrono::milliseconds(200));
        QSignalSpy replied(probe.session.replyTimer(), &ReplyTimer::replied);
        QVERIFY(probe.session.start(echo.url()));
        probe.session.chat()->send(QStringLiteral("typed before we knew"));
        QVERIFY(replied.wait(3000));
        QCOMPARE(probe.session.chat()->mode(), ChatClient::Mode::Raw);
        QVERIFY(probe.events(EventType::Warning)
                    .last()
                    .fields.value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("no hello")));
        for (int i = 0; i < 4; ++i) {
            probe.session.chat()->send(QStringLiteral("request %1").arg(i));
            QVERIFY(replied.wait(3000));
        }
        QCOMPARE(replied.size(), 5);
        QCOMPARE(probe.events(EventType::Reply).size(), 5);
        QCOMPARE(probe.session.replyTimer()->summary().count, 5);
        for (const Event &e : probe.events(EventType::Reply))
            QVERIFY(e.fields.value(QLatin1String("reply_ms")).toDouble() > 0);
    }

    void soakKeepsEachConnectionsApplicationHeartbeat()
    {
        // Soak mode against graphql-ws: every connection does its own
        // connection_init and pings, and the summary has the application's
        // round trips apart from the protocol's (which are off here).
        Peer server;
        QVERIFY(startApp(server, {QStringLiteral("graphql"), QStringLiteral("3000")}));
        const QList<QJsonObject> summaries = soakSummaries(
            {QStringLiteral("--connections"), QStringLiteral("4"), QStringLiteral("--duration"), QStringLiteral("1.2"),
             QStringLiteral("--ping-interval"), QStringLiteral("0"), QStringLiteral("--app-profile"),
             QStringLiteral("graphql-ws"), QStringLiteral("--app-ping-interval"), QStringLiteral("0.1"),
             QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:%1/").arg(server.port)});
        QVERIFY(!summaries.isEmpty());
        const QJsonObject last = summaries.last();
        QVERIFY(last.value(QLatin1String("final")).toBool());
        QCOMPARE(last.value(QLatin1String("open")).toInt(), 4);
        // connection_ack and at least a few pongs on each of the four.
        QVERIFY2(last.value(QLatin1String("app_pongs")).toInt() >= 4 * 5,
                 qPrintable(QString::number(last.value(QLatin1String("app_pongs")).toInt())));
        QVERIFY(last.value(QLatin1String("app_rtt_p50_us")).toInteger() > 0);
        QVERIFY(last.value(QLatin1String("app_rtt_max_us")).toInteger()
                >= last.value(QLatin1String("app_rtt_p50_us")).toInteger());
        QCOMPARE(last.value(QLatin1String("pongs")).toInt(), 0);
        QCOMPARE(last.value(QLatin1String("timeouts")).toObject().value(QLatin1String("app_pong")).toInt(), 0);
    }

    void soakSendsEveryAndTimesTheReplies()
    {
        // --send-every against a raw echo server: each connection sends,
        // and the summary has reply times (there are no acks to time). The
        // server's own subprotocol is asked for, so raw mode starts at once
        // (no wait for a chat hello).
        Peer echo;
        QVERIFY(echo.startNode(QStringLiteral("echo")));
        const QList<QJsonObject> summaries = soakSummaries(
            {QStringLiteral("--connections"), QStringLiteral("3"), QStringLiteral("--duration"), QStringLiteral("1.5"),
             QStringLiteral("--app-profile"), QStringLiteral("none"), QStringLiteral("--send-every"),
             QStringLiteral("0.1 are you there?"), QStringLiteral("--subprotocol"), QStringLiteral("x-echo"),
             QStringLiteral("--url"), echo.url().toString()});
        QVERIFY(!summaries.isEmpty());
        const QJsonObject last = summaries.last();
        QVERIFY2(last.value(QLatin1String("sent")).toInt() >= 3 * 3,
                 qPrintable(QString::number(last.value(QLatin1String("sent")).toInt())));
        QVERIFY(last.value(QLatin1String("replies")).toInt() >= 3 * 3);
        QVERIFY(last.value(QLatin1String("replies")).toInt() <= last.value(QLatin1String("sent")).toInt());
        QVERIFY(last.value(QLatin1String("reply_p50_us")).toInteger() > 0);
        QCOMPARE(last.value(QLatin1String("delivered")).toInt(), 0);
        QVERIFY(!last.contains(QLatin1String("app_pongs")));
    }

    void repliesAreMatchedByTheirIdField()
    {
        Peer echo;
        QVERIFY(echo.startNode(QStringLiteral("echo")));
        Probe probe;
        probe.session.setSubprotocols({QStringLiteral("echo")}); // raw at once
        probe.session.replyTimer()->setIdField(QStringLiteral("rid"));
        QVERIFY(probe.session.start(echo.url()));
        QTRY_COMPARE(probe.sup()->state(), State::Open);
        probe.session.chat()->send(QStringLiteral("not json: never a reply"));
        probe.session.chat()->send(QStringLiteral(R"({"rid":"a1","q":1})"));
        probe.session.chat()->send(QStringLiteral(R"({"rid":7,"q":2})"));
        QTRY_COMPARE(probe.events(EventType::Reply).size(), 2);
        QCOMPARE(probe.events(EventType::Reply, "rid", "a1").size(), 1);
        QCOMPARE(probe.events(EventType::Reply, "rid", "7").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppProfiles)
#include "tst_appprofiles.moc"
