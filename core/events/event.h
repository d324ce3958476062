#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <bitset>
#include <optional>

namespace wspulse {

// The one event vocabulary (DESIGN.md "Events") shared by the event log, the
// headless JSON lines and exports.
enum class EventType {
    Config,
    State,
    Ping,
    Pong,
    Heartbeat,
    Timeout,
    Message,
    Delivered,
    Closed,
    Reconnect,
    Setting,
    Warning,
    Error,
    Summary,  // soak mode: the state of many connections, once a second
    AppPing,  // an application profile's heartbeat: ours, or the server's
    AppPong,  // its answer, timed
    Reply,    // raw and profile modes: a message's reply time
    Restored, // unacknowledged messages of an earlier run, back in the outbox
};
constexpr int EventTypeCount = int(EventType::Restored) + 1;
using EventTypeSet = std::bitset<EventTypeCount>;

enum class Severity { Info, Warning, Error };

QString eventTypeName(EventType t);
std::optional<EventType> eventTypeFromName(const QString &name);
// "--events" syntax: names to keep ("timeout,closed") or, each with a leading
// '-', names to leave out of everything ("-ping,-pong"). Sets *error and
// returns nullopt on an unknown name or a mix of the two forms.
std::optional<EventTypeSet> parseEventTypeList(const QString &text, QString *error);

struct Event
{
    qint64 tMs = 0; // monotonic, since process start
    QDateTime ts;   // wall clock, UTC
    EventType type = EventType::Warning;
    QJsonObject fields; // per-type fields; may include "conn" naming a connection

    Severity severity() const;
    QJsonObject toJson() const;
    QByteArray toJsonLine() const; // compact JSON plus '\n'
    // Parses what toJson() wrote; returns nullopt and sets *error on bad input.
    static std::optional<Event> fromJson(const QByteArray &line, QString *error = nullptr);
};

} // namespace wspulse
