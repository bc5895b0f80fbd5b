// Injected wall clock: production uses SystemClock, tests a FakeClock (tests/support).
#pragma once

#include <QDateTime>

namespace mt {

class Clock
{
public:
    virtual ~Clock();
    // Current time in UTC. Never call QDateTime::currentDateTime() outside this class.
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace mt
