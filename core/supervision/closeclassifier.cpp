#include "closeclassifier.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QRegularExpression>
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

std::optional<CloseObservation::HttpRefusal> httpRefusalFrom(const QByteArray &answerStart)
{
    if (!answerStart.startsWith("HTTP/"))
        return std::nullopt;
    const qsizetype lineEnd = answerStart.indexOf("\r\n");
    if (lineEnd < 0)
        return std::nullopt;
    // "HTTP/1.1 404 Not Found"
    const QList<QByteArray> parts = answerStart.left(lineEnd).split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (!ok || status == 101)
        return std::nullopt;
    CloseObservation::HttpRefusal refusal;
    refusal.status = status;
    refusal.reason = QString::fromLatin1(parts.mid(2).join(' ')).trimmed();
    const qsizetype headEnd = answerStart.indexOf("\r\n\r\n");
    const QByteArray head = answerStart.mid(lineEnd + 2, headEnd < 0 ? -1 : headEnd - lineEnd - 2);
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("server", Qt::CaseInsensitive) == 0)
            refusal.server = QString::fromLatin1(line.mid(colon + 1).trimmed()).left(100);
    }
    return refusal;
}

std::optional<CloseObservation::HttpRefusal> httpRefusalFromQtError(const QString &errorText)
{
    // QWebSocketPrivate::processHandshake: "Unhandled http status code: %1 (%2)."
    static const QRegularExpression pattern(QStringLiteral("http status code: (\\d+) \\((.*)\\)\\.?$"));
    const QRegularExpressionMatch m = pattern.match(errorText);
    if (!m.hasMatch())
        return std::nullopt;
    return CloseObservation::HttpRefusal{m.captured(1).toInt(), m.captured(2), QString()};
}

namespace {

// The transport's end: what failed, and whether the peer or the path did it.
CloseInfo transportEnd(const CloseObservation &seen)
{
    CloseInfo info;
    info.by = ClosedBy::Network;
    info.code = int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
    info.reason = seen.socketError.isEmpty() ? QStringLiteral("connection lost") : seen.socketError;
    if (seen.httpRefusal) {
        const CloseObservation::HttpRefusal &r = *seen.httpRefusal;
        info.by = ClosedBy::Peer;
        info.cause = QStringLiteral("http_status");
        info.httpStatus = r.status;
        info.httpReason = r.reason;
        info.server = r.server;
        info.reason = QStringLiteral("HTTP %1 %2").arg(r.status).arg(r.reason).trimmed();
        if (!r.server.isEmpty())
            info.reason += QStringLiteral(" from %1").arg(r.server);
        return info;
    }
    info.proxy = seen.proxy;
    // Through an HTTP proxy, Qt reports the proxy's answer to CONNECT as
    // these codes (403/405: access, 404: host not found, 503: refused, 407
    // after our credentials: authentication, others: protocol); the proxy
    // answered, so they are the proxy's words about the server, not a
    // failure of our own TCP connection.
    if (!seen.proxy.isEmpty()) {
        const char *cause = nullptr;
        // Only an HTTP proxy's answer arrives as these codes; through SOCKS5 a
        // host-not-found or refusal is the path's own.
        const bool http = seen.proxy.startsWith(QLatin1String("http://"));
        switch (seen.socketErrorCode) {
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            cause = "proxy_auth_required";
            break;
        case QAbstractSocket::SocketAccessError:
            cause = http ? "proxy_denied" : nullptr;
            break;
        case QAbstractSocket::HostNotFoundError:
            cause = http ? "proxy_host_not_found" : nullptr;
            break;
        case QAbstractSocket::ConnectionRefusedError:
            cause = http ? "proxy_server_refused" : nullptr;
            break;
        case QAbstractSocket::ProxyProtocolError:
            cause = "proxy_error";
            break;
        case QAbstractSocket::ProxyConnectionRefusedError:
        case QAbstractSocket::ProxyNotFoundError:
        case QAbstractSocket::ProxyConnectionTimeoutError:
            cause = "proxy_unreachable";
            break;
        case QAbstractSocket::ProxyConnectionClosedError:
            cause = "proxy_closed";
            break;
        default:
            break;
        }
        if (cause) {
            info.cause = QLatin1String(cause);
            return info;
        }
    }
    switch (seen.socketErrorCode) {
    case -1:
        break;
    case QAbstractSocket::ConnectionRefusedError:
        info.cause = QStringLiteral("connection_refused");
        break;
    case QAbstractSocket::HostNotFoundError:
        info.cause = QStringLiteral("host_not_found");
        break;
    case QAbstractSocket::RemoteHostClosedError:
        // TCP ended without a WebSocket close. Qt says the same for a FIN and
        // a reset; the kernel's view tells them apart. A FIN is the peer's
        // host (its process exited, or it closed the socket) or a proxy in
        // between that closed its end: by the peer. A reset is an abort, or
        // a path or middlebox that gave up: by the network.
        if (seen.tcpEnding == TcpEnding::Fin)
            info.by = ClosedBy::Peer;
        info.cause = seen.tcpEnding == TcpEnding::Reset ? QStringLiteral("tcp_reset") : QStringLiteral("tcp_closed");
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        info.cause = QStringLiteral("tls_failed");
        break;
    case QAbstractSocket::SocketTimeoutError:
        info.cause = QStringLiteral("network_timeout");
        break;
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        info.cause = QStringLiteral("proxy_error");
        break;
    default:
        info.cause = QStringLiteral("network_error");
        break;
    }
    return info;
}

} // namespace

CloseInfo classifyClose(const CloseObservation &seen)
{
    CloseInfo info;
    if (seen.intent) {
        // A connect timeout never hides what went wrong before it.
        const bool earlierFailure = seen.httpRefusal || seen.socketErrorCode >= 0;
        if (seen.intent->timeout == TimeoutKind::Connect && earlierFailure) {
            info = transportEnd(seen);
        } else {
            info.code = seen.intent->code;
            info.reason = seen.intent->reason;
            info.by = ClosedBy::Local;
        }
        info.timeout = seen.intent->timeout;
        info.timeoutAfterMs = seen.intent->timeoutAfterMs;
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
    return transportEnd(seen);
}

QString describeCause(const CloseInfo &info)
{
    if (!info.explanation.isEmpty())
        return info.explanation;
    const QString &c = info.cause;
    if (c == QLatin1String("http_status")) {
        // 502-504 come from a proxy or gateway in front: the server behind it is the one missing.
        const bool gateway = info.httpStatus >= 502 && info.httpStatus <= 504;
        QString text =
            (gateway ? QCoreApplication::translate("Close",
                                                   "a proxy in front answered HTTP %1 %2: it could not get an answer "
                                                   "from the server behind it")
                     : QCoreApplication::translate("Close", "the server refused the upgrade: HTTP %1 %2"))
                .arg(info.httpStatus)
                .arg(info.httpReason);
        if (!info.server.isEmpty())
            text += QCoreApplication::translate("Close", ", answered by %1").arg(info.server);
        return text.trimmed();
    }
    if (c == QLatin1String("connection_refused"))
        return QCoreApplication::translate("Close", "connection refused: nothing listens on that port");
    if (c == QLatin1String("host_not_found"))
        return QCoreApplication::translate("Close", "host not found");
    if (c == QLatin1String("tls_failed"))
        return QCoreApplication::translate("Close", "the TLS handshake failed");
    if (c == QLatin1String("tcp_closed"))
        return QCoreApplication::translate("Close", "the peer's host or a proxy closed TCP without a WebSocket close");
    if (c == QLatin1String("tcp_reset"))
        return QCoreApplication::translate("Close",
                                           "the connection was reset (an abort, or a path or middlebox that gave up)");
    if (c == QLatin1String("network_timeout"))
        return QCoreApplication::translate("Close", "the network timed out");
    if (c == QLatin1String("proxy_auth_required"))
        return QCoreApplication::translate("Close",
                                           "the proxy %1 refused our credentials (HTTP 407): check the "
                                           "proxy's user and password")
            .arg(info.proxy);
    if (c == QLatin1String("proxy_denied"))
        return QCoreApplication::translate("Close",
                                           "the proxy %1 refused to open a tunnel to the server (HTTP 403 "
                                           "or 405): its rules do not allow this host or port")
            .arg(info.proxy);
    if (c == QLatin1String("proxy_host_not_found"))
        return QCoreApplication::translate("Close", "the proxy %1 could not find the server's host (HTTP 404)")
            .arg(info.proxy);
    if (c == QLatin1String("proxy_server_refused"))
        return QCoreApplication::translate("Close", "the proxy %1 could not connect to the server (HTTP 503)")
            .arg(info.proxy);
    if (c == QLatin1String("proxy_unreachable"))
        return QCoreApplication::translate("Close", "cannot reach the proxy %1: %2").arg(info.proxy, info.reason);
    if (c == QLatin1String("proxy_closed"))
        return QCoreApplication::translate("Close", "the proxy %1 closed the connection before the tunnel was open")
            .arg(info.proxy);
    if (c == QLatin1String("proxy_error"))
        return info.proxy.isEmpty()
            ? QCoreApplication::translate("Close", "the proxy failed: %1").arg(info.reason)
            : QCoreApplication::translate("Close",
                                          "the proxy %1 answered CONNECT with an error (such as 502 or 500: "
                                          "it could not reach the server)")
                  .arg(info.proxy);
    if (c == QLatin1String("network_error"))
        return QCoreApplication::translate("Close", "network error: %1").arg(info.reason);
    if (c == QLatin1String("qt_read_timeout"))
        return QCoreApplication::translate("Close", "Qt's own 5 s read timeout for a partly received frame");
    if (c.startsWith(QLatin1String("qt_")))
        return QCoreApplication::translate("Close", "Qt closed it: %1").arg(info.reason);
    if (info.timeout == TimeoutKind::Connect)
        return QCoreApplication::translate("Close", "no answer within the connect timeout");
    return QString();
}

} // namespace wspulse
