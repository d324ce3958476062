#include "parameters.h"

#include <QCoreApplication>

#include <cmath>

namespace wspulse {

namespace {
// Seven days: longer than any sane timeout, well inside QTimer's int milliseconds.
constexpr double kMaxSeconds = 7 * 24 * 3600;
// Below a millisecond a timer cannot be honoured; use 0 to switch a mechanism off.
constexpr double kMinSeconds = 0.001;

constexpr std::array<ParamDef, ParamCount> kDefs = {{
    {Param::PingInterval, "WS_PING_INTERVAL", "ping-interval", "ping_interval", 25, Unit::Seconds, kMinSeconds,
     kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "Ping interval"),
     QT_TRANSLATE_NOOP("Parameters",
                       "A ping is sent as the connection opens and then every interval; each pong is one round-trip "
                       "sample timed by wspulse with microsecond resolution.")},
    {Param::PongTimeout, "WS_PONG_TIMEOUT", "pong-timeout", "pong_timeout", 60, Unit::Seconds, kMinSeconds, kMaxSeconds,
     true, false, QT_TRANSLATE_NOOP("Parameters", "Pong timeout"),
     QT_TRANSLATE_NOOP("Parameters",
                       "A ping unanswered this long after it actually left, with no inbound byte "
                       "meanwhile, means the peer or path is dead: the socket is aborted and "
                       "wspulse reconnects.")},
    {Param::IdleTimeout, "WS_IDLE_TIMEOUT", "idle-timeout", "idle_timeout", 60, Unit::Seconds, kMinSeconds, kMaxSeconds,
     true, false, QT_TRANSLATE_NOOP("Parameters", "Idle timeout"),
     QT_TRANSLATE_NOOP("Parameters",
                       "Closes (1000 \"idle timeout\") when no byte moved in either direction "
                       "for this long; pings and pongs count. No automatic reconnect: the next "
                       "message sent reopens.")},
    {Param::ConnectionTimeout, "WS_CONNECTION_TIMEOUT", "connection-timeout", "connection_timeout", 300, Unit::Seconds,
     kMinSeconds, kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "Connection lifetime"),
     QT_TRANSLATE_NOOP("Parameters",
                       "Maximum lifetime of one connection, counted from open; then a graceful "
                       "close (1001 \"max lifetime\") and an immediate reconnect.")},
    {Param::MessageTimeout, "WS_MESSAGE_TIMEOUT", "message-timeout", "message_timeout", 1, Unit::Seconds, kMinSeconds,
     kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "Send stall timeout"),
     QT_TRANSLATE_NOOP("Parameters",
                       "A send is stalled when its bytes wait to be written and no byte drains "
                       "for this long; the socket is aborted, unsent messages are requeued.")},
    {Param::HeartbeatInterval, "WS_HEARTBEAT_INTERVAL", "heartbeat-interval", "heartbeat_interval", 30, Unit::Seconds,
     kMinSeconds, kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "Heartbeat interval"),
     QT_TRANSLATE_NOOP("Parameters",
                       "Period of the health check: says whether anything arrived since the "
                       "previous check; a miss is a warning, never a close.")},
    {Param::ConnectTimeout, "WS_CONNECT_TIMEOUT", "connect-timeout", "connect_timeout", 10, Unit::Seconds, kMinSeconds,
     kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "Connect timeout"),
     QT_TRANSLATE_NOOP("Parameters",
                       "TCP, TLS and the upgrade handshake must finish within this, else a "
                       "reconnect attempt.")},
    {Param::ReconnectDelay, "WS_RECONNECT_DELAY", "reconnect-delay", "reconnect_delay", 0.5, Unit::Seconds, kMinSeconds,
     kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "Reconnect delay"),
     QT_TRANSLATE_NOOP("Parameters",
                       "First reconnect delay; doubles per failed attempt with +/-20 % jitter. "
                       "0 switches automatic reconnect off.")},
    {Param::ReconnectMaxDelay, "WS_RECONNECT_MAX_DELAY", "reconnect-max-delay", "reconnect_max_delay", 30,
     Unit::Seconds, kMinSeconds, kMaxSeconds, false, false, QT_TRANSLATE_NOOP("Parameters", "Reconnect delay cap"),
     QT_TRANSLATE_NOOP("Parameters", "Upper bound of the reconnect delay.")},
    {Param::MaxMessageSize, "WS_MAX_MESSAGE_SIZE", "max-message-size", "max_message_size", 16777216, Unit::Bytes, 1,
     1073741824, true, true, QT_TRANSLATE_NOOP("Parameters", "Maximum message size"),
     QT_TRANSLATE_NOOP("Parameters",
                       "A larger inbound message closes the connection with 1009. 0 removes "
                       "the limit.")},
    {Param::LatencyAlert, "WS_LATENCY_ALERT", "latency-alert", "latency_alert", 5, Unit::Seconds, kMinSeconds,
     kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "Latency alert"),
     QT_TRANSLATE_NOOP("Parameters",
                       "A ping round trip or a message's send-to-acknowledgement time above this "
                       "is flagged with a warning.")},
    {Param::AppProfile, "WS_APP_PROFILE", "app-profile", "app_profile", 0, Unit::Choice, 0, 5, false, true,
     QT_TRANSLATE_NOOP("Parameters", "Application profile"),
     QT_TRANSLATE_NOOP("Parameters",
                       "The keepalive the server runs above WebSocket: engineio (Socket.IO 4 / "
                       "Engine.IO v4: answers the server's pings, watches that they keep coming), "
                       "graphql-ws (graphql-transport-ws: connection_init, pings both ways), mqtt (MQTT "
                       "3.1.1: CONNECT with a keep-alive, PINGREQ/PINGRESP), custom (--app-ping-text, "
                       "--app-pong-match, --app-answer), or none. auto chooses one where the URL "
                       "(/socket.io/?EIO=4), the negotiated subprotocol or the server's first frame "
                       "makes it certain."),
     "auto,none,engineio,graphql-ws,mqtt,custom"},
    {Param::AppPingInterval, "WS_APP_PING_INTERVAL", "app-ping-interval", "app_ping_interval", 25, Unit::Seconds,
     kMinSeconds, kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "App ping interval"),
     QT_TRANSLATE_NOOP("Parameters",
                       "Application-level ping period (graphql-ws: our ping; mqtt: our PINGREQ, and "
                       "the keep-alive announced in CONNECT, rounded up to whole seconds; engineio: the "
                       "server's ping period, taken from its open packet unless set). Timed apart from "
                       "protocol pings.")},
    {Param::AppPongTimeout, "WS_APP_PONG_TIMEOUT", "app-pong-timeout", "app_pong_timeout", 20, Unit::Seconds,
     kMinSeconds, kMaxSeconds, true, false, QT_TRANSLATE_NOOP("Parameters", "App pong timeout"),
     QT_TRANSLATE_NOOP("Parameters",
                       "An application ping unanswered this long closes and reconnects (timeout "
                       "app_pong); engineio: the server's ping overdue by this long (its own "
                       "pingTimeout unless set) is timeout app_heartbeat.")},
}};

// The table is indexed by Param: each row in its enumerator's place, none missing.
constexpr bool rowsInParamOrder()
{
    for (size_t i = 0; i < kDefs.size(); ++i) {
        if (kDefs[i].id != Param(i) || kDefs[i].env == nullptr)
            return false;
    }
    return true;
}
static_assert(rowsInParamOrder(), "parameterDefs() rows must follow enum Param, one each");

// In the order HEARTBEAT, CONNECTION, MESSAGE, IDLE, PING, PONG (DESIGN.md); the
// remaining parameters keep their defaults.
Preset makePreset(const char *name, const char *label, double heartbeat, double connection, double message, double idle,
                  double ping, double pong)
{
    Preset p{name, label, {}};
    for (const ParamDef &def : kDefs)
        p.values[int(def.id)] = def.defaultValue;
    p.values[int(Param::HeartbeatInterval)] = heartbeat;
    p.values[int(Param::ConnectionTimeout)] = connection;
    p.values[int(Param::MessageTimeout)] = message;
    p.values[int(Param::IdleTimeout)] = idle;
    p.values[int(Param::PingInterval)] = ping;
    p.values[int(Param::PongTimeout)] = pong;
    return p;
}
} // namespace

QString ParamDef::translatedLabel() const
{
    return QCoreApplication::translate("Parameters", label);
}

QString ParamDef::translatedHelp() const
{
    return QCoreApplication::translate("Parameters", help);
}

QString ParamDef::unitSymbol() const
{
    switch (unit) {
    case Unit::Seconds:
        return QCoreApplication::translate("Parameters", "s");
    case Unit::Bytes:
        return QCoreApplication::translate("Parameters", "bytes");
    case Unit::Choice:
        break;
    }
    return QString();
}

QStringList ParamDef::choiceNames() const
{
    return choices ? QString::fromLatin1(choices).split(QLatin1Char(',')) : QStringList();
}

std::optional<int> ParamDef::choiceIndex(const QString &name) const
{
    const QStringList names = choiceNames();
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

QString ParamDef::valueText(double value) const
{
    if (unit == Unit::Choice)
        return choiceNames().value(int(value));
    return QString::number(value, 'g', 12);
}

QJsonValue ParamDef::jsonValue(double value) const
{
    if (unit == Unit::Choice)
        return valueText(value);
    return value;
}

QString ParamDef::formatValue(double value) const
{
    if (unit == Unit::Choice)
        return valueText(value);
    if (value == 0 && zeroSwitchesOff)
        return unit == Unit::Bytes ? QCoreApplication::translate("Parameters", "no limit")
                                   : QCoreApplication::translate("Parameters", "off");
    return QStringLiteral("%1 %2").arg(QString::number(value, 'g', 12), unitSymbol());
}

const std::array<ParamDef, ParamCount> &parameterDefs()
{
    return kDefs;
}

const ParamDef &paramDef(Param p)
{
    return kDefs[size_t(p)];
}

std::optional<Param> paramByName(const QString &name)
{
    QString n = name;
    if (n.startsWith(QLatin1String("--")))
        n = n.mid(2);
    for (const ParamDef &def : kDefs) {
        if (n.compare(QLatin1String(def.env), Qt::CaseInsensitive) == 0 || n == QLatin1String(def.flag)
            || n == QLatin1String(def.key))
            return def.id;
    }
    return std::nullopt;
}

const std::array<Param, 6> &presetParams()
{
    static const std::array<Param, 6> params = {Param::HeartbeatInterval, Param::ConnectionTimeout,
                                                Param::MessageTimeout,    Param::IdleTimeout,
                                                Param::PingInterval,      Param::PongTimeout};
    return params;
}

const QList<Preset> &presets()
{
    static const QList<Preset> list = {
        makePreset("defaults", QT_TRANSLATE_NOOP("Parameters", "Defaults"), 30, 300, 1, 60, 25, 60),
        makePreset("development", QT_TRANSLATE_NOOP("Parameters", "Development"), 15, 120, 0.5, 30, 10, 30),
        makePreset("production", QT_TRANSLATE_NOOP("Parameters", "Production"), 60, 600, 2, 120, 30, 90),
        makePreset("high-latency", QT_TRANSLATE_NOOP("Parameters", "High latency"), 120, 1200, 5, 300, 60, 180),
    };
    return list;
}

std::optional<Preset> presetByName(const QString &name)
{
    for (const Preset &p : presets()) {
        if (name.compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString parameterTableMarkdown()
{
    QString out = QStringLiteral("| variable | flag | default | range | meaning |\n"
                                 "|---|---|---|---|---|\n");
    for (const ParamDef &def : kDefs) {
        const QString range = def.unit == Unit::Choice
            ? def.choiceNames().join(QStringLiteral(", "))
            : QStringLiteral("%1%2 \u2013 %3 %4")
                  .arg(def.zeroSwitchesOff ? QStringLiteral("0 or ") : QString(), QString::number(def.minimum, 'g', 12),
                       QString::number(def.maximum, 'g', 12),
                       def.unit == Unit::Seconds ? QStringLiteral("s") : QStringLiteral("bytes"));
        out += QStringLiteral("| `%1` | `--%2` | %3 | %4 | %5 |\n")
                   .arg(QLatin1String(def.env), QLatin1String(def.flag), def.valueText(def.defaultValue), range,
                        QLatin1String(def.help));
    }
    return out;
}

} // namespace wspulse
