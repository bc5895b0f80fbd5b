// Issue 10, part 5, against a real medtrack-hub: a busy database answers 503 busy with Retry-After within the
// busy timeout (never a 500 after 15 s), a lost PostgreSQL answers 503 and /readyz 503 until it is back, and a
// full disk answers 503, /readyz reports it, the hub recovers once there is space, and the database is intact.
//
// Run as: tst_hub_full busyDatabaseAnswers503 diskFullAnswers503AndHeals            (SQLite, needs root)
//         MT_HUB_BACKEND=postgres tst_hub_full busyDatabaseAnswers503 lostDatabaseAnswers503AndHeals
//                                              readOnlyDatabaseAnswers503AndHeals
#include "HubTestSupport.h"
#include "RawHttp.h"
#include "SkipOrFail.h"

#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QUrl>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mt;
using namespace mt::test;

class TestHubFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void busyDatabaseAnswers503();
    void lostDatabaseAnswers503AndHeals();
    void readOnlyDatabaseAnswers503AndHeals();
    void diskFullAnswers503AndHeals();

private:
    QJsonArray batch(int n, int padding = 0) const
    {
        QJsonArray events;
        for (int i = 0; i < n; ++i)
            events.append(makeEvent(QStringLiteral("site-f"), QStringLiteral("alert.raised"),
                                    {{QStringLiteral("title"), QStringLiteral("Stok darah menipis ") + QString(padding, QLatin1Char('x'))},
                                     {QStringLiteral("severity"), QStringLiteral("warning")},
                                     {QStringLiteral("module"), QStringLiteral("logistics")}, {QStringLiteral("dedup_key"), newId()}}));
        return events;
    }
    // Pushes until one is stored (every handler thread reconnects on its first failure), for at most 30 s;
    // the last answer. Any answer but 503 (or 200) ends it early: a hub that is not healing says so.
    Reply pushUntilStored() const
    {
        Reply r;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            r = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), batch(2)}}, m_token);
            if (r.status != 503)
                break;
            QTest::qWait(100);
        }
        return r;
    }
    static QString enrolSite(HubProcess &hub)
    {
        const QString code = hub.adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("site-f"),
                                              QStringLiteral("--name"), QStringLiteral("F")});
        return hub.enrol(QStringLiteral("site-f"), code).json.value(QStringLiteral("token")).toString();
    }

    PgCluster m_pg{QStringList{QStringLiteral("fsync=off")}};
    QTemporaryDir m_dir;
    QStringList m_backend;
    bool m_postgres = false;
    std::unique_ptr<HubProcess> m_hub;
    QString m_token;
};

void TestHubFull::initTestCase()
{
    MT_HUB_BACKEND_OR_SKIP(m_pg, m_dir.path(), m_backend);
    m_postgres = m_backend.first() == QLatin1String("--database");
    m_hub = std::make_unique<HubProcess>(m_backend);
    QVERIFY(m_hub->start({QStringLiteral("--busy-timeout"), QStringLiteral("1"), QStringLiteral("--min-free-mb"), QStringLiteral("0")}));
    m_token = enrolSite(*m_hub);
    QVERIFY(!m_token.isEmpty());
}

void TestHubFull::cleanupTestCase()
{
    if (m_hub)
        m_hub->stop();
    m_pg.stop();
}

// Another writer holds the database: the push waits at most the busy timeout (1 s here) and answers 503
// busy with Retry-After; once the lock is gone the same push is stored.
void TestHubFull::busyDatabaseAnswers503()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    if (m_postgres) {
        const QUrl url(m_backend.at(1));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db.setDatabaseName(m_dir.filePath(QStringLiteral("hub.db")));
    }
    QVERIFY(db.open());
    QSqlQuery q(db);
    // SQLite: the write lock; PostgreSQL: the hub's append lock (src/hub/HubDatabase.cpp, kAppendLockKey).
    QVERIFY(q.exec(m_postgres ? QStringLiteral("SELECT pg_advisory_lock(7316001)") : QStringLiteral("BEGIN IMMEDIATE")));
    const QJsonObject body{{QStringLiteral("events"), batch(3)}};
    QElapsedTimer t;
    t.start();
    const Reply busy = m_hub->postJson(QStringLiteral("/api/v1/events"), body, m_token);
    const qint64 waited = t.elapsed();
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.errorCode(), QStringLiteral("busy"));
    QVERIFY2(waited < 5000, qPrintable(QString::number(waited)));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const RawReply raw = rawExchange(m_hub->port(), "POST /api/v1/events HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer "
                                                        + m_token.toUtf8() + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                                        "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json);
    QCOMPARE(raw.status, 503);
    QCOMPARE(raw.header("Retry-After"), QByteArray("1"));
    QVERIFY(q.exec(m_postgres ? QStringLiteral("SELECT pg_advisory_unlock(7316001)") : QStringLiteral("ROLLBACK")));
    const Reply stored = m_hub->postJson(QStringLiteral("/api/v1/events"), body, m_token);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json.value(QStringLiteral("accepted")).toArray().size(), 3);
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

// PostgreSQL goes away: pushes answer 503 unavailable (not 500) and /readyz 503; when it is back, the hub
// reconnects by itself and both answer 200.
void TestHubFull::lostDatabaseAnswers503AndHeals()
{
    QVERIFY2(m_postgres, "run with MT_HUB_BACKEND=postgres");
    QCOMPARE(callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/readyz")).status, 200);
    m_pg.stop();
    const Reply push = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), batch(2)}}, m_token);
    QCOMPARE(push.status, 503);
    QCOMPARE(push.errorCode(), QStringLiteral("unavailable"));
    QTRY_COMPARE_WITH_TIMEOUT(callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/readyz")).status, 503, 5000);
    QString why;
    QVERIFY2(m_pg.start(&why), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/readyz")).status, 200, 10000);
    // Every handler thread reconnects on its first failure; a push goes through within seconds.
    const Reply healed = pushUntilStored();
    QVERIFY2(healed.status == 200, qPrintable(QStringLiteral("%1 %2").arg(healed.status).arg(QString::fromUtf8(healed.body))));
}

// The database turns read-only (PostgreSQL: default_transaction_read_only for new sessions, and the hub's
// sessions ended): pushes answer 503 unavailable, /readyz 503 with reason read_only; once it is writable
// again the hub takes writes without a restart.
void TestHubFull::readOnlyDatabaseAnswers503AndHeals()
{
    QVERIFY2(m_postgres, "run with MT_HUB_BACKEND=postgres");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    const QUrl url(m_backend.at(1));
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        const auto setReadOnly = [&](bool on) {
            QVERIFY(q.exec(QStringLiteral("ALTER DATABASE \"%1\" SET default_transaction_read_only = %2")
                               .arg(url.path().mid(1), on ? QStringLiteral("on") : QStringLiteral("off"))));
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        };
        setReadOnly(true);
        Reply push;
        QTRY_VERIFY_WITH_TIMEOUT((push = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), batch(2)}}, m_token))
                                         .status == 503
                                     && callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/readyz"))
                                            .json.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString()
                                         == QLatin1String("read_only"),
                                 10000);
        QCOMPARE(push.errorCode(), QStringLiteral("unavailable"));
        QVERIFY(!push.body.contains("read-only transaction")); // the driver's text stays in the hub's log:
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += m_hub->stderrText()).contains(QStringLiteral("read-only transaction")), 5000);
        setReadOnly(false);
        QTRY_COMPARE_WITH_TIMEOUT(callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/readyz")).status, 200, 10000);
        const Reply healed = pushUntilStored();
        log += m_hub->stderrText();
        QVERIFY2(healed.status == 200, qPrintable(QStringLiteral("%1 %2\n%3").arg(healed.status).arg(QString::fromUtf8(healed.body),
                                                                                                    log.right(3000))));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

// The hub's SQLite data directory on a 6 MiB file system with a 1.5 MiB filler: pushes are stored until the
// disk is full, then answered 503 (never 500); /readyz says disk_full; once the filler is deleted the hub
// takes writes again; every accepted event is there and PRAGMA integrity_check says ok.
void TestHubFull::diskFullAnswers503AndHeals()
{
    if (::geteuid() != 0)
        MT_SKIP_OR_FAIL("needs root to mount a small tmpfs for the hub's data directory");
    QTemporaryDir mountPoint;
    QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                          QStringLiteral("size=6m"), QStringLiteral("tmpfs"), mountPoint.path()}),
             0);
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint.path()}); });
    const QString data = mountPoint.filePath(QStringLiteral("hub"));
    QVERIFY(QDir().mkpath(data));
    QFile filler(mountPoint.filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    QCOMPARE(filler.write(QByteArray(1536 * 1024, 'f')), qint64(1536 * 1024));
    filler.close();

    HubProcess hub(QStringList{QStringLiteral("--data-dir"), data});
    QVERIFY(hub.start({QStringLiteral("--min-free-mb"), QStringLiteral("1")}));
    const QString token = enrolSite(hub);
    QVERIFY(!token.isEmpty());
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 400 && refused == 0; ++round) {
        const Reply r = hub.postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), batch(100, 200)}}, token);
        QVERIFY2(r.status == 200 || r.status == 503, qPrintable(QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        if (r.status == 503) {
            QCOMPARE(r.errorCode(), QStringLiteral("unavailable"));
            ++refused;
        } else {
            accepted += int(r.json.value(QStringLiteral("accepted")).toArray().size());
        }
        QCoreApplication::processEvents(); // keep the hub's log pipe drained
    }
    QVERIFY2(refused > 0, "the disk never filled");
    qInfo("stored %d events before the disk was full", accepted);
    const Reply notReady = callHub(hub.port(), QStringLiteral("GET"), QStringLiteral("/readyz"));
    QCOMPARE(notReady.status, 503);
    QCOMPARE(notReady.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("disk_full"));

    QVERIFY(QFile::remove(filler.fileName()));
    QTRY_COMPARE_WITH_TIMEOUT(callHub(hub.port(), QStringLiteral("GET"), QStringLiteral("/readyz")).status, 200, 5000);
    const Reply after = hub.postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), batch(10)}}, token);
    QCOMPARE(after.status, 200);
    accepted += int(after.json.value(QStringLiteral("accepted")).toArray().size());
    QCOMPARE(qsizetype(accepted), hub.pullAll(token).size());
    hub.stop();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(data + QStringLiteral("/hub.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next());
        QCOMPARE(q.value(0).toInt(), accepted);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestHubFull)
#include "tst_hub_full.moc"
