#pragma once

#include "clock.h"
#include "linkconditions.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>

#include <array>

namespace wspulse {

class EventLog;
class LinkConnection;

// An in-process SOCKS5 proxy on a loopback port that imposes network
// conditions on the byte stream, each direction on its own. wspulse's own
// connection goes through it with QWebSocket::setProxy, so the URL, the Host
// header, TLS server name and certificate verification stay those of the real
// server (TLS passes through end to end, ws:// and wss:// alike).
//
// Memory is bounded: per connection and direction at most QueueLimit bytes
// wait in the simulator, plus ReadBufferLimit in the socket it reads from and
// WriteBacklogLimit in the socket it writes to. A sender facing a frozen or
// narrow link is slowed by TCP backpressure, not buffered without limit.
class LinkSimulator : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 QueueLimit = 256 * 1024;
    static constexpr qint64 ReadBufferLimit = 64 * 1024;
    static constexpr qint64 WriteBacklogLimit = 64 * 1024;
    static constexpr qint64 BoundPerConnection = 2 * (QueueLimit + ReadBufferLimit + WriteBacklogLimit);

    explicit LinkSimulator(EventLog *log = nullptr, QObject *parent = nullptr);
    ~LinkSimulator() override;

    bool start(); // listens on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QNetworkProxy proxy() const;
    // The forward proxy the simulator's own outbound connections go through
    // (the person's --proxy or environment proxy): the simulated link sits
    // between wspulse and that proxy.
    void setUpstreamProxy(const QNetworkProxy &proxy) { m_upstreamProxy = proxy; }
    QNetworkProxy upstreamProxy() const { return m_upstreamProxy; }

    LinkConditions conditions(LinkDirection d) const { return m_conditions[size_t(d)]; }
    void setConditions(LinkDirection d, const LinkConditions &c);
    void setLatency(LinkDirection d, int ms);
    void setJitter(LinkDirection d, int ms);
    void setBandwidth(LinkDirection d, qint64 bytesPerSecond);
    void setFrozen(LinkDirection d, bool frozen);
    bool applyPreset(const QString &name);
    // Jitter comes from this seed, so a run can be repeated.
    void setSeed(quint32 seed);
    quint32 seed() const { return m_seed; }

    // Cuts every connection through the link, both sides at once.
    void drop();

    int connectionCount() const;
    qint64 bufferedBytes() const; // held in the simulator now, all connections
    qint64 peakBufferedBytes() const { return m_peakBuffered; }

    // Used by the connections.
    Nanos delayFor(LinkDirection d);
    void noteBuffered();

Q_SIGNALS:
    void conditionsChanged();

private:
    void logChange(const char *name, LinkDirection d, double oldValue, double newValue);

    EventLog *m_log;
    QTcpServer m_server;
    std::array<LinkConditions, 2> m_conditions;
    QRandomGenerator m_random;
    quint32 m_seed = 1;
    QList<QPointer<LinkConnection>> m_connections;
    qint64 m_peakBuffered = 0;
    QNetworkProxy m_upstreamProxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
};

} // namespace wspulse
