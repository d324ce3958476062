#pragma once

#include "timeoutpolicy.h"

#include <QColor>
#include <QString>

namespace wspulse {
struct CloseInfo;
}

// How a connection or an attempt ended, in the kinds a person tells apart at
// a glance on the timeline: each has its own colour and words.
enum class Ending {
    StillOpen,
    IdleTimeout,
    PongTimeout,
    Lifetime,
    OtherTimeout, // send stall, connect timeout, the application layer's
    ClosedByUs,   // the person, or the program
    Peer,         // the server's close frame
    Network,      // reset, FIN without a close frame, a network error
    Intermediary, // a proxy's idle cut: silence, then the connection gone
    Qt,           // QWebSocket's own close (read timeout, oversized message)
    Refused,      // never opened: refused port, HTTP refusal, TLS, DNS
};
constexpr int EndingCount = int(Ending::Refused) + 1;

Ending endingOf(const wspulse::CloseInfo &info, bool wasOpen);
QColor endingColor(Ending ending);
QString endingText(Ending ending); // translated: "pong timeout", "closed by the peer"

// A timeout in a person's words ("idle timeout", "pong timeout", "lifetime
// limit"), translated; and the short form the graph's marker lane uses.
QString timeoutText(wspulse::TimeoutKind kind);
QString timeoutShortText(wspulse::TimeoutKind kind);
