// How far ahead of a receiver's clock an event may be stamped (issue 10): the one rule the hub's push and
// a bundle import apply, and the one way the screens and messages turn the lead into minutes.
#pragma once

#include "common/Hlc.h"
#include "domain/FieldLimits.h"

#include <algorithm>

namespace mt::clockbound {

// How far (ms) the event's wall part lies beyond receiverNowMs + maxAheadMs; 0 or less = accepted.
inline qint64 beyond(Hlc hlc, qint64 receiverNowMs, qint64 maxAheadMs = limits::kMaxClockAheadMs)
{
    return hlc.physicalMs() - (receiverNowMs + maxAheadMs);
}

// A lead in whole minutes, rounded up and at least 1, as the messages say it.
inline int minutesUp(qint64 ms)
{
    return int(std::max<qint64>(1, (ms + 59'999) / 60'000));
}

} // namespace mt::clockbound
