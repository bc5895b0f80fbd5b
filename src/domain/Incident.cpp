// Incident fold (LWW scalars, unions for append-only parts) and the incident command rules.
#include "domain/Incident.h"

#include "domain/FieldLimits.h"
#include "domain/IncidentNumber.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace mt {

QStringList TriageStep::all()
{
    return {CheckData, CheckImpact, CheckModules};
}

namespace {

const QString kAlreadyOpened = QStringLiteral("already_opened");
const QString kNotOpened = QStringLiteral("not_opened");
const QString kAlreadyClosed = QStringLiteral("already_closed");
const QString kNotClosed = QStringLiteral("not_closed");
const QString kInvalidStatus = QStringLiteral("invalid_status_transition");
const QString kInvalidPayload = QStringLiteral("invalid_payload");
const QString kUnknownStep = QStringLiteral("unknown_step");
const QString kUnknownType = QStringLiteral("unknown_type");

constexpr int kMaxEscalationLevel = 2;

QList<Module> modulesFrom(const QJsonValue &v)
{
    QList<Module> out;
    for (const QJsonValue &k : v.toArray()) {
        const auto m = moduleFromKey(k.toString());
        if (m && !out.contains(*m))
            out.append(*m);
    }
    return out;
}

void addAlertId(Incident &i, const QString &alertId)
{
    if (!alertId.isEmpty() && !i.alertIds.contains(alertId))
        i.alertIds.append(alertId);
}

bool validSeverity(int s)
{
    return s >= kMinIncidentSeverity && s <= kMaxIncidentSeverity;
}

// The status machine shared by the rules and the fold.
bool statusStepAllowed(IncidentStatus from, IncidentStatus to)
{
    using S = IncidentStatus;
    switch (from) {
    case S::Open: return to == S::InProgress;
    case S::InProgress: return to == S::Resolved || to == S::Open;
    case S::Resolved: return to == S::Closed || to == S::Open;
    case S::Closed: return to == S::Open;
    }
    return false;
}

void reopen(Incident &i)
{
    i.status = IncidentStatus::Open;
    ++i.reopenCount;
    // A reopened incident must be closed again with a fresh resolution.
    i.resolvedAtMs = 0;
    i.closedAtMs = 0;
    i.closedBy.clear();
    i.resolution.clear();
    i.kbRef.clear();
    i.noKbReason.clear();
}

QString onOpened(Incident &i, const Event &e)
{
    if (!i.id.isEmpty())
        return kAlreadyOpened;
    const QJsonObject &p = e.payload;
    i.id = e.entityId;
    i.siteId = e.siteId;
    const IncidentNumber::Given number = IncidentNumber::ofOpened(e);
    i.number = number.number;
    i.numberSequence = number.sequence;
    i.title = p.value(QStringLiteral("title")).toString();
    i.description = p.value(QStringLiteral("description")).toString();
    const int sev = p.value(QStringLiteral("severity")).toInt();
    i.severity = validSeverity(sev) ? sev : kMaxIncidentSeverity - 1;
    i.modules = modulesFrom(p.value(QStringLiteral("modules")));
    for (const QJsonValue &a : p.value(QStringLiteral("alert_ids")).toArray())
        addAlertId(i, a.toString());
    i.assignee = p.value(QStringLiteral("assignee")).toString();
    i.openedBy = e.actor;
    i.openedAtMs = e.occurredAtMs();
    i.slaDueAtMs = p.value(QStringLiteral("sla_due_ms")).toInteger();
    i.status = IncidentStatus::Open;
    return {};
}

QString onSeverityChanged(Incident &i, const Event &e)
{
    if (i.isClosed())
        return kAlreadyClosed;
    const int sev = e.payload.value(QStringLiteral("severity")).toInt();
    if (!validSeverity(sev))
        return kInvalidPayload;
    i.severity = sev;
    if (e.payload.contains(QStringLiteral("sla_due_ms")))
        i.slaDueAtMs = e.payload.value(QStringLiteral("sla_due_ms")).toInteger();
    return {};
}

QString onStatusChanged(Incident &i, const Event &e)
{
    const auto to = incidentStatusFromKey(e.payload.value(QStringLiteral("status")).toString());
    // Closing goes through incident.closed, which carries the resolution.
    if (!to || *to == IncidentStatus::Closed)
        return kInvalidPayload;
    if (!statusStepAllowed(i.status, *to))
        return i.isClosed() ? kAlreadyClosed : kInvalidStatus;
    if (*to == IncidentStatus::Open && i.status != IncidentStatus::InProgress)
        reopen(i); // back from resolved or closed counts as a reopen, whichever event said so
    i.status = *to;
    if (*to == IncidentStatus::Resolved)
        i.resolvedAtMs = e.occurredAtMs();
    return {};
}

QString onAssigned(Incident &i, const Event &e)
{
    if (i.isClosed())
        return kAlreadyClosed;
    i.assignee = e.payload.value(QStringLiteral("assignee")).toString();
    return {};
}

QString onEscalated(Incident &i, const Event &e)
{
    if (i.isClosed())
        return kAlreadyClosed;
    const int level = e.payload.value(QStringLiteral("level")).toInt(kMaxEscalationLevel);
    // Max, not LWW: two sites escalating at once must not de-escalate each other.
    i.escalationLevel = std::max(i.escalationLevel, std::clamp(level, 1, kMaxEscalationLevel));
    return {};
}

QString onChecklistTicked(Incident &i, const Event &e)
{
    const QString step = e.payload.value(QStringLiteral("step")).toString();
    if (!TriageStep::all().contains(step))
        return kUnknownStep;
    i.checklist.insert(step, e.payload.value(QStringLiteral("done")).toBool());
    return {};
}

QString onClosed(Incident &i, const Event &e)
{
    if (i.isClosed())
        return kAlreadyClosed;
    i.status = IncidentStatus::Closed;
    i.closedAtMs = e.occurredAtMs();
    i.closedBy = e.actor;
    if (i.resolvedAtMs == 0)
        i.resolvedAtMs = i.closedAtMs;
    i.resolution = e.payload.value(QStringLiteral("resolution")).toString();
    i.kbRef = e.payload.value(QStringLiteral("kb_ref")).toString();
    i.noKbReason = e.payload.value(QStringLiteral("no_kb_reason")).toString();
    return {};
}

QString onReopened(Incident &i, const Event &)
{
    if (i.status != IncidentStatus::Resolved && i.status != IncidentStatus::Closed)
        return kNotClosed;
    reopen(i);
    return {};
}

// Append-only parts are a union: a note written while another site closed the incident is kept.
QString onNote(Incident &i, const Event &) { ++i.noteCount; return {}; }
QString onEvidence(Incident &i, const Event &) { ++i.evidenceCount; return {}; }
QString onAlertLinked(Incident &i, const Event &e)
{
    const QString id = e.payload.value(QStringLiteral("alert_id")).toString();
    if (id.isEmpty())
        return kInvalidPayload;
    addAlertId(i, id);
    return {};
}
QString onModulesChanged(Incident &i, const Event &e)
{
    i.modules = modulesFrom(e.payload.value(QStringLiteral("modules")));
    return {};
}

QString dispatch(Incident &i, const Event &e)
{
    using Handler = QString (*)(Incident &, const Event &);
    static const QList<QPair<QString, Handler>> handlers{
        {EventType::IncidentOpened, onOpened},
        {EventType::IncidentSeverityChanged, onSeverityChanged},
        {EventType::IncidentStatusChanged, onStatusChanged},
        {EventType::IncidentAssigned, onAssigned},
        {EventType::IncidentEscalated, onEscalated},
        {EventType::IncidentNoteAdded, onNote},
        {EventType::IncidentChecklistTicked, onChecklistTicked},
        {EventType::IncidentAlertLinked, onAlertLinked},
        {EventType::IncidentModulesChanged, onModulesChanged},
        {EventType::IncidentEvidenceAttached, onEvidence},
        {EventType::IncidentClosed, onClosed},
        {EventType::IncidentReopened, onReopened},
    };
    if (i.id.isEmpty() && e.type != EventType::IncidentOpened)
        return kNotOpened;
    for (const auto &[type, handler] : handlers) {
        if (type == e.type)
            return handler(i, e);
    }
    return kUnknownType;
}

Status transition(const QString &reason)
{
    return Error::make(ErrorCode::InvalidTransition, QStringLiteral("status"), reason);
}

Status invalid(const char *field, const char *rule)
{
    return Error::make(ErrorCode::Validation, QString::fromLatin1(field), QString::fromLatin1(rule));
}

Status notClosed(const Incident &i)
{
    return i.isClosed() ? transition(kAlreadyClosed) : Status{};
}

} // namespace

void IncidentFold::apply(Incident &incident, const Event &event)
{
    if (event.entityType != EntityType::Incident)
        return;
    if (!incident.id.isEmpty() && event.entityId != incident.id)
        return;
    const QString reason = dispatch(incident, event);
    if (!reason.isEmpty())
        incident.conflicts.append(FoldConflict{event.id, event.type, event.actor, reason});
    incident.lastHlc = std::max(incident.lastHlc, event.hlc);
}

Incident IncidentFold::fold(QList<Event> events)
{
    sortForFold(events);
    Incident incident;
    QSet<QString> seen; // duplicates from retried pushes or re-imported bundles fold once
    for (const Event &e : events) {
        if (seen.contains(e.id))
            continue;
        seen.insert(e.id);
        apply(incident, e);
    }
    return incident;
}

Status IncidentRules::validateNew(const QString &title, int severity, const QList<Module> &modules)
{
    const QString t = title.trimmed();
    if (t.isEmpty())
        return invalid("title", "required");
    if (t.size() > limits::kTitleMaxChars)
        return invalid("title", "too_long");
    if (!validSeverity(severity))
        return invalid("severity", "out_of_range");
    for (qsizetype k = 0; k < modules.size(); ++k) {
        if (modules.indexOf(modules[k]) != k)
            return invalid("modules", "duplicate");
    }
    return {};
}

Status IncidentRules::canChangeStatus(const Incident &i, IncidentStatus to)
{
    if (i.status == to)
        return transition(QStringLiteral("same_status"));
    if (!statusStepAllowed(i.status, to))
        return i.isClosed() ? transition(kAlreadyClosed) : transition(kInvalidStatus);
    return {};
}

Status IncidentRules::canAssign(const Incident &i, const QString &assignee)
{
    if (const Status s = notClosed(i); !s.ok())
        return s;
    if (assignee.trimmed().isEmpty())
        return invalid("assignee", "required");
    return {};
}

Status IncidentRules::canEscalate(const Incident &i)
{
    if (const Status s = notClosed(i); !s.ok())
        return s;
    if (i.escalationLevel >= kMaxEscalationLevel)
        return transition(QStringLiteral("already_escalated"));
    return {};
}

Status IncidentRules::canClose(const Incident &i, const CloseRequest &req)
{
    if (const Status s = notClosed(i); !s.ok())
        return s;
    if (req.resolution.trimmed().size() < limits::kResolutionMinChars)
        return invalid("resolution", "too_short");
    if (req.evidenceCount < 1)
        return invalid("evidence", "required");
    if (req.kbRef.trimmed().isEmpty() && req.noKbReason.trimmed().isEmpty())
        return invalid("kb_ref", "required");
    return {};
}

Status IncidentRules::canReopen(const Incident &i, const QString &reason)
{
    if (i.status != IncidentStatus::Resolved && i.status != IncidentStatus::Closed)
        return transition(kNotClosed);
    if (reason.trimmed().isEmpty())
        return invalid("reason", "required");
    return {};
}

Status IncidentRules::canAddNote(const Incident &i, const QString &text)
{
    if (const Status s = notClosed(i); !s.ok())
        return s;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return invalid("text", "required");
    if (t.size() > limits::kNoteMaxChars)
        return invalid("text", "too_long");
    return {};
}

} // namespace mt
