// Private helpers over the raw sqlite3 handle, for what Qt SQL cannot do (scripts, backup).
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace mt::sqlite {

// The sqlite3* behind a QSQLITE connection (Qt's plugin and we link the same libsqlite3).
sqlite3 *handle(const QSqlDatabase &db);
// Maps a SQLite result code (primary or extended) to our error codes.
ErrorCode codeFor(int sqliteCode);
// Runs a multi-statement script (QSqlQuery runs only the first statement of a string).
Status execScript(sqlite3 *db, const QString &script, const QString &context);
// PRAGMA quick_check: Ok, or DatabaseCorrupt with the first problem as detail.
Status quickCheck(sqlite3 *db);
// Highest version in schema_migrations, 0 when the table does not exist.
Result<int> schemaVersion(sqlite3 *db);

} // namespace mt::sqlite
