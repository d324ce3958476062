// One timer for many deadlines: order, re-arming, cancelling, and handles that
// go away while their deadline is pending or firing.
#include "deadlinescheduler.h"

#include <QtTest>

#include <memory>

using namespace wspulse;
using namespace std::chrono_literals;

class TestScheduler : public QObject
{
    Q_OBJECT

    static Nanos now() { return SteadyClock::instance()->now(); }

private Q_SLOTS:
    void manualDriveRunsOnlyWhatTheClockMadeDue()
    {
        ManualClock clock;
        DeadlineScheduler scheduler(&clock, nullptr, DeadlineScheduler::Drive::Manual);
        QCOMPARE(scheduler.clock(), &clock);
        QStringList fired;
        DeadlineScheduler::Slot later(&scheduler, [&] { fired << QStringLiteral("later"); });
        DeadlineScheduler::Slot now(&scheduler, [&] { fired << QStringLiteral("now"); });
        later.arm(100ms);
        // Not due on the manual clock: real time passing runs nothing.
        QVERIFY(!QTest::qWaitFor([&] { return !fired.isEmpty(); }, 50));
        // Due when armed (a zero-delay reconnect): runs on the next loop pass by itself.
        now.arm(0ms);
        QTRY_COMPARE(fired, QStringList{QStringLiteral("now")});
        clock.advance(99ms);
        scheduler.runDue();
        QCOMPARE(fired.size(), 1);
        clock.advance(1ms);
        scheduler.runDue();
        QCOMPARE(fired, (QStringList{QStringLiteral("now"), QStringLiteral("later")}));
    }

    void firesInDeadlineOrderNotArmingOrder()
    {
        DeadlineScheduler scheduler;
        QStringList fired;
        DeadlineScheduler::Slot late(&scheduler, [&] { fired << QStringLiteral("late"); });
        DeadlineScheduler::Slot early(&scheduler, [&] { fired << QStringLiteral("early"); });
        DeadlineScheduler::Slot middle(&scheduler, [&] { fired << QStringLiteral("middle"); });
        const Nanos t = now();
        late.arm(t + 60ms);
        early.arm(t + 20ms);
        middle.arm(t + 40ms);
        QTRY_COMPARE(fired.size(), 3);
        QCOMPARE(fired, (QStringList{QStringLiteral("early"), QStringLiteral("middle"), QStringLiteral("late")}));
        QVERIFY(!early.isArmed());
    }

    void neverFiresBeforeItsDeadline()
    {
        DeadlineScheduler scheduler;
        Nanos firedAt{0};
        DeadlineScheduler::Slot slot(&scheduler, [&] { firedAt = now(); });
        const Nanos due = now() + 30ms;
        slot.arm(due);
        QTRY_VERIFY(firedAt > Nanos(0));
        QVERIFY(firedAt >= due);
    }

    void rearmReplacesAndCancelStops()
    {
        DeadlineScheduler scheduler;
        int a = 0, b = 0;
        DeadlineScheduler::Slot slotA(&scheduler, [&] { ++a; });
        DeadlineScheduler::Slot slotB(&scheduler, [&] { ++b; });
        slotA.arm(now() + 20ms);
        slotA.arm(now() + 80ms); // the 20 ms entry is stale now
        slotB.arm(now() + 20ms);
        slotB.cancel();
        QTest::qWait(50); // past the first deadlines: show that neither fires early or at all
        QCOMPARE(a, 0);
        QCOMPARE(b, 0);
        QTRY_COMPARE(a, 1);
        QTest::qWait(50);
        QCOMPARE(a, 1); // once
        QCOMPARE(b, 0);
    }

    void slotsMayGoAwayAtAnyTime()
    {
        DeadlineScheduler scheduler;
        int survivor = 0, doomed = 0;
        auto victim = std::make_unique<DeadlineScheduler::Slot>(&scheduler, [&] { ++doomed; });
        DeadlineScheduler::Slot killer(&scheduler, [&] { victim.reset(); }); // destroys a slot due at the same time
        DeadlineScheduler::Slot other(&scheduler, [&] { ++survivor; });
        const Nanos t = now() + 20ms;
        killer.arm(t);
        victim->arm(t + 1ns);
        other.arm(t + 2ns);
        QTRY_COMPARE(survivor, 1);
        QVERIFY(!victim);
        QCOMPARE(doomed, 0);
        // A new slot takes the freed index: an old entry must not fire it.
        int newcomer = 0;
        auto temp = std::make_unique<DeadlineScheduler::Slot>(&scheduler, [] {});
        temp->arm(now() + 10ms);
        temp.reset();
        DeadlineScheduler::Slot reuse(&scheduler, [&] { ++newcomer; });
        QTest::qWait(40); // the freed slot's deadline passes
        QCOMPARE(newcomer, 0);
        reuse.arm(now() + 5ms);
        QTRY_COMPARE(newcomer, 1);
    }

    void manySlotsEachFireOnce()
    {
        DeadlineScheduler scheduler;
        std::vector<std::unique_ptr<DeadlineScheduler::Slot>> handles;
        std::vector<int> counts(5000, 0);
        const Nanos t = now();
        for (int i = 0; i < 5000; ++i) {
            handles.push_back(
                std::make_unique<DeadlineScheduler::Slot>(&scheduler, [&counts, i] { ++counts[size_t(i)]; }));
            handles.back()->arm(t + std::chrono::microseconds((i * 37) % 50000));
        }
        QTRY_VERIFY(std::all_of(counts.begin(), counts.end(), [](int c) { return c == 1; }));
        QCOMPARE(scheduler.pendingEntries(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
