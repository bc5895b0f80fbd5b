// What every service of one open data directory shares: the connection, event append, clock, log, notifier.
// Private to mt_services: screens and the CLI reach these only through the services' own headers.
#pragma once

#include "common/Hlc.h"
#include "common/IntegrityGate.h"
#include "domain/Event.h"
#include "security/PasswordHasher.h"
#include "services/AdminService.h"
#include "services/AppConfig.h"
#include "services/ChangeNotifier.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/Repositories.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <thread>

namespace spdlog { class logger; }

namespace mt {

class ServiceContext
{
public:
    ServiceContext(const QString &dir, const Clock &clk, const WorkspaceOptions &opts, std::unique_ptr<Database> database);
    ~ServiceContext();
    ServiceContext(const ServiceContext &) = delete;
    ServiceContext &operator=(const ServiceContext &) = delete;

    QString dataDir;
    const Clock &clock;
    WorkspaceOptions options;
    AppConfig config;
    std::unique_ptr<Database> db;
    EventStore store;
    AlertRepository alerts;
    IncidentRepository incidents;
    UserRepository users;
    AttachmentRepository attachments;
    HlcClock hlc;
    PasswordHasher hasher;
    std::shared_ptr<spdlog::logger> log;
    ChangeNotifier notifier;
    // This run's one integrity check of the file; every other connection of the process asks it.
    std::shared_ptr<IntegrityGate> integrity = std::make_shared<IntegrityGate>();
    AdminService::IntegrityBasis integrityBasis = AdminService::IntegrityBasis::FullCheck;
    qint64 lastFullCheckMs = 0; // when a full check of the file last passed (0: not in this run)

    // The start-up PRAGMA quick_check off the owner's thread (WorkspaceOptions::deferIntegrityCheck).
    void startDeferredIntegrityCheck();
    void maybeAutoBackup();

    // A new local event: fresh id, next HLC, this site, the given actor.
    Event makeEvent(const QString &actor, const QString &entityType, const QString &entityId,
                    const QString &type, const QJsonObject &payload = {});
    Status append(const QList<Event> &events, const std::function<Status(QSqlDatabase &)> &also = {});
    // Current projections, NotFound (field = `field`) when missing.
    Result<Alert> loadAlert(const QString &id, const QString &field = QStringLiteral("alert")) const;
    Result<Incident> loadIncident(const QString &id) const;
    bool userExists(const QString &name) const;
    SlaPolicy slaPolicy() const;

    void info(const QString &msg) const;
    void warn(const QString &msg) const;
    // Logs a refused/failed command and hands the error back, so callers can `return fail(...)`.
    Error fail(const QString &command, const Session &s, const Error &e) const;

private:
    std::thread m_integrityCheck; // joined in the destructor, before the notifier goes away
    std::thread m_autoBackup;     // likewise
};

// Small helpers shared by the services' implementation files.
Status permit(const Session &s, Action action);
QString describeError(const Error &e);

} // namespace mt
