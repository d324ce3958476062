#include "metricsserving.h"

#include "metricsendpoint.h"

#include <QCoreApplication>

#include <cstdio>

bool serveMetrics(const CommandLine::Listen &listen, const wspulse::PrometheusMetrics *metrics,
                  wspulse::MetricsEndpoint *endpoint)
{
    QString error;
    if (!endpoint->start(listen.address, listen.port, metrics, &error)) {
        std::fprintf(stderr, "wspulse: %s\n", qPrintable(error));
        return false;
    }
    if (!listen.address.isLoopback())
        std::fprintf(stderr, "wspulse: %s\n",
                     qPrintable(QCoreApplication::translate("main",
                                                            "warning: metrics served on %1, reachable from the "
                                                            "network (they name the servers watched)")
                                    .arg(endpoint->url())));
    return true;
}
