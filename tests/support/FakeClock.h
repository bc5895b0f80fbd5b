// A clock the test moves by hand.
#pragma once

#include "common/Clock.h"

#include <QDateTime>

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
    QDateTime m_now;
};

} // namespace mt
