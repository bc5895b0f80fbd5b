// Core hub-sync storage: the outbox (server_seq NULL), server_seq marking and the per-hub pull cursor.
#include "CoreImpl.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mt {

namespace {

Event eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(1).toString();
    e.entityType = q.value(2).toString();
    e.entityId = q.value(3).toString();
    e.type = q.value(4).toString();
    e.payload = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    e.actor = q.value(6).toString();
    e.siteId = q.value(7).toString();
    e.hlc = Hlc{q.value(8).toLongLong()};
    return e;
}

Status upsertCursor(QSqlDatabase &db, const QString &hubUrl, qint64 since)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_cursor (hub_url, since) VALUES (?, ?) "
                             "ON CONFLICT(hub_url) DO UPDATE SET since = excluded.since"));
    q.addBindValue(hubUrl);
    q.addBindValue(since);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("write sync cursor"));
    return {};
}

// Pulled events carry the hub's numbering; our own pushed events coming back fill it in too
// (covers a push whose answer was lost: the hub then reports them only as duplicates).
Status recordServerSeqs(QSqlDatabase &db, const QList<Event> &events)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE events SET server_seq = ? WHERE id = ? AND server_seq IS NULL"));
    for (const Event &e : events) {
        if (!e.serverSeq)
            continue;
        q.addBindValue(static_cast<qint64>(*e.serverSeq));
        q.addBindValue(e.id);
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("record server seq"));
    }
    return {};
}

} // namespace

Result<QList<LoggedEvent>> Core::outboxEvents(qint64 afterSeq, int limit) const
{
    QSqlQuery q(d->db->sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, id, entity_type, entity_id, type, payload, actor, site_id, hlc FROM events "
                             "WHERE server_seq IS NULL AND site_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(d->config.siteId);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read outbox"));
    QList<LoggedEvent> out;
    while (q.next())
        out.append(LoggedEvent{q.value(0).toLongLong(), eventFromRow(q)});
    return out;
}

Status Core::markPushed(const QList<QPair<QString, qint64>> &serverSeqById)
{
    return d->db->transaction([&]() -> Status {
        QSqlQuery q(d->db->sql());
        q.prepare(QStringLiteral("UPDATE events SET server_seq = ? WHERE id = ?"));
        for (const auto &[id, serverSeq] : serverSeqById) {
            q.addBindValue(serverSeq);
            q.addBindValue(id);
            if (!q.exec())
                return Database::fromSqlError(q.lastError(), QStringLiteral("mark pushed"));
        }
        return Status{};
    });
}

Result<qint64> Core::syncCursor(const QString &hubUrl) const
{
    QSqlQuery q(d->db->sql());
    q.prepare(QStringLiteral("SELECT since FROM sync_cursor WHERE hub_url = ?"));
    q.addBindValue(hubUrl);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read sync cursor"));
    return q.next() ? q.value(0).toLongLong() : qint64{0};
}

Result<EventImportCounts> Core::importPulledPage(const QList<Event> &events, const QString &hubUrl,
                                                  qint64 nextSince)
{
    const Result<int> added = d->store.append(
        events, [&](QSqlDatabase &db) -> Status {
            if (Status st = recordServerSeqs(db, events); !st.ok())
                return st;
            return upsertCursor(db, hubUrl, nextSince);
        });
    if (!added)
        return added.error();
    EventImportCounts counts;
    counts.newEvents = added.value();
    counts.duplicates = events.size() - counts.newEvents;
    Hlc newest;
    for (const Event &e : events)
        newest = std::max(newest, e.hlc);
    if (newest.value > 0)
        d->hlc.observe(newest);
    if (counts.newEvents > 0) {
        emit d->notifier.alertsChanged();
        emit d->notifier.incidentsChanged();
        emit d->notifier.usersChanged();
    }
    return counts;
}

} // namespace mt
