#pragma once

#include "clock.h"

#include <QRandomGenerator>

namespace wspulse {

// Exponential reconnect delay: first `base`, doubling per failed attempt,
// with ±20 % jitter, always within [base, cap] (or exactly cap when cap < base).
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(quint32 seed = QRandomGenerator::system()->generate());

    // Delay before attempt `attempt` (1 = first retry after a failure).
    Nanos delayFor(int attempt, Nanos base, Nanos cap);
    static constexpr double kJitter = 0.2;

private:
    QRandomGenerator m_random;
};

} // namespace wspulse
