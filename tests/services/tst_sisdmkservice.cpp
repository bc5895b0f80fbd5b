// SISDMK services: quarantine review (permission, audit event, one transaction), personnel queries
// off the GUI thread with NIK masking decided in services, and SisdmkService's refusals.
#include "CoreFixture.h"
#include "SisdmkSeed.h"

#include "services/AdminService.h"
#include "services/PersonnelQueries.h"
#include "services/SisdmkService.h"
#include "sisdmk/SisdmkConfig.h"
#include "storage/Database.h"
#include "services/EventLogService.h"
#include "services/QuarantineService.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace mt;

class TestSisdmkService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }
    void reviewRefusedForOperator();
    void reviewRecordedAsAuditedEvent();
    void personnelMaskedUnlessSteward();
    void partialNikSearchOnlyForStewards();
    void filtersAndCount();
    void detailHasJobsAndRegistrations();
    void quarantineListStewardsOnly();
    void serviceRefusesWithoutConfigOrPermission();
    void textForPeople();

private:
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_f->db().sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    PersonnelPageResult search(PersonnelQueries &q, const Session &s, const PersonnelFilter &f)
    {
        QSignalSpy spy(&q, &PersonnelQueries::searchReady);
        q.search(s, PersonnelQuery{f, 0, 50});
        if (!spy.wait(10000))
            return {};
        return spy.last().first().value<PersonnelPageResult>();
    }

    std::unique_ptr<CoreFixture> m_f;
};

void TestSisdmkService::init()
{
    m_f = std::make_unique<CoreFixture>();
    QVERIFY(m_f->openWithUsers());
    QVERIFY(sisdmkseed::seed(m_f->db()).ok());
}

void TestSisdmkService::reviewRefusedForOperator()
{
    const qint64 events = scalar(QStringLiteral("SELECT COUNT(*) FROM events"));
    const qint64 id = scalar(QStringLiteral("SELECT MIN(id) FROM personnel_quarantine"));
    for (const Session *s : {&m_f->l1, &m_f->l2, &m_f->ic}) {
        const Status st = m_f->ws->quarantine().review(*s, id);
        QCOMPARE(st.code, ErrorCode::PermissionDenied);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM personnel_quarantine WHERE reviewed_at_ms <> 0")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM events")), events);
}

void TestSisdmkService::reviewRecordedAsAuditedEvent()
{
    const qint64 id = scalar(QStringLiteral("SELECT MIN(id) FROM personnel_quarantine"));
    m_f->clock.advanceMinutes(7);
    QVERIFY(m_f->ws->quarantine().review(m_f->steward, id).ok());
    QSqlQuery q(m_f->db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT reviewed_by, reviewed_at_ms FROM personnel_quarantine WHERE id = %1").arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), m_f->steward.user);
    QCOMPARE(q.value(1).toLongLong(), m_f->clock.nowMs());
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT actor, payload, entity_type FROM events WHERE type = 'sisdmk.quarantine_reviewed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), m_f->steward.user);
    QVERIFY(q.value(1).toString().contains(QStringLiteral("\"quarantine_id\":%1").arg(id)));
    QCOMPARE(q.value(2).toString(), QStringLiteral("sisdmk_quarantine"));
    QVERIFY(!q.next());
    q.finish();
    QVERIFY(m_f->ws->events().verifyAudit()->intact);

    // A second review is refused and leaves neither a second event nor a changed row.
    m_f->clock.advanceMinutes(1);
    QCOMPARE(m_f->ws->quarantine().review(m_f->admin, id).code, ErrorCode::InvalidTransition);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'sisdmk.quarantine_reviewed'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM personnel_quarantine WHERE reviewed_by = 'admin'")), 0);
    // Unknown id: nothing written either.
    QCOMPARE(m_f->ws->quarantine().review(m_f->steward, 999999).code, ErrorCode::NotFound);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'sisdmk.quarantine_reviewed'")), 1);
}

void TestSisdmkService::personnelMaskedUnlessSteward()
{
    PersonnelQueries q(m_f->dir.path(), m_f->ws->admin().integrityGate());
    const PersonnelPageResult op = search(q, m_f->l1, {});
    QVERIFY(!op.error);
    QCOMPARE(op.rows.size(), 3);
    for (const PersonSummary &p : op.rows) {
        QVERIFY(p.nikMasked);
        QVERIFY2(p.nik.contains(QLatin1Char('*')), qPrintable(p.nik));
        QVERIFY(p.handle != p.nik);
        for (const QString &full : {sisdmkseed::kSiti, sisdmkseed::kBudi, sisdmkseed::kCitra})
            QVERIFY(p.nik != full && p.handle != full);
    }
    QCOMPARE(op.rows.first().name, QStringLiteral("Budi Santoso")); // ordered by name
    QCOMPARE(op.rows.first().nik, QStringLiteral("327301********01"));

    for (const Session *s : {&m_f->steward, &m_f->admin}) {
        const PersonnelPageResult st = search(q, *s, {});
        QCOMPARE(st.rows.size(), 3);
        QCOMPARE(st.rows.first().nik, sisdmkseed::kBudi);
        QVERIFY(!st.rows.first().nikMasked);
    }
}

void TestSisdmkService::partialNikSearchOnlyForStewards()
{
    PersonnelQueries q(m_f->dir.path(), m_f->ws->admin().integrityGate());
    PersonnelFilter f;
    f.search = QStringLiteral("3205");
    const PersonnelPageResult op = search(q, m_f->l1, f);
    QVERIFY(op.error);
    QCOMPARE(op.error->detail, QStringLiteral("nik_full_required"));
    QVERIFY(op.rows.isEmpty());
    const PersonnelPageResult st = search(q, m_f->steward, f);
    QVERIFY(!st.error);
    QCOMPARE(st.rows.size(), 1);
    QCOMPARE(st.rows.first().nik, sisdmkseed::kSiti);
    f.search = sisdmkseed::kSiti; // the whole NIK: allowed for everyone, still shown masked
    const PersonnelPageResult whole = search(q, m_f->l1, f);
    QVERIFY(!whole.error);
    QCOMPARE(whole.rows.size(), 1);
    QCOMPARE(whole.rows.first().name, QStringLiteral("Siti Rahma"));
    QVERIFY(whole.rows.first().nikMasked);
}

void TestSisdmkService::filtersAndCount()
{
    PersonnelQueries q(m_f->dir.path(), m_f->ws->admin().integrityGate());
    PersonnelFilter f;
    f.search = QStringLiteral("rahma");
    QCOMPARE(search(q, m_f->l1, f).rows.size(), 1);
    f = {};
    f.regionPrefix = QStringLiteral("32");
    QCOMPARE(search(q, m_f->l1, f).rows.size(), 2);
    f.regionPrefix = QStringLiteral("32.73");
    QCOMPARE(search(q, m_f->l1, f).rows.first().name, QStringLiteral("Budi Santoso"));
    f = {};
    f.category = 4; // second job of Siti: every job's category counts
    QCOMPARE(search(q, m_f->l1, f).rows.size(), 1);
    f = {};
    f.active = false;
    const auto inactive = search(q, m_f->l1, f);
    QCOMPARE(inactive.rows.size(), 1);
    QCOMPARE(inactive.rows.first().regencyName.isEmpty(), false); // 35.78 is Kota Surabaya
    f = {};
    f.facilityCode = QStringLiteral("3273001");
    QCOMPARE(search(q, m_f->l1, f).rows.size(), 1);

    QSignalSpy counted(&q, &PersonnelQueries::countReady);
    f = {};
    f.regionPrefix = QStringLiteral("32");
    q.count(m_f->l1, f);
    QVERIFY(counted.wait(10000));
    QCOMPARE(counted.last().first().value<PersonnelCountResult>().total, 2);

    // Only the newest of quickly repeated searches is answered.
    QSignalSpy ready(&q, &PersonnelQueries::searchReady);
    for (int i = 0; i < 20; ++i)
        q.search(m_f->l1, PersonnelQuery{{}, 0, 10});
    f = {};
    f.search = QStringLiteral("citra");
    const quint64 last = q.search(m_f->l1, PersonnelQuery{f, 0, 10});
    QTRY_VERIFY(!ready.isEmpty() && ready.last().first().value<PersonnelPageResult>().ticket == last);
    QTest::qWait(100);
    for (const QList<QVariant> &args : ready)
        QVERIFY(args.first().value<PersonnelPageResult>().ticket <= last);
    QCOMPARE(ready.last().first().value<PersonnelPageResult>().rows.size(), 1);
}

void TestSisdmkService::detailHasJobsAndRegistrations()
{
    PersonnelQueries q(m_f->dir.path(), m_f->ws->admin().integrityGate());
    PersonnelFilter f;
    f.search = QStringLiteral("Siti");
    const PersonnelPageResult page = search(q, m_f->l1, f);
    QCOMPARE(page.rows.size(), 1);
    QSignalSpy spy(&q, &PersonnelQueries::detailReady);
    const quint64 ticket = q.detail(m_f->l1, page.rows.first().handle);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.last().at(0).toULongLong(), ticket);
    QCOMPARE(spy.last().at(2).toString(), QString());
    const PersonDetail d = spy.last().at(1).value<PersonDetail>();
    QVERIFY(d.summary.nikMasked);
    QCOMPARE(d.summary.nik, QStringLiteral("320519********03"));
    QCOMPARE(d.birthPlace, QStringLiteral("Garut"));
    QCOMPARE(d.jobs.size(), 2);
    QCOMPARE(d.jobs.at(0).str, QStringLiteral("STR-3205-1"));
    QCOMPARE(d.jobs.at(0).sip, QStringLiteral("SIP-3205-1"));
    QCOMPARE(d.jobs.at(0).strValidUntil, QStringLiteral("2029-08-12"));
    QCOMPARE(d.jobs.at(1).categoryName, QStringLiteral("Bidan"));
    // A handle that was never handed out is not a way in.
    q.detail(m_f->l1, sisdmkseed::kSiti);
    QVERIFY(spy.wait(10000));
    QVERIFY(!spy.last().at(2).toString().isEmpty());
}

void TestSisdmkService::quarantineListStewardsOnly()
{
    PersonnelQueries q(m_f->dir.path(), m_f->ws->admin().integrityGate());
    QSignalSpy spy(&q, &PersonnelQueries::quarantineReady);
    q.quarantine(m_f->l1, {}, 0, 50);
    QVERIFY(spy.wait(10000));
    auto r = spy.last().first().value<QuarantinePageResult>();
    QVERIFY(r.error);
    QCOMPARE(r.error->code, ErrorCode::PermissionDenied);
    QVERIFY(r.rows.isEmpty());
    q.quarantine(m_f->steward, {}, 0, 50);
    QVERIFY(spy.wait(10000));
    r = spy.last().first().value<QuarantinePageResult>();
    QVERIFY(!r.error);
    QCOMPARE(r.total, 2);
    QCOMPARE(r.rows.first().reasons, (QStringList{QStringLiteral("nik_format"), QStringLiteral("name_empty")}));
    QVERIFY(r.rows.first().raw.contains("NAMA"));
}

void TestSisdmkService::serviceRefusesWithoutConfigOrPermission()
{
    SisdmkService svc(*m_f->ws, SisdmkConfig{});
    svc.start();
    QCOMPARE(svc.availability(), SisdmkService::Availability::NotConfigured);
    QVERIFY(svc.availabilityMessage().contains(QStringLiteral("base_url")));
    QVERIFY(!svc.nextRunAt().isValid());
    QCOMPARE(svc.syncNow(m_f->l1).code, ErrorCode::PermissionDenied);
    QCOMPARE(svc.cancel(m_f->l1).code, ErrorCode::PermissionDenied);
    QCOMPARE(svc.syncNow(m_f->steward).code, ErrorCode::Validation);
    QVERIFY(!svc.isRunning());

    SisdmkConfig c;
    c.baseUrl = QStringLiteral("http://127.0.0.1:9");
    c.regions = {QStringLiteral("32")};
    c.intervalHours = 6;
    SisdmkService configured(*m_f->ws, c);
    configured.start();
    const QDateTime next = configured.nextRunAt();
    QVERIFY(next.isValid());
    QVERIFY(qAbs(next.toMSecsSinceEpoch() - m_f->clock.nowMs() - 6 * 3600 * 1000LL) < 1000);
}

void TestSisdmkService::textForPeople()
{
    QCOMPARE(PersonnelText::maskNik(sisdmkseed::kSiti), QStringLiteral("320519********03"));
    QCOMPARE(PersonnelText::maskNik(QStringLiteral("123")), QStringLiteral("***"));
    QCOMPARE(PersonnelText::categoryName(3), QStringLiteral("Perawat"));
    QCOMPARE(PersonnelText::categoryName(35), QStringLiteral("Tenaga Kesehatan Tradisional"));
    QVERIFY(PersonnelText::categoryName(0).isEmpty() && PersonnelText::categoryName(36).isEmpty());
    QCOMPARE(PersonnelText::reason(QStringLiteral("regency_unknown")), QStringLiteral("Unknown regency code"));
    const QString keyed = PersonnelText::reason(QStringLiteral("field_type:KODE_KAB"));
    QVERIFY(keyed.startsWith(QStringLiteral("A field has the wrong type")) && keyed.endsWith(QStringLiteral("KODE_KAB")));
    QCOMPARE(PersonnelText::reason(QStringLiteral("something_new")), QStringLiteral("something_new"));
}

QTEST_GUILESS_MAIN(TestSisdmkService)
#include "tst_sisdmkservice.moc"
