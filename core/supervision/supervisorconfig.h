#pragma once

#include "clock.h"
#include "timeoutpolicy.h"

#include <QtGlobal>

namespace wspulse {

// Everything a ConnectionSupervisor is configured with, as typed values. It
// never reads Settings: config/supervisorbinding.h turns Settings into this
// and pushes each change down.
struct SupervisorConfig
{
    TimeoutConfig timeouts;
    Nanos reconnectDelay{0}; // first reconnect delay; zero: no automatic reconnect
    Nanos reconnectMaxDelay{0};
    quint64 maxMessageSize = 0; // inbound limit in bytes; 0: Qt's own maximum
    Nanos latencyAlert{0};      // zero: off

    bool operator==(const SupervisorConfig &o) const
    {
        return timeouts == o.timeouts && reconnectDelay == o.reconnectDelay && reconnectMaxDelay == o.reconnectMaxDelay
            && maxMessageSize == o.maxMessageSize && latencyAlert == o.latencyAlert;
    }
    bool operator!=(const SupervisorConfig &o) const { return !(*this == o); }
};

} // namespace wspulse
