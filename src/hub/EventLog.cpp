// SQL of the hub event log, portable between SQLite and PostgreSQL.
#include "EventLog.h"

#include "hub/HubDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mt {

EventLog::EventLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QHash<QString, StoredEventKey>> EventLog::findMany(const QStringList &ids)
{
    // One statement text for every chunk (the last chunk repeats its final id), so it stays cached.
    constexpr int kChunk = 64;
    static const QString sql = [] {
        QStringList marks(kChunk, QStringLiteral("?"));
        return QStringLiteral("SELECT id, type, entity_id, site_id, hlc FROM events WHERE id IN (%1)")
            .arg(marks.join(QLatin1Char(',')));
    }();
    QHash<QString, StoredEventKey> found;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        CachedQuery q(m_db, sql);
        for (qsizetype i = 0; i < kChunk; ++i)
            q->addBindValue(ids[std::min(start + i, ids.size() - 1)]);
        if (!q->exec())
            return sqlError(*q, QStringLiteral("event find"));
        while (q->next())
            found.insert(q->value(0).toString(), StoredEventKey{q->value(1).toString(), q->value(2).toString(),
                                                               q->value(3).toString(), q->value(4).toString()});
    }
    return found;
}

Result<qint64> EventLog::append(const Event &e, qint64 receivedMs)
{
    CachedQuery q(m_db, QStringLiteral("INSERT INTO events (id, entity_type, entity_id, type, payload, actor, site_id, hlc, "
                                       "received_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING server_seq"));
    q->addBindValue(e.id);
    q->addBindValue(e.entityType);
    q->addBindValue(e.entityId);
    q->addBindValue(e.type);
    q->addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    q->addBindValue(e.actor);
    q->addBindValue(e.siteId);
    q->addBindValue(e.hlc.toString());
    q->addBindValue(receivedMs);
    if (!q->exec() || !q->next())
        return sqlError(*q, QStringLiteral("event insert"));
    const qint64 seq = q->value(0).toLongLong();
    q->finish();
    if (Status s = updateOpenAlerts(e); !s.ok())
        return s;
    return seq;
}

Status EventLog::updateOpenAlerts(const Event &e)
{
    const QString key = e.payload.value(QStringLiteral("dedup_key")).toString();
    if (e.type == EventType::AlertRaised && !key.isEmpty()) {
        CachedQuery q(m_db, QStringLiteral("INSERT INTO open_alerts (site_id, dedup_key, alert_id) VALUES (?, ?, ?) "
                                           "ON CONFLICT (site_id, dedup_key) DO UPDATE SET alert_id = excluded.alert_id"));
        q->addBindValue(e.siteId);
        q->addBindValue(key);
        q->addBindValue(e.entityId);
        if (!q->exec())
            return sqlError(*q, QStringLiteral("open alerts"));
    } else if (e.type == EventType::AlertResolved) {
        CachedQuery q(m_db, QStringLiteral("DELETE FROM open_alerts WHERE alert_id = ?"));
        q->addBindValue(e.entityId);
        if (!q->exec())
            return sqlError(*q, QStringLiteral("open alerts"));
    }
    return {};
}

Result<std::optional<std::pair<Hlc, int>>> EventLog::incidentSeverity(const QString &siteId, const QString &incidentId)
{
    // Keyed by site: another site's events under the same entity id never decide this site's permission.
    CachedQuery q(m_db, QStringLiteral("SELECT hlc, payload FROM events WHERE entity_id = ? AND site_id = ? AND type IN (?, ?) "
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

Result<std::optional<QString>> EventLog::openAlert(const QString &siteId, const QString &dedupKey)
{
    CachedQuery q(m_db, QStringLiteral("SELECT alert_id FROM open_alerts WHERE site_id = ? AND dedup_key = ?"));
    q->addBindValue(siteId);
    q->addBindValue(dedupKey);
    if (!q->exec())
        return sqlError(*q, QStringLiteral("open alert"));
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<PullPage> EventLog::pull(qint64 since, int limit, const QString &siteFilter)
{
    const QString where = siteFilter.isEmpty() ? QString() : QStringLiteral(" AND site_id = ?");
    CachedQuery q(m_db, QStringLiteral("SELECT server_seq, id, entity_type, entity_id, type, payload, actor, site_id, hlc "
                                       "FROM events WHERE server_seq > ?%1 ORDER BY server_seq LIMIT ?").arg(where));
    q->addBindValue(since);
    if (!siteFilter.isEmpty())
        q->addBindValue(siteFilter);
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
    return page;
}

Result<qint64> EventLog::headSeq()
{
    CachedQuery q(m_db, QStringLiteral("SELECT MAX(server_seq) FROM events"));
    if (!q->exec() || !q->next())
        return sqlError(*q, QStringLiteral("head seq"));
    return q->value(0).toLongLong();
}

} // namespace mt
