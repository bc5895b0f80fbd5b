// One migration runner for the app's SQLite file and the hub's SQLite or PostgreSQL database.
#pragma once

#include "common/Error.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace mt {

// The statements of a script, split where the server ends a statement: never inside a '...' string (with
// '' escapes), a "..." identifier, a -- or /* */ comment, or a PostgreSQL $tag$...$tag$ body. Statements
// with only blanks or comments are dropped. (SQLite scripts run through SQLite's own parser instead, which
// also knows a CREATE TRIGGER's BEGIN ... END.)
QStringList sqlStatements(const QString &script);

// Runs every statement of `script` on `db`, in order, stopping at the first failure. QSQLITE: statement by
// statement through sqlite3_prepare_v2's tail; other drivers: sqlStatements(), one QSqlQuery each. The error
// names `context` and starts the failing statement; SQLite codes map as Database maps them (DiskFull...).
Status execSqlScript(QSqlDatabase &db, const QString &script, const QString &context);

// version -> path of each NNN_name.sql in `dir` (a resource or file directory). An Internal error when two
// files share a version or a version between 1 and the highest is missing.
Result<QMap<int, QString>> migrationFiles(const QString &dir);

// One migration step: reads `file` (an error when it cannot be opened), runs it with execSqlScript, then
// calls `record` to write the version row. The caller wraps it all in one transaction.
Status applyMigrationFile(QSqlDatabase &db, const QString &file, const std::function<Status()> &record);

} // namespace mt
