#pragma once

#include "clock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace wspulse {

// A message the person (or the program) asked to send.
struct OutMessage
{
    quint64 id = 0;
    bool binary = false;
    QByteArray data;               // binary messages
    QString text;                  // text messages (kept as given: no conversion round trip)
    std::optional<Nanos> queuedAt; // set when it had to wait (not open, or others ahead)
    qint64 endOffset = 0;          // transport byte offset just past it, once handed over
};

// Nothing a person sends is lost: messages wait here while the connection is
// not open, and those handed to the transport stay here until their last
// byte is written. When a connection is lost, what was not written goes back
// to the front of the queue, in order: it never left, so resending it cannot
// duplicate it.
class Outbox
{
public:
    quint64 takeId() { return m_nextId++; }

    bool hasQueued() const { return !m_queue.empty(); }
    void enqueue(OutMessage message) { m_queue.push_back(std::move(message)); }
    OutMessage takeNext();

    // Handed to the transport; its last byte will be written at m.endOffset.
    void handedOver(OutMessage message);
    // The oldest handed-over message whose last byte is within `written`;
    // nullopt when none is. Call until nullopt.
    std::optional<quint64> takeWritten(qint64 written);

    // The connection is gone: unwritten messages go back to the front of the
    // queue in their order (resend), or are forgotten (a layer above keeps
    // its own outbox and resends itself).
    void requeueUnwritten(bool resend);

    int queuedCount() const { return int(m_queue.size()); }
    int unwrittenCount() const { return int(m_queue.size() + m_handedOver.size()); }

private:
    // QList, not std::deque: empty ones allocate nothing (per connection).
    QList<OutMessage> m_queue;      // not yet handed to the transport
    QList<OutMessage> m_handedOver; // handed over, last byte not yet written
    quint64 m_nextId = 1;
};

} // namespace wspulse
