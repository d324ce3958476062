#pragma once

#include "handshake.h"
#include "appprofile.h"
#include "parameters.h"

#include "chatserver.h"
#include "event.h"
#include "linksimulator.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace wspulse {
class Settings;
}

// What the command line asked for, after every parameter source (preset,
// profile, environment, flags) has been applied to `settings`.
struct CommandLine
{
    enum class Mode { Gui, Headless, Serve, ListParameters, Connections };
    Mode mode = Mode::Gui;
    QUrl url; // empty: the embedded server
    std::optional<double> durationSeconds;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8765;
    QString displayName;                      // --name
    QStringList subprotocols;                 // --subprotocol, in order
    wspulse::HandshakeOptions handshake;      // --header, --origin, --bearer, --basic, --cookie, TLS files, --proxy
    QString replyIdField;                     // --reply-id-field
    wspulse::CustomHeartbeat customHeartbeat; // --app-ping-text, --app-pong-match, --app-answer
    QString language;                         // --lang: overrides the system locale
    int connections = 1;                      // --connections: soak mode when > 1
    double ramp = 200;                        // --ramp: connections opened per second
    struct Repeat
    {
        double seconds = 0;
        QString text;
    };
    std::optional<Repeat> sendEvery; // --send-every "SECONDS TEXT"
    struct Listen
    {
        QHostAddress address;
        quint16 port = 0;
    };
    std::optional<Listen> metrics; // --metrics [ADDR:]PORT
    QString metricsAddress;        // --metrics as given (for the window)
    // --target NAME=URL (and the profile's [targets]): several endpoints in one probe.
    struct Target
    {
        QString name;
        QUrl url;
        // The profile's [target.NAME] section: parameters for this one only.
        QList<std::pair<wspulse::Param, QString>> overrides;
        QString overridesOrigin; // the profile file
    };
    QList<Target> targets;
    wspulse::EventTypeSet events = wspulse::EventTypeSet().set(); // --events: what the JSON lines show
    wspulse::ChatServerOptions server;
    // The link simulator: on when any --link-* option is given.
    bool link = false;
    bool outbox = true; // --no-outbox: unsent chat messages in memory only
    wspulse::LinkConditions linkUp;
    wspulse::LinkConditions linkDown;
    std::optional<quint32> linkSeed;
    // Saved connections: --connection NAME loads one; the others manage the
    // store and exit (Mode::Connections).
    QString connectionName;
    QString saveConnection;       // --save-connection NAME: what this command line describes
    bool listConnections = false; // --list-connections
    QString exportConnections;    // --export-connections FILE (all, or --connection NAME)
    QString importConnections;    // --import-connections FILE
    bool withSecrets = false;     // --with-secrets: exports include them
    QList<std::pair<wspulse::Param, QString>> connectionParameters; // --save-connection: the parameters given
    QStringList errors;                                             // non-empty: exit code 2
    bool helpShown = false;
};

// Parses `arguments` (argv, program name first) and fills `settings` with
// default < preset < profile < environment < flag precedence.
CommandLine parseCommandLine(const QStringList &arguments, wspulse::Settings *settings);

// Validates a ws:// or wss:// URL; returns an error message or an empty string.
QString validateWebSocketUrl(const QString &text, QUrl *out);
