// Row mapping of the projections: column lists, binding for upserts, reading back.
#include "ProjectionRows.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace mt::rows {

namespace {

// The enum order is the rank order; these keep a reordering of Types.h from silently
// changing what existing files mean.
static_assert(static_cast<int>(AlertSeverity::Critical) == 2 && static_cast<int>(AlertSeverity::Info) == 0);
static_assert(static_cast<int>(AlertState::Resolved) == kResolvedAlertRank);
static_assert(static_cast<int>(IncidentStatus::Closed) == kClosedIncidentRank);

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString conflictsExtra(const QList<FoldConflict> &conflicts)
{
    if (conflicts.isEmpty())
        return QStringLiteral("{}");
    QJsonArray arr;
    for (const FoldConflict &c : conflicts) {
        arr.append(QJsonObject{{QStringLiteral("event_id"), c.eventId},
                               {QStringLiteral("event_type"), c.eventType},
                               {QStringLiteral("actor"), c.actor},
                               {QStringLiteral("reason"), c.reason}});
    }
    return toJsonText(QJsonObject{{QStringLiteral("conflicts"), arr}});
}

QList<FoldConflict> conflictsFrom(const QString &extra)
{
    QList<FoldConflict> out;
    const QJsonArray arr = fromJsonText(extra).value(QStringLiteral("conflicts")).toArray();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        out.append(FoldConflict{o.value(QStringLiteral("event_id")).toString(),
                                o.value(QStringLiteral("event_type")).toString(),
                                o.value(QStringLiteral("actor")).toString(), o.value(QStringLiteral("reason")).toString()});
    }
    return out;
}

// Incidents keep their linked alert ids in `extra` too: the fold's union keeps arrival order,
// which the incident_alerts table (there for lookups by alert) does not.
QString incidentExtra(const Incident &i)
{
    QJsonObject extra = fromJsonText(conflictsExtra(i.conflicts));
    if (!i.alertIds.isEmpty())
        extra.insert(QStringLiteral("alert_ids"), QJsonArray::fromStringList(i.alertIds));
    return toJsonText(extra);
}

QString upsertSql(const QString &table, const QString &key, const QString &columns)
{
    const QStringList cols = columns.split(QStringLiteral(", "));
    QStringList marks;
    QStringList sets;
    for (const QString &c : cols) {
        marks << QStringLiteral("?");
        if (c != key)
            sets << c + QStringLiteral(" = excluded.") + c;
    }
    // An upsert, not INSERT OR REPLACE: REPLACE deletes the row first, which would fire the
    // ON DELETE CASCADE of child tables and change the rowid the console uses as a tie-break.
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(table, columns, marks.join(QStringLiteral(", ")), key, sets.join(QStringLiteral(", ")));
}

} // namespace

const QString &eventColumns()
{
    static const QString cols =
        QStringLiteral("id, entity_type, entity_id, type, payload, actor, site_id, hlc, server_seq");
    return cols;
}

Event eventFrom(const QSqlQuery &q, int first)
{
    Event e;
    e.id = q.value(first).toString();
    e.entityType = q.value(first + 1).toString();
    e.entityId = q.value(first + 2).toString();
    e.type = q.value(first + 3).toString();
    e.payload = fromJsonText(q.value(first + 4).toString());
    e.actor = q.value(first + 5).toString();
    e.siteId = q.value(first + 6).toString();
    e.hlc.value = q.value(first + 7).toLongLong();
    if (!q.value(first + 8).isNull())
        e.serverSeq = q.value(first + 8).toLongLong();
    return e;
}

QString payloadText(const QJsonObject &payload)
{
    return toJsonText(payload);
}

int rank(AlertSeverity s) { return static_cast<int>(s); }
int rank(AlertState s) { return static_cast<int>(s); }
int rank(IncidentStatus s) { return static_cast<int>(s); }

const QString &alertColumns()
{
    static const QString cols = QStringLiteral(
        "id, site_id, module, severity, title, details, dedup_key, resource, state, count, raised_at_ms, "
        "last_seen_ms, raised_by, acked_by, acked_at_ms, first_acked_at_ms, shelved_until_ms, escalation_level, "
        "escalated_at_ms, resolved_at_ms, resolved_by, incident_id, last_hlc, extra");
    return cols;
}

const QString &alertUpsertSql()
{
    static const QString sql = upsertSql(QStringLiteral("alerts"), QStringLiteral("id"), alertColumns());
    return sql;
}

QVariantList alertValues(const Alert &a)
{
    return QVariantList{a.id, a.siteId, toKey(a.module), rank(a.severity), a.title, a.details, a.dedupKey,
                        a.resource, rank(a.state), a.count, a.raisedAtMs, a.lastSeenAtMs, a.raisedBy,
                        a.ackedBy, a.ackedAtMs, a.firstAckedAtMs, a.shelvedUntilMs, a.escalationLevel,
                        a.escalatedAtMs, a.resolvedAtMs, a.resolvedBy, a.incidentId, a.lastHlc.value,
                        conflictsExtra(a.conflicts)};
}

Alert alertFrom(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toString();
    a.siteId = q.value(1).toString();
    a.module = moduleFromKey(q.value(2).toString()).value_or(Module::Dashboard);
    a.severity = static_cast<AlertSeverity>(qBound(0, q.value(3).toInt(), 2));
    a.title = q.value(4).toString();
    a.details = q.value(5).toString();
    a.dedupKey = q.value(6).toString();
    a.resource = q.value(7).toString();
    a.state = static_cast<AlertState>(qBound(0, q.value(8).toInt(), 2));
    a.count = q.value(9).toInt();
    a.raisedAtMs = q.value(10).toLongLong();
    a.lastSeenAtMs = q.value(11).toLongLong();
    a.raisedBy = q.value(12).toString();
    a.ackedBy = q.value(13).toString();
    a.ackedAtMs = q.value(14).toLongLong();
    a.firstAckedAtMs = q.value(15).toLongLong();
    a.shelvedUntilMs = q.value(16).toLongLong();
    a.escalationLevel = q.value(17).toInt();
    a.escalatedAtMs = q.value(18).toLongLong();
    a.resolvedAtMs = q.value(19).toLongLong();
    a.resolvedBy = q.value(20).toString();
    a.incidentId = q.value(21).toString();
    a.lastHlc.value = q.value(22).toLongLong();
    a.conflicts = conflictsFrom(q.value(23).toString());
    return a;
}

const QString &incidentColumns()
{
    static const QString cols = QStringLiteral(
        "id, site_id, title, description, severity, modules, status, assignee, opened_by, opened_at_ms, sla_due_ms, "
        "escalation_level, resolved_at_ms, closed_at_ms, closed_by, resolution, kb_ref, no_kb_reason, checklist, "
        "note_count, evidence_count, reopen_count, last_hlc, extra, number, number_seq");
    return cols;
}

const QString &incidentUpsertSql()
{
    static const QString sql = upsertSql(QStringLiteral("incidents"), QStringLiteral("id"), incidentColumns());
    return sql;
}

QVariantList incidentValues(const Incident &i)
{
    QJsonArray modules;
    for (Module m : i.modules)
        modules.append(toKey(m));
    QJsonObject checklist;
    for (auto it = i.checklist.cbegin(); it != i.checklist.cend(); ++it)
        checklist.insert(it.key(), it.value());
    return {
        i.id, i.siteId, i.title, i.description, i.severity,
        QString::fromUtf8(QJsonDocument(modules).toJson(QJsonDocument::Compact)), rank(i.status), i.assignee,
        i.openedBy, i.openedAtMs, i.slaDueAtMs, i.escalationLevel, i.resolvedAtMs, i.closedAtMs, i.closedBy,
        i.resolution, i.kbRef, i.noKbReason, toJsonText(checklist), i.noteCount, i.evidenceCount, i.reopenCount,
        i.lastHlc.value, incidentExtra(i), i.number, i.numberSequence};
}

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.siteId = q.value(1).toString();
    i.title = q.value(2).toString();
    i.description = q.value(3).toString();
    i.severity = q.value(4).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()) {
        if (auto m = moduleFromKey(v.toString()))
            i.modules.append(*m);
    }
    i.status = static_cast<IncidentStatus>(qBound(0, q.value(6).toInt(), kClosedIncidentRank));
    i.assignee = q.value(7).toString();
    i.openedBy = q.value(8).toString();
    i.openedAtMs = q.value(9).toLongLong();
    i.slaDueAtMs = q.value(10).toLongLong();
    i.escalationLevel = q.value(11).toInt();
    i.resolvedAtMs = q.value(12).toLongLong();
    i.closedAtMs = q.value(13).toLongLong();
    i.closedBy = q.value(14).toString();
    i.resolution = q.value(15).toString();
    i.kbRef = q.value(16).toString();
    i.noKbReason = q.value(17).toString();
    const QJsonObject checklist = fromJsonText(q.value(18).toString());
    for (auto it = checklist.begin(); it != checklist.end(); ++it)
        i.checklist.insert(it.key(), it.value().toBool());
    i.noteCount = q.value(19).toInt();
    i.evidenceCount = q.value(20).toInt();
    i.reopenCount = q.value(21).toInt();
    i.lastHlc.value = q.value(22).toLongLong();
    const QString extra = q.value(23).toString();
    i.conflicts = conflictsFrom(extra);
    for (const QJsonValue &v : fromJsonText(extra).value(QStringLiteral("alert_ids")).toArray())
        i.alertIds << v.toString();
    i.number = q.value(24).toString();
    i.numberSequence = q.value(25).toLongLong();
    return i;
}

void applyUserEvent(UserRow &u, const Event &e)
{
    const QJsonObject &p = e.payload;
    if (e.type == EventType::UserCreated) {
        u.entityId = e.entityId;
        u.name = p.value(QStringLiteral("name")).toString();
        u.displayName = p.value(QStringLiteral("display_name")).toString();
        u.role = roleFromKey(p.value(QStringLiteral("role")).toString()).value_or(Role::L1Operator);
        u.createdAtMs = e.occurredAtMs();
    } else if (e.type == EventType::UserRoleChanged) {
        u.role = roleFromKey(p.value(QStringLiteral("role")).toString()).value_or(u.role);
    } else if (e.type == EventType::UserDisabled) {
        u.disabled = true;
    } else if (e.type == EventType::UserLoggedIn) {
        u.lastLoginMs = qMax(u.lastLoginMs, e.occurredAtMs());
    }
    // user.login_failed changes no projected field: failures live in credentials (not synced).
    u.lastHlc = qMax(u.lastHlc, e.hlc);
}

const QString &userColumns()
{
    static const QString cols = QStringLiteral(
        "name, entity_id, display_name, role, disabled, created_at_ms, last_login_ms, last_hlc");
    return cols;
}

UserRow userFrom(const QSqlQuery &q)
{
    UserRow u;
    u.name = q.value(0).toString();
    u.entityId = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::L1Operator);
    u.disabled = q.value(4).toInt() != 0;
    u.createdAtMs = q.value(5).toLongLong();
    u.lastLoginMs = q.value(6).toLongLong();
    u.lastHlc.value = q.value(7).toLongLong();
    return u;
}

const QString &userUpsertSql()
{
    static const QString sql = upsertSql(QStringLiteral("users"), QStringLiteral("name"), userColumns());
    return sql;
}

QVariantList userValues(const UserRow &u)
{
    return QVariantList{u.name, u.entityId, u.displayName, toKey(u.role), u.disabled ? 1 : 0,
                        u.createdAtMs, u.lastLoginMs, u.lastHlc.value};
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
}

Status exec(QSqlQuery &q, const QString &context)
{
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), context);
    return {};
}

} // namespace mt::rows
