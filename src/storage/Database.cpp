// Database: opening with integrity and version checks, pragmas, migrations, transactions.
#include "storage/Database.h"

#include "common/IntegrityGate.h"
#include "storage/SqlScript.h"

#include "SqliteRaw.h"
#include "StatementCache.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

static void initMigrationResources()
{
    // The .qrc lives in a static library: without this the linker may drop its registration.
    Q_INIT_RESOURCE(migrations);
}

namespace mt {

struct Database::Impl
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    Mode mode = Mode::ReadWrite;
    int schemaVersion = 0;
    int txDepth = 0; // 1 while a transaction is open (nested transaction() calls join it)
    bool verified = true;
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    std::unique_ptr<StatementCache> raw;
};

namespace {

// version -> resource path of every embedded migration, discovered from the resource dir (empty, so that
// every file reads as too new, if two share a number or one is missing: tst_sql_script checks they do not).
const QMap<int, QString> &migrations()
{
    static const QMap<int, QString> all = [] {
        initMigrationResources();
        auto found = migrationFiles(QStringLiteral(":/sql"));
        return found.ok() ? found.value() : QMap<int, QString>();
    }();
    return all;
}

Status execPragma(QSqlDatabase &db, const QString &pragma, QString *result = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(pragma))
        return Database::fromSqlError(q.lastError(), pragma);
    if (result && q.next())
        *result = q.value(0).toString();
    return {};
}

// WAL: readers never block the writer. synchronous=NORMAL: in WAL mode a committed
// transaction survives an application crash (the WAL is already in the OS); only a power
// loss or OS crash can lose the last few commits, never corrupt the file. That trade buys
// the append throughput an alert storm needs.
Status applyPragmas(QSqlDatabase &db, Database::Mode mode)
{
    // cache_size: 32 MiB instead of 2 MiB keeps the alert indexes of a large console in memory.
    QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA cache_size = -32768")};
    if (mode == Database::Mode::ReadWrite)
        pragmas << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &p : pragmas) {
        if (Status st = execPragma(db, p); !st.ok())
            return st;
    }
    if (mode == Database::Mode::ReadOnly)
        return {};
    QString journal;
    if (Status st = execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &journal); !st.ok())
        return st;
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::make(ErrorCode::Io, {}, QStringLiteral("cannot enable WAL, journal_mode=") + journal);
    return {};
}

} // namespace

QueryFinisher::~QueryFinisher()
{
    m_q.finish();
}

Database::Database() : d(std::make_unique<Impl>()) {}

Database::~Database()
{
    // Statements must die before the connection is removed, or Qt warns and leaks them.
    d->statements.clear();
    d->raw.reset();
    rollbackOpenTransaction();
    if (d->db.isOpen() && d->mode == Mode::ReadWrite) {
        // Keeps the planner's statistics fresh for the console queries (cheap; SQLite's advice).
        QSqlQuery(d->db).exec(QStringLiteral("PRAGMA optimize"));
    }
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &connectionName, Mode mode,
                                                 IntegrityCheck check)
{
    return openImpl(path, connectionName, mode, latestSchemaVersion(), check);
}

Result<std::unique_ptr<Database>> Database::openMigratedTo(const QString &path, const QString &connectionName,
                                                           int version)
{
    return openImpl(path, connectionName, Mode::ReadWrite, version, IntegrityCheck::AtOpen);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, const QString &connectionName, Mode mode,
                                                     int targetVersion, IntegrityCheck check)
{
    if (QSqlDatabase::contains(connectionName))
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("connection name in use: ") + connectionName);
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        return Error::make(ErrorCode::NotFound, QStringLiteral("path"), path);
    if (mode == Mode::ReadWrite)
        QDir().mkpath(QFileInfo(path).absolutePath());

    std::unique_ptr<Database> self(new Database);
    self->d->path = path;
    self->d->connectionName = connectionName;
    self->d->mode = mode;
    self->d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    self->d->db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    self->d->db.setConnectOptions(options);
    if (!self->d->db.open())
        return fromSqlError(self->d->db.lastError(), QStringLiteral("open ") + path);

    // Checks come before any pragma that writes (journal_mode=WAL rewrites the header), so a
    // damaged or too-new file is left byte-for-byte as it was.
    sqlite3 *raw = sqlite::handle(self->d->db);
    if (!raw)
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("no sqlite3 handle"));
    Result<int> version = sqlite::schemaVersion(raw);
    if (!version)
        return version.error();
    // Deferring is only safe when open() itself writes nothing: no migration due, file already in WAL.
    const bool defer = check == IntegrityCheck::Deferred && mode == Mode::ReadWrite && version.value() > 0
        && version.value() == targetVersion;
    const bool alreadyVerified = check == IntegrityCheck::VerifiedByCaller && version.value() > 0
        && version.value() == targetVersion;
    if (!defer && !alreadyVerified) {
        if (Status st = sqlite::quickCheck(raw); !st.ok())
            return st;
    }
    if (version.value() > latestSchemaVersion()) {
        return Error::make(ErrorCode::DatabaseTooNew, {},
                           QStringLiteral("database schema version %1 is newer than this build's latest %2")
                               .arg(version.value())
                               .arg(latestSchemaVersion()));
    }
    self->d->schemaVersion = version.value();

    if (Status st = applyPragmas(self->d->db, mode); !st.ok())
        return st;
    if (defer) {
        QSqlQuery q(self->d->db);
        if (!q.exec(QStringLiteral("PRAGMA query_only = ON")))
            return fromSqlError(q.lastError(), QStringLiteral("query_only"));
        self->d->verified = false;
    } else if (mode == Mode::ReadWrite) {
        if (Status st = self->migrate(targetVersion); !st.ok())
            return st;
    }
    return self;
}

Result<Database::IntegrityCheck> Database::checkAfter(const IntegrityGate *gate, int timeoutMs)
{
    if (!gate)
        return IntegrityCheck::AtOpen;
    switch (gate->wait(timeoutMs)) {
    case IntegrityGate::Verdict::Passed: return IntegrityCheck::VerifiedByCaller;
    case IntegrityGate::Verdict::Failed:
        return Error::make(ErrorCode::DatabaseCorrupt, {}, QStringLiteral("the start-up integrity check failed"));
    case IntegrityGate::Verdict::Pending: break;
    }
    return IntegrityCheck::AtOpen;
}

bool Database::integrityVerified() const
{
    return d->verified;
}

Status Database::quickCheckFile(const QString &path)
{
    sqlite3 *raw = nullptr;
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Status st;
    if (rc != SQLITE_OK)
        st = Error::make(ErrorCode::Io, {}, QStringLiteral("open for check: ") + QString::fromUtf8(sqlite3_errstr(rc)));
    else {
        sqlite3_busy_timeout(raw, 5000);
        st = sqlite::quickCheck(raw);
    }
    sqlite3_close(raw);
    return st;
}

void Database::completeDeferredCheck(const Status &result)
{
    if (!result.ok() || d->verified)
        return; // a failed check leaves query_only on: the file is never written
    QSqlQuery q(d->db);
    d->verified = q.exec(QStringLiteral("PRAGMA query_only = OFF"));
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().lastKey();
}

Status Database::migrate(int targetVersion)
{
    for (auto it = migrations().cbegin(); it != migrations().cend(); ++it) {
        if (it.key() <= d->schemaVersion || it.key() > targetVersion)
            continue;
        if (Status st = applyMigration(it.key(), it.value()); !st.ok())
            return st;
        d->schemaVersion = it.key();
    }
    return {};
}

Status Database::applyMigration(int version, const QString &resource)
{
    return transaction([&]() -> Status {
        const QString bootstrap = QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        if (Status st = execSqlScript(d->db, bootstrap, QStringLiteral("schema_migrations")); !st.ok())
            return st;
        return applyMigrationFile(d->db, resource, [&]() -> Status {
            QSqlQuery q(d->db);
            q.prepare(QStringLiteral("INSERT INTO schema_migrations(version, applied_at) "
                                     "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
            q.addBindValue(version);
            if (!q.exec())
                return fromSqlError(q.lastError(), QStringLiteral("migration ") + QFileInfo(resource).fileName());
            return {};
        });
    });
}

QSqlDatabase &Database::sql()
{
    return d->db;
}

QString Database::path() const
{
    return d->path;
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

bool Database::inTransaction() const
{
    return d->txDepth > 0;
}

Status Database::quickCheck()
{
    return sqlite::quickCheck(sqlite::handle(d->db));
}

Status Database::transaction(const std::function<Status()> &fn)
{
    if (d->txDepth > 0)
        return fn(); // joins the outer transaction; its failure rolls back the outer one
    if (Status st = beginOpenTransaction(); !st.ok())
        return st;
    Status st;
    try {
        st = fn();
    } catch (...) {
        rollbackOpenTransaction();
        throw;
    }
    if (!st.ok()) {
        rollbackOpenTransaction();
        return st;
    }
    return commitOpenTransaction();
}

// transaction() is built on these three: one BEGIN IMMEDIATE / COMMIT / ROLLBACK path for both.
Status Database::beginOpenTransaction()
{
    if (!d->verified)
        return Error::make(ErrorCode::DatabaseReadOnly, {}, QStringLiteral("integrity check not finished"));
    if (d->txDepth > 0)
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("open transaction inside another transaction"));
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fromSqlError(q.lastError(), QStringLiteral("begin"));
    d->txDepth = 1;
    return {};
}

Status Database::commitOpenTransaction()
{
    if (d->txDepth == 0)
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("no open transaction to commit"));
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("COMMIT"))) {
        d->txDepth = 0;
        return {};
    }
    const Status st = fromSqlError(q.lastError(), QStringLiteral("commit"));
    rollbackOpenTransaction();
    return st;
}

void Database::rollbackOpenTransaction()
{
    if (d->txDepth == 0)
        return;
    // After SQLITE_FULL/IOERR SQLite may already have rolled back; a failing ROLLBACK is harmless.
    QSqlQuery(d->db).exec(QStringLiteral("ROLLBACK"));
    d->txDepth = 0;
}

bool Database::openTransactionActive() const
{
    return d->txDepth > 0;
}

Error Database::fromSqlError(const QSqlError &err, const QString &context)
{
    bool ok = false;
    const int native = err.nativeErrorCode().toInt(&ok);
    ErrorCode code = ok ? sqlite::codeFor(native) : ErrorCode::Internal;
    if (code == ErrorCode::Ok)
        code = ErrorCode::Internal;
    return Error::make(code, {}, context + QStringLiteral(": ") + err.text());
}

Result<QSqlQuery *> Database::prepared(const QString &sqlText)
{
    auto it = d->statements.constFind(sqlText);
    if (it != d->statements.cend()) {
        it.value()->finish();
        return it.value().get();
    }
    auto q = std::make_shared<QSqlQuery>(d->db);
    q->setForwardOnly(true);
    if (!q->prepare(sqlText))
        return fromSqlError(q->lastError(), QStringLiteral("prepare ") + sqlText.left(80));
    d->statements.insert(sqlText, q);
    return q.get();
}

StatementCache &Database::statementCache()
{
    if (!d->raw)
        d->raw = std::make_unique<StatementCache>(sqlite::handle(d->db));
    return *d->raw;
}

} // namespace mt
