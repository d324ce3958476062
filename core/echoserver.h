#pragma once

#include "supervisedserver.h"

namespace wspulse {

// The embedded default peer until the chat server lands: echoes every text and
// binary message back to its sender, under full supervision.
class EchoServer : public SupervisedServer
{
    Q_OBJECT
public:
    EchoServer(Settings *settings, EventLog *log, QObject *parent = nullptr);
};

} // namespace wspulse
