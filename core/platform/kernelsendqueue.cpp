#include "kernelsendqueue.h"

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

namespace wspulse {

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
