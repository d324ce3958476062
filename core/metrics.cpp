#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace wspulse {

void RttWindow::add(qint64 rttUs)
{
    if (int(m_samples.size()) >= m_capacity)
        m_samples.pop_front();
    m_samples.push_back(rttUs);
}

RttSummary RttWindow::summary() const
{
    RttSummary s;
    if (m_samples.empty())
        return s;
    s.count = int(m_samples.size());
    s.lastUs = m_samples.back();
    std::vector<qint64> sorted(m_samples.begin(), m_samples.end());
    std::sort(sorted.begin(), sorted.end());
    s.minUs = sorted.front();
    s.maxUs = sorted.back();
    // Nearest-rank percentiles.
    const auto rank = [&sorted](double p) {
        const size_t n = sorted.size();
        const size_t idx = size_t(std::ceil(p * double(n))) - 1;
        return sorted[std::min(idx, n - 1)];
    };
    s.p50Us = rank(0.50);
    s.p95Us = rank(0.95);
    double sum = 0;
    for (qint64 v : m_samples)
        sum += double(v);
    s.meanUs = sum / double(s.count);
    if (s.count > 1) {
        double diffs = 0;
        for (qsizetype i = 1; i < m_samples.size(); ++i)
            diffs += std::abs(double(m_samples[i] - m_samples[i - 1]));
        s.jitterUs = diffs / double(s.count - 1);
    }
    return s;
}

} // namespace wspulse
