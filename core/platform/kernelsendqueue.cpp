#include "kernelsendqueue.h"

#include <QAbstractSocket>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace wspulse {

namespace {

#ifdef Q_OS_LINUX
quint16 portOf(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
    return 0;
}
#endif

// Is this descriptor the socket's own TCP connection (same ports both ends)?
bool isOwnDescriptor(const QAbstractSocket *socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0 || socket->localPort() == 0)
        return false;
    sockaddr_storage local{};
    sockaddr_storage peer{};
    socklen_t localSize = sizeof local;
    socklen_t peerSize = sizeof peer;
    return ::getsockname(int(fd), reinterpret_cast<sockaddr *>(&local), &localSize) == 0
        && ::getpeername(int(fd), reinterpret_cast<sockaddr *>(&peer), &peerSize) == 0
        && portOf(local) == socket->localPort() && portOf(peer) == socket->peerPort();
#else
    return socket->socketDescriptor() >= 0;
#endif
}

} // namespace

qintptr kernelDescriptorOf(const QAbstractSocket *socket)
{
    if (!socket)
        return -1;
    if (isOwnDescriptor(socket))
        return socket->socketDescriptor();
    for (const QAbstractSocket *inner : socket->findChildren<QAbstractSocket *>()) {
        if (inner->state() == QAbstractSocket::ConnectedState && isOwnDescriptor(inner))
            return inner->socketDescriptor();
    }
    return -1;
}

qint64 kernelUnsentBytes(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX) && defined(SIOCOUTQNSD)
    int unsent = 0;
    if (socketDescriptor >= 0 && ::ioctl(int(socketDescriptor), SIOCOUTQNSD, &unsent) == 0)
        return unsent;
#else
    Q_UNUSED(socketDescriptor);
#endif
    return 0;
}

qint64 kernelUnacknowledgedBytes(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX) && defined(SIOCOUTQ)
    int queued = 0;
    if (socketDescriptor >= 0 && ::ioctl(int(socketDescriptor), SIOCOUTQ, &queued) == 0)
        return queued;
#else
    Q_UNUSED(socketDescriptor);
#endif
    return -1;
}

} // namespace wspulse
