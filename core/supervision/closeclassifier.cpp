#include "closeclassifier.h"

#include <QCoreApplication>
#include <QWebSocketProtocol>

using namespace std::chrono_literals;

namespace wspulse {

namespace {

// Qt's own partial-frame read timeout (QWebSocketDataProcessor: 5 s on a coarse
// QTimer, which may fire up to 5 % early; not configurable before Qt 6.8).
constexpr Nanos kQtReadTimeout = 4500ms;

struct QtOwnClose
{
    const char *context;
    const char *reason;
    const char *cause;
};
constexpr QtOwnClose kQtOwnCloses[] = {
    {"QWebSocketDataProcessor", "Timeout when reading data from socket.", "qt_read_timeout"},
    {"QWebSocketDataProcessor", "Received message is too big.", "qt_message_too_big"},
    {"QWebSocketFrame", "Maximum framesize exceeded.", "qt_frame_too_big"},
    {"QWebSocketDataProcessor", "Invalid UTF-8 code encountered.", "qt_invalid_utf8"},
    {"QWebSocketFrame", "Rsv field is non-zero", "qt_protocol_error"},
    {"QWebSocketFrame", "Used reserved opcode", "qt_protocol_error"},
    {"QWebSocketFrame", "Control frame is larger than 125 bytes", "qt_protocol_error"},
    {"QWebSocketFrame", "Control frames cannot be fragmented", "qt_protocol_error"},
};

// QWebSocket (6.4 to at least 6.8) rejects close codes 1012-2999, which RFC
// 6455's registry has since assigned (1012 service restart, 1013 try again
// later), and reports such a close as 1002 "Invalid close code 1002
// detected." -- the peer's real code and reason are lost inside Qt.
bool isQtRejectedCloseCode(int code, const QString &reason)
{
    // Through variables: the text is Qt's own (translated by Qt), not ours to translate.
    const char *context = "QWebSocketDataProcessor";
    const char *text = "Invalid close code %1 detected.";
    return code == QWebSocketProtocol::CloseCodeProtocolError
        && reason == QCoreApplication::translate(context, text).arg(int(QWebSocketProtocol::CloseCodeProtocolError));
}

} // namespace

QString closedByName(ClosedBy by)
{
    switch (by) {
    case ClosedBy::Local:
        return QStringLiteral("local");
    case ClosedBy::Peer:
        return QStringLiteral("peer");
    case ClosedBy::Network:
        return QStringLiteral("network");
    }
    return QString();
}

QString qtOwnCloseCause(const QString &reason, Nanos quietFor)
{
    for (const QtOwnClose &c : kQtOwnCloses) {
        if (reason != QCoreApplication::translate(c.context, c.reason))
            continue;
        // The read timeout fires from a timer after >= 5 s without an inbound
        // byte; a close frame that happens to use the same words is itself an
        // inbound byte, so it cannot pass this test.
        const QLatin1String cause(c.cause);
        if (cause == QLatin1String("qt_read_timeout") && quietFor < kQtReadTimeout)
            return QString();
        return cause;
    }
    return QString();
}

CloseInfo classifyClose(const CloseObservation &seen)
{
    CloseInfo info;
    if (seen.intent) {
        info.code = seen.intent->code;
        info.reason = seen.intent->reason;
        info.timeout = seen.intent->timeout;
        info.timeoutAfterMs = seen.intent->timeoutAfterMs;
        info.by = ClosedBy::Local;
        return info;
    }
    if (seen.closeHandshakeSeen) {
        info.code = seen.closeCode;
        info.reason = seen.closeReason;
        const QString qtCause = qtOwnCloseCause(seen.reasonWhenHandshakeBegan, seen.quietWhenHandshakeBegan);
        if (!qtCause.isEmpty()) {
            info.by = ClosedBy::Local;
            info.origin = QStringLiteral("qt");
            info.cause = qtCause;
            return info;
        }
        info.by = ClosedBy::Peer;
        if (isQtRejectedCloseCode(info.code, info.reason))
            info.cause = QStringLiteral("qt_rejected_close_code");
        return info;
    }
    info.by = ClosedBy::Network;
    info.code = int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
    info.reason = seen.socketError.isEmpty() ? QStringLiteral("connection lost") : seen.socketError;
    return info;
}

} // namespace wspulse
