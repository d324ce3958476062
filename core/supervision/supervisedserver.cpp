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

void SupervisedServer::onWebSocketConnection()
{
    while (QWebSocket *ws = m_ws.nextPendingConnection()) {
        QTcpSocket *transport = takeHandshakingTransport(ws);
        if (!transport)
            qCWarning(lcServer) << "no transport found for" << ws->peerAddress() << ws->peerPort();
        auto *connection = new ConnectionSupervisor(this);
        connection->setLabel(QStringLiteral("c%1").arg(m_nextId++));
        EventRecorder::record(connection, m_log);
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
