#include "metricsendpoint.h"

#include "prometheusmetrics.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <prometheus/exposer.h>

#include <stdexcept>

namespace wspulse {

MetricsEndpoint::MetricsEndpoint() = default;
MetricsEndpoint::~MetricsEndpoint() = default;

QString MetricsEndpoint::parse(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression form(QStringLiteral("^(?:(\\[[^\\]]+\\]|[^:\\[\\]]+):)?(\\d{1,5})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    const QString bad =
        QCoreApplication::translate("Metrics", "\"%1\" is not [ADDRESS:]PORT (e.g. 9464 or 0.0.0.0:9464)").arg(text);
    if (!m.hasMatch())
        return bad;
    const uint p = m.captured(2).toUInt();
    if (p > 65535)
        return bad;
    QString host = m.captured(1);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    QHostAddress a(QHostAddress::LocalHost);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        a = QHostAddress(QHostAddress::LocalHost);
    else if (!host.isEmpty() && !a.setAddress(host))
        return QCoreApplication::translate("Metrics", "\"%1\" is not an IP address").arg(host);
    *address = a;
    *port = quint16(p);
    return QString();
}

bool MetricsEndpoint::start(const QHostAddress &address, quint16 port, const PrometheusMetrics *metrics, QString *error)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    try {
        // One thread serves scrapes (Prometheus sends one at a time); a
        // second lets a slow client not hold up the next scrape.
        m_exposer = std::make_unique<prometheus::Exposer>(QStringLiteral("%1:%2").arg(host).arg(port).toStdString(), 2);
    } catch (const std::exception &e) {
        if (error)
            *error = QCoreApplication::translate("Metrics", "cannot serve metrics on %1:%2: %3")
                         .arg(host)
                         .arg(port)
                         .arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
    for (const auto &collectable : metrics->collectables())
        m_exposer->RegisterCollectable(collectable);
    const std::vector<int> ports = m_exposer->GetListeningPorts();
    m_port = ports.empty() ? port : quint16(ports.front());
    m_address = address;
    return true;
}

QString MetricsEndpoint::url() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_address.toString())
        : m_address.toString();
    return QStringLiteral("http://%1:%2/metrics").arg(host).arg(m_port);
}

} // namespace wspulse
