#include "tcpending.h"

#include <QAbstractSocket>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace wspulse {

TcpEndingWitness::~TcpEndingWitness()
{
    release();
}

void TcpEndingWitness::watch(qintptr socketDescriptor)
{
    release();
#ifdef Q_OS_LINUX
    if (socketDescriptor >= 0)
        m_fd = ::fcntl(int(socketDescriptor), F_DUPFD_CLOEXEC, 0);
#else
    Q_UNUSED(socketDescriptor);
#endif
}

TcpEnding TcpEndingWitness::ending() const
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return TcpEnding::Unknown;
    tcp_info info{};
    socklen_t size = sizeof info;
    if (::getsockopt(m_fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return TcpEnding::Unknown;
    switch (info.tcpi_state) {
    case TCP_CLOSE_WAIT: // their FIN arrived; ours is held back by this duplicate
    case TCP_LAST_ACK:
    case TCP_TIME_WAIT:
        return TcpEnding::Fin;
    case TCP_CLOSE: // a reset (a FIN exchange would have passed through the states above)
        return TcpEnding::Reset;
    default:
        return TcpEnding::Unknown;
    }
#else
    return TcpEnding::Unknown;
#endif
}

void TcpEndingWitness::release()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
}

void resetTcp(QAbstractSocket *socket)
{
#ifdef Q_OS_LINUX
    if (socket && socket->socketDescriptor() >= 0) {
        const linger abortive{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    }
#endif
    if (socket)
        socket->abort();
}

} // namespace wspulse
