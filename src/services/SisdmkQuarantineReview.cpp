// Core::reviewQuarantine: a data steward marks a quarantined SISDMK record reviewed, audited in the event chain.
#include "services/Core.h"

#include "CoreImpl.h"
#include "common/Clock.h"
#include "storage/QuarantineRepository.h"

namespace mt {

namespace {
// Not projected (the quarantine row itself carries reviewed_by/at); the event is the audit trail:
// hash-chained, signed into bundles, verified by "medtrackctl audit verify" like every other change.
const QString kEntityType = QStringLiteral("sisdmk_quarantine");
const QString kReviewed = QStringLiteral("sisdmk.quarantine_reviewed");
} // namespace

Status Core::reviewQuarantine(const Session &s, qint64 quarantineId)
{
    const QString cmd = QStringLiteral("review quarantine %1").arg(quarantineId);
    Status st = permit(s, Action::QuarantineReview);
    if (!st.ok())
        return d->fail(cmd, s, st);
    const qint64 now = d->clock.nowMs();
    // Quarantine ids are local row ids: the site id keeps the entity unique across sites.
    const QString entityId = d->config.siteId + QLatin1Char(':') + QString::number(quarantineId);
    const Event e = d->makeEvent(s.user, kEntityType, entityId, kReviewed,
                                 {{QStringLiteral("quarantine_id"), quarantineId}});
    QuarantineRepository repo(*d->db);
    st = d->append({e}, [&](QSqlDatabase &) { return repo.markReviewed(quarantineId, s.user, now); });
    if (!st.ok())
        return d->fail(cmd, s, st);
    d->info(QStringLiteral("%1 by %2").arg(cmd, s.user));
    return {};
}

} // namespace mt
