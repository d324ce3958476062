// The supervisor over real loopback sockets, each test against a peer that
// misbehaves in one precise way (RawPeer). Timing runs on a ManualClock: the
// test advances it and the deadlines due run at once, so each timeout is
// checked to the millisecond and "nothing happens" needs no waiting. A few
// tests keep the real clock for what only real time shows (a frame trickling
// in, a kernel queue draining, Qt's own 5 s read timeout); their timeouts are
// tens to hundreds of milliseconds and assertions wait with QTRY_* /
// QSignalSpy::wait.
#include "testmain.h"
#include "boundsupervisor.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "rawpeer.h"
#include "settings.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace wspulse;
using namespace std::chrono_literals;
using State = ConnectionSupervisor::State;

class TestSupervisor : public QObject
{
    Q_OBJECT

    struct Rig
    {
        enum Time { Manual, RealTime };
        Settings settings;
        EventLog log{SteadyClock::instance()};
        ManualClock clock;
        DeadlineScheduler manualScheduler{&clock, nullptr, DeadlineScheduler::Drive::Manual};
        RawPeer peer;
        std::unique_ptr<BoundSupervisor> sup;

        // Everything off unless a test switches it on, so each test sees one mechanism.
        explicit Rig(Time time = Manual)
        {
            for (Param p : {Param::PingInterval, Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout,
                            Param::MessageTimeout, Param::HeartbeatInterval})
                set(p, "0");
            set(Param::ConnectTimeout, "2");
            set(Param::ReconnectDelay, "0.05");
            set(Param::ReconnectMaxDelay, "0.2");
            if (!peer.listen())
                qFatal("cannot listen");
            sup = std::make_unique<BoundSupervisor>(&settings, &log, time == Manual ? &manualScheduler : nullptr);
            if (qEnvironmentVariableIsSet("WSPULSE_TEST_EVENTS"))
                QObject::connect(&log, &EventLog::added, &log,
                                 [](const Event &e) { fputs(e.toJsonLine().constData(), stderr); });
            sup->setUrl(QUrl(peer.url()));
        }
        void set(Param p, const char *value)
        {
            const QString error = settings.set(p, QLatin1String(value), Source::Runtime);
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
        QList<Event> events(EventType type) const
        {
            QList<Event> out;
            for (qsizetype i = 0; i < log.size(); ++i) {
                if (log.at(i).type == type)
                    out.append(log.at(i));
            }
            return out;
        }
        // Moves the manual clock on and runs every deadline now due.
        void advance(std::chrono::milliseconds d)
        {
            clock.advance(d);
            manualScheduler.runDue();
        }
        bool openAndWait()
        {
            sup->open();
            return QTest::qWaitFor([this] { return sup->state() == State::Open; }, 5000);
        }
    };

    static QList<TimeoutKind> kinds(const QSignalSpy &spy)
    {
        QList<TimeoutKind> out;
        for (const QList<QVariant> &args : spy)
            out.append(args.at(0).value<TimeoutKind>());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<wspulse::TimeoutKind>();
        qRegisterMetaType<wspulse::ConnectionSupervisor::State>();
        qRegisterMetaType<wspulse::HeartbeatInfo>();
        qRegisterMetaType<wspulse::CloseInfo>();
    }

    void pingsAreTimedPerSequence()
    {
        Rig rig(Rig::RealTime);
        rig.set(Param::PingInterval, "0.03");
        QSignalSpy pongs(rig.sup.get(), &ConnectionSupervisor::pongReceived);
        QVERIFY(rig.openAndWait());
        QTRY_VERIFY(pongs.size() >= 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pongs.at(i).at(0).toULongLong(), quint64(i + 1));
            const qint64 rtt = pongs.at(i).at(1).toLongLong();
            QVERIFY2(rtt >= 0 && rtt < 1'000'000, qPrintable(QString::number(rtt)));
            QCOMPARE(pongs.at(i).at(2).toBool(), false);
        }
        QVERIFY(rig.sup->rtt().count >= 3);
        const QList<Event> pongEvents = rig.events(EventType::Pong);
        QVERIFY(pongEvents.first().fields.contains(QStringLiteral("rtt_us")));
    }

    void slowRoundTripRaisesALatencyAlert()
    {
        Rig rig;
        rig.peer.answerPings = false; // the test answers, after exactly 60 ms
        rig.set(Param::PingInterval, "0.1");
        rig.set(Param::PongTimeout, "1");
        rig.set(Param::LatencyAlert, "0.03");
        QSignalSpy alerts(rig.sup.get(), &ConnectionSupervisor::latencyAlert);
        QSignalSpy pongs(rig.sup.get(), &ConnectionSupervisor::pongReceived);
        QSignalSpy pings(&rig.peer, &RawPeer::pingReceived);
        QVERIFY(rig.openAndWait());
        const auto roundTrip = [&](std::chrono::milliseconds rtt) {
            rig.advance(100ms); // the ping is due
            if (!pings.wait(3000))
                return false;
            rig.advance(rtt);
            rig.peer.sendFrame(0xA, pings.takeLast().at(0).toByteArray());
            return pongs.wait(3000);
        };
        QVERIFY(roundTrip(60ms));
        QCOMPARE(pongs.last().at(1).toLongLong(), 60000); // timed from when the ping left
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().first().toLongLong(), 60000);
        QCOMPARE(rig.sup->counters().latencyAlerts, quint64(1));
        bool warned = false;
        for (const Event &e : rig.events(EventType::Warning))
            warned |= e.fields.value(QStringLiteral("alert")).toString() == QLatin1String("latency");
        QVERIFY(warned);
        // Raised above the round trip, the alert stops.
        rig.set(Param::LatencyAlert, "1");
        QVERIFY(roundTrip(60ms));
        QCOMPARE(alerts.size(), 1);
    }

    void firstPingLeavesAsTheConnectionOpens()
    {
        Rig rig;
        rig.set(Param::PingInterval, "25");
        QSignalSpy pongs(rig.sup.get(), &ConnectionSupervisor::pongReceived);
        QVERIFY(rig.openAndWait());
        // A latency sample without waiting a whole interval (the clock stands still).
        QVERIFY(pongs.size() == 1 || pongs.wait(3000));
        QCOMPARE(rig.sup->rtt().count, 1);
        // The next one an interval later, not sooner.
        QCOMPARE(rig.sup->counters().pings, 1u);
        rig.advance(24900ms);
        QCOMPARE(rig.sup->counters().pings, 1u);
        rig.advance(100ms);
        QCOMPARE(rig.sup->counters().pings, 2u);
    }

    void pingsOffMeansNoFirstPingEither()
    {
        Rig rig;
        rig.set(Param::PingInterval, "0");
        QVERIFY(rig.openAndWait());
        rig.advance(1000ms);
        QCOMPARE(rig.sup->counters().pings, 0u);
    }

    void pongTimeoutAbortsAndReconnects()
    {
        Rig rig;
        rig.peer.answerPings = false;
        rig.set(Param::PingInterval, "0.05");
        rig.set(Param::PongTimeout, "0.15");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QSignalSpy pings(&rig.peer, &RawPeer::pingReceived);
        QVERIFY(rig.openAndWait());
        // The first ping leaves as the connection opens.
        QVERIFY(pings.size() == 1 || pings.wait(3000));
        // More pings follow, unanswered too; the first one's clock rules.
        rig.advance(149ms);
        QVERIFY(timeouts.isEmpty());
        rig.advance(1ms);
        QCOMPARE(kinds(timeouts), QList<TimeoutKind>{TimeoutKind::Pong});
        QCOMPARE(timeouts.first().at(1).toLongLong(), 150); // to the millisecond
        QCOMPARE(closed.first().at(0).value<CloseInfo>().by, ConnectionSupervisor::ClosedBy::Local);
        QCOMPARE(closed.first().at(0).value<CloseInfo>().timeout, TimeoutKind::Pong);
        QCOMPARE(rig.events(EventType::Closed).first().fields.value(QStringLiteral("timeout")).toString(),
                 QStringLiteral("pong"));
        // Aborted, not closed: the dead peer is not waited for with a close handshake.
        QCOMPARE(rig.sup->state(), State::Reconnecting);
        rig.advance(200ms); // the longest first reconnect delay (0.05 s doubling, capped at 0.2 s)
        QTRY_COMPARE(rig.peer.connectionCount(), 2);
        QTRY_COMPARE(rig.sup->state(), State::Open);
        QCOMPARE(rig.sup->counters().missedPongs, quint64(1));
        QVERIFY(!rig.events(EventType::Reconnect).isEmpty());
    }

    void inboundBytesExtendThePongWait()
    {
        Rig rig(Rig::RealTime);
        rig.peer.answerPings = false;
        rig.set(Param::PingInterval, "0.05");
        rig.set(Param::PongTimeout, "0.15");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy binary(rig.sup.get(), &ConnectionSupervisor::binaryReceived);
        QVERIFY(rig.openAndWait());
        // 800 ms of one frame trickling in, a chunk every 40 ms: a pong cannot
        // overtake it, so the 150 ms pong timeout must wait.
        rig.peer.trickleBinary(20 * 1024, 1024, 40);
        QVERIFY(binary.wait(5000));
        QCOMPARE(binary.first().at(0).toByteArray().size(), 20 * 1024);
        QVERIFY2(timeouts.isEmpty(), "pong timeout fired while bytes were still arriving");
        // Once the frame is complete and still no pong comes, the timeout fires.
        QTRY_COMPARE(timeouts.size(), 1);
        QCOMPARE(kinds(timeouts).first(), TimeoutKind::Pong);
    }

    void idleClosesAndWaitsForTheNextSend()
    {
        Rig rig;
        rig.set(Param::IdleTimeout, "0.15");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy peerClose(&rig.peer, &RawPeer::closeReceived);
        QVERIFY(rig.openAndWait());
        rig.advance(149ms);
        QVERIFY(timeouts.isEmpty());
        rig.advance(1ms);
        QCOMPARE(kinds(timeouts), QList<TimeoutKind>{TimeoutKind::Idle});
        QCOMPARE(timeouts.first().at(1).toLongLong(), 150);
        QVERIFY(peerClose.wait(3000));
        QCOMPARE(peerClose.first().at(0).toInt(), 1000);
        QTRY_COMPARE(rig.sup->state(), State::Disconnected);
        const Event closedEvent = rig.events(EventType::Closed).first();
        QCOMPARE(closedEvent.fields.value(QStringLiteral("reason")).toString(), QStringLiteral("idle timeout"));
        QCOMPARE(closedEvent.fields.value(QStringLiteral("by")).toString(), QStringLiteral("local"));
        // No automatic reconnect, however long it stays quiet.
        rig.advance(3600s);
        QCOMPARE(rig.sup->state(), State::Disconnected);
        QCOMPARE(rig.peer.connectionCount(), 1);
        // The next message reopens, and is delivered.
        rig.sup->sendText(QStringLiteral("wake up"));
        QTRY_COMPARE(rig.peer.connectionCount(), 2);
        QTRY_VERIFY(rig.peer.texts.contains("wake up"));
    }

    void trickledFrameIsNeverIdle()
    {
        Rig rig(Rig::RealTime);
        rig.set(Param::IdleTimeout, "0.2");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy binary(rig.sup.get(), &ConnectionSupervisor::binaryReceived);
        QVERIFY(rig.openAndWait());
        // One 32 KiB frame over ~1.3 s, never pausing 200 ms: no frame completes
        // for far longer than the idle timeout, yet bytes keep moving.
        rig.peer.trickleBinary(32 * 1024, 1024, 40);
        QVERIFY(binary.wait(5000));
        QCOMPARE(binary.first().at(0).toByteArray().size(), 32 * 1024);
        QVERIFY2(timeouts.isEmpty(), "idle timeout fired while a frame was trickling in");
        QCOMPARE(rig.sup->state(), State::Open);
        // Afterwards the connection really is idle.
        QTRY_COMPARE(timeouts.size(), 1);
        QCOMPARE(kinds(timeouts).first(), TimeoutKind::Idle);
    }

    void pingsKeepAQuietConnectionOpen()
    {
        Rig rig;
        rig.set(Param::IdleTimeout, "0.2");
        rig.set(Param::PingInterval, "0.05");
        rig.set(Param::PongTimeout, "1");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy pongs(rig.sup.get(), &ConnectionSupervisor::pongReceived);
        QVERIFY(rig.openAndWait());
        // Nothing but pings for 4 idle periods: the idle timeout must not fire.
        for (int i = 0; i < 16; ++i) {
            rig.advance(50ms);
            QVERIFY(pongs.wait(3000));
        }
        QVERIFY2(timeouts.isEmpty(), "a quiet connection with keep-alive pings was closed as idle");
        QCOMPARE(rig.sup->state(), State::Open);
        // Control: stop the pings and the same connection goes idle, 200 ms after the last pong.
        rig.set(Param::PingInterval, "0");
        rig.advance(199ms);
        QVERIFY(timeouts.isEmpty());
        rig.advance(1ms);
        QCOMPARE(kinds(timeouts), QList<TimeoutKind>{TimeoutKind::Idle});
        QCOMPARE(timeouts.first().at(1).toLongLong(), 200);
    }

    void lifetimeClosesReconnectsAndKeepsTheQueue()
    {
        Rig rig;
        rig.set(Param::ConnectionTimeout, "0.2");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy peerClose(&rig.peer, &RawPeer::closeReceived);
        // Sent while the old connection closes and before the new one opens:
        // both wait for the new connection.
        bool queuedWhileDown = false;
        connect(rig.sup.get(), &ConnectionSupervisor::stateChanged, this, [&](State s) {
            if (s == State::Closing)
                rig.sup->sendText(QStringLiteral("sent while closing"));
            if (s == State::Reconnecting && !queuedWhileDown) {
                queuedWhileDown = true;
                rig.sup->sendText(QStringLiteral("sent while reconnecting"));
            }
        });
        QVERIFY(rig.openAndWait());
        rig.advance(199ms);
        QVERIFY(timeouts.isEmpty());
        rig.advance(1ms);
        QCOMPARE(kinds(timeouts), QList<TimeoutKind>{TimeoutKind::Lifetime});
        QCOMPARE(timeouts.first().at(1).toLongLong(), 200);
        QVERIFY(peerClose.wait(3000));
        QCOMPARE(peerClose.first().at(0).toInt(), 1001);
        QTRY_COMPARE(rig.peer.connectionCount(), 2);
        QVERIFY(queuedWhileDown);
        QTRY_COMPARE(rig.peer.texts.size(), 2);
        QCOMPARE(rig.peer.texts, (QList<QByteArray>{"sent while closing", "sent while reconnecting"}));
        const QList<Event> reconnects = rig.events(EventType::Reconnect);
        QCOMPARE(reconnects.first().fields.value(QStringLiteral("delay_ms")).toInt(), 0);
    }

    void stalledSendTimesOutAndIsResent()
    {
        Rig rig(Rig::RealTime);
        rig.set(Param::MessageTimeout, "0.2");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy received(&rig.peer, &RawPeer::binaryReceived);
        QVERIFY(rig.openAndWait());
        rig.peer.setReading(false);
        // Far more than the kernel buffers hold, so bytes wait in our process.
        const qint64 size = 24 * 1024 * 1024;
        rig.sup->sendBinary(QByteArray(size, 'm'));
        QTRY_COMPARE_WITH_TIMEOUT(timeouts.size(), 1, 10000);
        QCOMPARE(kinds(timeouts).first(), TimeoutKind::Message);
        QVERIFY(timeouts.first().at(1).toLongLong() >= 200);
        // Aborted and reconnected; the unwritten message was requeued and now arrives whole.
        rig.peer.setReading(true);
        QTRY_COMPARE_WITH_TIMEOUT(rig.peer.connectionCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 20000);
        QCOMPARE(received.first().at(0).toLongLong(), size);
        QCOMPARE(rig.sup->unwrittenCount(), 0);
    }

    void slowButMovingSendIsNeverStalled()
    {
        // A peer that reads 128 KiB/s through a small window, and a client
        // send buffer too small for the message, so most of it waits in our
        // process: it drains over about a second, far longer than the 300 ms
        // send-stall limit, but never stops moving.
        Rig rig(Rig::RealTime);
        rig.set(Param::MessageTimeout, "0.3");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy received(&rig.peer, &RawPeer::binaryReceived);
        QVERIFY(rig.openAndWait());
        auto *transport = rig.sup->socket()->findChild<QTcpSocket *>();
        QVERIFY(transport);
        transport->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 8 * 1024);
        rig.peer.setReadRate(128 * 1024);
        const qint64 size = 128 * 1024;
        rig.sup->sendBinary(QByteArray(size, 's'));
        QVERIFY(rig.sup->unwrittenCount() == 1); // it did not fit: it is in transit
        QVERIFY(received.wait(10000));
        QCOMPARE(received.first().at(0).toLongLong(), size);
        QVERIFY2(timeouts.isEmpty(), "a slow but moving send was taken for a stalled one");
        QCOMPARE(rig.peer.connectionCount(), 1);
    }

    void aMessageStillDrainingInTheKernelIsNeverIdle()
    {
        // The kernel takes most of the message at once; a peer reading 64 KiB/s
        // through a small window takes ~2.5 s to receive it. All that time it
        // is in transit, although nothing passes our socket after the first
        // millisecond.
        Rig rig(Rig::RealTime);
        rig.set(Param::IdleTimeout, "1");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy received(&rig.peer, &RawPeer::binaryReceived);
        QVERIFY(rig.openAndWait());
        rig.peer.setReadRate(64 * 1024);
        const qint64 size = 160 * 1024;
        rig.sup->sendBinary(QByteArray(size, 'd'));
        QVERIFY(received.wait(10000));
        QCOMPARE(received.first().at(0).toLongLong(), size);
        QVERIFY2(timeouts.isEmpty(), "idle timeout while the message was still draining to the peer");
        // Delivered, nothing moves any more: now it is idle.
        QTRY_COMPARE_WITH_TIMEOUT(timeouts.size(), 1, 3000);
        QCOMPARE(kinds(timeouts).first(), TimeoutKind::Idle);
    }

    void pongClockStartsWhenThePingLeaves()
    {
        Rig rig;
        rig.set(Param::PingInterval, "0.05");
        rig.set(Param::PongTimeout, "0.15");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy pongs(rig.sup.get(), &ConnectionSupervisor::pongReceived);
        QVERIFY(rig.openAndWait());
        // The first ping leaves as the connection opens, with nothing ahead of it.
        QVERIFY(pongs.size() == 1 || pongs.wait(3000));
        QCOMPARE(pongs.first().at(2).toBool(), false);
        rig.peer.setReading(false);
        rig.sup->sendBinary(QByteArray(24 * 1024 * 1024, 'p'));
        // Pings now queue behind the stuck send and have not left: four pong
        // timeouts pass (on the clock) without a pong timeout.
        for (int i = 0; i < 12; ++i) {
            rig.advance(50ms);
            QCoreApplication::processEvents(); // let the transport write what it can
        }
        QVERIFY2(timeouts.isEmpty(), "pong timeout counted from a ping still queued behind a send");
        QVERIFY(rig.sup->outstandingPings() >= 10);
        rig.peer.setReading(true);
        QTRY_VERIFY_WITH_TIMEOUT(pongs.size() >= 2, 20000);
        // That sample waited behind our own bytes: it is marked, not mixed into the latency.
        QCOMPARE(pongs.at(1).at(2).toBool(), true);
        QVERIFY(rig.sup->counters().queuedRttSamples >= 1);
        QCOMPARE(rig.sup->rtt().count, 1);
        QVERIFY(timeouts.isEmpty());
    }

    void pingQueuedInTheKernelBehindASlowUploadIsNotTimedOut()
    {
        // A slow uplink: the peer takes 1 MiB/s through a small window, and
        // our kernel holds megabytes of upload unsent. Pings written behind
        // it have left the process long before they leave the host; their
        // pong clocks must wait while that queue drains.
        Rig rig(Rig::RealTime);
        rig.set(Param::PingInterval, "0.05");
        rig.set(Param::PongTimeout, "0.3");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy pongs(rig.sup.get(), &ConnectionSupervisor::pongReceived);
        QVERIFY(rig.openAndWait());
        auto *transport = rig.sup->socket()->findChild<QTcpSocket *>();
        QVERIFY(transport);
        transport->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 4 * 1024 * 1024);
        rig.peer.setReadRate(1024 * 1024);
        QSignalSpy received(&rig.peer, &RawPeer::binaryReceived);
        rig.sup->sendBinary(QByteArray(1536 * 1024, 'u'));
        QVERIFY(received.wait(15000)); // ~1.5 s at 1 MiB/s
        QVERIFY2(timeouts.isEmpty(), "a pong timeout fired while the ping waited in the kernel behind the upload");
        QTRY_VERIFY(pongs.size() >= 3);
        // And a queue that stops moving is a dead path: once pings are in
        // the kernel behind the next upload, the peer stops reading, and the
        // pong timeout fires.
        rig.sup->sendBinary(QByteArray(1536 * 1024, 'd'));
        QTRY_VERIFY(rig.sup->outstandingPings() >= 2);
        rig.peer.setReading(false);
        QTRY_VERIFY_WITH_TIMEOUT(!timeouts.isEmpty(), 5000);
        QCOMPARE(timeouts.first().first().value<TimeoutKind>(), TimeoutKind::Pong);
    }

    void connectTimeoutRetries()
    {
        Rig rig;
        rig.peer.answerUpgrade = false;
        rig.set(Param::ConnectTimeout, "0.15");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy accepted(&rig.peer, &RawPeer::tcpAccepted);
        rig.sup->open();
        QVERIFY(accepted.wait(3000));
        rig.advance(149ms);
        QVERIFY(timeouts.isEmpty());
        rig.advance(1ms);
        QCOMPARE(kinds(timeouts), QList<TimeoutKind>{TimeoutKind::Connect});
        QCOMPARE(timeouts.first().at(1).toLongLong(), 150);
        QCOMPARE(rig.sup->state(), State::Reconnecting);
        // Said once, as a timeout and its close: not also as a failed connect.
        QVERIFY(rig.events(EventType::Error).isEmpty());
        QCOMPARE(rig.events(EventType::Closed).size(), 1);
        // Once the peer answers, a retry succeeds (each unanswered one times out first).
        rig.peer.answerUpgrade = true;
        for (int i = 0; i < 5 && rig.sup->state() != State::Open; ++i) {
            rig.advance(200ms);
            (void)QTest::qWaitFor([&] { return rig.sup->state() == State::Open; }, 1000);
        }
        QCOMPARE(rig.sup->state(), State::Open);
        QVERIFY(rig.peer.connectionCount() >= 2);
    }

    void liveChangeRearmsFromLastActivity()
    {
        Rig rig;
        rig.set(Param::IdleTimeout, "10");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QSignalSpy pongs(rig.sup.get(), &ConnectionSupervisor::pongReceived);
        QVERIFY(rig.openAndWait());
        // Pings switched on at run time start on the open connection.
        rig.set(Param::PingInterval, "0.03");
        for (int i = 0; i < 3; ++i) {
            rig.advance(30ms);
            QVERIFY(pongs.wait(3000));
        }
        rig.set(Param::PingInterval, "0");
        // Quiet for 300 ms on the clock.
        rig.advance(300ms);
        QVERIFY(timeouts.isEmpty());
        // Shortening the idle timeout to 200 ms counts from the last activity,
        // which was 300 ms ago: it fires now, without the clock moving on,
        // not 200 ms from now.
        rig.set(Param::IdleTimeout, "0.2");
        QTRY_COMPARE(timeouts.size(), 1);
        QCOMPARE(kinds(timeouts).first(), TimeoutKind::Idle);
        QCOMPARE(timeouts.first().at(1).toLongLong(), 300);
        QCOMPARE(rig.peer.connectionCount(), 1); // no reconnect was needed for any of it
    }

    void liveChangeLengthensFromLastActivity()
    {
        Rig rig;
        rig.set(Param::IdleTimeout, "0.2");
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        QVERIFY(rig.openAndWait());
        rig.advance(150ms);
        rig.set(Param::IdleTimeout, "0.5"); // still from the last activity, 150 ms ago
        rig.advance(349ms);
        QVERIFY(timeouts.isEmpty());
        rig.advance(1ms);
        QCOMPARE(kinds(timeouts), QList<TimeoutKind>{TimeoutKind::Idle});
        QCOMPARE(timeouts.first().at(1).toLongLong(), 500);
    }

    void peerCloseAndNetworkLossAreToldApart()
    {
        Rig rig(Rig::RealTime);
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QVERIFY(rig.openAndWait());
        rig.peer.sendClose(1000, "bye");
        QVERIFY(closed.wait(3000));
        QCOMPARE(closed.first().at(0).value<CloseInfo>().code, 1000);
        QCOMPARE(closed.first().at(0).value<CloseInfo>().reason, QStringLiteral("bye"));
        QCOMPARE(closed.first().at(0).value<CloseInfo>().by, ConnectionSupervisor::ClosedBy::Peer);
        // A normal goodbye of a watched connection is retried too, with backoff.
        QTRY_COMPARE(rig.sup->state(), State::Reconnecting);
        QTRY_COMPARE(rig.sup->state(), State::Open);

        rig.peer.sendClose(1001, "restarting");
        QTRY_COMPARE(closed.size(), 2);
        QCOMPARE(closed.at(1).at(0).value<CloseInfo>().by, ConnectionSupervisor::ClosedBy::Peer);
        QTRY_COMPARE(rig.peer.connectionCount(), 3); // going away: reconnect
        QTRY_COMPARE(rig.sup->state(), State::Open);

        rig.peer.resetConnection();
        QTRY_COMPARE(closed.size(), 3);
        QCOMPARE(closed.at(2).at(0).value<CloseInfo>().code, 1006);
        QCOMPARE(closed.at(2).at(0).value<CloseInfo>().by, ConnectionSupervisor::ClosedBy::Network);
        QTRY_COMPARE(rig.peer.connectionCount(), 4);
        QTRY_COMPARE(rig.sup->state(), State::Open);
    }

    void aTcpCloseWithoutCloseFrameSaysHowLongItWasOpenAndQuiet()
    {
        Rig rig(Rig::RealTime);
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QVERIFY(rig.openAndWait());
        rig.peer.dropConnection();
        QVERIFY(closed.wait(3000));
        const CloseInfo info = closed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.by, ConnectionSupervisor::ClosedBy::Peer); // its FIN: the peer's host closed TCP
        QCOMPARE(info.cause, QStringLiteral("tcp_closed"));
        QCOMPARE(info.code, 1006);
        QVERIFY(info.ageMs && info.idleMs);
        QVERIFY(*info.idleMs <= *info.ageMs);
        const Event e = rig.events(EventType::Closed).last();
        for (const char *key : {"cause", "age_ms", "idle_ms"})
            QVERIFY2(e.fields.contains(QLatin1String(key)), key);
    }

    void ourOwnCloseFrameDoesNotMakeTheConnectionLookBusy()
    {
        Rig rig;
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QVERIFY(rig.openAndWait());
        rig.advance(300ms);
        rig.sup->close();
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(*closed.first().at(0).value<CloseInfo>().idleMs, 300);
    }

    void aResetIsTheNetworksNotThePeers()
    {
        Rig rig(Rig::RealTime);
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QVERIFY(rig.openAndWait());
        rig.peer.resetConnection();
        QVERIFY(closed.wait(3000));
        const CloseInfo info = closed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.by, ConnectionSupervisor::ClosedBy::Network);
        QCOMPARE(info.cause, QStringLiteral("tcp_reset"));
        QCOMPARE(rig.events(EventType::Closed).last().fields.value(QStringLiteral("by")).toString(),
                 QStringLiteral("network"));
    }

    void repeatedCutsAfterTheSameSilenceAreNamed()
    {
        // A proxy that cuts connections after 300 ms of silence, twice: the
        // second cut is recognised, and says which ping interval helps.
        Rig rig;
        QSignalSpy suspected(rig.sup.get(), &ConnectionSupervisor::intermediaryCutSuspected);
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QVERIFY(rig.openAndWait());
        for (int i = 1; i <= 2; ++i) {
            rig.advance(300ms);
            rig.peer.dropConnection();
            QTRY_COMPARE(closed.size(), i);
            QCOMPARE(*closed.last().at(0).value<CloseInfo>().idleMs, 300);
            QCOMPARE(rig.sup->state(), State::Reconnecting);
            rig.advance(200ms); // the longest reconnect delay of the rig
            QTRY_COMPARE(rig.sup->state(), State::Open);
        }
        QCOMPARE(suspected.size(), 1);
        QCOMPARE(suspected.first().at(0).toLongLong(), 300);
        QCOMPARE(suspected.first().at(1).toInt(), 2);
        bool warned = false;
        for (const Event &e : rig.events(EventType::Warning))
            warned |= e.fields.value(QStringLiteral("alert")).toString() == QLatin1String("intermediary_cut")
                && e.fields.value(QStringLiteral("text")).toString().contains(QLatin1String("0.3 s"));
        QVERIFY(warned);
    }

    void refusedUpgradeIsNamedAtOnce()
    {
        // The server answers 404 and keeps the connection open. With the
        // connect timeout off, and the clock never moving, the attempt must
        // still end, with the status named.
        Rig rig;
        rig.peer.refuseUpgradeWith = 404;
        rig.set(Param::ConnectTimeout, "0");
        QSignalSpy failed(rig.sup.get(), &ConnectionSupervisor::connectFailed);
        QSignalSpy timeouts(rig.sup.get(), &ConnectionSupervisor::timedOut);
        rig.sup->open();
        QVERIFY(failed.wait(3000));
        const CloseInfo info = failed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("http_status"));
        QCOMPARE(info.httpStatus, 404);
        QCOMPARE(info.httpReason, QStringLiteral("Not Found"));
        QCOMPARE(info.by, ConnectionSupervisor::ClosedBy::Peer);
        QVERIFY2(info.reason.contains(QLatin1String("404")), qPrintable(info.reason));
        QVERIFY(timeouts.isEmpty());
        QCOMPARE(rig.sup->state(), State::Reconnecting);
        QVERIFY(rig.sup->failingToConnect());
        rig.peer.refuseUpgradeWith = 0;
        rig.advance(200ms); // the longest reconnect delay of the rig
        QTRY_COMPARE(rig.sup->state(), State::Open);
        QVERIFY(!rig.sup->failingToConnect());
        const Event e = rig.events(EventType::Error).first();
        QCOMPARE(e.fields.value(QStringLiteral("cause")).toString(), QStringLiteral("http_status"));
        QCOMPARE(e.fields.value(QStringLiteral("http_status")).toInt(), 404);
    }

    void refusedPortIsNamed()
    {
        QTcpServer closedPort;
        QVERIFY(closedPort.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closedPort.serverPort();
        closedPort.close(); // nothing listens there now
        Rig rig;
        rig.sup->setUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        QSignalSpy failed(rig.sup.get(), &ConnectionSupervisor::connectFailed);
        rig.sup->open();
        QVERIFY(failed.wait(3000));
        const CloseInfo info = failed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("connection_refused"));
        QCOMPARE(info.by, ConnectionSupervisor::ClosedBy::Network);
        QVERIFY(rig.sup->failingToConnect()); // retrying, not reconnecting
        QCOMPARE(rig.events(EventType::Error).first().fields.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("connection_refused"));
    }

    void deliberateCloseDoesNotReconnect()
    {
        Rig rig;
        QVERIFY(rig.openAndWait());
        rig.sup->close();
        QTRY_COMPARE(rig.sup->state(), State::Disconnected);
        rig.advance(3600s); // far past any reconnect delay: none happens
        QCOMPARE(rig.sup->state(), State::Disconnected);
        QCOMPARE(rig.peer.connectionCount(), 1);
        QCOMPARE(rig.events(EventType::Closed).first().fields.value(QStringLiteral("by")).toString(),
                 QStringLiteral("local"));
    }

    void messagesQueuedBeforeOpenAreFlushedInOrder()
    {
        Rig rig;
        for (int i = 0; i < 20; ++i)
            rig.sup->sendText(QStringLiteral("m%1").arg(i));
        QCOMPARE(rig.sup->queuedCount(), 20);
        rig.sup->open();
        QTRY_COMPARE(rig.peer.texts.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(rig.peer.texts.at(i), QStringLiteral("m%1").arg(i).toUtf8());
    }

    void inboundBytesAreCountedInUtf8()
    {
        Rig rig;
        rig.peer.echoText = true;
        QVERIFY(rig.openAndWait());
        // ASCII runs (counted four at a time), 2-, 3- and 4-byte characters,
        // and every tail length after a fast run.
        const QStringList texts{QStringLiteral("abcdefgh"),
                                QStringLiteral("abcdefg\u00e9"),
                                QStringLiteral("\u20ac"),
                                QStringLiteral("abcd\U0001F600xy"),
                                QStringLiteral("a"),
                                QStringLiteral("abcde\u00e9\u20acz"),
                                QString()};
        qint64 expected = 0;
        for (const QString &t : texts) {
            rig.sup->sendText(t);
            expected += t.toUtf8().size();
        }
        QTRY_COMPARE(rig.sup->counters().messagesIn, quint64(texts.size()));
        QCOMPARE(rig.sup->counters().bytesIn, quint64(expected));
        const QList<Event> in = rig.events(EventType::Message);
        qsizetype checked = 0;
        for (const Event &e : in) {
            if (e.fields.value(QStringLiteral("dir")).toString() != QLatin1String("in"))
                continue;
            QCOMPARE(e.fields.value(QStringLiteral("bytes")).toInteger(),
                     e.fields.value(QStringLiteral("text")).toString().toUtf8().size());
            ++checked;
        }
        QCOMPARE(checked, texts.size());
    }

    void heartbeatReportsMisses()
    {
        Rig rig;
        rig.set(Param::HeartbeatInterval, "0.05");
        QSignalSpy beats(rig.sup.get(), &ConnectionSupervisor::heartbeatChecked);
        QSignalSpy text(rig.sup.get(), &ConnectionSupervisor::textReceived);
        QVERIFY(rig.openAndWait());
        for (int i = 0; i < 4; ++i)
            rig.advance(50ms);
        QCOMPARE(beats.size(), 4);
        // (The first check may count the handshake's own bytes as arrivals.)
        for (int i = 1; i < 4; ++i) {
            const HeartbeatInfo beat = beats.at(i).at(0).value<HeartbeatInfo>();
            QCOMPARE(beat.ok, false);
            QCOMPARE(beat.missedInRow, beats.at(i - 1).at(0).value<HeartbeatInfo>().missedInRow + 1);
            QCOMPARE(beat.idleMs, 50 * (i + 1));
        }
        rig.peer.sendText(QStringLiteral("alive"));
        QVERIFY(text.wait(3000));
        rig.advance(50ms);
        QCOMPARE(beats.size(), 5);
        QCOMPARE(beats.last().at(0).value<HeartbeatInfo>().ok, true);
        QCOMPARE(beats.last().at(0).value<HeartbeatInfo>().missedInRow, 0);
        QCOMPARE(rig.sup->state(), State::Open); // a miss never closes by itself
        // Each miss is also a warning (a filter on warnings must see it).
        int missWarnings = 0;
        for (const Event &e : rig.events(EventType::Warning))
            missWarnings += e.fields.value(QStringLiteral("alert")).toString() == QLatin1String("heartbeat");
        int misses = 0;
        for (const QList<QVariant> &beat : beats)
            misses += !beat.at(0).value<HeartbeatInfo>().ok;
        QVERIFY(misses >= 3);
        QCOMPARE(missWarnings, misses);
        const Event hb = rig.events(EventType::Heartbeat).first();
        for (const char *key : {"ok", "idle_ms", "age_ms", "outstanding_pings", "missed_in_a_row"})
            QVERIFY2(hb.fields.contains(QLatin1String(key)), key);
    }

    void oversizedMessageIsNamedAsQtsOwnClose()
    {
        Rig rig;
        rig.set(Param::MaxMessageSize, "1000");
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QVERIFY(rig.openAndWait());
        rig.peer.sendText(QString(5000, QLatin1Char('x')));
        QVERIFY(closed.wait(3000));
        QCOMPARE(closed.first().at(0).value<CloseInfo>().code, 1009);
        const Event e = rig.events(EventType::Closed).first();
        QCOMPARE(e.fields.value(QStringLiteral("origin")).toString(), QStringLiteral("qt"));
        QCOMPARE(e.fields.value(QStringLiteral("by")).toString(), QStringLiteral("local"));
    }

    void qtReadTimeoutIsNamedAsSuch()
    {
        // Qt's own fixed 5 s timer, on the real clock (the cause is told from
        // the peer's close by how long nothing arrived). Five seconds of Qt's
        // timer say nothing about our dispatcher that the other tests do not.
        if (qgetenv("WSPULSE_TEST_DISPATCHER") == "epoll")
            QSKIP("Qt's own read timeout: checked in the run on Qt's dispatcher");
        Rig rig(Rig::RealTime);
        QSignalSpy closed(rig.sup.get(), &ConnectionSupervisor::closed);
        QVERIFY(rig.openAndWait());
        // A frame header, then silence: Qt's fixed 5 s partial-frame timeout closes.
        rig.peer.trickleBinary(1000, 100, 60000);
        QVERIFY(closed.wait(8000));
        QCOMPARE(closed.first().at(0).value<CloseInfo>().code, 1001);
        const Event e = rig.events(EventType::Closed).first();
        QCOMPARE(e.fields.value(QStringLiteral("cause")).toString(), QStringLiteral("qt_read_timeout"));
        QCOMPARE(e.fields.value(QStringLiteral("by")).toString(), QStringLiteral("local"));
    }
};

WSPULSE_TEST_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
