#include "echoserver.h"

#include "connectionsupervisor.h"

namespace wspulse {

EchoServer::EchoServer(Settings *settings, EventLog *log, QObject *parent)
    : SupervisedServer(settings, log, parent)
{
    connect(this, &SupervisedServer::connectionOpened, this, [](ConnectionSupervisor *c) {
        connect(c, &ConnectionSupervisor::textReceived, c,
                [c](const QString &text) { c->sendText(text); });
        connect(c, &ConnectionSupervisor::binaryReceived, c,
                [c](const QByteArray &data) { c->sendBinary(data); });
    });
}

} // namespace wspulse
