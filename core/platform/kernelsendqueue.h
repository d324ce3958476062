#pragma once

#include <QtGlobal>

namespace wspulse {

// Bytes a TCP socket's kernel send queue holds that have not been sent yet
// (Linux SIOCOUTQNSD; elsewhere 0, i.e. "written is gone"). Each read is a
// system call: read at deadlines, when a ping leaves, or after a partial
// write (a bulk send), never per message.
qint64 kernelUnsentBytes(qintptr socketDescriptor);
// All bytes in the kernel's send queue, sent or not, that the peer has not
// acknowledged yet (Linux SIOCOUTQ; elsewhere -1, i.e. unknown). When it
// shrinks, the peer took bytes.
qint64 kernelUnacknowledgedBytes(qintptr socketDescriptor);

} // namespace wspulse
