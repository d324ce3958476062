#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wspulse {

class Settings;

// Idle limits of intermediaries that commonly sit in front of WebSocket servers.
struct Intermediary
{
    const char *name;
    double idleSeconds;
};
const QList<Intermediary> &commonIntermediaries();

// What the current values mean for a connection, beyond each value alone:
// said above the settings in the window and as warnings by the JSON-line
// modes, from this one place.
struct SettingsImplications
{
    Q_DECLARE_TR_FUNCTIONS(wspulse::SettingsImplications)
public:
    enum class Quiet { NeverClosed, KeptOpenByPings, ClosesWhenIdle };

    // How long a dead peer can go unnoticed (ping interval + pong timeout);
    // nullopt: pings never detect it.
    std::optional<double> deadPeerSeconds;
    // What a quiet connection meets first.
    Quiet quiet = Quiet::NeverClosed;
    double idleSeconds = 0;
    double pingSeconds = 0;
    // Common intermediaries whose default idle limit is shorter than the ping
    // interval (or any, when pings are off): they cut a quiet connection first.
    QList<Intermediary> cutters;
    // A stalled partial frame meets Qt's fixed 5 s read timeout before a longer
    // idle or pong timeout can act.
    bool qtReadTimeoutFirst = false;

    struct Sentence
    {
        QString text;
        bool warning = false; // the person should act on it
    };
    // One sentence per implication. `emphasis` wraps the key figure
    // ("%1" plain, "<b>%1</b>" in the window).
    QList<Sentence> sentences(const QString &emphasis = QStringLiteral("%1")) const;
};

SettingsImplications implicationsOf(const Settings &settings);

} // namespace wspulse
