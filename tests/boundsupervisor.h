#pragma once

#include "connectionsupervisor.h"
#include "eventrecorder.h"
#include "supervisorbinding.h"

// A supervisor wired the way the application wires one: its events recorded
// into `log` (when given), its configuration bound to `settings`, its
// deadlines on `scheduler` (default: the thread's, on the steady clock).
class BoundSupervisor : public wspulse::ConnectionSupervisor
{
public:
    BoundSupervisor(wspulse::Settings *settings, wspulse::EventLog *log,
                    wspulse::DeadlineScheduler *scheduler = nullptr)
        : ConnectionSupervisor(scheduler, nullptr)
    {
        if (log)
            wspulse::EventRecorder::record(this, log);
        wspulse::bindSupervisor(settings, this);
    }
};
