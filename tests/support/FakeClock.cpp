// FakeClock implementation.
#include "FakeClock.h"

namespace mt {

FakeClock::FakeClock(QDateTime startUtc)
    : m_nowMs(startUtc.toMSecsSinceEpoch())
{
}

QDateTime FakeClock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC);
}

void FakeClock::set(const QDateTime &utc)
{
    m_nowMs.store(utc.toMSecsSinceEpoch());
}

void FakeClock::advanceMs(qint64 ms)
{
    m_nowMs.fetch_add(ms);
}

} // namespace mt
