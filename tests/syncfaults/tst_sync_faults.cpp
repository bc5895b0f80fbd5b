// medtrackctl sync through a fault-injecting proxy to a real hub: 5xx/429, garbage, truncated JSON,
// a connection cut mid-response (push and pull), a refused connection, a 4xx. Each case first checks
// the user saw the fault and, after one more clean round, that nothing was lost or doubled; then it
// checks the retry contract of one round (docs/sync.md, "Faults and what the user sees"): retried in-round, one stderr line each.
#include "SyncFaultSupport.h"
#include "SkipOrFail.h"

#include <QJsonObject>
#include <QTest>

using namespace mt::test;
using Fault = FaultProxy::Fault;

namespace {

const QByteArray kPost = "POST";
const QByteArray kGet = "GET";
const QByteArray kEvents = "/api/v1/events";

QList<int> oneToN(int n)
{
    QList<int> out;
    for (int i = 1; i <= n; ++i)
        out << i;
    return out;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void transientStatusIsRetried_data();
    void transientStatusIsRetried();
    void clientErrorIsNotRetried();
    void retriesGiveUpAfterThree();
    void garbageAndTruncatedJsonAreRetried();
    void droppedPushAnswerIsNotDoubled();
    void droppedPullAnswerIsRetried();
    void refusedConnectionIsRetried();

private:
    // The retry lines of `r` carry exactly the attempt numbers `attempts` (counted per request: a
    // request retried twice prints 1/3 then 2/3), each wait within the full-jitter bound.
    void checkRetryLines(const CtlRun &r, const QList<int> &attempts, const QString &reasonContains = {});

    std::unique_ptr<SyncWorld> m_world;
};

void TestSyncFaults::init()
{
    m_world = std::make_unique<SyncWorld>();
    QString why;
    bool noKeychain = false;
    if (!m_world->setUp(&why, &noKeychain)) {
        if (noKeychain)
            MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
        QFAIL(qPrintable(why));
    }
}

void TestSyncFaults::cleanup()
{
    m_world.reset();
}

void TestSyncFaults::checkRetryLines(const CtlRun &r, const QList<int> &attempts, const QString &reasonContains)
{
    const QStringList lines = r.retryLines();
    QVERIFY2(lines.size() == attempts.size(),
             qPrintable(QStringLiteral("expected %1 retry lines; %2").arg(attempts.size()).arg(r.describe())));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = kRetryLine.match(lines.at(i));
        const int attempt = m.captured(1).toInt();
        QCOMPARE(attempt, attempts.at(i));
        const double wait = m.captured(2).toDouble();
        // Full jitter: a wait in [0, 0.5 s · 2^(attempt-1)], printed rounded to 0.1 s.
        QVERIFY2(wait >= 0.0 && wait <= 0.5 * (1 << (attempt - 1)) + 0.05, qPrintable(lines.at(i)));
        if (!reasonContains.isEmpty())
            QVERIFY2(m.captured(3).contains(reasonContains, Qt::CaseInsensitive), qPrintable(lines.at(i)));
    }
    QCOMPARE(r.json().value(QStringLiteral("retries")).toInt(-1), int(attempts.size()));
}

void TestSyncFaults::transientStatusIsRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("times");
    QTest::newRow("500 once") << 500 << 1;
    QTest::newRow("500 twice") << 500 << 2;
    QTest::newRow("503 three times") << 503 << 3;
    QTest::newRow("429") << 429 << 1;
}

void TestSyncFaults::transientStatusIsRetried()
{
    QFETCH(int, status);
    QFETCH(int, times);
    SyncWorld &w = *m_world;
    const QStringList ids = raiseAlerts(w.a(), 5, QStringLiteral("status"));
    QCOMPARE(ids.size(), 5);
    w.proxy().inject(Fault::Status, times, kPost, kEvents, status);
    const CtlRun r1 = w.sync(w.a());
    qInfo("what the user saw:\n%s", r1.err.constData());
    const int consumed = w.proxy().faultsInjected();
    const int pushTries = w.proxy().count(kPost, kEvents);
    w.proxy().clear(); // whatever the round did not use must not hit the next one

    // The user sees it.
    QVERIFY2(r1.err.contains(QByteArray::number(status)), qPrintable(r1.describe()));
    // Nothing lost, nothing doubled, once the link is clean again.
    const CtlRun r2 = w.sync(w.a());
    QVERIFY2(r2.code == 0, qPrintable(r2.describe()));
    QCOMPARE(sumOf({r1, r2}, "pushed"), qint64(5));
    QCOMPARE(sumOf({r1, r2}, "duplicates"), qint64(0));
    checkNothingLostNothingDoubled(w, ids);
    if (QTest::currentTestFailed())
        return;

    // The contract: retried inside the first round, which then succeeds.
    QVERIFY2(r1.code == 0, qPrintable(r1.describe()));
    QCOMPARE(consumed, times);
    QCOMPARE(pushTries, times + 1); // the faulted tries + the one that went through
    checkRetryLines(r1, oneToN(times), QString::number(status));
    QCOMPARE(r1.json().value(QStringLiteral("pushed")).toInt(), 5);
    QCOMPARE(r2.json().value(QStringLiteral("pushed")).toInt(), 0);
}

void TestSyncFaults::clientErrorIsNotRetried()
{
    SyncWorld &w = *m_world;
    const QStringList ids = raiseAlerts(w.a(), 3, QStringLiteral("four hundred"));
    w.proxy().inject(Fault::Status, 1, kPost, kEvents, 400);
    const CtlRun r1 = w.sync(w.a());
    qInfo("what the user saw:\n%s", r1.err.constData());
    w.proxy().clear();
    QVERIFY2(r1.code == 1, qPrintable(r1.describe()));
    QVERIFY2(r1.err.contains("400"), qPrintable(r1.describe()));
    QCOMPARE(r1.retryLines().size(), 0);
    QCOMPARE(w.proxy().count(kPost, kEvents), 1); // one try: a 4xx is an answer, not a hiccup
    QCOMPARE(ClientDb::outbox(w.a()), qint64(3)); // kept for the next round
    QCOMPARE(r1.json().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(!r1.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    const CtlRun r2 = w.sync(w.a());
    QVERIFY2(r2.code == 0, qPrintable(r2.describe()));
    checkNothingLostNothingDoubled(w, ids);
}

void TestSyncFaults::retriesGiveUpAfterThree()
{
    SyncWorld &w = *m_world;
    const QStringList ids = raiseAlerts(w.a(), 4, QStringLiteral("give up"));
    w.proxy().inject(Fault::Status, 100, kPost, kEvents, 503);
    const CtlRun r1 = w.sync(w.a());
    qInfo("what the user saw:\n%s", r1.err.constData());
    w.proxy().clear();
    QVERIFY2(r1.code == 1, qPrintable(r1.describe()));
    const QStringList lines = r1.errLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(!kRetryLine.match(lines.last()).hasMatch() && lines.last().contains(QLatin1String("503")),
             qPrintable(r1.describe())); // the last line says why the round failed
    QCOMPARE(ClientDb::outbox(w.a()), qint64(4));
    const CtlRun r2 = w.sync(w.a());
    QVERIFY2(r2.code == 0, qPrintable(r2.describe()));
    checkNothingLostNothingDoubled(w, ids);
    if (QTest::currentTestFailed())
        return;
    // The contract: 1 try + 3 retries, each announced.
    QCOMPARE(r1.retryLines().size(), 3);
    QCOMPARE(lines.size(), 4);
}

void TestSyncFaults::garbageAndTruncatedJsonAreRetried()
{
    SyncWorld &w = *m_world;
    const QStringList ids = raiseAlerts(w.a(), 5, QStringLiteral("garbage"));
    w.proxy().inject(Fault::Garbage, 1, kPost, kEvents);       // a captive portal answers the push
    w.proxy().inject(Fault::TruncatedJson, 1, kGet, kEvents);  // half a page comes back from the pull
    const CtlRun r1 = w.sync(w.a());
    qInfo("what the user saw:\n%s", r1.err.constData());
    const int consumed = w.proxy().faultsInjected();
    w.proxy().clear();

    // The user sees that the answers were not what the hub sends: silence would hide lost work.
    QVERIFY2(!r1.err.trimmed().isEmpty(), qPrintable(QStringLiteral("nothing on stderr: ") + r1.describe()));
    const CtlRun r2 = w.sync(w.a());
    QVERIFY2(r2.code == 0, qPrintable(r2.describe()));
    QCOMPARE(sumOf({r1, r2}, "pushed"), qint64(5));
    checkNothingLostNothingDoubled(w, ids);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(r1.code == 0, qPrintable(r1.describe()));
    QCOMPARE(consumed, 2);
    checkRetryLines(r1, {1, 1}); // the push once, then the pull once
    QCOMPARE(r1.json().value(QStringLiteral("pushed")).toInt(), 5);
    QCOMPARE(r1.json().value(QStringLiteral("pulled")).toInt(), 0); // our own events are not sent back (skip_own)
}

void TestSyncFaults::droppedPushAnswerIsNotDoubled()
{
    SyncWorld &w = *m_world;
    const QStringList ids = raiseAlerts(w.a(), 7, QStringLiteral("dropped"));
    w.proxy().inject(Fault::DropMidResponse, 1, kPost, kEvents);
    const CtlRun r1 = w.sync(w.a());
    qInfo("what the user saw:\n%s", r1.err.constData());
    w.proxy().clear();
    const QList<FaultProxy::Entry> log = w.proxy().log();
    const auto firstPush = std::find_if(log.cbegin(), log.cend(), [](const FaultProxy::Entry &e) {
        return e.method == kPost && e.path.startsWith(kEvents);
    });
    QVERIFY(firstPush != log.cend());
    QCOMPARE(firstPush->fault, Fault::DropMidResponse);
    QCOMPARE(firstPush->upstreamStatus, 200); // the hub stored the batch; only its answer was lost

    QVERIFY2(!r1.err.trimmed().isEmpty(), qPrintable(r1.describe()));
    const CtlRun r2 = w.sync(w.a());
    QVERIFY2(r2.code == 0, qPrintable(r2.describe()));
    // The re-push finds all 7 already there: duplicates, never a second copy.
    QCOMPARE(sumOf({r1, r2}, "pushed"), qint64(0));
    QCOMPARE(sumOf({r1, r2}, "duplicates"), qint64(7));
    checkNothingLostNothingDoubled(w, ids); // includes: server_seq at A equals the hub's
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(r1.code == 0, qPrintable(r1.describe()));
    checkRetryLines(r1, {1});
    QCOMPARE(r1.json().value(QStringLiteral("duplicates")).toInt(), 7);
    QCOMPARE(r2.json().value(QStringLiteral("duplicates")).toInt(), 0);
}

void TestSyncFaults::droppedPullAnswerIsRetried()
{
    SyncWorld &w = *m_world;
    const QStringList ids = raiseAlerts(w.a(), 6, QStringLiteral("pull cut"));
    const CtlRun push = w.sync(w.a());
    QVERIFY2(push.code == 0, qPrintable(push.describe()));
    const qint64 cursorBefore = ClientDb::cursor(w.b(), w.url());
    w.proxy().inject(Fault::DropMidResponse, 1, kGet, kEvents);
    const CtlRun r1 = w.sync(w.b());
    qInfo("what the user saw:\n%s", r1.err.constData());
    const int consumed = w.proxy().faultsInjected();
    w.proxy().clear();
    QCOMPARE(consumed, 1);
    if (r1.code != 0) { // the round failed: nothing of the cut page may be applied
        QCOMPARE(ClientDb::cursor(w.b(), w.url()), cursorBefore);
        QCOMPARE(ClientDb::alertRows(w.b()).size(), 0);
    }
    QVERIFY2(!r1.err.trimmed().isEmpty(), qPrintable(r1.describe()));
    checkNothingLostNothingDoubled(w, ids);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r1.code == 0, qPrintable(r1.describe()));
    checkRetryLines(r1, {1});
    QCOMPARE(r1.json().value(QStringLiteral("new")).toInt(), 6);
}

void TestSyncFaults::refusedConnectionIsRetried()
{
    SyncWorld &w = *m_world;
    const QStringList ids = raiseAlerts(w.a(), 3, QStringLiteral("refused"));
    w.proxy().inject(Fault::Refuse, 2, kPost, kEvents);
    const CtlRun r1 = w.sync(w.a());
    qInfo("what the user saw:\n%s", r1.err.constData());
    const int consumed = w.proxy().faultsInjected();
    w.proxy().clear();
    QVERIFY2(!r1.err.trimmed().isEmpty(), qPrintable(r1.describe()));
    const CtlRun r2 = w.sync(w.a());
    QVERIFY2(r2.code == 0, qPrintable(r2.describe()));
    QCOMPARE(sumOf({r1, r2}, "pushed"), qint64(3));
    checkNothingLostNothingDoubled(w, ids);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r1.code == 0, qPrintable(r1.describe()));
    QCOMPARE(consumed, 2);
    QCOMPARE(w.proxy().count(kPost, kEvents), 3); // two refused, one through
    // A connection closed before any byte of an answer is resent once by Qt's HTTP stack itself,
    // silently; so two refusals may show as one retry line. At least one must show.
    const int shown = int(r1.retryLines().size());
    QVERIFY2(shown == 1 || shown == 2, qPrintable(r1.describe()));
    checkRetryLines(r1, oneToN(shown), QStringLiteral("unreachable"));
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
