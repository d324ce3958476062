#include "supervisorbinding.h"

#include "chatclient.h"
#include "connectionsupervisor.h"
#include "replytimer.h"
#include "settings.h"

namespace wspulse {

SupervisorConfig supervisorConfig(const Settings &s)
{
    SupervisorConfig c;
    c.timeouts.pingInterval = s.duration(Param::PingInterval);
    c.timeouts.pongTimeout = s.duration(Param::PongTimeout);
    c.timeouts.idleTimeout = s.duration(Param::IdleTimeout);
    c.timeouts.lifetime = s.duration(Param::ConnectionTimeout);
    c.timeouts.messageTimeout = s.duration(Param::MessageTimeout);
    c.timeouts.heartbeatInterval = s.duration(Param::HeartbeatInterval);
    c.timeouts.connectTimeout = s.duration(Param::ConnectTimeout);
    c.reconnectDelay = s.duration(Param::ReconnectDelay);
    c.reconnectMaxDelay = s.duration(Param::ReconnectMaxDelay);
    c.maxMessageSize = quint64(s.value(Param::MaxMessageSize));
    c.latencyAlert = s.duration(Param::LatencyAlert);
    return c;
}

void bindSupervisor(Settings *settings, ConnectionSupervisor *supervisor)
{
    supervisor->setConfig(supervisorConfig(*settings));
    QObject::connect(settings, &Settings::changed, supervisor,
                     [settings, supervisor] { supervisor->setConfig(supervisorConfig(*settings)); });
}

AppKeepaliveConfig appKeepaliveConfig(const Settings &s)
{
    AppKeepaliveConfig c;
    // WS_APP_PROFILE: auto, then the profiles in AppProfile's order.
    const int chosen = int(s.value(Param::AppProfile));
    if (chosen > 0)
        c.profile = AppProfile(chosen - 1);
    c.pingInterval = s.duration(Param::AppPingInterval);
    c.pongTimeout = s.duration(Param::AppPongTimeout);
    c.pingIntervalSet = s.source(Param::AppPingInterval) != Source::Default;
    c.pongTimeoutSet = s.source(Param::AppPongTimeout) != Source::Default;
    return c;
}

void bindAppKeepalive(Settings *settings, AppKeepalive *keepalive)
{
    keepalive->setConfig(appKeepaliveConfig(*settings));
    QObject::connect(settings, &Settings::changed, keepalive,
                     [settings, keepalive] { keepalive->setConfig(appKeepaliveConfig(*settings)); });
}

void bindReplyTimer(Settings *settings, ReplyTimer *replies)
{
    replies->setLatencyAlert(settings->duration(Param::LatencyAlert));
    QObject::connect(settings, &Settings::changed, replies, [settings, replies](Param p) {
        if (p == Param::LatencyAlert)
            replies->setLatencyAlert(settings->duration(Param::LatencyAlert));
    });
}

void bindChatClient(Settings *settings, ChatClient *chat)
{
    chat->setLatencyAlert(settings->duration(Param::LatencyAlert));
    QObject::connect(settings, &Settings::changed, chat, [settings, chat](Param p) {
        if (p == Param::LatencyAlert)
            chat->setLatencyAlert(settings->duration(Param::LatencyAlert));
    });
}

} // namespace wspulse
