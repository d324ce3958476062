#pragma once

#include <QElapsedTimer>

#include <chrono>

namespace wspulse {

using Nanos = std::chrono::nanoseconds;

// Source of monotonic time for all deadline logic. Production code uses
// SteadyClock; tests inject a ManualClock so that timeouts can be checked
// without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Time since this clock's origin.
    virtual Nanos now() const = 0;
};

class SteadyClock final : public Clock
{
public:
    SteadyClock();
    Nanos now() const override;

    // One clock for the whole process, so that every event's t_ms shares an origin.
    static SteadyClock *instance();

private:
    QElapsedTimer m_origin;
};

class ManualClock final : public Clock
{
public:
    Nanos now() const override { return m_now; }
    void set(Nanos t) { m_now = t; }
    void advance(Nanos d) { m_now += d; }

private:
    Nanos m_now{0};
};

// Milliseconds for QTimer, rounded up so that a timer never fires before its deadline.
std::chrono::milliseconds ceilMs(Nanos d);
// Whole milliseconds, truncated: how events state durations (after_ms, idle_ms, ...).
inline qint64 toMs(Nanos d)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
}

} // namespace wspulse
