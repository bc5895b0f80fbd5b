// One open data directory and the services over it (no singletons): GUI and CLI ask the services, never storage.
#pragma once

#include "common/Error.h"
#include "services/AppConfig.h"
#include "services/ChangeNotifier.h"
#include "services/Session.h"

#include <QString>

#include <memory>

namespace mt {

class AccountService;
class AdminService;
class AlertService;
class BundleService;
class Clock;
class IntegrityGate;
class EventLogService;
class IncidentService;
class PersonnelDirectory;
class QuarantineService;
class ServiceContext;
class TimelineService;

// How a Workspace is opened; the defaults are production settings.
struct WorkspaceOptions
{
    // Password KDF cost (Argon2id). FastForTests exists only so test suites stay fast.
    enum class KdfStrength { Interactive, Moderate, FastForTests };
    KdfStrength kdf = KdfStrength::Interactive;
    QString component = QStringLiteral("core"); // "component" field of the log lines
    // GUI: run the start-up PRAGMA quick_check on a background thread (writes are refused
    // until it passes; ChangeNotifier::integrityChecked reports the result). CLI: check at open.
    bool deferIntegrityCheck = false;
    // GUI: once the integrity check has passed, write a daily backup to <dataDir>/backups on a
    // background thread (kept: the last 7), so a damaged file can be replaced by a recent copy.
    bool autoBackup = false;
    // A second workspace on a directory another one in this process has open (the bundle runner's
    // thread): it takes that one's integrity verdict instead of reading the whole file again.
    std::shared_ptr<const IntegrityGate> verifiedBy = nullptr;
    // medtrackctl: skip the full check when the previous run closed the file cleanly and a full check
    // passed less than 24 h ago (docs/cli.md, "Integrity check"); otherwise check at open as usual.
    bool trustCleanShutdown = false;
};

class Workspace
{
public:
    // Opens <dataDir>/medtrack.db (creating the dir), loads config, starts logging to
    // <dataDir>/logs/. DatabaseCorrupt / DatabaseTooNew are returned, never written over.
    static Result<std::unique_ptr<Workspace>> open(const QString &dataDir, const Clock &clock,
                                                   const WorkspaceOptions &options = {});
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    const AppConfig &config() const;
    Status saveConfig(const AppConfig &config);
    const Clock &clock() const;
    QString dataDir() const;
    ChangeNotifier &notifier();
    // Writes one line to this data dir's log (redacted; never pass secrets anyway).
    void logInfo(const QString &message) const;

    AlertService &alerts();
    IncidentService &incidents();
    TimelineService &timelines();
    AccountService &accounts();
    BundleService &bundles();
    EventLogService &events();
    AdminService &admin();
    QuarantineService &quarantine();
    PersonnelDirectory &personnel();

private:
    Workspace();
    struct Services;
    std::unique_ptr<ServiceContext> m_ctx;
    std::unique_ptr<Services> m_services;
};

} // namespace mt
