// Status-bar clock: the site's local time with its zone name (WIB/WITA/WIT), ticking each second.
#pragma once

#include "domain/Types.h"

#include <QLabel>

namespace mt {

class Clock;

class StatusBarClock : public QLabel
{
    Q_OBJECT
public:
    StatusBarClock(const Clock &clock, SiteZone zone, QWidget *parent = nullptr);

private:
    void tick();

    const Clock &m_clock;
    SiteZone m_zone;
};

} // namespace mt
