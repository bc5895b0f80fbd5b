// Tests Workspace's alert use cases end to end: raise, dedup, ack, permissions, escalation, timeline.
#include "CoreFixture.h"
#include "services/ErrorText.h"
#include "services/AlertService.h"
#include "services/TimelineService.h"
#include "services/AccountService.h"
#include "services/Workspace.h"
#include "services/AdminService.h"

#include <QSignalSpy>
#include <QtTest>

using namespace mt;

class TestCoreAlerts : public QObject
{
    Q_OBJECT
private slots:
    void raiseAndDeduplicate()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        QSignalSpy changed(&f.ws->notifier(), &ChangeNotifier::alertsChanged);
        RaiseAlertRequest r{AlertSeverity::Warning, Module::Logistics, QStringLiteral("Stok BCG menipis"), {},
                            QStringLiteral("stock:bcg"), {}};
        const auto first = f.ws->alerts().raise(f.l1, r);
        QVERIFY(first.ok());
        QVERIFY(!first->deduplicated);
        f.clock.advanceMinutes(1);
        const auto second = f.ws->alerts().raise(f.l1, r);
        QVERIFY(second.ok());
        QVERIFY(second->deduplicated);
        QCOMPARE(second->alertId, first->alertId);
        QCOMPARE(f.alert(first->alertId).count, 2);
        QCOMPARE(changed.count(), 2);
        // Once resolved, the same key opens a fresh alert.
        QVERIFY(f.ws->alerts().resolve(f.l1, first->alertId).ok());
        const auto third = f.ws->alerts().raise(f.l1, r);
        QVERIFY(third.ok());
        QVERIFY(!third->deduplicated);
        QVERIFY(third->alertId != first->alertId);
    }

    void restartWithClockBehindKeepsEventOrder()
    {
        // A workstation whose clock is set back (or a bad RTC after a power cut) must still
        // order its new events after the ones it already wrote: the HLC is seeded from the log.
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString first = f.raise(f.l1, AlertSeverity::Warning, Module::Logistics, QStringLiteral("sebelum"));
        QVERIFY(!first.isEmpty());
        const Hlc before = f.alert(first).lastHlc;
        f.ws.reset();
        f.clock.advanceMinutes(-120);
        QVERIFY(f.open());
        const QString second = f.raise(f.l1, AlertSeverity::Warning, Module::Logistics, QStringLiteral("sesudah"));
        QVERIFY(!second.isEmpty());
        QVERIFY2(f.alert(second).lastHlc > before, "new event sorts before an older one");
    }

    void deferredIntegrityCheckGatesWritesThenReports()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers()); // creates and migrates the database
        f.ws.reset();
        auto r = Workspace::open(f.dir.path(), f.clock,
                            WorkspaceOptions{WorkspaceOptions::KdfStrength::FastForTests, QStringLiteral("test"), true});
        QVERIFY(r.ok());
        f.ws = std::move(r).value();
        QSignalSpy checked(&f.ws->notifier(), &ChangeNotifier::integrityChecked);
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().at(0).toBool(), true);
        QVERIFY(f.ws->admin().integrityVerified());
        QVERIFY(!f.raise(f.l1, AlertSeverity::Info, Module::Reports, QStringLiteral("setelah pemeriksaan")).isEmpty());
    }

    void validationMessageNamesTheField()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        RaiseAlertRequest r;
        r.title = QStringLiteral("   ");
        const auto res = f.ws->alerts().raise(f.l1, r);
        QVERIFY(!res.ok());
        QCOMPARE(res.error().code, ErrorCode::Validation);
        QCOMPARE(res.error().field, QStringLiteral("title"));
        QCOMPARE(ErrorText::message(res.error()), QStringLiteral("Title must be 1 to 200 characters."));
    }

    void acknowledgeRecordsTheLoggedInUser()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const auto session = f.ws->accounts().login(f.l1.user, CoreFixture::passwordOf(f.l1));
        QVERIFY(session.ok());
        const QString id = f.raise(Session::system(), AlertSeverity::Critical, Module::Distribution,
                                   QStringLiteral("Cold chain 9,4 °C"));
        QVERIFY(!id.isEmpty());
        QVERIFY(f.ws->alerts().acknowledge(session.value(), id).ok());
        const Alert a = f.alert(id);
        QCOMPARE(a.state, AlertState::Acknowledged);
        QCOMPARE(a.ackedBy, f.l1.user);
        const Status again = f.ws->alerts().acknowledge(session.value(), id);
        QCOMPARE(again.code, ErrorCode::InvalidTransition);
        QCOMPARE(ErrorText::message(again), QStringLiteral("The alert is already acknowledged."));
        const auto tl = f.ws->timelines().timeline(EntityType::Alert, id);
        QVERIFY(tl.ok());
        QCOMPARE(tl->size(), 2);
        QCOMPARE(tl->at(0).actor, QStringLiteral("system"));
        QCOMPARE(tl->at(1).actor, f.l1.user);
        QCOMPARE(tl->at(1).summary, QStringLiteral("operator1 acknowledged the alert"));
    }

    void permissionsAreChecked()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString id = f.raise(f.l1, AlertSeverity::Info, Module::Reports, QStringLiteral("Laporan terlambat"));
        const Status st = f.ws->alerts().resolve(f.steward, id);
        QCOMPARE(st.code, ErrorCode::PermissionDenied);
        QVERIFY(f.alert(id).isOpen());
        QCOMPARE(f.ws->alerts().acknowledge(Session{}, id).code, ErrorCode::PermissionDenied);
        QCOMPARE(f.ws->alerts().acknowledge(f.l1, QStringLiteral("no-such-id")).code, ErrorCode::NotFound);
    }

    void escalatesUnacknowledgedCriticalAfterFiveMinutes()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        QSignalSpy escalated(&f.ws->notifier(), &ChangeNotifier::alertEscalated);
        const QString critical = f.raise(f.l1, AlertSeverity::Critical, Module::MedicalServices, QStringLiteral("Stok darah O kritis"));
        const QString acked = f.raise(f.l1, AlertSeverity::Critical, Module::Logistics, QStringLiteral("Vaksin habis"));
        const QString info = f.raise(f.l1, AlertSeverity::Info, Module::Reports, QStringLiteral("Info"));
        QVERIFY(f.ws->alerts().acknowledge(f.l1, acked).ok());
        f.clock.advanceMinutes(4);
        QCOMPARE(f.ws->alerts().escalateDue().value(), 0);
        f.clock.advanceMinutes(2);
        QCOMPARE(f.ws->alerts().escalateDue().value(), 1);
        QCOMPARE(escalated.count(), 1);
        QCOMPARE(escalated.at(0).at(0).toString(), critical);
        QCOMPARE(f.alert(critical).escalationLevel, 1);
        QCOMPARE(f.alert(acked).escalationLevel, 0);
        QCOMPARE(f.alert(info).escalationLevel, 0);
        QCOMPARE(f.ws->alerts().escalateDue().value(), 0); // once only
        const auto tl = f.ws->timelines().timeline(EntityType::Alert, critical);
        QVERIFY(tl.ok());
        QCOMPARE(tl->last().actor, QStringLiteral("system"));
        QCOMPARE(tl->last().summary, QStringLiteral("Escalated: not acknowledged within 5 minutes"));
    }

    void shelveAndUnacknowledge()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString id = f.raise(f.l1, AlertSeverity::Warning, Module::HR, QStringLiteral("Jadwal jaga kosong"));
        QCOMPARE(f.ws->alerts().shelve(f.l1, id, f.clock.nowUtc().addSecs(-60)).field, QStringLiteral("until"));
        QVERIFY(f.ws->alerts().shelve(f.l1, id, f.clock.nowUtc().addSecs(3600)).ok());
        QVERIFY(f.alert(id).isShelvedAt(f.clock.nowMs()));
        QVERIFY(f.ws->alerts().acknowledge(f.l2, id).ok());
        QCOMPARE(f.ws->alerts().unacknowledge(f.l2, id, QString()).field, QStringLiteral("reason"));
        QVERIFY(f.ws->alerts().unacknowledge(f.l2, id, QStringLiteral("salah orang")).ok());
        QCOMPARE(f.alert(id).state, AlertState::New);
    }
};

QTEST_GUILESS_MAIN(TestCoreAlerts)
#include "tst_corealerts.moc"
