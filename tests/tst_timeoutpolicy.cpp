// Deterministic tests of the deadline arithmetic on a manual clock: no
// sockets, no timers, no sleeping.
#include "reconnectbackoff.h"
#include "timeoutpolicy.h"

#include <QtTest>

using namespace wspulse;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(wspulse::Deadline)

class TestTimeoutPolicy : public QObject
{
    Q_OBJECT

    static TimeoutConfig config()
    {
        TimeoutConfig c;
        c.pingInterval = 25s;
        c.pongTimeout = 60s;
        c.idleTimeout = 60s;
        c.lifetime = 300s;
        c.messageTimeout = 1s;
        c.heartbeatInterval = 30s;
        c.connectTimeout = 10s;
        return c;
    }

    static TimeoutPolicy openAt(Nanos t, TimeoutConfig c = config())
    {
        TimeoutPolicy p;
        p.setConfig(c);
        p.connectStarted(t - 1s);
        p.opened(t);
        return p;
    }

private Q_SLOTS:
    void connectDeadlineOnlyWhileConnecting()
    {
        TimeoutPolicy p;
        p.setConfig(config());
        QVERIFY(!p.nextDeadline());
        p.connectStarted(100s);
        QCOMPARE(p.deadline(Deadline::Connect), std::optional<Nanos>(110s));
        QCOMPARE(p.nextDeadline(), std::optional<Nanos>(110s));
        QVERIFY(!p.deadline(Deadline::Idle));
        QVERIFY(p.due(109999ms).isEmpty());
        QCOMPARE(p.due(110s), QList<Deadline>{Deadline::Connect});
        QCOMPARE(p.conditionAge(Deadline::Connect, 110s), Nanos(10s));
        p.opened(105s);
        QVERIFY(!p.deadline(Deadline::Connect));
    }

    void eachDeadlineFromOpen_data()
    {
        QTest::addColumn<Deadline>("deadline");
        QTest::addColumn<qint64>("expectedSeconds");
        QTest::addRow("ping") << Deadline::Ping << qint64(25);
        QTest::addRow("idle") << Deadline::Idle << qint64(60);
        QTest::addRow("lifetime") << Deadline::Lifetime << qint64(300);
        QTest::addRow("heartbeat") << Deadline::Heartbeat << qint64(30);
    }
    void eachDeadlineFromOpen()
    {
        QFETCH(Deadline, deadline);
        QFETCH(qint64, expectedSeconds);
        const TimeoutPolicy p = openAt(1000s);
        QCOMPARE(p.deadline(deadline), std::optional<Nanos>(1000s + std::chrono::seconds(expectedSeconds)));
        QVERIFY(!p.due(1000s + std::chrono::seconds(expectedSeconds) - 1ns).contains(deadline));
        QVERIFY(p.due(1000s + std::chrono::seconds(expectedSeconds)).contains(deadline));
    }

    void zeroSwitchesOff_data()
    {
        QTest::addColumn<Deadline>("deadline");
        QTest::addRow("ping") << Deadline::Ping;
        QTest::addRow("pong") << Deadline::Pong;
        QTest::addRow("idle") << Deadline::Idle;
        QTest::addRow("lifetime") << Deadline::Lifetime;
        QTest::addRow("message") << Deadline::Message;
        QTest::addRow("heartbeat") << Deadline::Heartbeat;
    }
    void zeroSwitchesOff()
    {
        QFETCH(Deadline, deadline);
        TimeoutConfig c = config();
        c.pingInterval = c.pongTimeout = c.idleTimeout = c.lifetime = c.messageTimeout = c.heartbeatInterval = 0s;
        TimeoutPolicy p = openAt(0s, c);
        p.outboundQueued(1s);
        p.setOldestPingLeftAt(1s);
        QVERIFY(!p.deadline(deadline));
        QVERIFY(!p.nextDeadline());

        TimeoutPolicy connecting;
        TimeoutConfig off = config();
        off.connectTimeout = 0s;
        connecting.setConfig(off);
        connecting.connectStarted(0s);
        QVERIFY(!connecting.deadline(Deadline::Connect));
    }

    void idleCountsBothDirectionsAtByteLevel()
    {
        TimeoutPolicy p = openAt(0s);
        QCOMPARE(p.deadline(Deadline::Idle), std::optional<Nanos>(60s));
        p.inboundBytes(10s); // a chunk of a frame arrived
        QCOMPARE(p.deadline(Deadline::Idle), std::optional<Nanos>(70s));
        p.outboundWritten(50s, false); // bytes drained out
        QCOMPARE(p.deadline(Deadline::Idle), std::optional<Nanos>(110s));
        // Queued but not written is not activity (a stalled send is the message timeout's case).
        p.outboundQueued(80s);
        QCOMPARE(p.deadline(Deadline::Idle), std::optional<Nanos>(110s));
        QCOMPARE(p.conditionAge(Deadline::Idle, 110s), Nanos(60s));
    }

    void pongClockStartsWhenPingLeaves()
    {
        TimeoutPolicy p = openAt(0s);
        p.pingSent(25s);
        // Queued behind a large send: not left yet, so no pong deadline.
        QVERIFY(!p.deadline(Deadline::Pong));
        p.setOldestPingLeftAt(40s);
        QCOMPARE(p.deadline(Deadline::Pong), std::optional<Nanos>(100s));
        p.setOldestPingLeftAt(std::nullopt); // answered
        QVERIFY(!p.deadline(Deadline::Pong));
    }

    void inboundBytesExtendPongWait()
    {
        TimeoutPolicy p = openAt(0s);
        p.setOldestPingLeftAt(10s);
        QCOMPARE(p.deadline(Deadline::Pong), std::optional<Nanos>(70s));
        // The peer is in the middle of a frame: its pong cannot overtake it.
        p.inboundBytes(65s);
        QCOMPARE(p.deadline(Deadline::Pong), std::optional<Nanos>(125s));
        QVERIFY(!p.due(124s).contains(Deadline::Pong));
        QVERIFY(p.due(125s).contains(Deadline::Pong));
        QCOMPARE(p.conditionAge(Deadline::Pong, 125s), Nanos(60s));
        // Outbound bytes do not extend it: they say nothing about the peer.
        p.outboundWritten(100s, false);
        QCOMPARE(p.deadline(Deadline::Pong), std::optional<Nanos>(125s));
    }

    void messageTimeoutOnlyWhileBytesWait()
    {
        TimeoutPolicy p = openAt(0s);
        QVERIFY(!p.deadline(Deadline::Message));
        p.outboundQueued(5s);
        QCOMPARE(p.deadline(Deadline::Message), std::optional<Nanos>(6s));
        // Slow but moving is not stalled: each drained chunk restarts the clock.
        p.outboundWritten(5900ms, true);
        QCOMPARE(p.deadline(Deadline::Message), std::optional<Nanos>(6900ms));
        p.outboundQueued(6s); // more queued while already pending: clock unchanged
        QCOMPARE(p.deadline(Deadline::Message), std::optional<Nanos>(6900ms));
        QVERIFY(p.due(6900ms).contains(Deadline::Message));
        QCOMPARE(p.conditionAge(Deadline::Message, 7s), Nanos(1100ms));
        p.outboundWritten(6950ms, false); // drained
        QVERIFY(!p.deadline(Deadline::Message));
    }

    void periodicDutiesRestartFromWhenDone()
    {
        TimeoutPolicy p = openAt(0s);
        p.pingSent(25s);
        QCOMPARE(p.deadline(Deadline::Ping), std::optional<Nanos>(50s));
        p.heartbeatDone(30s);
        QCOMPARE(p.deadline(Deadline::Heartbeat), std::optional<Nanos>(60s));
    }

    void liveChangeRearmsFromLastActivity()
    {
        TimeoutPolicy p = openAt(0s);
        p.inboundBytes(100s);
        QCOMPARE(p.deadline(Deadline::Idle), std::optional<Nanos>(160s));
        // At 130 s the user shortens the idle timeout to 20 s: it is already
        // overdue (30 s quiet), not restarted from the change.
        TimeoutConfig c = p.config();
        c.idleTimeout = 20s;
        p.setConfig(c);
        QCOMPARE(p.deadline(Deadline::Idle), std::optional<Nanos>(120s));
        QVERIFY(p.due(130s).contains(Deadline::Idle));
        // Lengthening moves it out, again from the last activity.
        c.idleTimeout = 45s;
        p.setConfig(c);
        QCOMPARE(p.deadline(Deadline::Idle), std::optional<Nanos>(145s));
        // Lifetime from open; ping from the last ping.
        c.lifetime = 90s;
        c.pingInterval = 5s;
        p.setConfig(c);
        QCOMPARE(p.deadline(Deadline::Lifetime), std::optional<Nanos>(90s));
        QCOMPARE(p.deadline(Deadline::Ping), std::optional<Nanos>(5s));
    }

    void nextDeadlineIsEarliest()
    {
        TimeoutPolicy p = openAt(0s);
        QCOMPARE(p.nextDeadline(), std::optional<Nanos>(25s)); // ping
        p.outboundQueued(1s);
        QCOMPARE(p.nextDeadline(), std::optional<Nanos>(2s)); // message
        p.outboundWritten(1500ms, false);
        QCOMPARE(p.nextDeadline(), std::optional<Nanos>(25s));
    }

    void stoppedHasNoDeadlines()
    {
        TimeoutPolicy p = openAt(0s);
        p.stopped();
        QVERIFY(!p.nextDeadline());
        QVERIFY(p.due(1000s).isEmpty());
    }

    void backoffGrowsWithJitterAndCap()
    {
        ReconnectBackoff backoff(42);
        const Nanos base = 500ms;
        const Nanos cap = 30s;
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const Nanos nominal = std::min<Nanos>(base * (1LL << (attempt - 1)), cap);
            for (int i = 0; i < 50; ++i) {
                const Nanos d = backoff.delayFor(attempt, base, cap);
                QVERIFY2(d >= base / 2 && d <= cap, qPrintable(QString::number(d.count())));
                QVERIFY(double(d.count()) >= 0.8 * double(nominal.count()) - 1);
                QVERIFY(double(d.count()) <= 1.2 * double(nominal.count()) + 1);
            }
        }
        // Jitter is real: not every delay of one attempt is the same.
        QSet<qint64> seen;
        for (int i = 0; i < 20; ++i)
            seen.insert(backoff.delayFor(3, base, cap).count());
        QVERIFY(seen.size() > 10);
        // ... and spread over the whole ±20 % (attempt 3: nominal 2 s).
        qint64 lowest = std::numeric_limits<qint64>::max(), highest = 0;
        for (int i = 0; i < 400; ++i) {
            const qint64 d = backoff.delayFor(3, base, cap).count();
            lowest = std::min(lowest, d);
            highest = std::max(highest, d);
        }
        QVERIFY2(lowest < Nanos(1700ms).count() && highest > Nanos(2300ms).count(),
                 qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
        // The first retry is jittered both ways around the base, not clamped at it.
        int below = 0, above = 0;
        for (int i = 0; i < 200; ++i) {
            const Nanos d = backoff.delayFor(1, base, cap);
            QVERIFY(d >= 400ms && d <= 600ms);
            below += d < base;
            above += d > base;
        }
        QVERIFY2(below > 50 && above > 50, qPrintable(QStringLiteral("%1 below, %2 above").arg(below).arg(above)));
        // A long outage stays at the cap.
        QVERIFY(backoff.delayFor(1000, base, cap) <= cap);
        QVERIFY(backoff.delayFor(1000, base, cap) >= Nanos(24s));
        // Off and cap below base.
        QCOMPARE(backoff.delayFor(3, 0s, cap), Nanos(0));
        QCOMPARE(backoff.delayFor(1, 10s, 2s), Nanos(2s));
        // Same seed, same sequence: runs can be repeated.
        ReconnectBackoff a(7), b(7);
        for (int i = 1; i < 10; ++i)
            QCOMPARE(a.delayFor(i, base, cap), b.delayFor(i, base, cap));
    }
};

QTEST_GUILESS_MAIN(TestTimeoutPolicy)
#include "tst_timeoutpolicy.moc"
