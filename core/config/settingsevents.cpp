#include "settingsevents.h"

#include "eventlog.h"
#include "settings.h"
#include "settingsimplications.h"

#include <memory>

namespace wspulse {

QJsonObject configFields(const Settings &settings)
{
    QJsonObject values;
    QJsonObject sources;
    for (const ParamDef &def : parameterDefs()) {
        values.insert(def.name(), def.jsonValue(settings.value(def.id)));
        sources.insert(def.name(), sourceName(settings.source(def.id)));
    }
    return {{QLatin1String("values"), values}, {QLatin1String("sources"), sources}};
}

void logSettingChanges(Settings *settings, EventLog *log, const QString &scope)
{
    QObject::connect(settings, &Settings::changed, log,
                     [log, scope](Param p, double oldValue, double newValue, Source source) {
                         if (source != Source::Runtime)
                             return; // start-up values are reported once, in `config`
                         QJsonObject fields{{QLatin1String("name"), paramDef(p).name()},
                                            {QLatin1String("old"), paramDef(p).jsonValue(oldValue)},
                                            {QLatin1String("new"), paramDef(p).jsonValue(newValue)}};
                         if (!scope.isEmpty())
                             fields.insert(QLatin1String("scope"), scope);
                         log->add(EventType::Setting, fields);
                     });
}

namespace {
struct Said
{
    QString text;
    bool implication;
};

QList<Said> whatSettingsImply(const Settings &settings)
{
    QList<Said> out;
    for (const SettingsWarning &w : settings.warnings())
        out.append({w.text, false});
    for (const SettingsImplications::Sentence &s : implicationsOf(settings).sentences())
        out.append({s.text, true});
    return out;
}
} // namespace

void logSettingsImplications(Settings *settings, EventLog *log, const QString &scope)
{
    auto said = std::make_shared<QStringList>();
    const auto sayNew = [settings, log, scope, said] {
        QStringList now;
        for (const Said &s : whatSettingsImply(*settings)) {
            now << s.text;
            if (said->contains(s.text))
                continue;
            QJsonObject fields{{QLatin1String("text"), s.text}};
            if (s.implication)
                fields.insert(QLatin1String("implication"), true);
            if (!scope.isEmpty())
                fields.insert(QLatin1String("scope"), scope);
            log->add(EventType::Warning, fields);
        }
        *said = now;
    };
    sayNew();
    QObject::connect(settings, &Settings::changed, log, [sayNew](Param, double, double, Source source) {
        if (source == Source::Runtime)
            sayNew();
    });
}

} // namespace wspulse
