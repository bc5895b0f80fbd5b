// Core's side of hub sync: the worker (mt_sync) stores pulled events itself; Core merges their HLC and tells the views.
#include "CoreImpl.h"

namespace mt {

void Core::eventsArrivedExternally(Hlc newest)
{
    if (newest.value > 0)
        d->hlc.observe(newest);
    emit d->notifier.alertsChanged();
    emit d->notifier.incidentsChanged();
}

} // namespace mt
