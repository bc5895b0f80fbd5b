// Status-bar clock driven by the injected Clock, so tests with a FakeClock see the fake time.
#include "shell/StatusBarClock.h"

#include "common/Clock.h"
#include "base/UiText.h"

#include <QTimer>

namespace mt {

StatusBarClock::StatusBarClock(const Clock &clock, SiteZone zone, QWidget *parent)
    : QLabel(parent), m_clock(clock), m_zone(zone)
{
    setObjectName(QStringLiteral("statusClock"));
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &StatusBarClock::tick);
    timer->start(1000);
    tick();
}

void StatusBarClock::tick()
{
    setText(UiText::localTime(m_clock.nowMs(), m_zone, true));
}

} // namespace mt
