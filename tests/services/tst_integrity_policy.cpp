// One integrity check per run: the clean-shutdown marker the CLI may trust, and the verdict other connections share.
#include "FakeClock.h"

#include "common/IntegrityGate.h"
#include "services/AdminService.h"
#include "services/AlertService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <QDateTime>

#include <thread>

using namespace mt;

class TestIntegrityPolicy : public QObject
{
    Q_OBJECT
private slots:
    void cliTrustsOnlyAnUnchangedCleanlyClosedFile();
    void aFullCheckIsDueAfterADay();
    void theGuiAlwaysChecks();
    void aDamagedFileIsNeverTrusted();
    void secondConnectionWaitsForTheVerdict();

private:
    std::unique_ptr<Workspace> open(const QString &dir, bool trust, bool defer = false)
    {
        WorkspaceOptions o;
        o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
        o.trustCleanShutdown = trust;
        o.deferIntegrityCheck = defer;
        auto ws = Workspace::open(dir, m_clock, o);
        if (!ws)
            qWarning("open: %s %s", errorCodeName(ws.error().code), qPrintable(ws.error().detail));
        return ws ? std::move(ws).value() : nullptr;
    }
    // Moves the file's modification time (as any other writer would), leaving its bytes alone.
    static bool touchLater(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadWrite)
            && f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime);
    }
    static bool raise(Workspace &ws, const QString &title, const QString &details = {})
    {
        RaiseAlertRequest r;
        r.title = title;
        r.details = details;
        return ws.alerts().raise(Session::system(), r).ok();
    }
    FakeClock m_clock;
};

void TestIntegrityPolicy::cliTrustsOnlyAnUnchangedCleanlyClosedFile()
{
    QTemporaryDir dir;
    const QString marker = AdminService::databasePath(dir.path()) + QStringLiteral(".clean");
    {
        auto ws = open(dir.path(), true);
        QVERIFY(ws);
        QCOMPARE(ws->admin().integrityBasis(), AdminService::IntegrityBasis::FullCheck); // no marker yet
        QVERIFY(raise(*ws, QStringLiteral("first")));
    }
    QVERIFY(QFile::exists(marker)); // written at the clean close
    {
        auto ws = open(dir.path(), true);
        QVERIFY(ws);
        QCOMPARE(ws->admin().integrityBasis(), AdminService::IntegrityBasis::CleanShutdown);
        QVERIFY(!QFile::exists(marker)); // taken at open: a crash now would leave none
        QVERIFY(ws->admin().integrityVerified());
        QVERIFY(raise(*ws, QStringLiteral("second")));
    }
    // Something else touched the file after the clean close: full check.
    QVERIFY(touchLater(AdminService::databasePath(dir.path())));
    auto ws = open(dir.path(), true);
    QVERIFY(ws);
    QCOMPARE(ws->admin().integrityBasis(), AdminService::IntegrityBasis::FullCheck);
}

void TestIntegrityPolicy::aFullCheckIsDueAfterADay()
{
    QTemporaryDir dir;
    open(dir.path(), true).reset();
    m_clock.advanceMs(25LL * 3600 * 1000);
    {
        auto ws = open(dir.path(), true);
        QVERIFY(ws);
        QCOMPARE(ws->admin().integrityBasis(), AdminService::IntegrityBasis::FullCheck);
    }
    // The check just done restarts the day.
    auto ws = open(dir.path(), true);
    QVERIFY(ws);
    QCOMPARE(ws->admin().integrityBasis(), AdminService::IntegrityBasis::CleanShutdown);
}

void TestIntegrityPolicy::theGuiAlwaysChecks()
{
    QTemporaryDir dir;
    open(dir.path(), true).reset();
    auto ws = open(dir.path(), false, true); // as the GUI opens it
    QVERIFY(ws);
    QCOMPARE(ws->admin().integrityBasis(), AdminService::IntegrityBasis::FullCheck);
    QVERIFY(QTest::qWaitFor([&] { return ws->admin().integrityVerified(); }, 10000));
    ws.reset();
    // ... and its clean close lets the next CLI run skip the check.
    auto cli = open(dir.path(), true);
    QVERIFY(cli);
    QCOMPARE(cli->admin().integrityBasis(), AdminService::IntegrityBasis::CleanShutdown);
}

void TestIntegrityPolicy::aDamagedFileIsNeverTrusted()
{
    QTemporaryDir dir;
    {
        auto ws = open(dir.path(), true);
        QVERIFY(ws);
        for (int i = 0; i < 200; ++i)
            QVERIFY(raise(*ws, QStringLiteral("alert %1").arg(i), QString(2000, QLatin1Char('x'))));
    }
    // Damage pages in the middle of the file (as a failing disk would), then the file's time moves.
    const QString path = AdminService::databasePath(dir.path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 64 * 1024);
    QVERIFY(f.seek(f.size() / 2));
    QVERIFY(f.write(QByteArray(8192, '\xAB')) == 8192);
    f.close();
    QVERIFY(touchLater(path));
    WorkspaceOptions o;
    o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    o.trustCleanShutdown = true;
    auto ws = Workspace::open(dir.path(), m_clock, o);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::DatabaseCorrupt);
}

void TestIntegrityPolicy::secondConnectionWaitsForTheVerdict()
{
    QTemporaryDir dir;
    open(dir.path(), false).reset();
    // A second workspace given a pending gate waits; once the gate passes it opens without its own check.
    auto gate = std::make_shared<IntegrityGate>();
    std::unique_ptr<Workspace> second;
    std::thread opener([&] {
        WorkspaceOptions o;
        o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
        o.verifiedBy = gate;
        auto ws = Workspace::open(dir.path(), m_clock, o);
        if (ws)
            second = std::move(ws).value();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    QVERIFY(!second); // still waiting for the owner's verdict
    gate->resolve(true);
    opener.join();
    QVERIFY(second);
    QCOMPARE(second->admin().integrityBasis(), AdminService::IntegrityBasis::SharedInProcess);
    second.reset();

    // A failed verdict: the second connection refuses instead of writing to the file.
    auto failed = std::make_shared<IntegrityGate>();
    failed->resolve(false);
    WorkspaceOptions o;
    o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    o.verifiedBy = failed;
    auto refused = Workspace::open(dir.path(), m_clock, o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::DatabaseCorrupt);
}

QTEST_GUILESS_MAIN(TestIntegrityPolicy)
#include "tst_integrity_policy.moc"
