// Administration of the data dir: database check, backup and restore, the integrity state of this run.
#pragma once

#include "common/Error.h"
#include "services/Session.h"

#include <QString>

#include <memory>

namespace mt {

class IntegrityGate;
class ServiceContext;

class AdminService
{
public:
    explicit AdminService(ServiceContext &ctx);

    // Full PRAGMA quick_check of the file now.
    Status checkDatabase();
    // `s` null: the local OS account (CLI only). Action::BackupRestore otherwise.
    Status backup(const Session *s, const QString &file);
    int schemaVersion() const;
    // True once this run's start-up integrity check passed (at open, or deferred in the GUI).
    bool integrityVerified() const;
    // What this run's verdict rests on: its own full check, the clean-shutdown marker of the previous
    // run (medtrackctl, WorkspaceOptions::trustCleanShutdown), or another workspace of this process.
    enum class IntegrityBasis { FullCheck, CleanShutdown, SharedInProcess };
    IntegrityBasis integrityBasis() const;
    // That check's verdict for the other connections this process opens to the file (workers, the
    // bundle runner): they wait for it instead of checking the whole file again.
    std::shared_ptr<const IntegrityGate> integrityGate() const;

    static QString databasePath(const QString &dataDir);
    // Newest automatic backup in <dataDir>/backups, or empty: offered when the file is damaged.
    static QString newestBackup(const QString &dataDir);
    // Replaces <dataDir>/medtrack.db with a verified backup; no Workspace may have the dir open.
    static Status restore(const QString &dataDir, const QString &backupFile);

private:
    ServiceContext &m_ctx;
};

} // namespace mt
