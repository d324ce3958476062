#pragma once

#include "timeoutpolicy.h"

#include <QList>
#include <QtGlobal>

#include <array>

class QString;

namespace wspulse {

// UTF-8 length of a text message without converting it (per-message hot path).
qint64 utf8Size(const QString &text);

struct RttSummary
{
    int count = 0;
    qint64 lastUs = 0;
    qint64 minUs = 0;
    double meanUs = 0;
    qint64 p50Us = 0;
    qint64 p95Us = 0;
    qint64 maxUs = 0;
    double jitterUs = 0; // mean absolute difference of consecutive samples
};

// Round-trip samples over a bounded window.
class RttWindow
{
public:
    explicit RttWindow(int capacity = 1000)
        : m_capacity(capacity)
    {
    }
    void add(qint64 rttUs);
    RttSummary summary() const;
    void clear() { m_samples.clear(); }
    int count() const { return int(m_samples.size()); }

private:
    int m_capacity;
    QList<qint64> m_samples; // empty until the first pong: nothing allocated
};

struct Counters
{
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    quint64 bytesIn = 0;  // payload bytes of whole messages
    quint64 bytesOut = 0; // bytes the transport wrote (frames, pings, handshake)
    quint64 pings = 0;
    quint64 pongs = 0;
    quint64 missedPongs = 0;
    quint64 reconnects = 0;
    quint64 queuedRttSamples = 0;                     // RTT samples taken with outbound bytes queued
    quint64 latencyAlerts = 0;                        // samples above WS_LATENCY_ALERT
    std::array<quint64, TimeoutKindCount> timeouts{}; // indexed by TimeoutKind
};

} // namespace wspulse
