#include "appkeepalive.h"

#include "connectionsupervisor.h"
#include "eventlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QWebSocketProtocol>

#include <cmath>

namespace wspulse {

namespace {

qint64 usBetween(Nanos from, Nanos to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

QString seconds(Nanos d)
{
    return QString::number(std::chrono::duration<double>(d).count(), 'f', 1);
}

} // namespace

AppKeepalive::AppKeepalive(ConnectionSupervisor *supervisor, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_sup(supervisor)
    , m_log(log)
    , m_pingSlot(supervisor->scheduler(), [this] { sendAppPing(); })
    , m_watchSlot(supervisor->scheduler(), [this] { onWatchDue(); })
{
    connect(supervisor, &ConnectionSupervisor::opened, this, &AppKeepalive::onOpened);
    connect(supervisor, &ConnectionSupervisor::textReceived, this, &AppKeepalive::onText);
    connect(supervisor, &ConnectionSupervisor::binaryReceived, this, &AppKeepalive::onBinary);
    connect(supervisor, &ConnectionSupervisor::messageWritten, this, &AppKeepalive::onWritten);
    connect(supervisor, &ConnectionSupervisor::closed, this, &AppKeepalive::onClosed);
    supervisor->setCloseExplainer([this](CloseInfo &info) { explainClose(info); });
}

AppKeepalive::~AppKeepalive()
{
    if (m_sup)
        m_sup->setCloseExplainer({});
}

Nanos AppKeepalive::now() const
{
    return m_sup->scheduler()->clock()->now();
}

void AppKeepalive::setConfig(const AppKeepaliveConfig &config)
{
    if (config == m_config)
        return;
    const bool profileChanged = config.profile != m_config.profile;
    m_config = config;
    if (!m_open)
        return;
    if (profileChanged && config.profile) {
        m_sup->holdQueue(false); // the old profile's handshake no longer holds anything back
        activate(*config.profile, tr("chosen while connected"));
        onOpenedAs(*config.profile);
        return;
    }
    // New intervals apply from now, as the supervisor's own do. (MQTT's
    // keep-alive was announced in CONNECT: it changes with the next connection.)
    if (pingsItself()) {
        m_pingInterval = m_config.pingInterval;
        m_pongTimeout = m_config.pongTimeout;
        if (m_outstandingLeftAt && !m_outstandingIsInit && m_pongTimeout > Nanos::zero())
            armWatch(*m_outstandingLeftAt + m_pongTimeout);
        else if (m_outstandingLeftAt && m_pongTimeout == Nanos::zero())
            m_watchSlot.cancel();
        if (!m_outstandingId && m_pingInterval > Nanos::zero())
            m_pingSlot.arm(now() + m_pingInterval);
        else if (m_pingInterval == Nanos::zero())
            m_pingSlot.cancel();
    } else if (m_active == AppProfile::EngineIo) {
        if (m_config.pingIntervalSet)
            m_pingInterval = m_config.pingInterval;
        if (m_config.pongTimeoutSet)
            m_pongTimeout = m_config.pongTimeout;
        armWatch(m_lastServerPingAt.value_or(m_heartbeatWatchFrom) + m_pingInterval + m_pongTimeout);
    }
}

QStringList AppKeepalive::subprotocols() const
{
    const QString own = appProfileSubprotocol(m_config.profile.value_or(AppProfile::None));
    return own.isEmpty() ? QStringList() : QStringList{own};
}

bool AppKeepalive::ownsFrame(const QByteArray &frame) const
{
    // MQTT's accepting handshake answer and keep-alive answers, a whole
    // packet each (a refusal is worth showing).
    if (m_active != AppProfile::Mqtt)
        return false;
    return (frame.size() == 4 && mqtt::connackReturnCode(frame) == 0)
        || (frame.size() == 2 && mqtt::packetType(frame) == int(mqtt::PacketType::Pingresp));
}

bool AppKeepalive::ownsFrame(const QString &frame) const
{
    switch (m_active) {
    case AppProfile::None:
    case AppProfile::Mqtt: // binary: the chat view shows no binary frames as text
        return false;
    case AppProfile::Custom: {
        if (m_custom.answer.isValid() && !m_custom.answer.pattern().isEmpty()
            && m_custom.answer.match(frame).hasMatch())
            return true;
        for (const CustomHeartbeat::Rule &r : m_custom.rules)
            if (r.when.match(frame).hasMatch())
                return true;
        return false;
    }
    case AppProfile::EngineIo:
        return frame == QLatin1String("2") || frame == QLatin1String("3") || frame.startsWith(QLatin1String("40"))
            || engineio::parseOpen(frame).has_value();
    case AppProfile::GraphqlWs: {
        const QString type = graphqlws::messageType(frame);
        return type == QLatin1String("ping") || type == QLatin1String("pong")
            || type == QLatin1String("connection_ack");
    }
    }
    return false;
}

void AppKeepalive::activate(AppProfile profile, const QString &why)
{
    m_active = profile;
    // Said once, not again on every reconnect to the same kind of server.
    if (profile == AppProfile::None || profile == m_announced)
        return;
    m_announced = profile;
    if (m_log)
        m_log->add(EventType::Warning,
                   {{QLatin1String("app_profile"), appProfileName(profile)},
                    {QLatin1String("text"), tr("application profile %1: %2").arg(appProfileName(profile), why)}});
    Q_EMIT profileChanged(profile);
}

void AppKeepalive::forgetIfNotSent()
{
    // The connection was not open: nothing left, nothing to wait for.
    if (m_outstandingId == quint64(0))
        m_outstandingId.reset();
}

void AppKeepalive::onOpened()
{
    m_open = true;
    m_firstFrameSeen = false;
    m_outstandingId.reset();
    m_outstandingLeftAt.reset();
    m_lastServerPingAt.reset();
    m_serverPings = 0;
    AppProfile profile = m_config.profile.value_or(AppProfile::None);
    QString why = tr("chosen");
    if (!m_config.profile) {
        if (const std::optional<AppProfile> p = profileFromSubprotocol(m_sup->negotiatedSubprotocol())) {
            profile = *p;
            why = tr("the server accepted the subprotocol %1").arg(m_sup->negotiatedSubprotocol());
        } else if (const std::optional<AppProfile> p = profileFromUrl(m_sup->url())) {
            profile = *p;
            why = tr("the URL is an Engine.IO v4 endpoint");
        }
    }
    activate(profile, why);
    onOpenedAs(m_active);
}

void AppKeepalive::onOpenedAs(AppProfile profile)
{
    m_pingSlot.cancel();
    m_watchSlot.cancel();
    // Whatever the previous profile had outstanding is nobody's answer now.
    m_outstandingId.reset();
    m_outstandingLeftAt.reset();
    m_outstandingIsInit = false;
    m_pingInterval = m_config.pingInterval;
    m_pongTimeout = m_config.pongTimeout;
    m_heartbeatWatchFrom = now();
    switch (profile) {
    case AppProfile::None:
        break;
    case AppProfile::EngineIo:
        // The open packet comes first and says the server's own intervals;
        // until then the configured ones watch for it.
        if (m_pingInterval > Nanos::zero() && m_pongTimeout > Nanos::zero())
            armWatch(m_heartbeatWatchFrom + m_pingInterval + m_pongTimeout);
        break;
    case AppProfile::GraphqlWs:
        // connection_init first; the server closes with 4408 without it.
        m_outstandingIsInit = true;
        m_sup->holdQueue(true); // nothing of the person's before connection_ack
        m_outstandingId = m_sup->sendControlText(QStringLiteral("{\"type\":\"connection_init\"}"));
        forgetIfNotSent();
        m_outstandingLeftAt.reset();
        break;
    case AppProfile::Custom:
        if (pingsItself() && m_pingInterval > Nanos::zero())
            m_pingSlot.arm(now() + m_pingInterval);
        break;
    case AppProfile::Mqtt: {
        // The broker drops a client silent for 1.5 x the keep-alive it announced.
        const int keepAlive =
            m_pingInterval > Nanos::zero() ? int(std::ceil(std::chrono::duration<double>(m_pingInterval).count())) : 0;
        m_mqttKeepAlive = std::chrono::seconds(keepAlive);
        m_connackRefused = 0;
        m_lastAnswerAt.reset();
        m_outstandingIsInit = true;
        m_sup->holdQueue(true); // nothing of the person's before CONNACK
        m_outstandingId = m_sup->sendControlBinary(
            mqtt::connectPacket(keepAlive, QStringLiteral("wspulse%1").arg(QCoreApplication::applicationPid())));
        forgetIfNotSent();
        m_outstandingLeftAt.reset();
        break;
    }
    }
}

void AppKeepalive::onText(const QString &frame)
{
    if (!m_open)
        return;
    if (!m_firstFrameSeen) {
        m_firstFrameSeen = true;
        if (m_active == AppProfile::None && !m_config.profile && profileFromFirstFrame(frame)) {
            activate(AppProfile::EngineIo, tr("the server's first frame is an Engine.IO open packet"));
            onOpenedAs(AppProfile::EngineIo);
        }
    }
    if (m_active == AppProfile::EngineIo)
        onEngineIoFrame(frame);
    else if (m_active == AppProfile::GraphqlWs)
        onGraphqlFrame(frame);
    else if (m_active == AppProfile::Custom)
        onCustomFrame(frame);
}

void AppKeepalive::onWritten(quint64 id)
{
    if (!m_outstandingId || *m_outstandingId != id)
        return;
    // Timed from when it left, as protocol pings are. (Engine.IO's watch is
    // the server's heartbeat, not our namespace request.)
    m_outstandingLeftAt = now();
    if (pingsItself() && m_pongTimeout > Nanos::zero())
        armWatch(*m_outstandingLeftAt + m_pongTimeout);
}

void AppKeepalive::onClosed()
{
    m_open = false;
    m_pingSlot.cancel();
    m_watchSlot.cancel();
    m_outstandingId.reset();
    m_outstandingLeftAt.reset();
}

void AppKeepalive::startEngineIo(const engineio::OpenPacket &open)
{
    // The server's own intervals, unless the person set them.
    if (!m_config.pingIntervalSet)
        m_pingInterval = std::chrono::milliseconds(open.pingIntervalMs);
    if (!m_config.pongTimeoutSet)
        m_pongTimeout = std::chrono::milliseconds(open.pingTimeoutMs);
    m_heartbeatWatchFrom = now();
    if (m_log)
        m_log->add(EventType::AppPing,
                   {{QLatin1String("from"), QLatin1String("server")},
                    {QLatin1String("kind"), QLatin1String("open")},
                    {QLatin1String("sid"), open.sid},
                    {QLatin1String("ping_interval_ms"), open.pingIntervalMs},
                    {QLatin1String("ping_timeout_ms"), open.pingTimeoutMs}});
    armWatch(m_heartbeatWatchFrom + m_pingInterval + m_pongTimeout);
    // Join the default namespace (Socket.IO); its answer "40{...}" is timed.
    m_outstandingIsInit = true;
    m_sup->holdQueue(true); // no event before the namespace is joined
    m_outstandingId = m_sup->sendControlText(QStringLiteral("40"));
    forgetIfNotSent();
    m_outstandingLeftAt.reset();
}

void AppKeepalive::onEngineIoFrame(const QString &frame)
{
    const Nanos t = now();
    if (const std::optional<engineio::OpenPacket> open = engineio::parseOpen(frame)) {
        startEngineIo(*open);
    } else if (frame == QLatin1String("2")) {
        // The server's ping: answered at once; its regularity is the server's heartbeat.
        m_sup->sendControlText(QStringLiteral("3"));
        ++m_serverPings;
        QJsonObject fields{{QLatin1String("from"), QLatin1String("server")},
                           {QLatin1String("seq"), qint64(m_serverPings)}};
        fields.insert(QLatin1String("interval_ms"), toMs(t - m_lastServerPingAt.value_or(m_heartbeatWatchFrom)));
        if (m_log)
            m_log->add(EventType::AppPing, fields);
        Q_EMIT appPing(m_serverPings, true);
        m_lastServerPingAt = t;
        armWatch(t + m_pingInterval + m_pongTimeout);
    } else if (frame.startsWith(QLatin1String("40")) && m_outstandingIsInit && m_outstandingId) {
        const qint64 rttUs = usBetween(m_outstandingLeftAt.value_or(t), t);
        m_rtt.add(rttUs);
        if (m_log)
            m_log->add(EventType::AppPong,
                       {{QLatin1String("kind"), QLatin1String("namespace_connect")}, {QLatin1String("rtt_us"), rttUs}});
        Q_EMIT appPong(0, rttUs);
        m_outstandingId.reset();
        m_outstandingLeftAt.reset();
        m_outstandingIsInit = false;
        m_sup->holdQueue(false); // events may follow now
    } else if (frame.startsWith(QLatin1String("44")) && m_log) {
        m_log->add(EventType::Warning,
                   {{QLatin1String("text"), tr("Socket.IO refused the namespace: %1").arg(frame.mid(2).left(200))}});
    }
}

void AppKeepalive::onGraphqlFrame(const QString &frame)
{
    const Nanos t = now();
    const QString type = graphqlws::messageType(frame);
    if (type == QLatin1String("ping")) {
        m_sup->sendControlText(QStringLiteral("{\"type\":\"pong\"}"));
        ++m_serverPings;
        if (m_log)
            m_log->add(
                EventType::AppPing,
                {{QLatin1String("from"), QLatin1String("server")}, {QLatin1String("seq"), qint64(m_serverPings)}});
        Q_EMIT appPing(m_serverPings, true);
        return;
    }
    const bool answer = (type == QLatin1String("connection_ack") && m_outstandingIsInit)
        || (type == QLatin1String("pong") && !m_outstandingIsInit);
    if (answer)
        answered(type);
}

void AppKeepalive::onCustomFrame(const QString &frame)
{
    if (m_outstandingId && !m_custom.answer.pattern().isEmpty() && m_custom.answer.match(frame).hasMatch()) {
        answered(QStringLiteral("pong"));
        return;
    }
    for (const CustomHeartbeat::Rule &r : m_custom.rules) {
        if (!r.when.match(frame).hasMatch())
            continue;
        ++m_serverPings;
        m_sup->sendControlText(m_custom.render(r.reply, m_serverPings, QDateTime::currentMSecsSinceEpoch()));
        if (m_log)
            m_log->add(
                EventType::AppPing,
                {{QLatin1String("from"), QLatin1String("server")}, {QLatin1String("seq"), qint64(m_serverPings)}});
        Q_EMIT appPing(m_serverPings, true);
        return;
    }
}

void AppKeepalive::onBinary(const QByteArray &frame)
{
    if (!m_open || m_active != AppProfile::Mqtt)
        return;
    const int type = mqtt::packetType(frame);
    if (type == int(mqtt::PacketType::Connack) && m_outstandingIsInit) {
        const int rc = mqtt::connackReturnCode(frame);
        if (rc > 0) {
            m_connackRefused = rc;
            if (m_log)
                m_log->add(
                    EventType::Warning,
                    {{QLatin1String("text"), tr("the MQTT broker refused CONNECT: %1").arg(mqtt::connackMeaning(rc))}});
        }
        answered(QStringLiteral("connack"));
    } else if (type == int(mqtt::PacketType::Pingresp) && !m_outstandingIsInit) {
        answered(QStringLiteral("pong"));
    }
}

void AppKeepalive::answered(const QString &kind)
{
    const Nanos t = now();
    if (!m_outstandingId)
        return;
    m_lastAnswerAt = t;
    const qint64 rttUs = usBetween(m_outstandingLeftAt.value_or(t), t);
    m_rtt.add(rttUs);
    QJsonObject fields{{QLatin1String("kind"), kind}, {QLatin1String("rtt_us"), rttUs}};
    if (!m_outstandingIsInit)
        fields.insert(QLatin1String("seq"), qint64(m_seq));
    if (m_log)
        m_log->add(EventType::AppPong, fields);
    Q_EMIT appPong(m_outstandingIsInit ? 0 : m_seq, rttUs);
    const Nanos leftAt = m_outstandingLeftAt.value_or(t);
    const bool handshake = m_outstandingIsInit;
    m_outstandingId.reset();
    m_outstandingLeftAt.reset();
    m_outstandingIsInit = false;
    m_watchSlot.cancel();
    if (m_pingInterval > Nanos::zero())
        m_pingSlot.arm(std::max(t, leftAt + m_pingInterval));
    if (handshake)
        m_sup->holdQueue(false); // the person's messages may follow now
}

void AppKeepalive::sendAppPing()
{
    if (!m_open || !pingsItself() || m_outstandingId)
        return;
    ++m_seq;
    m_outstandingIsInit = false;
    if (m_active == AppProfile::Mqtt)
        m_outstandingId = m_sup->sendControlBinary(mqtt::pingreqPacket());
    else if (m_active == AppProfile::Custom)
        m_outstandingId =
            m_sup->sendControlText(m_custom.render(m_custom.pingTemplate, m_seq, QDateTime::currentMSecsSinceEpoch()));
    else
        m_outstandingId = m_sup->sendControlText(QStringLiteral("{\"type\":\"ping\"}"));
    forgetIfNotSent();
    if (!m_outstandingId)
        return; // not open: no ping left
    m_outstandingLeftAt.reset();
    if (m_log)
        m_log->add(EventType::AppPing,
                   {{QLatin1String("from"), QLatin1String("client")}, {QLatin1String("seq"), qint64(m_seq)}});
    Q_EMIT appPing(m_seq, false);
}

void AppKeepalive::armWatch(Nanos at)
{
    if ((m_active == AppProfile::EngineIo && (m_pingInterval == Nanos::zero() || m_pongTimeout == Nanos::zero()))
        || (pingsItself() && m_pongTimeout == Nanos::zero())) {
        m_watchSlot.cancel();
        return;
    }
    m_watchSlot.arm(at);
}

void AppKeepalive::onWatchDue()
{
    if (!m_open || !m_sup)
        return;
    const Nanos t = now();
    if (pingsItself() && m_outstandingLeftAt)
        m_sup->applicationTimedOut(TimeoutKind::AppPong, t - *m_outstandingLeftAt);
    else if (m_active == AppProfile::EngineIo)
        m_sup->applicationTimedOut(TimeoutKind::AppHeartbeat, t - m_lastServerPingAt.value_or(m_heartbeatWatchFrom));
}

void AppKeepalive::explainClose(CloseInfo &info) const
{
    if (!m_open)
        return;
    // Our own timer, on the application's handshake rather than a ping:
    // the server never let the session begin.
    if (info.by == ClosedBy::Local && info.timeout == TimeoutKind::AppPong && m_outstandingIsInit) {
        const QString handshake = m_active == AppProfile::GraphqlWs ? QStringLiteral("connection_init")
            : m_active == AppProfile::Mqtt                          ? QStringLiteral("CONNECT")
                                                                    : tr("the application's handshake");
        info.explanation =
            tr("the server never answered %1 within WS_APP_PONG_TIMEOUT (%2 s)").arg(handshake, seconds(m_pongTimeout));
        return;
    }
    if (info.by == ClosedBy::Local) // ours otherwise: the close already says why
        return;
    // The protocol's close codes mean what it says wherever it was negotiated.
    if (m_active == AppProfile::GraphqlWs || m_sup->negotiatedSubprotocol() == QLatin1String(graphqlws::Subprotocol)) {
        if (const std::optional<graphqlws::CloseMeaning> m = graphqlws::closeMeaning(info.code)) {
            info.cause = m->cause;
            info.explanation = m->words;
        }
        return;
    }
    if (m_active == AppProfile::Mqtt && info.by != ClosedBy::Local) {
        if (m_connackRefused > 0) {
            info.cause = QStringLiteral("mqtt_connack_refused");
            info.explanation = tr("the MQTT broker refused CONNECT: %1").arg(mqtt::connackMeaning(m_connackRefused));
            return;
        }
        // A broker drops a client it has not heard from for 1.5 x its
        // keep-alive; a close that long after its last answer is that rule.
        const Nanos since = now() - m_lastAnswerAt.value_or(m_heartbeatWatchFrom);
        if (m_mqttKeepAlive > Nanos::zero() && since >= m_mqttKeepAlive * 135 / 100) {
            info.cause = QStringLiteral("mqtt_keepalive_timeout");
            info.explanation = tr("the MQTT broker dropped us %1 s after its last answer (it allows 1.5 x the "
                                  "keep-alive of %2 s without a packet from us): ours did not reach it")
                                   .arg(seconds(since), seconds(m_mqttKeepAlive));
        }
        return;
    }
    // Engine.IO's own close comes with a close frame; a bare TCP end (1006:
    // the process exited, a proxy cut) is not its heartbeat rule.
    if (m_active != AppProfile::EngineIo || !m_lastServerPingAt || info.by == ClosedBy::Local
        || info.code == int(QWebSocketProtocol::CloseCodeAbnormalDisconnection))
        return;
    // Engine.IO closes pingTimeout after a ping whose "3" did not reach it;
    // a close that long after the server's last ping (and before its next)
    // is that rule at work. Our answer left; it did not arrive in time.
    // Only about pingTimeout after the ping (its timer, plus the way back),
    // and never a "going away" (a restart says 1001).
    const Nanos since = now() - *m_lastServerPingAt;
    if (info.code != int(QWebSocketProtocol::CloseCodeGoingAway) && since >= m_pongTimeout * 8 / 10
        && since < m_pongTimeout * 5 / 4 + std::chrono::milliseconds(500)) {
        info.cause = QStringLiteral("engineio_ping_timeout");
        info.explanation = tr("the Engine.IO server closed %1 s after its last ping: our answer did not reach it "
                              "within its pingTimeout (%2 s)")
                               .arg(seconds(since), seconds(m_pongTimeout));
    }
}

} // namespace wspulse
