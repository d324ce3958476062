#pragma once

#include "commandline.h"

namespace wspulse {
class MetricsEndpoint;
class PrometheusMetrics;
} // namespace wspulse

// --metrics: starts `endpoint` serving `metrics`. Says on stderr when it is
// reachable from the network, or why it cannot start (then false: exit 1).
bool serveMetrics(const CommandLine::Listen &listen, const wspulse::PrometheusMetrics *metrics,
                  wspulse::MetricsEndpoint *endpoint);
