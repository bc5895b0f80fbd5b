// HubSyncController: states, periodic rounds, offline backoff with full jitter (fake clock and random), "Sync now".
#include "FakeClock.h"
#include "HubSyncTestSupport.h"
#include "services/Workspace.h"
#include "services/AlertService.h"
#include "hubsync/HubSyncController.h"
#include "SkipOrFail.h"

#include <QSignalSpy>
#include <QtTest>

using namespace mt;
using namespace mt::test;

namespace {

const QString kSite = QStringLiteral("site-c");

// Deterministic draws in [0, 1), in order; the last value repeats.
RandomSource sequence(QList<double> values)
{
    auto i = std::make_shared<int>(0);
    return [values, i] { return values.at(std::min<int>((*i)++, int(values.size()) - 1)); };
}

} // namespace

class TestHubSyncController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void offlineDelayIsFullJitterCapped();
    void notConfiguredNeverStarts();
    void hubDownThenUp();
    void syncNowDuringARoundIsRefused();

private:
    FakeClock m_clock;
    HubSite m_hub;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestHubSyncController::initTestCase()
{
    if (!keychainWorks())
        MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
    QVERIFY(m_hub.start(kSite));
    QVERIFY(setSite(m_dir.path(), kSite));
    WorkspaceOptions o;
    o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto ws = Workspace::open(m_dir.path(), m_clock, o);
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestHubSyncController::offlineDelayIsFullJitterCapped()
{
    const HubSchedule s; // 5 s doubling to 5 min
    QCOMPARE(HubSyncController::offlineDelayMs(s, 1, 0.5), 2500);
    QCOMPARE(HubSyncController::offlineDelayMs(s, 2, 0.5), 5000);
    QCOMPARE(HubSyncController::offlineDelayMs(s, 3, 0.5), 10000);
    QCOMPARE(HubSyncController::offlineDelayMs(s, 7, 0.5), 150000); // 5 s · 2^6 = 320 s, capped at 300 s
    QCOMPARE(HubSyncController::offlineDelayMs(s, 30, 0.999), 299700);
    QCOMPARE(HubSyncController::offlineDelayMs(s, 1, 0.0), 1); // never a zero-delay spin
}

void TestHubSyncController::notConfiguredNeverStarts()
{
    HubSyncConfig cfg;
    cfg.siteId = kSite;
    HubSyncController c(m_dir.path(), m_clock, cfg);
    QCOMPARE(c.state(), HubSyncController::State::NotConfigured);
    QSignalSpy started(&c, &HubSyncController::roundStarted);
    QVERIFY(!c.syncNow());
    c.start();
    QTest::qWait(100);
    QCOMPARE(started.size(), 0);
    QVERIFY(!c.nextRoundAt().isValid());
}

void TestHubSyncController::hubDownThenUp()
{
    HubSyncConfig cfg;
    cfg.hubUrl = m_hub.url();
    cfg.siteId = kSite;
    cfg.retry.baseDelayMs = 4;
    cfg.retryRandom = [] { return 0.5; };
    HubSchedule schedule;
    schedule.intervalMs = 60000;
    schedule.offlineBaseMs = 40;
    schedule.offlineMaxMs = 160;
    HubSyncController c(m_dir.path(), m_clock, cfg, schedule, sequence({0.5, 0.25, 0.75, 0.9, 0.5}));
    QCOMPARE(c.state(), HubSyncController::State::Offline); // configured, nothing known yet

    QSignalSpy enrolled(&c, &HubSyncController::enrolFinished);
    QSignalSpy rounds(&c, &HubSyncController::roundFinished);
    c.enrol(HubEnrolRequest{kSite, m_hub.code, {}});
    QVERIFY(enrolled.wait(30000));
    QVERIFY(enrolled.first().at(0).toBool());
    QVERIFY(rounds.wait(30000));
    QCOMPARE(c.state(), HubSyncController::State::Online);
    QCOMPARE(c.lastSync(), m_clock.nowUtc());

    RaiseAlertRequest r;
    r.title = QStringLiteral("While the hub is down");
    QVERIFY(m_ws->alerts().raise(Session::system(), r).ok());
    r.title = QStringLiteral("And another");
    QVERIFY(m_ws->alerts().raise(Session::system(), r).ok());
    QSignalSpy pending(&c, &HubSyncController::pendingChanged);
    c.refreshCounts();
    QVERIFY(pending.wait(10000));
    QCOMPARE(c.pending(), 2);

    m_hub.hub->stop();
    QVERIFY2(!portIsFree(m_hub.port), "the hub's port must stay held while the hub is down");
    m_clock.advanceMinutes(1);
    const QDateTime lastGood = c.lastSync();
    QList<qint64> delays;
    QList<QDateTime> at;
    QList<HubSyncController::State> states;
    connect(&c, &HubSyncController::nextRoundScheduled, this, [&](qint64 ms, const QDateTime &when) {
        delays.append(ms);
        at.append(when);
    });
    connect(&c, &HubSyncController::stateChanged, this, [&](HubSyncController::State s) { states.append(s); });
    QSignalSpy retries(&c, &HubSyncController::retrying);
    c.start();
    QVERIFY(waitFor([&] { return delays.size() >= 4; }, 60000));
    // Full jitter over a doubling ceiling (40, 80, 160, 160 ms): 0.5·40, 0.25·80, 0.75·160, 0.9·160.
    QCOMPARE(delays.mid(0, 4), (QList<qint64>{20, 20, 120, 144}));
    QCOMPARE(at.first(), m_clock.nowUtc().addMSecs(20));
    QVERIFY(states.contains(HubSyncController::State::Syncing));
    QCOMPARE(c.state() == HubSyncController::State::Offline || c.state() == HubSyncController::State::Syncing, true);
    QVERIFY(states.contains(HubSyncController::State::Offline));
    QVERIFY(!states.contains(HubSyncController::State::Online));
    QVERIFY(retries.size() >= 12); // 3 per failed round
    QVERIFY2(c.lastError().contains(QLatin1String("unreachable")), qPrintable(c.lastError()));
    QCOMPARE(c.lastSync(), lastGood);
    QCOMPARE(c.pending(), 2);
    QVERIFY(c.failedRounds() >= 4);

    QVERIFY(m_hub.restart());
    QVERIFY(waitFor([&] { return c.state() == HubSyncController::State::Online; }, 60000));
    QCOMPARE(c.pending(), 0);
    QCOMPARE(c.failedRounds(), 0);
    QVERIFY(c.lastError().isEmpty());
    QCOMPARE(c.lastSync(), m_clock.nowUtc());
    QCOMPARE(delays.last(), 60000); // back to the normal interval
    QCOMPARE(c.nextRoundAt(), m_clock.nowUtc().addMSecs(60000));
    c.stop();
}

void TestHubSyncController::syncNowDuringARoundIsRefused()
{
    HubSyncConfig cfg;
    cfg.hubUrl = m_hub.url();
    cfg.siteId = kSite;
    HubSyncController c(m_dir.path(), m_clock, cfg);
    QSignalSpy started(&c, &HubSyncController::roundStarted);
    QSignalSpy finished(&c, &HubSyncController::roundFinished);
    QVERIFY(c.syncNow());
    QCOMPARE(c.state(), HubSyncController::State::Syncing);
    QVERIFY(!c.syncNow()); // the running round already does what was asked
    QVERIFY(!c.syncNow());
    QVERIFY(finished.wait(30000));
    QTest::qWait(200);
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(c.state(), HubSyncController::State::Online);
    QVERIFY(c.syncNow()); // and once it is over, a new one starts
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.size(), 2);
}

QTEST_GUILESS_MAIN(TestHubSyncController)
#include "tst_hubsync_controller.moc"
