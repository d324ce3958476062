#include "event.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cmath>

namespace wspulse {

namespace {
const std::array<const char *, EventTypeCount> kNames = {
    "config", "state", "ping", "pong", "heartbeat", "timeout", "message",
    "delivered", "closed", "reconnect", "setting", "warning", "error", "summary",
};
} // namespace

QString eventTypeName(EventType t)
{
    return QLatin1String(kNames[size_t(t)]);
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return EventType(i);
    }
    return std::nullopt;
}

Severity Event::severity() const
{
    switch (type) {
    case EventType::Error:
        return Severity::Error;
    case EventType::Warning:
    case EventType::Timeout:
        return Severity::Warning;
    case EventType::Heartbeat:
        return fields.value(QLatin1String("ok")).toBool(true) ? Severity::Info : Severity::Warning;
    case EventType::Closed:
        return fields.value(QLatin1String("by")).toString() == QLatin1String("network")
            ? Severity::Warning
            : Severity::Info;
    default:
        return Severity::Info;
    }
}

QJsonObject Event::toJson() const
{
    QJsonObject o = fields;
    o.insert(QLatin1String("t_ms"), tMs);
    o.insert(QLatin1String("ts"), ts.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("event"), eventTypeName(type));
    return o;
}

QByteArray Event::toJsonLine() const
{
    // t_ms, ts and event lead every line so that a person scanning the output
    // (or `cut`) finds them in the same place; QJsonObject would sort them in.
    QJsonObject rest = fields;
    rest.remove(QLatin1String("t_ms"));
    rest.remove(QLatin1String("ts"));
    rest.remove(QLatin1String("event"));
    QByteArray line = "{\"t_ms\":" + QByteArray::number(tMs) + ",\"ts\":\""
        + ts.toUTC().toString(Qt::ISODateWithMs).toLatin1() + "\",\"event\":\""
        + eventTypeName(type).toLatin1() + '"';
    if (!rest.isEmpty()) {
        const QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        line += ',';
        line += body.mid(1); // drop the opening brace, keep the closing one
    } else {
        line += '}';
    }
    line += '\n';
    return line;
}

std::optional<Event> Event::fromJson(const QByteArray &line, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Event> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("Event", "not JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("Event", "not a JSON object"));
    QJsonObject o = doc.object();
    const std::optional<EventType> type = eventTypeFromName(o.value(QLatin1String("event")).toString());
    if (!type)
        return fail(QCoreApplication::translate("Event", "unknown or missing \"event\""));
    const QJsonValue t = o.value(QLatin1String("t_ms"));
    // Whole milliseconds that a qint64 (and a double, exactly) can hold.
    if (!t.isDouble() || !(t.toDouble() >= 0 && t.toDouble() <= 9.0e15) || t.toDouble() != std::floor(t.toDouble()))
        return fail(QCoreApplication::translate("Event", "missing numeric \"t_ms\""));
    const QDateTime ts = QDateTime::fromString(o.value(QLatin1String("ts")).toString(), Qt::ISODateWithMs);
    if (!ts.isValid())
        return fail(QCoreApplication::translate("Event", "missing or invalid \"ts\""));
    Event e;
    e.type = *type;
    e.tMs = qint64(t.toDouble());
    e.ts = ts.toUTC();
    o.remove(QLatin1String("event"));
    o.remove(QLatin1String("t_ms"));
    o.remove(QLatin1String("ts"));
    e.fields = o;
    return e;
}

} // namespace wspulse
