// PingTracker by hand: byte offsets, the kernel's unsent bytes and the clock
// are numbers the test sets. No sockets.
#include "pingtracker.h"

#include <QtEndian>
#include <QtTest>

using namespace wspulse;
using namespace std::chrono_literals;

class TestPingTracker : public QObject
{
    Q_OBJECT

    qint64 kernelUnsent = 0; // what the fake SIOCOUTQNSD says
    PingTracker tracker{[this] { return kernelUnsent; }};

    static QByteArray payload(quint64 seq)
    {
        QByteArray p(PingTracker::kPayloadSize, Qt::Uninitialized);
        qToBigEndian<quint64>(seq, p.data());
        return p;
    }
    // A ping handed over with `ahead` bytes queued before it; the frame ends at `endOffset`.
    quint64 send(Nanos t, qint64 ahead, qint64 endOffset)
    {
        tracker.start(t, ahead);
        tracker.setLastEndOffset(endOffset);
        return tracker.lastSeq();
    }

private Q_SLOTS:
    void init()
    {
        kernelUnsent = 0;
        tracker = PingTracker([this] { return kernelUnsent; });
    }

    void payloadCarriesTheSequence()
    {
        QCOMPARE(tracker.start(0s, 0), payload(1));
        QCOMPARE(tracker.start(0s, 0), payload(2));
        QCOMPARE(tracker.outstanding(), 2);
        QVERIFY(tracker.isPending(1));
        QVERIFY(!tracker.isPending(3));
    }

    void clockStartsWhenTheFrameIsWritten_data()
    {
        QTest::addColumn<qint64>("written");
        QTest::addColumn<bool>("left");
        QTest::newRow("short of the frame's end") << qint64(1013) << false;
        QTest::newRow("exactly its end") << qint64(1014) << true;
        QTest::newRow("past it") << qint64(5000) << true;
    }
    void clockStartsWhenTheFrameIsWritten()
    {
        QFETCH(qint64, written);
        QFETCH(bool, left);
        send(1s, 1000, 1014); // 1000 bytes of a message ahead, then the 14-byte ping
        QCOMPARE(tracker.bytesWritten(3s, written), left);
        QCOMPARE(tracker.oldestLeftAt(), left ? std::optional<Nanos>(3s) : std::nullopt);
        // Waiting is counted from when it left, or from when it was queued.
        QCOMPARE(tracker.oldestWait(5s), left ? Nanos(2s) : Nanos(4s));
    }

    void pingsLeaveInOrder()
    {
        send(1s, 0, 14);
        send(2s, 0, 28);
        QVERIFY(tracker.bytesWritten(2s, 28));
        QCOMPARE(tracker.oldestLeftAt(), std::optional<Nanos>(2s));
        const auto sample = tracker.pong(2500ms, payload(1));
        QVERIFY(sample);
        QCOMPARE(sample->rttUs, 500000);
        QCOMPARE(tracker.oldestLeftAt(), std::optional<Nanos>(2s));
    }

    void pongTimedFromDepartureAndMarkedWhenQueued_data()
    {
        QTest::addColumn<qint64>("aheadInProcess");
        QTest::addColumn<qint64>("kernelUnsentWhenWritten");
        QTest::addColumn<bool>("queued");
        QTest::newRow("nothing ahead") << qint64(0) << qint64(14) << false;
        QTest::newRow("our bytes ahead in the process") << qint64(100) << qint64(14) << true;
        QTest::newRow("our bytes ahead in the kernel") << qint64(0) << qint64(50000) << true;
    }
    void pongTimedFromDepartureAndMarkedWhenQueued()
    {
        QFETCH(qint64, aheadInProcess);
        QFETCH(qint64, kernelUnsentWhenWritten);
        QFETCH(bool, queued);
        const quint64 seq = send(1s, aheadInProcess, aheadInProcess + 14);
        kernelUnsent = kernelUnsentWhenWritten;
        QVERIFY(tracker.bytesWritten(2s, aheadInProcess + 14));
        const auto sample = tracker.pong(2s + 750us, payload(seq));
        QVERIFY(sample);
        QCOMPARE(sample->seq, seq);
        QCOMPARE(sample->rttUs, 750);
        QCOMPARE(sample->queued, queued);
        QCOMPARE(tracker.outstanding(), 0);
    }

    void aPongSettlesOlderPings()
    {
        send(1s, 0, 14);
        send(2s, 0, 28);
        const quint64 third = send(3s, 0, 42);
        tracker.bytesWritten(3s, 42);
        QVERIFY(tracker.pong(4s, payload(2)));
        QCOMPARE(tracker.outstanding(), 1);
        QVERIFY(tracker.isPending(third));
    }

    void foreignPongsAreOnlyActivity_data()
    {
        QTest::addColumn<QByteArray>("pongPayload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other size") << QByteArray("hello");
        QTest::newRow("unknown sequence") << payload(99);
    }
    void foreignPongsAreOnlyActivity()
    {
        QFETCH(QByteArray, pongPayload);
        send(1s, 0, 14);
        QVERIFY(!tracker.pong(2s, pongPayload));
        QCOMPARE(tracker.outstanding(), 1);
    }

    // At the pong deadline: the ping left our process, but the kernel may
    // still hold it behind an upload.
    void kernelQueueDecidesAFreshClock_data()
    {
        QTest::addColumn<qint64>("unsentAtWrite");
        QTest::addColumn<qint64>("unsentAtDeadline");
        QTest::addColumn<bool>("restarted");
        QTest::newRow("draining behind an upload") << qint64(100000) << qint64(60000) << true;
        QTest::newRow("left since the clock started") << qint64(100000) << qint64(0) << true;
        QTest::newRow("queue stuck: a dead path") << qint64(100000) << qint64(100000) << false;
        QTest::newRow("nothing was ahead: a plain timeout") << qint64(14) << qint64(0) << false;
    }
    void kernelQueueDecidesAFreshClock()
    {
        QFETCH(qint64, unsentAtWrite);
        QFETCH(qint64, unsentAtDeadline);
        QFETCH(bool, restarted);
        send(1s, 0, 14);
        kernelUnsent = unsentAtWrite;
        tracker.bytesWritten(1s, 14);
        kernelUnsent = unsentAtDeadline;
        QCOMPARE(tracker.restartIfStillLeaving(61s, 14), restarted);
        QCOMPARE(tracker.oldestLeftAt(), restarted ? std::optional<Nanos>(61s) : std::optional<Nanos>(1s));
        if (restarted) {
            const auto sample = tracker.pong(61s + 1ms, payload(1));
            QVERIFY(sample && sample->queued); // never pure network latency
        }
    }

    void bytesHandedOverAfterThePingAreNotAheadOfIt()
    {
        // 5000 bytes written after the ping sit in the kernel too; only what
        // exceeds them can be ahead of the ping.
        send(1s, 0, 14);
        kernelUnsent = 14;
        tracker.bytesWritten(1s, 14);
        kernelUnsent = 5000;
        QVERIFY(!tracker.restartIfStillLeaving(61s, 5014));
    }

    void clearForgetsEverything()
    {
        send(1s, 0, 14);
        tracker.clear();
        QCOMPARE(tracker.outstanding(), 0);
        QCOMPARE(tracker.oldestWait(5s), Nanos(0));
        QVERIFY(!tracker.pong(2s, payload(1)));
    }
};

QTEST_GUILESS_MAIN(TestPingTracker)
#include "tst_pingtracker.moc"
