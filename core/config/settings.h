#pragma once

#include "clock.h"
#include "parameters.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace wspulse {

// Where a parameter's value came from, lowest precedence first.
enum class Source { Default, Preset, Profile, Environment, Flag, Runtime };
QString sourceName(Source s);

struct SettingsWarning
{
    Param param; // the field the warning is shown next to
    QString text;
};

// The effective value of every parameter plus where it came from. A value of
// lower precedence than the one in force is ignored, so start-up sources can be
// read in any order; a refused value leaves the previous one in force.
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(QObject *parent = nullptr);

    double value(Param p) const { return m_values[size_t(p)]; }
    Source source(Param p) const { return m_sources[size_t(p)]; }
    // Time parameters as a duration; zero means switched off.
    Nanos duration(Param p) const;

    // Parses and sets one value. Returns an empty string on success, else a
    // message naming `origin` (the variable, flag or field the user wrote) and
    // the value. Nothing changes on error.
    QString set(Param p, const QString &text, Source source, const QString &origin = QString());
    QString setValue(Param p, double value, Source source, const QString &origin = QString());

    // Validates text for p without changing anything.
    static QString validate(Param p, const QString &text, const QString &origin, double *out);

    QString applyPreset(const QString &name, Source source);
    // A person's explicit choice in the window (Reset, a preset applied):
    // takes effect whatever set the value before, and says where it now
    // comes from (Default after a reset, Preset after a preset), so that
    // "edited" means edited.
    void choose(Param p, double value, Source source);
    QString choosePreset(const QString &name);
    // Each returns the list of errors; valid entries are applied even if others fail.
    QStringList loadEnvironment(const QProcessEnvironment &env);
    QStringList loadProfile(const QString &path);

    // Combinations that work but surprise.
    QList<SettingsWarning> warnings() const;

Q_SIGNALS:
    void changed(wspulse::Param param, double oldValue, double newValue, wspulse::Source source);
    // Where a value comes from changed, its value perhaps not.
    void sourceChanged(wspulse::Param param, wspulse::Source source);

private:
    std::array<double, ParamCount> m_values{};
    std::array<Source, ParamCount> m_sources{};
};

} // namespace wspulse
