#include "clock.h"

namespace wspulse {

SteadyClock::SteadyClock()
{
    m_origin.start();
}

Nanos SteadyClock::now() const
{
    return Nanos(m_origin.nsecsElapsed());
}

SteadyClock *SteadyClock::instance()
{
    static SteadyClock clock;
    return &clock;
}

std::chrono::milliseconds ceilMs(Nanos d)
{
    if (d <= Nanos::zero())
        return std::chrono::milliseconds(0);
    return std::chrono::ceil<std::chrono::milliseconds>(d);
}

} // namespace wspulse
