// Private: raw sqlite3 prepared statements for the append hot path (Qt SQL's per-exec overhead
// — QVariant binds, QSqlRecord rebuilds — was most of the cost of an append).
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace mt {

// One prepared statement, reset (and unbound) after each use by Step/StepGuard.
class Stmt
{
public:
    Stmt(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    void bind(int index, const QString &text);       // 1-based, like sqlite3_bind_*
    void bind(int index, const QByteArray &utf8Text); // as TEXT
    // UTF-8 TEXT not copied: the bytes must outlive the step (until reset()).
    void bindStatic(int index, const char *utf8, int length);
    void bind(int index, qint64 value);
    void bindBlob(int index, const QByteArray &blob);
    void bindNull(int index);
    void bind(int index, const QVariant &value);     // QString, integer, QByteArray (blob) or null
    void bindAll(const QVariantList &values);        // from index 1
    // Runs one step: true for a row, false when done; an error sets `status`.
    bool step(Status &status, const QString &context);
    qint64 int64At(int column) const;
    QByteArray blobAt(int column) const;
    bool isNullAt(int column) const;
    int changes() const;
    void reset();

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

// Resets a statement on scope exit so no read snapshot or lock outlives its use.
class StmtReset
{
public:
    explicit StmtReset(Stmt &s) : m_s(s) {}
    ~StmtReset() { m_s.reset(); }
    StmtReset(const StmtReset &) = delete;
    StmtReset &operator=(const StmtReset &) = delete;

private:
    Stmt &m_s;
};

class StatementCache
{
public:
    explicit StatementCache(sqlite3 *db) : m_db(db) {}
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;
    Result<Stmt *> get(const QString &sql);

private:
    sqlite3 *m_db;
    QHash<QString, sqlite3_stmt *> m_raw;
    QHash<QString, Stmt *> m_stmts;
};

} // namespace mt
