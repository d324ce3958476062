#include "outbox.h"

namespace wspulse {

OutMessage Outbox::takeNext()
{
    Q_ASSERT(!m_queue.empty());
    OutMessage m = std::move(m_queue.front());
    m_queue.pop_front();
    return m;
}

void Outbox::handedOver(OutMessage message)
{
    // Written in the order handed over: offsets never go back.
    Q_ASSERT(m_handedOver.empty() || m_handedOver.back().endOffset <= message.endOffset);
    m_handedOver.push_back(std::move(message));
}

std::optional<quint64> Outbox::takeWritten(qint64 written)
{
    if (m_handedOver.empty() || m_handedOver.front().endOffset > written)
        return std::nullopt;
    const quint64 id = m_handedOver.front().id;
    m_handedOver.pop_front();
    return id;
}

void Outbox::requeueUnwritten(bool resend)
{
    if (!resend)
        m_handedOver.clear();
    while (!m_handedOver.empty()) {
        m_queue.push_front(std::move(m_handedOver.back()));
        m_handedOver.pop_back();
    }
}

} // namespace wspulse
