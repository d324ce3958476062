#pragma once

#include "clock.h"

#include <QList>
#include <QString>

#include <optional>

namespace wspulse {

// The transport's five, then the application layer's (an application
// profile's ping unanswered; the server's own application heartbeat stopped).
enum class TimeoutKind { Idle, Pong, Lifetime, Message, Connect, AppPong, AppHeartbeat };
constexpr int TransportTimeoutKindCount = int(TimeoutKind::Connect) + 1;
constexpr int TimeoutKindCount = int(TimeoutKind::AppHeartbeat) + 1;
QString timeoutKindName(TimeoutKind k);

// Every deadline the supervisor acts on: the five timeouts plus the two
// periodic duties (send a ping, run a heartbeat check).
enum class Deadline { Connect, Ping, Pong, Idle, Lifetime, Message, Heartbeat };
constexpr int DeadlineCount = int(Deadline::Heartbeat) + 1;

struct TimeoutConfig
{
    // Zero switches a mechanism off.
    Nanos pingInterval{0};
    Nanos pongTimeout{0};
    Nanos idleTimeout{0};
    Nanos lifetime{0};
    Nanos messageTimeout{0};
    Nanos heartbeatInterval{0};
    Nanos connectTimeout{0};

    bool operator==(const TimeoutConfig &o) const
    {
        return pingInterval == o.pingInterval && pongTimeout == o.pongTimeout && idleTimeout == o.idleTimeout
            && lifetime == o.lifetime && messageTimeout == o.messageTimeout && heartbeatInterval == o.heartbeatInterval
            && connectTimeout == o.connectTimeout;
    }
    bool operator!=(const TimeoutConfig &o) const { return !(*this == o); }
};

// Pure deadline arithmetic, free of sockets and timers. Activity only records
// a time stamp (cost does not grow with traffic); every deadline is derived
// from those stamps and the current configuration, so a configuration change
// takes effect from the last relevant activity, not from zero.
class TimeoutPolicy
{
public:
    enum class Phase { Inactive, Connecting, Open };

    void setConfig(const TimeoutConfig &config) { m_config = config; }
    const TimeoutConfig &config() const { return m_config; }
    Phase phase() const { return m_phase; }

    void connectStarted(Nanos now);
    void opened(Nanos now);
    void stopped(); // closing or closed: no deadline applies any more

    void inboundBytes(Nanos now);
    // Bytes were handed to the transport while none were waiting.
    void outboundQueued(Nanos now);
    // The transport wrote some bytes; `stillQueued` says whether more wait.
    void outboundWritten(Nanos now, bool stillQueued);
    // Bytes already written left the kernel's send queue (the peer took
    // them), seen at a deadline: moving, so neither stalled nor idle.
    void outboundDrainedInKernel(Nanos now);
    // The idle deadline fell while our bytes were still unacknowledged: it is
    // looked at again at `at` (to see whether they move) instead of firing.
    void deferIdleUntil(Nanos at) { m_idleNotBefore = at; }

    void pingSent(Nanos now) { m_lastPingAt = now; }
    // The oldest unanswered ping that has actually left (nullopt: none).
    void setOldestPingLeftAt(std::optional<Nanos> leftAt) { m_oldestPingLeftAt = leftAt; }
    void heartbeatDone(Nanos now) { m_lastHeartbeatAt = now; }

    // When the deadline falls, or nullopt when it does not apply.
    std::optional<Nanos> deadline(Deadline d) const;
    std::optional<Nanos> nextDeadline() const;
    QList<Deadline> due(Nanos now) const;

    // How long the condition behind a timeout had lasted at `now`.
    Nanos conditionAge(Deadline d, Nanos now) const;

    Nanos idleFor(Nanos now) const { return now - lastActivity(); }
    Nanos age(Nanos now) const { return m_phase == Phase::Open ? now - m_openedAt : Nanos(0); }
    Nanos lastActivity() const;
    Nanos lastInbound() const { return m_lastInboundAt; }
    Nanos openedAt() const { return m_openedAt; }
    bool outboundPending() const { return m_outPending; }

private:
    TimeoutConfig m_config;
    Phase m_phase = Phase::Inactive;
    Nanos m_connectStartedAt{0};
    Nanos m_openedAt{0};
    Nanos m_lastInboundAt{0};
    Nanos m_lastWrittenAt{0};
    std::optional<Nanos> m_idleNotBefore;
    bool m_outPending = false;
    Nanos m_stallClockFrom{0}; // since when no byte drained while bytes wait
    Nanos m_lastPingAt{0};
    Nanos m_lastHeartbeatAt{0};
    std::optional<Nanos> m_oldestPingLeftAt;
};

} // namespace wspulse
