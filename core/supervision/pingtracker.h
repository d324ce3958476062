#pragma once

#include "clock.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <limits>
#include <optional>

namespace wspulse {

// The pings of one connection that await their pong: which have actually
// left (by transport byte offset, then by the kernel's send queue), when each
// pong clock started, and the round-trip sample a pong makes. No socket here:
// the transport's written-byte count comes in as a number and the kernel's
// unsent bytes through an injected query, so tests drive every case by hand.
class PingTracker
{
public:
    static constexpr int kPayloadSize = 8; // the sequence number, big-endian
    // A ping frame on the wire: header (2) + masking key (4, client side) + payload.
    static constexpr qint64 kFrameBytes = kPayloadSize + 6;

    // Bytes the kernel still holds unsent (Linux SIOCOUTQNSD); read only when needed.
    using KernelUnsent = std::function<qint64()>;
    explicit PingTracker(KernelUnsent kernelUnsent = {})
        : m_kernelUnsent(std::move(kernelUnsent))
    {
    }

    struct Sample
    {
        quint64 seq = 0;
        qint64 rttUs = 0;
        // Our own bytes were queued ahead of the ping: the sample is not pure
        // network latency and stays out of the statistics.
        bool queued = false;
    };

    // A new ping about to be handed to the transport, with `queuedAhead`
    // transport bytes waiting before it. Returns the payload to send.
    QByteArray start(Nanos now, qint64 queuedAhead);
    quint64 lastSeq() const { return m_seq; }
    bool isPending(quint64 seq) const;
    // Once handed over: the ping frame ends at this transport byte offset.
    void setLastEndOffset(qint64 endOffset);

    // The transport has written `written` bytes since the connection began.
    // Returns whether a ping left our process with them (its clock started).
    bool bytesWritten(Nanos now, qint64 written);
    // At the pong deadline: a ping still in the kernel's queue while that queue
    // drains, or one that left it since its clock started, gets a fresh clock.
    // Returns whether it did; a queue that did not move is left to time out.
    bool restartIfStillLeaving(Nanos now, qint64 written);
    // A pong arrived; nullopt when it answers none of ours (activity only).
    // Older pings are settled by it too (a peer may answer only the latest).
    std::optional<Sample> pong(Nanos now, const QByteArray &payload);

    // When the oldest unanswered ping that has left did so (the pong clock).
    std::optional<Nanos> oldestLeftAt() const;
    // How long the oldest unanswered ping has waited since it left (or was queued).
    Nanos oldestWait(Nanos now) const;
    int outstanding() const { return int(m_pending.size()); }
    void clear() { m_pending.clear(); }

private:
    struct Pending
    {
        quint64 seq = 0;
        Nanos sentAt{0};
        qint64 endOffset = std::numeric_limits<qint64>::max(); // unknown until handed over
        bool queuedBehind = false;
        std::optional<Nanos> leftAt;
        qint64 kernelAheadAtClock = 0; // kernel-queued bytes ahead of it (and it) when its clock started
    };
    qint64 kernelBytesAheadOf(const Pending &ping, qint64 written) const;

    KernelUnsent m_kernelUnsent;
    // QList, not std::deque: an empty one allocates nothing (per connection).
    QList<Pending> m_pending;
    quint64 m_seq = 0;
};

} // namespace wspulse
