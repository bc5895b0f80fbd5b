// Black-box tests of sisdmk-sim: auth, paging, filters, ordering, determinism, faults, bad records.
#include "SimProcess.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

namespace {

const QStringList kSmall{QStringLiteral("--workers"), QStringLiteral("60000"), QStringLiteral("--seed"), QStringLiteral("42")};
const char *const kProvinces[] = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33",
                                  "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
                                  "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96"};

QString str(const QJsonValue &record, const char *key)
{
    return record.toObject().value(QLatin1String(key)).toString();
}

QStringList args(QStringList base, std::initializer_list<const char *> more)
{
    for (const char *a : more)
        base << QString::fromLatin1(a);
    return base;
}

// Every district code of any decree (level 3), undotted: a NIK prefix must be one of them.
QSet<QString> knownDistricts()
{
    QFile f(QStringLiteral(MT_SIMTEST_WILAYAH_SHARED));
    if (!f.exists())
        f.setFileName(QStringLiteral(MT_SIMTEST_WILAYAH_REPO));
    QSet<QString> codes;
    if (!f.open(QIODevice::ReadOnly))
        return codes;
    while (!f.atEnd()) {
        const QList<QByteArray> cols = f.readLine().split(',');
        if (cols.size() > 1 && cols[1] == "3")
            codes.insert(QString::fromLatin1(cols[0]).remove(QLatin1Char('.')));
    }
    return codes;
}

// Empty when the NIK is structurally valid and agrees with JENIS_KELAMIN and TANGGAL_LAHIR.
QString nikProblem(const QJsonObject &r, const QSet<QString> &districts)
{
    const QJsonValue v = r.value(QLatin1String("NIK"));
    const QString nik = v.toString();
    if (!v.isString() || nik.size() != 16 || nik.contains(QRegularExpression(QStringLiteral("\\D"))))
        return QStringLiteral("shape");
    if (!districts.contains(nik.left(6)))
        return QStringLiteral("district");
    int day = nik.mid(6, 2).toInt();
    const bool female = day > 40;
    day -= female ? 40 : 0;
    int year = 2000 + nik.mid(10, 2).toInt();
    if (year > 2026)
        year -= 100;
    const QDate birth(year, nik.mid(8, 2).toInt(), day);
    if (!birth.isValid())
        return QStringLiteral("date");
    if (nik.right(4) == QLatin1String("0000"))
        return QStringLiteral("serial");
    if (r.value(QLatin1String("JENIS_KELAMIN")).toString() != (female ? QLatin1String("P") : QLatin1String("L")))
        return QStringLiteral("sex");
    if (r.value(QLatin1String("TANGGAL_LAHIR")).toString() != birth.toString(Qt::ISODate))
        return QStringLiteral("birth");
    return {};
}

} // namespace

class TestSisdmkSim : public QObject
{
    Q_OBJECT

private slots:
    void loginOkAndBad();
    void tokenMissingWrongExpired();
    void pagingCoversRegencyExactlyOnce();
    void orderedByLastUpdatedThenNik();
    void updatedSinceFilters();
    void sameSeedSameBytes();
    void touchMarksRecordsChanged();
    void faultsAreObservable();
    void faultCountThenNormal();
    void badRecordsPresentGoodNiksValid();
    void biodataHealthAndLogging();
};

void TestSisdmkSim::loginOkAndBad()
{
    SimProcess sim(kSmall);
    QVERIFY(sim.isRunning());
    auto ok = sim.http().Post("/rest/login_ws", httplib::Params{{"username", "u"}, {"password", "p"}});
    QVERIFY(ok && ok->status == 200);
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(ok->body)).object();
    QCOMPARE(o.value(QLatin1String("status")).toInt(), 200);
    QVERIFY(!o.value(QLatin1String("token")).toString().isEmpty());
    QVERIFY(!o.value(QLatin1String("secret_key")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(o.value(QLatin1String("expired")).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());
    auto bad = sim.http().Post("/rest/login_ws", httplib::Params{{"username", "u"}, {"password", "wrong"}});
    QVERIFY(bad && bad->status == 401);
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(bad->body)).object().value(QLatin1String("status")).toInt(), 401);
}

void TestSisdmkSim::tokenMissingWrongExpired()
{
    SimProcess sim(args(kSmall, {"--token-ttl-s", "1"}));
    QVERIFY(sim.isRunning());
    const std::string token = sim.login();
    QVERIFY(!token.empty());
    int http = 0;
    QCOMPARE(sim.getJson("/rest/sdmk?kode_wilayah=32&token=" + token, &http).value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(sim.getJson("/rest/sdmk?kode_wilayah=32", &http).value(QLatin1String("status")).toInt(), 401);
    QCOMPARE(http, 401);
    QCOMPARE(sim.getJson("/rest/sdmk?kode_wilayah=32&token=nope", &http).value(QLatin1String("status")).toInt(), 401);
    QCOMPARE(http, 401);
    QThread::msleep(2200);
    QCOMPARE(sim.getJson("/rest/sdmk?kode_wilayah=32&token=" + token, &http).value(QLatin1String("status")).toInt(), 401);
    QCOMPARE(http, 401);
}

void TestSisdmkSim::pagingCoversRegencyExactlyOnce()
{
    SimProcess sim(args(kSmall, {"--bad-share", "0"}));
    const std::string token = sim.login();
    const Pull dotted = sim.pull(token, "32.05", {}, 97);
    QVERIFY(dotted.total > 200);
    QCOMPARE(dotted.records.size(), dotted.total);
    QVERIFY(dotted.pages > 2);
    QSet<QString> niks;
    for (const auto &r : dotted.records) {
        QCOMPARE(str(r, "KODE_KAB"), QStringLiteral("3205"));
        niks.insert(str(r, "NIK"));
    }
    QCOMPARE(niks.size(), dotted.total);
    QCOMPARE(sim.pull(token, "3205").records, dotted.records);
    // The province is exactly the union of its regencies.
    const Pull province = sim.pull(token, "32");
    QHash<QString, int> perRegency;
    for (const auto &r : province.records)
        ++perRegency[str(r, "KODE_KAB")];
    QCOMPARE(perRegency.value(QStringLiteral("3205")), dotted.total);
    int sum = 0;
    for (auto it = perRegency.cbegin(); it != perRegency.cend(); ++it)
        sum += sim.getJson("/rest/sdmk?per_page=1&kode_wilayah=" + it.key().toStdString() + "&token=" + token)
                   .value(QLatin1String("paging")).toObject().value(QLatin1String("total")).toInt();
    QCOMPARE(sum, province.total);
}

void TestSisdmkSim::orderedByLastUpdatedThenNik()
{
    SimProcess sim(kSmall);
    const std::string token = sim.login();
    const Pull p = sim.pull(token, "33", {}, 500);
    QVERIFY(p.records.size() > 1000);
    for (qsizetype k = 1; k < p.records.size(); ++k) {
        const auto a = std::make_pair(str(p.records[k - 1], "LAST_UPDATED"), p.records[k - 1].toObject().value(QLatin1String("NIK")).toVariant().toString());
        const auto b = std::make_pair(str(p.records[k], "LAST_UPDATED"), p.records[k].toObject().value(QLatin1String("NIK")).toVariant().toString());
        QVERIFY2(a <= b, qPrintable(a.first + QLatin1Char(' ') + b.first));
    }
}

void TestSisdmkSim::updatedSinceFilters()
{
    SimProcess sim(kSmall);
    const std::string token = sim.login();
    const Pull all = sim.pull(token, "35");
    const QString since = str(all.records[all.records.size() / 2], "LAST_UPDATED");
    int expected = 0;
    for (const auto &r : all.records)
        expected += str(r, "LAST_UPDATED") >= since ? 1 : 0;
    const Pull recent = sim.pull(token, "35", since.toStdString(), 250);
    QCOMPARE(recent.total, expected);
    QCOMPARE(recent.records.size(), expected);
    for (const auto &r : recent.records)
        QVERIFY(str(r, "LAST_UPDATED") >= since);
    QCOMPARE(sim.pull(token, "35", "2030-01-01T00:00:00Z").total, 0);
    int http = 0;
    sim.getJson("/rest/sdmk?kode_wilayah=35&updated_since=kemarin&token=" + token, &http);
    QCOMPARE(http, 400);
}

void TestSisdmkSim::sameSeedSameBytes()
{
    SimProcess a(kSmall), b(kSmall);
    SimProcess c(args({}, {"--workers", "60000", "--seed", "43"}));
    const std::string ta = a.login(), tb = b.login(), tc = c.login();
    const std::string q = "/rest/sdmk?kode_wilayah=32.73&page=2&per_page=300&token=";
    auto ra = a.http().Get(q + ta), rb = b.http().Get(q + tb), rc = c.http().Get(q + tc);
    QVERIFY(ra && rb && rc);
    QVERIFY(ra->body.size() > 10000);
    QVERIFY(ra->body == rb->body);
    QVERIFY(ra->body != rc->body);
}

void TestSisdmkSim::touchMarksRecordsChanged()
{
    SimProcess sim(kSmall);
    const std::string token = sim.login();
    auto res = sim.http().Post("/admin/touch?count=300&at=2026-06-02T08:00:00Z", std::string(), "text/plain");
    QVERIFY(res && res->status == 200);
    int changed = 0;
    for (const char *prov : kProvinces) {
        const Pull p = sim.pull(token, prov, "2026-06-02T00:00:00Z");
        for (const auto &r : p.records)
            QCOMPARE(str(r, "LAST_UPDATED"), QStringLiteral("2026-06-02T08:00:00Z"));
        changed += p.total;
    }
    QCOMPARE(changed, 300);
    const Pull jatim = sim.pull(token, "35");
    QCOMPARE(jatim.records.size(), jatim.total);
}

namespace {

httplib::Result faulted(SimProcess &sim, const std::string &token, const std::string &mode)
{
    auto set = sim.http().Post("/admin/fault?count=1&retry_after=7&ms=300&mode=" + mode, std::string(), "text/plain");
    if (!set || set->status != 200)
        return httplib::Result{nullptr, httplib::Error::Unknown};
    return sim.http().Get("/rest/sdmk?kode_wilayah=32.05&per_page=20&token=" + token);
}

bool parses(const std::string &body)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
    return error.error == QJsonParseError::NoError;
}

QJsonObject object(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

} // namespace

void TestSisdmkSim::faultsAreObservable()
{
    SimProcess sim(kSmall);
    const std::string token = sim.login();
    for (const char *code : {"500", "502", "503"}) {
        auto r = faulted(sim, token, code);
        QVERIFY(r && r->status == std::atoi(code));
        QCOMPARE(object(r->body).value(QLatin1String("status")).toInt(), std::atoi(code));
    }
    auto tooMany = faulted(sim, token, "429");
    QVERIFY(tooMany && tooMany->status == 429);
    QCOMPARE(tooMany->get_header_value("Retry-After"), std::string("7"));
    auto expired = faulted(sim, token, "expired");
    QVERIFY(expired && expired->status == 401);
    auto html = faulted(sim, token, "html");
    QVERIFY(html && html->status == 200 && !parses(html->body));
    QVERIFY(html->get_header_value("Content-Type").find("text/html") != std::string::npos);
    auto cut = faulted(sim, token, "cutoff");
    QVERIFY(!cut);   // Content-Length promised more than the socket delivered
    auto truncated = faulted(sim, token, "truncate");
    QVERIFY(truncated && truncated->status == 200 && !parses(truncated->body));
    auto renamed = faulted(sim, token, "rename_data");
    QVERIFY(renamed && object(renamed->body).contains(QLatin1String("items")));
    QVERIFY(!object(renamed->body).contains(QLatin1String("data")));
    auto dropped = faulted(sim, token, "drop_nik");
    QVERIFY(dropped);
    const QJsonArray data = object(dropped->body).value(QLatin1String("data")).toArray();
    QVERIFY(!data.isEmpty());
    for (const auto &r : data)
        QVERIFY(!r.toObject().contains(QLatin1String("NIK")));
    QElapsedTimer timer;
    timer.start();
    auto slow = faulted(sim, token, "latency");
    QVERIFY(slow && slow->status == 200);
    QVERIFY(timer.elapsed() >= 300);
    auto normal = sim.http().Get("/rest/sdmk?kode_wilayah=32.05&per_page=20&token=" + token);
    QVERIFY(normal && normal->status == 200 && parses(normal->body));
}

void TestSisdmkSim::faultCountThenNormal()
{
    SimProcess sim(args(kSmall, {"--fault", "503", "--fault-count", "2"}));
    const std::string token = sim.login();   // login is outside the fault scope by default
    QVERIFY(!token.empty());
    const std::string q = "/rest/sdmk?kode_wilayah=11&per_page=5&token=" + token;
    QCOMPARE(sim.http().Get(q)->status, 503);
    QCOMPARE(sim.http().Get(q)->status, 503);
    QCOMPARE(sim.http().Get(q)->status, 200);
    auto set = sim.http().Post("/admin/fault?mode=502&count=0&scope=all", std::string(), "text/plain");
    QVERIFY(set && set->status == 200);
    for (int k = 0; k < 3; ++k)
        QCOMPARE(sim.http().Get(q)->status, 502);
    QCOMPARE(sim.http().Post("/rest/login_ws", httplib::Params{{"username", "u"}, {"password", "p"}})->status, 502);
    sim.http().Post("/admin/fault?mode=none", std::string(), "text/plain");
    QCOMPARE(sim.http().Get(q)->status, 200);
}

void TestSisdmkSim::badRecordsPresentGoodNiksValid()
{
    const QSet<QString> districts = knownDistricts();
    QVERIFY(districts.size() > 7000);
    {
        SimProcess clean(args(kSmall, {"--bad-share", "0"}));
        const Pull p = clean.pull(clean.login(), "94");   // Papua Tengah: many pre-2022 91.xx prefixes
        QVERIFY(p.total > 50);
        int oldPrefix = 0;
        for (const auto &r : p.records) {
            QVERIFY2(nikProblem(r.toObject(), districts).isEmpty(), qPrintable(str(r, "NIK")));
            oldPrefix += str(r, "NIK").startsWith(QLatin1String("91")) ? 1 : 0;
        }
        QVERIFY(oldPrefix > 0);
    }
    SimProcess dirty(args(kSmall, {"--bad-share", "0.2"}));
    const Pull p = dirty.pull(dirty.login(), "32", {}, 1000);
    QHash<QString, int> problems;
    int emptyName = 0, numericNik = 0, huge = 0, adjacentDup = 0;
    for (qsizetype k = 0; k < p.records.size(); ++k) {
        const QJsonObject r = p.records[k].toObject();
        ++problems[nikProblem(r, districts)];
        emptyName += str(r, "NAMA").trimmed().isEmpty() ? 1 : 0;
        numericNik += r.value(QLatin1String("NIK")).isDouble() ? 1 : 0;
        huge += (str(r, "NAMA").size() > 65536 || str(r, "ALAMAT").size() > 65536) ? 1 : 0;
        adjacentDup += k > 0 && k % 1000 != 0 && str(p.records[k - 1], "NIK") == str(r, "NIK") && r.value(QLatin1String("NIK")).isString() ? 1 : 0;
    }
    const double bad = 1.0 - double(problems.value(QString())) / double(p.total);
    QVERIFY2(bad > 0.04 && bad < 0.2, qPrintable(QString::number(bad)));
    for (const char *kind : {"shape", "district", "date", "serial", "sex", "birth"})
        QVERIFY2(problems.value(QString::fromLatin1(kind)) > 0, kind);
    QVERIFY(emptyName > 0 && numericNik > 0 && huge > 0 && adjacentDup > 0);
}

void TestSisdmkSim::biodataHealthAndLogging()
{
    SimProcess sim(kSmall, false);
    const std::string token = sim.login();
    auto page = sim.http().Get("/rest/sdmk?kode_wilayah=73&per_page=5&token=" + token, httplib::Headers{{"X-Request-ID", "rid-test-7"}});
    QVERIFY(page && page->status == 200);
    QCOMPARE(page->get_header_value("X-Request-ID"), std::string("rid-test-7"));
    const QJsonObject first = object(page->body).value(QLatin1String("data")).toArray().first().toObject();
    const std::string nik = first.value(QLatin1String("NIK")).toVariant().toString().toStdString();
    const QJsonObject bio = sim.getJson("/rest/getBiodata?nik=" + nik + "&token=" + token);
    QCOMPARE(bio.value(QLatin1String("data")).toObject(), first);
    int http = 0;
    sim.getJson("/rest/getBiodata?nik=1111111111111111&token=" + token, &http);
    QCOMPARE(http, 404);
    QCOMPARE(sim.getJson("/healthz", &http).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QThread::msleep(200);
    const QByteArray log = sim.readStderr();
    QVERIFY(log.contains("rid=rid-test-7"));
    QVERIFY(log.contains("token=REDACTED"));
    QVERIFY(!log.contains(QByteArray::fromStdString(token)));
}

QTEST_GUILESS_MAIN(TestSisdmkSim)
#include "tst_sisdmk_sim.moc"
