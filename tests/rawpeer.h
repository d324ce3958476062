#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>
#include <QTcpSocket>
#include <QTimer>

// A deliberately misbehaving WebSocket server for tests: a raw QTcpServer
// speaking just enough RFC 6455 to be told exactly what to do wrong — not
// answer the upgrade, ignore pings, stop reading, trickle one frame slowly.
class RawPeer : public QObject
{
    Q_OBJECT
public:
    explicit RawPeer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;

    // Behaviour switches, applied to current and future connections.
    bool answerUpgrade = true;
    bool answerPings = true;
    bool echoText = false;
    int pongDelayMs = 0; // answer pings this much later

    void setReading(bool reading); // false: stop reading, shrink the receive window
    // Reads at most this many bytes a second, with a small kernel receive
    // buffer: what the sender writes piles up unsent in its own kernel queue,
    // as behind a slow uplink. 0: read freely again.
    void setReadRate(qint64 bytesPerSecond);
    void sendText(const QString &text);
    void sendFrame(quint8 opcode, const QByteArray &payload); // as is: may be invalid on purpose
    void sendClose(quint16 code, const QByteArray &reason);
    void dropConnection();  // TCP closed (FIN), no close frame: as a process that exits
    void resetConnection(); // TCP reset (RST), no close frame: as a path or middlebox that gives up
    // Answer the upgrade with this HTTP status instead of 101 (0: upgrade),
    // keeping the connection open as a kept-alive HTTP server does.
    int refuseUpgradeWith = 0;
    // Decides each upgrade from its request head: an HTTP status to refuse
    // with (401, 403 ...), or 0 to upgrade. Checked after refuseUpgradeWith.
    std::function<int(const QByteArray &head)> checkUpgrade;
    QByteArray lastRequest; // the head of the last upgrade request, as received
    // One binary frame of `total` bytes, sent `chunk` bytes every `interval` ms.
    void trickleBinary(qint64 total, qint64 chunk, int intervalMs);

    int connectionCount() const { return m_connections; }
    QTcpSocket *current() const { return m_socket; }
    QList<QByteArray> texts;
    qint64 binaryBytesReceived = 0;

Q_SIGNALS:
    void tcpAccepted();
    void upgraded();
    void pingReceived(const QByteArray &payload);
    void textReceived(const QString &text);
    void binaryReceived(qint64 size);
    void closeReceived(quint16 code);
    void disconnected();

private:
    void onNewConnection();
    void onReadyRead();
    void processFrames();

    QTcpServer m_server;
    QTimer m_slowReadTimer;
    qint64 m_readRate = 0;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_upgraded = false;
    bool m_reading = true;
    int m_connections = 0;
    QTimer m_trickle;
    qint64 m_trickleLeft = 0;
    qint64 m_trickleChunk = 0;
    qint64 m_fragmentBytes = 0;
};
