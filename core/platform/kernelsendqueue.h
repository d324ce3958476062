#pragma once

#include <QtGlobal>

namespace wspulse {

// Bytes a TCP socket's kernel send queue holds that have not been sent yet
// (Linux SIOCOUTQNSD; elsewhere 0, i.e. "written is gone"). Read at a
// deadline, never per byte: each read is a system call.
qint64 kernelUnsentBytes(qintptr socketDescriptor);

} // namespace wspulse
