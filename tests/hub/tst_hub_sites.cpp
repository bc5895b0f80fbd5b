// Issue 10, parts 4 and 6, against a real medtrack-hub (MT_HUB_BACKEND=sqlite|postgres): one site cannot
// corrupt another (squatted ids, the severity lookup and the dedup index keyed by site), and a workstation
// is not sent back what it pushed itself (skip_own).
#include "HubTestSupport.h"
#include "SkipOrFail.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mt::test;

class TestHubSites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oneSiteCannotCorruptAnother();
    void pullSkipsOwnEvents();

private:
    QString login(const QString &user, const QString &site)
    {
        QJsonObject body{{QStringLiteral("username"), user}, {QStringLiteral("password"), QString::fromUtf8(m_password.trimmed())}};
        if (!site.isEmpty())
            body.insert(QStringLiteral("site_id"), site);
        return m_hub->postJson(QStringLiteral("/api/v1/login"), body).json.value(QStringLiteral("token")).toString();
    }
    QList<QJsonObject> pullAll(const QString &token) { return m_hub->pullAll(token, 0, 1000); }

    PgCluster m_pg{QStringList{QStringLiteral("fsync=off")}};
    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_tokenA;  // device token, site A
    QString m_tokenB;  // device token, site B
    QString m_central; // central ic
    QString m_ingestA;
    const QByteArray m_password = "correct-horse-battery\n";
};

void TestHubSites::initTestCase()
{
    QStringList backend;
    MT_HUB_BACKEND_OR_SKIP(m_pg, m_dir.path(), backend);
    m_hub = std::make_unique<HubProcess>(backend);
    const QString codeA = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("site-a"),
                                              QStringLiteral("--name"), QStringLiteral("A")});
    const QString codeB = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("site-b"),
                                              QStringLiteral("--name"), QStringLiteral("B")});
    QVERIFY(!codeA.isEmpty() && !codeB.isEmpty());
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("op1"), QStringLiteral("--role"),
                           QStringLiteral("l1"), QStringLiteral("--site"), QStringLiteral("site-a")}, nullptr, m_password), 0);
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("boss"), QStringLiteral("--role"),
                           QStringLiteral("ic"), QStringLiteral("--central")}, nullptr, m_password), 0);
    m_ingestA = m_hub->adminSecret({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--site"), QStringLiteral("site-a"),
                                    QStringLiteral("--kind"), QStringLiteral("ingest")});
    QVERIFY(m_hub->start());
    m_tokenA = m_hub->enrol(QStringLiteral("site-a"), codeA).json.value(QStringLiteral("token")).toString();
    m_tokenB = m_hub->enrol(QStringLiteral("site-b"), codeB).json.value(QStringLiteral("token")).toString();
    m_central = login(QStringLiteral("boss"), {});
    QVERIFY2(!m_tokenA.isEmpty() && !m_tokenB.isEmpty() && !m_central.isEmpty() && !m_ingestA.isEmpty(), qPrintable(m_hub->stderrText()));
}

void TestHubSites::cleanupTestCase()
{
    if (m_hub)
        m_hub->stop();
    m_pg.stop();
}

// Issue 10, part 4: site B pushing an id that site A stored is a conflict for B, reported to the
// administrator (metric, refusal record), and A's event is untouched; B's events about an entity id of A's
// never decide A's permissions (the severity lookup is keyed by site); the dedup index is keyed by site.
void TestHubSites::oneSiteCannotCorruptAnother()
{
    const QJsonObject mine = makeEvent(QStringLiteral("site-a"), QStringLiteral("alert.raised"),
                                       {{QStringLiteral("title"), QStringLiteral("Milik A")}, {QStringLiteral("severity"), QStringLiteral("warning")},
                                        {QStringLiteral("module"), QStringLiteral("logistics")}, {QStringLiteral("dedup_key"), QStringLiteral("shared-key")}});
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{mine}}}, m_tokenA)
                 .json.value(QStringLiteral("accepted")).toArray().size(), 1);
    QJsonObject squat = makeEvent(QStringLiteral("site-b"), QStringLiteral("alert.raised"),
                                  {{QStringLiteral("title"), QStringLiteral("Milik B")}, {QStringLiteral("severity"), QStringLiteral("info")},
                                   {QStringLiteral("module"), QStringLiteral("logistics")}, {QStringLiteral("dedup_key"), QStringLiteral("shared-key")}});
    squat.insert(QStringLiteral("id"), mine.value(QStringLiteral("id")));
    const Reply refused = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{squat}}}, m_tokenB);
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.json.value(QStringLiteral("rejected")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("conflict"));
    bool found = false;
    for (const QJsonObject &e : pullAll(m_tokenA)) {
        if (e.value(QStringLiteral("id")) == mine.value(QStringLiteral("id"))) {
            found = true;
            QCOMPARE(e.value(QStringLiteral("site_id")).toString(), QStringLiteral("site-a"));
            QCOMPARE(e.value(QStringLiteral("payload")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Milik A"));
        }
    }
    QVERIFY(found);
    QVERIFY(m_hub->call(QStringLiteral("GET"), QStringLiteral("/metrics")).body.contains("medtrack_hub_refusals_total{code=\"conflict\"}"));
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT(m_hub->admin({QStringLiteral("refusals"), QStringLiteral("--code"), QStringLiteral("conflict")}, &out) == 0
                                 && out.contains(QStringLiteral("device:site-b:")),
                             5000);
    // The same dedup key at both sites: two open alerts, one per site (Alertmanager-style ingest keys by site).
    const QJsonObject native{{QStringLiteral("title"), QStringLiteral("Suhu")}, {QStringLiteral("severity"), QStringLiteral("warning")},
                             {QStringLiteral("dedup_key"), QStringLiteral("cross-site-key")}};
    const Reply atA = m_hub->postJson(QStringLiteral("/api/v1/alerts?site=site-a"), native, m_ingestA);
    const Reply atB = m_hub->postJson(QStringLiteral("/api/v1/alerts?site=site-b"), native, m_central);
    QCOMPARE(atA.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("raised"));
    QCOMPARE(atB.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("raised"));
    QVERIFY(atA.json.value(QStringLiteral("alert_id")) != atB.json.value(QStringLiteral("alert_id")));

    // Site B re-grades "A's" Sev-1 incident to Sev-4 under its own site: A's L1 still may not close it.
    const QString l1 = login(QStringLiteral("op1"), QStringLiteral("site-a"));
    const QJsonObject sev1 = makeEvent(QStringLiteral("site-a"), QStringLiteral("incident.opened"),
                                       {{QStringLiteral("title"), QStringLiteral("Gudang padam")}, {QStringLiteral("severity"), 1}});
    const QString inc = sev1.value(QStringLiteral("entity_id")).toString();
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{sev1}}}, l1)
                 .json.value(QStringLiteral("accepted")).toArray().size(), 1);
    const QJsonObject regrade = makeEvent(QStringLiteral("site-b"), QStringLiteral("incident.severity_changed"),
                                          {{QStringLiteral("severity"), 4}}, inc);
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{regrade}}}, m_tokenB)
                 .json.value(QStringLiteral("accepted")).toArray().size(), 1);
    const QJsonObject close = makeEvent(QStringLiteral("site-a"), QStringLiteral("incident.closed"),
                                        {{QStringLiteral("resolution"), QStringLiteral("listrik kembali")}}, inc);
    const QJsonObject out2 = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{close}}}, l1).json;
    QCOMPARE(out2.value(QStringLiteral("rejected")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("forbidden"));
}

// Issue 10, part 6: a workstation pulling with skip_own=1 is not sent back what its own token pushed; the
// cursor still moves to the head of its scope, and the answer says how many were left out.
void TestHubSites::pullSkipsOwnEvents()
{
    const QString code = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("--id"), QStringLiteral("site-a")});
    const QString other = m_hub->enrol(QStringLiteral("site-a"), code, QStringLiteral("ws-other")).json.value(QStringLiteral("token")).toString();
    QVERIFY(!other.isEmpty());
    const Reply head = m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=0&limit=1000"), {}, m_tokenA);
    qint64 since = qint64(head.json.value(QStringLiteral("next_since")).toDouble());
    while (true) { // to the current head
        const Reply r = m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=%1&limit=1000").arg(since), {}, m_tokenA);
        if (!r.json.value(QStringLiteral("more")).toBool())
            break;
        since = qint64(r.json.value(QStringLiteral("next_since")).toDouble());
    }
    since = qint64(m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=%1&limit=1000").arg(since), {}, m_tokenA)
                       .json.value(QStringLiteral("next_since")).toDouble());
    QJsonArray mine;
    for (int i = 0; i < 3; ++i)
        mine.append(makeEvent(QStringLiteral("site-a"), QStringLiteral("alert.acknowledged"), {}));
    const QJsonObject theirs = makeEvent(QStringLiteral("site-a"), QStringLiteral("alert.acknowledged"), {});
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{mine[0], mine[1]}}}, m_tokenA).status, 200);
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{theirs}}}, other).status, 200);
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{mine[2]}}}, m_tokenA).status, 200);
    const Reply all = m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=%1").arg(since), {}, m_tokenA);
    QCOMPARE(all.json.value(QStringLiteral("events")).toArray().size(), 4);
    QVERIFY(!all.json.contains(QStringLiteral("skipped_own")));
    const Reply skipped = m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=%1&skip_own=1").arg(since), {}, m_tokenA);
    QCOMPARE(skipped.status, 200);
    const QJsonArray got = skipped.json.value(QStringLiteral("events")).toArray();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].toObject().value(QStringLiteral("id")), theirs.value(QStringLiteral("id")));
    QCOMPARE(skipped.json.value(QStringLiteral("skipped_own")).toInt(), 3);
    QCOMPARE(skipped.json.value(QStringLiteral("more")).toBool(), false);
    // The cursor goes past the own event pushed after the other's: nothing is pulled twice next time.
    QCOMPARE(skipped.json.value(QStringLiteral("next_since")), all.json.value(QStringLiteral("next_since")));
    // A page that fills up ends at its last event, not at the head.
    const Reply page = m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=%1&limit=1&skip_own=1").arg(since), {}, other);
    QCOMPARE(page.json.value(QStringLiteral("events")).toArray().size(), 1);
    QCOMPARE(page.json.value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(page.json.value(QStringLiteral("skipped_own")).toInt(), 0);
    QCOMPARE(m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=0&skip_own=maybe"), {}, m_tokenA).errorCode(),
             QStringLiteral("invalid_value"));
}

QTEST_GUILESS_MAIN(TestHubSites)
#include "tst_hub_sites.moc"
