#include "linksimulator.h"

#include "eventlog.h"
#include "linkconnection.h"

#include <QCoreApplication>

namespace wspulse {

const QList<LinkPreset> &linkPresets()
{
    // Typical one-way figures; bandwidth in bytes per second.
    static const QList<LinkPreset> list = {
        {"none", QT_TRANSLATE_NOOP("Link", "No added conditions"), {}, {}},
        {"lan", QT_TRANSLATE_NOOP("Link", "LAN"), {1, 0, 0, false}, {1, 0, 0, false}},
        {"4g", QT_TRANSLATE_NOOP("Link", "4G"), {25, 10, 1'250'000, false}, {25, 10, 5'000'000, false}},
        {"3g", QT_TRANSLATE_NOOP("Link", "3G"), {100, 40, 96'000, false}, {100, 40, 192'000, false}},
        {"satellite", QT_TRANSLATE_NOOP("Link", "Satellite"), {300, 20, 125'000, false}, {300, 20, 1'250'000, false}},
        {"lossy-wifi",
         QT_TRANSLATE_NOOP("Link", "Lossy Wi-Fi"),
         {15, 60, 1'000'000, false},
         {15, 60, 2'500'000, false}},
    };
    return list;
}

LinkSimulator::LinkSimulator(EventLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_random(1)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            m_connections.removeAll(nullptr);
            m_connections.append(new LinkConnection(this, s));
        }
    });
}

LinkSimulator::~LinkSimulator()
{
    for (const QPointer<LinkConnection> &c : std::as_const(m_connections))
        delete c.data();
}

bool LinkSimulator::start()
{
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0);
}

QNetworkProxy LinkSimulator::proxy() const
{
    QNetworkProxy p(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), port());
    // The far end resolves names, as a real SOCKS proxy would: the URL stays the server's.
    p.setCapabilities(p.capabilities() | QNetworkProxy::HostNameLookupCapability);
    return p;
}

void LinkSimulator::setSeed(quint32 seed)
{
    m_seed = seed;
    m_random.seed(seed);
}

Nanos LinkSimulator::delayFor(LinkDirection d)
{
    const LinkConditions &c = m_conditions[size_t(d)];
    double ms = c.latencyMs;
    if (c.jitterMs > 0)
        ms += c.jitterMs * (2.0 * m_random.generateDouble() - 1.0);
    return Nanos(qint64(std::max(0.0, ms) * 1e6));
}

void LinkSimulator::logChange(const char *name, LinkDirection d, double oldValue, double newValue)
{
    if (!m_log || oldValue == newValue)
        return;
    m_log->add(EventType::Setting,
               {{QLatin1String("name"),
                 QStringLiteral("link.%1_%2")
                     .arg(QLatin1String(name), d == LinkDirection::Up ? QLatin1String("up") : QLatin1String("down"))},
                {QLatin1String("old"), oldValue},
                {QLatin1String("new"), newValue}});
}

void LinkSimulator::setConditions(LinkDirection d, const LinkConditions &c)
{
    LinkConditions &cur = m_conditions[size_t(d)];
    if (cur == c)
        return;
    logChange("latency_ms", d, cur.latencyMs, c.latencyMs);
    logChange("jitter_ms", d, cur.jitterMs, c.jitterMs);
    logChange("bandwidth", d, double(cur.bandwidth), double(c.bandwidth));
    logChange("frozen", d, cur.frozen, c.frozen);
    cur = c;
    for (const QPointer<LinkConnection> &conn : std::as_const(m_connections)) {
        if (conn)
            conn->conditionsChanged();
    }
    Q_EMIT conditionsChanged();
}

void LinkSimulator::setLatency(LinkDirection d, int ms)
{
    LinkConditions c = conditions(d);
    c.latencyMs = std::max(0, ms);
    setConditions(d, c);
}

void LinkSimulator::setJitter(LinkDirection d, int ms)
{
    LinkConditions c = conditions(d);
    c.jitterMs = std::max(0, ms);
    setConditions(d, c);
}

void LinkSimulator::setBandwidth(LinkDirection d, qint64 bytesPerSecond)
{
    LinkConditions c = conditions(d);
    c.bandwidth = std::max<qint64>(0, bytesPerSecond);
    setConditions(d, c);
}

void LinkSimulator::setFrozen(LinkDirection d, bool frozen)
{
    LinkConditions c = conditions(d);
    c.frozen = frozen;
    setConditions(d, c);
}

bool LinkSimulator::applyPreset(const QString &name)
{
    for (const LinkPreset &p : linkPresets()) {
        if (name.compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0) {
            setConditions(LinkDirection::Up, p.up);
            setConditions(LinkDirection::Down, p.down);
            return true;
        }
    }
    return false;
}

void LinkSimulator::drop()
{
    int n = 0;
    for (const QPointer<LinkConnection> &c : std::as_const(m_connections)) {
        if (c) {
            c->abortBoth();
            ++n;
        }
    }
    m_connections.clear();
    if (m_log)
        m_log->add(EventType::Warning,
                   {{QLatin1String("text"),
                     QCoreApplication::translate("Link", "link simulator: connections dropped: %1").arg(n)}});
}

int LinkSimulator::connectionCount() const
{
    int n = 0;
    for (const QPointer<LinkConnection> &c : m_connections)
        n += c ? 1 : 0;
    return n;
}

qint64 LinkSimulator::bufferedBytes() const
{
    qint64 total = 0;
    for (const QPointer<LinkConnection> &c : m_connections) {
        if (c)
            total += c->bufferedBytes();
    }
    return total;
}

void LinkSimulator::noteBuffered()
{
    m_peakBuffered = std::max(m_peakBuffered, bufferedBytes());
}

} // namespace wspulse
