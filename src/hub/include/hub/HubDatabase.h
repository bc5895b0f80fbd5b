// The hub's database: SQLite file or PostgreSQL, one connection per thread, embedded migrations.
#pragma once

#include "common/Error.h"
#include "hub/HubConfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace mt {

class HubDatabase
{
public:
    enum class Dialect { Sqlite, Postgres };

    // Opens the first connection and applies pending migrations (sql/<dialect>/NNN_*.sql).
    static Result<std::unique_ptr<HubDatabase>> open(const HubConfig &config);
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    Dialect dialect() const { return m_dialect; }
    // This thread's connection (opened on first use, reopened after a lost PostgreSQL link).
    Result<QSqlDatabase> connection() const;
    // One write transaction that also serialises event appends across threads and hub
    // processes (SQLite BEGIN IMMEDIATE; PostgreSQL advisory transaction lock), so server_seq
    // commits in increasing order and a puller never skips a late commit.
    Status write(const std::function<Status(QSqlDatabase &)> &fn) const;
    // One read-only snapshot (SQLite: a deferred transaction; PostgreSQL: REPEATABLE READ): every
    // statement of fn sees the same committed state.
    Status read(const std::function<Status(QSqlDatabase &)> &fn) const;
    int schemaVersion() const;

private:
    HubDatabase(Dialect dialect, HubConfig config, quint64 instance);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    // BEGIN, the lock statement (if any), fn, COMMIT; ROLLBACK on any failure; a lost PostgreSQL link is closed.
    Status transaction(const QString &begin, const QString &lock, const std::function<Status(QSqlDatabase &)> &fn) const;
    Status migrate();

    Dialect m_dialect;
    HubConfig m_config;
    quint64 m_instance;
    // SQLite: writers of this process queue here instead of in SQLite's busy handler, which
    // sleeps 1..100 ms between retries however soon the lock is free.
    mutable std::timed_mutex m_sqliteWriter;
};

// A forward-only statement prepared once per connection and thread, then reused: SQLite skips its
// parser and code generator, PostgreSQL the PREPARE/DEALLOCATE round trips. The statement is reset
// (finish()) when the guard ends, so no read snapshot outlives it. A statement already in use
// further up the same stack gets a fresh, uncached query instead.
class CachedQuery
{
public:
    CachedQuery(const QSqlDatabase &db, const QString &sql);
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    QSqlQuery &operator*() { return m_query; }
    QSqlQuery *operator->() { return &m_query; }

private:
    QSqlQuery m_query;
    QString m_connection;
    QString m_sql;
    bool *m_busy = nullptr; // the cache entry's flag while this guard holds it
};

// A failed query as an Error: DatabaseLocked (busy, lock timeout), DiskFull, DatabaseReadOnly, Io (lost
// link), else Internal; detail has the driver text for the log, never for clients.
Error sqlError(const class QSqlQuery &query, const QString &context);
Error sqlError(const class QSqlError &error, const QString &context);

} // namespace mt
