// The floor Qt itself sets: a bare QWebSocketServer that pings every
// connection once a second and does nothing else (no supervision, no events,
// no chat), on the same epoll dispatcher as `wspulse --serve`. The bench's
// "qt-bare" server row, so that what wspulse adds and what Qt costs are told
// apart in the same run. Prints "PORT n", then serves until killed.
#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication::setEventDispatcher(new wspulse::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QWebSocketServer server(QStringLiteral("bare"), QWebSocketServer::NonSecureMode);
    // The same listen backlog as wspulse's server (Qt's default of 50 drops
    // SYNs when hundreds connect at once).
    QTcpServer tcp;
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    tcp.setListenBacklogSize(1024);
#endif
    QObject::connect(&tcp, &QTcpServer::newConnection, &tcp, [&] {
        while (QTcpSocket *socket = tcp.nextPendingConnection())
            server.handleConnection(socket);
    });
    QList<QPointer<QWebSocket>> sockets;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket *s = server.nextPendingConnection()) {
            QObject::connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            sockets << s;
        }
    });
    if (!tcp.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::printf("PORT %d\n", tcp.serverPort());
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
