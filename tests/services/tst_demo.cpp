// Tests the demo helpers: idempotent DemoData, a seeded DemoFeeder with repeats, the EscalationMonitor.
#include "CoreFixture.h"
#include "services/DemoData.h"
#include "services/DemoFeeder.h"
#include "services/EscalationMonitor.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "services/AccountService.h"
#include "services/EventLogService.h"

#include <QSignalSpy>
#include <QtTest>

using namespace mt;

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void seedIsIdempotent()
    {
        CoreFixture f;
        QVERIFY(f.open());
        QVERIFY(DemoData::seed(*f.ws).ok());
        AlertFilter all;
        all.states = AlertFilter::StateSet::All;
        const qint64 alerts = f.ws->alerts().count(all).value();
        IncidentFilter any;
        any.openOnly = false;
        const qint64 incidents = f.ws->incidents().count(any).value();
        QVERIFY(alerts >= 5);
        QCOMPARE(incidents, qint64(3));
        QVERIFY(DemoData::seed(*f.ws).ok());
        QCOMPARE(f.ws->alerts().count(all).value(), alerts);
        QCOMPARE(f.ws->incidents().count(any).value(), incidents);
        QCOMPARE(f.ws->accounts().userCount().value(), qint64(DemoData::users().size()));
        for (const DemoUser &u : DemoData::users()) {
            QVERIFY(u.password.size() >= 10);
            const auto s = f.ws->accounts().login(u.name, u.password);
            QVERIFY2(s.ok(), qPrintable(u.name));
            QCOMPARE(s->role, u.role);
        }
        QVERIFY(f.ws->events().verifyAudit()->intact);
    }

    void feederRaisesWithRepeats()
    {
        CoreFixture f;
        QVERIFY(f.open());
        DemoFeeder feeder(*f.ws, 42);
        QSignalSpy fed(&feeder, &DemoFeeder::fed);
        int repeats = 0;
        for (int i = 0; i < 40; ++i) {
            const auto r = feeder.feedOne();
            QVERIFY(r.ok());
            repeats += r->deduplicated ? 1 : 0;
            f.clock.advanceMs(5000);
        }
        QCOMPARE(fed.count(), 40);
        QVERIFY(repeats > 0);
        // The same seed gives the same sequence.
        DemoFeeder a(*f.ws, 7);
        DemoFeeder b(*f.ws, 7);
        QCOMPARE(a.nextRequest().dedupKey, b.nextRequest().dedupKey);
        feeder.start(10);
        QVERIFY(feeder.isRunning());
        QTRY_VERIFY(fed.count() > 40);
        feeder.stop();
    }

    void monitorEscalatesDueWork()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        f.raise(f.l1, AlertSeverity::Critical, Module::Logistics, QStringLiteral("Stok kritis"));
        EscalationMonitor monitor(*f.ws);
        QSignalSpy escalated(&f.ws->notifier(), &ChangeNotifier::alertEscalated);
        QCOMPARE(monitor.runOnce(), 0);
        f.clock.advanceMinutes(6);
        monitor.start(10);
        QTRY_COMPARE(escalated.count(), 1);
        monitor.stop();
        QVERIFY(!monitor.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
