// AlertRepository: the alert console's reads, shaped so each default view walks one index.
#include "storage/Repositories.h"

#include "ProjectionRows.h"
#include "SqlWhere.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mt {

namespace {

// State terms are literals, not bound values: SQLite uses a partial index (WHERE state < 2)
// only when the query's own WHERE contains the same term at prepare time.
SqlWhere alertWhere(const AlertFilter &f)
{
    SqlWhere w;
    switch (f.states) {
    case AlertFilter::StateSet::Open:
        w.add(QStringLiteral("state < 2"));
        if (f.nowMs)
            w.add(QStringLiteral("shelved_until_ms <= ?"), *f.nowMs);
        break;
    case AlertFilter::StateSet::New: w.add(QStringLiteral("state = 0")); break;
    case AlertFilter::StateSet::Acknowledged: w.add(QStringLiteral("state = 1")); break;
    case AlertFilter::StateSet::Resolved: w.add(QStringLiteral("state = 2")); break;
    case AlertFilter::StateSet::All: break;
    }
    if (f.severity)
        w.add(QStringLiteral("severity = ?"), rows::rank(*f.severity));
    if (f.module)
        w.add(QStringLiteral("module = ?"), toKey(*f.module));
    if (!f.search.isEmpty())
        w.addLike({QStringLiteral("title"), QStringLiteral("details"), QStringLiteral("resource"),
                   QStringLiteral("dedup_key")},
                  f.search);
    return w;
}

QString orderBy(AlertSortColumn sort, bool descending)
{
    QString column;
    switch (sort) {
    case AlertSortColumn::Severity: column = QStringLiteral("severity"); break;
    case AlertSortColumn::RaisedAt: column = QStringLiteral("raised_at_ms"); break;
    case AlertSortColumn::LastSeen: column = QStringLiteral("last_seen_ms"); break;
    case AlertSortColumn::Module: column = QStringLiteral("module"); break;
    case AlertSortColumn::State: column = QStringLiteral("state"); break;
    case AlertSortColumn::Title: column = QStringLiteral("title"); break;
    case AlertSortColumn::Count: column = QStringLiteral("count"); break;
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Ties fall back to raised time then rowid (the last column of every index), so the order is
    // total and pages never overlap; same direction throughout so one index can serve it.
    QString sql = QStringLiteral(" ORDER BY ") + column + dir;
    if (sort != AlertSortColumn::RaisedAt)
        sql += QStringLiteral(", raised_at_ms") + dir;
    return sql + QStringLiteral(", rowid") + dir;
}

QString pageSql(const SqlWhere &w, AlertSortColumn sort, bool descending)
{
    return QStringLiteral("SELECT ") + rows::alertColumns() + QStringLiteral(" FROM alerts") + w.sql() +
           orderBy(sort, descending) + QStringLiteral(" LIMIT ? OFFSET ?");
}

Result<QList<Alert>> readAlerts(QSqlQuery &q)
{
    QList<Alert> out;
    while (q.next())
        out.append(rows::alertFrom(q));
    if (q.lastError().isValid())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read alerts"));
    return out;
}

Result<std::optional<Alert>> findOne(Database &db, const QString &sql, const QVariant &key)
{
    Result<QSqlQuery *> r = db.prepared(sql);
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    q.bindValue(0, key);
    if (Status st = rows::exec(q, QStringLiteral("find alert")); !st.ok())
        return st;
    if (!q.next())
        return std::optional<Alert>();
    return std::optional<Alert>(rows::alertFrom(q));
}

} // namespace

AlertRepository::AlertRepository(Database &db) : m_db(db) {}

Result<std::optional<Alert>> AlertRepository::find(const QString &id) const
{
    static const QString sql =
        QStringLiteral("SELECT ") + rows::alertColumns() + QStringLiteral(" FROM alerts WHERE id = ?");
    return findOne(m_db, sql, id);
}

Result<std::optional<Alert>> AlertRepository::findOpenByDedupKey(const QString &dedupKey) const
{
    if (dedupKey.isEmpty())
        return std::optional<Alert>(); // an empty key means "never deduplicate"
    // The terms repeat the partial index's WHERE (alerts_open_dedup) so SQLite can use it.
    static const QString sql = QStringLiteral("SELECT ") + rows::alertColumns() +
                               QStringLiteral(" FROM alerts WHERE dedup_key = ? AND state < 2 AND dedup_key <> ''"
                                              " ORDER BY raised_at_ms DESC LIMIT 1");
    return findOne(m_db, sql, dedupKey);
}

Result<qint64> AlertRepository::count(const AlertFilter &f) const
{
    const SqlWhere w = alertWhere(f);
    return w.count(m_db.sql(), QStringLiteral("alerts"));
}

Result<qint64> AlertRepository::countUpTo(const AlertFilter &f, qint64 cap) const
{
    const SqlWhere w = alertWhere(f);
    return w.countUpTo(m_db.sql(), QStringLiteral("alerts"), cap);
}

Result<QList<Alert>> AlertRepository::page(const AlertFilter &f, AlertSortColumn sort, bool descending,
                                           qint64 offset, int limit) const
{
    const SqlWhere w = alertWhere(f);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!w.prepare(q, pageSql(w, sort, descending), {qMax(0, limit), qMax<qint64>(0, offset)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("alert page"));
    return readAlerts(q);
}

Result<QString> AlertRepository::explainPage(const AlertFilter &f, AlertSortColumn sort, bool descending) const
{
    const SqlWhere w = alertWhere(f);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!w.prepare(q, QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql(w, sort, descending), {50, 0}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("explain alert page"));
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

Result<QList<Alert>> AlertRepository::dueForEscalation(const EscalationThresholds &t, qint64 nowMs, int limit) const
{
    // SQL narrows to candidates through alerts_escalation_due; the domain rule has the last word.
    SqlWhere w;
    w.add(QStringLiteral("state = 0"));
    w.add(QStringLiteral("escalation_level = 0"));
    w.add(QStringLiteral("shelved_until_ms <= ?"), nowMs);
    QStringList perSeverity;
    QVariantList binds;
    for (AlertSeverity s : {AlertSeverity::Critical, AlertSeverity::Warning, AlertSeverity::Info}) {
        if (t.minutesFor(s) <= 0)
            continue; // 0 = this severity never escalates
        perSeverity << QStringLiteral("(severity = ? AND raised_at_ms <= ?)");
        binds << rows::rank(s) << nowMs - qint64(t.minutesFor(s)) * 60'000;
    }
    if (perSeverity.isEmpty())
        return QList<Alert>();
    w.add(QLatin1Char('(') + perSeverity.join(QStringLiteral(" OR ")) + QLatin1Char(')'), binds);
    const QString sql = QStringLiteral("SELECT ") + rows::alertColumns() + QStringLiteral(" FROM alerts") + w.sql() +
                        QStringLiteral(" ORDER BY raised_at_ms, rowid LIMIT ?");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!w.prepare(q, sql, {qMax(0, limit)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("escalation scan"));
    Result<QList<Alert>> candidates = readAlerts(q);
    if (!candidates)
        return candidates;
    QList<Alert> due;
    for (const Alert &a : candidates.value()) {
        if (t.isDue(a, nowMs))
            due.append(a);
    }
    return due;
}

Result<qint64> AlertRepository::countOpenCritical() const
{
    SqlWhere w;
    w.add(QStringLiteral("state < 2"));
    w.add(QStringLiteral("severity = ?"), rows::rank(AlertSeverity::Critical));
    return w.count(m_db.sql(), QStringLiteral("alerts"));
}

} // namespace mt
