#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback TCP relay for tests that need to cut a connection at an exact
// moment: with cutOnNextServerData set, the next bytes from the server are
// not forwarded; both sides are aborted instead.
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    bool cutOnNextServerData = false;
    int cuts = 0;

Q_SIGNALS:
    void cut();

private:
    void onNewConnection();

    quint16 m_targetPort;
    QTcpServer m_server;
};
