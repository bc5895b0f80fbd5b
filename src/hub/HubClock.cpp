// HubClock: the bound on clients' clocks, and the hub HLC's persisted high-water mark.
#include "HubClock.h"

#include "EventLog.h"
#include "HubContext.h"

#include "domain/ClockBound.h"
#include "hub/HubDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mt::hubclock {

namespace {

constexpr int kCanonicalLength = 19; // "<13 digits>.<5 digits>"

Status run(QSqlQuery &q, const QString &context)
{
    if (q.exec())
        return {};
    return Error::make(ErrorCode::Internal, context, q.lastError().text());
}

} // namespace

Hlc bound(qint64 nowMs, qint64 maxAheadMs)
{
    return Hlc::fromParts(nowMs + maxAheadMs, 0xFFFF);
}

Status restore(QSqlDatabase db, SharedHlc &hlc, qint64 nowMs, qint64 maxAheadMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hlc FROM hub_clock WHERE id = 1"));
    if (Status s = run(q, QStringLiteral("hub clock")); !s.ok())
        return s;
    QString mark = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (mark.isEmpty()) {
        // Text order is HLC order for canonical values, so one bounded MAX finds the newest sane one.
        QSqlQuery seed(db);
        seed.prepare(QStringLiteral("SELECT MAX(hlc) FROM events WHERE length(hlc) = ? AND hlc <= ?"));
        seed.addBindValue(kCanonicalLength);
        seed.addBindValue(bound(nowMs, maxAheadMs).toString());
        if (Status s = run(seed, QStringLiteral("hub clock seed")); !s.ok())
            return s;
        mark = seed.next() ? seed.value(0).toString() : QString();
        seed.finish();
    }
    bool ok = false;
    const Hlc stored = Hlc::fromString(mark, &ok);
    if (ok && stored.toString() == mark && clockbound::beyond(stored, nowMs, maxAheadMs) <= 0)
        hlc.observe(stored);
    // A mark beyond the bound (the machine's clock was set back since) is not taken: the hub then issues
    // timestamps from its own clock, and the mark catches up as it passes.
    return {};
}

Status persist(QSqlDatabase db, Hlc hlc)
{
    if (hlc.value <= 0)
        return {};
    // In every write transaction: prepared once per connection (PostgreSQL: no PREPARE/DEALLOCATE round trips).
    CachedQuery q(db, QStringLiteral("UPDATE hub_clock SET hlc = ? WHERE id = 1 AND hlc < ?"));
    const QString text = hlc.toString();
    q->addBindValue(text);
    q->addBindValue(text);
    return run(*q, QStringLiteral("hub clock persist"));
}

Result<qint64> quarantine(QSqlDatabase db, Hlc after, qint64 nowMs, const QString &reason)
{
    const QString where = QStringLiteral(" WHERE (length(hlc) <> %1 OR hlc > ?)").arg(kCanonicalLength);
    const QString limit = after.toString();
    QSqlQuery copy(db);
    copy.prepare(QStringLiteral("INSERT INTO events_quarantine (server_seq, id, entity_type, entity_id, type, payload, "
                                "actor, site_id, hlc, received_ms, quarantined_ms, reason) SELECT server_seq, id, "
                                "entity_type, entity_id, type, payload, actor, site_id, hlc, received_ms, ?, ? FROM events")
                 + where);
    copy.addBindValue(nowMs);
    copy.addBindValue(reason);
    copy.addBindValue(limit);
    if (Status s = run(copy, QStringLiteral("quarantine copy")); !s.ok())
        return s;
    const qint64 n = copy.numRowsAffected(); // one pass finds and keeps them; none: nothing else changes
    if (n <= 0)
        return qint64{0};
    QSqlQuery open(db);
    open.prepare(QStringLiteral("DELETE FROM open_alerts WHERE alert_id IN (SELECT entity_id FROM events")
                 + where + QStringLiteral(" AND type = ?)"));
    open.addBindValue(limit);
    open.addBindValue(EventType::AlertRaised);
    if (Status s = run(open, QStringLiteral("quarantine open alerts")); !s.ok())
        return s;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM events") + where);
    del.addBindValue(limit);
    if (Status s = run(del, QStringLiteral("quarantine delete")); !s.ok())
        return s;
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE hub_clock SET hlc = COALESCE((SELECT MAX(hlc) FROM events), '') WHERE id = 1"));
    if (Status s = run(mark, QStringLiteral("quarantine mark")); !s.ok())
        return s;
    return n;
}

} // namespace mt::hubclock
