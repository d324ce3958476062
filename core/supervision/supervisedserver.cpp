#include "supervisedserver.h"

#include "connectionsupervisor.h"
#include "eventrecorder.h"
#include "supervisorbinding.h"
#include "eventlog.h"
#include "logging.h"

#include <QTcpSocket>
#include <QWebSocket>

#include <algorithm>

namespace wspulse {

SupervisedServer::SupervisedServer(Settings *settings, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_log(log)
    , m_ws(QStringLiteral("wspulse"), QWebSocketServer::NonSecureMode)
    , m_upgradeSlot(DeadlineScheduler::forCurrentThread(), [this] { closeStalledHandshakes(); })
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &SupervisedServer::onTcpConnection);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &SupervisedServer::onWebSocketConnection);
}

SupervisedServer::~SupervisedServer()
{
    // A derived class is already destroyed: nothing may reach its slots now.
    blockSignals(true);
    for (ConnectionSupervisor *c : std::as_const(m_connections))
        c->disconnect(this);
    close();
}

void SupervisedServer::setSubprotocols(const QStringList &protocols)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    m_ws.setSupportedSubprotocols(protocols);
#else
    Q_UNUSED(protocols);
#endif
}

bool SupervisedServer::listen(const QHostAddress &address, quint16 port)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    // Qt's default backlog is 50: when hundreds connect at once, the kernel
    // drops the SYNs beyond it and each client retries only after its 1 s
    // retransmission timeout. Node's default is 511; the kernel caps it at
    // net.core.somaxconn.
    m_tcp.setListenBacklogSize(1024);
#endif
    return m_tcp.listen(address, port);
}

void SupervisedServer::close()
{
    m_tcp.close();
    for (ConnectionSupervisor *c : connections()) // a copy: closing may remove from the set
        c->close(QStringLiteral("server shutting down"), 1001);
}

void SupervisedServer::logEvent(EventType type, const QJsonObject &fields)
{
    if (m_log)
        m_log->add(type, fields);
}

QList<ConnectionSupervisor *> SupervisedServer::connections() const
{
    return m_connections.values();
}

void SupervisedServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        if (m_maxConnections > 0 && int(m_connections.size()) + handshakesInProgress() > m_maxConnections) {
            // The count includes upgrades completed since: forget those first
            // (only near the limit, so thousands joining cost nothing extra).
            m_upgradeDeadlines.erase(
                std::remove_if(m_upgradeDeadlines.begin(), m_upgradeDeadlines.end(),
                               [this](const UpgradeDeadline &u) { return !u.socket || !isHandshaking(u.socket); }),
                m_upgradeDeadlines.end());
            armUpgradeDeadline();
            if (int(m_connections.size()) + handshakesInProgress() > m_maxConnections) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
        }
        const Nanos now = m_upgradeSlot.scheduler()->clock()->now();
        // Without a connect timeout the entry still counts towards the bound.
        m_upgradeDeadlines.push_back({socket, now});
        if (!m_upgradeSlot.isArmed())
            armUpgradeDeadline();
        m_handshaking.insert(socket->peerPort(), socket);
        // Sockets that die in the handshake leave null entries: swept now and
        // then, which costs less than a signal connection per socket.
        if (m_handshaking.size() > m_sweepHandshakingAt) {
            m_handshaking.removeIf([](const auto &entry) { return entry.value().isNull(); });
            m_sweepHandshakingAt = std::max<qsizetype>(1024, 2 * m_handshaking.size());
        }
        m_ws.handleConnection(socket);
    }
}

bool SupervisedServer::isHandshaking(const QTcpSocket *socket) const
{
    const quint16 port = socket->peerPort();
    for (auto it = m_handshaking.constFind(port); it != m_handshaking.cend() && it.key() == port; ++it) {
        if (it.value() == socket)
            return true;
    }
    return false;
}

QTcpSocket *SupervisedServer::takeHandshakingTransport(const QWebSocket *ws)
{
    const quint16 port = ws->peerPort();
    const QHostAddress address = ws->peerAddress();
    for (auto it = m_handshaking.find(port); it != m_handshaking.end() && it.key() == port; ++it) {
        QTcpSocket *candidate = it.value();
        if (candidate && candidate->peerAddress() == address) {
            m_handshaking.erase(it);
            return candidate;
        }
    }
    return nullptr;
}

void SupervisedServer::closeStalledHandshakes()
{
    const Nanos now = m_upgradeSlot.scheduler()->clock()->now();
    const Nanos limit = supervisorConfig(*m_settings).timeouts.connectTimeout;
    while (!m_upgradeDeadlines.empty()) {
        const UpgradeDeadline &front = m_upgradeDeadlines.front();
        QTcpSocket *socket = front.socket;
        // Upgraded (taken over by a supervisor) or gone: no longer waiting.
        const bool waiting = socket && isHandshaking(socket);
        if (waiting && (limit <= Nanos::zero() || front.acceptedAt + limit > now))
            break;
        if (waiting) {
            const qint64 afterMs =
                std::chrono::duration_cast<std::chrono::milliseconds>(now - front.acceptedAt).count();
            logEvent(EventType::Timeout,
                     {{QLatin1String("kind"), QLatin1String("connect")},
                      {QLatin1String("after_ms"), afterMs},
                      {QLatin1String("peer"),
                       QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort())}});
            socket->abort();
            socket->deleteLater();
        }
        m_upgradeDeadlines.pop_front();
    }
    armUpgradeDeadline();
}

void SupervisedServer::armUpgradeDeadline()
{
    // Accepted in order, one timeout for all: the oldest is the next due.
    const Nanos limit = supervisorConfig(*m_settings).timeouts.connectTimeout;
    if (m_upgradeDeadlines.empty() || limit <= Nanos::zero())
        m_upgradeSlot.cancel();
    else
        m_upgradeSlot.arm(m_upgradeDeadlines.front().acceptedAt + limit);
}

void SupervisedServer::onWebSocketConnection()
{
    while (QWebSocket *ws = m_ws.nextPendingConnection()) {
        QTcpSocket *transport = takeHandshakingTransport(ws);
        if (!transport)
            qCWarning(lcServer) << "no transport found for" << ws->peerAddress() << ws->peerPort();
        auto *connection = new ConnectionSupervisor(this);
        connection->setLabel(QStringLiteral("c%1").arg(m_nextId++));
        EventRecorder::record(connection, m_log, EventRecorder::Side::Server);
        bindSupervisor(m_settings, connection);
        m_connections.insert(connection);
        connect(connection, &ConnectionSupervisor::stateChanged, this,
                [this, connection](ConnectionSupervisor::State s) {
                    if (s != ConnectionSupervisor::State::Disconnected)
                        return;
                    m_connections.remove(connection);
                    Q_EMIT connectionClosed(connection);
                    connection->deleteLater();
                });
        connection->attach(ws, transport);
        Q_EMIT connectionOpened(connection);
    }
}

} // namespace wspulse
