#include "supervisedserver.h"

#include "connectionsupervisor.h"
#include "eventlog.h"
#include "logging.h"

#include <QTcpSocket>
#include <QWebSocket>

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
    for (const QPointer<ConnectionSupervisor> &c : std::as_const(m_connections)) {
        if (c)
            c->disconnect(this);
    }
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
    return m_tcp.listen(address, port);
}

void SupervisedServer::close()
{
    m_tcp.close();
    for (const QPointer<ConnectionSupervisor> &c : std::as_const(m_connections)) {
        if (c)
            c->close(QStringLiteral("server shutting down"), 1001);
    }
}

void SupervisedServer::logEvent(EventType type, const QJsonObject &fields)
{
    if (m_log)
        m_log->add(type, fields);
}

QList<ConnectionSupervisor *> SupervisedServer::connections() const
{
    QList<ConnectionSupervisor *> out;
    for (const QPointer<ConnectionSupervisor> &c : m_connections) {
        if (c)
            out.append(c);
    }
    return out;
}

void SupervisedServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        m_handshaking.removeAll(nullptr);
        m_handshaking.append(socket);
        m_ws.handleConnection(socket);
    }
}

void SupervisedServer::onWebSocketConnection()
{
    while (QWebSocket *ws = m_ws.nextPendingConnection()) {
        QTcpSocket *transport = nullptr;
        for (const QPointer<QTcpSocket> &candidate : std::as_const(m_handshaking)) {
            if (candidate && candidate->peerPort() == ws->peerPort()
                && candidate->peerAddress() == ws->peerAddress()) {
                transport = candidate;
                break;
            }
        }
        m_handshaking.removeAll(transport);
        if (!transport)
            qCWarning(lcServer) << "no transport found for" << ws->peerAddress() << ws->peerPort();
        auto *connection = new ConnectionSupervisor(m_settings, m_log, nullptr, this);
        connection->setLabel(QStringLiteral("c%1").arg(m_nextId++));
        m_connections.removeAll(nullptr);
        m_connections.append(connection);
        connect(connection, &ConnectionSupervisor::stateChanged, this,
                [this, connection](ConnectionSupervisor::State s) {
                    if (s != ConnectionSupervisor::State::Disconnected)
                        return;
                    m_connections.removeAll(connection);
                    Q_EMIT connectionClosed(connection);
                    connection->deleteLater();
                });
        connection->attach(ws, transport);
        Q_EMIT connectionOpened(connection);
    }
}

} // namespace wspulse
