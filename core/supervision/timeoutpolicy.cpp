#include "timeoutpolicy.h"

#include <algorithm>

namespace wspulse {

QString timeoutKindName(TimeoutKind k)
{
    switch (k) {
    case TimeoutKind::Idle:
        return QStringLiteral("idle");
    case TimeoutKind::Pong:
        return QStringLiteral("pong");
    case TimeoutKind::Lifetime:
        return QStringLiteral("lifetime");
    case TimeoutKind::Message:
        return QStringLiteral("message");
    case TimeoutKind::Connect:
        return QStringLiteral("connect");
    case TimeoutKind::AppPong:
        return QStringLiteral("app_pong");
    case TimeoutKind::AppHeartbeat:
        return QStringLiteral("app_heartbeat");
    }
    return QString();
}

void TimeoutPolicy::connectStarted(Nanos now)
{
    m_phase = Phase::Connecting;
    m_connectStartedAt = now;
    m_outPending = false;
    m_oldestPingLeftAt.reset();
}

void TimeoutPolicy::opened(Nanos now)
{
    m_phase = Phase::Open;
    m_openedAt = now;
    m_idleNotBefore.reset();
    m_lastInboundAt = now;
    m_lastWrittenAt = now;
    m_lastPingAt = now;
    m_lastHeartbeatAt = now;
    m_oldestPingLeftAt.reset();
    // Bytes queued before open (the handshake itself is done) keep their stall clock.
    if (m_outPending)
        m_stallClockFrom = now;
}

void TimeoutPolicy::stopped()
{
    m_phase = Phase::Inactive;
    m_outPending = false;
    m_oldestPingLeftAt.reset();
}

void TimeoutPolicy::inboundBytes(Nanos now)
{
    m_lastInboundAt = now;
}

void TimeoutPolicy::outboundQueued(Nanos now)
{
    if (m_outPending)
        return;
    m_outPending = true;
    m_stallClockFrom = now;
}

void TimeoutPolicy::outboundDrainedInKernel(Nanos now)
{
    m_lastWrittenAt = now;
    m_stallClockFrom = now;
}

void TimeoutPolicy::outboundWritten(Nanos now, bool stillQueued)
{
    m_lastWrittenAt = now;
    m_stallClockFrom = now;
    m_outPending = stillQueued;
}

Nanos TimeoutPolicy::lastActivity() const
{
    return std::max({m_lastInboundAt, m_lastWrittenAt, m_openedAt});
}

std::optional<Nanos> TimeoutPolicy::deadline(Deadline d) const
{
    const auto after = [](Nanos from, Nanos interval) -> std::optional<Nanos> {
        if (interval <= Nanos::zero())
            return std::nullopt;
        return from + interval;
    };
    if (m_phase == Phase::Connecting)
        return d == Deadline::Connect ? after(m_connectStartedAt, m_config.connectTimeout) : std::nullopt;
    if (m_phase != Phase::Open)
        return std::nullopt;
    switch (d) {
    case Deadline::Connect:
        return std::nullopt;
    case Deadline::Ping:
        return after(m_lastPingAt, m_config.pingInterval);
    case Deadline::Pong:
        if (!m_oldestPingLeftAt)
            return std::nullopt;
        // A pong cannot overtake a frame the peer is still sending: inbound
        // bytes extend the wait.
        return after(std::max(*m_oldestPingLeftAt, m_lastInboundAt), m_config.pongTimeout);
    case Deadline::Idle: {
        const std::optional<Nanos> at = after(lastActivity(), m_config.idleTimeout);
        if (at && m_idleNotBefore && *m_idleNotBefore > *at)
            return m_idleNotBefore;
        return at;
    }
    case Deadline::Lifetime:
        return after(m_openedAt, m_config.lifetime);
    case Deadline::Message:
        if (!m_outPending)
            return std::nullopt;
        return after(m_stallClockFrom, m_config.messageTimeout);
    case Deadline::Heartbeat:
        return after(m_lastHeartbeatAt, m_config.heartbeatInterval);
    }
    return std::nullopt;
}

std::optional<Nanos> TimeoutPolicy::nextDeadline() const
{
    std::optional<Nanos> next;
    for (int i = 0; i < DeadlineCount; ++i) {
        const std::optional<Nanos> d = deadline(Deadline(i));
        if (d && (!next || *d < *next))
            next = d;
    }
    return next;
}

QList<Deadline> TimeoutPolicy::due(Nanos now) const
{
    QList<Deadline> out;
    for (int i = 0; i < DeadlineCount; ++i) {
        const std::optional<Nanos> d = deadline(Deadline(i));
        if (d && *d <= now)
            out.append(Deadline(i));
    }
    return out;
}

Nanos TimeoutPolicy::conditionAge(Deadline d, Nanos now) const
{
    switch (d) {
    case Deadline::Connect:
        return now - m_connectStartedAt;
    case Deadline::Pong:
        return m_oldestPingLeftAt ? now - std::max(*m_oldestPingLeftAt, m_lastInboundAt) : Nanos(0);
    case Deadline::Idle:
        return idleFor(now);
    case Deadline::Lifetime:
        return now - m_openedAt;
    case Deadline::Message:
        return m_outPending ? now - m_stallClockFrom : Nanos(0);
    case Deadline::Ping:
        return now - m_lastPingAt;
    case Deadline::Heartbeat:
        return now - m_lastHeartbeatAt;
    }
    return Nanos(0);
}

} // namespace wspulse
