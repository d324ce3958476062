#pragma once

#include <QJsonObject>

namespace wspulse {

class EventLog;
class Settings;

// The `config` event's fields: every effective value and where it came from.
QJsonObject configFields(const Settings &settings);
// Logs what the values imply (SettingsImplications) and the combinations
// that surprise (Settings::warnings()) as `warning` events now, and after
// each change at run time the ones that are new: the JSON-line modes say
// what the window shows above its settings.
void logSettingsImplications(Settings *settings, EventLog *log, const QString &scope = QString());
// Logs a `setting` event for every change made at run time.
void logSettingChanges(Settings *settings, EventLog *log, const QString &scope = QString());

} // namespace wspulse
