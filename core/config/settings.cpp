#include "settings.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <cmath>

namespace wspulse {

QString sourceName(Source s)
{
    switch (s) {
    case Source::Default:
        return QStringLiteral("default");
    case Source::Preset:
        return QStringLiteral("preset");
    case Source::Profile:
        return QStringLiteral("profile");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Flag:
        return QStringLiteral("flag");
    case Source::Runtime:
        return QStringLiteral("edited");
    }
    return QString();
}

Settings::Settings(QObject *parent)
    : QObject(parent)
{
    for (const ParamDef &def : parameterDefs()) {
        m_values[size_t(def.id)] = def.defaultValue;
        m_sources[size_t(def.id)] = Source::Default;
    }
}

Nanos Settings::duration(Param p) const
{
    return std::chrono::duration_cast<Nanos>(std::chrono::duration<double>(value(p)));
}

QString Settings::validate(Param p, const QString &text, const QString &origin, double *out)
{
    const ParamDef &def = paramDef(p);
    const QString who = origin.isEmpty() ? def.name() : origin;
    const QString trimmed = text.trimmed();
    if (def.unit == Unit::Choice) {
        // Names only: an index would mean nothing to the person typing it.
        const std::optional<int> chosen = trimmed.isEmpty() ? std::nullopt : def.choiceIndex(trimmed);
        if (!chosen)
            return tr("%1: \"%2\" is not one of %3").arg(who, text, def.choiceNames().join(QStringLiteral(", ")));
        if (out)
            *out = *chosen;
        return QString();
    }
    if (trimmed.isEmpty())
        return tr("%1: empty value; expected a number of %2").arg(who, def.unitSymbol());
    bool ok = false;
    // Always C locale: "0.25" must mean the same in a German desktop session.
    const double v = QLocale::c().toDouble(trimmed, &ok);
    if (!ok)
        return tr("%1: \"%2\" is not a number").arg(who, text);
    if (!std::isfinite(v))
        return tr("%1: \"%2\" is not a finite number").arg(who, text);
    if (v < 0)
        return tr("%1: %2 is negative").arg(who, text);
    if (def.integral && v != std::floor(v))
        return tr("%1: %2 is not a whole number of %3").arg(who, text, def.unitSymbol());
    if (v == 0) {
        if (!def.zeroSwitchesOff)
            return tr("%1: 0 is not allowed; the smallest value is %2 %3")
                .arg(who, QString::number(def.minimum, 'g', 12), def.unitSymbol());
    } else if (v < def.minimum) {
        // Offer 0 only where 0 means "off" (WS_RECONNECT_MAX_DELAY has no off).
        if (!def.zeroSwitchesOff)
            return tr("%1: %2 is too small; the smallest value is %3 %4")
                .arg(who, text, QString::number(def.minimum, 'g', 12), def.unitSymbol());
        return tr("%1: %2 is too small; the smallest value is %3 %4 (0 switches it off)")
            .arg(who, text, QString::number(def.minimum, 'g', 12), def.unitSymbol());
    } else if (v > def.maximum) {
        return tr("%1: %2 is too large; the largest value is %3 %4")
            .arg(who, text, QString::number(def.maximum, 'g', 12), def.unitSymbol());
    }
    if (out)
        *out = v;
    return QString();
}

QString Settings::set(Param p, const QString &text, Source source, const QString &origin)
{
    double v = 0;
    const QString error = validate(p, text, origin, &v);
    if (!error.isEmpty()) {
        qCDebug(lcSettings) << "refused" << error;
        return error;
    }
    return setValue(p, v, source, origin);
}

QString Settings::setValue(Param p, double v, Source source, const QString &origin)
{
    const ParamDef &def = paramDef(p);
    // Re-validate numbers that did not come through set() (presets, the panel's spin boxes).
    double checked = 0;
    const QString text = def.unit == Unit::Choice ? def.valueText(v) : QString::number(v, 'g', 17);
    const QString error = validate(p, text, origin.isEmpty() ? def.name() : origin, &checked);
    if (!error.isEmpty())
        return error;
    const size_t i = size_t(p);
    if (source < m_sources[i])
        return QString(); // a higher-precedence source already set it
    const double old = m_values[i];
    const Source oldSource = m_sources[i];
    m_sources[i] = source;
    if (old == checked) {
        if (source != oldSource)
            Q_EMIT sourceChanged(p, source);
        return QString();
    }
    m_values[i] = checked;
    Q_EMIT changed(p, old, checked, source);
    return QString();
}

QString Settings::applyPreset(const QString &name, Source source)
{
    const std::optional<Preset> preset = presetByName(name);
    if (!preset) {
        QStringList names;
        for (const Preset &p : presets())
            names << QLatin1String(p.name);
        return tr("unknown preset \"%1\"; known presets: %2").arg(name, names.join(QStringLiteral(", ")));
    }
    for (Param p : presetParams())
        setValue(p, preset->values[size_t(p)], source);
    return QString();
}

void Settings::choose(Param p, double value, Source source)
{
    const size_t i = size_t(p);
    const Source oldSource = m_sources[i];
    const double oldValue = m_values[i];
    m_sources[i] = Source::Default; // lets any source set it
    if (!setValue(p, value, source).isEmpty()) {
        m_sources[i] = oldSource; // refused: nothing changes
        return;
    }
    // A changed value says so with `changed`; an unchanged one is still an
    // explicit choice (it ends a value waiting for confirmation in the window).
    if (m_values[i] == oldValue && (source == Source::Default || oldSource == source))
        Q_EMIT sourceChanged(p, source);
}

QString Settings::choosePreset(const QString &name)
{
    const std::optional<Preset> preset = presetByName(name);
    if (!preset)
        return applyPreset(name, Source::Preset); // says which exist
    for (Param p : presetParams())
        choose(p, preset->values[size_t(p)], Source::Preset);
    return QString();
}

QStringList Settings::loadEnvironment(const QProcessEnvironment &env)
{
    QStringList errors;
    for (const ParamDef &def : parameterDefs()) {
        if (!env.contains(def.name()))
            continue;
        const QString error = set(def.id, env.value(def.name()), Source::Environment, def.name());
        if (!error.isEmpty())
            errors << error;
    }
    return errors;
}

QStringList Settings::loadProfile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return {tr("profile %1: cannot read the file").arg(path)};
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return {tr("profile %1: not a valid INI file").arg(path)};
    QStringList errors;
    const QStringList keys = file.allKeys();
    for (const QString &key : keys) {
        // Several endpoints' sections and the connection's options are the command line's to read.
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        if (key.contains(QLatin1Char('/'))
            && (group == QLatin1String("targets") || group.startsWith(QLatin1String("target."))
                || group == QLatin1String("connection")))
            continue;
        const QString bare = key.section(QLatin1Char('/'), -1);
        const std::optional<Param> p = paramByName(bare);
        const QString origin = tr("profile %1: %2").arg(path, key);
        if (!p) {
            errors << tr("%1: unknown parameter").arg(origin);
            continue;
        }
        const QVariant raw = file.value(key);
        // QSettings splits "1,5" into a list; show the user what they wrote.
        const QString text =
            raw.userType() == QMetaType::QStringList ? raw.toStringList().join(QLatin1Char(',')) : raw.toString();
        const QString error = set(*p, text, Source::Profile, origin);
        if (!error.isEmpty())
            errors << error;
    }
    return errors;
}

QList<SettingsWarning> Settings::warnings() const
{
    QList<SettingsWarning> out;
    const double ping = value(Param::PingInterval);
    const double pong = value(Param::PongTimeout);
    const double idle = value(Param::IdleTimeout);
    const double lifetime = value(Param::ConnectionTimeout);
    const double delay = value(Param::ReconnectDelay);
    const double maxDelay = value(Param::ReconnectMaxDelay);
    if (idle > 0 && ping > 0 && idle <= ping)
        out.append({Param::IdleTimeout,
                    tr("WS_IDLE_TIMEOUT (%1 s) is not longer than WS_PING_INTERVAL (%2 s): a quiet "
                       "connection is closed as idle before a keep-alive ping can keep it open")
                        .arg(idle)
                        .arg(ping)});
    if (pong > 0 && ping == 0)
        out.append(
            {Param::PongTimeout, tr("WS_PONG_TIMEOUT has no effect while WS_PING_INTERVAL is 0 (no pings are sent)")});
    if (lifetime > 0 && ping > 0 && lifetime <= ping)
        out.append({Param::ConnectionTimeout,
                    tr("WS_CONNECTION_TIMEOUT (%1 s) is not longer than WS_PING_INTERVAL (%2 s): "
                       "connections end before their first ping")
                        .arg(lifetime)
                        .arg(ping)});
    if (delay > 0 && maxDelay < delay)
        out.append({Param::ReconnectMaxDelay,
                    tr("WS_RECONNECT_MAX_DELAY (%1 s) is below WS_RECONNECT_DELAY (%2 s): every "
                       "reconnect waits %1 s")
                        .arg(maxDelay)
                        .arg(delay)});
    return out;
}

} // namespace wspulse
