#pragma once

#include "clock.h"
#include "event.h"

#include <QObject>

#include <deque>

namespace wspulse {

// Bounded ring of events. When full, the oldest event is dropped first.
// Capacity 0 keeps no history (the JSON-line modes only pass events on).
// Types not accepted are neither kept nor announced (--events).
class EventLog : public QObject
{
    Q_OBJECT
public:
    explicit EventLog(const Clock *clock, QObject *parent = nullptr);

    // Stamps t_ms and ts, stores the event and announces it.
    const Event &add(EventType type, const QJsonObject &fields = {});
    // Stores an event stamped elsewhere, as it is (a view merging several logs).
    const Event &insert(Event event);

    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity);
    void setAcceptedTypes(const EventTypeSet &types) { m_accepted = types; }
    bool accepts(EventType type) const { return m_accepted.test(size_t(type)); }
    qsizetype size() const { return qsizetype(m_events.size()); }
    const Event &at(qsizetype i) const { return m_events[size_t(i)]; }
    quint64 droppedCount() const { return m_dropped; }
    void clear();

Q_SIGNALS:
    void aboutToDropOldest();
    void added(const wspulse::Event &event);
    void cleared();

private:
    const Clock *m_clock;
    std::deque<Event> m_events;
    Event m_latest; // the last event when nothing is kept, or it was not accepted
    qsizetype m_capacity = 10000;
    EventTypeSet m_accepted = EventTypeSet().set();
    quint64 m_dropped = 0;
};

} // namespace wspulse
