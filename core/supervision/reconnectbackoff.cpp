#include "reconnectbackoff.h"

#include <algorithm>
#include <cmath>

namespace wspulse {

ReconnectBackoff::ReconnectBackoff(quint32 seed)
    : m_state(seed)
{
}

double ReconnectBackoff::nextUnit()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

Nanos ReconnectBackoff::delayFor(int attempt, Nanos base, Nanos cap)
{
    if (base <= Nanos::zero())
        return Nanos::zero();
    // Symmetric jitter (a floor of half the base delay): clamping at the base
    // would put half of all first retries at the same instant, which after a
    // proxy restart is a thundering herd.
    const double upper = double(cap.count());
    const double lower = std::min(0.5 * double(base.count()), upper);
    // Cap the exponent so the double cannot overflow on a long outage.
    const double grown = double(base.count()) * std::pow(2.0, std::clamp(attempt - 1, 0, 40));
    const double jitter = 1.0 + kJitter * (2.0 * nextUnit() - 1.0);
    return Nanos(qint64(std::clamp(grown * jitter, lower, upper)));
}

} // namespace wspulse
