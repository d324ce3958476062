#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace wspulse {

// Every tunable parameter, defined once. The command line, validation, the
// settings panel, the README table and the tests all read from parameterDefs().
enum class Param {
    PingInterval,
    PongTimeout,
    IdleTimeout,
    ConnectionTimeout,
    MessageTimeout,
    HeartbeatInterval,
    ConnectTimeout,
    ReconnectDelay,
    ReconnectMaxDelay,
    MaxMessageSize,
    LatencyAlert,
    AppProfile,
    AppPingInterval,
    AppPongTimeout,
};
constexpr int ParamCount = int(Param::AppPongTimeout) + 1;

// Choice: the value is the index of one of ParamDef::choices (0: the first).
enum class Unit { Seconds, Bytes, Choice };

struct ParamDef
{
    Param id;
    const char *env;  // WS_PING_INTERVAL: also the canonical name in events
    const char *flag; // ping-interval (without the dashes)
    const char *key;  // ping_interval: key in profile files
    double defaultValue;
    Unit unit;
    double minimum; // smallest value allowed besides 0 (when zeroSwitchesOff)
    double maximum;
    bool zeroSwitchesOff;
    bool integral;
    const char *label; // untranslated; use ParamDef::translatedLabel()
    const char *help;  // untranslated; use ParamDef::translatedHelp()
    // Unit::Choice: the names, comma-separated, in value order ("none,engineio").
    const char *choices = nullptr;

    QString name() const { return QString::fromLatin1(env); }
    QString flagName() const { return QString::fromLatin1(flag); }
    QString translatedLabel() const;
    QString translatedHelp() const;
    QString unitSymbol() const;
    // Human-readable value with its unit ("25 s", "off", "16777216 bytes", "engineio").
    QString formatValue(double value) const;
    // The value as typed on the command line and in profile files ("25", "engineio").
    QString valueText(double value) const;
    // The value in events: a number, or a choice's name.
    QJsonValue jsonValue(double value) const;
    QStringList choiceNames() const;
    // The index of a choice by name (case-insensitive); nullopt if none.
    std::optional<int> choiceIndex(const QString &name) const;
};

const std::array<ParamDef, ParamCount> &parameterDefs();
const ParamDef &paramDef(Param p);
std::optional<Param> paramByName(const QString &envOrFlagOrKey);

// Values in Param order; used by presets and Settings.
using ParamValues = std::array<double, ParamCount>;

struct Preset
{
    const char *name;  // "defaults", "development", ...
    const char *label; // untranslated display name
    ParamValues values;
};
const QList<Preset> &presets();
// The parameters a preset sets, in DESIGN.md's order: HEARTBEAT, CONNECTION,
// MESSAGE, IDLE, PING, PONG. The others keep whatever value they have.
const std::array<Param, 6> &presetParams();
std::optional<Preset> presetByName(const QString &name);

// Markdown table of all parameters, for the README and `--list-parameters`.
QString parameterTableMarkdown();

} // namespace wspulse
