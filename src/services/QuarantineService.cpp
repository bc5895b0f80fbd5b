// QuarantineService: a data steward marks a quarantined SISDMK record reviewed, audited in the event chain.
#include "services/QuarantineService.h"

#include "ServiceContext.h"
#include "common/Clock.h"
#include "storage/QuarantineRepository.h"

namespace mt {

namespace {
// Not projected (the quarantine row itself carries reviewed_by/at); the event is the audit trail:
// hash-chained, signed into bundles, verified by "medtrackctl audit verify" like every other change.
const QString &kEntityType = EntityType::SisdmkQuarantine;
const QString kReviewed = QStringLiteral("sisdmk.quarantine_reviewed");
} // namespace

QuarantineService::QuarantineService(ServiceContext &ctx) : m_ctx(ctx) {}

Status QuarantineService::review(const Session &s, qint64 quarantineId)
{
    const QString cmd = QStringLiteral("review quarantine %1").arg(quarantineId);
    Status st = permit(s, Action::QuarantineReview);
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    const qint64 now = m_ctx.clock.nowMs();
    // Quarantine ids are local row ids: the site id keeps the entity unique across sites.
    const QString entityId = m_ctx.config.siteId + QLatin1Char(':') + QString::number(quarantineId);
    const Event e = m_ctx.makeEvent(s.user, kEntityType, entityId, kReviewed,
                                 {{QStringLiteral("quarantine_id"), quarantineId}});
    QuarantineRepository repo(*m_ctx.db);
    st = m_ctx.append({e}, [&](QSqlDatabase &) { return repo.markReviewed(quarantineId, s.user, now); });
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    m_ctx.info(QStringLiteral("%1 by %2").arg(cmd, s.user));
    return {};
}

} // namespace mt
