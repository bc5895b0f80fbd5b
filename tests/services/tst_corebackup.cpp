// Daily automatic backups: written off the GUI thread after the integrity check, valid, pruned safely.
#include "CoreFixture.h"
#include "storage/Database.h"
#include "services/AdminService.h"
#include "services/Workspace.h"
#include "services/AlertService.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace mt;

class TestCoreBackup : public QObject
{
    Q_OBJECT

    static QStringList autoBackups(const CoreFixture &f)
    {
        return QDir(f.dir.filePath(QStringLiteral("backups")))
            .entryList({QStringLiteral("medtrack-auto-*.db")}, QDir::Files, QDir::Name);
    }

    static bool reopen(CoreFixture &f)
    {
        f.ws.reset();
        WorkspaceOptions o{WorkspaceOptions::KdfStrength::FastForTests, QStringLiteral("test"), true, true};
        auto r = Workspace::open(f.dir.path(), f.clock, o);
        if (!r)
            return false;
        f.ws = std::move(r).value();
        // The check runs in the background; the backup starts after it passes.
        return QTest::qWaitFor([&] { return f.ws->admin().integrityVerified(); }, 10000);
    }

private slots:
    void writesOneValidBackupPerDay()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        QVERIFY(!f.raise(f.l1, AlertSeverity::Critical, Module::Logistics, QStringLiteral("Stok vaksin")).isEmpty());
        QVERIFY(reopen(f));
        QTRY_COMPARE_WITH_TIMEOUT(autoBackups(f).size(), 1, 10000);
        f.ws.reset(); // joins the backup thread
        const QString copy = f.dir.filePath(QStringLiteral("backups/") + autoBackups(f).first());
        QVERIFY(Database::quickCheckFile(copy).ok());
        // The copy really holds the data: restore it elsewhere and read the alert back.
        QTemporaryDir other;
        QVERIFY(AdminService::restore(other.path(), copy).ok());
        auto restored = Workspace::open(other.path(), f.clock, WorkspaceOptions{WorkspaceOptions::KdfStrength::FastForTests});
        QVERIFY(restored.ok());
        QCOMPARE(restored.value()->alerts().count(AlertFilter{}).value(), 1);

        f.clock.advanceMinutes(60); // an hour later: not due again
        QVERIFY(reopen(f));
        f.ws.reset();
        QCOMPARE(autoBackups(f).size(), 1);
        f.clock.advanceMinutes(24 * 60); // a day later: due
        QVERIFY(reopen(f));
        f.ws.reset();
        QCOMPARE(autoBackups(f).size(), 2);
    }

    void prunesOnlyAutomaticBackupsBeyondSeven()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString dir = f.dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(dir);
        for (int day = 1; day <= 9; ++day) { // older automatic backups (content irrelevant)
            QFile old(dir + QStringLiteral("/medtrack-auto-202611%1-010000.db").arg(day, 2, 10, QLatin1Char('0')));
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        QFile manual(dir + QStringLiteral("/before-upgrade.db"));
        QVERIFY(manual.open(QIODevice::WriteOnly));
        manual.close();
        QVERIFY(reopen(f));
        f.ws.reset();
        const QStringList left = autoBackups(f);
        QCOMPARE(left.size(), 7);
        QVERIFY(!left.contains(QStringLiteral("medtrack-auto-20261101-010000.db"))); // oldest went first
        QVERIFY(left.contains(QStringLiteral("medtrack-auto-20261124-010000.db")));  // today's (FakeClock)
        QVERIFY(QFile::exists(manual.fileName()));                                    // never touched
    }
};

QTEST_GUILESS_MAIN(TestCoreBackup)
#include "tst_corebackup.moc"
