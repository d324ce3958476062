#include "connectionsupervisor.h"

#include "kernelsendqueue.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QWebSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
#include <QWebSocketHandshakeOptions>
#endif

using namespace std::chrono;
using namespace std::chrono_literals;

namespace wspulse {

namespace {
// A close handshake that gets no answer (the peer stopped reading, the path is
// frozen) must not leave the connection in "closing" forever.
constexpr Nanos kCloseGuard = 3s;
} // namespace

ConnectionSupervisor::ConnectionSupervisor(QObject *parent)
    : ConnectionSupervisor(nullptr, parent)
{
}

ConnectionSupervisor::ConnectionSupervisor(DeadlineScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler ? scheduler : DeadlineScheduler::forCurrentThread())
    , m_clock(m_scheduler->clock())
    , m_deadline(m_scheduler, [this] { onDeadline(); })
    , m_reconnectSlot(m_scheduler, [this] { startConnecting(); })
    , m_closeGuardSlot(m_scheduler,
                       [this] {
                           if (m_socket && m_state == State::Closing)
                               m_socket->abort();
                       })
    , m_pings([this] { return kernelUnsentBytes(m_kernelFd); })
{
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
    case State::Disconnected:
        return QStringLiteral("disconnected");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Open:
        return QStringLiteral("open");
    case State::Closing:
        return QStringLiteral("closing");
    case State::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return QString();
}

QString ConnectionSupervisor::negotiatedSubprotocol() const
{
    return m_socket ? m_socket->subprotocol() : QString();
}

// ---------------------------------------------------------------- configuration

void ConnectionSupervisor::setConfig(const SupervisorConfig &config)
{
    const SupervisorConfig old = m_config;
    m_config = config;
    if (config.maxMessageSize != old.maxMessageSize && m_socket)
        applyMessageLimits();
    if (config.timeouts.pongTimeout != old.timeouts.pongTimeout && m_rtt.count() > 0)
        checkPongShorterThanRtt(m_rtt.summary().maxUs);
    if (config.timeouts != old.timeouts) {
        applyTimeouts();
        // Deadlines derive from recorded activity: recomputing is the whole re-arm.
        rearm(true);
    }
}

void ConnectionSupervisor::applyTimeouts()
{
    TimeoutConfig c = m_config.timeouts;
    if (m_serverRole)
        c.connectTimeout = Nanos::zero(); // the server's handshake is QWebSocketServer's business
    m_policy.setConfig(c);
}

void ConnectionSupervisor::applyMessageLimits()
{
    const quint64 max = m_config.maxMessageSize;
    m_socket->setMaxAllowedIncomingMessageSize(max ? max : QWebSocket::maxIncomingMessageSize());
    m_socket->setMaxAllowedIncomingFrameSize(max ? max : QWebSocket::maxIncomingFrameSize());
}

void ConnectionSupervisor::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
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
    Q_ASSERT(!m_serverRole);
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_transport)
            m_transport->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_intent.reset();
    m_seen = {};
    m_seen.proxy = m_proxyShown;
    m_tlsRefused = false;
    m_written = 0;
    m_kernelQueuedAtStallClock = -1;
    m_inTransitAtIdleCheck = -1;
    m_pings.clear();

    m_socket = new QWebSocket(m_origin, QWebSocketProtocol::VersionLatest, this);
    applyMessageLimits();
    m_socket->setProxy(m_proxy);
#ifndef QT_NO_SSL
    if (!m_caCertificates.isEmpty() || m_tls) {
        QSslConfiguration tls = m_tls.value_or(QSslConfiguration::defaultConfiguration());
        tls.addCaCertificates(m_caCertificates);
        m_socket->setSslConfiguration(tls);
    }
#endif
    wireSocket();

    setState(State::Connecting);
    m_policy.connectStarted(now());
    QNetworkRequest request(m_url);
    for (const auto &[name, value] : std::as_const(m_requestHeaders))
        request.setRawHeader(name, value);
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_subprotocols);
    m_socket->open(request, options);
#else
    m_socket->open(request);
#endif
    // QWebSocket creates its transport socket inside open(), as its child.
    m_transport = m_socket ? m_socket->findChild<QAbstractSocket *>() : nullptr;
    m_kernelFd = -1;
    wireTransport();
    rearm(true);
}

void ConnectionSupervisor::attach(QWebSocket *socket, QAbstractSocket *transport)
{
    Q_ASSERT(socket && !m_socket);
    m_serverRole = true;
    applyTimeouts();
    m_socket = socket;
    m_transport = transport;
    socket->setParent(this);
    applyMessageLimits();
    wireSocket();
    wireTransport();
    if (m_transport) {
        m_transport->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // A server has thousands of these: no second descriptor each to tell
        // a client's FIN from its reset.
        m_witnessTcpEnding = false;
        onTransportConnected();
    }
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
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &ConnectionSupervisor::onSocketError);
#endif
#ifndef QT_NO_SSL
    connect(s, &QWebSocket::sslErrors, this, &ConnectionSupervisor::onSslErrors);
#endif
    connect(s, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        ++m_counters.messagesIn;
        m_counters.bytesIn += quint64(utf8Size(text));
        Q_EMIT textReceived(text);
    });
    connect(s, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        ++m_counters.messagesIn;
        m_counters.bytesIn += quint64(data.size());
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
    // The transport's own errors too: QWebSocket does not pass on every one
    // (a refused TCP connection reaches it only as a disconnect).
    connect(m_transport, &QAbstractSocket::errorOccurred, this, &ConnectionSupervisor::onSocketError);
    // channelBytesWritten, unlike bytesWritten, is emitted even for writes made
    // from inside a bytesWritten handler, so no written byte goes uncounted.
    connect(m_transport, &QIODevice::channelBytesWritten, this, &ConnectionSupervisor::onBytesWritten);
    connect(m_transport, &QAbstractSocket::connected, this, &ConnectionSupervisor::onTransportConnected);
}

void ConnectionSupervisor::onTransportConnected()
{
    m_kernelFd = kernelDescriptorOf(m_transport);
    if (m_witnessTcpEnding)
        m_tcpEnding.watch(m_kernelFd);
}

void ConnectionSupervisor::onConnected()
{
    const Nanos t = now();
    // Pings, pongs and chat lines are small: Nagle's algorithm would hold them
    // back behind a delayed ACK and add up to 40 ms to what we measure.
    if (m_transport)
        m_transport->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // m_attempt is reset once the connection proves stable (see onDisconnected).
    m_openedAt = t;
    m_failingToConnect = false;
    m_missedHeartbeats = 0;
    m_inboundSinceHeartbeat = false;
    m_warnedPongShorterThanRtt = false;
    m_policy.opened(t);
    if (transportQueued() > 0)
        m_policy.outboundQueued(t);
    setState(State::Open);
    Q_EMIT opened();
    // The first round trip right away, before anything queued goes out: a
    // latency figure from the first second on rather than after a whole
    // interval, and one that measures the network, not our backlog.
    if (m_state == State::Open && m_config.timeouts.pingInterval > Nanos::zero())
        sendPing();
    rearm(true);
    flushQueue();
}

void ConnectionSupervisor::close(const QString &reason, int code)
{
    m_reconnectSlot.cancel();
    const CloseIntent intent{{code, reason.isEmpty() ? QStringLiteral("closed by user") : reason, std::nullopt},
                             After::Stay};
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

void ConnectionSupervisor::closeWith(CloseIntent intent, bool abort)
{
    if (!m_socket)
        return;
    const int code = intent.what.code;
    const QString reason = intent.what.reason;
    m_intent = std::move(intent);
    m_intent->idleWhenDecided = now() - m_policy.lastActivity();
    m_policy.stopped();
    m_deadline.cancel();
    if (abort) {
        m_socket->abort(); // emits disconnected synchronously
        return;
    }
    setState(State::Closing);
    m_closeGuardSlot.arm(now() + kCloseGuard);
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

// ---------------------------------------------------------------- deadlines

void ConnectionSupervisor::rearm(bool force)
{
    const std::optional<Nanos> next = m_policy.nextDeadline();
    if (!next) {
        m_deadline.cancel();
        return;
    }
    // Armed earlier than needed re-arms for the remainder when it fires; only
    // a deadline that moved earlier needs a new arm now.
    if (!force && m_deadline.isArmed() && m_deadline.armedFor() <= *next)
        return;
    m_deadline.arm(*next);
}

void ConnectionSupervisor::onDeadline()
{
    const Nanos t = now();
    QList<Deadline> due = m_policy.due(t);
    if (due.contains(Deadline::Pong) && m_pings.restartIfStillLeaving(t, m_written)) {
        m_policy.setOldestPingLeftAt(m_pings.oldestLeftAt());
        due = m_policy.due(t);
    }
    if (due.contains(Deadline::Message) && kernelDrainedSinceStallClock(t))
        due = m_policy.due(t);
    if (due.contains(Deadline::Idle) && idleButStillInTransit(t))
        due = m_policy.due(t);
    if (due.contains(Deadline::Heartbeat))
        runHeartbeat();
    // At most one timeout ends the connection; the most specific cause wins.
    static constexpr std::pair<Deadline, TimeoutKind> kOrder[] = {
        {Deadline::Connect, TimeoutKind::Connect}, {Deadline::Message, TimeoutKind::Message},
        {Deadline::Pong, TimeoutKind::Pong},       {Deadline::Lifetime, TimeoutKind::Lifetime},
        {Deadline::Idle, TimeoutKind::Idle},
    };
    static_assert(std::size(kOrder) == TransportTimeoutKindCount, "every timeout kind has its place in the order");
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

void ConnectionSupervisor::handleTimeout(TimeoutKind kind, Nanos conditionAge)
{
    const qint64 afterMs = toMs(conditionAge);
    ++m_counters.timeouts[size_t(kind)];
    if (kind == TimeoutKind::Pong)
        ++m_counters.missedPongs;
    qCDebug(lcSupervisor) << "timeout" << timeoutKindName(kind) << afterMs << "ms";
    Q_EMIT timedOut(kind, afterMs);
    if (!m_socket)
        return;
    switch (kind) {
    case TimeoutKind::Idle:
        closeWith(
            {{1000, QStringLiteral("idle timeout"), kind, afterMs}, m_serverRole ? After::Stay : After::ReopenOnSend},
            false);
        break;
    case TimeoutKind::Lifetime:
        closeWith({{1001, QStringLiteral("max lifetime"), kind, afterMs}, After::ReconnectNow}, false);
        break;
    case TimeoutKind::Pong:
        // Nobody is there to answer a close handshake.
        closeWith({{1006, QStringLiteral("pong timeout"), kind, afterMs}, After::Backoff}, true);
        break;
    case TimeoutKind::Message:
        closeWith({{1006, QStringLiteral("send stalled"), kind, afterMs}, After::Backoff}, true);
        break;
    case TimeoutKind::Connect:
        closeWith({{1006, QStringLiteral("connect timeout"), kind, afterMs}, After::Backoff}, true);
        break;
    case TimeoutKind::AppPong:
    case TimeoutKind::AppHeartbeat:
        // The transport still works: the peer can answer a close handshake.
        closeWith({{1000,
                    kind == TimeoutKind::AppPong ? QStringLiteral("app pong timeout")
                                                 : QStringLiteral("server heartbeat stopped"),
                    kind, afterMs},
                   After::Backoff},
                  false);
        break;
    }
}

void ConnectionSupervisor::applicationTimedOut(TimeoutKind kind, Nanos conditionAge)
{
    if (m_state != State::Open || m_intent)
        return;
    handleTimeout(kind, conditionAge);
}

} // namespace wspulse
