#include "settingsevents.h"

#include "eventlog.h"
#include "settings.h"

namespace wspulse {

QJsonObject configFields(const Settings &settings)
{
    QJsonObject values;
    QJsonObject sources;
    for (const ParamDef &def : parameterDefs()) {
        values.insert(def.name(), settings.value(def.id));
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
                                            {QLatin1String("old"), oldValue},
                                            {QLatin1String("new"), newValue}};
                         if (!scope.isEmpty())
                             fields.insert(QLatin1String("scope"), scope);
                         log->add(EventType::Setting, fields);
                     });
}

} // namespace wspulse
