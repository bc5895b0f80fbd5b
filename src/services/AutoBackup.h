// Daily automatic backups in <dataDir>/backups: what to write now and which old ones to drop.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mt {

struct AutoBackupPlan
{
    bool due = false;
    QString file;      // backups/medtrack-auto-yyyyMMdd-HHmmss.db (UTC)
    QStringList prune; // oldest automatic backups beyond `keep` once `file` exists
};

// Due when no automatic backup is younger than `intervalMs`; only files named by this scheme
// are ever pruned, so a backup an admin made by hand is never deleted.
AutoBackupPlan planAutoBackup(const QString &backupDir, const QDateTime &nowUtc, int keep, qint64 intervalMs);

} // namespace mt
