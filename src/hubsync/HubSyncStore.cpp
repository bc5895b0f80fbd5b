// HubSyncStore: plain SQL on the worker's own connection; every multi-row change is one transaction.
#include "hubsync/HubSyncStore.h"

#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/Repositories.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mt {

namespace {

// Local-only entities (domain isLocalOnlyEntity, docs/sync.md) never leave the workstation.
QString localOnlyList()
{
    QStringList quoted;
    for (const QString &t : localOnlyEntityTypes())
        quoted << QLatin1Char('\'') + t + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

const QString kOutboxWhere = QStringLiteral(
    "FROM events e WHERE e.server_seq IS NULL AND e.site_id = ? AND e.entity_type NOT IN (%1) "
    "AND e.seq > ? "
    "AND NOT EXISTS (SELECT 1 FROM sync_rejections r WHERE r.event_id = e.id AND r.hub_url = ?)").arg(localOnlyList());

Status exec(QSqlQuery &q, const QString &what)
{
    return q.exec() ? Status{} : Database::fromSqlError(q.lastError(), what);
}

} // namespace

HubSyncStore::HubSyncStore(Database &db, EventStore &store) : m_db(db), m_store(store) {}

Result<QList<HubSyncStore::OutboxEvent>> HubSyncStore::outbox(const QString &siteId, const QString &hubUrl,
                                                              qint64 afterSeq, int limit) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.seq, ") + EventStore::eventColumns() + QLatin1Char(' ')
              + kOutboxWhere + QStringLiteral(" ORDER BY e.seq LIMIT ?"));
    q.addBindValue(siteId);
    q.addBindValue(afterSeq);
    q.addBindValue(hubUrl);
    q.addBindValue(limit);
    if (Status st = exec(q, QStringLiteral("read outbox")); !st.ok())
        return st;
    QList<OutboxEvent> out;
    while (q.next())
        out.append(OutboxEvent{q.value(0).toLongLong(), EventStore::eventFromRow(q, 1)});
    return out;
}

Result<qint64> HubSyncStore::pendingCount(const QString &siteId, const QString &hubUrl) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) ") + kOutboxWhere);
    q.addBindValue(siteId);
    q.addBindValue(qint64{0});
    q.addBindValue(hubUrl);
    if (Status st = exec(q, QStringLiteral("count outbox")); !st.ok())
        return st;
    return q.next() ? q.value(0).toLongLong() : qint64{0};
}

Result<qint64> HubSyncStore::heldBetween(qint64 after, qint64 upTo) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE server_seq > ? AND server_seq <= ?"));
    q.addBindValue(after);
    q.addBindValue(upTo);
    if (Status st = exec(q, QStringLiteral("count held")); !st.ok())
        return st;
    return q.next() ? q.value(0).toLongLong() : qint64{0};
}

Result<qint64> HubSyncStore::rejectedCount(const QString &hubUrl) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_rejections WHERE hub_url = ?"));
    q.addBindValue(hubUrl);
    if (Status st = exec(q, QStringLiteral("count rejections")); !st.ok())
        return st;
    return q.next() ? q.value(0).toLongLong() : qint64{0};
}

Result<QList<HubRejection>> HubSyncStore::rejections(const QString &hubUrl) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT event_id, code, message, at_ms FROM sync_rejections WHERE hub_url = ? ORDER BY at_ms, event_id"));
    q.addBindValue(hubUrl);
    if (Status st = exec(q, QStringLiteral("read rejections")); !st.ok())
        return st;
    QList<HubRejection> out;
    while (q.next())
        out.append(HubRejection{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Status HubSyncStore::recordPush(const QString &hubUrl, const QList<QPair<QString, qint64>> &accepted,
                                const QList<HubRejection> &rejected)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery mark(m_db.sql());
        mark.prepare(QStringLiteral("UPDATE events SET server_seq = ? WHERE id = ?"));
        for (const auto &[id, serverSeq] : accepted) {
            mark.addBindValue(serverSeq);
            mark.addBindValue(id);
            if (Status st = exec(mark, QStringLiteral("mark pushed")); !st.ok())
                return st;
        }
        QSqlQuery refuse(m_db.sql());
        refuse.prepare(QStringLiteral("INSERT INTO sync_rejections (event_id, hub_url, code, message, at_ms) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT(event_id, hub_url) DO UPDATE SET "
                                      "code = excluded.code, message = excluded.message, at_ms = excluded.at_ms"));
        for (const HubRejection &r : rejected) {
            refuse.addBindValue(r.eventId);
            refuse.addBindValue(hubUrl);
            refuse.addBindValue(r.code.isEmpty() ? QStringLiteral("unknown") : r.code);
            refuse.addBindValue(sqlText(r.message));
            refuse.addBindValue(r.atMs);
            if (Status st = exec(refuse, QStringLiteral("record rejection")); !st.ok())
                return st;
        }
        return Status{};
    });
}

Result<qint64> HubSyncStore::cursor(const QString &hubUrl) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT since FROM sync_cursor WHERE hub_url = ?"));
    q.addBindValue(hubUrl);
    if (Status st = exec(q, QStringLiteral("read sync cursor")); !st.ok())
        return st;
    return q.next() ? q.value(0).toLongLong() : qint64{0};
}

Result<int> HubSyncStore::applyPulledPage(const QList<Event> &events, const QString &hubUrl, qint64 nextSince)
{
    return m_store.append(events, [&](QSqlDatabase &db) -> Status {
        // Pulled events carry the hub's numbering; our own pushed events coming back fill it in
        // too (covers a push whose answer was lost: the hub then reported them only as duplicates).
        QSqlQuery seq(db);
        // Same id and HLC only: a different event under our id (a conflict the hub refused) must not
        // lend its number to ours.
        seq.prepare(QStringLiteral("UPDATE events SET server_seq = ? WHERE id = ? AND hlc = ? AND server_seq IS NULL"));
        for (const Event &e : events) {
            if (!e.serverSeq)
                continue;
            seq.addBindValue(static_cast<qint64>(*e.serverSeq));
            seq.addBindValue(e.id);
            seq.addBindValue(e.hlc.value);
            if (Status st = exec(seq, QStringLiteral("record server seq")); !st.ok())
                return st;
        }
        QSqlQuery cur(db);
        cur.prepare(QStringLiteral("INSERT INTO sync_cursor (hub_url, since) VALUES (?, ?) "
                                   "ON CONFLICT(hub_url) DO UPDATE SET since = excluded.since"));
        cur.addBindValue(hubUrl);
        cur.addBindValue(nextSince);
        return exec(cur, QStringLiteral("write sync cursor"));
    });
}

Result<QString> HubSyncStore::installationId()
{
    QString id;
    const Status st = m_db.transaction([&]() -> Status {
        auto current = SettingsRepository::get(m_db.sql(), kInstallationIdKey);
        if (!current)
            return current.error();
        if (current.value() && !current.value()->isEmpty()) {
            id = *current.value();
            return Status{};
        }
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return SettingsRepository::set(m_db.sql(), kInstallationIdKey, id);
    });
    if (!st.ok())
        return st;
    return id;
}

} // namespace mt
