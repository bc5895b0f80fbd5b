// A clock the test moves by hand; safe to read from other threads (an in-process server's handlers).
#pragma once

#include "common/Clock.h"

#include <QDateTime>

#include <atomic>

namespace mt {

class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime startUtc = QDateTime(QDate(2026, 11, 24), QTime(1, 0), Qt::UTC));
    QDateTime nowUtc() const override;
    void set(const QDateTime &utc);
    void advanceMs(qint64 ms);
    void advanceMinutes(int minutes) { advanceMs(qint64(minutes) * 60'000); }

private:
    std::atomic<qint64> m_nowMs; // ms since the epoch, UTC
};

} // namespace mt
