// The chat server and client (wspulse.chat.v1) over real loopback sockets:
// relay, acks, history, presence, no loss and no duplicates across cuts and
// restarts, every limit and bad input, server-side supervision, and an
// independent Python client.
#include "testmain.h"
#include "chatclient.h"
#include "messagerepeater.h"
#include "chatserver.h"
#include "boundsupervisor.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "settings.h"
#include "tcpproxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QtEndian>
#include <QtTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace wspulse;
using State = ConnectionSupervisor::State;

namespace {

const QByteArray kUpgradeRequest = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                                   "Sec-WebSocket-Protocol: wspulse.chat.v1\r\n\r\n";

void quiet(Settings &s)
{
    // Every timer off unless a test wants it; fast reconnects.
    for (Param p : {Param::PingInterval, Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout,
                    Param::MessageTimeout, Param::HeartbeatInterval})
        s.set(p, QStringLiteral("0"), Source::Runtime);
    s.set(Param::ReconnectDelay, QStringLiteral("0.05"), Source::Runtime);
    s.set(Param::ReconnectMaxDelay, QStringLiteral("0.2"), Source::Runtime);
}

struct Server
{
    Settings settings;
    EventLog log{SteadyClock::instance()};
    std::unique_ptr<ChatServer> server;

    explicit Server(const ChatServerOptions &options = {}, quint16 port = 0)
    {
        quiet(settings);
        server = std::make_unique<ChatServer>(&settings, &log, options);
        if (!server->listen(QHostAddress::LocalHost, port))
            qFatal("cannot listen: %s", qPrintable(server->errorString()));
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server->port())); }
};

struct Client
{
    Settings settings;
    EventLog log{SteadyClock::instance()};
    BoundSupervisor sup{&settings, &log};
    ChatClient chat{&sup, &log};
    QList<chat::ChatMessage> live;    // relayed while connected
    QList<chat::ChatMessage> history; // replayed in hello

    explicit Client(const QUrl &url, const QString &name = QString())
    {
        quiet(settings);
        sup.setUrl(url);
        chat.setDisplayName(name);
        QObject::connect(&chat, &ChatClient::chatReceived, &chat,
                         [this](const chat::ChatMessage &m, bool h) { (h ? history : live).append(m); });
    }
    bool openAndWait()
    {
        sup.open();
        return QTest::qWaitFor([this] { return sup.state() == State::Open && !chat.you().isEmpty(); }, 5000);
    }
    QStringList liveTexts() const
    {
        QStringList out;
        for (const chat::ChatMessage &m : live)
            out << m.text;
        return out;
    }
};

// A bare WebSocket client for bad input: no chat logic of its own.
struct RawClient
{
    QWebSocket socket;
    QStringList frames;
    explicit RawClient(const QUrl &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &f) { frames << f; });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QLatin1String(chat::Subprotocol)});
        socket.open(QNetworkRequest(url), options);
    }
    int count(const QString &type) const
    {
        int n = 0;
        for (const QString &f : frames)
            n += QJsonDocument::fromJson(f.toUtf8()).object().value(QStringLiteral("type")).toString() == type;
        return n;
    }
    QJsonObject last(const QString &type) const
    {
        for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
            const QJsonObject o = QJsonDocument::fromJson(it->toUtf8()).object();
            if (o.value(QStringLiteral("type")).toString() == type)
                return o;
        }
        return {};
    }
};

} // namespace

class TestChat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bigRoomListsTheFirstNamesAndCountsEveryone()
    {
        Server server;
        std::vector<std::unique_ptr<RawClient>> clients;
        const int n = chat::MaxListedUsers + 5;
        for (int i = 0; i < n; ++i)
            clients.push_back(std::make_unique<RawClient>(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                             [](const auto &c) { return c->count(QStringLiteral("hello")) == 1; }),
                                 20000);
        QJsonObject hello;
        for (const auto &c : clients) { // the last one to join sees everyone
            const QJsonObject h = c->last(QStringLiteral("hello"));
            if (h.value(QStringLiteral("user_count")).toInt() == n)
                hello = h;
        }
        QCOMPARE(hello.value(QStringLiteral("users")).toArray().size(), qsizetype(chat::MaxListedUsers));

        // A name that sorts first enters the list; when it leaves, it is gone
        // from the list again (the server rebuilds it only on such changes).
        RawClient &mover = *clients.front();
        mover.socket.sendTextMessage(QStringLiteral(R"({"type":"rename","name":"aaa"})"));
        RawClient &watcher = *clients.back();
        const auto firstListed = [&watcher] {
            return watcher.last(QStringLiteral("presence")).value(QStringLiteral("users")).toArray().first().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(firstListed(), QStringLiteral("aaa"), 5000);
        QCOMPARE(watcher.last(QStringLiteral("presence")).value(QStringLiteral("users")).toArray().size(),
                 qsizetype(chat::MaxListedUsers));
        mover.socket.close();
        QTRY_VERIFY_WITH_TIMEOUT(firstListed() != QStringLiteral("aaa"), 5000);
        QCOMPARE(watcher.last(QStringLiteral("presence")).value(QStringLiteral("user_count")).toInt(), n - 1);
    }

    void manyClientsConnectingAtOnceAreNotMadeToWait()
    {
        // 300 TCP handshakes while the server's loop is busy elsewhere: the
        // kernel completes them all only if the listen backlog holds them
        // (Qt's default of 50 would drop the rest, retried a second later).
        Server server;
        std::vector<int> fds;
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(server.server->port());
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (int i = 0; i < 300; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            fds.push_back(fd);
            ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr);
        }
        const auto established = [&fds] {
            int n = 0;
            for (int fd : fds) {
                tcp_info info{};
                socklen_t len = sizeof info;
                if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) == 0 && info.tcpi_state == TCP_ESTABLISHED)
                    ++n;
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(established(), 300, 600); // a dropped SYN is retried after 1 s
        for (int fd : fds)
            ::close(fd);
    }

    void presenceIsGatheredLongerWithManyClients()
    {
        // 200 ms for a room; with 10,000 clients each burst is 10,000 frames,
        // so bursts come at most every 2 s (about 5000 frames a second).
        QCOMPARE(ChatServer::presenceIntervalMs(0), 200);
        QCOMPARE(ChatServer::presenceIntervalMs(1000), 200);
        QCOMPARE(ChatServer::presenceIntervalMs(5000), 1000);
        QCOMPARE(ChatServer::presenceIntervalMs(10000), 2000);
    }

    void initTestCase()
    {
        qRegisterMetaType<wspulse::chat::ChatMessage>();
        qRegisterMetaType<wspulse::ChatClient::Delivery>();
        qRegisterMetaType<wspulse::CloseInfo>();
    }

    void twoClientsChat()
    {
        Server server;
        Client alice(server.url(), QStringLiteral("alice"));
        Client bob(server.url(), QStringLiteral("bob"));
        QVERIFY(alice.openAndWait());
        QVERIFY(bob.openAndWait());
        QCOMPARE(alice.chat.mode(), ChatClient::Mode::Chat);
        QTRY_COMPARE(alice.chat.you(), QStringLiteral("alice"));
        QTRY_COMPARE(bob.chat.you(), QStringLiteral("bob"));
        QTRY_COMPARE(alice.chat.users(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));

        QSignalSpy delivery(&alice.chat, &ChatClient::deliveryChanged);
        const QString id = alice.chat.send(QStringLiteral("hi bob"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(bob.liveTexts(), QStringList{QStringLiteral("hi bob")});
        QCOMPARE(bob.live.first().from, QStringLiteral("alice"));
        QCOMPARE(bob.live.first().id, id);
        QVERIFY(bob.live.first().serverTs > 0);
        // The sender sees its own message in the server's order, and the ack.
        QTRY_COMPARE(alice.liveTexts(), QStringList{QStringLiteral("hi bob")});
        QTRY_COMPARE(delivery.last().at(1).value<ChatClient::Delivery>(), ChatClient::Delivery::Delivered);
        QCOMPARE(delivery.first().at(1).value<ChatClient::Delivery>(), ChatClient::Delivery::Queued);
        QVERIFY(delivery.last().at(2).toLongLong() > 0);
        bool deliveredEvent = false;
        for (qsizetype i = 0; i < alice.log.size(); ++i)
            deliveredEvent |= alice.log.at(i).type == EventType::Delivered
                && alice.log.at(i).fields.value(QStringLiteral("id")).toString() == id;
        QVERIFY(deliveredEvent);
        QCOMPARE(alice.chat.pendingCount(), 0);

        // A late joiner gets the history, and everyone sees it in the presence list.
        Client carol(server.url(), QStringLiteral("carol"));
        QVERIFY(carol.openAndWait());
        QTRY_COMPARE(carol.history.size(), 1);
        QCOMPARE(carol.history.first().text, QStringLiteral("hi bob"));
        QTRY_COMPARE(bob.chat.users().size(), 3);
        carol.sup.close();
        QTRY_COMPARE(bob.chat.users().size(), 2);
    }

    void namesAreUnique()
    {
        Server server;
        Client a(server.url(), QStringLiteral("sam"));
        Client b(server.url(), QStringLiteral("sam"));
        QVERIFY(a.openAndWait());
        QVERIFY(b.openAndWait());
        QTRY_COMPARE(a.chat.you(), QStringLiteral("sam"));
        QTRY_COMPARE(b.chat.you(), QStringLiteral("sam-2"));
    }

    void upgradesThatNeverCompleteAreClosedAndBounded()
    {
        // Connections that send half a request, or nothing, must not hold the
        // server's descriptors: closed after WS_CONNECT_TIMEOUT, and never more
        // than --max-connections (+1, for the polite 1013) at once.
        ChatServerOptions options;
        options.maxConnections = 3;
        Server server(options);
        QVERIFY(server.settings.set(Param::ConnectTimeout, QStringLiteral("0.2"), Source::Runtime).isEmpty());
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 8; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, server.server->port());
            QVERIFY(s->waitForConnected(2000));
            if (i % 2)
                s->write("GET / HTTP/1.1\r\nHost: x\r\n"); // half a request
            sockets.push_back(std::move(s));
        }
        const auto closedCount = [&] {
            int n = 0;
            for (const auto &s : sockets)
                n += s->state() == QAbstractSocket::UnconnectedState;
            return n;
        };
        // All end: four held, closed at the connect timeout (each said with
        // its peer), the four beyond the bound closed at once, untimed.
        QTRY_COMPARE_WITH_TIMEOUT(closedCount(), 8, 3000);
        QCOMPARE(server.server->handshakesInProgress(), 0);
        int timeouts = 0;
        for (qsizetype i = 0; i < server.log.size(); ++i) {
            const Event &e = server.log.at(i);
            if (e.type != EventType::Timeout)
                continue;
            ++timeouts;
            QCOMPARE(e.fields.value(QStringLiteral("kind")).toString(), QStringLiteral("connect"));
            QVERIFY(e.fields.value(QStringLiteral("peer")).toString().startsWith(QLatin1String("127.0.0.1:")));
            QVERIFY(e.fields.value(QStringLiteral("after_ms")).toInteger() >= 200);
        }
        QCOMPARE(timeouts, 4);
        // And a real client still gets in.
        Client alice(server.url(), QStringLiteral("alice"));
        QVERIFY(alice.openAndWait());
    }

    void serverNamesATcpCloseAsSuch()
    {
        // A proxy in front of the server closes a client's TCP connection
        // without a close frame: the server says so, never "Unknown error".
        Server server;
        Client alice(server.url(), QStringLiteral("alice"));
        QVERIFY(alice.openAndWait());
        QTRY_COMPARE(server.server->connections().size(), 1);
        auto *transport = alice.sup.socket()->findChild<QTcpSocket *>();
        QVERIFY(transport);
        transport->disconnectFromHost();
        const auto closedEvent = [&]() -> std::optional<Event> {
            for (qsizetype i = 0; i < server.log.size(); ++i)
                if (server.log.at(i).type == EventType::Closed)
                    return server.log.at(i);
            return std::nullopt;
        };
        QTRY_VERIFY(closedEvent());
        const Event e = *closedEvent();
        QCOMPARE(e.fields.value(QStringLiteral("cause")).toString(), QStringLiteral("tcp_closed"));
        QVERIFY2(!e.fields.value(QStringLiteral("reason")).toString().contains(QLatin1String("Unknown")),
                 qPrintable(e.fields.value(QStringLiteral("reason")).toString()));
        QVERIFY(e.fields.contains(QStringLiteral("idle_ms")));
    }

    void cutBeforeAckIsResentAndSeenOnce()
    {
        Server server;
        TcpProxy proxy(server.server->port());
        QVERIFY(proxy.listen());
        Client alice(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.port())), QStringLiteral("alice"));
        Client bob(server.url(), QStringLiteral("bob"));
        QVERIFY(alice.openAndWait());
        QVERIFY(bob.openAndWait());
        QTRY_COMPARE(alice.chat.users().size(), 2);
        // The server gets the message; the relay and ack back to alice are cut.
        proxy.cutOnNextServerData = true;
        QSignalSpy delivery(&alice.chat, &ChatClient::deliveryChanged);
        const QString id = alice.chat.send(QStringLiteral("exactly once"));
        QTRY_COMPARE(proxy.cuts, 1);
        QTRY_COMPARE(bob.liveTexts(), QStringList{QStringLiteral("exactly once")});
        // alice reconnects, resends the unacknowledged message, and gets its ack.
        QTRY_COMPARE_WITH_TIMEOUT(delivery.last().at(1).value<ChatClient::Delivery>(), ChatClient::Delivery::Delivered,
                                  5000);
        QCOMPARE(delivery.last().at(0).toString(), id);
        QList<qint64> sentAtMs;
        qint64 queuedMs = -1;
        for (qsizetype i = 0; i < alice.log.size(); ++i) {
            const Event &e = alice.log.at(i);
            if (e.type == EventType::Message
                && e.fields.value(QStringLiteral("dir")).toString() == QLatin1String("out"))
                sentAtMs << e.tMs;
            if (e.type == EventType::Delivered)
                queuedMs = e.fields.value(QStringLiteral("queued_ms")).toInteger(-1);
        }
        QCOMPARE(sentAtMs.size(), 2);
        // The delivery says how long the message waited before its last send:
        // the outage is part of what the person lived through.
        QVERIFY2(queuedMs >= sentAtMs.at(1) - sentAtMs.at(0) - 2,
                 qPrintable(QStringLiteral("queued_ms %1, resent %2 ms after the first send")
                                .arg(queuedMs)
                                .arg(sentAtMs.at(1) - sentAtMs.at(0))));
        // The resend was dropped by the server: bob still saw it once.
        alice.chat.send(QStringLiteral("after"));
        QTRY_COMPARE(bob.liveTexts(), (QStringList{QStringLiteral("exactly once"), QStringLiteral("after")}));
    }

    void serverRestartLosesNothing()
    {
        auto server = std::make_unique<Server>();
        const quint16 port = server->server->port();
        Client alice(server->url(), QStringLiteral("alice"));
        QVERIFY(alice.openAndWait());
        server.reset(); // every client closed with 1001; the port is free
        QTRY_VERIFY(alice.sup.state() != State::Open);
        for (int i = 0; i < 100; ++i)
            alice.chat.send(QStringLiteral("m%1").arg(i));
        QCOMPARE(alice.chat.pendingCount(), 100);
        server = std::make_unique<Server>(ChatServerOptions{}, port);
        Client bob(server->url(), QStringLiteral("bob"));
        QVERIFY(bob.openAndWait());
        QTRY_COMPARE_WITH_TIMEOUT(alice.chat.pendingCount(), 0, 10000);
        // bob may have joined after the first few arrived: those come as history.
        const auto seen = [&bob] {
            QStringList texts;
            for (const chat::ChatMessage &m : bob.history)
                texts << m.text;
            return texts + bob.liveTexts();
        };
        QTRY_COMPARE(seen().size(), 100);
        QStringList expected;
        for (int i = 0; i < 100; ++i)
            expected << QStringLiteral("m%1").arg(i);
        QCOMPARE(seen(), expected);
    }

    void aReconnectReplaysOnlyWhatWasNotShown()
    {
        // The server's history comes with every hello; after a reconnect only
        // the messages missed meanwhile are logged and shown again.
        Server server;
        Client alice(server.url(), QStringLiteral("alice"));
        Client bob(server.url(), QStringLiteral("bob"));
        QVERIFY(alice.openAndWait());
        QVERIFY(bob.openAndWait());
        for (int i = 0; i < 3; ++i)
            bob.chat.send(QStringLiteral("before %1").arg(i));
        QTRY_COMPARE(alice.live.size(), 3);
        alice.sup.close();
        QTRY_COMPARE(alice.sup.state(), State::Disconnected);
        bob.chat.send(QStringLiteral("while alice was away"));
        QTRY_COMPARE(bob.chat.pendingCount(), 0);
        const auto historyEvents = [&alice] {
            int n = 0;
            for (qsizetype i = 0; i < alice.log.size(); ++i)
                n += alice.log.at(i).type == EventType::Message
                    && alice.log.at(i).fields.value(QLatin1String("history")).toBool();
            return n;
        };
        QCOMPARE(historyEvents(), 0);
        QVERIFY(alice.openAndWait());
        QTRY_COMPARE(alice.history.size(), 1);
        QCOMPARE(alice.history.first().text, QStringLiteral("while alice was away"));
        QCOMPARE(historyEvents(), 1);
    }

    void aRepeatDoesNotPileUpDuringAnOutage()
    {
        // "/every 0.02 hi" while the server is away: one message waits in
        // the outbox, the other ticks are skipped, and it is delivered once
        // the server is back; then the repeat goes on as before.
        auto server = std::make_unique<Server>();
        const quint16 port = server->server->port();
        Client alice(server->url(), QStringLiteral("alice"));
        QVERIFY(alice.openAndWait());
        MessageRepeater repeat(&alice.chat, &alice.log);
        server.reset();
        QTRY_VERIFY(alice.sup.state() != State::Open);
        QVERIFY(repeat.start(0.02, QStringLiteral("hi")).isEmpty());
        QTRY_VERIFY(repeat.skippedCount() >= 5);
        QCOMPARE(alice.chat.pendingCount(), 1);
        QCOMPARE(repeat.sentCount(), quint64(1));
        server = std::make_unique<Server>(ChatServerOptions{}, port);
        QTRY_VERIFY_WITH_TIMEOUT(repeat.sentCount() >= 4, 5000);
        QTRY_VERIFY(alice.chat.pendingCount() <= 1);
        repeat.stop();
        QVERIFY(alice.log.size() > 0);
        int setting = 0;
        for (qsizetype i = 0; i < alice.log.size(); ++i)
            setting += alice.log.at(i).type == EventType::Setting
                && alice.log.at(i).fields.value(QLatin1String("name")).toString() == QLatin1String("repeat");
        QCOMPARE(setting, 2); // on, off
    }

    void badInputGetsAnErrorAndTheConnectionStays_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("not json") << QStringLiteral("{oops") << QStringLiteral("not JSON");
        QTest::addRow("array") << QStringLiteral("[1]") << QStringLiteral("object");
        QTest::addRow("no type") << QStringLiteral(R"({"text":"x"})") << QStringLiteral("type");
        QTest::addRow("unknown type") << QStringLiteral(R"({"type":"dance"})") << QStringLiteral("dance");
        QTest::addRow("text not string") << QStringLiteral(R"({"type":"chat","id":"a","text":5})")
                                         << QStringLiteral("text");
        QTest::addRow("no id") << QStringLiteral(R"({"type":"chat","text":"x"})") << QStringLiteral("id");
        QTest::addRow("empty id") << QStringLiteral(R"({"type":"chat","id":"","text":"x"})") << QStringLiteral("id");
        QTest::addRow("sent_at text") << QStringLiteral(R"({"type":"chat","id":"a","text":"x","sent_at":"now"})")
                                      << QStringLiteral("sent_at");
        QTest::addRow("bad name") << QStringLiteral(R"({"type":"rename","name":""})") << QStringLiteral("name");
    }
    void badInputGetsAnErrorAndTheConnectionStays()
    {
        QFETCH(QString, frame);
        QFETCH(QString, mentions);
        Server server;
        RawClient bad(server.url());
        Client good(server.url(), QStringLiteral("good"));
        QVERIFY(good.openAndWait());
        QTRY_COMPARE(bad.count(QStringLiteral("hello")), 1);
        bad.socket.sendTextMessage(frame);
        QTRY_COMPARE(bad.count(QStringLiteral("error")), 1);
        const QString text = bad.last(QStringLiteral("error")).value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(mentions), qPrintable(text));
        // Still connected, and a correct frame still works for both.
        bad.socket.sendTextMessage(QStringLiteral(R"({"type":"chat","id":"ok1","text":"fine now"})"));
        QTRY_COMPARE(bad.count(QStringLiteral("ack")), 1);
        QCOMPARE(bad.socket.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(good.liveTexts(), QStringList{QStringLiteral("fine now")});
    }

    void maxConnectionsRefusesWith1013()
    {
        ChatServerOptions options;
        options.maxConnections = 2;
        Server server(options);
        RawClient a(server.url()), b(server.url());
        QTRY_COMPARE(a.count(QStringLiteral("hello")), 1);
        QTRY_COMPARE(b.count(QStringLiteral("hello")), 1);
        // Read the close frame off the wire: Qt's own client cannot see 1013
        // (QWebSocket refuses codes 1012-2999 and reports 1002 instead).
        QTcpSocket third;
        third.connectToHost(QHostAddress::LocalHost, server.server->port());
        QVERIFY(third.waitForConnected(5000));
        third.write(kUpgradeRequest);
        QByteArray wire;
        QTRY_VERIFY((wire += third.readAll()).contains("\r\n\r\n") && wire.size() > wire.indexOf("\r\n\r\n") + 6);
        const QByteArray frame = wire.mid(wire.indexOf("\r\n\r\n") + 4);
        QCOMPARE(quint8(frame.at(0)), quint8(0x88)); // FIN + close, nothing before it (no hello)
        QCOMPARE(qFromBigEndian<quint16>(frame.constData() + 2), quint16(1013));
        QCOMPARE(frame.mid(4, quint8(frame.at(1)) - 2), QByteArray("try again later"));

        // wspulse's client says what Qt did to that close instead of blaming the server.
        Client c(server.url());
        QSignalSpy closed(&c.sup, &ConnectionSupervisor::closed);
        c.sup.open();
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.first().at(0).value<CloseInfo>().by, ConnectionSupervisor::ClosedBy::Peer);
        bool named = false;
        for (qsizetype i = 0; i < c.log.size(); ++i)
            named |=
                c.log.at(i).fields.value(QStringLiteral("cause")).toString() == QLatin1String("qt_rejected_close_code");
        QVERIFY(named);
        QTRY_COMPARE(c.sup.state(), State::Reconnecting); // try again later, with backoff
        c.sup.close();
        // The others are still served.
        a.socket.sendTextMessage(QStringLiteral(R"({"type":"chat","id":"z","text":"still here"})"));
        QTRY_COMPARE(b.count(QStringLiteral("chat")), 1);
    }

    void originOutsideTheAllowListIsRefused()
    {
        ChatServerOptions options;
        options.allowedOrigins = {QStringLiteral("https://good.example")};
        Server server(options);
        QWebSocket evil(QStringLiteral("https://evil.example"));
        QSignalSpy evilGone(&evil, &QWebSocket::disconnected);
        evil.open(server.url());
        QVERIFY(evilGone.wait(5000));
        QVERIFY(!evil.isValid());
        bool warned = false;
        for (qsizetype i = 0; i < server.log.size(); ++i)
            warned |= server.log.at(i)
                          .fields.value(QStringLiteral("text"))
                          .toString()
                          .contains(QLatin1String("evil.example"));
        QVERIFY(warned);
        QWebSocket good(QStringLiteral("https://good.example"));
        QSignalSpy hello(&good, &QWebSocket::textMessageReceived);
        good.open(server.url());
        QVERIFY(hello.wait(5000));
        QVERIFY(hello.first().first().toString().contains(QLatin1String("\"type\":\"hello\"")));
    }

    void oversizedMessageClosesWith1009()
    {
        Server server;
        server.settings.set(Param::MaxMessageSize, QStringLiteral("1000"), Source::Runtime);
        RawClient big(server.url());
        RawClient other(server.url());
        QTRY_COMPARE(big.count(QStringLiteral("hello")), 1);
        QSignalSpy closed(&big.socket, &QWebSocket::disconnected);
        big.socket.sendTextMessage(
            QStringLiteral(R"({"type":"chat","id":"big","text":"%1"})").arg(QString(5000, QLatin1Char('x'))));
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(big.socket.closeCode()), 1009);
        other.socket.sendTextMessage(QStringLiteral(R"({"type":"chat","id":"small","text":"ok"})"));
        QTRY_COMPARE(other.count(QStringLiteral("ack")), 1);
    }

    void rateLimitErrorsThenCloses1008()
    {
        ChatServerOptions options;
        options.rateLimit = 20;
        Server server(options);
        RawClient flood(server.url());
        Client calm(server.url(), QStringLiteral("calm"));
        QVERIFY(calm.openAndWait());
        QTRY_COMPARE(flood.count(QStringLiteral("hello")), 1);
        QSignalSpy closed(&flood.socket, &QWebSocket::disconnected);
        for (int i = 0; i < 60; ++i)
            flood.socket.sendTextMessage(QStringLiteral(R"({"type":"chat","id":"f%1","text":"flood"})").arg(i));
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(flood.socket.closeCode()), 1008);
        QVERIFY(flood.count(QStringLiteral("error")) >= 1);
        QVERIFY(flood.last(QStringLiteral("error"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("rate")));
        QVERIFY(flood.count(QStringLiteral("ack")) <= 21);
        // The calm client is served as before.
        calm.chat.send(QStringLiteral("unaffected"));
        QTRY_VERIFY(calm.liveTexts().contains(QStringLiteral("unaffected")));
    }

    void serverPongTimeoutClosesOnlyTheSilentClient()
    {
        Server server;
        server.settings.set(Param::PingInterval, QStringLiteral("0.05"), Source::Runtime);
        server.settings.set(Param::PongTimeout, QStringLiteral("0.15"), Source::Runtime);
        Client healthy(server.url(), QStringLiteral("healthy"));
        QVERIFY(healthy.openAndWait());
        // A client that completes the upgrade and then never answers a ping.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, server.server->port());
        QVERIFY(silent.waitForConnected(5000));
        silent.write(kUpgradeRequest);
        connect(&silent, &QTcpSocket::readyRead, &silent, [&silent] { silent.readAll(); });
        QSignalSpy gone(&silent, &QTcpSocket::disconnected);
        QVERIFY(gone.wait(5000));
        bool pongTimeout = false;
        for (qsizetype i = 0; i < server.log.size(); ++i) {
            const Event &e = server.log.at(i);
            if (e.type == EventType::Timeout
                && e.fields.value(QStringLiteral("kind")).toString() == QLatin1String("pong")) {
                pongTimeout = true;
                QVERIFY(e.fields.value(QStringLiteral("conn")).toString().startsWith(QLatin1Char('c')));
            }
        }
        QVERIFY(pongTimeout);
        QCOMPARE(healthy.sup.state(), State::Open);
        healthy.chat.send(QStringLiteral("still fine"));
        QTRY_VERIFY(healthy.liveTexts().contains(QStringLiteral("still fine")));
    }

    void rawModeAgainstAServerWithoutTheSubprotocol()
    {
        // A plain echo server that negotiates nothing.
        QWebSocketServer echo(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
        QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
        connect(&echo, &QWebSocketServer::newConnection, &echo, [&echo] {
            QWebSocket *s = echo.nextPendingConnection();
            s->setParent(&echo);
            connect(s, &QWebSocket::textMessageReceived, s, [s](const QString &t) { s->sendTextMessage(t); });
        });
        Client c(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(echo.serverPort())));
        QSignalSpy raw(&c.chat, &ChatClient::rawReceived);
        c.chat.send(QStringLiteral("typed before open"));
        QTRY_COMPARE(c.sup.state(), State::Open);
        QCOMPARE(c.chat.mode(), ChatClient::Mode::Raw);
        QTRY_COMPARE(raw.size(), 1);
        QCOMPARE(raw.first().first().toString(), QStringLiteral("typed before open"));
        c.chat.send(QStringLiteral("{not chat}"));
        QTRY_COMPARE(raw.size(), 2);
        QCOMPARE(raw.at(1).first().toString(), QStringLiteral("{not chat}"));
    }

    void pythonClientJoinsAndChats()
    {
        Server server;
        Client alice(server.url(), QStringLiteral("alice"));
        QVERIFY(alice.openAndWait());
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(WSPULSE_TESTS_DIR "/peers/chat_client.py"), server.url().toString(),
                  QStringLiteral("from python"), QStringLiteral("from alice")});
        QVERIFY(py.waitForStarted(5000));
        // Once the python client is in, alice talks to it.
        QTRY_COMPARE_WITH_TIMEOUT(alice.chat.users().size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(alice.liveTexts().contains(QStringLiteral("from python")), 10000);
        alice.chat.send(QStringLiteral("from alice"));
        // The server lives in this thread: wait with the event loop running.
        QTRY_COMPARE_WITH_TIMEOUT(py.state(), QProcess::NotRunning, 15000);
        const QByteArray out = py.readAllStandardOutput();
        QVERIFY2(py.exitCode() == 0, (out + py.readAllStandardError()).constData());
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("wspulse.chat.v1"));
        QVERIFY(result.value(QStringLiteral("acked")).toBool());
        QVERIFY(result.value(QStringLiteral("heard")).toBool());
        QVERIFY(result.value(QStringLiteral("users")).toArray().contains(QStringLiteral("alice")));
    }
};

WSPULSE_TEST_MAIN(TestChat)
#include "tst_chat.moc"
