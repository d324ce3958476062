#include "deadlinescheduler.h"

#include <algorithm>

namespace wspulse {

DeadlineScheduler *DeadlineScheduler::forCurrentThread()
{
    // Never deleted: supervisors may be destroyed late (static or at exit),
    // and each must still find its scheduler alive.
    thread_local DeadlineScheduler *scheduler = new DeadlineScheduler;
    return scheduler;
}

DeadlineScheduler::DeadlineScheduler(const Clock *clock, QObject *parent, Drive drive)
    : QObject(parent)
    , m_clock(clock ? clock : SteadyClock::instance())
    , m_drive(drive)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineScheduler::fire);
}

DeadlineScheduler::Slot::Slot(DeadlineScheduler *scheduler, Callback callback)
    : m_scheduler(scheduler)
    , m_callback(std::move(callback))
{
    if (!m_scheduler->m_freeSlots.empty()) {
        m_index = m_scheduler->m_freeSlots.back();
        m_scheduler->m_freeSlots.pop_back();
        m_scheduler->m_slots[size_t(m_index)] = this;
    } else {
        m_index = int(m_scheduler->m_slots.size());
        m_scheduler->m_slots.push_back(this);
    }
}

DeadlineScheduler::Slot::~Slot()
{
    // Entries still in the heap name this index with an old generation: the
    // next owner of the index starts above it, so they stay stale.
    m_scheduler->m_slots[size_t(m_index)] = nullptr;
    m_scheduler->m_freeSlots.push_back(m_index);
}

void DeadlineScheduler::Slot::arm(Nanos at)
{
    m_armed = true;
    m_at = at;
    m_scheduler->push(this);
}

void DeadlineScheduler::Slot::cancel()
{
    m_generation = 0; // every entry in the heap is stale now
    m_armed = false;
}

void DeadlineScheduler::push(Slot *slot)
{
    // Generations are unique per index across owners: mix in a global counter.
    static quint64 counter = 0;
    slot->m_generation = ++counter;
    m_heap.push({slot->m_at, slot->m_index, slot->m_generation});
    // (Driven by hand, a deadline already due runs on the next loop pass even
    // when an earlier one, not yet run, holds the stopped timer.)
    if (!m_timerFor || slot->m_at < *m_timerFor || (m_drive == Drive::Manual && slot->m_at <= m_clock->now()))
        rearmTimer();
}

void DeadlineScheduler::rearmTimer()
{
    // Drop stale entries at the top so the timer aims at a live deadline.
    while (!m_heap.empty()) {
        const Entry &top = m_heap.top();
        const Slot *s = m_slots[size_t(top.slot)];
        if (s && s->m_armed && s->m_generation == top.generation)
            break;
        m_heap.pop();
    }
    if (m_heap.empty()) {
        m_timer.stop();
        m_timerFor.reset();
        return;
    }
    m_timerFor = m_heap.top().at;
    // Driven by hand, only what is due already runs by itself (on the next
    // loop pass, as a zero-delay reconnect would); later deadlines wait for runDue().
    const Nanos wait = *m_timerFor - m_clock->now();
    if (m_drive == Drive::Timer || wait <= Nanos::zero())
        m_timer.start(ceilMs(wait));
    else
        m_timer.stop();
}

void DeadlineScheduler::fire()
{
    m_timerFor.reset();
    const Nanos now = m_clock->now();
    struct Due
    {
        int slot;
        quint64 generation;
    };
    std::vector<Due> due;
    while (!m_heap.empty() && m_heap.top().at <= now) {
        const Entry e = m_heap.top();
        m_heap.pop();
        Slot *s = m_slots[size_t(e.slot)];
        if (s && s->m_armed && s->m_generation == e.generation) {
            s->m_armed = false;
            s->m_firing = e.generation;
            due.push_back({e.slot, e.generation});
        }
    }
    // Callbacks may arm, cancel or destroy slots, their own or others': each
    // runs only if its slot still exists, was not re-armed and is the same one.
    for (const Due &d : due) {
        Slot *s = m_slots[size_t(d.slot)];
        if (s && s->m_firing == d.generation && !s->m_armed) {
            s->m_firing = 0;
            s->m_callback();
        }
    }
    rearmTimer();
}

} // namespace wspulse
