#pragma once

#include <prometheus/collectable.h>

namespace wspulse {

// The standard process_* metrics (as the Go and Python clients export them)
// from /proc/self: CPU seconds, resident and virtual memory, open and maximum
// descriptors, start time. Read at scrape time, on the exposer's thread.
class ProcessCollector : public prometheus::Collectable
{
public:
    std::vector<prometheus::MetricFamily> Collect() const override;
};

} // namespace wspulse
