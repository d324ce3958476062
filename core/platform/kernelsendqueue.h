#pragma once

#include <QtGlobal>

class QAbstractSocket;

namespace wspulse {

// The kernel's descriptor of the TCP connection a socket writes to, or -1.
// Not always socketDescriptor(): through a SOCKS5 or HTTP proxy (the link
// simulator is one) Qt hands out a made-up number, which may be another
// socket's real one, and the real descriptor belongs to the proxy engine's
// own socket, a child. Verified by its ports. Resolve once, when connected.
qintptr kernelDescriptorOf(const QAbstractSocket *socket);

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
