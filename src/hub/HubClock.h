// The hub's clock against its clients' (issue 10, part 1): an event stamped further ahead than
// --max-clock-ahead is refused, the hub's HLC only ever observes what it accepted, and its high-water
// mark is persisted so a restart never goes back.
#pragma once

#include "common/Error.h"
#include "common/Hlc.h"

#include <QSqlDatabase>

namespace mt {

class SharedHlc;

namespace hubclock {

// The greatest HLC the bound lets in at `nowMs`.
Hlc bound(qint64 nowMs, qint64 maxAheadMs);
// At start: loads the persisted mark into `hlc`; the first time (after the upgrade), seeds it from the
// log, ignoring anything not canonical or beyond the bound (events an older hub took from a wrong clock).
Status restore(QSqlDatabase db, SharedHlc &hlc, qint64 nowMs, qint64 maxAheadMs);
// Inside a write transaction that stored events: raises the persisted mark to `hlc`, never lowers it.
Status persist(QSqlDatabase db, Hlc hlc);
// Repair (`medtrack-hub events quarantine`): moves every event whose HLC is not canonical or is after
// `after` into events_quarantine, drops the open-alert entries they opened, and lowers the persisted mark
// to the newest event left. Returns how many were moved.
Result<qint64> quarantine(QSqlDatabase db, Hlc after, qint64 nowMs, const QString &reason);

} // namespace hubclock
} // namespace mt
