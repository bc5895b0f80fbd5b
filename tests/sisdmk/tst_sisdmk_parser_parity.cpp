// PageParser's two paths agree: every page the simdjson fast path accepts parses to exactly what the
// QJsonDocument path makes of it (simulator pages with 30 % bad records, and hand-made edge cases).
#include "SimProcess.h"
#include "SkipOrFail.h"
#include "domain/personnel/RegionDirectory.h"
#include "domain/personnel/SisdmkMapper.h"
#include "sisdmk/EtlWorker.h"
#include "sisdmk/PageParser.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace mt;

namespace {

const QDate kToday(2026, 11, 24);

QString describe(const PersonnelRecord &r)
{
    QStringList jobs;
    for (const PersonnelJob &j : r.jobs) {
        jobs << QStringList{j.unitCode, j.unitName, j.regencyCode, QString::number(j.sdmkCategory), j.sdmkName,
                            j.status, j.nip, j.str, j.strValidUntil, j.sip}.join(QLatin1Char('|'));
    }
    return QStringList{r.nik, r.name, r.sex, r.birthPlace,
                       r.birthDate ? r.birthDate->toString(Qt::ISODate) : QStringLiteral("-"), r.provinceCode,
                       r.regencyCode, r.address, r.active ? QStringLiteral("1") : QStringLiteral("0"),
                       QString::number(r.lastUpdatedMs), jobs.join(QLatin1Char(';'))}.join(QLatin1Char('\t'));
}

// The raw JSON of a rejected record may be spelled differently (key order, escapes), not mean differently.
QString canonical(const QByteArray &raw)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + raw + "]", &error);
    return error.error == QJsonParseError::NoError ? QString::fromUtf8(doc.toJson(QJsonDocument::Compact))
                                                   : QString::fromLatin1(raw.toHex());
}

QStringList describe(const ParsedPage &p)
{
    QStringList out{QStringLiteral("kind %1 error '%2' received %3 next %4 total %5 per_page %6")
                        .arg(int(p.kind)).arg(p.error).arg(p.received)
                        .arg(p.nextPage ? QString::number(*p.nextPage) : QStringLiteral("null"))
                        .arg(p.total).arg(p.perPage)};
    for (const PersonnelRecord &r : p.valid)
        out << QStringLiteral("valid ") + describe(r);
    for (const RejectedRecord &r : p.rejected)
        out << QStringLiteral("rejected %1 [%2] %3").arg(r.nik, r.reasons.join(QLatin1Char(',')), canonical(r.raw));
    return out;
}

bool builtWithSimdjson()
{
#ifdef MT_HAVE_SIMDJSON
    return true;
#else
    return false;
#endif
}

} // namespace

class TestSisdmkParserParity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void simulatorPagesParseAlike();
    void edgeCasesParseAlike_data();
    void edgeCasesParseAlike();

private:
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<RegionDirectory> m_regions;
    std::unique_ptr<SisdmkMapper> m_mapper;
};

void TestSisdmkParserParity::initTestCase()
{
    if (!builtWithSimdjson())
        MT_SKIP_OR_FAIL("built without simdjson (libsimdjson-dev): there is no fast path to compare");
    auto regions = EtlWorker::loadRegions();
    QVERIFY(regions.ok());
    m_regions = std::make_unique<RegionDirectory>(std::move(regions).value());
    m_mapper = std::make_unique<SisdmkMapper>(*m_regions); // keeps a reference to the directory
    m_sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--workers"), QStringLiteral("20000"),
                                                     QStringLiteral("--seed"), QStringLiteral("11"),
                                                     QStringLiteral("--bad-share"), QStringLiteral("0.3")});
    QVERIFY2(m_sim->isRunning(), "sisdmk-sim did not start");
}

void TestSisdmkParserParity::simulatorPagesParseAlike()
{
    const std::string token = m_sim->login();
    QVERIFY(!token.empty());
    int pages = 0;
    int fastPages = 0;
    qint64 records = 0;
    qint64 rejected = 0;
    for (const char *region : {"31", "32", "33", "94"}) {
        for (int page = 1; page > 0;) {
            auto res = m_sim->http().Get("/rest/sdmk?kode_wilayah=" + std::string(region) + "&page="
                                         + std::to_string(page) + "&per_page=250&token=" + token);
            QVERIFY(res && res->status == 200);
            const QByteArray body = QByteArray::fromStdString(res->body);
            const ParsedPage qt = PageParser::parseQt(body, *m_mapper, kToday);
            QCOMPARE(qt.kind, ParsedPage::Kind::Ok);
            const auto fast = PageParser::parseFast(body, *m_mapper, kToday);
            ++pages;
            if (fast) {
                ++fastPages;
                QCOMPARE(describe(*fast), describe(qt));
            }
            records += qt.received;
            rejected += qt.rejected.size();
            page = qt.nextPage.value_or(0);
        }
    }
    qInfo("%d pages, %d through the fast path; %lld records, %lld rejected", pages, fastPages, records, rejected);
    QVERIFY(records > 1000);
    QVERIFY(rejected > records / 10); // the bad records are there to be compared too
    QVERIFY(rejected < records / 2);  // and so are the good ones (a mapper without regions rejects them all)
    // Parity over pages the fast path declines proves nothing: most pages must take it.
    QVERIFY2(fastPages * 2 > pages, qPrintable(QStringLiteral("%1 of %2 pages").arg(fastPages).arg(pages)));
}

void TestSisdmkParserParity::edgeCasesParseAlike_data()
{
    QTest::addColumn<QByteArray>("records");
    const QByteArray good = R"({"NIK":"3205195208900003","NAMA":"Siti","JENIS_KELAMIN":"P","TANGGAL_LAHIR":"1990-08-12",
        "TEMPAT_LAHIR":"Garut","KODE_PROV":"32","KODE_KAB":"3205","ALAMAT":"Jl. Merdeka 1","STATUS_AKTIF":"AKTIF",
        "LAST_UPDATED":"2026-01-01T00:00:00Z"})";
    QTest::newRow("one good record") << good;
    QTest::newRow("escapes and unicode") << QByteArray(good).replace("Siti", R"(Si\"ti \u00e9\u4e2d \ud83d\ude00 \\ \/ \t)");
    QTest::newRow("null fields") << QByteArray(good).replace(R"("Garut")", "null").replace(R"("Jl. Merdeka 1")", "null");
    QTest::newRow("number where a string is due") << QByteArray(good).replace(R"("Siti")", "12345");
    QTest::newRow("big number") << QByteArray(good).replace(R"("Siti")", "123456789012345678901234567890");
    QTest::newRow("float") << QByteArray(good).replace(R"("Siti")", "1.5e300");
    QTest::newRow("bool and array") << QByteArray(good).replace(R"("Siti")", "true").replace(R"("Garut")", "[1,2]");
    QTest::newRow("missing fields") << QByteArray(R"({"NIK":"3205195208900003","NAMA":"Siti"})");
    QTest::newRow("extra field") << QByteArray(good).replace(R"("NAMA")", R"("EXTRA":{"a":[1,{"b":null}]},"NAMA")");
    QTest::newRow("bad date") << QByteArray(good).replace("1990-08-12", "1990-02-30");
    QTest::newRow("inactive") << QByteArray(good).replace("\"AKTIF\"", "\"TIDAK AKTIF\"");
    QTest::newRow("unknown regency") << QByteArray(good).replace(R"("3205")", R"("3299")");
    QTest::newRow("jobs") << QByteArray(good).replace(R"("NAMA")", R"("PEKERJAAN":[{"KODE_UNIT":"F1","UNIT":"RS A",
        "ID_JENIS_SDMK":3,"JENIS_SDMK":"Perawat","STATUS":"PNS","NIP":"1","STR":"s","TANGGAL_AKHIR_STR":"2030-01-01",
        "SIP":"p"},7,{"ID_JENIS_SDMK":"x"}],"NAMA")");
    QTest::newRow("not an object") << QByteArray("42,\"x\",null,[]");
    QTest::newRow("duplicate nik") << good + "," + QByteArray(good).replace("Siti", "Dup");
    QTest::newRow("empty page") << QByteArray();
}

void TestSisdmkParserParity::edgeCasesParseAlike()
{
    QFETCH(QByteArray, records);
    const QByteArray body = R"({"status":200,"message":"OK","paging":{"page":1,"per_page":100,"total":2,)"
                            R"("next_page":null},"data":[)" + records + "]}";
    const ParsedPage qt = PageParser::parseQt(body, *m_mapper, kToday);
    const auto fast = PageParser::parseFast(body, *m_mapper, kToday);
    if (!fast) {
        qInfo("the fast path declines this page: parse() takes the Qt path, the reference");
        return;
    }
    QCOMPARE(describe(*fast), describe(qt));
}

QTEST_GUILESS_MAIN(TestSisdmkParserParity)
#include "tst_sisdmk_parser_parity.moc"
