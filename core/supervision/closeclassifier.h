#pragma once

#include "clock.h"
#include "tcpending.h"
#include "timeoutpolicy.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace wspulse {

// Who ended a connection, as the `closed` event's `by` field says it.
enum class ClosedBy { Local, Peer, Network };
QString closedByName(ClosedBy by);

// Everything the supervisor saw of a connection's end, gathered while it
// happened; nothing here is interpreted yet.
struct CloseObservation
{
    // Our own close: the person's, the program's, or one a timeout caused.
    struct Intent
    {
        int code = 1000;
        QString reason;
        std::optional<TimeoutKind> timeout;
        qint64 timeoutAfterMs = 0; // how long its condition had lasted
    };
    std::optional<Intent> intent;
    // A close handshake began that we did not start: the peer's, or one Qt
    // starts by itself (protocol errors, oversized messages, its read timeout).
    bool closeHandshakeSeen = false;
    QString reasonWhenHandshakeBegan;         // QWebSocket::closeReason() at aboutToClose
    Nanos quietWhenHandshakeBegan{0};         // since the last inbound byte, at aboutToClose
    int closeCode = 0;                        // QWebSocket::closeCode() once disconnected
    QString closeReason;                      // QWebSocket::closeReason() once disconnected
    QString socketError;                      // the last socket error's text, if any
    int socketErrorCode = -1;                 // its QAbstractSocket::SocketError; -1: none
    TcpEnding tcpEnding = TcpEnding::Unknown; // how the kernel saw TCP end: the peer's FIN, or a reset
    // The server answered the upgrade with another HTTP status than 101.
    struct HttpRefusal
    {
        int status = 0;
        QString reason; // the reason phrase
        QString server; // the Server header: who answered (nginx, HAProxy, cloudflare, ...)
    };
    std::optional<HttpRefusal> httpRefusal;
    // The forward proxy the connection went through ("http://proxy:3128"),
    // empty when none: its failures are its own, not the server's.
    QString proxy;
};

// What the `closed` event and the window say about it.
struct CloseInfo
{
    int code = 1000;
    QString reason;
    ClosedBy by = ClosedBy::Local;
    std::optional<TimeoutKind> timeout;
    qint64 timeoutAfterMs = 0;
    // Non-empty when QWebSocket closed by itself ("qt") ...
    QString origin;
    // ... and why: Qt's own (qt_read_timeout, qt_message_too_big, ...), or
    // what ended the transport (http_status, connection_refused,
    // host_not_found, tls_failed, tcp_closed, tcp_reset, network_timeout, proxy_error,
    // network_error).
    QString cause;
    // Of a connection that was open: how long it had been, and how long
    // nothing had moved in either direction (a cut after a quiet period).
    std::optional<qint64> ageMs;
    std::optional<qint64> idleMs;
    // Words from the application layer for a cause of its own
    // (engineio_ping_timeout, graphql_ws_...), translated.
    QString explanation;
    int httpStatus = 0; // cause http_status: the answer's status, reason phrase and Server header
    QString httpReason;
    QString server;
    QString proxy; // the forward proxy in the path, if any (as the observation says)
};

// What ended a connection or an attempt, in a person's words (translated, in
// the "Close" context): "the server refused the upgrade: HTTP 404 Not Found,
// answered by nginx", "connection refused: nothing listens on that port".
// Empty when the close needs no explaining (a normal goodbye, our own close).
// The error event, the window's close line and its status bar all use it.
QString describeCause(const CloseInfo &info);

// The one place that tells the peer's goodbye from Qt's own, a network loss
// from a deliberate close. Pure: a table test covers every row.
CloseInfo classifyClose(const CloseObservation &seen);

// Qt's own close causes, recognised by QWebSocket's (translated) reason text;
// empty when the reason is not one of Qt's. The read timeout needs
// `quietFor` (since the last inbound byte): a peer whose close frame uses the
// same words sent a byte just now.
QString qtOwnCloseCause(const QString &reason, Nanos quietFor);

// A refused upgrade from the start of the server's answer ("HTTP/1.1 404 Not
// Found\r\nServer: nginx ..."); nullopt when it is not an HTTP answer, or is 101.
std::optional<CloseObservation::HttpRefusal> httpRefusalFrom(const QByteArray &answerStart);
// The same from QWebSocket's error text, which names status and reason but not the server.
std::optional<CloseObservation::HttpRefusal> httpRefusalFromQtError(const QString &errorText);

} // namespace wspulse

Q_DECLARE_METATYPE(wspulse::CloseInfo)
