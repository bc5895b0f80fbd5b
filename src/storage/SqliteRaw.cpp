// Raw sqlite3 helpers shared by Database (migrations, integrity checks, backup and restore).
#include "SqliteRaw.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace mt::sqlite {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

ErrorCode codeFor(int sqliteCode)
{
    // Qt turns on extended result codes; the low byte is the primary code.
    switch (sqliteCode & 0xFF) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return ErrorCode::Ok;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::DatabaseLocked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::DatabaseCorrupt;
    case SQLITE_READONLY: // query_only during the deferred check, or a file without write permission
        return ErrorCode::DatabaseReadOnly;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::Io;
    default:
        return ErrorCode::Internal;
    }
}

Status execScript(sqlite3 *db, const QString &script, const QString &context)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error::make(codeFor(rc), {}, context + QStringLiteral(": ") + text);
}

Status quickCheck(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        const ErrorCode code = codeFor(rc) == ErrorCode::Internal ? ErrorCode::DatabaseCorrupt : codeFor(rc);
        return Error::make(code, {}, QStringLiteral("quick_check: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    }
    QString first;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (first.isEmpty())
            first = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        // A page so damaged that the check itself fails is corruption too (unless the file is busy).
        const ErrorCode code = codeFor(rc) == ErrorCode::DatabaseLocked ? ErrorCode::DatabaseLocked
                                                                         : ErrorCode::DatabaseCorrupt;
        return Error::make(code, {}, QStringLiteral("quick_check: ") + QString::fromUtf8(sqlite3_errstr(rc)));
    }
    if (first != QLatin1String("ok"))
        return Error::make(ErrorCode::DatabaseCorrupt, {}, QStringLiteral("quick_check: ") + first);
    return {};
}

Result<int> schemaVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                      "name = 'schema_migrations') THEN 1 ELSE 0 END";
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    bool hasTable = false;
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        hasTable = sqlite3_column_int(stmt, 0) == 1;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_OK)
        return Error::make(codeFor(rc), {}, QStringLiteral("schema version: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    if (!hasTable)
        return 0;
    rc = sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", -1, &stmt, nullptr);
    int version = 0;
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return Error::make(codeFor(rc), {}, QStringLiteral("schema version: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    return version;
}

} // namespace mt::sqlite
