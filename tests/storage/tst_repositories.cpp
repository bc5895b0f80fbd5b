// Repository tests: dedup lookup, console paging on 20,000 alerts against a C++ reference, scans, incidents, attachments.
#include "StorageTestUtil.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/Repositories.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mt;

namespace {

struct Expected
{
    Alert alert;
    int rowOrder = 0; // insertion order = rowid order
};

bool matches(const AlertFilter &f, const Alert &a)
{
    using S = AlertFilter::StateSet;
    switch (f.states) {
    case S::Open:
        if (!a.isOpen() || (f.nowMs && a.isShelvedAt(*f.nowMs)))
            return false;
        break;
    case S::New: if (a.state != AlertState::New) return false; break;
    case S::Acknowledged: if (a.state != AlertState::Acknowledged) return false; break;
    case S::Resolved: if (a.state != AlertState::Resolved) return false; break;
    case S::All: break;
    }
    if ((f.severity && a.severity != *f.severity) || (f.module && a.module != *f.module))
        return false;
    const auto has = [&](const QString &s) { return s.contains(f.search, Qt::CaseInsensitive); };
    return f.search.isEmpty() || has(a.title) || has(a.details) || has(a.resource) || has(a.dedupKey);
}

// -1/0/1 comparison of the sort column only.
int compareColumn(AlertSortColumn c, const Alert &a, const Alert &b)
{
    auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (c) {
    case AlertSortColumn::Severity: return cmp(int(a.severity), int(b.severity));
    case AlertSortColumn::RaisedAt: return cmp(a.raisedAtMs, b.raisedAtMs);
    case AlertSortColumn::LastSeen: return cmp(a.lastSeenAtMs, b.lastSeenAtMs);
    case AlertSortColumn::Module: return cmp(toKey(a.module), toKey(b.module));
    case AlertSortColumn::State: return cmp(int(a.state), int(b.state));
    case AlertSortColumn::Title: return cmp(a.title, b.title);
    case AlertSortColumn::Count: return cmp(a.count, b.count);
    }
    return 0;
}

QStringList expectedIds(const QList<Expected> &all, const AlertFilter &f, AlertSortColumn sort, bool desc)
{
    QList<Expected> rows;
    for (const Expected &e : all) {
        if (matches(f, e.alert))
            rows << e;
    }
    std::sort(rows.begin(), rows.end(), [&](const Expected &x, const Expected &y) {
        int c = compareColumn(sort, x.alert, y.alert);
        if (c == 0)
            c = compareColumn(AlertSortColumn::RaisedAt, x.alert, y.alert);
        if (c == 0)
            c = x.rowOrder < y.rowOrder ? -1 : (x.rowOrder > y.rowOrder ? 1 : 0);
        return desc ? c > 0 : c < 0;
    });
    QStringList ids;
    for (const Expected &e : rows)
        ids << e.alert.id;
    return ids;
}

QStringList idsOf(const QList<Alert> &alerts)
{
    QStringList ids;
    for (const Alert &a : alerts)
        ids << a.id;
    return ids;
}

const QStringList kWords = {QStringLiteral("pump"), QStringLiteral("stock"), QStringLiteral("sync"),
                            QStringLiteral("latency"), QStringLiteral("disk")};

} // namespace

Q_DECLARE_METATYPE(mt::AlertFilter)

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consolePagesMatchReference_data();
    void consolePagesMatchReference();
    void defaultViewsWalkAnIndex();
    void dedupFindsOnlyOpenAlerts();
    void escalationScanFollowsThresholds();
    void incidentsAndAttachments();
    void settingsRoundTrip();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Expected> m_expected;
    qint64 m_nowMs = 0;
};

void TestRepositories::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("console.db")), QStringLiteral("console"));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    EventStore store(*m_db);
    test::EventFactory f;
    QList<Event> raised;
    QList<Event> follow;
    QHash<QString, QList<Event>> byAlert;
    for (int i = 0; i < 20000; ++i) {
        if (i % 5 != 0)
            f.clock().advanceMs(1 + i % 7); // every fifth alert shares its raise time with the one before
        const QString id = f.newId();
        const Event e = f.raiseAlert(id, AlertSeverity(i % 3), Module(i % 7),
                                     QStringLiteral("alert %1 %2").arg(i, 5, 10, QLatin1Char('0')).arg(kWords[i % 5]),
                                     QStringLiteral("key-%1").arg(i % 3000));
        raised << e;
        byAlert[id] << e;
    }
    m_nowMs = f.clock().nowMs();
    for (int i = 0; i < raised.size(); ++i) {
        const QString id = raised[i].entityId;
        QList<Event> more;
        if (i % 4 == 1)
            more << f.alertEvent(id, EventType::AlertAcknowledged);
        if (i % 4 == 2)
            more << f.alertEvent(id, EventType::AlertResolved);
        if (i % 10 == 3)
            more << f.alertEvent(id, EventType::AlertShelved, {{QStringLiteral("until_ms"), m_nowMs + 3'600'000}});
        if (i % 50 == 0)
            more << f.alertEvent(id, EventType::AlertRepeated);
        follow << more;
        byAlert[id] << more;
    }
    for (int at = 0; at < raised.size(); at += 2000)
        QVERIFY(store.append(raised.mid(at, 2000)).ok());
    QVERIFY(store.append(follow).ok());
    for (int i = 0; i < raised.size(); ++i)
        m_expected << Expected{AlertFold::fold(byAlert.value(raised[i].entityId)), i};
}

void TestRepositories::consolePagesMatchReference_data()
{
    QTest::addColumn<AlertFilter>("filter");
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("desc");
    using S = AlertFilter::StateSet;
    const auto raised = int(AlertSortColumn::RaisedAt);
    QTest::newRow("open default") << AlertFilter{{}, {}, S::Open, {}, m_nowMs} << raised << true;
    QTest::newRow("open incl shelved") << AlertFilter{} << raised << true;
    QTest::newRow("new") << AlertFilter{{}, {}, S::New, {}, {}} << raised << true;
    QTest::newRow("acked asc") << AlertFilter{{}, {}, S::Acknowledged, {}, {}} << raised << false;
    QTest::newRow("resolved") << AlertFilter{{}, {}, S::Resolved, {}, {}} << raised << true;
    QTest::newRow("all") << AlertFilter{{}, {}, S::All, {}, {}} << raised << true;
    QTest::newRow("open critical") << AlertFilter{AlertSeverity::Critical, {}, S::Open, {}, m_nowMs} << raised << true;
    QTest::newRow("all hr") << AlertFilter{{}, Module::HR, S::All, {}, {}} << raised << true;
    QTest::newRow("search pump") << AlertFilter{{}, {}, S::All, QStringLiteral("PUMP"), {}} << raised << true;
    QTest::newRow("search key") << AlertFilter{{}, {}, S::Open, QStringLiteral("key-12"), m_nowMs} << raised << true;
    QTest::newRow("by severity") << AlertFilter{{}, {}, S::Open, {}, m_nowMs} << int(AlertSortColumn::Severity) << true;
    QTest::newRow("by title") << AlertFilter{{}, {}, S::All, {}, {}} << int(AlertSortColumn::Title) << false;
    QTest::newRow("by count") << AlertFilter{{}, {}, S::All, {}, {}} << int(AlertSortColumn::Count) << true;
    QTest::newRow("by module") << AlertFilter{{}, {}, S::All, {}, {}} << int(AlertSortColumn::Module) << false;
    QTest::newRow("by state") << AlertFilter{{}, {}, S::All, {}, {}} << int(AlertSortColumn::State) << true;
    QTest::newRow("by last seen") << AlertFilter{{}, {}, S::All, {}, {}} << int(AlertSortColumn::LastSeen) << true;
}

void TestRepositories::consolePagesMatchReference()
{
    QFETCH(AlertFilter, filter);
    QFETCH(int, sort);
    QFETCH(bool, desc);
    const auto column = AlertSortColumn(sort);
    const QStringList expected = expectedIds(m_expected, filter, column, desc);
    AlertRepository repo(*m_db);
    QCOMPARE(repo.count(filter).value(), qint64(expected.size()));
    QVERIFY(!expected.isEmpty());
    // The capped count agrees below the cap and stops at it above.
    QCOMPARE(repo.countUpTo(filter, 1'000'000).value(), qint64(expected.size()));
    QCOMPARE(repo.countUpTo(filter, 7).value(), qint64(std::min<qsizetype>(7, expected.size())));
    for (qint64 offset : {qint64(0), qint64(1000), qint64(expected.size() - 10)}) {
        if (offset < 0)
            continue;
        auto page = repo.page(filter, column, desc, offset, 50);
        QVERIFY2(page.ok(), qPrintable(page.error().detail));
        QCOMPARE(idsOf(page.value()), expected.mid(offset, 50));
    }
    const Alert first = repo.page(filter, column, desc, 0, 1).value().value(0);
    const auto it = std::find_if(m_expected.cbegin(), m_expected.cend(),
                                 [&](const Expected &e) { return e.alert.id == first.id; });
    QVERIFY2(test::diff(first, it->alert).isEmpty(), qPrintable(test::diff(first, it->alert)));
}

void TestRepositories::defaultViewsWalkAnIndex()
{
    using S = AlertFilter::StateSet;
    AlertRepository repo(*m_db);
    const QList<AlertFilter> filters = {
        AlertFilter{{}, {}, S::Open, {}, m_nowMs},           AlertFilter{{}, {}, S::All, {}, {}},
        AlertFilter{{}, {}, S::New, {}, {}},                 AlertFilter{{}, {}, S::Resolved, {}, {}},
        AlertFilter{AlertSeverity::Critical, {}, S::Open, {}, m_nowMs},
        AlertFilter{{}, Module::HR, S::Open, {}, m_nowMs},   AlertFilter{AlertSeverity::Warning, {}, S::All, {}, {}},
        AlertFilter{{}, Module::Reports, S::All, {}, {}}};
    for (const AlertFilter &f : filters) {
        const QString plan = repo.explainPage(f, AlertSortColumn::RaisedAt, true).value();
        QVERIFY2(plan.contains(QLatin1String("USING INDEX")) && !plan.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(plan));
    }
    const QString bySeverity = repo.explainPage(filters[0], AlertSortColumn::Severity, true).value();
    QVERIFY2(!bySeverity.contains(QLatin1String("TEMP B-TREE")), qPrintable(bySeverity));
}

void TestRepositories::dedupFindsOnlyOpenAlerts()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("dedup.db")), QStringLiteral("dedup"));
    QVERIFY(db.ok());
    EventStore store(*db.value());
    AlertRepository repo(*db.value());
    test::EventFactory f;
    const QString first = f.newId();
    QVERIFY(store.append({f.raiseAlert(first, AlertSeverity::Warning, Module::HR, QStringLiteral("a"),
                                       QStringLiteral("hr/sync"))}).ok());
    QCOMPARE(repo.findOpenByDedupKey(QStringLiteral("hr/sync")).value()->id, first);
    QVERIFY(!repo.findOpenByDedupKey(QStringLiteral("other")).value().has_value());
    QVERIFY(!repo.findOpenByDedupKey(QString()).value().has_value());
    QVERIFY(store.append({f.alertEvent(first, EventType::AlertAcknowledged)}).ok());
    QCOMPARE(repo.findOpenByDedupKey(QStringLiteral("hr/sync")).value()->id, first); // acknowledged is open
    QVERIFY(store.append({f.alertEvent(first, EventType::AlertResolved)}).ok());
    QVERIFY(!repo.findOpenByDedupKey(QStringLiteral("hr/sync")).value().has_value());
    const QString second = f.newId();
    QVERIFY(store.append({f.raiseAlert(second, AlertSeverity::Warning, Module::HR, QStringLiteral("b"),
                                       QStringLiteral("hr/sync"))}).ok());
    QCOMPARE(repo.findOpenByDedupKey(QStringLiteral("hr/sync")).value()->id, second);
}

void TestRepositories::escalationScanFollowsThresholds()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("esc.db")), QStringLiteral("esc"));
    QVERIFY(db.ok());
    EventStore store(*db.value());
    test::EventFactory f;
    auto raise = [&](AlertSeverity s, const QString &title) {
        const QString id = f.newId();
        store.append({f.raiseAlert(id, s, Module::Distribution, title)});
        return id;
    };
    const QString critOld = raise(AlertSeverity::Critical, QStringLiteral("crit old"));
    const QString warnOld = raise(AlertSeverity::Warning, QStringLiteral("warn old"));
    const QString infoOld = raise(AlertSeverity::Info, QStringLiteral("info old"));
    const QString acked = raise(AlertSeverity::Critical, QStringLiteral("acked"));
    store.append({f.alertEvent(acked, EventType::AlertAcknowledged)});
    f.clock().advanceMinutes(10);
    const QString warnYoung = raise(AlertSeverity::Warning, QStringLiteral("warn young"));
    const QString shelved = raise(AlertSeverity::Critical, QStringLiteral("shelved"));
    store.append({f.alertEvent(shelved, EventType::AlertShelved,
                               {{QStringLiteral("until_ms"), f.clock().nowMs() + 3'600'000}})});
    f.clock().advanceMinutes(6);
    const qint64 now = f.clock().nowMs();
    AlertRepository repo(*db.value());
    const QStringList due = idsOf(repo.dueForEscalation(EscalationThresholds{}, now).value());
    QCOMPARE(due, (QStringList{critOld, warnOld}));
    Q_UNUSED(infoOld);
    Q_UNUSED(warnYoung);
    QCOMPARE(repo.countOpenCritical().value(), qint64(3));
    store.append({f.alertEvent(critOld, EventType::AlertEscalated, {{QStringLiteral("reason"), QStringLiteral("ack_timeout")}})});
    QCOMPARE(idsOf(repo.dueForEscalation(EscalationThresholds{}, now).value()), QStringList{warnOld});
}

void TestRepositories::incidentsAndAttachments()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("inc.db")), QStringLiteral("inc"));
    QVERIFY(db.ok());
    EventStore store(*db.value());
    test::EventFactory f;
    const qint64 opened = f.clock().nowMs();
    const QString id = f.newId();
    QVERIFY(store.append({f.make(EntityType::Incident, id, EventType::IncidentOpened,
                                 {{QStringLiteral("title"), QStringLiteral("Pharmacy down")},
                                  {QStringLiteral("severity"), 1},
                                  {QStringLiteral("modules"), QJsonArray{QStringLiteral("logistics")}},
                                  {QStringLiteral("alert_ids"), QJsonArray{QStringLiteral("a1"), QStringLiteral("a2")}},
                                  {QStringLiteral("sla_due_ms"), opened + 4 * 3'600'000}})}).ok());
    IncidentRepository incidents(*db.value());
    auto inc = incidents.find(id).value();
    QVERIFY(inc.has_value());
    QCOMPARE(inc->alertIds.size(), 2);
    QCOMPARE(incidents.count(IncidentFilter{}).value(), qint64(1));
    QCOMPARE(incidents.page(IncidentFilter{true, 1, QStringLiteral("pharm")}, 0, 10).value().size(), 1);
    QCOMPARE(incidents.page(IncidentFilter{true, 2, {}}, 0, 10).value().size(), 0);
    QCOMPARE(incidents.dueForL2(opened + 3'600'000, 0.5).value().size(), 0);
    QCOMPARE(incidents.dueForL2(opened + 2 * 3'600'000, 0.5).value().size(), 1);

    const QByteArray blob(300'000, 'e');
    const AttachmentInfo info{QStringLiteral("att-1"), id, QStringLiteral("log.txt"), blob.size(),
                              QStringLiteral("abc"), opened, QStringLiteral("sari")};
    auto r = store.append({f.make(EntityType::Incident, id, EventType::IncidentEvidenceAttached,
                                  {{QStringLiteral("attachment_id"), info.id}})},
                          [&](QSqlDatabase &sql) { return AttachmentRepository::insert(sql, info, blob); });
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    AttachmentRepository attachments(*db.value());
    QCOMPARE(attachments.forIncident(id).value().size(), 1);
    QCOMPARE(attachments.forIncident(id).value().first().fileName, QStringLiteral("log.txt"));
    QCOMPARE(attachments.content(QStringLiteral("att-1")).value(), blob);
    QCOMPARE(attachments.content(QStringLiteral("none")).error().code, ErrorCode::NotFound);
}

void TestRepositories::settingsRoundTrip()
{
    QVERIFY(SettingsRepository::set(m_db->sql(), QStringLiteral("sync.cursor"), QStringLiteral("42")).ok());
    QVERIFY(SettingsRepository::set(m_db->sql(), QStringLiteral("sync.cursor"), QStringLiteral("43")).ok());
    QCOMPARE(SettingsRepository::get(m_db->sql(), QStringLiteral("sync.cursor")).value().value(), QStringLiteral("43"));
    QVERIFY(!SettingsRepository::get(m_db->sql(), QStringLiteral("nope")).value().has_value());
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
