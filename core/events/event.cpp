#include "event.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <array>
#include <cmath>
#include <limits>

namespace wspulse {

namespace {
constexpr std::array<const char *, EventTypeCount> kNames = {
    "config",    "state",   "ping",    "pong",  "heartbeat", "timeout",  "message",  "delivered", "closed",
    "reconnect", "setting", "warning", "error", "summary",   "app_ping", "app_pong", "reply",     "restored",
};
// A name missing at the end would be a null pointer, not a compile error.
static_assert(kNames.back() != nullptr, "every EventType needs its name");
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

std::optional<EventTypeSet> parseEventTypeList(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<EventTypeSet> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return fail(QCoreApplication::translate("Events", "no event names given"));
    const bool excluding = items.constFirst().trimmed().startsWith(QLatin1Char('-'));
    EventTypeSet set;
    if (excluding)
        set.set();
    for (const QString &item : items) {
        QString name = item.trimmed();
        if (name.startsWith(QLatin1Char('-')) != excluding)
            return fail(QCoreApplication::translate("Events",
                                                    "either name the events to keep or, each with '-', "
                                                    "the ones to leave out; not both"));
        if (excluding)
            name.remove(0, 1);
        const std::optional<EventType> type = eventTypeFromName(name);
        if (!type) {
            QStringList known;
            for (const char *k : kNames)
                known << QLatin1String(k);
            return fail(QCoreApplication::translate("Events", "unknown event \"%1\" (known: %2)")
                            .arg(name, known.join(QLatin1String(", "))));
        }
        set.set(size_t(*type), !excluding);
    }
    return set;
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
        return fields.value(QLatin1String("by")).toString() == QLatin1String("network") ? Severity::Warning
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

namespace {

void appendEscapedByte(QByteArray &out, char c)
{
    static const char hex[] = "0123456789abcdef";
    const auto u = uchar(c);
    if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
    } else if (u >= 0x20) {
        out += c; // UTF-8 passes through, as QJsonDocument writes it
    } else if (c == '\n') {
        out += "\\n";
    } else if (c == '\r') {
        out += "\\r";
    } else if (c == '\t') {
        out += "\\t";
    } else if (c == '\b') {
        out += "\\b";
    } else if (c == '\f') {
        out += "\\f";
    } else {
        out += "\\u00";
        out += hex[u >> 4];
        out += hex[u & 0xf];
    }
}

void appendJsonString(QByteArray &out, QStringView text)
{
    // Encoded here, as QJsonDocument does, without a UTF-8 copy of each key
    // and value: ASCII (most of it) byte by byte, other characters as UTF-8,
    // and a lone surrogate, which has no UTF-8 form, as a \\u escape.
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t u = text[i].unicode();
        if (u < 0x80) {
            appendEscapedByte(out, char(u));
        } else if (u < 0x800) {
            out += char(0xC0 | (u >> 6));
            out += char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(char16_t(u), text[++i].unicode());
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hex[(u >> shift) & 0xF];
        } else {
            out += char(0xE0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        }
    }
    out += '"';
}

void appendJsonValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // As QJsonDocument writes numbers: integers exactly, others shortest.
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (double(i) == d)
            out += QByteArray::number(i);
        else if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        break;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        break;
    case QJsonValue::Array:
        out += QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        break;
    case QJsonValue::Object:
        out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        break;
    default:
        out += "null";
        break;
    }
}

// ts formatting is the costliest part of a line: the date and time up to the
// second are formatted once per second per thread and reused.
void appendTimestamp(QByteArray &out, const QDateTime &ts)
{
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QByteArray cachedPrefix;
    const qint64 ms = ts.toMSecsSinceEpoch();
    const qint64 second = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedPrefix = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate).toLatin1();
        cachedPrefix.chop(1); // the 'Z'
    }
    const int milli = int(ms - second * 1000);
    out += cachedPrefix;
    out += '.';
    out += char('0' + milli / 100);
    out += char('0' + milli / 10 % 10);
    out += char('0' + milli % 10);
    out += 'Z';
}

} // namespace

QByteArray Event::toJsonLine() const
{
    // t_ms, ts and event lead every line so that a person scanning the output
    // (or `cut`) finds them in the same place; QJsonObject would sort them in.
    // Written directly rather than through QJsonDocument: with thousands of
    // connections (--serve) a line per ping and per pong is the hot path.
    QByteArray line;
    line.reserve(96 + 24 * fields.size());
    line += "{\"t_ms\":";
    line += QByteArray::number(tMs);
    line += ",\"ts\":\"";
    appendTimestamp(line, ts);
    line += "\",\"event\":\"";
    line += kNames[size_t(type)];
    line += '"';
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("t_ms") || key == QLatin1String("ts") || key == QLatin1String("event"))
            continue;
        line += ',';
        appendJsonString(line, key);
        line += ':';
        appendJsonValue(line, it.value());
    }
    line += "}\n";
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
