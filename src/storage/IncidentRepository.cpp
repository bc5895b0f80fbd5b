// IncidentRepository: the incident list, single incidents, and the L2 escalation scan.
#include "storage/Repositories.h"

#include "ProjectionRows.h"
#include "SqlWhere.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mt {

namespace {

SqlWhere incidentWhere(const IncidentFilter &f)
{
    SqlWhere w;
    if (f.openOnly)
        w.add(QStringLiteral("status < 3")); // literal: matches incidents_status_opened's range
    if (f.severity)
        w.add(QStringLiteral("severity = ?"), *f.severity);
    if (!f.search.isEmpty())
        w.addLike({QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("description")}, f.search);
    return w;
}

Result<QList<Incident>> readIncidents(QSqlQuery &q)
{
    QList<Incident> out;
    while (q.next())
        out.append(rows::incidentFrom(q));
    if (q.lastError().isValid())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read incidents"));
    return out;
}

} // namespace

IncidentRepository::IncidentRepository(Database &db) : m_db(db) {}

Result<std::optional<Incident>> IncidentRepository::find(const QString &id) const
{
    static const QString sql =
        QStringLiteral("SELECT ") + rows::incidentColumns() + QStringLiteral(" FROM incidents WHERE id = ?");
    Result<QSqlQuery *> r = m_db.prepared(sql);
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    q.bindValue(0, id);
    if (Status st = rows::exec(q, QStringLiteral("find incident")); !st.ok())
        return st;
    if (!q.next())
        return std::optional<Incident>();
    return std::optional<Incident>(rows::incidentFrom(q));
}

Result<qint64> IncidentRepository::count(const IncidentFilter &f) const
{
    return incidentWhere(f).count(m_db.sql(), QStringLiteral("incidents"));
}

Result<QList<Incident>> IncidentRepository::page(const IncidentFilter &f, qint64 offset, int limit) const
{
    const SqlWhere w = incidentWhere(f);
    const QString sql = QStringLiteral("SELECT ") + rows::incidentColumns() + QStringLiteral(" FROM incidents") +
                        w.sql() + QStringLiteral(" ORDER BY opened_at_ms DESC, rowid DESC LIMIT ? OFFSET ?");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!w.prepare(q, sql, {qMax(0, limit), qMax<qint64>(0, offset)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("incident page"));
    return readIncidents(q);
}

Result<QList<Incident>> IncidentRepository::dueForL2(qint64 nowMs, double fraction) const
{
    // Status 0/1 = open / in progress: a resolved incident no longer runs against its SLA.
    const QString sql = QStringLiteral("SELECT ") + rows::incidentColumns() + QStringLiteral(
        " FROM incidents WHERE status < 2 AND escalation_level < 2 AND sla_due_ms > opened_at_ms"
        " AND opened_at_ms + CAST((sla_due_ms - opened_at_ms) * ? AS INTEGER) <= ?"
        " ORDER BY sla_due_ms, rowid");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(0, fraction);
    q.bindValue(1, nowMs);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("L2 scan"));
    return readIncidents(q);
}

Result<qint64> IncidentRepository::lastNumberSequence(const QString &siteId) const
{
    Result<QSqlQuery *> r = m_db.prepared(QStringLiteral("SELECT MAX(number_seq) FROM incidents WHERE site_id = ?"));
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    q.bindValue(0, siteId);
    if (Status st = rows::exec(q, QStringLiteral("last incident number")); !st.ok())
        return st;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QStringList> IncidentRepository::idsWithNumber(const QString &number) const
{
    Result<QSqlQuery *> r = m_db.prepared(QStringLiteral("SELECT id FROM incidents WHERE number = ? ORDER BY id"));
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    q.bindValue(0, number);
    if (Status st = rows::exec(q, QStringLiteral("incident by number")); !st.ok())
        return st;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<QHash<QString, QString>> IncidentRepository::numbers(const QStringList &ids) const
{
    QHash<QString, QString> out;
    Result<QSqlQuery *> r = m_db.prepared(QStringLiteral("SELECT number FROM incidents WHERE id = ?"));
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    for (const QString &id : ids) {
        if (id.isEmpty() || out.contains(id))
            continue;
        QueryFinisher finish(q);
        q.bindValue(0, id);
        if (Status st = rows::exec(q, QStringLiteral("incident numbers")); !st.ok())
            return st;
        if (q.next())
            out.insert(id, q.value(0).toString());
    }
    return out;
}

} // namespace mt
