#pragma once

#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

// A bare QWebSocketServer on a free loopback port that echoes every text
// message: the plainest peer, for the bench and as the backend behind real
// proxies in tests.
class EchoServer : public QWebSocketServer
{
public:
    EchoServer()
        : QWebSocketServer(QStringLiteral("echo"), QWebSocketServer::NonSecureMode)
    {
        connect(this, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QWebSocket::textMessageReceived, s, [s](const QString &t) { s->sendTextMessage(t); });
                connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(serverPort())); }
};
