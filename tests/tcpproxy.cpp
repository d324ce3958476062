#include "tcpproxy.h"

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        QPointer<QTcpSocket> c(client), u(upstream);
        auto pending = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [c, u, pending] {
            if (u && u->state() == QAbstractSocket::ConnectedState)
                u->write(c->readAll());
            else
                pending->append(c->readAll());
        });
        connect(upstream, &QTcpSocket::connected, this, [u, pending] {
            u->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, c, u] {
            const QByteArray data = u->readAll();
            if (cutOnNextServerData) {
                cutOnNextServerData = false;
                ++cuts;
                c->abort();
                u->abort();
                Q_EMIT cut();
                return;
            }
            if (c)
                c->write(data);
        });
        const auto closeBoth = [c, u] {
            if (c && c->state() != QAbstractSocket::UnconnectedState)
                c->disconnectFromHost();
            if (u && u->state() != QAbstractSocket::UnconnectedState)
                u->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        // A refused upstream never connected, so never "disconnected": close
        // the client too, as a real proxy does, rather than leave it hanging.
        connect(upstream, &QAbstractSocket::errorOccurred, this, closeBoth);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
