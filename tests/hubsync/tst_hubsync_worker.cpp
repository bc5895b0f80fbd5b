// HubSyncWorker rounds against a real medtrack-hub: push, pull, cursor in the page's transaction, idempotence,
// refused events recorded and not re-sent, user.* events never sent.
#include "HubSyncTestSupport.h"
#include "common/Clock.h"
#include "domain/EventJson.h"
#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "hubsync/HubSyncController.h"
#include "hubsync/HubSyncStore.h"
#include "FakeClock.h"
#include "SkipOrFail.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QtTest>

using namespace mt;
using namespace mt::test;

namespace {

const QString kSite = QStringLiteral("site-w");

struct Peer
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<HubSyncController> sync;
    QString path() const { return dir.path(); }
};

// The result of a round started now. When none starts or none finishes, the test fails here: a default
// HubRoundResult reads as a successful round, so returning one would let the caller pass by accident.
HubRoundResult roundOf(HubSyncController &c)
{
    std::optional<HubRoundResult> got;
    const auto connection = QObject::connect(&c, &HubSyncController::roundFinished, &c,
                                             [&got](const HubRoundResult &r) { got = r; }, Qt::SingleShotConnection);
    const bool started = c.syncNow();
    if (started)
        waitFor([&] { return got.has_value(); }, 60000);
    QObject::disconnect(connection); // a late round must not write into this frame
    if (got)
        return *got;
    QTest::qFail(started ? "roundOf: the round did not finish within 60 s" : "roundOf: syncNow() started no round",
                 __FILE__, __LINE__);
    HubRoundResult none;
    none.failure = HubRoundResult::Failure::Protocol;
    none.error = QStringLiteral("no round ran");
    return none;
}

qint64 count(const QString &dir, const QString &sql)
{
    return scalar(dir, sql).toLongLong();
}

} // namespace

class TestHubSyncWorker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pushThenPullAcrossDataDirs();
    void secondRoundIsIdle();
    void cursorIsWrittenInThePageTransaction();
    void refusedEventIsRecordedAndNotResent();
    void userEventsAreNeverSent();
    void unreachableHubLeavesOutboxAlone();
    void roundOfFailsWhenNoRoundRuns();
    void clockAheadEventsStayInTheOutbox();
    void smallerHubLimitsAreFollowed();
    void ownEventsAreNotPulledBackUnlessMissing();

private:
    void raise(Peer &p, const QString &title);
    SystemClock m_clock;
    HubSite m_hub;
    Peer m_a;
    Peer m_b;
};

void TestHubSyncWorker::raise(Peer &p, const QString &title)
{
    RaiseAlertRequest r;
    r.severity = AlertSeverity::Critical;
    r.module = Module::Logistics;
    r.title = title;
    QVERIFY(p.ws->alerts().raise(Session::system(), r).ok());
}

void TestHubSyncWorker::initTestCase()
{
    if (!keychainWorks())
        MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
    QVERIFY(m_hub.start(kSite));
    for (Peer *p : {&m_a, &m_b}) {
        QVERIFY(setSite(p->path(), kSite));
        WorkspaceOptions o;
        o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
        auto ws = Workspace::open(p->path(), m_clock, o);
        QVERIFY(ws.ok());
        p->ws = std::move(ws).value();
        HubSyncConfig cfg;
        cfg.hubUrl = m_hub.url();
        cfg.siteId = kSite;
        cfg.pushBatch = 3; // several batches per round
        cfg.pullPage = 2;  // several pages per round
        p->sync = std::make_unique<HubSyncController>(p->path(), m_clock, cfg);
        QCOMPARE(roundOf(*p->sync).failure, HubRoundResult::Failure::NotEnrolled);
        QCOMPARE(p->sync->state(), HubSyncController::State::NotEnrolled);
        QSignalSpy enrolled(p->sync.get(), &HubSyncController::enrolFinished);
        QSignalSpy rounds(p->sync.get(), &HubSyncController::roundFinished);
        p->sync->enrol(HubEnrolRequest{kSite, m_hub.code, {}});
        QVERIFY(enrolled.wait(30000));
        QVERIFY2(enrolled.first().at(0).toBool(), qPrintable(enrolled.first().at(1).toString()));
        QVERIFY(rounds.wait(30000)); // a successful enrolment starts a round
        QCOMPARE(p->sync->state(), HubSyncController::State::Online);
    }
    // Two data dirs on one machine: two installation ids, two keychain entries, two tokens.
    QVERIFY(scalar(m_a.path(), QStringLiteral("SELECT value FROM settings WHERE key = 'hub.installation_id'")).toString()
            != scalar(m_b.path(), QStringLiteral("SELECT value FROM settings WHERE key = 'hub.installation_id'")).toString());
}

void TestHubSyncWorker::pushThenPullAcrossDataDirs()
{
    for (int i = 0; i < 4; ++i)
        raise(m_a, QStringLiteral("Cold chain %1").arg(i));
    const HubRoundResult pushA = roundOf(*m_a.sync);
    QVERIFY2(pushA.ok(), qPrintable(pushA.error));
    QCOMPARE(pushA.counts.pushed, 4); // in two batches of at most 3
    QCOMPARE(pushA.pending, 0);
    QCOMPARE(count(m_a.path(), QStringLiteral("SELECT COUNT(*) FROM events WHERE server_seq IS NULL AND entity_type <> 'user'")), 0);
    const HubRoundResult pullB = roundOf(*m_b.sync);
    QVERIFY2(pullB.ok(), qPrintable(pullB.error));
    QCOMPARE(pullB.counts.newEvents, 4);
    QCOMPARE(pullB.counts.pulled, 4); // over two pages of 2
    QVERIFY(pullB.newestPulled.value > 0);
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT COUNT(*) FROM alerts WHERE title LIKE 'Cold chain %'")), 4);
    // Cursor = the newest server_seq applied; every pulled event carries its server_seq.
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT since FROM sync_cursor")),
             count(m_b.path(), QStringLiteral("SELECT MAX(server_seq) FROM events")));
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 'site-w' AND entity_type = 'alert' "
                                              "AND server_seq IS NULL")), 0);
    // B's acknowledgement travels back to A.
    const QString alertId = scalar(m_b.path(), QStringLiteral("SELECT id FROM alerts WHERE title = 'Cold chain 0'")).toString();
    QVERIFY(m_b.ws->alerts().acknowledge(Session::system(), alertId).ok());
    QCOMPARE(roundOf(*m_b.sync).counts.pushed, 1);
    const HubRoundResult backToA = roundOf(*m_a.sync);
    QCOMPARE(backToA.counts.newEvents, 1);
    QCOMPARE(count(m_a.path(), QStringLiteral("SELECT state FROM alerts WHERE id = '%1'").arg(alertId)), 1); // acknowledged
}

void TestHubSyncWorker::secondRoundIsIdle()
{
    {
        // A machine with a right clock: the hub's Date header agrees within seconds.
        const HubRoundResult r = roundOf(*m_a.sync);
        QVERIFY(r.clockSkewKnown);
        QVERIFY2(qAbs(r.clockSkewMs) < 5000, qPrintable(QString::number(r.clockSkewMs)));
    }
    for (Peer *p : {&m_a, &m_b}) {
        QVERIFY(roundOf(*p->sync).ok());
        const HubRoundResult again = roundOf(*p->sync);
        QVERIFY(again.ok());
        QCOMPARE(again.counts.pushed, 0);
        QCOMPARE(again.counts.pulled, 0);
        QCOMPARE(again.counts.newEvents, 0);
        QCOMPARE(again.counts.retries, 0);
    }
}

void TestHubSyncWorker::cursorIsWrittenInThePageTransaction()
{
    raise(m_a, QStringLiteral("Atomic page"));
    QVERIFY(roundOf(*m_a.sync).ok());
    const qint64 eventsBefore = count(m_b.path(), QStringLiteral("SELECT COUNT(*) FROM events"));
    const qint64 cursorBefore = count(m_b.path(), QStringLiteral("SELECT since FROM sync_cursor"));
    {
        // A cursor write that fails must take the page with it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        db.setDatabaseName(m_b.path() + QStringLiteral("/medtrack.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_cursor BEFORE UPDATE ON sync_cursor BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    const HubRoundResult failed = roundOf(*m_b.sync);
    QCOMPARE(failed.failure, HubRoundResult::Failure::Database);
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT COUNT(*) FROM events")), eventsBefore);
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT since FROM sync_cursor")), cursorBefore);
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT COUNT(*) FROM alerts WHERE title = 'Atomic page'")), 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        db.setDatabaseName(m_b.path() + QStringLiteral("/medtrack.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_cursor")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    const HubRoundResult ok = roundOf(*m_b.sync);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(ok.counts.newEvents, 1);
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT COUNT(*) FROM alerts WHERE title = 'Atomic page'")), 1);
    QVERIFY(count(m_b.path(), QStringLiteral("SELECT since FROM sync_cursor")) > cursorBefore);
}

void TestHubSyncWorker::refusedEventIsRecordedAndNotResent()
{
    raise(m_a, QStringLiteral("Will clash"));
    const QString clashId = scalar(m_a.path(), QStringLiteral("SELECT id FROM events WHERE server_seq IS NULL AND type = 'alert.raised' "
                                                              "ORDER BY seq DESC LIMIT 1")).toString();
    QVERIFY(!clashId.isEmpty());
    raise(m_a, QStringLiteral("Goes through"));
    // Another device already stored a different event under the same id: the hub answers "conflict".
    QJsonObject other = makeEvent(kSite, QStringLiteral("alert.raised"),
                                  {{QStringLiteral("severity"), QStringLiteral("info")}, {QStringLiteral("module"), QStringLiteral("hr")},
                                   {QStringLiteral("title"), QStringLiteral("Impostor")}});
    other.insert(QStringLiteral("id"), clashId);
    // A different HLC for sure: made in the same millisecond, the impostor could carry ours.
    const qint64 clashHlc = scalar(m_a.path(), QStringLiteral("SELECT hlc FROM events WHERE id = '%1'").arg(clashId)).toLongLong();
    other.insert(QStringLiteral("hlc"), mt::Hlc{clashHlc + 1}.toString());
    const Reply stored = m_hub.hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{other}}},
                                             m_hub.deviceToken());
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json.value(QStringLiteral("accepted")).toArray().size(), 1);

    const HubRoundResult first = roundOf(*m_a.sync);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.counts.rejected, 1);
    QCOMPARE(first.counts.pushed, 1);
    QCOMPARE(first.rejectedTotal, 1);
    QCOMPARE(first.pending, 0); // a refused event no longer counts as waiting
    QCOMPARE(scalar(m_a.path(), QStringLiteral("SELECT code FROM sync_rejections WHERE event_id = '%1'").arg(clashId)).toString(),
             QStringLiteral("conflict"));
    QCOMPARE(scalar(m_a.path(), QStringLiteral("SELECT hub_url FROM sync_rejections")).toString(), m_hub.url());
    QVERIFY(count(m_a.path(), QStringLiteral("SELECT at_ms FROM sync_rejections")) > 0);
    QVERIFY(scalar(m_a.path(), QStringLiteral("SELECT server_seq FROM events WHERE id = '%1'").arg(clashId)).isNull());

    // Not sent again: a re-sent event would be refused (and counted) again.
    const HubRoundResult second = roundOf(*m_a.sync);
    QVERIFY(second.ok());
    QCOMPARE(second.counts.rejected, 0);
    QCOMPARE(second.counts.pushed, 0);
    QCOMPARE(second.counts.duplicates, 0);
    QCOMPARE(second.rejectedTotal, 1);
    QCOMPARE(m_a.sync->rejected(), 1);
}

// A workstation whose clock runs a day ahead (issue 10): the hub refuses its events as clock_ahead. They are
// not recorded as refused: they stay in the outbox, the round says by how much the clock is ahead, and once
// the clock is right (here: the events' time has come) the next round sends them.
void TestHubSyncWorker::clockAheadEventsStayInTheOutbox()
{
    FakeClock ahead(QDateTime::currentDateTimeUtc().addMSecs(86400000LL));
    QTemporaryDir dir;
    QVERIFY(setSite(dir.path(), kSite));
    WorkspaceOptions o;
    o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(dir.path(), ahead, o);
    QVERIFY(opened.ok());
    std::unique_ptr<Workspace> ws = std::move(opened).value();
    HubSyncConfig cfg;
    cfg.hubUrl = m_hub.url();
    cfg.siteId = kSite;
    HubSyncController sync(dir.path(), ahead, cfg);
    QSignalSpy enrolled(&sync, &HubSyncController::enrolFinished);
    QSignalSpy rounds(&sync, &HubSyncController::roundFinished);
    sync.enrol(HubEnrolRequest{kSite, m_hub.code, {}});
    QVERIFY(enrolled.wait(30000));
    QVERIFY2(enrolled.first().at(0).toBool(), qPrintable(enrolled.first().at(1).toString()));
    QVERIFY(rounds.wait(30000));
    RaiseAlertRequest r;
    r.severity = AlertSeverity::Warning;
    r.module = Module::Distribution;
    r.title = QStringLiteral("Stamped tomorrow");
    QVERIFY(ws->alerts().raise(Session::system(), r).ok());
    const HubRoundResult held = roundOf(sync);
    QVERIFY2(held.ok(), qPrintable(held.error));
    QCOMPARE(held.counts.heldClockAhead, 1);
    QCOMPARE(held.counts.rejected, 0);
    QVERIFY2(held.counts.clockAheadMs > 86400000LL - 120000, qPrintable(QString::number(held.counts.clockAheadMs)));
    QCOMPARE(held.pending, 1);
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT COUNT(*) FROM sync_rejections")), 0);
    // The round also measured this machine's clock against the hub's Date header.
    QVERIFY(held.clockSkewKnown);
    QVERIFY2(qAbs(held.clockSkewMs - 86400000LL) < 120000, qPrintable(QString::number(held.clockSkewMs)));
    // Sent again next round, and held again while the clock is still ahead: nothing lost, nothing refused.
    const HubRoundResult again = roundOf(sync);
    QCOMPARE(again.counts.heldClockAhead, 1);
    QCOMPARE(again.pending, 1);
}

// A hub with a smaller --max-batch and body limit than the client's batch (issue 10, part 5): the client
// shrinks its batch to what the hub names, and the one event too large for any batch is refused once, with
// the hub's reason, while everything behind it goes through. The next round sends nothing again.
void TestHubSyncWorker::smallerHubLimitsAreFollowed()
{
    HubSite small;
    small.hubArgs = {QStringLiteral("--max-batch"), QStringLiteral("2"), QStringLiteral("--max-body-bytes"), QStringLiteral("4096")};
    QVERIFY(small.start(QStringLiteral("site-s")));
    QTemporaryDir dir;
    QVERIFY(setSite(dir.path(), QStringLiteral("site-s")));
    WorkspaceOptions o;
    o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(dir.path(), m_clock, o);
    QVERIFY(opened.ok());
    std::unique_ptr<Workspace> ws = std::move(opened).value();
    HubSyncConfig cfg;
    cfg.hubUrl = small.url();
    cfg.siteId = QStringLiteral("site-s"); // the default batch of 500
    HubSyncController sync(dir.path(), m_clock, cfg);
    QSignalSpy enrolled(&sync, &HubSyncController::enrolFinished);
    QSignalSpy rounds(&sync, &HubSyncController::roundFinished);
    sync.enrol(HubEnrolRequest{QStringLiteral("site-s"), small.code, {}});
    QVERIFY(enrolled.wait(30000));
    QVERIFY2(enrolled.first().at(0).toBool(), qPrintable(enrolled.first().at(1).toString()));
    QVERIFY(rounds.wait(30000));
    const auto raiseOne = [&](const QString &title, int detailChars) {
        RaiseAlertRequest r;
        r.severity = AlertSeverity::Warning;
        r.module = Module::Logistics;
        r.title = title;
        r.details = QString(detailChars, QLatin1Char('d'));
        QVERIFY(ws->alerts().raise(Session::system(), r).ok());
    };
    for (int i = 0; i < 4; ++i)
        raiseOne(QStringLiteral("Kecil %1").arg(i), 10);
    raiseOne(QStringLiteral("Terlalu besar"), 6000);
    const QString bigId = scalar(dir.path(), QStringLiteral("SELECT id FROM events WHERE type = 'alert.raised' ORDER BY seq DESC LIMIT 1")).toString();
    for (int i = 4; i < 7; ++i)
        raiseOne(QStringLiteral("Kecil %1").arg(i), 10);

    const HubRoundResult r = roundOf(sync);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.counts.rejected, 1);
    QCOMPARE(r.pending, 0);
    QCOMPARE(scalar(dir.path(), QStringLiteral("SELECT code FROM sync_rejections WHERE event_id = '%1'").arg(bigId)).toString(),
             QStringLiteral("too_large"));
    QVERIFY(scalar(dir.path(), QStringLiteral("SELECT message FROM sync_rejections")).toString().contains(QStringLiteral("4096")));
    int raised = 0;
    for (const QJsonObject &e : small.hub->pullAll(small.deviceToken()))
        raised += e.value(QStringLiteral("type")).toString() == QLatin1String("alert.raised") ? 1 : 0;
    QCOMPARE(raised, 7);
    const HubRoundResult again = roundOf(sync);
    QVERIFY(again.ok());
    QCOMPARE(again.counts.pushed, 0);
    QCOMPARE(again.counts.rejected, 0);
}

// Issue 10, part 6: what a workstation pushed does not come back on its pull (skip_own). A data directory
// restored from a backup keeps its token but not what it pushed since: the hub's count of skipped events
// does not match what is here, so the client pulls them after all and nothing is lost.
void TestHubSyncWorker::ownEventsAreNotPulledBackUnlessMissing()
{
    QTemporaryDir dir;
    QTemporaryDir backup;
    QVERIFY(setSite(dir.path(), kSite));
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<HubSyncController> sync;
    HubSyncConfig cfg;
    cfg.hubUrl = m_hub.url();
    cfg.siteId = kSite;
    const auto open = [&] {
        WorkspaceOptions o;
        o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
        auto opened = Workspace::open(dir.path(), m_clock, o);
        QVERIFY(opened.ok());
        ws = std::move(opened).value();
        sync = std::make_unique<HubSyncController>(dir.path(), m_clock, cfg);
    };
    const auto close = [&] {
        sync.reset();
        ws.reset();
    };
    const auto copyDb = [](const QString &from, const QString &to) {
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString name = QStringLiteral("medtrack.db") + QLatin1String(suffix);
            QFile::remove(to + QLatin1Char('/') + name);
            if (QFile::exists(from + QLatin1Char('/') + name))
                QVERIFY(QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name));
        }
    };
    const auto raiseSome = [&](int n, const QString &prefix) {
        for (int i = 0; i < n; ++i) {
            RaiseAlertRequest r;
            r.severity = AlertSeverity::Info;
            r.module = Module::Logistics;
            r.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
            QVERIFY(ws->alerts().raise(Session::system(), r).ok());
        }
    };
    open();
    QSignalSpy enrolled(sync.get(), &HubSyncController::enrolFinished);
    QSignalSpy rounds(sync.get(), &HubSyncController::roundFinished);
    sync->enrol(HubEnrolRequest{kSite, m_hub.code, {}});
    QVERIFY(enrolled.wait(30000));
    QVERIFY2(enrolled.first().at(0).toBool(), qPrintable(enrolled.first().at(1).toString()));
    QVERIFY(rounds.wait(30000)); // caught up with what the others pushed before

    raiseSome(3, QStringLiteral("Sebelum cadangan"));
    close();
    copyDb(dir.path(), backup.path()); // the backup: three events not pushed yet
    open();
    const HubRoundResult first = roundOf(*sync);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.counts.pushed, 3);
    QCOMPARE(first.counts.pulled, 0); // not sent back
    raiseSome(2, QStringLiteral("Setelah cadangan"));
    const HubRoundResult second = roundOf(*sync);
    QCOMPARE(second.counts.pushed, 2);
    QCOMPARE(second.counts.pulled, 0);

    close();
    copyDb(backup.path(), dir.path()); // the disk is restored from the backup
    open();
    const HubRoundResult restored = roundOf(*sync);
    QVERIFY2(restored.ok(), qPrintable(restored.error));
    QCOMPARE(restored.counts.duplicates, 3);
    QVERIFY2(restored.counts.pulled >= 5, qPrintable(QString::number(restored.counts.pulled)));
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'alert.raised' AND payload LIKE '%Setelah cadangan%'")),
             2);
    close();
}

void TestHubSyncWorker::userEventsAreNeverSent()
{
    QVERIFY(m_a.ws->accounts().addUser(nullptr, QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin,
                              QStringLiteral("admin-password-123")).ok());
    QVERIFY(m_a.ws->accounts().login(QStringLiteral("admin"), QStringLiteral("admin-password-123")).ok());
    const qint64 userEvents = count(m_a.path(), QStringLiteral("SELECT COUNT(*) FROM events WHERE entity_type = 'user'"));
    QVERIFY(userEvents >= 1);
    const HubRoundResult r = roundOf(*m_a.sync);
    QVERIFY(r.ok());
    QCOMPARE(r.counts.pushed, 0);
    QCOMPARE(r.counts.skipped, 0); // not even tried
    QCOMPARE(r.pending, 0);
    QCOMPARE(count(m_a.path(), QStringLiteral("SELECT COUNT(*) FROM events WHERE entity_type = 'user' AND server_seq IS NULL")),
             userEvents);
    // The hub holds none of them, and B never sees A's account.
    const Reply all = m_hub.hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=0&limit=1000"), {},
                                      m_hub.deviceToken());
    QCOMPARE(all.status, 200);
    QVERIFY(!all.json.value(QStringLiteral("events")).toArray().isEmpty());
    for (const QJsonValue &v : all.json.value(QStringLiteral("events")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("entity_type")).toString() != QLatin1String("user"));
    QVERIFY(roundOf(*m_b.sync).ok());
    QCOMPARE(count(m_b.path(), QStringLiteral("SELECT COUNT(*) FROM users")), 0);
}

void TestHubSyncWorker::unreachableHubLeavesOutboxAlone()
{
    HubSyncConfig cfg;
    cfg.hubUrl = QStringLiteral("http://127.0.0.1:%1").arg(freeTcpPort());
    cfg.siteId = kSite;
    cfg.retry.baseDelayMs = 10;
    HubSyncController offline(m_a.path(), m_clock, cfg);
    raise(m_a, QStringLiteral("Stays queued"));
    QSignalSpy retries(&offline, &HubSyncController::retrying);
    const HubRoundResult r = roundOf(offline);
    // No token for that hub yet: the keychain says so before any request is made.
    QCOMPARE(r.failure, HubRoundResult::Failure::NotEnrolled);
    QCOMPARE(retries.size(), 0);
    // Against the real hub, stopped: every request is retried 3 times, then the round gives up.
    m_hub.hub->stop();
    QSignalSpy retriesA(m_a.sync.get(), &HubSyncController::retrying);
    const HubRoundResult down = roundOf(*m_a.sync);
    QCOMPARE(down.failure, HubRoundResult::Failure::Unreachable);
    QCOMPARE(retriesA.size(), 3);
    QCOMPARE(down.counts.retries, 3);
    QCOMPARE(down.pending, 1);
    QCOMPARE(m_a.sync->state(), HubSyncController::State::Offline);
    QVERIFY(m_hub.restart());
    const HubRoundResult up = roundOf(*m_a.sync);
    QVERIFY2(up.ok(), qPrintable(up.error));
    QCOMPARE(up.counts.pushed, 1);
    QCOMPARE(up.pending, 0);
}

void TestHubSyncWorker::roundOfFailsWhenNoRoundRuns()
{
    HubSyncConfig cfg;
    cfg.siteId = kSite; // no hub URL: syncNow() starts nothing
    HubSyncController idle(m_a.path(), m_clock, cfg);
    // roundOf's own failure is the expected one. Had it returned quietly, the expectation would still be
    // pending at QVERIFY(true), which would then count as an unexpected pass (XPASS): a failure.
    QEXPECT_FAIL("", "no round can start without a hub URL", Continue);
    const HubRoundResult r = roundOf(idle);
    QVERIFY(true);
    QVERIFY(!r.ok()); // and a caller checking ok() does not see a success
}

QTEST_GUILESS_MAIN(TestHubSyncWorker)
#include "tst_hubsync_worker.moc"
