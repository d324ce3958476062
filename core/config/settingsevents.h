#pragma once

#include <QJsonObject>

namespace wspulse {

class EventLog;
class Settings;

// The `config` event's fields: every effective value and where it came from.
QJsonObject configFields(const Settings &settings);
// Logs a `setting` event for every change made at run time.
void logSettingChanges(Settings *settings, EventLog *log, const QString &scope = QString());

} // namespace wspulse
