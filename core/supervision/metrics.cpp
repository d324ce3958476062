#include "metrics.h"

#include <QString>

#include <cstring>

#include <algorithm>
#include <cmath>
#include <vector>

namespace wspulse {

// UTF-8 length of a text frame without converting it (per-message hot path).
qint64 utf8Size(const QString &text)
{
    // Once per inbound message (the bytes-in counter): ASCII, the usual case,
    // is checked four characters at a time.
    const ushort *p = text.utf16();
    const qsizetype size = text.size();
    qint64 n = 0;
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        quint64 four;
        std::memcpy(&four, p + i, sizeof four);
        if (four & 0xFF80FF80FF80FF80ULL)
            break;
        n += 4;
    }
    for (; i < size; ++i) {
        const char16_t u = p[i];
        n += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3; // a pair is 4 in all
    }
    return n;
}

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
