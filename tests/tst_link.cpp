// The link simulator, end to end: a supervised connection through the SOCKS5
// proxy to a real server, with latency, bandwidth caps, freeze and drop.
#include "testmain.h"
#include "boundsupervisor.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "kernelsendqueue.h"
#include "linksimulator.h"
#include "settings.h"
#include "tlsserver.h"

#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <algorithm>
#include <memory>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace wspulse;
using namespace std::chrono_literals;
using State = ConnectionSupervisor::State;

namespace {

// A plain server that echoes text and, on "big N", sends N bytes of binary.
class Server : public QWebSocketServer
{
public:
    QList<QString> received;
    int connections = 0;
    Server()
        : QWebSocketServer(QStringLiteral("link-test"), QWebSocketServer::NonSecureMode)
    {
        connect(this, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = nextPendingConnection()) {
                ++connections;
                s->setParent(this);
                connect(s, &QWebSocket::textMessageReceived, s, [this, s](const QString &t) {
                    received << t;
                    if (t.startsWith(QLatin1String("big ")))
                        s->sendBinaryMessage(QByteArray(t.mid(4).toInt(), 'b'));
                });
                connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(serverPort())); }
};

struct Client
{
    Settings settings;
    EventLog log{SteadyClock::instance()};
    BoundSupervisor sup{&settings, &log};
    Client(const QUrl &url, LinkSimulator *link)
    {
        for (Param p : {Param::PingInterval, Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout,
                        Param::MessageTimeout, Param::HeartbeatInterval})
            set(p, "0");
        set(Param::ReconnectDelay, "0.05");
        set(Param::ReconnectMaxDelay, "0.2");
        sup.setUrl(url);
        if (link)
            sup.setProxy(link->proxy());
    }
    void set(Param p, const char *v) { settings.set(p, QLatin1String(v), Source::Runtime); }
};

// Median ping RTT over `n` samples, in microseconds.
qint64 medianRtt(Client &c, int n)
{
    QSignalSpy pongs(&c.sup, &ConnectionSupervisor::pongReceived);
    c.set(Param::PingInterval, "0.02");
    // QSignalSpy::wait runs a real event loop; QTRY_/qWaitFor sleep 10 ms between
    // polls and would add their own delay to every round trip.
    while (pongs.size() < n) {
        if (!pongs.wait(5000))
            return -1;
    }
    c.set(Param::PingInterval, "0");
    QList<qint64> rtts;
    for (int i = 0; i < n; ++i)
        rtts << pongs.at(i).at(1).toLongLong();
    std::sort(rtts.begin(), rtts.end());
    return rtts.at(n / 2);
}

} // namespace

class TestLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aMessageHeldByTheSimulatorIsInTransitNotIdle()
    {
        // The simulator takes the whole upload into its buffer at once and
        // passes it on at 64 KiB/s: for ~1.5 s nothing passes our socket, yet
        // the message is moving.
        Server server;
        LinkSimulator link;
        QVERIFY(link.start());
        link.setBandwidth(LinkDirection::Up, 64 * 1024);
        Client c(server.url(), &link);
        c.sup.setInTransitElsewhere([&link] { return link.bufferedBytes(); }); // as Session does
        c.set(Param::IdleTimeout, "0.5");
        QSignalSpy timeouts(&c.sup, &ConnectionSupervisor::timedOut);
        c.sup.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.sup.state(), State::Open, 5000);
        const QString big(96 * 1024, QLatin1Char('u'));
        c.sup.sendText(big);
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 1, 10000);
        QCOMPARE(server.received.first().size(), big.size());
        QVERIFY2(timeouts.isEmpty(), "idle timeout while the simulator was still passing the message on");
        QTRY_COMPARE_WITH_TIMEOUT(timeouts.size(), 1, 3000); // then it is idle
    }

    void latencyAddsExactlyToTheRoundTrip()
    {
        Server server;
        Client direct(server.url(), nullptr);
        direct.sup.open();
        QTRY_COMPARE(direct.sup.state(), State::Open);
        const qint64 base = medianRtt(direct, 15);
        QVERIFY(base >= 0);

        LinkSimulator link;
        QVERIFY(link.start());
        Client through(server.url(), &link);
        through.sup.open();
        QTRY_COMPARE(through.sup.state(), State::Open);
        const qint64 passThrough = medianRtt(through, 15);
        link.setLatency(LinkDirection::Up, 50);
        link.setLatency(LinkDirection::Down, 50);
        const qint64 delayed = medianRtt(through, 15);
        qInfo("direct %lld us, through the link %lld us, with 50+50 ms %lld us", base, passThrough, delayed);
        const qint64 added = delayed - base;
        QVERIFY2(std::abs(added - 100'000) <= 2'000, qPrintable(QString::number(added)));
        // The link without conditions is transparent: two loopback hops more, no delay of its own.
        QVERIFY2(passThrough <= base + 2'000, qPrintable(QString::number(passThrough - base)));
        // Against the link alone, the added time is the configured latency and nothing else.
        const qint64 addedByLatency = delayed - passThrough;
        QVERIFY2(std::abs(addedByLatency - 100'000) <= 2'000, qPrintable(QString::number(addedByLatency)));
    }

    void asymmetricLatencyIsAddedToEachDirectionOnItsOwn()
    {
        // A round trip cannot tell 80+10 ms from 10+80 ms or from the up latency applied
        // both ways. Both ends live in this process, so each direction is timed alone on
        // one clock: from the sender flushing a message to the receiver's signal.
        QWebSocketServer server(QStringLiteral("link-test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        LinkSimulator link;
        QVERIFY(link.start());
        QWebSocket client;
        client.setProxy(link.proxy());
        QSignalSpy accepted(&server, &QWebSocketServer::newConnection);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())));
        QVERIFY(accepted.wait(5000));
        std::unique_ptr<QWebSocket> peer(server.nextPendingConnection());
        QVERIFY(peer);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(link.connectionCount(), 1); // it really goes through the link

        QElapsedTimer clock;
        clock.start();
        qint64 arrivedAt = 0;
        // Stamped in the slot, not after QSignalSpy::wait returns: nothing of the test's own loop is counted.
        connect(&client, &QWebSocket::textMessageReceived, this, [&] { arrivedAt = clock.nsecsElapsed(); });
        connect(peer.get(), &QWebSocket::textMessageReceived, this, [&] { arrivedAt = clock.nsecsElapsed(); });
        // Median one-way time from `from` to `to` over a few messages, in microseconds.
        const auto oneWay = [&](QWebSocket &from, QWebSocket &to) -> qint64 {
            QSignalSpy arrivals(&to, &QWebSocket::textMessageReceived);
            QList<qint64> times;
            for (int i = 0; i < 9; ++i) {
                const qint64 sentAt = clock.nsecsElapsed();
                from.sendTextMessage(QStringLiteral("t"));
                from.flush();
                if (!arrivals.wait(1000))
                    return -1;
                times << (arrivedAt - sentAt) / 1000;
            }
            std::sort(times.begin(), times.end());
            return times.at(times.size() / 2);
        };

        const qint64 upBase = oneWay(client, *peer);
        const qint64 downBase = oneWay(*peer, client);
        QVERIFY(upBase >= 0 && downBase >= 0);
        link.setLatency(LinkDirection::Up, 80);
        link.setLatency(LinkDirection::Down, 10);
        const qint64 up = oneWay(client, *peer);
        const qint64 down = oneWay(*peer, client);
        qInfo("one way through the link: up %lld us, down %lld us; with 80 ms up, 10 ms down: up %lld us, down %lld us",
              upBase, downBase, up, down);
        QVERIFY(up >= 0 && down >= 0);
        QVERIFY2(std::abs(up - upBase - 80'000) <= 3'000, qPrintable(QString::number(up - upBase)));
        QVERIFY2(std::abs(down - downBase - 10'000) <= 3'000, qPrintable(QString::number(down - downBase)));
    }

    void bandwidthCapPacesATransferThatIsNeverIdle()
    {
        Server server;
        LinkSimulator link;
        QVERIFY(link.start());
        const qint64 rate = 1024 * 1024; // 1 MiB/s down
        link.setBandwidth(LinkDirection::Down, rate);
        Client c(server.url(), &link);
        c.set(Param::IdleTimeout, "0.2"); // far shorter than the transfer
        QSignalSpy timeouts(&c.sup, &ConnectionSupervisor::timedOut);
        QSignalSpy binary(&c.sup, &ConnectionSupervisor::binaryReceived);
        c.sup.open();
        QTRY_COMPARE(c.sup.state(), State::Open);
        const qint64 size = 1024 * 1024;
        QElapsedTimer clock;
        clock.start();
        c.sup.sendText(QStringLiteral("big %1").arg(size));
        QVERIFY(binary.wait(10000));
        const double seconds = clock.nsecsElapsed() / 1e9;
        QCOMPARE(binary.first().first().toByteArray().size(), size);
        const double expected = double(size) / double(rate);
        qInfo("1 MiB at 1 MiB/s took %.3f s", seconds);
        QVERIFY2(std::abs(seconds - expected) <= 0.1 * expected, qPrintable(QString::number(seconds)));
        QVERIFY2(timeouts.isEmpty(), "idle timeout fired while the message was in transit");
    }

    void freezeFiresThePongTimeoutAndThawReconnects()
    {
        Server server;
        LinkSimulator link;
        QVERIFY(link.start());
        Client c(server.url(), &link);
        c.set(Param::PingInterval, "0.05");
        c.set(Param::PongTimeout, "0.2");
        c.set(Param::ConnectTimeout, "0.3");
        QSignalSpy timeouts(&c.sup, &ConnectionSupervisor::timedOut);
        c.sup.open();
        QTRY_COMPARE(c.sup.state(), State::Open);
        link.setFrozen(LinkDirection::Up, true);
        link.setFrozen(LinkDirection::Down, true);
        QSignalSpy opened(&c.sup, &ConnectionSupervisor::opened);
        QTRY_VERIFY(!timeouts.isEmpty());
        QCOMPARE(timeouts.first().first().value<TimeoutKind>(), TimeoutKind::Pong);
        // Frozen, reconnects cannot complete either: the link answers SOCKS itself, but
        // holds the upgrade request, so the attempt ends in the connect timeout (0.3 s)
        // instead of opening, and the server never sees a second handshake.
        QVERIFY2(!opened.wait(400), "a connection opened through a frozen link");
        QTRY_VERIFY(timeouts.size() >= 2);
        QCOMPARE(timeouts.at(1).first().value<TimeoutKind>(), TimeoutKind::Connect);
        QVERIFY(c.sup.state() != State::Open);
        QCOMPARE(server.connections, 1);
        link.setFrozen(LinkDirection::Up, false);
        link.setFrozen(LinkDirection::Down, false);
        QVERIFY(opened.wait(5000));
        QCOMPARE(c.sup.state(), State::Open);
    }

    void theKernelIsAskedAboutTheRealSocketBehindTheProxy()
    {
        // Through SOCKS5 Qt's socketDescriptor() is a made-up number (often
        // another socket's real one); the kernel's queues and TCP_INFO must be
        // read from the connection to the link itself.
        Server server;
        LinkSimulator link;
        QVERIFY(link.start());
        Client c(server.url(), &link);
        c.sup.open();
        QTRY_COMPARE(c.sup.state(), State::Open);
        const auto *transport = c.sup.socket()->findChild<QAbstractSocket *>();
        QVERIFY(transport);
        const qintptr fd = kernelDescriptorOf(transport);
        QVERIFY(fd >= 0);
        sockaddr_in peer{};
        socklen_t size = sizeof peer;
        QCOMPARE(::getpeername(int(fd), reinterpret_cast<sockaddr *>(&peer), &size), 0);
        QCOMPARE(ntohs(peer.sin_port), link.port());
    }

    void dropReconnectsWithTheQueueIntact()
    {
        Server server;
        LinkSimulator link;
        QVERIFY(link.start());
        Client c(server.url(), &link);
        QSignalSpy closed(&c.sup, &ConnectionSupervisor::closed);
        c.sup.open();
        QTRY_COMPARE(c.sup.state(), State::Open);
        link.drop();
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.first().at(0).value<CloseInfo>().by, ConnectionSupervisor::ClosedBy::Network);
        c.sup.sendText(QStringLiteral("queued while down"));
        QTRY_COMPARE(c.sup.state(), State::Open);
        QTRY_VERIFY(server.received.contains(QStringLiteral("queued while down")));
        QCOMPARE(server.connections, 2);
    }

    void wssThroughTheLinkVerifiesTheServer()
    {
        TlsEchoServer tls;
        QVERIFY(tls.start());
        LinkSimulator link;
        QVERIFY(link.start());
        link.setLatency(LinkDirection::Down, 5);
        Client ok(QUrl(QStringLiteral("wss://localhost:%1/").arg(tls.serverPort())), &link);
        ok.sup.setCaCertificates({tls.certificate()});
        QSignalSpy okErrors(&ok.sup, &ConnectionSupervisor::tlsErrors);
        ok.sup.open();
        QTRY_COMPARE(ok.sup.state(), State::Open);
        QVERIFY(okErrors.isEmpty());
        QCOMPARE(link.connectionCount(), 1); // it really went through the link

        // Same server, a name its certificate does not carry: verification fails.
        TlsEchoServer other;
        QVERIFY(other.start(QHostAddress(QStringLiteral("127.0.0.2"))));
        Client bad(QUrl(QStringLiteral("wss://127.0.0.2:%1/").arg(other.serverPort())), &link);
        bad.sup.setCaCertificates({tls.certificate()});
        QSignalSpy badErrors(&bad.sup, &ConnectionSupervisor::tlsErrors);
        bad.sup.open();
        QVERIFY(badErrors.wait(5000));
        bool mismatch = false;
        for (const QSslError &e : badErrors.first().at(1).value<QList<QSslError>>())
            mismatch |= e.error() == QSslError::HostNameMismatch;
        QVERIFY(mismatch);
    }

    void memoryStaysBoundedAgainstAFastSender()
    {
        Server server;
        LinkSimulator link;
        QVERIFY(link.start());
        link.setBandwidth(LinkDirection::Up, 10 * 1024); // 10 KiB/s
        Client c(server.url(), &link);
        c.sup.open();
        QTRY_COMPARE(c.sup.state(), State::Open);
        c.sup.sendBinary(QByteArray(8 * 1024 * 1024, 'f'));
        qint64 peak = 0;
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(100); // sampling the proxy's memory over a second
            peak = std::max(peak, link.bufferedBytes());
        }
        peak = std::max(peak, link.peakBufferedBytes());
        qInfo("peak held by the link: %lld bytes (bound %lld per connection)", peak, LinkSimulator::BoundPerConnection);
        QVERIFY(peak > 0);
        QVERIFY2(peak <= LinkSimulator::QueueLimit, qPrintable(QString::number(peak)));
        // The sender is held back by TCP, not the link's memory: its bytes wait at home.
        QVERIFY(c.sup.unwrittenCount() == 1);
    }
};

WSPULSE_TEST_MAIN(TestLink)
#include "tst_link.moc"
