// SIGKILL of medtrack-hub while medtrackctl pushes a 3,000-event outbox, then a restart on the same
// data dir and port: every event ends on the hub exactly once, the outbox drains, the peer converges.
#include "SyncFaultSupport.h"
#include "SkipOrFail.h"

#include <QTest>

#include <chrono>
#include <csignal>
#include <thread>

using namespace mt::test;

namespace {

const QByteArray kPost = "POST";
const QByteArray kEvents = "/api/v1/events";
constexpr int kEvents_ = 3000;
constexpr int kKillAtPush = 3; // the hub dies as it receives the third batch
constexpr qint64 kBatch = 500; // medtrackctl pushes 500 events per request (docs/cli.md)

} // namespace

class TestSyncHubKill : public QObject
{
    Q_OBJECT
private slots:
    void sigkillMidPushLosesAndDoublesNothing_data();
    void sigkillMidPushLosesAndDoublesNothing();
};

void TestSyncHubKill::sigkillMidPushLosesAndDoublesNothing_data()
{
    QTest::addColumn<int>("killAfterMs");
    QTest::newRow("as batch 3 arrives") << 0;       // the hub dies reading or storing it
    QTest::newRow("while batch 3 is stored") << 150; // the hub may have stored and even answered it
}

void TestSyncHubKill::sigkillMidPushLosesAndDoublesNothing()
{
    QFETCH(int, killAfterMs);
    SyncWorld w;
    QString why;
    bool noKeychain = false;
    if (!w.setUp(&why, &noKeychain)) {
        if (noKeychain)
            MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
        QFAIL(qPrintable(why));
    }
    const QStringList ids = raiseAlerts(w.a(), kEvents_, QStringLiteral("outbox"), 120);
    QCOMPARE(ids.size(), kEvents_);
    QCOMPARE(ClientDb::outbox(w.a()), qint64(kEvents_));

    const qint64 hubPid = w.hub().pid();
    const quint16 hubPort = w.hub().port();
    std::atomic<bool> killed{false};
    w.proxy().setForwardHook(kPost, kEvents, [&](int index, const FaultProxy::Entry &) {
        if (index != kKillAtPush || killed.exchange(true))
            return;
        if (killAfterMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(killAfterMs));
        ::kill(static_cast<pid_t>(hubPid), SIGKILL); // the batch is on its way into the hub
    });
    const CtlRun r1 = w.sync(w.a());
    w.proxy().clear();
    QVERIFY(killed);
    w.hub().kill(); // reap it
    QVERIFY(!w.hub().running());

    // The round failed and said so in one last line; what the hub acknowledged before dying is kept.
    QVERIFY2(r1.code == 1, qPrintable(r1.describe()));
    const QStringList lines = r1.errLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.last().startsWith(QLatin1String("medtrackctl: sync: ")) && !kRetryLine.match(lines.last()).hasMatch(),
             qPrintable(r1.describe()));
    const qint64 outboxAfterKill = ClientDb::outbox(w.a());
    QVERIFY2(outboxAfterKill > 0 && outboxAfterKill < kEvents_, qPrintable(QString::number(outboxAfterKill)));

    // Same data dir, same port: the clients' URL (the proxy) never changes.
    QVERIFY2(w.hub().start(hubPort), qPrintable(w.hub().log()));
    QCOMPARE(w.hub().port(), hubPort);
    const HubCensus afterRestart = HubCensus::take(w.hub().port(), w.censusToken());
    QVERIFY2(afterRestart.ok, qPrintable(afterRestart.error));
    QVERIFY(afterRestart.doubled().isEmpty());
    const qint64 onHub = afterRestart.events.size();
    const qint64 acked = kEvents_ - outboxAfterKill;
    qInfo("after SIGKILL: client saw %lld acknowledged, hub holds %lld; the round said: %s", acked, onHub,
          r1.err.constData());
    // A batch is one transaction at the hub: the one in flight is either wholly there or not at all.
    QVERIFY2(onHub == acked || onHub == acked + std::min<qint64>(kBatch, outboxAfterKill),
             qPrintable(QStringLiteral("hub holds %1 events, client saw %2 acknowledged").arg(onHub).arg(acked)));

    const CtlRun r2 = w.sync(w.a());
    QVERIFY2(r2.code == 0, qPrintable(r2.describe()));
    QCOMPARE(r2.json().value(QStringLiteral("pushed")).toInteger() + r2.json().value(QStringLiteral("duplicates")).toInteger(),
             outboxAfterKill);
    QCOMPARE(r2.json().value(QStringLiteral("duplicates")).toInteger(), onHub - acked);
    checkNothingLostNothingDoubled(w, ids);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(HubCensus::take(w.hub().port(), w.censusToken()).events.size(), qsizetype(kEvents_));

    // The contract: the round tried 3 more times, announcing each, before giving up.
    QCOMPARE(r1.retryLines().size(), 3);
}

QTEST_GUILESS_MAIN(TestSyncHubKill)
#include "tst_sync_hub_kill.moc"
