// The floor Qt itself sets: a bare QWebSocketServer that pings every
// connection once a second and does nothing else (no supervision, no events,
// no chat), on the same epoll dispatcher as `wspulse --serve`. The bench's
// "qt-bare" server row, so that what wspulse adds and what Qt costs are told
// apart in the same run. Prints "PORT n", then serves until killed.
#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication::setEventDispatcher(new wspulse::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QWebSocketServer server(QStringLiteral("bare"), QWebSocketServer::NonSecureMode);
    QList<QPointer<QWebSocket>> sockets;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket *s = server.nextPendingConnection()) {
            QObject::connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            sockets << s;
        }
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::printf("PORT %d\n", server.serverPort());
    std::fflush(stdout);
    QTimer sweep;
    QObject::connect(&sweep, &QTimer::timeout, &server, [&] {
        sockets.removeAll(nullptr);
        for (QWebSocket *s : std::as_const(sockets))
            s->ping();
    });
    sweep.start(1000);
    return QCoreApplication::exec();
}
