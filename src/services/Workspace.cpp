// Workspace: opens a data directory and owns the services over it (one ServiceContext they all share).
#include "services/Workspace.h"

#include "CleanShutdown.h"
#include "ServiceContext.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "services/AccountService.h"
#include "services/AdminService.h"
#include "services/AlertService.h"
#include "services/BundleService.h"
#include "services/EventLogService.h"
#include "services/IncidentService.h"
#include "services/PersonnelDirectory.h"
#include "services/QuarantineService.h"
#include "services/TimelineService.h"

#include <QDir>

namespace mt {

struct Workspace::Services
{
    explicit Services(ServiceContext &ctx)
        : alerts(ctx), incidents(ctx), timelines(ctx), accounts(ctx), events(ctx), bundles(ctx, events), admin(ctx),
          quarantine(ctx), personnel(ctx)
    {
    }
    AlertService alerts;
    IncidentService incidents;
    TimelineService timelines;
    AccountService accounts;
    EventLogService events;
    BundleService bundles;
    AdminService admin;
    QuarantineService quarantine;
    PersonnelDirectory personnel;
};

Workspace::Workspace() = default;
Workspace::~Workspace()
{
    m_services.reset(); // services refer to the context
    m_ctx.reset();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dataDir, const Clock &clock,
                                                   const WorkspaceOptions &options)
{
    if (!QDir().mkpath(dataDir))
        return Error::make(ErrorCode::Io, QStringLiteral("data_dir"), QStringLiteral("cannot create %1").arg(dataDir));
    // Unique per Workspace: QSqlDatabase keeps a process-wide name registry.
    const QString connection = QStringLiteral("medtrack-workspace-%1").arg(newUuidV7(clock));
    Database::IntegrityCheck check =
        options.deferIntegrityCheck ? Database::IntegrityCheck::Deferred : Database::IntegrityCheck::AtOpen;
    const QString dbPath = AdminService::databasePath(dataDir);
    // Taken (deleted) by every open, so a run that crashes leaves no marker behind for the next one.
    const std::optional<CleanShutdownMarker> marker = options.verifiedBy ? std::nullopt : CleanShutdown::take(dbPath);
    AdminService::IntegrityBasis basis = AdminService::IntegrityBasis::FullCheck;
    if (options.verifiedBy) {
        const auto after = Database::checkAfter(options.verifiedBy.get());
        if (!after)
            return after.error();
        check = after.value();
        if (check == Database::IntegrityCheck::VerifiedByCaller)
            basis = AdminService::IntegrityBasis::SharedInProcess;
    } else if (options.trustCleanShutdown && !options.deferIntegrityCheck && marker
               && CleanShutdown::trustworthy(*marker, dbPath, clock.nowMs())) {
        check = Database::IntegrityCheck::VerifiedByCaller;
        basis = AdminService::IntegrityBasis::CleanShutdown;
    }
    auto db = Database::open(dbPath, connection, Database::Mode::ReadWrite, check);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_ctx = std::make_unique<ServiceContext>(QDir(dataDir).absolutePath(), clock, options, std::move(db).value());
    ws->m_services = std::make_unique<Services>(*ws->m_ctx);
    ServiceContext &ctx = *ws->m_ctx;
    ctx.integrityBasis = basis;
    if (ctx.db->integrityVerified())
        ctx.lastFullCheckMs = basis == AdminService::IntegrityBasis::CleanShutdown ? marker->checkedAtMs
                              : basis == AdminService::IntegrityBasis::FullCheck  ? clock.nowMs()
                                                                                   : 0;
    ctx.info(QStringLiteral("opened data dir %1 (schema %2, site %3, integrity: %4)")
                 .arg(ctx.dataDir)
                 .arg(ctx.db->schemaVersion())
                 .arg(ctx.config.siteId)
                 .arg(basis == AdminService::IntegrityBasis::CleanShutdown ? QStringLiteral("trusted clean shutdown")
                      : basis == AdminService::IntegrityBasis::SharedInProcess
                          ? QStringLiteral("verdict of this process")
                          : ctx.db->integrityVerified() ? QStringLiteral("full check passed")
                                                        : QStringLiteral("full check in background")));
    if (!ctx.db->integrityVerified()) {
        ctx.startDeferredIntegrityCheck();
    } else {
        ctx.integrity->resolve(true);
        ctx.maybeAutoBackup();
    }
    return Result<std::unique_ptr<Workspace>>(std::move(ws));
}

const AppConfig &Workspace::config() const { return m_ctx->config; }
const Clock &Workspace::clock() const { return m_ctx->clock; }
QString Workspace::dataDir() const { return m_ctx->dataDir; }
ChangeNotifier &Workspace::notifier() { return m_ctx->notifier; }

Status Workspace::saveConfig(const AppConfig &config)
{
    const Status st = config.save(m_ctx->dataDir);
    if (!st.ok())
        return st;
    m_ctx->config = config;
    m_ctx->info(QStringLiteral("settings saved (site %1)").arg(config.siteId));
    return {};
}

void Workspace::logInfo(const QString &message) const
{
    m_ctx->info(message);
}

AlertService &Workspace::alerts() { return m_services->alerts; }
IncidentService &Workspace::incidents() { return m_services->incidents; }
TimelineService &Workspace::timelines() { return m_services->timelines; }
AccountService &Workspace::accounts() { return m_services->accounts; }
BundleService &Workspace::bundles() { return m_services->bundles; }
EventLogService &Workspace::events() { return m_services->events; }
AdminService &Workspace::admin() { return m_services->admin; }
QuarantineService &Workspace::quarantine() { return m_services->quarantine; }
PersonnelDirectory &Workspace::personnel() { return m_services->personnel; }

} // namespace mt
