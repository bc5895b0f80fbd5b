// Tests of the business calendar (weekends, holidays, WIB/WITA/WIT) and SLA due dates and states.
#include "FakeClock.h"
#include "domain/Sla.h"

#include <QTest>

using namespace mt;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// A wall-clock time in a zone, as a UTC instant.
QDateTime local(SiteZone z, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, utcOffsetSeconds(z)).toUTC();
}

BusinessCalendar calendar(SiteZone z, QSet<QDate> holidays = {})
{
    BusinessCalendar c;
    c.zone = z;
    c.holidays = std::move(holidays);
    return c;
}

} // namespace

class TstSla : public QObject
{
    Q_OBJECT

private slots:
    void toLocalUsesZoneOffset();
    void isBusinessDay();
    void addBusinessDays_data();
    void addBusinessDays();
    void sameInstantDiffersByZone();
    void noWorkingDaysGivesInvalid();
    void dueAtWallClockSeverities();
    void dueAtSev4();
    void stateOpen();
    void stateClosed();
    void stateKeys();
};

void TstSla::toLocalUsesZoneOffset()
{
    const QDateTime t = utc(2026, 11, 27, 16, 30);
    QCOMPARE(calendar(SiteZone::WIB).toLocal(t).time(), QTime(23, 30));
    QCOMPARE(calendar(SiteZone::WITA).toLocal(t).date(), QDate(2026, 11, 28));
    QCOMPARE(calendar(SiteZone::WITA).toLocal(t).time(), QTime(0, 30));
    QCOMPARE(calendar(SiteZone::WIT).toLocal(t).offsetFromUtc(), 9 * 3600);
    QCOMPARE(calendar(SiteZone::WIT).toLocal(t), t); // same instant, other wall time
}

void TstSla::isBusinessDay()
{
    const BusinessCalendar c = calendar(SiteZone::WIB, {QDate(2026, 12, 25)});
    QVERIFY(c.isBusinessDay(QDate(2026, 11, 27)));  // Friday
    QVERIFY(!c.isBusinessDay(QDate(2026, 11, 28))); // Saturday
    QVERIFY(!c.isBusinessDay(QDate(2026, 11, 29))); // Sunday
    QVERIFY(!c.isBusinessDay(QDate(2026, 12, 25))); // Christmas, a Friday
    QVERIFY(!c.isBusinessDay(QDate()));
    BusinessCalendar sixDays = c;
    sixDays.workingDays.insert(Qt::Saturday);
    QVERIFY(sixDays.isBusinessDay(QDate(2026, 11, 28)));
}

void TstSla::addBusinessDays_data()
{
    QTest::addColumn<int>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<QDate>>("holidays");
    QTest::addColumn<QDateTime>("expected");
    const auto wib = int(SiteZone::WIB), wita = int(SiteZone::WITA), wit = int(SiteZone::WIT);
    using Z = SiteZone;
    // 2026-11-27 is a Friday.
    QTest::newRow("fri 15:00 WIT over weekend") << wit << local(Z::WIT, 2026, 11, 27, 15) << 3 << QList<QDate>{}
                                                 << local(Z::WIT, 2026, 12, 2, 15);
    QTest::newRow("saturday counts from monday 08:00") << wib << local(Z::WIB, 2026, 11, 28, 10) << 3 << QList<QDate>{}
                                                       << local(Z::WIB, 2026, 12, 3, 8);
    QTest::newRow("holiday monday pushes a day") << wit << local(Z::WIT, 2026, 11, 27, 15) << 3
                                                 << QList<QDate>{QDate(2026, 11, 30)} << local(Z::WIT, 2026, 12, 3, 15);
    QTest::newRow("holiday on the due day") << wita << local(Z::WITA, 2026, 11, 23, 9) << 3
                                            << QList<QDate>{QDate(2026, 11, 26)} << local(Z::WITA, 2026, 11, 27, 9);
    QTest::newRow("christmas and new year") << wib << local(Z::WIB, 2026, 12, 24, 10) << 3
                                            << QList<QDate>{QDate(2026, 12, 25), QDate(2027, 1, 1)}
                                            << local(Z::WIB, 2026, 12, 30, 10);
    QTest::newRow("across new year") << wib << local(Z::WIB, 2026, 12, 30, 9) << 3
                                     << QList<QDate>{QDate(2026, 12, 25), QDate(2027, 1, 1)} << local(Z::WIB, 2027, 1, 5, 9);
    QTest::newRow("before work starts that morning") << wita << local(Z::WITA, 2026, 11, 24, 6) << 3 << QList<QDate>{}
                                                     << local(Z::WITA, 2026, 11, 27, 8);
    QTest::newRow("exactly end of work is outside") << wib << local(Z::WIB, 2026, 11, 24, 16) << 3 << QList<QDate>{}
                                                    << local(Z::WIB, 2026, 11, 30, 8);
    QTest::newRow("friday evening") << wit << local(Z::WIT, 2026, 11, 27, 20) << 3 << QList<QDate>{}
                                    << local(Z::WIT, 2026, 12, 3, 8);
    QTest::newRow("holiday on opening day") << wib << local(Z::WIB, 2026, 11, 25, 10) << 1
                                            << QList<QDate>{QDate(2026, 11, 25)} << local(Z::WIB, 2026, 11, 27, 8);
    QTest::newRow("zero days normalises") << wib << local(Z::WIB, 2026, 11, 28, 10) << 0 << QList<QDate>{}
                                          << local(Z::WIB, 2026, 11, 30, 8);
}

void TstSla::addBusinessDays()
{
    QFETCH(int, zone);
    QFETCH(QDateTime, start);
    QFETCH(int, days);
    QFETCH(QList<QDate>, holidays);
    QFETCH(QDateTime, expected);
    const BusinessCalendar c = calendar(SiteZone(zone), QSet<QDate>(holidays.begin(), holidays.end()));
    const QDateTime due = c.addBusinessDays(start, days);
    QCOMPARE(due, expected);
    QCOMPARE(due.timeSpec(), Qt::UTC);
}

void TstSla::sameInstantDiffersByZone()
{
    // Friday 07:30 UTC: 14:30 WIB and 15:30 WITA are inside working hours, 16:30 WIT is not.
    const QDateTime t = utc(2026, 11, 27, 7, 30);
    QCOMPARE(calendar(SiteZone::WIB).addBusinessDays(t, 3), utc(2026, 12, 2, 7, 30));
    QCOMPARE(calendar(SiteZone::WITA).addBusinessDays(t, 3), utc(2026, 12, 2, 7, 30));
    QCOMPARE(calendar(SiteZone::WIT).addBusinessDays(t, 3), local(SiteZone::WIT, 2026, 12, 3, 8));
    QCOMPARE(local(SiteZone::WIT, 2026, 12, 3, 8), utc(2026, 12, 2, 23));
    // Friday 16:30 UTC is Friday night in WIB but already Saturday in WIT: both start Monday.
    const QDateTime night = utc(2026, 11, 27, 16, 30);
    QCOMPARE(calendar(SiteZone::WIB).addBusinessDays(night, 3), local(SiteZone::WIB, 2026, 12, 3, 8));
    QCOMPARE(calendar(SiteZone::WIT).addBusinessDays(night, 3), local(SiteZone::WIT, 2026, 12, 3, 8));
}

void TstSla::noWorkingDaysGivesInvalid()
{
    BusinessCalendar c;
    c.workingDays.clear();
    QVERIFY(!c.addBusinessDays(utc(2026, 11, 27, 3), 3).isValid());
    QVERIFY(!calendar(SiteZone::WIB).addBusinessDays(QDateTime(), 3).isValid());
}

void TstSla::dueAtWallClockSeverities()
{
    SlaPolicy p;
    const QDateTime fri = local(SiteZone::WIB, 2026, 11, 27, 15); // wall clock ignores the weekend
    QCOMPARE(p.dueAt(1, fri), fri.addSecs(4 * 3600));
    QCOMPARE(p.dueAt(2, fri), fri.addSecs(8 * 3600));
    QCOMPARE(p.dueAt(3, fri), local(SiteZone::WIB, 2026, 11, 28, 15));
    QVERIFY(!p.dueAt(0, fri).isValid());
    QVERIFY(!p.dueAt(5, fri).isValid());
}

void TstSla::dueAtSev4()
{
    SlaPolicy p;
    p.calendar = calendar(SiteZone::WIT, {QDate(2026, 11, 30)});
    FakeClock clock(local(SiteZone::WIT, 2026, 11, 27, 15));
    QCOMPARE(p.dueAt(4, clock.nowUtc()), local(SiteZone::WIT, 2026, 12, 3, 15));
    // A local-zone QDateTime is the same instant, so the answer is the same.
    QCOMPARE(p.dueAt(4, clock.nowUtc().toOffsetFromUtc(3600)), local(SiteZone::WIT, 2026, 12, 3, 15));
}

void TstSla::stateOpen()
{
    SlaPolicy p;
    FakeClock clock(utc(2026, 11, 24, 1));
    const QDateTime opened = clock.nowUtc();
    const QDateTime due = p.dueAt(1, opened); // 4 h: 75 % = 3 h
    QCOMPARE(p.state(opened, due, clock.nowUtc()), SlaState::OnTrack);
    clock.advanceMinutes(179);
    QCOMPARE(p.state(opened, due, clock.nowUtc()), SlaState::OnTrack);
    clock.advanceMinutes(1);
    QCOMPARE(p.state(opened, due, clock.nowUtc()), SlaState::AtRisk);
    clock.set(due);
    QCOMPARE(p.state(opened, due, clock.nowUtc()), SlaState::AtRisk); // at the deadline, not past it
    clock.advanceMs(1);
    QCOMPARE(p.state(opened, due, clock.nowUtc()), SlaState::Breached);
    p.atRiskFraction = 0.5;
    QCOMPARE(p.state(opened, due, opened.addSecs(2 * 3600)), SlaState::AtRisk);
}

void TstSla::stateClosed()
{
    SlaPolicy p;
    const QDateTime opened = utc(2026, 11, 24, 1);
    const QDateTime due = p.dueAt(2, opened);
    const QDateTime later = due.addDays(3); // "now" does not matter once closed
    QCOMPARE(p.state(opened, due, later, due), SlaState::Met);
    QCOMPARE(p.state(opened, due, later, opened.addSecs(60)), SlaState::Met);
    QCOMPARE(p.state(opened, due, later, due.addSecs(1)), SlaState::Missed);
}

void TstSla::stateKeys()
{
    QCOMPARE(toKey(SlaState::OnTrack), QStringLiteral("on_track"));
    QCOMPARE(toKey(SlaState::AtRisk), QStringLiteral("at_risk"));
    QCOMPARE(toKey(SlaState::Breached), QStringLiteral("breached"));
    QCOMPARE(toKey(SlaState::Met), QStringLiteral("met"));
    QCOMPARE(toKey(SlaState::Missed), QStringLiteral("missed"));
}

QTEST_GUILESS_MAIN(TstSla)
#include "tst_sla.moc"
