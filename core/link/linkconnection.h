#pragma once

#include "clock.h"
#include "linkconditions.h"

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

namespace wspulse {

class LinkSimulator;

// One proxied connection: the SOCKS5 handshake with the client, then two
// pipes (up and down), each delaying, pacing or holding its bytes in order.
class LinkConnection : public QObject
{
    Q_OBJECT
public:
    LinkConnection(LinkSimulator *link, QTcpSocket *client);
    ~LinkConnection() override;

    void abortBoth();
    qint64 bufferedBytes() const { return m_pipes[0].queued + m_pipes[1].queued; }
    // Re-evaluates held bytes after a change of conditions (thaw, new rate).
    void conditionsChanged();

private:
    struct Chunk
    {
        QByteArray data;
        Nanos release{0};
    };
    struct Pipe
    {
        LinkDirection direction = LinkDirection::Up;
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        std::deque<Chunk> chunks;
        qint64 queued = 0;
        Nanos lastRelease{0};
        Nanos nextFree{0}; // when the bandwidth allows the next byte
        QTimer timer;
        bool sourceFinished = false;
    };

    void onClientData();
    void handleGreeting();
    void handleRequest();
    void replyAndClose(quint8 code);
    void onUpstreamConnected();
    void startPiping();
    void pull(Pipe &p);
    void push(Pipe &p);
    void finishIfDrained(Pipe &p);

    LinkSimulator *m_link;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    enum class Stage { Greeting, Request, Connecting, Piping } m_stage = Stage::Greeting;
    QByteArray m_handshake;
    Pipe m_pipes[2];
};

} // namespace wspulse
