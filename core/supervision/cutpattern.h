#pragma once

#include "closeclassifier.h"

#include <QList>

#include <optional>

namespace wspulse {

// Tells an intermediary's idle cut from bad luck: connections ended by the
// other side (not by us, not by Qt) after a quiet period, at about the same
// quiet time again and again, are what a proxy or load balancer with an idle
// timeout does (nginx proxy_read_timeout, HAProxy timeout tunnel, AWS ALB,
// Cloudflare). Pure: fed the close infos, it says when the pattern shows.
class CutPattern
{
public:
    static constexpr qint64 kMinQuietMs = 200; // shorter silences are not "quiet"
    static constexpr double kTolerance = 0.10; // "about the same": within ±10 %
    static constexpr int kRemembered = 8;

    struct Finding
    {
        qint64 quietMs = 0; // the typical silence before a cut (mean of the matching ones)
        int cuts = 0;       // how many cuts matched it
    };

    // A connection ended; returns a finding when this cut repeats earlier
    // ones (two or more within ±10 %), once per period.
    std::optional<Finding> add(const CloseInfo &info);

private:
    QList<qint64> m_quietCuts; // quiet times of recent cuts, oldest first
    std::optional<qint64> m_reportedQuietMs;
};

} // namespace wspulse
