// BundlePeers: the bundle_peers / bundle_log tables of sql/005_bundles.sql and event-log reads for export.
#include "BundlePeers.h"

#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mt {

namespace {

BundlePeer peerFrom(const QSqlQuery &q)
{
    return BundlePeer{q.value(0).toString(),   q.value(1).toByteArray(),  q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
}

const char *kPeerColumns =
    "SELECT site_id, public_key, key_id, received_through, acked_through, exported_through FROM bundle_peers";

} // namespace

BundlePeers::BundlePeers(Database &db) : m_db(db) {}

Result<QList<BundlePeer>> BundlePeers::all() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QString::fromLatin1(kPeerColumns) + QStringLiteral(" ORDER BY site_id")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("bundle peers"));
    QList<BundlePeer> out;
    while (q.next())
        out.append(peerFrom(q));
    return out;
}

Result<std::optional<BundlePeer>> BundlePeers::find(const QString &siteId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kPeerColumns) + QStringLiteral(" WHERE site_id = ?"));
    q.addBindValue(siteId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("bundle peer"));
    if (!q.next())
        return std::optional<BundlePeer>();
    return std::optional<BundlePeer>(peerFrom(q));
}

Status BundlePeers::trust(const QString &siteId, const QByteArray &publicKey, const QString &actor, qint64 atMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO bundle_peers(site_id, public_key, key_id, added_by, added_at_ms) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(site_id) DO UPDATE SET public_key = excluded.public_key, key_id = excluded.key_id, "
        "added_by = excluded.added_by, added_at_ms = excluded.added_at_ms"));
    for (const QVariant &v : {QVariant(siteId), QVariant(publicKey), QVariant(BundleSigningKey::keyIdOf(publicKey)),
                              QVariant(actor), QVariant(atMs)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("trust bundle peer"));
    return {};
}

Status BundlePeers::raise(const char *column, const QString &siteId, qint64 seq)
{
    const QString col = QString::fromLatin1(column);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE bundle_peers SET %1 = MAX(%1, ?) WHERE site_id = ?").arg(col));
    q.addBindValue(seq);
    q.addBindValue(siteId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("bundle peer ") + col);
    return {};
}

Status BundlePeers::raiseReceived(const QString &siteId, qint64 seq) { return raise("received_through", siteId, seq); }
Status BundlePeers::raiseAcked(const QString &siteId, qint64 seq) { return raise("acked_through", siteId, seq); }
Status BundlePeers::raiseExported(const QString &siteId, qint64 seq) { return raise("exported_through", siteId, seq); }

Status BundlePeers::log(const QString &bundleId, const QString &direction, const QString &peer, const QString &actor,
                        qint64 atMs, qint64 events, qint64 newEvents)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO bundle_log(bundle_id, direction, peer_site, actor, at_ms, event_count, "
                             "new_events) VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(bundleId), QVariant(direction), QVariant(peer), QVariant(actor),
                              QVariant(atMs), QVariant(events), QVariant(newEvents)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("bundle log"));
    return {};
}

Result<QList<LoggedEvent>> BundlePeers::eventsAfter(qint64 afterSeq, const QString &excludeSite, int limit) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, ") + EventStore::eventColumns()
              + QStringLiteral(" FROM events WHERE seq > ? AND site_id <> COALESCE(?, '') ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(excludeSite);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read events"));
    QList<LoggedEvent> out;
    while (q.next()) {
        Event e = EventStore::eventFromRow(q, 1);
        e.serverSeq.reset(); // hub numbering is between a site and its hub: never in a bundle
        out.append(LoggedEvent{q.value(0).toLongLong(), std::move(e)});
    }
    return out;
}

Result<qint64> BundlePeers::lastSeq() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("last seq"));
    return q.value(0).toLongLong();
}

} // namespace mt
