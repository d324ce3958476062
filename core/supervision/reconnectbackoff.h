#pragma once

#include "clock.h"

#include <QRandomGenerator>

namespace wspulse {

// Exponential reconnect delay: first `base`, doubling per failed attempt,
// with ±20 % jitter, always within [base / 2, cap] (or exactly cap when cap < base / 2).
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(quint32 seed = QRandomGenerator::system()->generate());

    // Delay before attempt `attempt` (1 = first retry after a failure).
    Nanos delayFor(int attempt, Nanos base, Nanos cap);
    static constexpr double kJitter = 0.2;

private:
    double nextUnit(); // uniform in [0, 1)

    // SplitMix64: 8 bytes of state. QRandomGenerator's Mersenne Twister is
    // 2.5 KiB, which a server with 10,000 connections paid 10,000 times.
    quint64 m_state;
};

} // namespace wspulse
