#include "linkconnection.h"

#include "tcpending.h"

#include "linksimulator.h"

#include "logging.h"

#include <QHostAddress>
#include <QtEndian>

#include <algorithm>

using namespace std::chrono;

namespace wspulse {

namespace {
// With a bandwidth cap, bytes leave in slices of about this much time, so that
// the rate is smooth rather than bursty.
constexpr Nanos kSliceTime = 10ms;
constexpr qint64 kReadChunk = 16 * 1024;
// QTimer counts whole milliseconds: bytes due within half of one go now, and
// timers are armed to the nearest millisecond, so the added latency is exact
// on average instead of always late by the rounding.
constexpr Nanos kEarlyTolerance = 500us;
} // namespace

LinkConnection::LinkConnection(LinkSimulator *link, QTcpSocket *client)
    : QObject(link)
    , m_link(link)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
{
    client->setParent(this);
    connect(client, &QTcpSocket::readyRead, this, &LinkConnection::onClientData);
    connect(client, &QTcpSocket::disconnected, this, [this] {
        if (m_stage != Stage::Piping)
            deleteLater();
    });
    connect(m_upstream, &QTcpSocket::connected, this, &LinkConnection::onUpstreamConnected);
    connect(m_upstream, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_stage == Stage::Connecting)
            replyAndClose(0x05); // connection refused
    });
}

LinkConnection::~LinkConnection() = default;

void LinkConnection::abortBoth()
{
    m_pipes[0].timer.stop();
    m_pipes[1].timer.stop();
    // A reset, not a FIN: a path that fails says no goodbye.
    resetTcp(m_client);
    resetTcp(m_upstream);
    deleteLater();
}

void LinkConnection::onClientData()
{
    if (m_stage == Stage::Piping)
        return; // the pipe reads on its own schedule
    m_handshake += m_client->readAll();
    if (m_stage == Stage::Greeting)
        handleGreeting();
    if (m_stage == Stage::Request)
        handleRequest();
}

void LinkConnection::handleGreeting()
{
    // VER NMETHODS METHODS...
    if (m_handshake.size() < 2)
        return;
    const int methods = quint8(m_handshake.at(1));
    if (quint8(m_handshake.at(0)) != 5) {
        abortBoth();
        return;
    }
    if (m_handshake.size() < 2 + methods)
        return;
    const QByteArray offered = m_handshake.mid(2, methods);
    m_handshake.remove(0, 2 + methods);
    if (!offered.contains('\x00')) {
        m_client->write(QByteArray("\x05\xff", 2)); // no acceptable method
        m_client->disconnectFromHost();
        return;
    }
    m_client->write(QByteArray("\x05\x00", 2));
    m_stage = Stage::Request;
}

void LinkConnection::handleRequest()
{
    // VER CMD RSV ATYP DST.ADDR DST.PORT
    if (m_handshake.size() < 5)
        return;
    const auto *d = reinterpret_cast<const uchar *>(m_handshake.constData());
    if (d[0] != 5 || d[1] != 1) { // CONNECT only
        replyAndClose(0x07);
        return;
    }
    qsizetype need = 0;
    QString host;
    switch (d[3]) {
    case 1:
        need = 4 + 4 + 2;
        break;
    case 3:
        need = 4 + 1 + d[4] + 2;
        break;
    case 4:
        need = 4 + 16 + 2;
        break;
    default:
        replyAndClose(0x08);
        return;
    }
    if (m_handshake.size() < need)
        return;
    if (d[3] == 1)
        host = QHostAddress(qFromBigEndian<quint32>(d + 4)).toString();
    else if (d[3] == 3)
        host = QString::fromLatin1(m_handshake.mid(5, d[4]));
    else
        host = QHostAddress(d + 4).toString();
    const quint16 port = qFromBigEndian<quint16>(d + need - 2);
    m_handshake.remove(0, need);
    m_stage = Stage::Connecting;
    m_upstream->setProxy(m_link->upstreamProxy());
    m_upstream->connectToHost(host, port);
}

void LinkConnection::replyAndClose(quint8 code)
{
    const char reply[] = {5, char(code), 0, 1, 0, 0, 0, 0, 0, 0};
    m_client->write(reply, sizeof reply);
    m_client->disconnectFromHost();
    m_stage = Stage::Greeting;
}

void LinkConnection::onUpstreamConnected()
{
    const char reply[] = {5, 0, 0, 1, 0, 0, 0, 0, 0, 0};
    m_client->write(reply, sizeof reply);
    startPiping();
}

void LinkConnection::startPiping()
{
    m_stage = Stage::Piping;
    disconnect(m_client, &QTcpSocket::readyRead, this, &LinkConnection::onClientData);
    Pipe &up = m_pipes[0];
    Pipe &down = m_pipes[1];
    up.direction = LinkDirection::Up;
    up.from = m_client;
    up.to = m_upstream;
    down.direction = LinkDirection::Down;
    down.from = m_upstream;
    down.to = m_client;
    // A transparent link must not add Nagle delays of its own.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    for (Pipe *p : {&up, &down}) {
        // Qt's own read buffer is bounded too: beyond it the kernel, then TCP, hold the sender back.
        p->from->setReadBufferSize(LinkSimulator::ReadBufferLimit);
        p->timer.setSingleShot(true);
        p->timer.setTimerType(Qt::PreciseTimer);
        connect(&p->timer, &QTimer::timeout, this, [this, p] { push(*p); });
        connect(p->from, &QTcpSocket::readyRead, this, [this, p] { pull(*p); });
        connect(p->to, &QTcpSocket::bytesWritten, this, [this, p] { push(*p); });
        connect(p->from, &QTcpSocket::disconnected, this, [this, p] {
            p->sourceFinished = true;
            finishIfDrained(*p);
        });
    }
    // Bytes that came with the request (a client that does not wait for the reply).
    if (!m_handshake.isEmpty()) {
        up.chunks.push_back({m_handshake, SteadyClock::instance()->now() + m_link->delayFor(LinkDirection::Up)});
        up.queued += m_handshake.size();
        m_handshake.clear();
    }
    pull(up);
    pull(down);
}

void LinkConnection::pull(Pipe &p)
{
    const Nanos now = SteadyClock::instance()->now();
    bool added = false;
    while (p.queued < LinkSimulator::QueueLimit && p.from->bytesAvailable() > 0) {
        const qint64 room = LinkSimulator::QueueLimit - p.queued;
        const QByteArray data = p.from->read(std::min({room, kReadChunk, p.from->bytesAvailable()}));
        if (data.isEmpty())
            break;
        // Order is preserved: a byte never leaves before the bytes ahead of it.
        const Nanos release = std::max(now + m_link->delayFor(p.direction), p.lastRelease);
        p.lastRelease = release;
        p.chunks.push_back({data, release});
        p.queued += data.size();
        added = true;
    }
    if (added) {
        m_link->noteBuffered();
        push(p);
    }
}

void LinkConnection::push(Pipe &p)
{
    const LinkConditions c = m_link->conditions(p.direction);
    if (c.frozen) {
        p.timer.stop();
        return;
    }
    bool sent = false;
    while (!p.chunks.empty()) {
        if (p.to->bytesToWrite() > LinkSimulator::WriteBacklogLimit)
            break; // the far side is slow: wait for bytesWritten
        const Nanos now = SteadyClock::instance()->now();
        Chunk &front = p.chunks.front();
        const Nanos due = std::max(front.release, p.nextFree);
        if (due > now + kEarlyTolerance) {
            p.timer.start(std::max(1ms, std::chrono::round<milliseconds>(due - now)));
            break;
        }
        qint64 n = front.data.size();
        if (c.bandwidth > 0) {
            const qint64 slice = std::max<qint64>(1, c.bandwidth * kSliceTime.count() / 1'000'000'000);
            n = std::min(n, slice);
            // The link was idle since nextFree: the budget starts now, not in the past.
            p.nextFree = std::max(p.nextFree, now - kSliceTime) + Nanos(n * 1'000'000'000 / c.bandwidth);
        }
        p.to->write(front.data.constData(), n);
        front.data.remove(0, n);
        p.queued -= n;
        sent = true;
        if (front.data.isEmpty())
            p.chunks.pop_front();
    }
    if (sent)
        pull(p); // room again: read what the sender has been held back with
    finishIfDrained(p);
}

void LinkConnection::finishIfDrained(Pipe &p)
{
    if (p.sourceFinished && p.chunks.empty() && p.from->bytesAvailable() == 0
        && p.to->state() == QAbstractSocket::ConnectedState)
        p.to->disconnectFromHost();
    if (m_client->state() == QAbstractSocket::UnconnectedState
        && m_upstream->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

void LinkConnection::conditionsChanged()
{
    if (m_stage != Stage::Piping)
        return;
    for (Pipe &p : m_pipes) {
        p.timer.stop();
        push(p);
    }
}

} // namespace wspulse
