#pragma once

#include "clock.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>
#include <queue>
#include <vector>

namespace wspulse {

// One timer for many deadlines. Qt keeps its timers in a list that is searched
// linearly when one is stopped or restarted, so thousands of supervisors each
// re-arming their own QTimer cost O(N) per ping. Here each arm is a heap push
// (O(log N)); a re-arm makes the previous entry stale, and stale entries are
// skipped when they come up.
class DeadlineScheduler : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void()>;

    // The scheduler of the calling thread (created on first use).
    static DeadlineScheduler *forCurrentThread();

    // How due deadlines are found: by a QTimer on the clock, or (tests on a
    // ManualClock) when runDue() is called after the clock was advanced;
    // a deadline already due when armed still runs on the next loop pass.
    enum class Drive { Timer, Manual };
    explicit DeadlineScheduler(const Clock *clock = nullptr, QObject *parent = nullptr, Drive drive = Drive::Timer);

    const Clock *clock() const { return m_clock; }
    // Runs every callback whose deadline is due on the clock now.
    void runDue() { fire(); }

    // A handle owned by one client; re-arming replaces its previous deadline.
    class Slot
    {
    public:
        Slot(DeadlineScheduler *scheduler, Callback callback);
        ~Slot();
        Slot(const Slot &) = delete;
        Slot &operator=(const Slot &) = delete;

        void arm(Nanos at);
        void cancel();
        bool isArmed() const { return m_armed; }
        DeadlineScheduler *scheduler() const { return m_scheduler; }
        Nanos armedFor() const { return m_at; }

    private:
        friend class DeadlineScheduler;
        DeadlineScheduler *m_scheduler;
        Callback m_callback;
        quint64 m_generation = 0; // of the live heap entry; 0: none
        quint64 m_firing = 0;     // generation popped as due, until its callback runs
        bool m_armed = false;
        Nanos m_at{0};
        int m_index = -1; // in the scheduler's slot table
    };

    int pendingEntries() const { return int(m_heap.size()); }

private:
    struct Entry
    {
        Nanos at;
        int slot;
        quint64 generation;
        bool operator>(const Entry &o) const { return at > o.at; }
    };
    void push(Slot *slot);
    void fire();
    void rearmTimer();

    const Clock *m_clock;
    Drive m_drive;
    QTimer m_timer;
    std::optional<Nanos> m_timerFor;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_heap;
    std::vector<Slot *> m_slots; // index -> slot (nullptr: free)
    std::vector<int> m_freeSlots;
};

} // namespace wspulse
