// Wall clock implementations.
#include "common/Clock.h"

namespace mt {

Clock::~Clock() = default;

qint64 Clock::nowMs() const
{
    return nowUtc().toMSecsSinceEpoch();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace mt
