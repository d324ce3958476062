#pragma once

#include <QCoreApplication>

namespace wspulse {

class ConnectionSupervisor;
class EventLog;

// The one place where a supervisor's typed signals become events (the
// vocabulary of event.h, with the JSON fields the README lists). Connected
// first, so its events come before anything a listener logs in response.
// An event type the log does not accept is not even built, and one it does
// not accept when recording starts is not even connected.
class EventRecorder
{
    Q_DECLARE_TR_FUNCTIONS(wspulse::EventRecorder)
public:
    // Records `supervisor`'s happenings into `log` for as long as the
    // supervisor lives; the log may go first.
    static void record(ConnectionSupervisor *supervisor, EventLog *log);
};

} // namespace wspulse
