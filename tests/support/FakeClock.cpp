// FakeClock implementation.
#include "FakeClock.h"

namespace mt {

FakeClock::FakeClock(QDateTime startUtc)
    : m_now(std::move(startUtc))
{
}

QDateTime FakeClock::nowUtc() const
{
    return m_now;
}

void FakeClock::set(const QDateTime &utc)
{
    m_now = utc.toUTC();
}

void FakeClock::advanceMs(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
}

} // namespace mt
