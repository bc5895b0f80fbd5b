// The client's disk fills up while it pulls: a clear one-line error, the cursor and the data stay as
// they were (nothing half-applied), and once space is back a re-run ends identical to the other client.
// The data dir sits on a small tmpfs (real ENOSPC from the kernel); mounting it needs root or sudo -n.
#include "SyncFaultSupport.h"
#include "SkipOrFail.h"

#include <QTest>

using namespace mt::test;

class TestSyncDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void diskFullDuringPullAppliesNothingHalf();
};

void TestSyncDiskFull::diskFullDuringPullAppliesNothingHalf()
{
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    TmpfsMount tmpfs; // declared before the world: unmounted after every process on it has ended
    QString why;
    if (!tmpfs.mount(mountPoint.path(), 48 * 1024 * 1024, &why))
        MT_SKIP_OR_FAIL(qPrintable(QStringLiteral("cannot mount a tmpfs (needs root or sudo -n): ") + why));
    SyncWorld w;
    bool noKeychain = false;
    if (!w.setUp(&why, &noKeychain, mountPoint.filePath(QStringLiteral("client-b")))) {
        if (noKeychain)
            MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
        QFAIL(qPrintable(why));
    }
    const QStringList ids = raiseAlerts(w.a(), 1500, QStringLiteral("disk"), 400);
    QCOMPARE(ids.size(), 1500);
    const CtlRun push = w.sync(w.a());
    QVERIFY2(push.code == 0, qPrintable(push.describe()));
    QCOMPARE(push.json().value(QStringLiteral("pushed")).toInt(), 1500);

    const qint64 cursorBefore = ClientDb::cursor(w.b(), w.url());
    const qint64 eventsBefore = ClientDb::scalar(w.b(), QStringLiteral("SELECT COUNT(*) FROM events"));
    const qint64 alertsBefore = ClientDb::scalar(w.b(), QStringLiteral("SELECT COUNT(*) FROM alerts"));
    QVERIFY(cursorBefore >= 0 && eventsBefore >= 0 && alertsBefore == 0);
    QVERIFY2(tmpfs.fillLeaving(192 * 1024, &why), qPrintable(why)); // far less than one page of 500 events
    QVERIFY(tmpfs.freeBytes() <= 256 * 1024);
    const int pullsBefore = w.proxy().count("GET", "/api/v1/events");

    const CtlRun full = w.sync(w.b());
    QVERIFY2(full.code == 1, qPrintable(full.describe()));
    QVERIFY2(w.proxy().count("GET", "/api/v1/events") > pullsBefore, "the round never got to the pull");
    const QStringList lines = full.errLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.last().contains(QLatin1String("disk is full"), Qt::CaseInsensitive), qPrintable(full.describe()));
    qInfo("stderr of the round that hit the full disk: %s", full.err.constData());
    // Nothing half-applied: the cursor did not move and no pulled event or alert is there.
    QCOMPARE(ClientDb::cursor(w.b(), w.url()), cursorBefore);
    QCOMPARE(ClientDb::scalar(w.b(), QStringLiteral("SELECT COUNT(*) FROM events")), eventsBefore);
    QCOMPARE(ClientDb::scalar(w.b(), QStringLiteral("SELECT COUNT(*) FROM alerts")), alertsBefore);

    QVERIFY(tmpfs.removeFiller());
    const CtlRun check = runCtl(w.b(), {QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(check.code == 0, qPrintable(check.describe()));
    const CtlRun again = w.sync(w.b());
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QCOMPARE(again.json().value(QStringLiteral("new")).toInt(), 1500);
    checkNothingLostNothingDoubled(w, ids);
    const CtlRun audit = runCtl(w.b(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(audit.code == 0, qPrintable(audit.describe()));
    // Scripts tell a full disk from a bug by the JSON error code (docs/cli.md: errorCodeName).
    QCOMPARE(full.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("disk_full"));
}

QTEST_GUILESS_MAIN(TestSyncDiskFull)
#include "tst_sync_disk_full.moc"
