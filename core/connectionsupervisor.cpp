#include "connectionsupervisor.h"

#include "eventlog.h"
#include "logging.h"
#include "settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QtEndian>

#include <cstring>

#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
#include <QWebSocketHandshakeOptions>
#endif

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

using namespace std::chrono;
using namespace std::chrono_literals;

namespace wspulse {

namespace {
// A close handshake that gets no answer (the peer stopped reading, the path is
// frozen) must not leave the connection in "closing" forever.
constexpr Nanos kCloseGuard = 3s;
// Qt's own partial-frame read timeout (QWebSocketDataProcessor: 5 s on a coarse
// QTimer, which may fire up to 5 % early; not configurable before Qt 6.8).
constexpr Nanos kQtReadTimeout = 4500ms;
constexpr int kPingPayloadSize = 8;

// UTF-8 length of a text frame without converting it (per-message hot path).
qint64 utf8Size(const QString &text)
{
    // Once per inbound message (the bytes-in counter): ASCII, the usual case,
    // is checked four characters at a time.
    const ushort *p = text.utf16();
    const qsizetype size = text.size();
    qint64 n = 0;
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        quint64 four;
        std::memcpy(&four, p + i, sizeof four);
        if (four & 0xFF80FF80FF80FF80ULL)
            break;
        n += 4;
    }
    for (; i < size; ++i) {
        const char16_t u = p[i];
        n += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3; // a pair is 4 in all
    }
    return n;
}

qint64 toMs(Nanos d)
{
    return duration_cast<milliseconds>(d).count();
}

// Closes QWebSocket starts by itself, recognised by their (translated) reason.
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

QString qtOwnCloseCause(const QString &reason)
{
    for (const QtOwnClose &c : kQtOwnCloses) {
        if (reason == QCoreApplication::translate(c.context, c.reason))
            return QLatin1String(c.cause);
    }
    return QString();
}

// QWebSocket (6.4 to at least 6.8) rejects close codes 1012-2999, which RFC
// 6455's registry has since assigned (1012 service restart, 1013 try again
// later), and reports such a close as 1002 "Invalid close code 1002
// detected." -- the peer's real code and reason are lost inside Qt.
constexpr QtOwnClose kQtRejectedCloseCode = {"QWebSocketDataProcessor", "Invalid close code %1 detected.",
                                             "qt_rejected_close_code"};

bool isQtRejectedCloseCode(int code, const QString &reason)
{
    return code == QWebSocketProtocol::CloseCodeProtocolError
        && reason == QCoreApplication::translate(kQtRejectedCloseCode.context, kQtRejectedCloseCode.reason)
                         .arg(int(QWebSocketProtocol::CloseCodeProtocolError));
}

} // namespace

ConnectionSupervisor::ConnectionSupervisor(Settings *settings, EventLog *log, const Clock *clock,
                                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_log(log)
    , m_clock(clock ? clock : SteadyClock::instance())
    , m_deadline(DeadlineScheduler::forCurrentThread(), [this] { onDeadline(); })
    , m_reconnectSlot(DeadlineScheduler::forCurrentThread(), [this] { startConnecting(); })
    , m_closeGuardSlot(DeadlineScheduler::forCurrentThread(), [this] {
        if (m_socket && m_state == State::Closing)
            m_socket->abort();
    })
{
    connect(m_settings, &Settings::changed, this,
            [this](Param p, double, double, Source) { onSettingChanged(p); });
    applySettings();
}

ConnectionSupervisor::~ConnectionSupervisor()
{
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_transport)
            m_transport->disconnect(this);
        m_socket->abort();
    }
}

QString ConnectionSupervisor::stateName(State s)
{
    switch (s) {
    case State::Disconnected: return QStringLiteral("disconnected");
    case State::Connecting: return QStringLiteral("connecting");
    case State::Open: return QStringLiteral("open");
    case State::Closing: return QStringLiteral("closing");
    case State::Reconnecting: return QStringLiteral("reconnecting");
    }
    return QString();
}

QString ConnectionSupervisor::negotiatedSubprotocol() const
{
    return m_socket ? m_socket->subprotocol() : QString();
}

void ConnectionSupervisor::applySettings()
{
    TimeoutConfig c;
    c.pingInterval = m_settings->duration(Param::PingInterval);
    c.pongTimeout = m_settings->duration(Param::PongTimeout);
    c.idleTimeout = m_settings->duration(Param::IdleTimeout);
    c.lifetime = m_settings->duration(Param::ConnectionTimeout);
    c.messageTimeout = m_settings->duration(Param::MessageTimeout);
    c.heartbeatInterval = m_settings->duration(Param::HeartbeatInterval);
    c.connectTimeout = m_settings->duration(Param::ConnectTimeout);
    if (m_serverRole)
        c.connectTimeout = Nanos::zero(); // the server's handshake is QWebSocketServer's business
    m_policy.setConfig(c);
}

void ConnectionSupervisor::onSettingChanged(Param p)
{
    applySettings();
    if (p == Param::MaxMessageSize && m_socket) {
        const quint64 max = quint64(m_settings->value(Param::MaxMessageSize));
        m_socket->setMaxAllowedIncomingMessageSize(max ? max : QWebSocket::maxIncomingMessageSize());
        m_socket->setMaxAllowedIncomingFrameSize(max ? max : QWebSocket::maxIncomingFrameSize());
    }
    if (p == Param::PongTimeout && m_rtt.summary().count > 0)
        checkPongShorterThanRtt(m_rtt.summary().maxUs);
    // Deadlines derive from recorded activity: recomputing is the whole re-arm.
    rearm(true);
}

bool ConnectionSupervisor::wantsEvent(EventType type) const
{
    return m_log && m_log->accepts(type);
}

void ConnectionSupervisor::emitEvent(EventType type, QJsonObject fields)
{
    if (!wantsEvent(type))
        return;
    if (!m_label.isEmpty())
        fields.insert(QLatin1String("conn"), m_label);
    m_log->add(type, fields);
}

void ConnectionSupervisor::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    QJsonObject fields{{QLatin1String("state"), stateName(s)}};
    if (s == State::Open && m_socket)
        fields.insert(QLatin1String("subprotocol"), m_socket->subprotocol());
    emitEvent(EventType::State, fields);
    Q_EMIT stateChanged(s);
}

// ---------------------------------------------------------------- lifecycle

void ConnectionSupervisor::open()
{
    if (m_serverRole)
        return;
    m_reconnectSlot.cancel();
    if (m_state == State::Connecting || m_state == State::Open || m_state == State::Closing)
        return;
    m_attempt = 0;
    startConnecting();
}

void ConnectionSupervisor::startConnecting()
{
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_transport)
            m_transport->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_intent.reset();
    m_closeHandshakeSeen = false;
    m_qtCloseCause.clear();
    m_lastError.clear();
    m_tlsRefused = false;
    m_written = 0;
    m_pings.clear();

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    const quint64 max = quint64(m_settings->value(Param::MaxMessageSize));
    m_socket->setMaxAllowedIncomingMessageSize(max ? max : QWebSocket::maxIncomingMessageSize());
    m_socket->setMaxAllowedIncomingFrameSize(max ? max : QWebSocket::maxIncomingFrameSize());
    m_socket->setProxy(m_proxy);
#ifndef QT_NO_SSL
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        m_socket->setSslConfiguration(tls);
    }
#endif
    wireSocket();

    setState(State::Connecting);
    m_policy.connectStarted(now());
    QNetworkRequest request(m_url);
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_subprotocols);
    m_socket->open(request, options);
#else
    m_socket->open(request);
#endif
    // QWebSocket creates its transport socket inside open(), as its child.
    m_transport = m_socket ? m_socket->findChild<QAbstractSocket *>() : nullptr;
    wireTransport();
    rearm(true);
}

void ConnectionSupervisor::attach(QWebSocket *socket, QAbstractSocket *transport)
{
    m_serverRole = true;
    applySettings();
    m_socket = socket;
    m_transport = transport;
    socket->setParent(this);
    const quint64 max = quint64(m_settings->value(Param::MaxMessageSize));
    m_socket->setMaxAllowedIncomingMessageSize(max ? max : QWebSocket::maxIncomingMessageSize());
    m_socket->setMaxAllowedIncomingFrameSize(max ? max : QWebSocket::maxIncomingFrameSize());
    wireSocket();
    wireTransport();
    if (m_transport)
        m_transport->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_policy.opened(now());
    setState(State::Open);
    rearm(true);
    Q_EMIT opened();
}

void ConnectionSupervisor::wireSocket()
{
    QWebSocket *s = m_socket;
    connect(s, &QWebSocket::connected, this, &ConnectionSupervisor::onConnected);
    connect(s, &QWebSocket::disconnected, this, &ConnectionSupervisor::onDisconnected);
    connect(s, &QWebSocket::aboutToClose, this, &ConnectionSupervisor::onAboutToClose);
    connect(s, &QWebSocket::pong, this, &ConnectionSupervisor::onPong);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(s, &QWebSocket::errorOccurred, this, &ConnectionSupervisor::onSocketError);
#else
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &ConnectionSupervisor::onSocketError);
#endif
#ifndef QT_NO_SSL
    connect(s, &QWebSocket::sslErrors, this, &ConnectionSupervisor::onSslErrors);
#endif
    connect(s, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        ++m_counters.messagesIn;
        const qint64 size = utf8Size(text);
        m_counters.bytesIn += quint64(size);
        if (logsMessages())
            emitEvent(EventType::Message, {{QLatin1String("dir"), QLatin1String("in")},
                                           {QLatin1String("bytes"), size},
                                           {QLatin1String("kind"), QLatin1String("text")},
                                           {QLatin1String("text"), text}});
        Q_EMIT textReceived(text);
    });
    connect(s, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        ++m_counters.messagesIn;
        m_counters.bytesIn += quint64(data.size());
        if (logsMessages())
            emitEvent(EventType::Message, {{QLatin1String("dir"), QLatin1String("in")},
                                       {QLatin1String("bytes"), qint64(data.size())},
                                       {QLatin1String("kind"), QLatin1String("binary")}});
        Q_EMIT binaryReceived(data);
    });
}

void ConnectionSupervisor::wireTransport()
{
    if (!m_transport) {
        qCWarning(lcSupervisor) << "no transport socket under the QWebSocket; byte-level activity unavailable";
        return;
    }
    // Byte level, both directions: QWebSocket itself only reports whole frames.
    connect(m_transport, &QIODevice::readyRead, this, &ConnectionSupervisor::onInboundBytes);
    // channelBytesWritten, unlike bytesWritten, is emitted even for writes made
    // from inside a bytesWritten handler, so no written byte goes uncounted.
    connect(m_transport, &QIODevice::channelBytesWritten, this, &ConnectionSupervisor::onBytesWritten);
}

void ConnectionSupervisor::onConnected()
{
    const Nanos t = now();
    // Pings, pongs and chat lines are small: Nagle's algorithm would hold them
    // back behind a delayed ACK and add up to 40 ms to what we measure.
    if (m_transport)
        m_transport->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_attempt = 0;
    m_missedHeartbeats = 0;
    m_inboundSinceHeartbeat = false;
    m_warnedPongShorterThanRtt = false;
    m_policy.opened(t);
    if (transportQueued() > 0)
        m_policy.outboundQueued(t);
    setState(State::Open);
    rearm(true);
    Q_EMIT opened();
    flushQueue();
}

void ConnectionSupervisor::close(const QString &reason, int code)
{
    m_reconnectSlot.cancel();
    const CloseIntent intent{ClosedBy::Local, code,
                             reason.isEmpty() ? QStringLiteral("closed by user") : reason,
                             std::nullopt, After::Stay};
    switch (m_state) {
    case State::Reconnecting:
        setState(State::Disconnected);
        break;
    case State::Connecting:
        closeWith(intent, true);
        break;
    case State::Open:
        closeWith(intent, false);
        break;
    case State::Closing:
    case State::Disconnected:
        break;
    }
}

void ConnectionSupervisor::closeWith(const CloseIntent &intent, bool abort)
{
    if (!m_socket)
        return;
    m_intent = intent;
    m_policy.stopped();
    m_deadline.cancel();
    if (abort) {
        m_socket->abort(); // emits disconnected synchronously
        return;
    }
    setState(State::Closing);
    m_closeGuardSlot.arm(SteadyClock::instance()->now() + kCloseGuard);
    m_socket->close(QWebSocketProtocol::CloseCode(intent.code), intent.reason);
}

void ConnectionSupervisor::onAboutToClose()
{
    // Qt announces a close handshake here: ours, the peer's, or one Qt starts
    // itself (protocol errors, oversized messages, its 5 s partial-frame read
    // timeout), which we tell from the peer's by Qt's own reason text.
    if (!m_intent && m_socket) {
        m_closeHandshakeSeen = true;
        m_qtCloseCause = qtOwnCloseCause(m_socket->closeReason());
        // The read timeout fires from a timer after >= 5 s without an inbound
        // byte; a close frame from a peer that happens to use the same words is
        // itself an inbound byte, so it cannot pass this test.
        if (m_qtCloseCause == QLatin1String("qt_read_timeout")
            && now() - m_policy.lastInbound() < kQtReadTimeout)
            m_qtCloseCause.clear();
    }
    if (m_state == State::Open)
        setState(State::Closing);
}

void ConnectionSupervisor::trustCertificate(const QString &host, const QByteArray &sha256)
{
    m_trusted[host.toLower()].insert(sha256);
}

bool ConnectionSupervisor::isTrusted(const QString &host, const QByteArray &sha256) const
{
    return m_trusted.value(host.toLower()).contains(sha256);
}

void ConnectionSupervisor::onSslErrors(const QList<QSslError> &errors)
{
#ifndef QT_NO_SSL
    const QSslCertificate cert = m_socket->sslConfiguration().peerCertificate();
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256);
    const QString host = m_url.host();
    QStringList problems;
    for (const QSslError &e : errors)
        problems << e.errorString();
    if (!cert.isNull() && isTrusted(host, digest)) {
        // Only these errors, only for this certificate on this host: never a blanket ignore.
        m_socket->ignoreSslErrors(errors);
        emitEvent(EventType::Warning,
                  {{QLatin1String("text"), tr("accepting the certificate of %1 you chose to trust despite: %2")
                                               .arg(host, problems.join(QStringLiteral("; ")))}});
        return;
    }
    m_tlsRefused = true;
    emitEvent(EventType::Error,
              {{QLatin1String("text"), tr("TLS: the certificate of %1 was refused: %2")
                                           .arg(host, problems.join(QStringLiteral("; ")))},
               {QLatin1String("subject"), cert.subjectDisplayName()},
               {QLatin1String("issuer"), cert.issuerDisplayName()},
               {QLatin1String("sha256"), QString::fromLatin1(digest.toHex(':'))},
               {QLatin1String("valid_until"), cert.expiryDate().toUTC().toString(Qt::ISODate)}});
    Q_EMIT tlsErrors(host, errors, cert);
#else
    Q_UNUSED(errors);
#endif
}

void ConnectionSupervisor::onSocketError(QAbstractSocket::SocketError)
{
    if (m_socket)
        m_lastError = m_socket->errorString();
}

void ConnectionSupervisor::onDisconnected()
{
    m_deadline.cancel();
    m_closeGuardSlot.cancel();
    const bool wasOpen = m_state == State::Open || m_state == State::Closing;
    m_policy.stopped();

    // Whatever the transport had not written yet goes back to the front of the
    // queue, in order: it never left, so resending it cannot duplicate it.
    if (!m_resendUnwritten)
        m_inFlight.clear();
    while (!m_inFlight.empty()) {
        m_queue.push_front(std::move(m_inFlight.back()));
        m_inFlight.pop_back();
    }
    m_pings.clear();

    CloseIntent result;
    QJsonObject fields;
    // The user (or the program) cancelled an attempt: no failure to report.
    const bool cancelled = m_intent && !m_intent->timeout && !wasOpen;
    if (m_intent) {
        result = *m_intent;
    } else if (m_closeHandshakeSeen && m_socket) {
        result.code = int(m_socket->closeCode());
        result.reason = m_socket->closeReason();
        if (!m_qtCloseCause.isEmpty()) {
            result.by = ClosedBy::Local;
            fields.insert(QLatin1String("origin"), QLatin1String("qt"));
            fields.insert(QLatin1String("cause"), m_qtCloseCause);
            emitEvent(EventType::Warning,
                      {{QLatin1String("text"),
                        m_qtCloseCause == QLatin1String("qt_read_timeout")
                            ? tr("Qt closed the connection itself: a partly received frame got no "
                                 "byte for 5 s (QWebSocket's fixed read timeout, not a wspulse setting)")
                            : tr("Qt closed the connection itself: %1").arg(result.reason)}});
        } else {
            result.by = ClosedBy::Peer;
            if (isQtRejectedCloseCode(result.code, result.reason)) {
                fields.insert(QLatin1String("cause"), QLatin1String(kQtRejectedCloseCode.cause));
                emitEvent(EventType::Warning,
                          {{QLatin1String("text"),
                            tr("the peer closed with a code Qt refuses as invalid (1012-2999, e.g. 1012 "
                               "\"service restart\" or 1013 \"try again later\"); Qt reports 1002 and "
                               "loses the real code and reason")}});
            }
        }
        // The peer said goodbye normally: it is done with us; the next send reopens.
        result.after = (result.code == 1000 && result.by == ClosedBy::Peer) ? After::ReopenOnSend
                                                                             : After::Backoff;
    } else {
        result.by = ClosedBy::Network;
        result.code = int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
        result.reason = m_lastError.isEmpty() ? QStringLiteral("connection lost") : m_lastError;
        result.after = After::Backoff;
    }
    m_intent.reset();
    // An untrusted certificate does not become trusted by retrying.
    if (m_tlsRefused)
        result.after = After::Stay;

    if (wasOpen || result.timeout) {
        fields.insert(QLatin1String("code"), result.code);
        fields.insert(QLatin1String("reason"), result.reason);
        fields.insert(QLatin1String("by"), result.by == ClosedBy::Local
                          ? QLatin1String("local")
                          : result.by == ClosedBy::Peer ? QLatin1String("peer") : QLatin1String("network"));
        if (result.timeout)
            fields.insert(QLatin1String("timeout"), timeoutKindName(*result.timeout));
        emitEvent(EventType::Closed, fields);
        Q_EMIT closed(result.code, result.reason, result.by);
    } else if (!m_serverRole && !cancelled) {
        emitEvent(EventType::Error, {{QLatin1String("text"),
                                      tr("connecting to %1 failed: %2")
                                          .arg(m_url.toDisplayString(), result.reason)}});
    }

    if (m_serverRole) {
        setState(State::Disconnected);
        return;
    }
    switch (result.after) {
    case After::Stay:
        setState(State::Disconnected);
        break;
    case After::ReopenOnSend:
        // Messages queued while closing must not wait for another send.
        if (!m_queue.empty())
            scheduleReconnect(Nanos::zero());
        else
            setState(State::Disconnected);
        break;
    case After::ReconnectNow:
        scheduleReconnect(Nanos::zero());
        break;
    case After::Backoff: {
        const Nanos base = m_settings->duration(Param::ReconnectDelay);
        if (base == Nanos::zero()) {
            setState(State::Disconnected); // automatic reconnect switched off
            break;
        }
        scheduleReconnect(m_backoff.delayFor(m_attempt + 1, base,
                                             m_settings->duration(Param::ReconnectMaxDelay)));
        break;
    }
    }
}

void ConnectionSupervisor::scheduleReconnect(Nanos delay)
{
    ++m_attempt;
    ++m_counters.reconnects;
    setState(State::Reconnecting);
    const qint64 delayMs = toMs(ceilMs(delay));
    emitEvent(EventType::Reconnect,
              {{QLatin1String("attempt"), m_attempt}, {QLatin1String("delay_ms"), delayMs}});
    Q_EMIT reconnectScheduled(m_attempt, delayMs);
    m_reconnectSlot.arm(SteadyClock::instance()->now() + delay);
}

// ---------------------------------------------------------------- deadlines

void ConnectionSupervisor::rearm(bool force)
{
    const std::optional<Nanos> next = m_policy.nextDeadline();
    if (!next) {
        m_deadline.cancel();
        return;
    }
    // The scheduler counts on the steady clock; our deadlines on m_clock.
    const Nanos at = SteadyClock::instance()->now() + (*next - now());
    // Armed earlier than needed re-arms for the remainder when it fires; only
    // a deadline that moved earlier needs a new arm now.
    if (!force && m_deadline.isArmed() && m_deadline.armedFor() <= at)
        return;
    m_deadline.arm(at);
}

void ConnectionSupervisor::onDeadline()
{
    const Nanos t = now();
    QList<Deadline> due = m_policy.due(t);
    if (due.contains(Deadline::Pong) && restartPongClockIfStillLeaving(t))
        due = m_policy.due(t);
    if (due.contains(Deadline::Heartbeat))
        runHeartbeat();
    // At most one timeout ends the connection; the most specific cause wins.
    static constexpr std::pair<Deadline, TimeoutKind> kOrder[] = {
        {Deadline::Connect, TimeoutKind::Connect}, {Deadline::Message, TimeoutKind::Message},
        {Deadline::Pong, TimeoutKind::Pong},       {Deadline::Lifetime, TimeoutKind::Lifetime},
        {Deadline::Idle, TimeoutKind::Idle},
    };
    for (const auto &[deadline, kind] : kOrder) {
        if (due.contains(deadline)) {
            handleTimeout(kind, m_policy.conditionAge(deadline, t));
            return;
        }
    }
    if (due.contains(Deadline::Ping))
        sendPing();
    rearm(true);
}

bool ConnectionSupervisor::restartPongClockIfStillLeaving(Nanos t)
{
    // The ping left our process but may still sit in the kernel's send queue
    // behind an upload that a slow link is draining: then it has not left
    // the host, and its clock starts again. Only while that queue moves: a
    // queue stuck behind a dead path is what the pong timeout is for.
    constexpr qint64 pingFrameBytes = kPingPayloadSize + 6;
    for (PendingPing &ping : m_pings) {
        if (!ping.leftAt)
            continue;
        const qint64 ahead = kernelBytesAheadOf(ping);
        const bool wasBehindOthers = ping.kernelAheadAtClock > pingFrameBytes;
        // Still queued, and the queue moved since the clock started.
        const bool draining = ahead > pingFrameBytes && ahead < ping.kernelAheadAtClock;
        // It left the host at some moment since then: we cannot tell when,
        // so its clock starts now, the latest it can have been.
        const bool leftSinceClockStart = ahead <= pingFrameBytes && wasBehindOthers;
        if (!draining && !leftSinceClockStart)
            return false;
        ping.leftAt = t;
        ping.kernelAheadAtClock = std::max<qint64>(0, ahead);
        ping.queuedBehind = true;
        updatePongClock();
        return true;
    }
    return false;
}

void ConnectionSupervisor::handleTimeout(TimeoutKind kind, Nanos conditionAge)
{
    const qint64 afterMs = toMs(conditionAge);
    ++m_counters.timeouts[size_t(kind)];
    if (kind == TimeoutKind::Pong)
        ++m_counters.missedPongs;
    qCDebug(lcSupervisor) << "timeout" << timeoutKindName(kind) << afterMs << "ms";
    emitEvent(EventType::Timeout,
              {{QLatin1String("kind"), timeoutKindName(kind)}, {QLatin1String("after_ms"), afterMs}});
    Q_EMIT timedOut(kind, afterMs);
    if (!m_socket)
        return;
    switch (kind) {
    case TimeoutKind::Idle:
        closeWith({ClosedBy::Local, 1000, QStringLiteral("idle timeout"), kind,
                   m_serverRole ? After::Stay : After::ReopenOnSend},
                  false);
        break;
    case TimeoutKind::Lifetime:
        closeWith({ClosedBy::Local, 1001, QStringLiteral("max lifetime"), kind, After::ReconnectNow}, false);
        break;
    case TimeoutKind::Pong:
        // Nobody is there to answer a close handshake.
        closeWith({ClosedBy::Local, 1006, QStringLiteral("pong timeout"), kind, After::Backoff}, true);
        break;
    case TimeoutKind::Message:
        closeWith({ClosedBy::Local, 1006, QStringLiteral("send stalled"), kind, After::Backoff}, true);
        break;
    case TimeoutKind::Connect:
        closeWith({ClosedBy::Local, 1006, QStringLiteral("connect timeout"), kind, After::Backoff}, true);
        break;
    }
}

void ConnectionSupervisor::runHeartbeat()
{
    const Nanos t = now();
    const bool ok = m_inboundSinceHeartbeat;
    m_missedHeartbeats = ok ? 0 : m_missedHeartbeats + 1;
    m_inboundSinceHeartbeat = false;
    m_policy.heartbeatDone(t);
    emitEvent(EventType::Heartbeat, {{QLatin1String("ok"), ok},
                                     {QLatin1String("idle_ms"), toMs(m_policy.idleFor(t))},
                                     {QLatin1String("age_ms"), toMs(m_policy.age(t))},
                                     {QLatin1String("outstanding_pings"), int(m_pings.size())},
                                     {QLatin1String("missed_in_a_row"), m_missedHeartbeats}});
    Q_EMIT heartbeatChecked(ok, m_missedHeartbeats);
}

// ---------------------------------------------------------------- bytes

qint64 ConnectionSupervisor::transportQueued() const
{
    return m_transport ? m_transport->bytesToWrite() : 0;
}

void ConnectionSupervisor::onInboundBytes()
{
    m_policy.inboundBytes(now());
    m_inboundSinceHeartbeat = true;
}

void ConnectionSupervisor::onBytesWritten(int channel, qint64 bytes)
{
    Q_UNUSED(channel);
    const Nanos t = now();
    m_written += bytes;
    m_counters.bytesOut += quint64(bytes);
    m_policy.outboundWritten(t, transportQueued() > 0);

    bool pingLeft = false;
    for (PendingPing &ping : m_pings) {
        if (ping.leftAt)
            continue;
        if (ping.endOffset > m_written)
            break; // pings are queued in order
        ping.leftAt = t;
        // Left our process, but is the kernel still holding bytes ahead of it?
        ping.kernelAheadAtClock = kernelBytesAheadOf(ping);
        if (ping.kernelAheadAtClock > kPingPayloadSize + 6)
            ping.queuedBehind = true;
        pingLeft = true;
    }
    while (!m_inFlight.empty() && m_inFlight.front().endOffset <= m_written) {
        const quint64 id = m_inFlight.front().id;
        m_inFlight.pop_front();
        Q_EMIT messageWritten(id);
    }
    if (pingLeft) {
        updatePongClock();
        rearm();
    }
}

qint64 ConnectionSupervisor::kernelUnsentBytes() const
{
#if defined(Q_OS_LINUX) && defined(SIOCOUTQNSD)
    if (!m_transport)
        return 0;
    const qintptr fd = m_transport->socketDescriptor();
    int unsent = 0;
    if (fd >= 0 && ::ioctl(int(fd), SIOCOUTQNSD, &unsent) == 0)
        return unsent;
#endif
    return 0;
}

// ---------------------------------------------------------------- ping / pong

qint64 ConnectionSupervisor::kernelBytesAheadOf(const PendingPing &ping) const
{
    // The kernel's unsent bytes, less those we handed over after the ping:
    // what is left is the ping itself and what is queued ahead of it.
    return kernelUnsentBytes() - std::max<qint64>(0, m_written - ping.endOffset);
}

void ConnectionSupervisor::sendPing()
{
    if (!m_socket || m_state != State::Open)
        return;
    const Nanos t = now();
    const quint64 seq = ++m_pingSeq;
    const qint64 ahead = transportQueued();
    QByteArray payload(kPingPayloadSize, Qt::Uninitialized);
    qToBigEndian<quint64>(seq, payload.data());
    m_pings.push_back({seq, t, 0, ahead > 0, std::nullopt});
    m_socket->ping(payload);
    // The ping frame sits behind every byte already queued: it has left when
    // the transport has written up to here.
    m_pings.back().endOffset = m_written + transportQueued();
    // Hand the ping to the kernel now rather than on the next loop pass: its
    // departure time is what the pong is timed from, and with thousands of
    // connections the write-notifier round trip cost more than the ping.
    if (m_transport)
        m_transport->flush();
    if (m_state != State::Open || m_pings.empty() || m_pings.back().seq != seq)
        return; // the write failed and the connection went down with it
    ++m_counters.pings;
    m_policy.pingSent(t);
    if (transportQueued() > 0)
        m_policy.outboundQueued(t);
    if (wantsEvent(EventType::Ping)) { // per ping: not even built when filtered out
        QJsonObject fields{{QLatin1String("seq"), qint64(seq)}};
        if (ahead > 0)
            fields.insert(QLatin1String("queued_bytes"), ahead);
        emitEvent(EventType::Ping, fields);
    }
    if (!m_pings.back().leftAt && m_pings.back().endOffset <= m_written) { // written synchronously
        m_pings.back().leftAt = t;
        m_pings.back().kernelAheadAtClock = kernelBytesAheadOf(m_pings.back());
        updatePongClock();
    }
}

void ConnectionSupervisor::updatePongClock()
{
    std::optional<Nanos> oldest;
    for (const PendingPing &ping : m_pings) {
        if (ping.leftAt) {
            oldest = ping.leftAt;
            break;
        }
    }
    m_policy.setOldestPingLeftAt(oldest);
}

void ConnectionSupervisor::onPong(quint64 elapsedMs, const QByteArray &payload)
{
    Q_UNUSED(elapsedMs); // whole milliseconds, and timed from Qt's most recent ping only
    const Nanos t = now();
    if (payload.size() != kPingPayloadSize)
        return; // not one of ours (an unsolicited pong): activity only
    const quint64 seq = qFromBigEndian<quint64>(payload.constData());
    auto it = std::find_if(m_pings.begin(), m_pings.end(),
                           [seq](const PendingPing &p) { return p.seq == seq; });
    if (it == m_pings.end())
        return;
    const Nanos start = it->leftAt ? *it->leftAt : it->sentAt;
    const qint64 rttUs = duration_cast<microseconds>(t - start).count();
    const bool queued = it->queuedBehind;
    // A peer may answer only the most recent of several pings (RFC 6455 5.5.3):
    // older ones are settled by this pong too.
    m_pings.erase(m_pings.begin(), it + 1);
    updatePongClock();
    ++m_counters.pongs;
    if (queued)
        ++m_counters.queuedRttSamples;
    else
        m_rtt.add(rttUs); // only unqueued samples describe the network
    if (wantsEvent(EventType::Pong)) {
        QJsonObject fields{{QLatin1String("seq"), qint64(seq)}, {QLatin1String("rtt_us"), rttUs}};
        if (queued)
            fields.insert(QLatin1String("queued"), true);
        emitEvent(EventType::Pong, fields);
    }
    Q_EMIT pongReceived(seq, rttUs, queued);
    checkPongShorterThanRtt(rttUs);
    checkLatencyAlert(rttUs);
    rearm(true);
}

void ConnectionSupervisor::checkPongShorterThanRtt(qint64 rttUs)
{
    const Nanos pong = m_settings->duration(Param::PongTimeout);
    if (m_warnedPongShorterThanRtt || pong == Nanos::zero() || microseconds(rttUs) < pong)
        return;
    m_warnedPongShorterThanRtt = true;
    emitEvent(EventType::Warning,
              {{QLatin1String("text"),
                tr("WS_PONG_TIMEOUT (%1 s) is shorter than a round trip already seen (%2 ms)")
                    .arg(m_settings->value(Param::PongTimeout))
                    .arg(double(rttUs) / 1000.0, 0, 'f', 1)}});
}

void ConnectionSupervisor::checkLatencyAlert(qint64 rttUs)
{
    const Nanos alert = m_settings->duration(Param::LatencyAlert);
    if (alert == Nanos::zero() || microseconds(rttUs) <= alert)
        return;
    ++m_counters.latencyAlerts;
    emitEvent(EventType::Warning,
              {{QLatin1String("alert"), QLatin1String("latency")},
               {QLatin1String("rtt_us"), rttUs},
               {QLatin1String("text"), tr("ping round trip %1 ms is above WS_LATENCY_ALERT (%2 s)")
                                           .arg(double(rttUs) / 1000.0, 0, 'f', 1)
                                           .arg(m_settings->value(Param::LatencyAlert))}});
    Q_EMIT latencyAlert(rttUs);
}

Nanos ConnectionSupervisor::oldestPingWait() const
{
    if (m_pings.empty())
        return Nanos::zero();
    const PendingPing &p = m_pings.front();
    return now() - (p.leftAt ? *p.leftAt : p.sentAt);
}

// ---------------------------------------------------------------- messages

quint64 ConnectionSupervisor::sendText(const QString &text)
{
    return enqueue(OutMessage{m_nextMessageId++, false, {}, text, std::nullopt, 0});
}

quint64 ConnectionSupervisor::sendBinary(const QByteArray &data)
{
    return enqueue(OutMessage{m_nextMessageId++, true, data, {}, std::nullopt, 0});
}

quint64 ConnectionSupervisor::enqueue(OutMessage m)
{
    const quint64 id = m.id;
    if (m_state == State::Open && m_queue.empty()) {
        writeMessage(std::move(m));
        return id;
    }
    m.queuedAt = now();
    m_queue.push_back(std::move(m));
    if (m_state == State::Disconnected && !m_serverRole && m_url.isValid())
        open(); // a send reopens a connection closed as idle (or by the user)
    return id;
}

void ConnectionSupervisor::flushQueue()
{
    while (!m_queue.empty() && m_state == State::Open) {
        OutMessage m = std::move(m_queue.front());
        m_queue.pop_front();
        writeMessage(std::move(m));
    }
}

void ConnectionSupervisor::writeMessage(OutMessage m)
{
    // The clock is read only when needed: on a fast echo path each read was
    // a measurable share of what supervision costs.
    std::optional<Nanos> tRead;
    const auto t = [&] { return tRead ? *tRead : *(tRead = now()); };
    if (m.binary)
        m_socket->sendBinaryMessage(m.data);
    else
        m_socket->sendTextMessage(m.text);
    ++m_counters.messagesOut;
    if (logsMessages()) {
        QJsonObject fields{{QLatin1String("dir"), QLatin1String("out")},
                           {QLatin1String("bytes"), m.binary ? qint64(m.data.size()) : utf8Size(m.text)},
                           {QLatin1String("kind"), m.binary ? QLatin1String("binary") : QLatin1String("text")}};
        if (!m.binary)
            fields.insert(QLatin1String("text"), m.text);
        const qint64 waited = m.queuedAt ? toMs(t() - *m.queuedAt) : 0;
        if (waited > 0)
            fields.insert(QLatin1String("queued_ms"), waited);
        emitEvent(EventType::Message, fields);
    }
    const qint64 queued = transportQueued();
    m.endOffset = m_written + queued;
    if (queued > 0) {
        // Only the first queued byte starts the send-stall clock; later
        // messages behind it cannot move the deadline earlier.
        const bool stallClockStarts = !m_policy.outboundPending();
        if (stallClockStarts)
            m_policy.outboundQueued(t());
        m_inFlight.push_back(std::move(m));
        if (stallClockStarts)
            rearm();
    } else {
        Q_EMIT messageWritten(m.id);
    }
}

// ---------------------------------------------------------------- queries

Nanos ConnectionSupervisor::idleFor() const
{
    return m_state == State::Open ? m_policy.idleFor(now()) : Nanos::zero();
}

Nanos ConnectionSupervisor::age() const
{
    return m_policy.age(now());
}

std::optional<Nanos> ConnectionSupervisor::timeUntil(Deadline d) const
{
    const std::optional<Nanos> at = m_policy.deadline(d);
    if (!at)
        return std::nullopt;
    return std::max(Nanos::zero(), *at - now());
}

} // namespace wspulse
