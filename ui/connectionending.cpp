#include "connectionending.h"

#include "closeclassifier.h"

#include <QCoreApplication>

using namespace wspulse;

Ending endingOf(const CloseInfo &info, bool wasOpen)
{
    if (!wasOpen)
        return Ending::Refused;
    if (info.timeout) {
        switch (*info.timeout) {
        case TimeoutKind::Idle:
            return Ending::IdleTimeout;
        case TimeoutKind::Pong:
            return Ending::PongTimeout;
        case TimeoutKind::Lifetime:
            return Ending::Lifetime;
        default:
            return Ending::OtherTimeout;
        }
    }
    if (!info.origin.isEmpty())
        return Ending::Qt;
    switch (info.by) {
    case ClosedBy::Local:
        return Ending::ClosedByUs;
    case ClosedBy::Peer:
        return Ending::Peer;
    case ClosedBy::Network:
        return Ending::Network;
    }
    return Ending::Network;
}

QColor endingColor(Ending ending)
{
    // Distinct in hue and lightness, so that neighbours on the timeline never
    // read as one; red-ish for what went wrong with the connection's health.
    switch (ending) {
    case Ending::StillOpen:
        return QColor(0x66, 0xbb, 0x6a);
    case Ending::IdleTimeout:
        return QColor(0xfb, 0xc0, 0x2d);
    case Ending::PongTimeout:
        return QColor(0xd3, 0x2f, 0x2f);
    case Ending::Lifetime:
        return QColor(0x19, 0x76, 0xd2);
    case Ending::OtherTimeout:
        return QColor(0xc2, 0x18, 0x5b);
    case Ending::ClosedByUs:
        return QColor(0x9e, 0x9e, 0x9e);
    case Ending::Peer:
        return QColor(0x00, 0x89, 0x7b);
    case Ending::Network:
        return QColor(0xef, 0x6c, 0x00);
    case Ending::Intermediary:
        return QColor(0x6a, 0x1b, 0x9a);
    case Ending::Qt:
        return QColor(0x6d, 0x4c, 0x41);
    case Ending::Refused:
        return QColor(0x21, 0x21, 0x21);
    }
    return {};
}

QString endingText(Ending ending)
{
    switch (ending) {
    case Ending::StillOpen:
        return QCoreApplication::translate("Ending", "still open");
    case Ending::IdleTimeout:
        return timeoutText(TimeoutKind::Idle);
    case Ending::PongTimeout:
        return timeoutText(TimeoutKind::Pong);
    case Ending::Lifetime:
        return timeoutText(TimeoutKind::Lifetime);
    case Ending::OtherTimeout:
        return QCoreApplication::translate("Ending", "another timeout");
    case Ending::ClosedByUs:
        return QCoreApplication::translate("Ending", "closed by us");
    case Ending::Peer:
        return QCoreApplication::translate("Ending", "closed by the peer");
    case Ending::Network:
        return QCoreApplication::translate("Ending", "lost in the network");
    case Ending::Intermediary:
        return QCoreApplication::translate("Ending", "cut by an intermediary");
    case Ending::Qt:
        return QCoreApplication::translate("Ending", "closed by Qt");
    case Ending::Refused:
        return QCoreApplication::translate("Ending", "failed to connect");
    }
    return {};
}

QString timeoutText(TimeoutKind kind)
{
    switch (kind) {
    case TimeoutKind::Idle:
        return QCoreApplication::translate("Ending", "idle timeout");
    case TimeoutKind::Pong:
        return QCoreApplication::translate("Ending", "pong timeout");
    case TimeoutKind::Lifetime:
        return QCoreApplication::translate("Ending", "lifetime limit");
    case TimeoutKind::Message:
        return QCoreApplication::translate("Ending", "send stall");
    case TimeoutKind::Connect:
        return QCoreApplication::translate("Ending", "connect timeout");
    case TimeoutKind::AppPong:
        return QCoreApplication::translate("Ending", "application pong timeout");
    case TimeoutKind::AppHeartbeat:
        return QCoreApplication::translate("Ending", "server heartbeat stopped");
    }
    return {};
}

QString timeoutShortText(TimeoutKind kind)
{
    switch (kind) {
    case TimeoutKind::Idle:
        return QCoreApplication::translate("Ending", "idle");
    case TimeoutKind::Pong:
        return QCoreApplication::translate("Ending", "pong");
    case TimeoutKind::Lifetime:
        return QCoreApplication::translate("Ending", "lifetime");
    case TimeoutKind::Message:
        return QCoreApplication::translate("Ending", "stall");
    case TimeoutKind::Connect:
        return QCoreApplication::translate("Ending", "connect");
    case TimeoutKind::AppPong:
        return QCoreApplication::translate("Ending", "app pong");
    case TimeoutKind::AppHeartbeat:
        return QCoreApplication::translate("Ending", "heartbeat");
    }
    return {};
}
