// classifyClose() as a table: what was seen of a connection's end, and what
// wspulse says about it.
#include "closeclassifier.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QtTest>

using namespace wspulse;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(wspulse::ClosedBy)
Q_DECLARE_METATYPE(wspulse::CloseObservation)

class TestCloseClassifier : public QObject
{
    Q_OBJECT

    static CloseObservation intent(int code, const char *reason, std::optional<TimeoutKind> timeout, qint64 afterMs = 0)
    {
        CloseObservation seen;
        seen.intent = CloseObservation::Intent{code, QLatin1String(reason), timeout, afterMs};
        return seen;
    }
    static CloseObservation handshake(int code, const QString &reason, Nanos quiet = 0s)
    {
        CloseObservation seen;
        seen.closeHandshakeSeen = true;
        seen.reasonWhenHandshakeBegan = reason;
        seen.quietWhenHandshakeBegan = quiet;
        seen.closeCode = code;
        seen.closeReason = reason;
        return seen;
    }

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<CloseObservation>("seen");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<ClosedBy>("by");
        QTest::addColumn<QString>("timeout");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("cause");

        const QString readTimeout = QStringLiteral("Timeout when reading data from socket.");
        QTest::newRow("the person closed")
            << intent(1000, "closed by user", std::nullopt) << 1000 << "closed by user" << ClosedBy::Local << ""
            << ""
            << "";
        QTest::newRow("idle timeout") << intent(1000, "idle timeout", TimeoutKind::Idle, 60000) << 1000
                                      << "idle timeout" << ClosedBy::Local << "idle"
                                      << ""
                                      << "";
        QTest::newRow("pong timeout") << intent(1006, "pong timeout", TimeoutKind::Pong) << 1006 << "pong timeout"
                                      << ClosedBy::Local << "pong"
                                      << ""
                                      << "";
        // An intent wins over whatever the socket says afterwards.
        CloseObservation both = intent(1001, "max lifetime", TimeoutKind::Lifetime);
        both.closeHandshakeSeen = true;
        both.socketError = QStringLiteral("The remote host closed the connection");
        QTest::newRow("our close, then the peer's echo")
            << both << 1001 << "max lifetime" << ClosedBy::Local << "lifetime"
            << ""
            << "";
        QTest::newRow("the peer said goodbye")
            << handshake(1000, QStringLiteral("bye")) << 1000 << "bye" << ClosedBy::Peer << ""
            << ""
            << "";
        QTest::newRow("the peer goes away")
            << handshake(1001, QStringLiteral("restarting")) << 1001 << "restarting" << ClosedBy::Peer << ""
            << ""
            << "";
        QTest::newRow("Qt: message too big") << handshake(1009, QStringLiteral("Received message is too big.")) << 1009
                                             << "Received message is too big." << ClosedBy::Local << ""
                                             << "qt"
                                             << "qt_message_too_big";
        QTest::newRow("Qt: read timeout after 5 s of silence")
            << handshake(1001, readTimeout, 5s) << 1001 << readTimeout << ClosedBy::Local << ""
            << "qt"
            << "qt_read_timeout";
        // Qt's timer may fire up to 5 % early (coarse timer).
        QTest::newRow("Qt: read timeout, coarse timer early")
            << handshake(1001, readTimeout, 4800ms) << 1001 << readTimeout << ClosedBy::Local << ""
            << "qt"
            << "qt_read_timeout";
        // The same words in a close frame that just arrived: the peer's.
        QTest::newRow("peer using Qt's words")
            << handshake(1001, readTimeout, 10ms) << 1001 << readTimeout << ClosedBy::Peer << ""
            << ""
            << "";
        QTest::newRow("Qt rejected the peer's close code")
            << handshake(1002, QStringLiteral("Invalid close code 1002 detected.")) << 1002
            << "Invalid close code 1002 detected." << ClosedBy::Peer << ""
            << ""
            << "qt_rejected_close_code";
        CloseObservation lost;
        lost.socketError = QStringLiteral("The remote host closed the connection");
        QTest::newRow("network, with the socket's error")
            << lost << 1006 << "The remote host closed the connection" << ClosedBy::Network << ""
            << ""
            << "";
        QTest::newRow("network, nothing said")
            << CloseObservation{} << 1006 << "connection lost" << ClosedBy::Network << ""
            << ""
            << "";
    }
    void classify()
    {
        QFETCH(CloseObservation, seen);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(ClosedBy, by);
        QFETCH(QString, timeout);
        QFETCH(QString, origin);
        QFETCH(QString, cause);
        const CloseInfo info = classifyClose(seen);
        QCOMPARE(info.code, code);
        QCOMPARE(info.reason, reason);
        QCOMPARE(info.by, by);
        QCOMPARE(info.timeout ? timeoutKindName(*info.timeout) : QString(), timeout);
        QCOMPARE(info.origin, origin);
        QCOMPARE(info.cause, cause);
        if (seen.intent)
            QCOMPARE(info.timeoutAfterMs, seen.intent->timeoutAfterMs);
    }

    void transportEnds_data()
    {
        QTest::addColumn<CloseObservation>("seen");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<ClosedBy>("by");
        QTest::addColumn<QString>("reason");
        const auto error = [](QAbstractSocket::SocketError code, const char *text) {
            CloseObservation seen;
            seen.socketErrorCode = int(code);
            seen.socketError = QLatin1String(text);
            return seen;
        };
        CloseObservation refused;
        refused.httpRefusal =
            CloseObservation::HttpRefusal{502, QStringLiteral("Bad Gateway"), QStringLiteral("nginx")};
        QTest::newRow("refused upgrade") << refused << "http_status" << ClosedBy::Peer
                                         << "HTTP 502 Bad Gateway from nginx";
        QTest::newRow("nothing listens") << error(QAbstractSocket::ConnectionRefusedError, "Connection refused")
                                         << "connection_refused" << ClosedBy::Network << "Connection refused";
        QTest::newRow("no such host") << error(QAbstractSocket::HostNotFoundError, "Host not found") << "host_not_found"
                                      << ClosedBy::Network << "Host not found";
        QTest::newRow("TLS") << error(QAbstractSocket::SslHandshakeFailedError, "handshake failed") << "tls_failed"
                             << ClosedBy::Network << "handshake failed";
        QTest::newRow("TCP closed under the WebSocket, ending unknown")
            << error(QAbstractSocket::RemoteHostClosedError, "The remote host closed the connection") << "tcp_closed"
            << ClosedBy::Network << "The remote host closed the connection";
        CloseObservation fin = error(QAbstractSocket::RemoteHostClosedError, "The remote host closed the connection");
        fin.tcpEnding = TcpEnding::Fin;
        QTest::newRow("the peer's FIN") << fin << "tcp_closed" << ClosedBy::Peer
                                        << "The remote host closed the connection";
        CloseObservation reset = fin;
        reset.tcpEnding = TcpEnding::Reset;
        QTest::newRow("a reset") << reset << "tcp_reset" << ClosedBy::Network
                                 << "The remote host closed the connection";
        QTest::newRow("proxy") << error(QAbstractSocket::ProxyConnectionRefusedError, "proxy refused") << "proxy_error"
                               << ClosedBy::Network << "proxy refused";
        // A connect timeout after an error names the error, and keeps the timeout.
        CloseObservation late = error(QAbstractSocket::HostNotFoundError, "Host not found");
        late.intent = CloseObservation::Intent{1006, QStringLiteral("connect timeout"), TimeoutKind::Connect, 10000};
        QTest::newRow("connect timeout after an error")
            << late << "host_not_found" << ClosedBy::Network << "Host not found";
    }
    void transportEnds()
    {
        QFETCH(CloseObservation, seen);
        QFETCH(QString, cause);
        QFETCH(ClosedBy, by);
        QFETCH(QString, reason);
        const CloseInfo info = classifyClose(seen);
        QCOMPARE(info.cause, cause);
        QCOMPARE(info.by, by);
        QCOMPARE(info.reason, reason);
        QCOMPARE(info.code, 1006);
        if (seen.intent)
            QCOMPARE(info.timeout, seen.intent->timeout);
    }

    void httpAnswersAreRead()
    {
        const auto r =
            httpRefusalFrom("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nserver: nginx/1.22.1\r\n\r\n<html>");
        QVERIFY(r);
        QCOMPARE(r->status, 404);
        QCOMPARE(r->reason, QStringLiteral("Not Found"));
        QCOMPARE(r->server, QStringLiteral("nginx/1.22.1"));
        QVERIFY(!httpRefusalFrom("HTTP/1.1 101 Switching Protocols\r\n\r\n")); // that is the upgrade
        QVERIFY(!httpRefusalFrom("SSH-2.0-OpenSSH\r\n"));
        QVERIFY(!httpRefusalFrom("HTTP/1.1 4")); // incomplete
        const auto q = httpRefusalFromQtError(
            QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status code: 502 (Bad Gateway)."));
        QVERIFY(q);
        QCOMPARE(q->status, 502);
        QCOMPARE(q->reason, QStringLiteral("Bad Gateway"));
        QVERIFY(!httpRefusalFromQtError(QStringLiteral("Connection refused")));
    }

    void namesOfWhoClosed()
    {
        QCOMPARE(closedByName(ClosedBy::Local), QStringLiteral("local"));
        QCOMPARE(closedByName(ClosedBy::Peer), QStringLiteral("peer"));
        QCOMPARE(closedByName(ClosedBy::Network), QStringLiteral("network"));
    }

    void everyCauseIsSaidInWords()
    {
        for (const char *cause :
             {"connection_refused", "host_not_found", "tls_failed", "tcp_closed", "tcp_reset", "network_timeout",
              "proxy_error", "network_error", "qt_read_timeout", "qt_message_too_big"}) {
            CloseInfo info;
            info.cause = QLatin1String(cause);
            QVERIFY2(!describeCause(info).isEmpty(), cause);
        }
        CloseInfo refused;
        refused.cause = QStringLiteral("http_status");
        refused.httpStatus = 502;
        refused.httpReason = QStringLiteral("Bad Gateway");
        refused.server = QStringLiteral("nginx");
        const QString text = describeCause(refused);
        QVERIFY2(text.contains(QLatin1String("HTTP 502 Bad Gateway")) && text.contains(QLatin1String("nginx"))
                     && text.contains(QLatin1String("proxy")),
                 qPrintable(text));
        refused.httpStatus = 404;
        refused.httpReason = QStringLiteral("Not Found");
        QVERIFY(describeCause(refused).contains(QLatin1String("the server refused the upgrade")));
        CloseInfo timedOut;
        timedOut.timeout = TimeoutKind::Connect;
        QVERIFY(!describeCause(timedOut).isEmpty());
        QVERIFY(describeCause(CloseInfo{}).isEmpty()); // a normal goodbye needs no words
    }
};

QTEST_GUILESS_MAIN(TestCloseClassifier)
#include "tst_closeclassifier.moc"
