#include "eventlog.h"

#include <chrono>

namespace wspulse {

EventLog::EventLog(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

const Event &EventLog::add(EventType type, const QJsonObject &fields)
{
    Event e;
    e.tMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock->now()).count();
    e.ts = QDateTime::currentDateTimeUtc();
    e.type = type;
    e.fields = fields;
    return insert(std::move(e));
}

const Event &EventLog::insert(Event e)
{
    const EventType type = e.type;
    if (!accepts(type) || m_capacity == 0) {
        m_latest = std::move(e);
        if (accepts(type))
            Q_EMIT added(m_latest);
        return m_latest;
    }
    while (qsizetype(m_events.size()) >= m_capacity) {
        Q_EMIT aboutToDropOldest();
        m_events.pop_front();
        ++m_dropped;
    }
    m_events.push_back(std::move(e));
    Q_EMIT added(m_events.back());
    return m_events.back();
}

void EventLog::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(0, capacity);
    while (qsizetype(m_events.size()) > m_capacity) {
        Q_EMIT aboutToDropOldest();
        m_events.pop_front();
        ++m_dropped;
    }
}

void EventLog::clear()
{
    m_events.clear();
    Q_EMIT cleared();
}

} // namespace wspulse
