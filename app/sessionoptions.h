#pragma once

#include "commandline.h"

namespace wspulse {
class Session;
}

// What the command line asks of a session, shared by the single headless
// session and each `--target`: applied in two steps around Session::start().
// Before: subprotocols, name, reply id field, custom heartbeat, the link
// simulator switched on (it applies from the handshake).
void configureSession(wspulse::Session *session, const CommandLine &options);
// After (their `setting` events follow `config`): the link's conditions and --send-every.
void startSessionExtras(wspulse::Session *session, const CommandLine &options);
