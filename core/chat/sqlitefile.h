#pragma once

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace wspulse {

// One SQLite file of wspulse's (Qt SQL's QSQLITE): opened in WAL mode with
// synchronous=NORMAL, checked, and brought to `version` by `migrations`
// (step i takes the schema from version i to i + 1, all in one
// transaction), with the version kept in a schema_version table. Returns the
// connection's name, or nullopt and *error (a newer schema, a damaged file,
// not a database), having changed nothing.
std::optional<QString> openSqliteFile(const QString &path, const char *const *migrations, int version, QString *error);
// Closes and forgets a connection openSqliteFile() made.
void closeSqliteFile(const QString &connection);

} // namespace wspulse
