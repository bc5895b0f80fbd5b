// EtlRunRepository: run audit rows, resume points and watermarks, raw bodies kept on format changes.
#include "storage/EtlRunRepository.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mt {

namespace {

const QString kRunColumns = QStringLiteral(
    "run_id, trace_id, region, updated_since, resumed_from, started_at_ms, ended_at_ms, status, failure_kind, "
    "pages, rows_received, rows_inserted, rows_updated, rows_unchanged, rows_rejected, error, request_ids");

QVariantList runValues(const EtlRunRecord &r)
{
    const QByteArray ids = QJsonDocument(QJsonArray::fromStringList(r.requestIds)).toJson(QJsonDocument::Compact);
    return {sqlText(r.runId),     sqlText(r.traceId), sqlText(r.region),      sqlText(r.updatedSince), sqlText(r.resumedFrom),
            r.startedAtMs,     r.endedAtMs,   sqlText(r.status),      sqlText(r.failureKind),  r.pages,
            r.received,        r.inserted,    r.updated,         r.unchanged,        r.rejected,
            sqlText(r.error),       QString::fromUtf8(ids)};
}

EtlRunRecord runFrom(const QSqlQuery &q)
{
    EtlRunRecord r;
    r.runId = q.value(0).toString();
    r.traceId = q.value(1).toString();
    r.region = q.value(2).toString();
    r.updatedSince = q.value(3).toString();
    r.resumedFrom = q.value(4).toString();
    r.startedAtMs = q.value(5).toLongLong();
    r.endedAtMs = q.value(6).toLongLong();
    r.status = q.value(7).toString();
    r.failureKind = q.value(8).toString();
    r.pages = q.value(9).toLongLong();
    r.received = q.value(10).toLongLong();
    r.inserted = q.value(11).toLongLong();
    r.updated = q.value(12).toLongLong();
    r.unchanged = q.value(13).toLongLong();
    r.rejected = q.value(14).toLongLong();
    r.error = q.value(15).toString();
    for (const auto &v : QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array())
        r.requestIds.append(v.toString());
    return r;
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Database::fromSqlError(q.lastError(), context);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), context);
    return {};
}

} // namespace

EtlRunRepository::EtlRunRepository(Database &db) : m_db(db) {}

Status EtlRunRepository::insert(const EtlRunRecord &r)
{
    return exec(m_db.sql(),
                QStringLiteral("INSERT INTO sisdmk_runs(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kRunColumns),
                runValues(r), QStringLiteral("run insert"));
}

Status EtlRunRepository::update(const EtlRunRecord &r)
{
    QVariantList v = runValues(r).mid(1);
    v.append(r.runId);
    return exec(m_db.sql(),
                QStringLiteral("UPDATE sisdmk_runs SET trace_id=?, region=?, updated_since=?, resumed_from=?, "
                               "started_at_ms=?, ended_at_ms=?, status=?, failure_kind=?, pages=?, rows_received=?, "
                               "rows_inserted=?, rows_updated=?, rows_unchanged=?, rows_rejected=?, error=?, "
                               "request_ids=? WHERE run_id=?"),
                v, QStringLiteral("run update"));
}

Result<std::optional<EtlRunRecord>> EtlRunRepository::find(const QString &runId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM sisdmk_runs WHERE run_id = ?").arg(kRunColumns));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("run find"));
    if (!q.next())
        return std::optional<EtlRunRecord>();
    return std::optional<EtlRunRecord>(runFrom(q));
}

Result<QList<EtlRunRecord>> EtlRunRepository::recent(int limit, const QString &region) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sisdmk_runs WHERE (? = '' OR region = ?) "
                             "ORDER BY started_at_ms DESC, rowid DESC LIMIT ?")
                  .arg(kRunColumns));
    q.addBindValue(sqlText(region));
    q.addBindValue(sqlText(region));
    q.addBindValue(limit);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("runs recent"));
    QList<EtlRunRecord> out;
    while (q.next())
        out.append(runFrom(q));
    return out;
}

Result<int> EtlRunRepository::consecutiveFailures() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT status FROM sisdmk_runs WHERE status IN ('ok', 'failed') "
                               "ORDER BY started_at_ms DESC, rowid DESC LIMIT 100")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("runs failures"));
    int n = 0;
    while (q.next() && q.value(0).toString() == QLatin1String("failed"))
        ++n;
    return n;
}

Result<int> EtlRunRepository::markInterrupted(qint64 nowMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE sisdmk_runs SET status = 'interrupted', ended_at_ms = ? WHERE status = 'running'"));
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("runs interrupted"));
    return q.numRowsAffected();
}

Result<std::optional<ResumePoint>> EtlRunRepository::resumePoint(const QString &region) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT run_id, next_page, updated_since, chain_started_ms FROM sisdmk_resume WHERE region = ?"));
    q.addBindValue(region);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("resume find"));
    if (!q.next())
        return std::optional<ResumePoint>();
    return std::optional<ResumePoint>(ResumePoint{region, q.value(0).toString(), q.value(1).toInt(),
                                                    q.value(2).toString(), q.value(3).toLongLong()});
}

Status EtlRunRepository::saveResumePoint(const ResumePoint &p)
{
    return exec(m_db.sql(),
                QStringLiteral("INSERT INTO sisdmk_resume(region, run_id, next_page, updated_since, chain_started_ms) "
                               "VALUES (?,?,?,?,?) ON CONFLICT(region) DO UPDATE SET run_id = excluded.run_id, "
                               "next_page = excluded.next_page, updated_since = excluded.updated_since, "
                               "chain_started_ms = excluded.chain_started_ms"),
                {sqlText(p.region), sqlText(p.runId), p.nextPage, sqlText(p.updatedSince), p.chainStartedMs}, QStringLiteral("resume save"));
}

Status EtlRunRepository::clearResumePoint(const QString &region)
{
    return exec(m_db.sql(), QStringLiteral("DELETE FROM sisdmk_resume WHERE region = ?"), {region},
                QStringLiteral("resume clear"));
}

Result<QString> EtlRunRepository::watermark(const QString &region) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT updated_since FROM sisdmk_watermark WHERE region = ?"));
    q.addBindValue(region);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("watermark"));
    return q.next() ? q.value(0).toString() : QString();
}

Status EtlRunRepository::setWatermark(const QString &region, const QString &updatedSince)
{
    return exec(m_db.sql(),
                QStringLiteral("INSERT INTO sisdmk_watermark(region, updated_since) VALUES (?, ?) "
                               "ON CONFLICT(region) DO UPDATE SET updated_since = excluded.updated_since"),
                {region, updatedSince}, QStringLiteral("watermark set"));
}

Status EtlRunRepository::keepRawBody(const QString &runId, const QString &requestId, qint64 atMs,
                                     const QString &reason, const QByteArray &body)
{
    return exec(m_db.sql(),
                QStringLiteral("INSERT INTO sisdmk_raw_bodies(run_id, request_id, received_at_ms, reason, body) "
                               "VALUES (?,?,?,?,?)"),
                {sqlText(runId), sqlText(requestId), atMs, sqlText(reason), body.isNull() ? QByteArray("") : body}, QStringLiteral("raw body"));
}

Result<qint64> EtlRunRepository::rawBodyCount(const QString &runId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM sisdmk_raw_bodies WHERE (? = '' OR run_id = ?)"));
    q.addBindValue(sqlText(runId));
    q.addBindValue(sqlText(runId));
    if (!q.exec() || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("raw body count"));
    return q.value(0).toLongLong();
}

} // namespace mt
