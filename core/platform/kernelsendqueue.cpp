#include "kernelsendqueue.h"

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
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

} // namespace wspulse
