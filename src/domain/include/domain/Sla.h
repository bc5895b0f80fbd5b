// SLA policy of the governance package: Sev-1 4 h, Sev-2 8 h, Sev-3 24 h, Sev-4 3 business days.
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTime>

namespace mt {

// Working calendar of a site: working days, working hours, public holidays, zone.
struct BusinessCalendar
{
    SiteZone zone = SiteZone::WIB;
    // Out of line: an inline QSet{1, 2, 3, 4, 5} trips GCC 12's -Wdangling-pointer false positive
    // (and -Werror) in every file that default-constructs a calendar.
    static QSet<int> mondayToFriday();
    QSet<int> workingDays = mondayToFriday(); // Qt::DayOfWeek, Monday = 1
    QTime workStart{8, 0};
    QTime workEnd{16, 0};
    QSet<QDate> holidays;

    bool isBusinessDay(QDate localDate) const;
    // Adds `days` whole business days to a UTC instant: the due time is the same local
    // time of day on the n-th following business day; an instant outside working hours
    // counts from the next start of work.
    QDateTime addBusinessDays(const QDateTime &utc, int days) const;
    QDateTime toLocal(const QDateTime &utc) const; // fixed-offset local time of the zone
};

enum class SlaState { OnTrack, AtRisk, Breached, Met, Missed };

struct SlaPolicy
{
    BusinessCalendar calendar;
    double atRiskFraction = 0.75;

    QDateTime dueAt(int severity, const QDateTime &openedUtc) const;
    // For an open incident: OnTrack/AtRisk/Breached at `nowUtc`; for a closed one: Met/Missed.
    SlaState state(const QDateTime &openedUtc, const QDateTime &dueUtc, const QDateTime &nowUtc,
                   const QDateTime &closedUtc = {}) const;
};

QString toKey(SlaState s);

} // namespace mt
