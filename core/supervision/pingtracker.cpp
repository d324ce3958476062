#include "pingtracker.h"

#include <QtEndian>

#include <algorithm>

using namespace std::chrono;

namespace wspulse {

QByteArray PingTracker::start(Nanos now, qint64 queuedAhead)
{
    const quint64 seq = ++m_seq;
    Pending p;
    p.seq = seq;
    p.sentAt = now;
    p.queuedBehind = queuedAhead > 0;
    m_pending.push_back(p);
    QByteArray payload(kPayloadSize, Qt::Uninitialized);
    qToBigEndian<quint64>(seq, payload.data());
    return payload;
}

bool PingTracker::isPending(quint64 seq) const
{
    return std::any_of(m_pending.begin(), m_pending.end(), [seq](const Pending &p) { return p.seq == seq; });
}

void PingTracker::setLastEndOffset(qint64 endOffset)
{
    Q_ASSERT(!m_pending.empty());
    Q_ASSERT(m_pending.size() < 2 || m_pending[m_pending.size() - 2].endOffset <= endOffset);
    m_pending.back().endOffset = endOffset;
}

qint64 PingTracker::kernelBytesAheadOf(const Pending &ping, qint64 written) const
{
    // The kernel's unsent bytes, less those we handed over after the ping:
    // what is left is the ping itself and what is queued ahead of it.
    const qint64 unsent = m_kernelUnsent ? m_kernelUnsent() : 0;
    return unsent - std::max<qint64>(0, written - ping.endOffset);
}

bool PingTracker::bytesWritten(Nanos now, qint64 written)
{
    bool left = false;
    for (Pending &ping : m_pending) {
        if (ping.leftAt)
            continue;
        if (ping.endOffset > written)
            break; // pings are queued in order
        ping.leftAt = now;
        // Left our process, but is the kernel still holding bytes ahead of it?
        ping.kernelAheadAtClock = kernelBytesAheadOf(ping, written);
        if (ping.kernelAheadAtClock > kFrameBytes)
            ping.queuedBehind = true;
        left = true;
    }
    return left;
}

bool PingTracker::restartIfStillLeaving(Nanos now, qint64 written)
{
    // The ping left our process but may still sit in the kernel's send queue
    // behind an upload that a slow link is draining: then it has not left
    // the host, and its clock starts again. Only while that queue moves: a
    // queue stuck behind a dead path is what the pong timeout is for.
    for (Pending &ping : m_pending) {
        if (!ping.leftAt)
            continue;
        const qint64 ahead = kernelBytesAheadOf(ping, written);
        const bool wasBehindOthers = ping.kernelAheadAtClock > kFrameBytes;
        // Still queued, and the queue moved since the clock started.
        const bool draining = ahead > kFrameBytes && ahead < ping.kernelAheadAtClock;
        // It left the host at some moment since then: we cannot tell when,
        // so its clock starts now, the latest it can have been.
        const bool leftSinceClockStart = ahead <= kFrameBytes && wasBehindOthers;
        if (!draining && !leftSinceClockStart)
            return false;
        ping.leftAt = now;
        ping.kernelAheadAtClock = std::max<qint64>(0, ahead);
        ping.queuedBehind = true;
        return true;
    }
    return false;
}

std::optional<PingTracker::Sample> PingTracker::pong(Nanos now, const QByteArray &payload)
{
    if (payload.size() != kPayloadSize)
        return std::nullopt; // not one of ours (an unsolicited pong)
    const quint64 seq = qFromBigEndian<quint64>(payload.constData());
    auto it = std::find_if(m_pending.begin(), m_pending.end(), [seq](const Pending &p) { return p.seq == seq; });
    if (it == m_pending.end())
        return std::nullopt;
    const Nanos from = it->leftAt ? *it->leftAt : it->sentAt;
    const Sample sample{seq, duration_cast<microseconds>(now - from).count(), it->queuedBehind};
    // A peer may answer only the most recent of several pings (RFC 6455 5.5.3):
    // older ones are settled by this pong too.
    m_pending.erase(m_pending.begin(), it + 1);
    return sample;
}

std::optional<Nanos> PingTracker::oldestLeftAt() const
{
    for (const Pending &ping : m_pending) {
        if (ping.leftAt)
            return ping.leftAt;
    }
    return std::nullopt;
}

Nanos PingTracker::oldestWait(Nanos now) const
{
    if (m_pending.empty())
        return Nanos::zero();
    const Pending &p = m_pending.front();
    return now - (p.leftAt ? *p.leftAt : p.sentAt);
}

} // namespace wspulse
