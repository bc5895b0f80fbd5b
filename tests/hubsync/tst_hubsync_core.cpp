// HubSync (services): what the worker pulled reaches the GUI thread's Workspace (views told, HLC merged); hub/url is saved.
#include "FakeClock.h"
#include "HubSyncTestSupport.h"
#include "common/Clock.h"
#include "services/Workspace.h"
#include "services/AlertService.h"
#include "hubsync/HubSyncController.h"
#include "services/HubSync.h"
#include "SkipOrFail.h"

#include <QSignalSpy>
#include <QtTest>

using namespace mt;
using namespace mt::test;

namespace {

const QString kSite = QStringLiteral("site-k");

std::unique_ptr<Workspace> openCore(const QString &dir, const Clock &clock)
{
    if (!setSite(dir, kSite))
        return {};
    WorkspaceOptions o;
    o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto ws = Workspace::open(dir, clock, o);
    return ws.ok() ? std::move(ws).value() : nullptr;
}

bool enrolAndSync(HubSync &sync, const HubSite &hub)
{
    QSignalSpy rounds(&sync.controller(), &HubSyncController::roundFinished);
    sync.controller().enrol(HubEnrolRequest{kSite, hub.code, {}});
    return rounds.wait(30000) && sync.controller().state() == HubSyncController::State::Online;
}

qint64 newestHlc(const QString &dir, const QString &where)
{
    return scalar(dir, QStringLiteral("SELECT MAX(hlc) FROM events WHERE ") + where).toLongLong();
}

} // namespace

class TestHubSyncCore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pulledAlertReachesCoreAndItsClock();
    void hubUrlIsSavedInTheIni();
    void clockAheadRaisesOneLocalWarning();

private:
    HubSite m_hub;
    SystemClock m_clock;
    // The other site's clock runs 4 minutes fast: within the hub's bound (--max-clock-ahead 300 s), so its
    // events are taken; a day fast they are held back (tst_hubsync_worker::clockAheadEventsStayInTheOutbox).
    FakeClock m_ahead{QDateTime::currentDateTimeUtc().addSecs(240)};
    QTemporaryDir m_here;
    QTemporaryDir m_there;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Workspace> m_other;
    std::unique_ptr<HubSync> m_sync;
    std::unique_ptr<HubSync> m_otherSync;
};

void TestHubSyncCore::initTestCase()
{
    if (!keychainWorks())
        MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
    QVERIFY(m_hub.start(kSite));
    m_ws = openCore(m_here.path(), m_clock);
    m_other = openCore(m_there.path(), m_ahead);
    QVERIFY(m_ws && m_other);
    HubSyncOptions o;
    o.hubUrlOverride = m_hub.url();
    m_sync = std::make_unique<HubSync>(*m_ws, o);
    m_otherSync = std::make_unique<HubSync>(*m_other, o);
    QVERIFY(enrolAndSync(*m_sync, m_hub));
    QVERIFY(enrolAndSync(*m_otherSync, m_hub));
}

void TestHubSyncCore::pulledAlertReachesCoreAndItsClock()
{
    RaiseAlertRequest r;
    r.severity = AlertSeverity::Critical;
    r.module = Module::Logistics;
    r.title = QStringLiteral("Oxygen low at the far site");
    const auto raised = m_other->alerts().raise(Session::system(), r);
    QVERIFY(raised.ok());
    QSignalSpy otherRound(&m_otherSync->controller(), &HubSyncController::roundFinished);
    QVERIFY(m_otherSync->controller().syncNow());
    QVERIFY(otherRound.wait(30000));
    const qint64 theirs = newestHlc(m_there.path(), QStringLiteral("entity_type = 'alert'"));

    QVERIFY(!m_ws->alerts().find(raised->alertId).value().has_value());
    QSignalSpy alertsChanged(&m_ws->notifier(), &ChangeNotifier::alertsChanged);
    QSignalSpy incidentsChanged(&m_ws->notifier(), &ChangeNotifier::incidentsChanged);
    QSignalSpy round(&m_sync->controller(), &HubSyncController::roundFinished);
    QVERIFY(m_sync->controller().syncNow());
    QVERIFY(round.wait(30000));
    QCOMPARE(round.first().at(0).value<HubRoundResult>().counts.newEvents, 1);
    QCOMPARE(round.first().at(0).value<HubRoundResult>().newestPulled.value, theirs);
    QVERIFY(alertsChanged.size() >= 1);
    QVERIFY(incidentsChanged.size() >= 1);
    const auto seen = m_ws->alerts().find(raised->alertId);
    QVERIFY(seen.ok() && seen.value().has_value());
    QCOMPARE(seen.value()->title, r.title);

    // Workspace merged the pulled HLC: a local change made now sorts after the far site's alert,
    // although this site's wall clock is 4 minutes behind it.
    QVERIFY(m_ws->alerts().acknowledge(Session::system(), raised->alertId).ok());
    const qint64 mine = newestHlc(m_here.path(), QStringLiteral("type = 'alert.acknowledged'"));
    QVERIFY2(mine > theirs, qPrintable(QStringLiteral("%1 <= %2").arg(mine).arg(theirs)));
}

void TestHubSyncCore::hubUrlIsSavedInTheIni()
{
    QTemporaryDir dir;
    auto ws = openCore(dir.path(), m_clock);
    QVERIFY(ws);
    HubSync sync(*ws);
    QCOMPARE(sync.controller().state(), HubSyncController::State::NotConfigured);
    QVERIFY(sync.setHubUrl(QStringLiteral("https://hub.example:8443/")).ok());
    QCOMPARE(AppConfig::load(dir.path()).hubUrl, QStringLiteral("https://hub.example:8443"));
    QCOMPARE(ws->config().hubUrl, QStringLiteral("https://hub.example:8443"));
    QCOMPARE(sync.controller().hubUrl(), QStringLiteral("https://hub.example:8443"));
    QCOMPARE(sync.controller().state(), HubSyncController::State::Offline);
    HubSync again(*ws);
    QCOMPARE(again.controller().hubUrl(), QStringLiteral("https://hub.example:8443"));
}

// Issue 10: a workstation a day fast has its events held by the hub. The service says so in the user's
// words and raises one local warning alert (dedup key hub:clock_ahead), repeated, not duplicated, while
// it lasts; the events stay pending.
void TestHubSyncCore::clockAheadRaisesOneLocalWarning()
{
    FakeClock dayFast(QDateTime::currentDateTimeUtc().addDays(1));
    QTemporaryDir dir;
    auto ws = openCore(dir.path(), dayFast);
    QVERIFY(ws);
    HubSyncOptions o;
    o.hubUrlOverride = m_hub.url();
    HubSync sync(*ws, o);
    QVERIFY(enrolAndSync(sync, m_hub));
    RaiseAlertRequest r;
    r.severity = AlertSeverity::Warning;
    r.module = Module::Reports;
    r.title = QStringLiteral("Laporan harian dikirim");
    QVERIFY(ws->alerts().raise(Session::system(), r).ok());
    for (int round = 0; round < 2; ++round) {
        QSignalSpy finished(&sync, &HubSync::roundFinished);
        QVERIFY(sync.controller().syncNow());
        QVERIFY(finished.wait(30000));
        const HubSyncOutcome out = finished.first().first().value<HubSyncOutcome>();
        QVERIFY2(out.ok(), qPrintable(out.detail));
        QVERIFY(out.heldClockAhead >= 1);
        QCOMPARE(out.rejected, 0);
        QVERIFY2(out.message.contains(QStringLiteral("1440")), qPrintable(out.message));
    }
    AlertFilter open;
    open.states = AlertFilter::StateSet::Open;
    int warnings = 0;
    const auto page = ws->alerts().page(open, AlertSortColumn::RaisedAt, true, 0, 100);
    QVERIFY(page.ok());
    for (const Alert &a : page.value())
        warnings += a.dedupKey == QLatin1String("hub:clock_ahead") ? 1 : 0;
    QCOMPARE(warnings, 1);
}

QTEST_GUILESS_MAIN(TestHubSyncCore)
#include "tst_hubsync_core.moc"
