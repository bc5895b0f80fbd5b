// Issue 10, part 1, against a real medtrack-hub: one workstation with a wrong clock must not stop the other
// sites. Events stamped too far ahead are refused (clock_ahead, with the skew) and never move the hub's
// clock; the clock's mark survives a restart; a log poisoned by an older hub is repaired by a command.
#include "HubTestSupport.h"
#include "SkipOrFail.h"

#include "common/Hlc.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mt;
using namespace mt::test;

class TestHubClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clockAheadIsRefusedAndOtherSitesKeepTheirClock();
    void eventJustWithinTheBoundIsTaken();
    void markSurvivesRestart();
    void poisonedLogIsRepairedByQuarantine();

private:
    QJsonObject eventAt(const QString &site, qint64 physicalMs, quint16 logical = 0) const;
    QJsonObject ingest(const QString &title) const;
    bool postgres() const { return qgetenv("MT_HUB_BACKEND") == "postgres"; }

    PgCluster m_pg{QStringList{QStringLiteral("fsync=off")}};
    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_tokenA;  // device token, site A (the workstation with the wrong clock)
    QString m_tokenB;  // device token, site B
    QString m_ingestB; // alert ingestion for site B
};

void TestHubClock::initTestCase()
{
    QStringList backend;
    MT_HUB_BACKEND_OR_SKIP(m_pg, m_dir.path(), backend);
    m_hub = std::make_unique<HubProcess>(backend);
    const QString codeA = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"),
                                              QStringLiteral("site-a"), QStringLiteral("--name"), QStringLiteral("A")});
    const QString codeB = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"),
                                              QStringLiteral("site-b"), QStringLiteral("--name"), QStringLiteral("B")});
    m_ingestB = m_hub->adminSecret({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--site"),
                                    QStringLiteral("site-b"), QStringLiteral("--kind"), QStringLiteral("ingest")});
    QVERIFY(!codeA.isEmpty() && !codeB.isEmpty() && !m_ingestB.isEmpty());
    QVERIFY(m_hub->start());
    m_tokenA = m_hub->enrol(QStringLiteral("site-a"), codeA).json.value(QStringLiteral("token")).toString();
    m_tokenB = m_hub->enrol(QStringLiteral("site-b"), codeB).json.value(QStringLiteral("token")).toString();
    QVERIFY2(!m_tokenA.isEmpty() && !m_tokenB.isEmpty(), qPrintable(m_hub->stderrText()));
}

void TestHubClock::cleanupTestCase()
{
    if (m_hub)
        m_hub->stop();
    m_pg.stop();
}

QJsonObject TestHubClock::eventAt(const QString &site, qint64 physicalMs, quint16 logical) const
{
    QJsonObject e = makeEvent(site, QStringLiteral("alert.raised"),
                              {{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("severity"), QStringLiteral("info")}});
    e.insert(QStringLiteral("hlc"), Hlc::fromParts(physicalMs, logical).toString());
    return e;
}

// Raises an alert for site B through the hub's own clock; returns the event as site B pulls it.
QJsonObject TestHubClock::ingest(const QString &title) const
{
    const Reply r = m_hub->postJson(QStringLiteral("/api/v1/alerts?site=site-b"),
                                    {{QStringLiteral("severity"), QStringLiteral("warning")}, {QStringLiteral("module"), QStringLiteral("hr")},
                                     {QStringLiteral("title"), title}},
                                    m_ingestB);
    if (r.status != 201)
        return {};
    const QString eventId = r.json.value(QStringLiteral("event_id")).toString();
    for (const QJsonObject &e : m_hub->pullAll(m_tokenB))
        if (e.value(QStringLiteral("id")).toString() == eventId)
            return e;
    return {};
}

// The reproduction from the issue: site A pushes "9999999999999.65535" and an event one day ahead. Both come
// back as clock_ahead with the skew, the good event of the same batch is stored, and an alert ingested for
// site B afterwards carries a canonical HLC of today, which site B's client reads.
void TestHubClock::clockAheadIsRefusedAndOtherSitesKeepTheirClock()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject far = eventAt(QStringLiteral("site-a"), 9999999999999LL, 65535);
    const QJsonObject dayAhead = eventAt(QStringLiteral("site-a"), now + 86400000LL);
    const QJsonObject good = eventAt(QStringLiteral("site-a"), now);
    const Reply r = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{far, dayAhead, good}}},
                                    m_tokenA);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("accepted")).toArray().size(), 1);
    QCOMPARE(r.json.value(QStringLiteral("accepted")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
             good.value(QStringLiteral("id")).toString());
    const QJsonArray rejected = r.json.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 2);
    for (const QJsonValue &v : rejected) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("clock_ahead"));
        QCOMPARE(qint64(o.value(QStringLiteral("max_ahead_ms")).toDouble()), 300000);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    }
    const QJsonObject dayRejected = rejected.at(1).toObject();
    QCOMPARE(dayRejected.value(QStringLiteral("id")).toString(), dayAhead.value(QStringLiteral("id")).toString());
    const qint64 skew = qint64(dayRejected.value(QStringLiteral("skew_ms")).toDouble());
    QVERIFY2(skew > 86400000LL - 60000 && skew < 86400000LL + 60000, qPrintable(QString::number(skew)));

    const QJsonObject alert = ingest(QStringLiteral("after the wrong clock"));
    QVERIFY(!alert.isEmpty());
    const QString hlcText = alert.value(QStringLiteral("hlc")).toString();
    QCOMPARE(hlcText.size(), 19);
    const Hlc hlc = Hlc::fromString(hlcText);
    QVERIFY2(qAbs(hlc.physicalMs() - QDateTime::currentMSecsSinceEpoch()) < 60000, qPrintable(hlcText));
    // The administrator sees which site's clock is wrong.
    const Reply metrics = m_hub->call(QStringLiteral("GET"), QStringLiteral("/metrics"));
    QVERIFY(metrics.body.contains("medtrack_hub_clock_ahead_refused_total{site=\"site-a\"} 2"));
}

void TestHubClock::eventJustWithinTheBoundIsTaken()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject ahead = eventAt(QStringLiteral("site-a"), now + 240000); // 4 of the 5 minutes allowed
    const Reply r = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{ahead}}}, m_tokenA);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("accepted")).toArray().size(), 1);
    // The hub's clock has observed it: the next alert it stamps is after it.
    const QJsonObject alert = ingest(QStringLiteral("after a workstation slightly ahead"));
    QVERIFY(Hlc::fromString(alert.value(QStringLiteral("hlc")).toString()) > Hlc::fromString(ahead.value(QStringLiteral("hlc")).toString()));
}

// The high-water mark is persisted: after a restart the hub never stamps below what it had accepted.
void TestHubClock::markSurvivesRestart()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject ahead = eventAt(QStringLiteral("site-a"), now + 200000, 7);
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{ahead}}}, m_tokenA)
                 .json.value(QStringLiteral("accepted")).toArray().size(),
             1);
    m_hub->stop();
    QVERIFY(m_hub->start());
    const QJsonObject alert = ingest(QStringLiteral("after a restart"));
    QVERIFY(!alert.isEmpty());
    QVERIFY2(Hlc::fromString(alert.value(QStringLiteral("hlc")).toString()) > Hlc::fromString(ahead.value(QStringLiteral("hlc")).toString()),
             qPrintable(alert.value(QStringLiteral("hlc")).toString()));
}

// A hub of an older version took an event from a wrong clock and stamped the next alert
// "10000000000000.00000", which every client refuses. `events quarantine` takes both out of the log.
void TestHubClock::poisonedLogIsRepairedByQuarantine()
{
    m_hub->stop();
    const QString poisonedId = newId();
    {
        QSqlDatabase db = postgres() ? QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("poison"))
                                     : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poison"));
        if (postgres()) {
            const QUrl url(m_pg.url());
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(m_dir.filePath(QStringLiteral("hub.db")));
        }
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO events (id, entity_type, entity_id, type, payload, actor, site_id, hlc, received_ms) "
                                 "VALUES (?, 'alert', ?, 'alert.raised', '{}', 'ingest', 'site-b', '10000000000000.00000', 0)"));
        q.addBindValue(poisonedId);
        q.addBindValue(newId());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poison"));
    QVERIFY(m_hub->start());
    auto hasPoison = [&] {
        for (const QJsonObject &e : m_hub->pullAll(m_tokenB))
            if (e.value(QStringLiteral("id")).toString() == poisonedId)
                return true;
        return false;
    };
    QVERIFY(hasPoison());
    QString out;
    QCOMPARE(m_hub->admin({QStringLiteral("events"), QStringLiteral("quarantine"), QStringLiteral("--hlc-after"),
                           QStringLiteral("tomorrow")}, &out), 2); // a bad argument is named, nothing moves
    QVERIFY(hasPoison());
    const QString after = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    QCOMPARE(m_hub->admin({QStringLiteral("events"), QStringLiteral("quarantine"), QStringLiteral("--hlc-after"), after}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("moved 1 event(s)")), qPrintable(out));
    QVERIFY(!hasPoison());
    // The hub's own clock is sane again: a new alert is stamped today, and site B can read all it pulls.
    const QJsonObject alert = ingest(QStringLiteral("after the repair"));
    QCOMPARE(alert.value(QStringLiteral("hlc")).toString().size(), 19);
    for (const QJsonObject &e : m_hub->pullAll(m_tokenB))
        QCOMPARE(e.value(QStringLiteral("hlc")).toString().size(), 19);
}

QTEST_GUILESS_MAIN(TestHubClock)
#include "tst_hub_clock.moc"
