#pragma once

#include <QtGlobal>

class QAbstractSocket;

namespace wspulse {

// How the other side ended a TCP connection: an orderly close (FIN, the
// peer's host or a proxy closed its end) or a reset (RST: refused, aborted,
// or a middlebox that gave up on the path).
enum class TcpEnding { Unknown, Fin, Reset };

// Qt reports a FIN and a reset alike (RemoteHostClosedError) and closes its
// descriptor before it says so, so the kernel can no longer be asked. The
// witness holds a duplicate of the descriptor: the socket outlives Qt's
// close() until release(), long enough to read TCP_INFO's state
// (CLOSE_WAIT after a FIN, CLOSE after a reset). Release it as soon as the
// ending is read: until then our own FIN is held back. Linux only; elsewhere
// ending() says Unknown.
class TcpEndingWitness
{
public:
    TcpEndingWitness() = default;
    ~TcpEndingWitness();
    TcpEndingWitness(const TcpEndingWitness &) = delete;
    TcpEndingWitness &operator=(const TcpEndingWitness &) = delete;

    void watch(qintptr socketDescriptor);
    TcpEnding ending() const;
    void release();

private:
    int m_fd = -1;
};

// Ends a TCP connection with a reset instead of a FIN (SO_LINGER 0), as a
// failing path or an impatient middlebox does.
void resetTcp(QAbstractSocket *socket);

} // namespace wspulse
