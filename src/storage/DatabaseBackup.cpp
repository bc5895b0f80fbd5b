// Database: online backup (sqlite3_backup), verified restore, and finding the newest backup.
#include "storage/Database.h"

#include "SqliteRaw.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace mt {

namespace {

// Owns a raw connection to a file that is not the live database (backup copy, restore source).
class RawFile
{
public:
    RawFile(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    ~RawFile() { sqlite3_close(m_db); }
    RawFile(const RawFile &) = delete;
    RawFile &operator=(const RawFile &) = delete;
    sqlite3 *get() const { return m_db; }
    Status openStatus(const QString &path) const
    {
        if (m_rc == SQLITE_OK)
            return {};
        return Error::make(sqlite::codeFor(m_rc), {}, QStringLiteral("open ") + path + QStringLiteral(": ") +
                                                          QString::fromUtf8(sqlite3_errstr(m_rc)));
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_OK;
};

Status copyPages(sqlite3 *from, sqlite3 *to)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error::make(sqlite::codeFor(sqlite3_errcode(to)), {},
                           QStringLiteral("backup init: ") + QString::fromUtf8(sqlite3_errmsg(to)));
    // All pages in one step: one read snapshot (writers on other connections are not blocked in
    // WAL mode), and no restart loop when another connection writes while we copy.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::make(sqlite::codeFor(rc), {}, QStringLiteral("backup step: ") + QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

// Moves `from` to `to`, replacing `to`; a missing `from` is not an error.
bool moveReplacing(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from))
        return true;
    QFile::remove(to);
    return QFile::rename(from, to);
}

} // namespace

namespace {

// Copies `from` into `file` under a temporary name, verifies the copy, then renames it.
Status backupFrom(sqlite3 *from, const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    // Written under a temporary name and renamed, so a half-written backup never looks like one.
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    {
        RawFile dest(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (Status st = dest.openStatus(part); !st.ok())
            return st;
        if (Status st = copyPages(from, dest.get()); !st.ok()) {
            QFile::remove(part);
            return st;
        }
        // A rollback-journal file is self-contained: the copy can be moved, mailed, opened read-only.
        sqlite::execScript(dest.get(), QStringLiteral("PRAGMA journal_mode = DELETE;"), QStringLiteral("backup"));
        if (Status st = sqlite::quickCheck(dest.get()); !st.ok()) {
            QFile::remove(part);
            return st;
        }
    }
    if (!moveReplacing(part, file))
        return Error::make(ErrorCode::Io, {}, QStringLiteral("cannot rename backup to ") + file);
    return {};
}

} // namespace

Status Database::backupTo(const QString &file)
{
    return backupFrom(sqlite::handle(sql()), file);
}

Status Database::backupFile(const QString &dbPath, const QString &file)
{
    RawFile source(dbPath, SQLITE_OPEN_READONLY);
    if (Status st = source.openStatus(dbPath); !st.ok())
        return st;
    sqlite3_busy_timeout(source.get(), 5000);
    return backupFrom(source.get(), file);
}

Status Database::restore(const QString &backupFile, const QString &dbPath)
{
    if (!QFileInfo::exists(backupFile))
        return Error::make(ErrorCode::NotFound, QStringLiteral("backup"), backupFile);
    {
        RawFile source(backupFile, SQLITE_OPEN_READONLY);
        if (Status st = source.openStatus(backupFile); !st.ok())
            return st;
        if (Status st = sqlite::quickCheck(source.get()); !st.ok())
            return st;
        Result<int> version = sqlite::schemaVersion(source.get());
        if (!version)
            return version.error();
        if (version.value() == 0)
            return Error::make(ErrorCode::Validation, QStringLiteral("backup"), QStringLiteral("not a MedTrack database"));
        if (version.value() > latestSchemaVersion()) {
            return Error::make(ErrorCode::DatabaseTooNew, {},
                               QStringLiteral("backup schema version %1 is newer than this build's latest %2")
                                   .arg(version.value())
                                   .arg(latestSchemaVersion()));
        }
    }
    const QString before = dbPath + QStringLiteral(".before-restore");
    const QString staging = dbPath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupFile, staging))
        return Error::make(ErrorCode::Io, {}, QStringLiteral("cannot copy ") + backupFile);
    // The old -wal belongs to the old file (it may hold commits not yet checkpointed): it moves
    // with it, so `.before-restore` opens complete; left in place it would be replayed onto
    // the restored file. The -shm is only an index and is rebuilt.
    bool moved = moveReplacing(dbPath, before) && moveReplacing(dbPath + QStringLiteral("-wal"), before + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    QFile::remove(before + QStringLiteral("-shm"));
    if (!moved || !QFile::rename(staging, dbPath)) {
        QFile::remove(staging);
        return Error::make(ErrorCode::Io, {}, QStringLiteral("cannot replace ") + dbPath);
    }
    return {};
}

QString Database::newestBackup(const QString &dbPath)
{
    const QDir dir(QFileInfo(dbPath).absolutePath() + QStringLiteral("/backups"));
    QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    QString newest;
    QDateTime newestTime;
    for (const QFileInfo &fi : files) {
        if (fi.fileName().endsWith(QLatin1String(".part")) || fi.fileName().endsWith(QLatin1String("-wal")) ||
            fi.fileName().endsWith(QLatin1String("-shm")) || fi.fileName().endsWith(QLatin1String("-journal")))
            continue;
        // Ties (same mtime) go to the later name: backup names carry a sortable timestamp.
        if (newest.isEmpty() || fi.lastModified() >= newestTime) {
            newest = fi.absoluteFilePath();
            newestTime = fi.lastModified();
        }
    }
    return newest;
}

} // namespace mt
