// SQL of the hub event log, portable between SQLite and PostgreSQL.
#include "EventLog.h"

#include "hub/HubDatabase.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mt {

namespace {

// Multi-row inserts of up to 128 rows: one statement for a webhook or a batch of that size (each size's
// text is prepared once per connection and kept), chunks of 128 beyond it.
constexpr int kMaxRows = 128;

// "?,?,...,?": n parameter marks.
QString marks(int n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

// `rows` tuples of `columns` marks, for a multi-row VALUES.
QString placeholders(int rows, int columns)
{
    return QStringList(rows, QLatin1Char('(') + marks(columns) + QLatin1Char(')')).join(QLatin1Char(','));
}

// Binds `chunk` values for an IN list of that fixed size from [start, end), repeating the last one to fill it:
// one statement text serves every chunk, so it stays prepared.
template <typename ValueAt>
void bindPadded(QSqlQuery &q, qsizetype start, qsizetype end, int chunk, ValueAt valueAt)
{
    for (qsizetype i = 0; i < chunk; ++i)
        q.addBindValue(valueAt(std::min(start + i, end - 1)));
}

} // namespace

EventLog::EventLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QHash<QString, StoredEventKey>> EventLog::findMany(const QStringList &ids)
{
    constexpr int kChunk = 64;
    static const QString sql = QStringLiteral("SELECT id, type, entity_id, site_id, hlc FROM events WHERE id IN (%1)").arg(marks(kChunk));
    QHash<QString, StoredEventKey> found;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        CachedQuery q(m_db, sql);
        bindPadded(*q, start, ids.size(), kChunk, [&](qsizetype i) { return ids[i]; });
        if (!q->exec())
            return sqlError(*q, QStringLiteral("event find"));
        while (q->next())
            found.insert(q->value(0).toString(), StoredEventKey{q->value(1).toString(), q->value(2).toString(),
                                                               q->value(3).toString(), q->value(4).toString()});
    }
    return found;
}

Status EventLog::insertChunk(const Event *events, int count, qint64 receivedMs, const QString &origin, QHash<QString, qint64> &seqs)
{
    CachedQuery q(m_db, QStringLiteral("INSERT INTO events (id, entity_type, entity_id, type, payload, actor, site_id, hlc, "
                                       "received_ms, origin) VALUES %1 RETURNING id, server_seq")
                            .arg(placeholders(count, 10)));
    const QString originText = sqlText(origin);
    for (int i = 0; i < count; ++i) {
        const Event &e = events[i];
        q->addBindValue(e.id);
        q->addBindValue(e.entityType);
        q->addBindValue(e.entityId);
        q->addBindValue(e.type);
        q->addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
        q->addBindValue(e.actor);
        q->addBindValue(e.siteId);
        q->addBindValue(e.hlc.toString());
        q->addBindValue(receivedMs);
        q->addBindValue(originText);
    }
    if (!q->exec())
        return sqlError(*q, QStringLiteral("event insert"));
    while (q->next())
        seqs.insert(q->value(0).toString(), q->value(1).toLongLong());
    return {};
}

Result<QHash<QString, qint64>> EventLog::appendMany(const QList<Event> &events, qint64 receivedMs, const QString &origin)
{
    QHash<QString, qint64> seqs;
    seqs.reserve(events.size());
    qsizetype at = 0;
    while (at < events.size()) {
        const int size = int(std::min<qsizetype>(kMaxRows, events.size() - at));
        if (Status s = insertChunk(events.constData() + at, size, receivedMs, origin, seqs); !s.ok())
            return s;
        at += size;
    }
    if (seqs.size() != events.size())
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("event insert returned %1 rows for %2 events").arg(seqs.size()).arg(events.size()));
    if (Status s = updateOpenAlerts(events); !s.ok())
        return s;
    return seqs;
}

// The batch's net effect on the dedup index, in two statements per chunk: resolved alerts leave it
// (keyed by site: another site's event never closes this site's entry), then what is still open is upserted.
Status EventLog::updateOpenAlerts(const QList<Event> &events)
{
    QHash<QPair<QString, QString>, QString> opened; // (site, key) -> alert, last one wins
    QHash<QPair<QString, QString>, QString> keyOf;  // (site, alert) -> key, to undo an open in the same batch
    QList<QPair<QString, QString>> resolved;        // (site, alert)
    for (const Event &e : events) {
        if (e.type == EventType::AlertRaised) {
            const QString key = e.payload.value(QStringLiteral("dedup_key")).toString();
            if (!key.isEmpty()) {
                opened.insert({e.siteId, key}, e.entityId);
                keyOf.insert({e.siteId, e.entityId}, key);
            }
        } else if (e.type == EventType::AlertResolved) {
            resolved.append({e.siteId, e.entityId});
            const auto k = keyOf.constFind({e.siteId, e.entityId});
            if (k != keyOf.constEnd() && opened.value({e.siteId, *k}) == e.entityId)
                opened.remove({e.siteId, *k});
        }
    }
    // Per site, alert ids in an IN list the alert_id index serves (an OR of pairs made PostgreSQL scan the
    // table).
    std::sort(resolved.begin(), resolved.end());
    constexpr int kIds = 32;
    // `site_id || ''` keeps the planners (SQLite has no statistics here) off the primary key's site prefix,
    // which would scan every open alert of the site: the alert_id index finds the rows, the site filters them.
    static const QString closeSql = QStringLiteral("DELETE FROM open_alerts WHERE site_id || '' = ? AND alert_id IN (%1)").arg(marks(kIds));
    for (qsizetype at = 0; at < resolved.size();) {
        const QString &site = resolved[at].first;
        qsizetype end = at;
        while (end < resolved.size() && end - at < kIds && resolved[end].first == site)
            ++end;
        CachedQuery q(m_db, closeSql);
        q->addBindValue(site);
        bindPadded(*q, at, end, kIds, [&](qsizetype i) { return resolved[i].second; });
        if (!q->exec())
            return sqlError(*q, QStringLiteral("open alerts close"));
        at = end;
    }
    const QList<QPair<QString, QString>> keys = opened.keys();
    for (qsizetype at = 0; at < keys.size(); at += kIds) {
        const int n = int(std::min<qsizetype>(kIds, keys.size() - at));
        CachedQuery q(m_db, QStringLiteral("INSERT INTO open_alerts (site_id, dedup_key, alert_id) VALUES %1 "
                                           "ON CONFLICT (site_id, dedup_key) DO UPDATE SET alert_id = excluded.alert_id")
                                .arg(placeholders(n, 3)));
        for (int i = 0; i < n; ++i) {
            q->addBindValue(keys[at + i].first);
            q->addBindValue(keys[at + i].second);
            q->addBindValue(opened.value(keys[at + i]));
        }
        if (!q->exec())
            return sqlError(*q, QStringLiteral("open alerts open"));
    }
    return {};
}

Result<QHash<QString, QString>> EventLog::openAlerts(const QString &siteId, const QStringList &dedupKeys)
{
    constexpr int kChunk = 64;
    static const QString sql = QStringLiteral("SELECT dedup_key, alert_id FROM open_alerts WHERE site_id = ? AND dedup_key IN (%1)")
                                   .arg(marks(kChunk));
    QHash<QString, QString> found;
    for (qsizetype start = 0; start < dedupKeys.size(); start += kChunk) {
        CachedQuery q(m_db, sql);
        q->addBindValue(siteId);
        bindPadded(*q, start, dedupKeys.size(), kChunk, [&](qsizetype i) { return dedupKeys[i]; });
        if (!q->exec())
            return sqlError(*q, QStringLiteral("open alerts"));
        while (q->next())
            found.insert(q->value(0).toString(), q->value(1).toString());
    }
    return found;
}

Result<std::optional<std::pair<Hlc, int>>> EventLog::incidentSeverity(const QString &siteId, const QString &incidentId)
{
    // Keyed by site: another site's events under the same entity id never decide this site's permission.
    // `site_id || ''`: the entity index finds the rows; an index on site_id would scan the site's whole log.
    CachedQuery q(m_db, QStringLiteral("SELECT hlc, payload FROM events WHERE entity_id = ? AND site_id || '' = ? AND type IN (?, ?) "
                                       "ORDER BY hlc DESC LIMIT 1"));
    q->addBindValue(incidentId);
    q->addBindValue(siteId);
    q->addBindValue(EventType::IncidentOpened);
    q->addBindValue(EventType::IncidentSeverityChanged);
    if (!q->exec())
        return sqlError(*q, QStringLiteral("incident severity"));
    if (!q->next())
        return std::optional<std::pair<Hlc, int>>();
    const Hlc hlc = Hlc::fromString(q->value(0).toString());
    const QJsonObject payload = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    return std::optional<std::pair<Hlc, int>>({hlc, payload.value(QStringLiteral("severity")).toInt(1)});
}

Result<PullPage> EventLog::pull(qint64 since, int limit, const QString &siteFilter, const QString &skipOrigin)
{
    QString where = siteFilter.isEmpty() ? QString() : QStringLiteral(" AND site_id = ?");
    if (!skipOrigin.isEmpty())
        where += QStringLiteral(" AND origin <> ?");
    CachedQuery q(m_db, QStringLiteral("SELECT server_seq, id, entity_type, entity_id, type, payload, actor, site_id, hlc "
                                       "FROM events WHERE server_seq > ?%1 ORDER BY server_seq LIMIT ?").arg(where));
    q->addBindValue(since);
    if (!siteFilter.isEmpty())
        q->addBindValue(siteFilter);
    if (!skipOrigin.isEmpty())
        q->addBindValue(skipOrigin);
    q->addBindValue(limit + 1); // one extra row tells whether there is more
    if (!q->exec())
        return sqlError(*q, QStringLiteral("pull"));
    PullPage page;
    page.nextSince = since;
    while (q->next()) {
        if (page.events.size() == limit) {
            page.more = true;
            break;
        }
        Event e;
        e.serverSeq = q->value(0).toLongLong();
        e.id = q->value(1).toString();
        e.entityType = q->value(2).toString();
        e.entityId = q->value(3).toString();
        e.type = q->value(4).toString();
        e.payload = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        e.actor = q->value(6).toString();
        e.siteId = q->value(7).toString();
        e.hlc = Hlc::fromString(q->value(8).toString());
        page.nextSince = *e.serverSeq;
        page.events.append(std::move(e));
    }
    if (!skipOrigin.isEmpty() && !page.more) {
        // Nothing else is there: the caller holds everything up to the head of its scope, including its own
        // events after the last one returned. Same snapshot as the page (HubDatabase::read).
        q->finish();
        auto head = headSeq(siteFilter);
        if (!head)
            return head.error();
        page.nextSince = std::max(page.nextSince, head.value());
    }
    if (!skipOrigin.isEmpty()) {
        // How many were left out, so the client can check it really holds them (a workstation restored from
        // a backup with the same token does not: it then pulls without skipping).
        const QString countSql = QStringLiteral("SELECT COUNT(*) FROM events WHERE server_seq > ? AND server_seq <= ?%1 AND origin = ?")
                                     .arg(siteFilter.isEmpty() ? QString() : QStringLiteral(" AND site_id = ?"));
        CachedQuery count(m_db, countSql);
        count->addBindValue(since);
        count->addBindValue(page.nextSince);
        if (!siteFilter.isEmpty())
            count->addBindValue(siteFilter);
        count->addBindValue(skipOrigin);
        if (!count->exec() || !count->next())
            return sqlError(*count, QStringLiteral("pull skipped"));
        page.skippedOwn = count->value(0).toLongLong();
    }
    return page;
}

Result<qint64> EventLog::headSeq(const QString &siteFilter)
{
    CachedQuery q(m_db, siteFilter.isEmpty() ? QStringLiteral("SELECT MAX(server_seq) FROM events")
                                             : QStringLiteral("SELECT MAX(server_seq) FROM events WHERE site_id = ?"));
    if (!siteFilter.isEmpty())
        q->addBindValue(siteFilter);
    if (!q->exec() || !q->next())
        return sqlError(*q, QStringLiteral("head seq"));
    return q->value(0).toLongLong();
}

} // namespace mt
