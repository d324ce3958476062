#pragma once

#include <QCoreApplication>

namespace wspulse {

class ConnectionSupervisor;
class EventLog;

// The one place where a supervisor's typed signals become events (the
// vocabulary of event.h, with the JSON fields the README lists). Connected
// first, so its events come before anything a listener logs in response.
// An event type the log does not accept is not even built, and one it does
// not accept when recording starts is not even connected (where the log's
// types are set first: soak and --serve).
class EventRecorder
{
    Q_DECLARE_TR_FUNCTIONS(wspulse::EventRecorder)
public:
    // Records `supervisor`'s happenings into `log` for as long as the
    // supervisor lives; the log may go first.
    // A server-side supervisor never connects, reconnects or checks a
    // certificate: those signals are not connected for it (memory, with
    // thousands of clients).
    enum class Side { Client, Server };
    static void record(ConnectionSupervisor *supervisor, EventLog *log, Side side = Side::Client);
};

} // namespace wspulse
