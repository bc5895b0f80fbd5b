// Generates a realistic history (alerts raised, acknowledged, resolved; incidents opened) and appends it.
#include "BenchData.h"

#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Uuid.h"
#include "domain/Event.h"
#include "domain/Types.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

namespace mt::bench {

namespace {

// A clock that moves forward by a few seconds per call: a year of history in one run.
class SteppingClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC); }
    void step(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = QDateTime(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
};

const char *const kTitles[] = {"Stok vaksin BCG di bawah ambang", "Suhu rantai dingin 9,4 C",
                               "Distribusi obat tertunda", "Sinkronisasi data pasien gagal",
                               "Laporan harian belum terkirim", "Server dashboard lambat"};

struct Generator
{
    SteppingClock clock;
    HlcClock hlc{clock};
    QRandomGenerator rng{20261124};

    Event make(const QString &type, const QString &entityType, const QString &entityId, const QJsonObject &payload)
    {
        clock.step(rng.bounded(1, 4000));
        Event e;
        e.id = newUuidV7(clock);
        e.entityType = entityType;
        e.entityId = entityId;
        e.type = type;
        e.payload = payload;
        e.actor = QStringLiteral("operator");
        e.siteId = QStringLiteral("lanud-halim");
        e.hlc = hlc.now();
        return e;
    }

    // One alert's whole history: raised, then (mostly) acknowledged and resolved.
    void alertHistory(QList<Event> &out, QStringList &openIds)
    {
        const QString id = newUuidV7(clock);
        const int sev = rng.bounded(3);
        const int n = rng.bounded(6);
        out << make(EventType::AlertRaised, EntityType::Alert, id,
                    {{QStringLiteral("module"), toKey(Module(rng.bounded(7)))},
                     {QStringLiteral("severity"), toKey(AlertSeverity(sev))},
                     {QStringLiteral("title"), QString::fromUtf8(kTitles[n])},
                     {QStringLiteral("details"), QStringLiteral("Gudang farmasi Lanud, rak %1").arg(rng.bounded(500))},
                     {QStringLiteral("dedup_key"), QString()},
                     {QStringLiteral("resource"), QStringLiteral("node-%1").arg(rng.bounded(40))}});
        const int fate = rng.bounded(100);
        if (fate < 90)
            out << make(EventType::AlertAcknowledged, EntityType::Alert, id, {});
        if (fate < 75)
            out << make(EventType::AlertResolved, EntityType::Alert, id, {});
        if (fate >= 75 && openIds.size() < 200000)
            openIds << id;
    }

    Event incident(const QStringList &openIds)
    {
        const QString id = newUuidV7(clock);
        QJsonArray alerts;
        if (!openIds.isEmpty())
            alerts.append(openIds.at(rng.bounded(openIds.size())));
        const qint64 due = clock.nowMs() + 24 * 3600 * 1000;
        return make(EventType::IncidentOpened, EntityType::Incident, id,
                    {{QStringLiteral("title"), QStringLiteral("Gangguan distribusi %1").arg(rng.bounded(1000))},
                     {QStringLiteral("description"), QStringLiteral("Dibuka dari konsol")},
                     {QStringLiteral("severity"), 1 + rng.bounded(4)},
                     {QStringLiteral("modules"), QJsonArray{QStringLiteral("distribution")}},
                     {QStringLiteral("alert_ids"), alerts},
                     {QStringLiteral("assignee"), QString()},
                     {QStringLiteral("sla_due_ms"), due}});
    }
};

// The floor: the same event rows through one prepared INSERT, in the same batches.
double rawInsert(Database &db, const QList<Event> &events)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO events (id, entity_type, entity_id, type, payload, actor, site_id, hlc, "
                             "server_seq, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
    const QByteArray zero(32, '\0');
    QElapsedTimer t;
    t.start();
    db.sql().transaction();
    for (const Event &e : events) {
        q.bindValue(0, e.id);
        q.bindValue(1, e.entityType);
        q.bindValue(2, e.entityId);
        q.bindValue(3, e.type);
        q.bindValue(4, QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
        q.bindValue(5, e.actor);
        q.bindValue(6, e.siteId);
        q.bindValue(7, e.hlc.value);
        q.bindValue(8, zero);
        q.bindValue(9, zero);
        q.exec();
    }
    db.sql().commit();
    return t.nsecsElapsed() / 1e9;
}

} // namespace

FillReport fillDatabase(const QString &dir, int alerts, int incidents)
{
    auto real = Database::open(dir + QStringLiteral("/medtrack.db"), QStringLiteral("bench-real"));
    auto raw = Database::open(dir + QStringLiteral("/raw.db"), QStringLiteral("bench-raw"));
    if (!real || !raw) {
        std::fprintf(stderr, "cannot open bench databases\n");
        return {};
    }
    EventStore store(*real.value());
    Generator gen;
    QStringList openIds;
    FillReport report;
    constexpr int kBatchAlerts = 1000;
    for (int done = 0; done < alerts + incidents;) {
        QList<Event> batch;
        const int n = std::min(kBatchAlerts, alerts + incidents - done);
        for (int i = 0; i < n; ++i, ++done) {
            if (done < alerts)
                gen.alertHistory(batch, openIds);
            else
                batch << gen.incident(openIds);
        }
        QElapsedTimer t;
        t.start();
        if (!store.append(batch).ok()) {
            std::fprintf(stderr, "append failed\n");
            return {};
        }
        report.appendSeconds += t.nsecsElapsed() / 1e9;
        report.rawSeconds += rawInsert(*raw.value(), batch);
        report.events += batch.size();
        if (done % 100000 == 0)
            std::fprintf(stderr, "  %d / %d entities\n", done, alerts + incidents);
    }
    return report;
}

} // namespace mt::bench
