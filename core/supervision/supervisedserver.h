#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include "deadlinescheduler.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QWebSocketServer>

class QTcpSocket;
class QWebSocket;

namespace wspulse {

class ConnectionSupervisor;
class EventLog;
enum class EventType;
class Settings;

// Accepts WebSocket connections and puts each under a ConnectionSupervisor
// using the server's own parameter set. It runs the TCP listener itself and
// hands sockets to QWebSocketServer::handleConnection(), so that it knows the
// transport socket under each QWebSocket (needed for byte-level activity).
class SupervisedServer : public QObject
{
    Q_OBJECT
public:
    SupervisedServer(Settings *settings, EventLog *log, QObject *parent = nullptr);
    ~SupervisedServer() override;

    void setSubprotocols(const QStringList &protocols);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    QString errorString() const { return m_tcp.errorString(); }
    quint16 port() const { return m_tcp.serverPort(); }
    QHostAddress address() const { return m_tcp.serverAddress(); }
    bool isListening() const { return m_tcp.isListening(); }
    QList<ConnectionSupervisor *> connections() const;
    // Open connections plus upgrades in progress may not exceed this by more
    // than one (that one is there to be told 1013 "try again later" by the
    // layer above); a TCP connection beyond it is closed at once. 0: no limit.
    void setMaxConnections(int max) { m_maxConnections = max; }
    // TCP connections whose upgrade has not completed (an upper bound: ones
    // that finished or died are counted until they are swept, at their
    // deadline or when the bound is reached).
    int handshakesInProgress() const { return int(m_upgradeDeadlines.size()); }

protected:
    QWebSocketServer *webSocketServer() { return &m_ws; }
    // Logs to the server's event log, if it still exists.
    void logEvent(EventType type, const QJsonObject &fields);

Q_SIGNALS:
    void connectionOpened(wspulse::ConnectionSupervisor *connection);
    void connectionClosed(wspulse::ConnectionSupervisor *connection);

private:
    void onTcpConnection();
    void onWebSocketConnection();
    QTcpSocket *takeHandshakingTransport(const QWebSocket *ws);
    void closeStalledHandshakes();
    void armUpgradeDeadline();
    bool isHandshaking(const QTcpSocket *socket) const;

    Settings *m_settings;
    QPointer<EventLog> m_log;
    QTcpServer m_tcp;
    QWebSocketServer m_ws;
    // Sockets still in the WebSocket handshake, by peer port (the only way to
    // find the transport under a QWebSocket); hashed, with thousands joining.
    QMultiHash<quint16, QPointer<QTcpSocket>> m_handshaking;
    qsizetype m_sweepHandshakingAt = 1024;
    // The same sockets in the order they came, each with its deadline: an
    // upgrade not completed within WS_CONNECT_TIMEOUT is closed, so nobody
    // holds the server's descriptors with half a request.
    struct UpgradeDeadline
    {
        QPointer<QTcpSocket> socket;
        Nanos acceptedAt; // the deadline is this plus the connect timeout in force now
    };
    std::deque<UpgradeDeadline> m_upgradeDeadlines;
    DeadlineScheduler::Slot m_upgradeSlot;
    int m_maxConnections = 0;
    // Removed on Disconnected, before the connection is deleted.
    QSet<ConnectionSupervisor *> m_connections;
    quint64 m_nextId = 1;
};

} // namespace wspulse
