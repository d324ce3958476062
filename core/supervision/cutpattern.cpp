#include "cutpattern.h"

#include <cmath>

namespace wspulse {

namespace {
bool about(qint64 a, qint64 b)
{
    return std::abs(double(a - b)) <= CutPattern::kTolerance * double(std::max(a, b));
}
} // namespace

std::optional<CutPattern::Finding> CutPattern::add(const CloseInfo &info)
{
    // Our own closes and Qt's are explained already; a close frame with a
    // normal code is a goodbye, not a cut.
    const bool cut = info.by != ClosedBy::Local && info.origin.isEmpty() && !info.timeout
        && (info.code == 1006 || info.code == 1001);
    if (!cut || !info.idleMs || *info.idleMs < kMinQuietMs)
        return std::nullopt;
    const qint64 quiet = *info.idleMs;
    m_quietCuts.push_back(quiet);
    if (m_quietCuts.size() > kRemembered)
        m_quietCuts.pop_front();
    qint64 sum = 0;
    int matching = 0;
    for (qint64 q : m_quietCuts) {
        if (about(q, quiet)) {
            sum += q;
            ++matching;
        }
    }
    if (matching < 2)
        return std::nullopt;
    const qint64 typical = sum / matching;
    if (m_reportedQuietMs && about(*m_reportedQuietMs, typical))
        return std::nullopt; // said already for this period
    m_reportedQuietMs = typical;
    return Finding{typical, matching};
}

} // namespace wspulse
