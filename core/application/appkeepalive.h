#pragma once

#include "appprofile.h"
#include "clock.h"
#include "deadlinescheduler.h"
#include "metrics.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace wspulse {

class ConnectionSupervisor;
class EventLog;

struct AppKeepaliveConfig
{
    // nullopt (WS_APP_PROFILE auto): chosen where the URL, the negotiated
    // subprotocol or the server's first frame make it certain.
    std::optional<AppProfile> profile;
    Nanos pingInterval{0}; // zero: off
    Nanos pongTimeout{0};  // zero: off
    // Set by the person (not the parameter's default): wins over what the
    // server announces (Engine.IO's pingInterval / pingTimeout).
    bool pingIntervalSet = false;
    bool pongTimeoutSet = false;

    bool operator==(const AppKeepaliveConfig &o) const
    {
        return profile == o.profile && pingInterval == o.pingInterval && pongTimeout == o.pongTimeout
            && pingIntervalSet == o.pingIntervalSet && pongTimeoutSet == o.pongTimeoutSet;
    }
};

// The application-level keepalive above one client connection, by profile:
//  - engineio (Engine.IO v4, Socket.IO 4): reads the open packet for the
//    server's pingInterval/pingTimeout, joins the default namespace ("40"),
//    answers each server ping "2" with "3", and names it when the server's
//    pings stop (timeout app_heartbeat) or when the server closes because our
//    answer did not reach it in time (cause engineio_ping_timeout).
//  - graphql-ws (graphql-transport-ws): connection_init and its ack (timed),
//    our pings timed by their pongs (timeout app_pong), the server's pings
//    answered, the protocol's close codes named.
//  - mqtt (MQTT 3.1.1, subprotocol mqtt): CONNECT with a keep-alive, CONNACK
//    timed and its refusals named, PINGREQ timed by PINGRESP (app_pong), the
//    broker dropping a client it stopped hearing named (mqtt_keepalive_timeout).
// Its timers run on the supervisor's scheduler; a timeout ends the
// connection through the supervisor (counted, reported, reconnected).
class AppKeepalive : public QObject
{
    Q_OBJECT
public:
    AppKeepalive(ConnectionSupervisor *supervisor, EventLog *log, QObject *parent = nullptr);
    ~AppKeepalive() override;

    // Applies at once, also to an open connection.
    void setConfig(const AppKeepaliveConfig &config);
    const AppKeepaliveConfig &config() const { return m_config; }

    // The profile in force on this connection (chosen, or recognised); None if none.
    AppProfile activeProfile() const { return m_active; }
    // The subprotocols to offer for the chosen profile (empty: no preference).
    QStringList subprotocols() const;
    // The custom profile's heartbeat (from the command line).
    void setCustomHeartbeat(const CustomHeartbeat &custom) { m_custom = custom; }
    // A frame of the profile's own (heartbeat, handshake) that the chat or
    // raw view need not show.
    bool ownsFrame(const QString &frame) const;
    bool ownsFrame(const QByteArray &frame) const;
    // The intervals in force on this connection (the person's, or the server's).
    Nanos effectivePingInterval() const { return m_pingInterval; }
    Nanos effectivePongTimeout() const { return m_pongTimeout; }
    // Application-level round trips (answers to our pings and requests),
    // kept apart from the protocol's.
    RttSummary appRtt() const { return m_rtt.summary(); }

Q_SIGNALS:
    void profileChanged(wspulse::AppProfile profile);
    // An application ping left (ours) or arrived (the server's, `fromServer`).
    void appPing(quint64 seq, bool fromServer);
    // Our ping's answer (or graphql-ws's connection_ack), timed from when it was written.
    void appPong(quint64 seq, qint64 rttUs);

private:
    Nanos now() const;
    void onOpened();
    void onText(const QString &frame);
    void onWritten(quint64 id);
    void onClosed();
    void activate(AppProfile profile, const QString &why);
    void onOpenedAs(AppProfile profile);
    void startEngineIo(const engineio::OpenPacket &open);
    void onEngineIoFrame(const QString &frame);
    void onGraphqlFrame(const QString &frame);
    void onBinary(const QByteArray &frame);
    // Our outstanding request was answered (a pong, an ack): timed, and the next ping planned.
    void answered(const QString &kind);
    void onCustomFrame(const QString &frame);
    void forgetIfNotSent();
    bool pingsItself() const
    {
        return m_active == AppProfile::GraphqlWs || m_active == AppProfile::Mqtt
            || (m_active == AppProfile::Custom && !m_custom.pingTemplate.isEmpty());
    }
    void sendAppPing();
    void armWatch(Nanos at);
    void onWatchDue();
    void explainClose(CloseInfo &info) const;

    QPointer<ConnectionSupervisor> m_sup;
    EventLog *m_log;
    AppKeepaliveConfig m_config;
    AppProfile m_active = AppProfile::None;
    AppProfile m_announced = AppProfile::None;
    bool m_open = false;
    bool m_firstFrameSeen = false;
    Nanos m_pingInterval{0};
    Nanos m_pongTimeout{0};
    // Our pings: the one outstanding, its local id, when it left.
    quint64 m_seq = 0;
    std::optional<quint64> m_outstandingId;
    std::optional<Nanos> m_outstandingLeftAt;
    bool m_outstandingIsInit = false; // graphql-ws: connection_init, answered by connection_ack
    // The server's pings (engineio; graphql-ws when it pings).
    std::optional<Nanos> m_lastServerPingAt;
    Nanos m_heartbeatWatchFrom{0};
    quint64 m_serverPings = 0;
    // MQTT: the keep-alive announced in CONNECT, the broker's last answer, a refused CONNECT.
    Nanos m_mqttKeepAlive{0};
    std::optional<Nanos> m_lastAnswerAt;
    int m_connackRefused = 0;
    RttWindow m_rtt;
    CustomHeartbeat m_custom;
    DeadlineScheduler::Slot m_pingSlot;
    DeadlineScheduler::Slot m_watchSlot;
};

} // namespace wspulse
