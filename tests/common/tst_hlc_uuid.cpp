// Tests of the hybrid logical clock and UUIDv7 generation (common layer).
#include "FakeClock.h"
#include "common/Hlc.h"
#include "common/Uuid.h"

#include <QSet>
#include <QTest>

using namespace mt;

class TstHlcUuid : public QObject
{
    Q_OBJECT

private slots:
    void hlcMonotonicWhenClockGoesBackwards();
    void hlcFollowsWallClockForward();
    void observeRemoteAhead();
    void observeRemoteBehind();
    void observeSamePhysical();
    void observeCounterExhausted();
    void hlcStringRoundTrip();
    void hlcStringRejectsGarbage_data();
    void hlcStringRejectsGarbage();
    void hlcStringSortsLikeValue();
    void uuidFormatAndVersionBits();
    void uuidTimePrefixAndOrder();
    void uuidIsUnique();
    void isUuidRejects();
};

void TstHlcUuid::hlcMonotonicWhenClockGoesBackwards()
{
    FakeClock clock;
    HlcClock hlc(clock);
    const Hlc a = hlc.now();
    QCOMPARE(a.physicalMs(), clock.nowMs());
    QCOMPARE(a.logical(), quint16(0));
    clock.advanceMs(-60'000); // NTP step back by a minute
    const Hlc b = hlc.now();
    const Hlc c = hlc.now();
    QVERIFY(b > a);
    QVERIFY(c > b);
    QCOMPARE(b.physicalMs(), a.physicalMs()); // never follows the wall clock backwards
    QCOMPARE(b.logical(), quint16(1));
    QCOMPARE(c.logical(), quint16(2));
}

void TstHlcUuid::hlcFollowsWallClockForward()
{
    FakeClock clock;
    HlcClock hlc(clock);
    const Hlc a = hlc.now();
    hlc.now();
    clock.advanceMs(5);
    const Hlc b = hlc.now();
    QCOMPARE(b.physicalMs(), a.physicalMs() + 5);
    QCOMPARE(b.logical(), quint16(0)); // counter resets when physical time moves on
    QCOMPARE(hlc.last(), b);
}

void TstHlcUuid::observeRemoteAhead()
{
    FakeClock clock;
    HlcClock hlc(clock);
    hlc.now();
    const Hlc remote = Hlc::fromParts(clock.nowMs() + 10'000, 7);
    hlc.observe(remote);
    QCOMPARE(hlc.last().physicalMs(), remote.physicalMs());
    QCOMPARE(hlc.last().logical(), quint16(8));
    const Hlc next = hlc.now(); // local wall clock is still behind the remote one
    QVERIFY(next > remote);
    QCOMPARE(next.physicalMs(), remote.physicalMs());
}

void TstHlcUuid::observeRemoteBehind()
{
    FakeClock clock;
    HlcClock hlc(clock);
    const Hlc local = hlc.now();
    hlc.observe(Hlc::fromParts(local.physicalMs() - 500, 40));
    QCOMPARE(hlc.last().physicalMs(), local.physicalMs());
    QCOMPARE(hlc.last().logical(), quint16(local.logical() + 1));
    QVERIFY(hlc.last() > local);
}

void TstHlcUuid::observeSamePhysical()
{
    FakeClock clock;
    HlcClock hlc(clock);
    const Hlc local = hlc.now();
    hlc.now(); // logical 1
    hlc.observe(Hlc::fromParts(local.physicalMs(), 9));
    QCOMPARE(hlc.last().physicalMs(), local.physicalMs());
    QCOMPARE(hlc.last().logical(), quint16(10)); // max(1, 9) + 1
    clock.advanceMs(1);
    hlc.observe(Hlc::fromParts(local.physicalMs(), 30)); // wall clock now wins
    QCOMPARE(hlc.last(), Hlc::fromParts(local.physicalMs() + 1, 0));
}

void TstHlcUuid::observeCounterExhausted()
{
    // A remote counter at its maximum must not wrap to a timestamp below the remote one.
    FakeClock clock;
    HlcClock hlc(clock);
    const Hlc remote = Hlc::fromParts(clock.nowMs() + 1000, 0xFFFF);
    hlc.observe(remote);
    QVERIFY(hlc.last() > remote);
    QVERIFY(hlc.now() > remote);
}

void TstHlcUuid::hlcStringRoundTrip()
{
    const Hlc h = Hlc::fromParts(1'764'000'123'456, 42);
    QCOMPARE(h.toString(), QStringLiteral("1764000123456.00042"));
    bool ok = false;
    QCOMPARE(Hlc::fromString(h.toString(), &ok), h);
    QVERIFY(ok);
    const Hlc small = Hlc::fromParts(5, 65535);
    QCOMPARE(small.toString(), QStringLiteral("0000000000005.65535"));
    QCOMPARE(Hlc::fromString(small.toString(), &ok), small);
    QVERIFY(ok);
}

void TstHlcUuid::hlcStringRejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no dot") << QStringLiteral("176400012345600042");
    QTest::newRow("counter overflow") << QStringLiteral("1764000123456.65536");
    QTest::newRow("letters") << QStringLiteral("17640001x3456.00001");
    QTest::newRow("negative") << QStringLiteral("-1.00001");
    QTest::newRow("three parts") << QStringLiteral("1.2.3");
}

void TstHlcUuid::hlcStringRejectsGarbage()
{
    QFETCH(QString, text);
    bool ok = true;
    QCOMPARE(Hlc::fromString(text, &ok), Hlc{});
    QVERIFY(!ok);
}

void TstHlcUuid::hlcStringSortsLikeValue()
{
    const Hlc a = Hlc::fromParts(999'999'999'999, 65535);
    const Hlc b = Hlc::fromParts(1'000'000'000'000, 0);
    QVERIFY(a < b);
    QVERIFY(a.toString() < b.toString());
}

void TstHlcUuid::uuidFormatAndVersionBits()
{
    FakeClock clock;
    for (int i = 0; i < 200; ++i) {
        const QString id = newUuidV7(clock);
        QVERIFY2(isUuid(id), qPrintable(id));
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), QLatin1Char('7')); // version nibble
        QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id)); // RFC variant 10xx
    }
}

void TstHlcUuid::uuidTimePrefixAndOrder()
{
    FakeClock clock;
    const QString first = newUuidV7(clock);
    const QString expectedPrefix = QStringLiteral("%1").arg(clock.nowMs(), 12, 16, QLatin1Char('0'));
    QCOMPARE(first.left(8) + first.mid(9, 4), expectedPrefix);
    QString previous = first;
    for (int i = 0; i < 50; ++i) {
        clock.advanceMs(1);
        const QString next = newUuidV7(clock);
        QVERIFY2(previous < next, qPrintable(previous + QLatin1Char(' ') + next));
        previous = next;
    }
}

void TstHlcUuid::uuidIsUnique()
{
    FakeClock clock; // same millisecond for all: uniqueness must come from the random part
    QSet<QString> ids;
    for (int i = 0; i < 5000; ++i)
        ids.insert(newUuidV7(clock));
    QCOMPARE(ids.size(), 5000);
}

void TstHlcUuid::isUuidRejects()
{
    QVERIFY(!isUuid(QString()));
    QVERIFY(!isUuid(QStringLiteral("0192F3A0-0000-7000-8000-000000000000"))); // upper case
    QVERIFY(!isUuid(QStringLiteral("0192f3a00000-7000-8000-000000000000")));
    QVERIFY(!isUuid(QStringLiteral("0192f3a0-0000-7000-8000-00000000000g")));
    QVERIFY(!isUuid(QStringLiteral("0192f3a0-0000-7000-8000-000000000000\n"))); // trailing newline
    QVERIFY(isUuid(QStringLiteral("0192f3a0-0000-7000-8000-000000000000")));
}

QTEST_GUILESS_MAIN(TstHlcUuid)
#include "tst_hlc_uuid.moc"
