// Projector: incremental apply on the fast path, full refold when events arrive out of order.
#include "Projector.h"

#include "ProjectionRows.h"
#include "StatementCache.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace mt {

namespace {

// Executes one cached raw statement that returns no rows.
Status runRaw(Database &db, const QString &sql, const QVariantList &values, const QString &context)
{
    Result<Stmt *> r = db.statementCache().get(sql);
    if (!r)
        return r.error();
    Stmt &stmt = *r.value();
    StmtReset reset(stmt);
    stmt.bindAll(values);
    Status st;
    stmt.step(st, context);
    return st;
}

struct AlertTraits
{
    using State = Alert;
    static QString hlcSql() { return QStringLiteral("SELECT last_hlc FROM alerts WHERE id = ?"); }
    static const QString &creation() { return EventType::AlertRaised; }
    static const QString &loadSql()
    {
        static const QString sql = QStringLiteral("SELECT ") + rows::alertColumns() +
                                   QStringLiteral(" FROM alerts WHERE id = ?");
        return sql;
    }
    static State from(const QSqlQuery &q) { return rows::alertFrom(q); }
    static void apply(State &s, const Event &e) { AlertFold::apply(s, e); }
    static State fold(const QList<Event> &events) { return AlertFold::fold(events); }
    static Status save(Database &db, const State &s)
    {
        return runRaw(db, rows::alertUpsertSql(), rows::alertValues(s), QStringLiteral("save alert"));
    }
};

struct IncidentTraits
{
    using State = Incident;
    static QString hlcSql() { return QStringLiteral("SELECT last_hlc FROM incidents WHERE id = ?"); }
    static const QString &creation() { return EventType::IncidentOpened; }
    static const QString &loadSql()
    {
        static const QString sql = QStringLiteral("SELECT ") + rows::incidentColumns() +
                                   QStringLiteral(" FROM incidents WHERE id = ?");
        return sql;
    }
    static State from(const QSqlQuery &q) { return rows::incidentFrom(q); }
    static void apply(State &s, const Event &e) { IncidentFold::apply(s, e); }
    static State fold(const QList<Event> &events) { return IncidentFold::fold(events); }
    static Status save(Database &db, const State &s)
    {
        if (Status st = runRaw(db, rows::incidentUpsertSql(), rows::incidentValues(s), QStringLiteral("save incident"));
            !st.ok())
            return st;
        return saveLinks(db, s);
    }
    static Status saveLinks(Database &db, const State &s)
    {
        Result<QSqlQuery *> del = db.prepared(QStringLiteral("DELETE FROM incident_alerts WHERE incident_id = ?"));
        Result<QSqlQuery *> ins = db.prepared(
            QStringLiteral("INSERT OR IGNORE INTO incident_alerts(incident_id, alert_id) VALUES (?, ?)"));
        if (!del || !ins)
            return del ? ins.error() : del.error();
        del.value()->bindValue(0, s.id);
        if (Status st = rows::exec(*del.value(), QStringLiteral("incident links")); !st.ok())
            return st;
        for (const QString &alertId : s.alertIds) {
            ins.value()->bindValue(0, s.id);
            ins.value()->bindValue(1, alertId);
            if (Status st = rows::exec(*ins.value(), QStringLiteral("incident links")); !st.ok())
                return st;
        }
        return {};
    }
};

struct UserTraits
{
    using State = rows::UserRow;
    static QString hlcSql() { return QStringLiteral("SELECT last_hlc FROM users WHERE entity_id = ?"); }
    static const QString &creation() { return EventType::UserCreated; }
    static const QString &loadSql()
    {
        static const QString sql = QStringLiteral("SELECT ") + rows::userColumns() +
                                   QStringLiteral(" FROM users WHERE entity_id = ?");
        return sql;
    }
    static State from(const QSqlQuery &q) { return rows::userFrom(q); }
    static void apply(State &s, const Event &e) { rows::applyUserEvent(s, e); }
    static State fold(QList<Event> events)
    {
        sortForFold(events);
        State s;
        for (const Event &e : events)
            rows::applyUserEvent(s, e);
        return s;
    }
    static Status save(Database &db, const State &s)
    {
        return runRaw(db, rows::userUpsertSql(), rows::userValues(s), QStringLiteral("save user"));
    }
};

bool containsType(const QList<Event> &events, const QString &type)
{
    return std::any_of(events.cbegin(), events.cend(), [&](const Event &e) { return e.type == type; });
}

} // namespace

Status Projector::project(const QString &entityType, const QString &entityId, QList<Event> newEvents)
{
    if (entityType == EntityType::Alert)
        return projectWith<AlertTraits>(entityId, newEvents);
    if (entityType == EntityType::Incident)
        return projectWith<IncidentTraits>(entityId, newEvents);
    if (entityType == EntityType::User)
        return projectWith<UserTraits>(entityId, newEvents);
    return {}; // stored and chained, but nothing projects it (yet): a refold can add it later
}

template <typename Traits>
Status Projector::projectWith(const QString &entityId, QList<Event> &newEvents)
{
    sortForFold(newEvents);
    const QString &entityType = newEvents.first().entityType;
    Result<std::optional<Hlc>> last = projectedHlc(Traits::hlcSql(), entityId);
    if (!last)
        return last.error();
    if (last.value() && *last.value() < newEvents.first().hlc) {
        // Fast path: everything new folds after what the projection already holds. A tie on
        // the HLC is not here: its order depends on site and event id, which the row lacks.
        Result<typename Traits::State> current = loadProjection<Traits>(entityId);
        if (!current)
            return current.error();
        for (const Event &e : newEvents)
            Traits::apply(current.value(), e);
        return Traits::save(m_db, current.value());
    }
    if (!last.value()) {
        Result<bool> complete = onlyEventsAre(entityType, entityId, newEvents.size());
        if (!complete)
            return complete.error();
        if (complete.value()) {
            // A projection appears only with its creating event; until then the events wait in the log.
            if (!containsType(newEvents, Traits::creation()))
                return {};
            return Traits::save(m_db, Traits::fold(newEvents));
        }
    }
    Result<QList<Event>> all = loadEvents(m_db, entityType, entityId);
    if (!all)
        return all.error();
    if (!containsType(all.value(), Traits::creation()))
        return {};
    return Traits::save(m_db, Traits::fold(all.value()));
}

template <typename Traits>
Result<typename Traits::State> Projector::loadProjection(const QString &entityId)
{
    Result<QSqlQuery *> load = m_db.prepared(Traits::loadSql());
    if (!load)
        return load.error();
    QSqlQuery &q = *load.value();
    QueryFinisher finish(q);
    q.bindValue(0, entityId);
    if (Status st = rows::exec(q, QStringLiteral("load projection")); !st.ok())
        return st;
    if (!q.next())
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("projection vanished: ") + entityId);
    return Traits::from(q);
}

Result<std::optional<Hlc>> Projector::projectedHlc(const QString &sql, const QString &entityId)
{
    Result<Stmt *> r = m_db.statementCache().get(sql);
    if (!r)
        return r.error();
    Stmt &stmt = *r.value();
    StmtReset reset(stmt);
    stmt.bind(1, entityId);
    Status st;
    if (stmt.step(st, QStringLiteral("probe projection")))
        return std::optional<Hlc>(Hlc{stmt.int64At(0)});
    if (!st.ok())
        return st;
    return std::optional<Hlc>();
}

Result<bool> Projector::onlyEventsAre(const QString &entityType, const QString &entityId, qsizetype count)
{
    Result<Stmt *> r =
        m_db.statementCache().get(QStringLiteral("SELECT COUNT(*) FROM events WHERE entity_type = ? AND entity_id = ?"));
    if (!r)
        return r.error();
    Stmt &stmt = *r.value();
    StmtReset reset(stmt);
    stmt.bind(1, entityType);
    stmt.bind(2, entityId);
    Status st;
    if (!stmt.step(st, QStringLiteral("count entity events")))
        return st.ok() ? Error::make(ErrorCode::Internal, {}, QStringLiteral("count returned no row")) : st;
    return stmt.int64At(0) == count;
}

Result<QList<Event>> Projector::loadEvents(Database &db, const QString &entityType, const QString &entityId)
{
    Result<QSqlQuery *> r = db.prepared(
        QStringLiteral("SELECT ") + rows::eventColumns() +
        QStringLiteral(" FROM events WHERE entity_type = ? AND entity_id = ? ORDER BY hlc"));
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    q.bindValue(0, entityType);
    q.bindValue(1, entityId);
    if (Status st = rows::exec(q, QStringLiteral("load events")); !st.ok())
        return st;
    QList<Event> out;
    while (q.next())
        out.append(rows::eventFrom(q, 0));
    sortForFold(out); // HLC ties break on site and event id, in C++ so every site agrees
    return out;
}

} // namespace mt
