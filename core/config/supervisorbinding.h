#pragma once

#include "appkeepalive.h"
#include "supervisorconfig.h"

namespace wspulse {

class ChatClient;
class ReplyTimer;
class ConnectionSupervisor;
class Settings;

// The one adapter between Settings (values by parameter name, with their
// sources) and the typed configuration the parts below it take. Nothing
// below it reads Settings by name.
SupervisorConfig supervisorConfig(const Settings &settings);

// Configures `supervisor` from `settings` now and after every change, for as
// long as both live.
void bindSupervisor(Settings *settings, ConnectionSupervisor *supervisor);
AppKeepaliveConfig appKeepaliveConfig(const Settings &settings);
// WS_APP_PROFILE and the application ping timers, now and after every change.
void bindAppKeepalive(Settings *settings, AppKeepalive *keepalive);
// The reply timer's latency alert (WS_LATENCY_ALERT).
void bindReplyTimer(Settings *settings, ReplyTimer *replies);
// The chat client's latency alert (a message's send-to-acknowledgement time).
void bindChatClient(Settings *settings, ChatClient *chat);

} // namespace wspulse
