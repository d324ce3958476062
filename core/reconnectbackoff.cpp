#include "reconnectbackoff.h"

#include <algorithm>
#include <cmath>

namespace wspulse {

ReconnectBackoff::ReconnectBackoff(quint32 seed)
    : m_random(seed)
{
}

Nanos ReconnectBackoff::delayFor(int attempt, Nanos base, Nanos cap)
{
    if (base <= Nanos::zero())
        return Nanos::zero();
    const double lower = double(std::min(base, cap).count());
    const double upper = double(cap.count());
    // Cap the exponent so the double cannot overflow on a long outage.
    const double grown = double(base.count()) * std::pow(2.0, std::clamp(attempt - 1, 0, 40));
    const double jitter = 1.0 + kJitter * (2.0 * m_random.generateDouble() - 1.0);
    return Nanos(qint64(std::clamp(grown * jitter, lower, upper)));
}

} // namespace wspulse
