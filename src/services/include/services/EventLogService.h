// The event log as a whole: events made elsewhere (bundle, hub pull), the local log in order, the audit chain.
#pragma once

#include "common/Error.h"
#include "common/Hlc.h"
#include "domain/Event.h"
#include "domain/Records.h"
#include "services/Bundle.h"

#include <QList>

namespace mt {

class ServiceContext;

class EventLogService
{
public:
    explicit EventLogService(ServiceContext &ctx);

    // Stores events made elsewhere idempotently, in batches, and merges their HLCs into this
    // site's clock so later local events sort after them.
    Result<EventImportCounts> importEvents(const QList<Event> &events);
    // Called on the owner's thread after another connection (the hub-sync worker) stored events made
    // elsewhere: merges `newest` into this site's HLC and tells the views.
    void eventsArrivedExternally(Hlc newest);
    // The local log in arrival order (events.seq > afterSeq), at most `limit` events.
    Result<QList<LoggedEvent>> loggedEvents(qint64 afterSeq, int limit) const;
    // Recomputes the hash chain over the whole log (medtrackctl audit verify).
    Result<AuditChainReport> verifyAudit() const;

private:
    ServiceContext &m_ctx;
};

} // namespace mt
