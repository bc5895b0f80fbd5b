// SisdmkAlertSink: the ETL's alerts enter the normal alert flow (dedup keys sisdmk:*).
#include "SisdmkAlertSink.h"

#include "services/Workspace.h"
#include "services/AlertService.h"

namespace mt {

void SisdmkAlertSink::raise(const SyncAlert &alert)
{
    RaiseAlertRequest r;
    r.severity = alert.severity;
    r.module = alert.module;
    r.title = alert.title;
    r.details = alert.details.left(2000);
    r.dedupKey = alert.dedupKey;
    r.resource = alert.resource;
    const auto result = m_ws.alerts().raise(Session::system(), r);
    if (!result)
        m_ws.logInfo(QStringLiteral("SISDMK alert not raised: ") + result.error().detail);
}

} // namespace mt
