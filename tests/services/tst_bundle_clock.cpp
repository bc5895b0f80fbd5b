// Bundle import against this machine's clock (issue 10, part 1): events stamped more than 5 minutes ahead
// are held back, said so, and taken when the same bundle is imported again once the clocks agree.
#include "FakeClock.h"

#include "services/AlertService.h"
#include "services/BundleService.h"
#include "services/BundleText.h"
#include "services/Workspace.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestBundleClock : public QObject
{
    Q_OBJECT

private slots:
    void eventsAheadOfTheClockWaitForIt();

private:
    static std::unique_ptr<Workspace> open(const QTemporaryDir &dir, const QString &site, const Clock &clock)
    {
        QSettings ini(QDir(dir.path()).filePath(QStringLiteral("medtrack.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("site/id"), site);
        ini.sync();
        WorkspaceOptions o;
        o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
        auto ws = Workspace::open(dir.path(), clock, o);
        return ws ? std::move(ws).value() : nullptr;
    }
};

void TestBundleClock::eventsAheadOfTheClockWaitForIt()
{
    FakeClock hereClock(QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC));
    FakeClock farClock(QDateTime(QDate(2026, 12, 8), QTime(8, 0), Qt::UTC)); // a day fast
    QTemporaryDir hereDir;
    QTemporaryDir farDir;
    QTemporaryDir files;
    auto here = open(hereDir, QStringLiteral("jkt"), hereClock);
    auto far = open(farDir, QStringLiteral("sby"), farClock);
    QVERIFY(here && far);
    const BundleSigningKey key = BundleSigningKey::generate();
    QVERIFY(here->bundles().trustPeer(nullptr, QStringLiteral("sby"), key.publicKey()).ok());

    RaiseAlertRequest r;
    r.severity = AlertSeverity::Critical;
    r.module = Module::Logistics;
    r.title = QStringLiteral("Stok oksigen menipis");
    const auto raised = far->alerts().raise(Session::system(), r);
    QVERIFY(raised.ok());
    const QString file = files.filePath(QStringLiteral("sby.mtb"));
    QVERIFY(far->bundles().exportBundle(nullptr, file, key, {}).ok());

    const auto first = here->bundles().importBundle(nullptr, file);
    QVERIFY(first.ok());
    QCOMPARE(first->heldClockAhead, first->events);
    QVERIFY(first->heldClockAhead >= 1);
    QCOMPARE(first->newEvents, 0);
    QVERIFY2(qAbs(first->clockAheadMs - 86400000LL) < 60000, qPrintable(QString::number(first->clockAheadMs)));
    QVERIFY(!here->alerts().find(raised->alertId).value().has_value());
    QVERIFY(BundleText::heldClockAhead(first->heldClockAhead, first->clockAheadMs).contains(QStringLiteral("again")));
    QVERIFY(BundleText::heldClockAhead(0, 0).isEmpty());

    hereClock.advanceMs(86400000LL); // the clocks agree now
    const auto second = here->bundles().importBundle(nullptr, file);
    QVERIFY(second.ok());
    QCOMPARE(second->heldClockAhead, 0);
    QCOMPARE(second->newEvents, first->events);
    const auto seen = here->alerts().find(raised->alertId);
    QVERIFY(seen.ok() && seen.value().has_value());
    QCOMPARE(seen.value()->title, r.title);
}

QTEST_GUILESS_MAIN(TestBundleClock)
#include "tst_bundle_clock.moc"
