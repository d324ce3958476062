#pragma once

#include <QHostAddress>
#include <QString>

#include <memory>

namespace prometheus {
class Exposer;
}

namespace wspulse {

class PrometheusMetrics;

// GET /metrics over HTTP, served by prometheus-cpp's exposer (civetweb) on
// threads of its own: a scrape reads the metrics' atomics and never waits
// for the event loop, whatever the number of connections.
class MetricsEndpoint
{
public:
    MetricsEndpoint();
    ~MetricsEndpoint();

    // "[ADDR:]PORT" ("9464", "0.0.0.0:9464", "[::1]:9464"); the address is
    // loopback when left out. Returns why not.
    static QString parse(const QString &text, QHostAddress *address, quint16 *port);

    // Listens; false with *error when the address cannot be had (in use, not ours).
    bool start(const QHostAddress &address, quint16 port, const PrometheusMetrics *metrics, QString *error);
    quint16 port() const { return m_port; }
    QString url() const;

private:
    std::unique_ptr<prometheus::Exposer> m_exposer;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace wspulse
