// Business calendar (fixed-offset Indonesian zones) and SLA due dates and states.
#include "domain/Sla.h"

namespace mt {

namespace {

// Ten years of searching: a calendar with no working day at all must not loop forever.
constexpr int kMaxDaysSearched = 3660;

} // namespace

QSet<int> BusinessCalendar::mondayToFriday()
{
    return {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
}

bool BusinessCalendar::isBusinessDay(QDate localDate) const
{
    return localDate.isValid() && workingDays.contains(localDate.dayOfWeek())
        && !holidays.contains(localDate);
}

QDateTime BusinessCalendar::toLocal(const QDateTime &utc) const
{
    // Indonesia has no DST, so a fixed offset is exact and needs no tz database.
    return utc.toOffsetFromUtc(utcOffsetSeconds(zone));
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime &utc, int days) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = toLocal(utc);
    QDate date = local.date();
    QTime time = local.time();
    const bool inHours = isBusinessDay(date) && time >= workStart && time < workEnd;
    if (!inHours) {
        // Before work on a business day starts that morning; anything else the next business day.
        if (!(isBusinessDay(date) && time < workStart))
            date = date.addDays(1);
        int guard = 0;
        while (!isBusinessDay(date) && guard++ < kMaxDaysSearched)
            date = date.addDays(1);
        time = workStart;
    }
    for (int n = 0; n < days; ++n) {
        date = date.addDays(1);
        int guard = 0;
        while (!isBusinessDay(date) && guard++ < kMaxDaysSearched)
            date = date.addDays(1);
    }
    if (!isBusinessDay(date))
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, utcOffsetSeconds(zone)).toUTC();
}

QDateTime SlaPolicy::dueAt(int severity, const QDateTime &openedUtc) const
{
    // Invalid severity gives an invalid time, so a caller cannot show a made-up deadline.
    if (!openedUtc.isValid())
        return {};
    const QDateTime opened = openedUtc.toUTC();
    switch (severity) {
    case 1: return opened.addSecs(4 * 3600);
    case 2: return opened.addSecs(8 * 3600);
    case 3: return opened.addSecs(24 * 3600);
    case 4: return calendar.addBusinessDays(opened, 3);
    default: return {};
    }
}

SlaState SlaPolicy::state(const QDateTime &openedUtc, const QDateTime &dueUtc, const QDateTime &nowUtc,
                          const QDateTime &closedUtc) const
{
    if (closedUtc.isValid())
        return closedUtc <= dueUtc ? SlaState::Met : SlaState::Missed;
    if (nowUtc > dueUtc)
        return SlaState::Breached;
    const qint64 total = openedUtc.msecsTo(dueUtc);
    if (total <= 0)
        return SlaState::AtRisk; // a zero-length window is at risk from its first moment
    const double elapsed = double(openedUtc.msecsTo(nowUtc)) / double(total);
    return elapsed >= atRiskFraction ? SlaState::AtRisk : SlaState::OnTrack;
}

QString toKey(SlaState s)
{
    switch (s) {
    case SlaState::OnTrack: return QStringLiteral("on_track");
    case SlaState::AtRisk: return QStringLiteral("at_risk");
    case SlaState::Breached: return QStringLiteral("breached");
    case SlaState::Met: return QStringLiteral("met");
    case SlaState::Missed: return QStringLiteral("missed");
    }
    return QStringLiteral("on_track");
}

} // namespace mt
