// AdminService: database check, backup and restore, and whether this run's integrity check passed.
#include "services/AdminService.h"

#include "ServiceContext.h"

#include <QDir>
#include <QFileInfo>

namespace mt {

AdminService::AdminService(ServiceContext &ctx) : m_ctx(ctx) {}

QString AdminService::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("medtrack.db"));
}

QString AdminService::newestBackup(const QString &dataDir)
{
    return Database::newestBackup(databasePath(dataDir));
}

Status AdminService::restore(const QString &dataDir, const QString &backupFile)
{
    if (!QFileInfo(backupFile).isFile())
        return Error::make(ErrorCode::NotFound, QStringLiteral("file"), backupFile);
    QDir().mkpath(dataDir);
    return Database::restore(backupFile, databasePath(dataDir));
}

Status AdminService::checkDatabase()
{
    const Status st = m_ctx.db->quickCheck();
    m_ctx.info(QStringLiteral("database check: %1").arg(describeError(st)));
    return st;
}

Status AdminService::backup(const Session *s, const QString &file)
{
    if (s) {
        const Status allowed = permit(*s, Action::BackupRestore);
        if (!allowed.ok())
            return m_ctx.fail(QStringLiteral("backup"), *s, allowed);
    }
    const Status st = m_ctx.db->backupTo(file);
    m_ctx.info(QStringLiteral("backup to %1 by %2: %3")
                   .arg(file, s ? s->user : QStringLiteral("local"), describeError(st)));
    return st;
}

int AdminService::schemaVersion() const
{
    return m_ctx.db->schemaVersion();
}

std::shared_ptr<const IntegrityGate> AdminService::integrityGate() const
{
    return m_ctx.integrity;
}

AdminService::IntegrityBasis AdminService::integrityBasis() const
{
    return m_ctx.integrityBasis;
}

bool AdminService::integrityVerified() const
{
    return m_ctx.db->integrityVerified();
}

} // namespace mt
