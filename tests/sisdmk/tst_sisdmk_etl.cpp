// SISDMK ETL against the simulator as a real process: normal, incremental and every exception flow.
#include "SimProcess.h"
#include "SisdmkTestSupport.h"

#include "common/Clock.h"
#include "domain/personnel/RegionDirectory.h"
#include "domain/personnel/SisdmkMapper.h"
#include "storage/EtlRunRepository.h"
#include "storage/PersonnelRepository.h"
#include "storage/QuarantineRepository.h"
#include "sisdmk/SisdmkCredentialStore.h"
#include "sisdmk/EtlController.h"
#include "sisdmk/EtlWorker.h"
#include "observability/MetricsRegistry.h"
#include "sisdmk/PageParser.h"
#include "SkipOrFail.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace mt;

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_sim;
    SystemClock m_clock;
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_sim->port()); }
    SyncRequest request(const QString &region = QStringLiteral("32")) const
    {
        return SyncRequest{baseUrl(), {region}, {}, {QStringLiteral("u"), QStringLiteral("p")}};
    }
    void fault(const std::string &query)
    {
        auto res = m_sim->http().Get("/admin/fault?" + query);
        QVERIFY(res && res->status == 200);
    }
    static const EtlRunRecord &only(const SyncSummary &s) { return s.runs.first(); }

private slots:
    void initTestCase();
    void cleanup() { fault("mode=none"); }
    void parserQuarantinesBadInput();
    void parserRejectsChangedFormat_data();
    void parserRejectsChangedFormat();
    void olderRecordNeverOverwrites();
    void fullPullThenIncremental();
    void retryThenSuccess();
    void retryAfterHonoured();
    void retriesExhaustedRaiseAlert();
    void authFailureStoresNothing();
    void formatChangeKeepsRawBody_data();
    void formatChangeKeepsRawBody();
    void threeFailedRunsAreCritical();
    void slowRunWarns();
    void requestIdsUniqueAndLogged();
    void cancelKeepsResumePoint();
    void writeLockFreeWhileWaitingForNetwork();
    void metricsExposition();
    void keychainStoreAndRead();
};

void TestSync::initTestCase()
{
    m_sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--workers"), QStringLiteral("20000"),
                                                     QStringLiteral("--seed"), QStringLiteral("7"),
                                                     QStringLiteral("--bad-share"), QStringLiteral("0.03")});
    QVERIFY2(m_sim->isRunning(), "sisdmk-sim did not start");
}

void TestSync::parserQuarantinesBadInput()
{
    const auto regions = EtlWorker::loadRegions();
    QVERIFY(regions.ok());
    const SisdmkMapper mapper(regions.value());
    const QByteArray good = R"({"NIK":"3205195208900003","NAMA":"Siti","JENIS_KELAMIN":"P","TANGGAL_LAHIR":"1990-08-12",
        "KODE_PROV":"32","KODE_KAB":"3205","STATUS_AKTIF":"AKTIF","LAST_UPDATED":"2026-01-01T00:00:00Z"})";
    QByteArray body = R"({"status":200,"message":"OK","paging":{"page":1,"per_page":9,"total":9,"next_page":null},"data":[)";
    body += good + ",";
    body += QByteArray(good).replace("Siti", "Dup") + ",";                                      // duplicate NIK
    body += QByteArray(good).replace("3205195208900003", "3205193002900003") + ",";              // 30-02 date
    body += QByteArray(good).replace("\"Siti\"", "12345") + ",";                                 // wrong type
    body += QByteArray(good).replace("Siti", QByteArray(70000, 'a')) + ",";                      // huge string
    body += QByteArray(good).replace("Siti", "Bad\xff\xfeUtf").replace("3205195208900003", "3205195208900004") + ",";
    body += R"(42,)";                                                                            // not an object
    body += QByteArray(good).replace("\"3205\"", "\"3299\"").replace("3205195208900003", "3205195208900005");
    body += "]}";
    const ParsedPage p = PageParser::parse(body, mapper, QDate(2026, 11, 24));
    QCOMPARE(p.kind, ParsedPage::Kind::Ok);
    QCOMPARE(p.received, 8);
    QCOMPARE(p.valid.size(), 0);
    QCOMPARE(p.rejected.size(), 8);
    int duplicates = 0;
    for (const RejectedRecord &r : p.rejected) {
        QVERIFY2(!r.reasons.isEmpty() && !r.raw.isEmpty(), qPrintable(r.nik));
        duplicates += r.reasons.contains(RecordReason::DuplicateInPage) ? 1 : 0;
    }
    QCOMPARE(duplicates, 4); // good, Dup, the wrong-type and the huge record share one NIK
    bool utf8 = false;
    for (const RejectedRecord &r : p.rejected)
        utf8 = utf8 || r.reasons.contains(PageParser::InvalidUtf8);
    QVERIFY(utf8);
}

void TestSync::parserRejectsChangedFormat_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    const int format = int(ParsedPage::Kind::Format);
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << format;
    QTest::newRow("cut") << QByteArray(R"({"status":200,"data":[{"NIK":"32)") << format;
    QTest::newRow("no data") << QByteArray(R"({"status":200,"items":[],"paging":{"next_page":null}})") << format;
    QTest::newRow("no nik") << QByteArray(R"({"status":200,"data":[{"NAMA":"x","STATUS_AKTIF":"AKTIF","LAST_UPDATED":"x","KODE_PROV":"32","KODE_KAB":"3205"}],"paging":{"next_page":null}})") << format;
    QTest::newRow("envelope 401") << QByteArray(R"({"status":401,"message":"Token kedaluwarsa"})") << int(ParsedPage::Kind::Auth);
}

void TestSync::parserRejectsChangedFormat()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const auto regions = EtlWorker::loadRegions();
    const SisdmkMapper mapper(regions.value());
    QCOMPARE(int(PageParser::parse(body, mapper, QDate(2026, 11, 24)).kind), kind);
}

void TestSync::olderRecordNeverOverwrites()
{
    SyncEnv env;
    auto db = env.open();
    QVERIFY(db);
    PersonnelRecord r;
    r.nik = QStringLiteral("3205195208900003");
    r.name = QStringLiteral("Newer");
    r.provinceCode = QStringLiteral("32");
    r.regencyCode = QStringLiteral("32.05");
    r.lastUpdatedMs = 2000;
    PersonnelJob job;
    job.unitName = QStringLiteral("RS \"Harapan\"\nKita \\ 2");
    job.sdmkCategory = 3;
    r.jobs = {job, job};
    PersonnelRepository repo(*db);
    QVERIFY(db->transaction([&] { return repo.upsert({r}, QStringLiteral("a")).error(); }).ok());
    r.name = QStringLiteral("Older");
    r.lastUpdatedMs = 1000;
    Result<UpsertCounts> c = UpsertCounts{};
    QVERIFY(db->transaction([&] { c = repo.upsert({r}, QStringLiteral("b")); return c.error(); }).ok());
    QCOMPARE(c->unchanged, 1);
    QCOMPARE(repo.find(r.nik).value()->record.name, QStringLiteral("Newer"));
    QJsonParseError pe;
    const QJsonArray jobs = QJsonDocument::fromJson(repo.find(r.nik).value()->jobsJson.toUtf8(), &pe).array();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(1).toObject().value(QStringLiteral("unit")).toString(), job.unitName);
    QCOMPARE(jobs.at(1).toObject().value(QStringLiteral("category")).toInt(), 3);
    r.lastUpdatedMs = 3000;
    r.name = QStringLiteral("Newest");
    QVERIFY(db->transaction([&] { c = repo.upsert({r}, QStringLiteral("c")); return c.error(); }).ok());
    QCOMPARE(c->updated, 1);
    QCOMPARE(repo.find(r.nik).value()->record.name, QStringLiteral("Newest"));
}

void TestSync::fullPullThenIncremental()
{
    SyncEnv env;
    RecordingSink sink;
    MetricsRegistry metrics;
    const Pull direct = m_sim->pull(m_sim->login(), "32");
    const SyncSummary first = env.sync(m_clock, request(), sink, &metrics);
    QVERIFY(first.ok());
    const EtlRunRecord &run = only(first);
    QCOMPARE(run.received, qint64(direct.total));
    QCOMPARE(run.received, run.inserted + run.updated + run.unchanged + run.rejected);
    QCOMPARE(run.updated, 0);
    QVERIFY(run.rejected > 0);
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM personnel")), run.inserted);
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM personnel_quarantine WHERE raw <> '' AND reasons <> '[]'")),
             run.rejected);
    QVERIFY(env.scalar(QStringLiteral("SELECT count(*) FROM personnel_quarantine WHERE reasons LIKE '%duplicate_nik_in_page%'")) >= 2);
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sisdmk_resume")), 0);
    QVERIFY(sink.alerts.isEmpty());
    // Everything logged for the run carries its trace id.
    const QStringList runLines = env.logs().split(QLatin1Char('\n')).filter(run.runId);
    QVERIFY(!runLines.isEmpty());
    for (const QString &line : runLines)
        QVERIFY2(line.contains(run.traceId), qPrintable(line));

    // Incremental: only the touched records come back, as updates.
    QVERIFY(m_sim->http().Post("/admin/touch?count=300", "", "text/plain"));
    const SyncSummary second = env.sync(m_clock, request(), sink, &metrics);
    QVERIFY(second.ok());
    const EtlRunRecord &inc = only(second);
    QVERIFY2(inc.received > 0 && inc.received < 300, qPrintable(QString::number(inc.received)));
    // A record first quarantined as a same-page duplicate may come back alone and be inserted.
    QVERIFY(inc.inserted <= run.rejected);
    QVERIFY(inc.updated > inc.inserted);
    QCOMPARE(inc.unchanged, 0);
    QCOMPARE(inc.inserted + inc.updated + inc.rejected, inc.received);
    QVERIFY(!inc.updatedSince.isEmpty());

    // A full re-read with older-or-equal LAST_UPDATED changes nothing.
    SyncRequest again = request();
    again.since = QStringLiteral("2000-01-01T00:00:00Z");
    const EtlRunRecord re = only(env.sync(m_clock, again, sink, &metrics));
    QCOMPARE(re.inserted + re.updated, 0);
    QCOMPARE(re.unchanged + re.rejected, re.received);
}

void TestSync::retryThenSuccess()
{
    SyncEnv env;
    RecordingSink sink;
    MetricsRegistry metrics;
    fault("mode=503&count=2");
    const EtlRunRecord run = only(env.sync(m_clock, request(QStringLiteral("32.04")), sink, &metrics));
    QCOMPARE(run.status, QStringLiteral("ok"));
    QCOMPARE(run.requestIds.size(), run.pages + 1 + 2); // login + pages + two retried attempts
    QCOMPARE(metrics.counter(QStringLiteral("medtrack_sisdmk_request_errors_total"), QStringLiteral("endpoint=\"sdmk\"")), 2.0);
    QVERIFY(sink.alerts.isEmpty());
}

void TestSync::retryAfterHonoured()
{
    SyncEnv env;
    RecordingSink sink;
    fault("mode=429&count=1&retry_after=2");
    QElapsedTimer t;
    t.start();
    const EtlRunRecord run = only(env.sync(m_clock, request(QStringLiteral("32.04")), sink));
    QCOMPARE(run.status, QStringLiteral("ok"));
    QVERIFY2(t.elapsed() >= 2000, qPrintable(QString::number(t.elapsed())));
}

void TestSync::retriesExhaustedRaiseAlert()
{
    SyncEnv env;
    RecordingSink sink;
    fault("mode=500&count=0");
    const EtlRunRecord run = only(env.sync(m_clock, request(QStringLiteral("32.04")), sink));
    QCOMPARE(run.status, QStringLiteral("failed"));
    QCOMPARE(run.failureKind, QStringLiteral("unreachable"));
    QCOMPARE(run.requestIds.size(), 1 + 4); // login, then the first attempt and 3 retries
    QVERIFY(sink.has(QStringLiteral("sisdmk:unreachable"), AlertSeverity::Warning));
    QCOMPARE(sink.alerts.first().module, Module::HR);
}

void TestSync::authFailureStoresNothing()
{
    SyncEnv env;
    RecordingSink sink;
    fault("mode=expired&count=0");
    const EtlRunRecord run = only(env.sync(m_clock, request(), sink));
    QCOMPARE(run.failureKind, QStringLiteral("auth"));
    QCOMPARE(run.requestIds.size(), 2); // no retry on 401
    QVERIFY(sink.has(QStringLiteral("sisdmk:auth"), AlertSeverity::Critical));
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM personnel")), 0);
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM personnel_quarantine")), 0);
    fault("mode=none");
    SyncRequest wrong = request();
    wrong.credentials.password = QStringLiteral("wrong");
    const EtlRunRecord refused = only(env.sync(m_clock, wrong, sink));
    QCOMPARE(refused.failureKind, QStringLiteral("auth"));
    QVERIFY(!env.logs().contains(QStringLiteral("wrong")));
}

void TestSync::formatChangeKeepsRawBody_data()
{
    QTest::addColumn<QString>("mode");
    for (const char *m : {"cutoff", "truncate", "rename_data", "drop_nik", "html"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestSync::formatChangeKeepsRawBody()
{
    QFETCH(QString, mode);
    SyncEnv env;
    RecordingSink sink;
    fault("mode=" + mode.toStdString() + "&count=1");
    const EtlRunRecord run = only(env.sync(m_clock, request(QStringLiteral("32.04")), sink));
    QCOMPARE(run.status, QStringLiteral("failed"));
    QCOMPARE(run.failureKind, QStringLiteral("format"));
    QVERIFY(sink.has(QStringLiteral("sisdmk:format"), AlertSeverity::Critical));
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sisdmk_raw_bodies WHERE length(body) > 0 AND run_id = '%1'").arg(run.runId)), 1);
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM personnel")), 0);
    // The next run starts again at the failed page and completes.
    const EtlRunRecord next = only(env.sync(m_clock, request(QStringLiteral("32.04")), sink));
    QCOMPARE(next.status, QStringLiteral("ok"));
}

void TestSync::threeFailedRunsAreCritical()
{
    SyncEnv env;
    RecordingSink sink;
    fault("mode=expired&count=0");
    for (int i = 0; i < 3; ++i)
        env.sync(m_clock, request(QStringLiteral("32.04")), sink);
    QVERIFY(sink.has(QStringLiteral("sisdmk:repeated_failures"), AlertSeverity::Critical));
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sisdmk_runs WHERE status = 'failed'")), 3);
}

void TestSync::slowRunWarns()
{
    SyncEnv env;
    env.config.maxRunMinutes = 0.0001; // 6 ms
    RecordingSink sink;
    fault("mode=latency&ms=50&count=0");
    const EtlRunRecord run = only(env.sync(m_clock, request(QStringLiteral("32.04")), sink));
    QCOMPARE(run.status, QStringLiteral("ok"));
    QVERIFY(sink.has(QStringLiteral("sisdmk:slow_run"), AlertSeverity::Warning));
}

void TestSync::requestIdsUniqueAndLogged()
{
    SimProcess loud({QStringLiteral("--workers"), QStringLiteral("5000")}, false);
    QVERIFY(loud.isRunning());
    SyncEnv env;
    env.config.perPage = 100;
    RecordingSink sink;
    SyncRequest req{QStringLiteral("http://127.0.0.1:%1").arg(loud.port()), {QStringLiteral("32")}, {}, {QStringLiteral("u"), QStringLiteral("p")}};
    const EtlRunRecord run = only(env.sync(m_clock, req, sink));
    QCOMPARE(run.status, QStringLiteral("ok"));
    QVERIFY(run.pages > 2);
    const QString log = QString::fromUtf8(loud.readStderr());
    QSet<QString> seen;
    const QRegularExpression rid(QStringLiteral("rid=([0-9a-f-]+)"));
    for (auto it = rid.globalMatch(log); it.hasNext();)
        seen.insert(it.next().captured(1));
    QCOMPARE(seen.size(), run.requestIds.size());
    QCOMPARE(seen, QSet<QString>(run.requestIds.cbegin(), run.requestIds.cend()));
    // The token never reaches our logs, the run audit or the simulator's log.
    const QString logs = env.logs();
    QVERIFY(logs.contains(QStringLiteral("token=")));
    QVERIFY(!logs.contains(QRegularExpression(QStringLiteral("token=(?!REDACTED|\\[redacted\\])"))));
    QVERIFY(!log.contains(QRegularExpression(QStringLiteral("token=(?!REDACTED)"))));
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sisdmk_runs WHERE error LIKE '%token=%'")), 0);
}

void TestSync::cancelKeepsResumePoint()
{
    SyncEnv env;
    env.config.perPage = 100;
    RecordingSink sink;
    fault("mode=latency&ms=150&count=0");
    EtlController controller(env.dataDir(), m_clock, env.config, &sink, nullptr);
    QSignalSpy done(&controller, &EtlController::finished);
    connect(&controller, &EtlController::progress, this, [&controller](const SyncProgress &p) {
        if (p.pages == 2)
            controller.cancel();
    });
    QVERIFY(controller.syncNow(request()));
    QVERIFY(!controller.syncNow(request())); // one sync at a time, never blocking
    QVERIFY(done.wait(60000));
    const EtlRunRecord run = only(done.first().first().value<SyncSummary>());
    QCOMPARE(run.status, QStringLiteral("cancelled"));
    QVERIFY(env.scalar(QStringLiteral("SELECT next_page FROM sisdmk_resume WHERE region = '32'")) >= 3);
}

// Pages are written into a group transaction that stays open across event-loop turns; it must commit
// whenever the writer would wait for the network, or the app's own writes (an operator's acknowledge)
// would wait behind a slow SISDMK server.
void TestSync::writeLockFreeWhileWaitingForNetwork()
{
    SyncEnv env;
    env.config.perPage = 100;
    RecordingSink sink;
    fault("mode=latency&ms=150&count=0");
    EtlController controller(env.dataDir(), m_clock, env.config, &sink, nullptr);
    QSignalSpy done(&controller, &EtlController::finished);
    int pagesSeen = 0;
    connect(&controller, &EtlController::progress, this, [&pagesSeen](const SyncProgress &p) { pagesSeen = int(p.pages); });
    QVERIFY(controller.syncNow(request()));
    std::unique_ptr<Database> other; // opened once the worker has created the file (it migrates it)
    int attempts = 0;
    int refused = 0;
    QElapsedTimer t;
    t.start();
    while (done.isEmpty() && t.elapsed() < 60000) {
        QTest::qWait(37);
        if (pagesSeen < 1)
            continue;
        if (!other) {
            other = env.open();
            QSqlQuery(other->sql()).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
        }
        ++attempts;
        QSqlQuery q(other->sql());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            ++refused;
        else
            q.exec(QStringLiteral("ROLLBACK"));
    }
    QVERIFY(!done.isEmpty());
    const EtlRunRecord run = only(done.first().first().value<SyncSummary>());
    QVERIFY2(run.status == QStringLiteral("ok"), qPrintable(run.failureKind + QStringLiteral(": ") + run.error));
    QVERIFY2(attempts >= 10, qPrintable(QString::number(attempts)));
    QCOMPARE(refused, 0);
    // Every page was committed with its run counts: the run's record matches the table.
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM personnel")), run.inserted);
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sisdmk_resume WHERE region = '32'")), 0);
}

void TestSync::metricsExposition()
{
    MetricsRegistry m;
    m.increment(QStringLiteral("medtrack_sisdmk_runs_total"), QStringLiteral("status=\"ok\""));
    m.observe(QStringLiteral("medtrack_sisdmk_run_duration_seconds"), 2.5);
    const QString text = m.toPrometheusText();
    QVERIFY(text.contains(QStringLiteral("# TYPE medtrack_sisdmk_runs_total counter\nmedtrack_sisdmk_runs_total{status=\"ok\"} 1\n")));
    QVERIFY(text.contains(QStringLiteral("medtrack_sisdmk_run_duration_seconds_bucket{le=\"10\"} 1")));
    QVERIFY(text.contains(QStringLiteral("medtrack_sisdmk_run_duration_seconds_count 1")));
}

void TestSync::keychainStoreAndRead()
{
    SisdmkCredentialStore store;
    const QString url = QStringLiteral("http://127.0.0.1:1/test-%1/").arg(QCoreApplication::applicationPid());
    std::optional<Status> written;
    store.write(url, {QStringLiteral("medtrack"), QStringLiteral("s3cret-pw")}, [&](const Status &s) { written = s; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    if (!written->ok() && written->code == ErrorCode::Io)
        MT_SKIP_OR_FAIL(qPrintable(QStringLiteral("no secret service on D-Bus (run under dbus-run-session + gnome-keyring-daemon): ") + written->detail));
    QVERIFY2(written->ok(), qPrintable(written->detail));
    std::optional<Result<SisdmkCredentials>> read;
    store.read(url, [&](const Result<SisdmkCredentials> &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QVERIFY(read->ok());
    QCOMPARE(read->value().username, QStringLiteral("medtrack"));
    QCOMPARE(read->value().password, QStringLiteral("s3cret-pw"));
    std::optional<Status> removed;
    store.remove(url, [&](const Status &s) { removed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->ok());
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sisdmk_etl.moc"
