// Append throughput against raw prepared inserts of the same event rows (the fast path must stay fast).
#include "StorageTestUtil.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

namespace {

constexpr int kEvents = 20000;
constexpr int kBatch = 500;

QList<Event> makeEvents()
{
    test::EventFactory f;
    QList<Event> events;
    for (int i = 0; i < kEvents; ++i) {
        f.clock().advanceMs(3);
        events << f.raiseAlert(f.newId(), AlertSeverity(i % 3), Module(i % 7), QStringLiteral("bench alert %1").arg(i),
                               QStringLiteral("key-%1").arg(i));
    }
    return events;
}

qint64 rawInsertMs(Database &db, const QList<Event> &events)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO events (id, entity_type, entity_id, type, payload, actor, site_id, hlc, "
                             "server_seq, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
    const QByteArray zero(32, '\0');
    QElapsedTimer t;
    t.start();
    for (int at = 0; at < events.size(); at += kBatch) {
        db.transaction([&]() -> Status {
            for (const Event &e : events.mid(at, kBatch)) {
                const QVariantList values = {e.id, e.entityType, e.entityId, e.type,
                                             QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)),
                                             e.actor, e.siteId, e.hlc.value, zero, zero};
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values.at(i));
                if (!q.exec())
                    return Error::make(ErrorCode::Internal);
            }
            return {};
        });
    }
    return t.elapsed();
}

} // namespace

class TestThroughput : public QObject
{
    Q_OBJECT

private slots:
    void appendKeepsUpWithRawInserts();
};

void TestThroughput::appendKeepsUpWithRawInserts()
{
    QTemporaryDir dir;
    const QList<Event> events = makeEvents();
    auto raw = Database::open(dir.filePath(QStringLiteral("raw.db")), QStringLiteral("raw"));
    auto ours = Database::open(dir.filePath(QStringLiteral("ours.db")), QStringLiteral("ours"));
    QVERIFY(raw.ok() && ours.ok());
    const qint64 rawMs = qMax<qint64>(1, rawInsertMs(*raw.value(), events));
    EventStore store(*ours.value());
    QElapsedTimer t;
    t.start();
    for (int at = 0; at < events.size(); at += kBatch)
        {
        auto r = store.append(events.mid(at, kBatch));
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
    }
    const qint64 oursMs = qMax<qint64>(1, t.elapsed());
    const double ratio = double(rawMs) / double(oursMs);
    qInfo("raw %lld ms, EventStore::append %lld ms (%d events, batches of %d): %.0f %% of raw throughput", rawMs,
          oursMs, kEvents, kBatch, ratio * 100);
    // Target is >= 50 %; the gate is looser because CI cores are shared and timings jitter.
    QVERIFY2(ratio >= 0.3, qPrintable(QString::number(ratio)));
}

QTEST_GUILESS_MAIN(TestThroughput)
#include "bench_append_qtest.moc"
