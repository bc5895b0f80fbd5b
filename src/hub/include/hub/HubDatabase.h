// The hub's database: SQLite file or PostgreSQL, one connection per thread, embedded migrations.
#pragma once

#include "common/Error.h"
#include "hub/HubConfig.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

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
    Status ping() const;
    int schemaVersion() const;

private:
    HubDatabase(Dialect dialect, HubConfig config, quint64 instance);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Status migrate();

    Dialect m_dialect;
    HubConfig m_config;
    quint64 m_instance;
};

// A failed query as an Error (Internal; detail has the driver text for the log, never for clients).
Error sqlError(const class QSqlQuery &query, const QString &context);

} // namespace mt
