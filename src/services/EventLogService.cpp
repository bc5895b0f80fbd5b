// EventLogService: events made elsewhere (bundle, hub pull), the local log in arrival order, the audit chain.
#include "services/EventLogService.h"

#include "BundlePeers.h"
#include "ServiceContext.h"

namespace mt {

namespace {
constexpr int kImportBatch = 1000;
} // namespace

EventLogService::EventLogService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<EventImportCounts> EventLogService::importEvents(const QList<Event> &events)
{
    EventImportCounts counts;
    Hlc newest;
    for (qsizetype i = 0; i < events.size(); i += kImportBatch) {
        const QList<Event> batch = events.mid(i, kImportBatch);
        const Result<int> added = m_ctx.store.append(batch);
        if (!added)
            return added.error(); // earlier batches stay: importing again completes the rest
        counts.newEvents += added.value();
        for (const Event &e : batch)
            newest = std::max(newest, e.hlc);
    }
    counts.duplicates = events.size() - counts.newEvents;
    if (newest.value > 0)
        m_ctx.hlc.observe(newest);
    if (counts.newEvents > 0) {
        emit m_ctx.notifier.alertsChanged();
        emit m_ctx.notifier.incidentsChanged();
        emit m_ctx.notifier.usersChanged();
    }
    return counts;
}

Result<QList<LoggedEvent>> EventLogService::loggedEvents(qint64 afterSeq, int limit) const
{
    return BundlePeers(*m_ctx.db).eventsAfter(afterSeq, QString(), limit);
}

void EventLogService::eventsArrivedExternally(Hlc newest)
{
    if (newest.value > 0)
        m_ctx.hlc.observe(newest);
    emit m_ctx.notifier.alertsChanged();
    emit m_ctx.notifier.incidentsChanged();
}

Result<AuditChainReport> EventLogService::verifyAudit() const
{
    auto r = m_ctx.store.verifyChain();
    if (r)
        m_ctx.info(QStringLiteral("audit verify: %1 events, intact=%2")
                       .arg(r->checked)
                       .arg(r->intact ? QStringLiteral("true") : QStringLiteral("false")));
    return r;
}

} // namespace mt
