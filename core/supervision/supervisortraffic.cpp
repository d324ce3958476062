// ConnectionSupervisor, what moves on an open connection: bytes, pings and
// pongs, heartbeats and messages, and whether bytes are still in transit at
// a deadline. The lifecycle is in connectionsupervisor.cpp, the end of a
// connection in supervisorending.cpp.
#include "connectionsupervisor.h"

#include "kernelsendqueue.h"

#include <QWebSocket>

#include <algorithm>

using namespace std::chrono;

namespace wspulse {

// ---------------------------------------------------------------- heartbeat

void ConnectionSupervisor::runHeartbeat()
{
    const Nanos t = now();
    const bool ok = m_inboundSinceHeartbeat;
    m_missedHeartbeats = ok ? 0 : m_missedHeartbeats + 1;
    m_inboundSinceHeartbeat = false;
    m_policy.heartbeatDone(t);
    Q_EMIT heartbeatChecked(
        {ok, toMs(m_policy.idleFor(t)), toMs(m_policy.age(t)), m_pings.outstanding(), m_missedHeartbeats});
}

// ---------------------------------------------------------------- bytes

qint64 ConnectionSupervisor::transportQueued() const
{
    return m_transport ? m_transport->bytesToWrite() : 0;
}

void ConnectionSupervisor::onInboundBytes()
{
    // The server's answer to the upgrade, looked at before QWebSocket takes
    // it (its own read is queued): a refusal says who answered (Server header).
    if (m_state == State::Connecting && !m_seen.httpRefusal && m_transport)
        m_seen.httpRefusal = httpRefusalFrom(m_transport->peek(4096));
    m_policy.inboundBytes(now());
    m_inboundSinceHeartbeat = true;
}

void ConnectionSupervisor::onBytesWritten(int channel, qint64 bytes)
{
    Q_UNUSED(channel);
    Q_ASSERT(bytes >= 0);
    const Nanos t = now();
    m_written += bytes;
    m_inTransitAtIdleCheck = -1; // our own bytes moved: the idle clock restarts anyway
    m_counters.bytesOut += quint64(bytes);
    const bool stillQueued = transportQueued() > 0;
    m_policy.outboundWritten(t, stillQueued);
    // Part written, part still waiting: the kernel's buffer is full and a
    // bulk send is under way (a system call per write is nothing beside it).
    // Not per message: a message merely waiting for the next loop pass, the
    // usual case, costs no system call.
    if (stillQueued)
        noteKernelQueueAtStallClock();
    else
        m_kernelQueuedAtStallClock = -1; // nothing waits: no send to stall
    const bool pingLeft = m_pings.bytesWritten(t, m_written);
    while (const std::optional<quint64> id = m_outbox.takeWritten(m_written))
        Q_EMIT messageWritten(*id);
    if (pingLeft) {
        m_policy.setOldestPingLeftAt(m_pings.oldestLeftAt());
        rearm();
    }
}

void ConnectionSupervisor::noteKernelQueueAtStallClock()
{
    if (m_config.timeouts.messageTimeout > Nanos::zero() && m_transport)
        m_kernelQueuedAtStallClock = kernelUnacknowledgedBytes(m_kernelFd);
}

bool ConnectionSupervisor::kernelDrainedSinceStallClock(Nanos t)
{
    // Nothing left our process for a whole send-stall period, but the kernel
    // may still be handing what we wrote earlier to a slow reader: the send
    // is slow, not stalled, as long as the peer keeps taking bytes. A queue
    // that does not shrink is a stall.
    if (!m_transport || m_kernelQueuedAtStallClock < 0)
        return false;
    const qint64 queued = kernelUnacknowledgedBytes(m_kernelFd);
    if (queued < 0 || queued >= m_kernelQueuedAtStallClock)
        return false;
    m_kernelQueuedAtStallClock = queued;
    m_policy.outboundDrainedInKernel(t);
    return true;
}

bool ConnectionSupervisor::idleButStillInTransit(Nanos t)
{
    // Nothing passed the socket for a whole idle period, but what we wrote
    // may still be on its way: unacknowledged in the kernel behind a slow
    // reader, or held by the link simulator. Moving bytes are not idle;
    // bytes that do not move are (a stuck queue is no transfer). Read here,
    // at the deadline, never per byte.
    qint64 inTransit = m_transport ? std::max<qint64>(0, kernelUnacknowledgedBytes(m_kernelFd)) : 0;
    if (m_inTransitElsewhere)
        inTransit += std::max<qint64>(0, m_inTransitElsewhere());
    if (inTransit == 0) {
        m_inTransitAtIdleCheck = -1;
        return false;
    }
    if (m_inTransitAtIdleCheck < 0) {
        // First look: look again a little later to see
        // whether they move. TCP moves in bursts (a receiver reopens its window
        // only once half its buffer is free), so not too soon: half the idle
        // timeout, within 100 ms .. 1 s. A queue that did not move by then
        // times out, that much after the idle deadline.
        m_inTransitAtIdleCheck = inTransit;
        const Nanos probe = std::clamp<Nanos>(m_config.timeouts.idleTimeout / 2, Nanos(std::chrono::milliseconds(100)),
                                              Nanos(std::chrono::seconds(1)));
        m_policy.deferIdleUntil(t + probe);
        return true;
    }
    if (inTransit < m_inTransitAtIdleCheck) {
        m_inTransitAtIdleCheck = inTransit;
        m_policy.outboundDrainedInKernel(t);
        return true;
    }
    // Not less than before (more means the peer's bytes pile up in the link
    // simulator: that is not movement either): idle.
    m_inTransitAtIdleCheck = -1;
    return false;
}

// ---------------------------------------------------------------- ping / pong

void ConnectionSupervisor::sendPing()
{
    if (!m_socket || m_state != State::Open)
        return;
    const Nanos t = now();
    const qint64 ahead = transportQueued();
    const QByteArray payload = m_pings.start(t, ahead);
    const quint64 seq = m_pings.lastSeq();
    m_socket->ping(payload);
    // The ping frame sits behind every byte already queued: it has left when
    // the transport has written up to here.
    m_pings.setLastEndOffset(m_written + transportQueued());
    // Hand the ping to the kernel now rather than on the next loop pass: its
    // departure time is what the pong is timed from, and with thousands of
    // connections the write-notifier round trip cost more than the ping.
    if (m_transport)
        m_transport->flush();
    if (m_state != State::Open || !m_pings.isPending(seq))
        return; // the write failed and the connection went down with it
    ++m_counters.pings;
    m_policy.pingSent(t);
    if (transportQueued() > 0)
        m_policy.outboundQueued(t);
    Q_EMIT pingSent(seq, ahead);
    if (m_pings.bytesWritten(t, m_written)) // written synchronously
        m_policy.setOldestPingLeftAt(m_pings.oldestLeftAt());
}

void ConnectionSupervisor::onPong(quint64 elapsedMs, const QByteArray &payload)
{
    Q_UNUSED(elapsedMs); // whole milliseconds, and timed from Qt's most recent ping only
    const std::optional<PingTracker::Sample> sample = m_pings.pong(now(), payload);
    if (!sample)
        return; // not one of ours: activity only
    m_policy.setOldestPingLeftAt(m_pings.oldestLeftAt());
    ++m_counters.pongs;
    if (sample->queued)
        ++m_counters.queuedRttSamples;
    else
        m_rtt.add(sample->rttUs); // only unqueued samples describe the network
    Q_EMIT pongReceived(sample->seq, sample->rttUs, sample->queued);
    checkPongShorterThanRtt(sample->rttUs);
    checkLatencyAlert(sample->rttUs);
    rearm(true);
}

void ConnectionSupervisor::checkPongShorterThanRtt(qint64 rttUs)
{
    const Nanos pong = m_config.timeouts.pongTimeout;
    if (m_warnedPongShorterThanRtt || pong == Nanos::zero() || microseconds(rttUs) < pong)
        return;
    m_warnedPongShorterThanRtt = true;
    Q_EMIT pongTimeoutBelowRtt(rttUs);
}

void ConnectionSupervisor::checkLatencyAlert(qint64 rttUs)
{
    const Nanos alert = m_config.latencyAlert;
    if (alert == Nanos::zero() || microseconds(rttUs) <= alert)
        return;
    ++m_counters.latencyAlerts;
    Q_EMIT latencyAlert(rttUs);
}

// ---------------------------------------------------------------- messages

quint64 ConnectionSupervisor::sendText(const QString &text)
{
    return enqueue(OutMessage{m_outbox.takeId(), false, {}, text, std::nullopt, 0});
}

quint64 ConnectionSupervisor::sendBinary(const QByteArray &data)
{
    return enqueue(OutMessage{m_outbox.takeId(), true, data, {}, std::nullopt, 0});
}

quint64 ConnectionSupervisor::sendControlText(const QString &text)
{
    if (m_state != State::Open)
        return 0;
    OutMessage m{m_outbox.takeId(), false, {}, text, std::nullopt, 0};
    const quint64 id = m.id;
    writeMessage(std::move(m));
    return id;
}

quint64 ConnectionSupervisor::sendControlBinary(const QByteArray &data)
{
    if (m_state != State::Open)
        return 0;
    OutMessage m{m_outbox.takeId(), true, data, {}, std::nullopt, 0};
    const quint64 id = m.id;
    writeMessage(std::move(m));
    return id;
}

quint64 ConnectionSupervisor::enqueue(OutMessage m)
{
    const quint64 id = m.id;
    if (m_state == State::Open && !m_outbox.hasQueued() && !m_queueHeld) {
        writeMessage(std::move(m));
        return id;
    }
    m.queuedAt = now();
    m_outbox.enqueue(std::move(m));
    if (m_state == State::Disconnected && !m_serverRole && m_url.isValid())
        open(); // a send reopens a connection closed as idle (or by the user)
    return id;
}

void ConnectionSupervisor::flushQueue()
{
    while (m_outbox.hasQueued() && m_state == State::Open && !m_queueHeld)
        writeMessage(m_outbox.takeNext());
}

void ConnectionSupervisor::holdQueue(bool hold)
{
    m_queueHeld = hold;
    if (!hold)
        flushQueue();
}

void ConnectionSupervisor::writeMessage(OutMessage m)
{
    Q_ASSERT(m_socket && m_state == State::Open);
    // The clock is read only when needed: on a fast echo path each read was
    // a measurable share of what supervision costs.
    std::optional<Nanos> tRead;
    const auto t = [&] { return tRead ? *tRead : *(tRead = now()); };
    if (m.binary)
        m_socket->sendBinaryMessage(m.data);
    else
        m_socket->sendTextMessage(m.text);
    ++m_counters.messagesOut;
    if (m_reportMessages)
        Q_EMIT messageSent(m, m.queuedAt ? toMs(t() - *m.queuedAt) : 0);
    const qint64 queued = transportQueued();
    m.endOffset = m_written + queued;
    if (queued > 0) {
        // Only the first queued byte starts the send-stall clock; later
        // messages behind it cannot move the deadline earlier.
        const bool stallClockStarts = !m_policy.outboundPending();
        if (stallClockStarts)
            m_policy.outboundQueued(t());
        m_outbox.handedOver(std::move(m));
        if (stallClockStarts)
            rearm();
    } else {
        Q_EMIT messageWritten(m.id);
    }
}

// ---------------------------------------------------------------- queries

Nanos ConnectionSupervisor::idleFor() const
{
    return m_state == State::Open ? m_policy.idleFor(now()) : Nanos::zero();
}

Nanos ConnectionSupervisor::age() const
{
    return m_policy.age(now());
}

std::optional<Nanos> ConnectionSupervisor::timeUntil(Deadline d) const
{
    const std::optional<Nanos> at = m_policy.deadline(d);
    if (!at)
        return std::nullopt;
    return std::max(Nanos::zero(), *at - now());
}

} // namespace wspulse
