// One SQLite connection (WAL, foreign keys) with migrations, integrity check and online backup.
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace mt {
class IntegrityGate;
class StatementCache; // private to the storage layer (raw sqlite3 statements of the append path)
}

namespace mt {

// Qt binds a null QString as SQL NULL; a column NOT NULL DEFAULT '' wants ''. Bind text through this.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // AtOpen: PRAGMA quick_check before open() returns. Deferred: when no migration is due,
    // open() returns at once with the connection in PRAGMA query_only (SQLite itself refuses
    // every write), the caller runs quickCheckFile() off the GUI thread and hands the result
    // to completeDeferredCheck(); a corrupt file is still never written. A quick_check of a
    // 1.5 GB database takes ~1.5 s, which is why the GUI defers it.
    // VerifiedByCaller: another connection of this process has already passed the check on this
    // same file (the ETL worker's connection beside the CLI's or app's Core): no second read of
    // the whole file. Only valid when no migration is due; otherwise it checks as AtOpen.
    enum class IntegrityCheck { AtOpen, Deferred, VerifiedByCaller };
    // How a second connection of this process opens, given the owner's gate (common/IntegrityGate.h):
    // passed -> VerifiedByCaller; still running -> waits on this (worker) thread up to `timeoutMs`, then
    // checks itself (AtOpen); failed -> DatabaseCorrupt. No gate -> AtOpen. Never on the GUI thread.
    static Result<IntegrityCheck> checkAfter(const IntegrityGate *gate, int timeoutMs = 10 * 60 * 1000);

    // Opens (creating if missing, in ReadWrite), runs PRAGMA quick_check (a corrupt file is
    // opened read-only-never-written and DatabaseCorrupt returned), refuses a schema newer
    // than latestSchemaVersion() with DatabaseTooNew, then applies pending migrations from
    // the embedded sql/NNN_*.sql, each in one transaction, recording its version.
    // `connectionName` must be unique per thread (one connection per thread).
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &connectionName,
                                                  Mode mode = Mode::ReadWrite,
                                                  IntegrityCheck check = IntegrityCheck::AtOpen);
    // As open(), but stops migrating at `version` (tests and tools that need an older schema).
    static Result<std::unique_ptr<Database>> openMigratedTo(const QString &path, const QString &connectionName,
                                                            int version);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql();
    QString path() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    Status quickCheck();
    // False while a deferred check has not yet passed (writes are refused meanwhile).
    bool integrityVerified() const;
    // PRAGMA quick_check on its own read-only connection; safe to call from any thread.
    static Status quickCheckFile(const QString &path);
    // On the owning thread: an ok result lifts query_only; a failure keeps the file read-only.
    void completeDeferredCheck(const Status &result);
    // BEGIN IMMEDIATE; fn; COMMIT (ROLLBACK on error). Maps SQLITE_FULL to DiskFull and
    // SQLITE_BUSY/LOCKED to DatabaseLocked. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &fn);
    // A transaction that stays open across event-loop turns: the ETL writes a group of pages one page
    // per turn, so fetching and parsing go on between them, and commits the group once. BEGIN IMMEDIATE
    // at begin(); transaction() calls meanwhile join it; commit() or rollback() ends it, and a Database
    // destroyed with one still open rolls it back. Only one at a time, never inside transaction()
    // (which is itself begin, fn, commit or rollback; openTransactionActive() is true inside it too).
    Status beginOpenTransaction();
    Status commitOpenTransaction();
    void rollbackOpenTransaction();
    bool openTransactionActive() const;
    // Maps a failed QSqlQuery/QSqlError to an Error (DiskFull, DatabaseLocked, Internal).
    static Error fromSqlError(const class QSqlError &err, const QString &context);
    bool inTransaction() const;

    // A prepared, forward-only statement cached per connection, so hot paths skip re-parsing.
    // Call finish() (or use QueryFinisher) after reading: an unfinished SELECT pins an old
    // WAL snapshot. The pointer stays valid as long as the Database.
    Result<QSqlQuery *> prepared(const QString &sqlText);
    // Storage-internal: raw sqlite3 statements for the append hot path.
    StatementCache &statementCache();

    // Online backup (sqlite3_backup API) to `file`; the copy is quick_checked.
    Status backupTo(const QString &file);
    // The same from the file at `dbPath` on a connection of its own: safe on any thread.
    static Status backupFile(const QString &dbPath, const QString &file);
    // Verifies `backupFile` (quick_check, schema not too new) and copies it over `dbPath`
    // (which must not be open), keeping the replaced file as `<dbPath>.before-restore`.
    static Status restore(const QString &backupFile, const QString &dbPath);
    // Newest file in `<dir of dbPath>/backups/` or empty.
    static QString newestBackup(const QString &dbPath);

private:
    Database();
    static Result<std::unique_ptr<Database>> openImpl(const QString &path, const QString &connectionName,
                                                      Mode mode, int targetVersion, IntegrityCheck check);
    Status migrate(int targetVersion);
    Status applyMigration(int version, const QString &resource);
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Calls QSqlQuery::finish() on scope exit (see Database::prepared).
class QueryFinisher
{
public:
    explicit QueryFinisher(QSqlQuery &q) : m_q(q) {}
    ~QueryFinisher();
    QueryFinisher(const QueryFinisher &) = delete;
    QueryFinisher &operator=(const QueryFinisher &) = delete;

private:
    QSqlQuery &m_q;
};

} // namespace mt
