// Connections (one per thread), dialect-specific transactions and migrations of the hub database.
#include "hub/HubDatabase.h"

#include "storage/Database.h"
#include "storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <map>

namespace mt {

namespace {

constexpr int kLatestVersion = 7;
constexpr qint64 kAppendLockKey = 7316001; // advisory lock id of the event append path
constexpr qint64 kMigrateLockKey = 7316002;

struct CachedStatement
{
    QSqlQuery query;
    bool busy = false;
};

// Connections of this thread and their prepared statements, closed when the thread ends
// (handler threads end with the server).
struct ThreadConnections
{
    std::map<quint64, QString> names;
    std::map<QString, std::map<QString, std::unique_ptr<CachedStatement>>> statements; // by connection name

    // Before a connection is closed, reopened or removed: its statements are no longer valid.
    void forget(const QString &connection) { statements.erase(connection); }
    ~ThreadConnections()
    {
        statements.clear();
        for (const auto &entry : names)
            QSqlDatabase::removeDatabase(entry.second);
    }
};

thread_local ThreadConnections t_connections;

std::atomic<quint64> &instanceCounter()
{
    static std::atomic<quint64> counter{0}; // only hands out distinct connection-name prefixes
    return counter;
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q, sql.left(60));
    return {};
}

} // namespace

CachedQuery::CachedQuery(const QSqlDatabase &db, const QString &sql)
    : m_connection(db.connectionName()), m_sql(sql)
{
    auto &cache = t_connections.statements[m_connection];
    auto it = cache.find(sql);
    if (it != cache.end() && !it->second->busy) {
        m_query = it->second->query; // shares the prepared result
        m_busy = &it->second->busy;
        *m_busy = true;
        return;
    }
    m_query = QSqlQuery(db);
    m_query.setForwardOnly(true);
    if (m_query.prepare(sql) && it == cache.end()) {
        auto entry = std::make_unique<CachedStatement>(CachedStatement{m_query, true});
        m_busy = &entry->busy;
        cache.emplace(sql, std::move(entry));
    }
}

CachedQuery::~CachedQuery()
{
    if (!m_busy)
        return;
    const bool failed = m_query.lastError().isValid();
    const bool linkLost = failed && sqlError(m_query.lastError(), {}).code == ErrorCode::Io;
    m_query.finish();
    *m_busy = false;
    if (linkLost) { // a restarted PostgreSQL: this thread opens a fresh connection next time
        t_connections.forget(m_connection);
        QSqlDatabase::database(m_connection, false).close();
        return;
    }
    if (failed) { // e.g. a lost PostgreSQL link: prepare again next time
        auto conn = t_connections.statements.find(m_connection);
        if (conn != t_connections.statements.end())
            conn->second.erase(m_sql);
    }
}

Error sqlError(const QSqlQuery &query, const QString &context)
{
    return sqlError(query.lastError(), context);
}

Error sqlError(const QSqlError &error, const QString &context)
{
    const QString native = error.nativeErrorCode();
    // SQLite gives its result code (at most 4 digits), mapped as the app's own database maps it; PostgreSQL a
    // 5-character SQLSTATE, often all digits.
    if (!native.isEmpty() && native.size() < 5)
        return Database::fromSqlError(error, context);
    const QString text = context + QStringLiteral(": ") + error.text();
    ErrorCode code = ErrorCode::Internal;
    if (native == QLatin1String("55P03") || native == QLatin1String("57014") || native == QLatin1String("40P01")
               || native == QLatin1String("40001")) {
        code = ErrorCode::DatabaseLocked; // lock or statement timeout, deadlock, serialization
    } else if (native.startsWith(QLatin1String("53"))) {
        code = ErrorCode::DiskFull; // insufficient resources (53100 disk full)
    } else if (native == QLatin1String("25006")) {
        code = ErrorCode::DatabaseReadOnly;
    } else if (native.isEmpty() || native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P"))
               || error.type() == QSqlError::ConnectionError) {
        // No SQLSTATE at all: the server never answered (SQLite always gives a number).
        code = ErrorCode::Io; // the link to PostgreSQL is gone, or the server is shutting down
    }
    return Error::make(code, {}, text);
}

HubDatabase::HubDatabase(Dialect dialect, HubConfig config, quint64 instance)
    : m_dialect(dialect), m_config(std::move(config)), m_instance(instance)
{
}

HubDatabase::~HubDatabase()
{
    auto it = t_connections.names.find(m_instance);
    if (it != t_connections.names.end()) {
        const QString name = it->second;
        t_connections.names.erase(it);
        t_connections.forget(name);
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<HubDatabase>> HubDatabase::open(const HubConfig &config)
{
    const Dialect d = config.usesPostgres() ? Dialect::Postgres : Dialect::Sqlite;
    if (d == Dialect::Sqlite && !QDir().mkpath(config.dataDir))
        return Error::make(ErrorCode::Io, QStringLiteral("data_dir"), config.dataDir);
    std::unique_ptr<HubDatabase> db(new HubDatabase(d, config, ++instanceCounter()));
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    if (Status s = db->migrate(); !s.ok())
        return s;
    return db;
}

Result<QSqlDatabase> HubDatabase::connection() const
{
    auto it = t_connections.names.find(m_instance);
    if (it != t_connections.names.end()) {
        QSqlDatabase db = QSqlDatabase::database(it->second, false);
        if (db.isOpen())
            return db;
        t_connections.forget(it->second);
        if (db.open())
            return db;
        return Error::make(ErrorCode::Io, QStringLiteral("database"), db.lastError().text());
    }
    const QString name = QStringLiteral("hub-%1-%2")
                             .arg(m_instance)
                             .arg(reinterpret_cast<quintptr>(&t_connections), 0, 16);
    t_connections.names[m_instance] = name;
    return openConnection(name);
}

Result<QSqlDatabase> HubDatabase::openConnection(const QString &name) const
{
    if (m_dialect == Dialect::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_config.dataDir).filePath(QStringLiteral("hub.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_config.busyTimeoutS * 1000));
        if (!db.open())
            return Error::make(ErrorCode::Io, QStringLiteral("database"), db.lastError().text());
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (Status s = exec(db, QString::fromLatin1(pragma)); !s.ok())
                return s;
        }
        return db;
    }
    const QUrl url(m_config.databaseUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    // Keep server NOTICEs ("already exists, skipping") out of the hub's JSON log on stderr.
    // A lock waited for longer than the busy timeout fails (55P03) and the request gets 503 busy.
    db.setConnectOptions(QStringLiteral("connect_timeout=5;options='-c client_min_messages=warning -c lock_timeout=%1'")
                             .arg(m_config.busyTimeoutS * 1000));
    if (!db.open())
        return Error::make(ErrorCode::Io, QStringLiteral("database"), db.lastError().text());
    return db;
}

Status HubDatabase::write(const std::function<Status(QSqlDatabase &)> &fn) const
{
    const bool sqlite = m_dialect == Dialect::Sqlite;
    std::unique_lock<std::timed_mutex> writer(m_sqliteWriter, std::defer_lock);
    if (sqlite && !writer.try_lock_for(std::chrono::seconds(m_config.busyTimeoutS)))
        return Error::make(ErrorCode::DatabaseLocked, {}, QStringLiteral("another write held the hub database too long"));
    // BEGIN IMMEDIATE still guards against other processes (admin commands).
    return transaction(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                       sqlite ? QString() : QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAppendLockKey), fn);
}

Status HubDatabase::read(const std::function<Status(QSqlDatabase &)> &fn) const
{
    return transaction(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN")
                                                    : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                       {}, fn);
}

Status HubDatabase::transaction(const QString &begin, const QString &lock, const std::function<Status(QSqlDatabase &)> &fn) const
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    Status s = exec(db, begin);
    const bool begun = s.ok();
    if (s.ok() && !lock.isEmpty())
        s = exec(db, lock);
    if (s.ok())
        s = fn(db);
    if (s.ok())
        s = exec(db, QStringLiteral("COMMIT"));
    if (!s.ok() && begun)
        exec(db, QStringLiteral("ROLLBACK"));
    // A lost link (often noticed at BEGIN, on a thread idle since PostgreSQL restarted): this thread opens a
    // fresh connection on its next request.
    if (s.code == ErrorCode::Io && m_dialect == Dialect::Postgres) {
        t_connections.forget(db.connectionName());
        db.close();
    }
    return s;
}

int HubDatabase::schemaVersion() const
{
    auto conn = connection();
    if (!conn)
        return -1;
    QSqlQuery q(conn.value());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM hub_schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status HubDatabase::migrate()
{
    QSqlDatabase db = connection().value();
    const bool pg = m_dialect == Dialect::Postgres;
    const auto files = migrationFiles(pg ? QStringLiteral(":/hub/sql/postgres") : QStringLiteral(":/hub/sql/sqlite"));
    if (!files)
        return files.error();
    if (files.value().isEmpty() || files.value().lastKey() != kLatestVersion)
        return Error::make(ErrorCode::Internal, QStringLiteral("migration"),
                           QStringLiteral("embedded hub migrations do not end at version %1").arg(kLatestVersion));
    // Several hubs may start at once against one PostgreSQL: migrate one at a time.
    if (pg) {
        if (Status s = exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrateLockKey)); !s.ok())
            return s;
    }
    Status s = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS hub_schema_version ("
                                       "version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL)"));
    for (int v = schemaVersion() + 1; s.ok() && v <= kLatestVersion; ++v) {
        s = exec(db, pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        if (s.ok()) {
            s = applyMigrationFile(db, files.value().value(v), [&] {
                return exec(db, QStringLiteral("INSERT INTO hub_schema_version (version, applied_ms) VALUES (%1, %2)")
                                    .arg(v).arg(QDateTime::currentMSecsSinceEpoch()));
            });
        }
        s = s.ok() ? exec(db, QStringLiteral("COMMIT")) : (exec(db, QStringLiteral("ROLLBACK")), s);
    }
    if (pg)
        exec(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrateLockKey));
    return s;
}

} // namespace mt
