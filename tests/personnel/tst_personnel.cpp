// NIK structure, Kemendagri region mapping and SISDMK record validation against the contract's rules.
#include "domain/personnel/NikValidator.h"
#include "domain/personnel/RegionDirectory.h"
#include "domain/personnel/SisdmkMapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace mt;

class TestPersonnel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regionCountsMatchNewestDecree();
    void mapsUndottedCodesOnlyWhenCurrent();
    void nik_data();
    void nik();
    void nikCrossCheck();
    void contractExampleIsValid();
    void badRecordCollectsEveryReason();
    void wrongTypesAndHugeStringsAreReasons();
    void regencyMustBeInProvince();

private:
    std::optional<RegionDirectory> m_regions;
    const QDate m_today{2026, 11, 24};
    MappedRecord mapJson(const QByteArray &json) const
    {
        return SisdmkMapper(*m_regions).map(QJsonDocument::fromJson(json).object(), m_today);
    }
};

void TestPersonnel::initTestCase()
{
    QFile f(QStringLiteral(MT_WILAYAH_CSV));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto r = RegionDirectory::fromCsv(f.readAll());
    QVERIFY(r.ok());
    m_regions = std::move(r).value();
}

void TestPersonnel::regionCountsMatchNewestDecree()
{
    // Counts of the 2025 decree (resources/wilayah/README.md).
    QCOMPARE(m_regions->newestDecreeYear(), 2025);
    QCOMPARE(m_regions->countAtLevel(1, true), 38);
    QCOMPARE(m_regions->countAtLevel(2, true), 514);
    QCOMPARE(m_regions->countAtLevel(3, true), 7285);
    QVERIFY(m_regions->countAtLevel(3, false) > 7285); // retired districts stay known
}

void TestPersonnel::mapsUndottedCodesOnlyWhenCurrent()
{
    QCOMPARE(m_regions->mapCurrent(QStringLiteral("3205")), QStringLiteral("32.05"));
    QCOMPARE(m_regions->mapCurrent(QStringLiteral("32.05")), QStringLiteral("32.05"));
    QCOMPARE(m_regions->mapCurrent(QStringLiteral("32")), QStringLiteral("32"));
    QVERIFY(!m_regions->mapCurrent(QStringLiteral("9101")));  // Merauke before the 2022 split
    QVERIFY(m_regions->isRetired(QStringLiteral("9101")));
    QCOMPARE(m_regions->mapCurrent(QStringLiteral("9301")), QStringLiteral("93.01"));
    QVERIFY(!m_regions->mapCurrent(QStringLiteral("3299")));  // never existed: not guessed
    QVERIFY(!m_regions->mapCurrent(QStringLiteral("32x5")));
    QCOMPARE(RegionDirectory::dotted(QStringLiteral("320519")), QStringLiteral("32.05.19"));
}

void TestPersonnel::nik_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QStringList>("reasons");
    QTest::newRow("female, contract example") << QStringLiteral("3205195208900003") << QStringList{};
    QTest::newRow("male") << QStringLiteral("3205191208900003") << QStringList{};
    QTest::newRow("retired Papua district is a valid prefix") << QStringLiteral("9101011208900003") << QStringList{};
    QTest::newRow("short") << QStringLiteral("320519520890") << QStringList{NikReason::Format};
    QTest::newRow("letters") << QStringLiteral("32051952089000AB") << QStringList{NikReason::Format};
    QTest::newRow("unknown district") << QStringLiteral("3299991208900003") << QStringList{NikReason::District};
    QTest::newRow("30 February") << QStringLiteral("3205193002230001") << QStringList{NikReason::BirthDate};
    QTest::newRow("day 32") << QStringLiteral("3205193201900001") << QStringList{NikReason::BirthDate};
    QTest::newRow("female day 72") << QStringLiteral("3205197201900001") << QStringList{NikReason::BirthDate};
    QTest::newRow("month 13") << QStringLiteral("3205191213900001") << QStringList{NikReason::BirthDate};
    QTest::newRow("serial 0000") << QStringLiteral("3205191208900000") << QStringList{NikReason::Serial};
}

void TestPersonnel::nik()
{
    QFETCH(QString, nik);
    QFETCH(QStringList, reasons);
    const NikCheck c = NikValidator(*m_regions).check(nik, m_today);
    QCOMPARE(c.reasons, reasons);
    QCOMPARE(c.info.has_value(), reasons.isEmpty());
}

void TestPersonnel::nikCrossCheck()
{
    const NikCheck c = NikValidator(*m_regions).check(QStringLiteral("3205195208900003"), m_today);
    QVERIFY(c.info);
    QVERIFY(c.info->female);
    QCOMPARE(c.info->birthDate, QDate(1990, 8, 12));
    QVERIFY(NikValidator::crossCheck(*c.info, QStringLiteral("P"), QDate(1990, 8, 12)).isEmpty());
    QCOMPARE(NikValidator::crossCheck(*c.info, QStringLiteral("L"), std::nullopt),
             QStringList{NikReason::SexMismatch});
    QCOMPARE(NikValidator::crossCheck(*c.info, QString(), QDate(1990, 8, 13)),
             QStringList{NikReason::BirthDateMismatch});
    // Born 2010: "10" must not be read as 1910; born 1930 must not be read as 2030.
    const NikCheck young = NikValidator(*m_regions).check(QStringLiteral("3205191208100003"), m_today);
    QCOMPARE(young.info->birthDate, QDate(2010, 8, 12));
    const NikCheck old = NikValidator(*m_regions).check(QStringLiteral("3205191208300003"), m_today);
    QCOMPARE(old.info->birthDate, QDate(1930, 8, 12));
}

void TestPersonnel::contractExampleIsValid()
{
    const MappedRecord m = mapJson(R"({"NIK":"3205195208900003","NAMA":"Siti Rahma","JENIS_KELAMIN":"P",
        "TANGGAL_LAHIR":"1990-08-12","KODE_PROV":"32","KODE_KAB":"3205","STATUS_AKTIF":"AKTIF",
        "LAST_UPDATED":"2026-11-21T04:10:00Z","PEKERJAAN":[{"KODE_UNIT":"1032051","UNIT":"Puskesmas Tarogong",
        "ID_JENIS_SDMK":"3","JENIS_SDMK":"Perawat","STATUS":"AKTIF","STR":"x","SIP":"y"}]})");
    QVERIFY2(m.ok(), qPrintable(m.reasons.join(QLatin1Char(','))));
    QCOMPARE(m.record.regencyCode, QStringLiteral("32.05"));
    QCOMPARE(m.record.provinceCode, QStringLiteral("32"));
    QCOMPARE(m.record.jobs.size(), 1);
    QCOMPARE(m.record.jobs[0].sdmkCategory, 3);
    QCOMPARE(m.record.lastUpdatedMs, QDateTime(QDate(2026, 11, 21), QTime(4, 10), Qt::UTC).toMSecsSinceEpoch());
}

void TestPersonnel::badRecordCollectsEveryReason()
{
    const MappedRecord m = mapJson(R"({"NIK":"3205193002230000","NAMA":"  ","TANGGAL_LAHIR":"2023-02-30",
        "KODE_PROV":"32","KODE_KAB":"9101","STATUS_AKTIF":"aktif","LAST_UPDATED":"kemarin"})");
    QVERIFY(!m.ok());
    for (const QString &r : {RecordReason::NameEmpty, RecordReason::BirthDateFormat, RecordReason::RegionRetired,
                             RecordReason::StatusInvalid, RecordReason::LastUpdatedFormat, NikReason::BirthDate,
                             NikReason::Serial})
        QVERIFY2(m.reasons.contains(r), qPrintable(r + QStringLiteral(" missing in ") + m.reasons.join(QLatin1Char(','))));
}

void TestPersonnel::wrongTypesAndHugeStringsAreReasons()
{
    const QByteArray huge(5000, 'A');
    const MappedRecord m = mapJson(R"({"NIK":3205195208900003,"NAMA":")" + huge + R"(","KODE_PROV":32,
        "KODE_KAB":"3205","STATUS_AKTIF":"AKTIF","LAST_UPDATED":"2026-11-21T04:10:00Z","PEKERJAAN":"none"})");
    QVERIFY(m.reasons.contains(RecordReason::NikType));
    QVERIFY(m.reasons.contains(RecordReason::FieldTooLong + QStringLiteral(":NAMA")));
    QVERIFY(m.reasons.contains(RecordReason::FieldType + QStringLiteral(":KODE_PROV")));
    QVERIFY(m.reasons.contains(RecordReason::FieldType + QStringLiteral(":PEKERJAAN")));
}

void TestPersonnel::regencyMustBeInProvince()
{
    const MappedRecord m = mapJson(R"({"NIK":"3205195208900003","NAMA":"Siti","KODE_PROV":"33","KODE_KAB":"3205",
        "STATUS_AKTIF":"TIDAK AKTIF","LAST_UPDATED":"2026-11-21T04:10:00Z"})");
    QCOMPARE(m.reasons, QStringList{RecordReason::RegencyOutsideProvince});
    QVERIFY(!m.record.active);
}

QTEST_GUILESS_MAIN(TestPersonnel)
#include "tst_personnel.moc"
