// Core: incident commands (open from alerts with an SLA due time, assign, severity, status, notes, escalation).
#include "services/Core.h"

#include "CoreImpl.h"
#include "common/Clock.h"
#include "common/Uuid.h"

#include <QJsonArray>

namespace mt {

namespace {

QJsonArray moduleKeys(const QList<Module> &modules)
{
    QJsonArray out;
    for (Module m : modules)
        out.append(toKey(m));
    return out;
}

// Alerts to link must exist; their modules are the default modules of the incident.
Status collectAlerts(Core::Impl &d, const QStringList &ids, QList<Module> &modules, bool addModules)
{
    for (const QString &id : ids) {
        const auto a = d.loadAlert(id, QStringLiteral("alert_ids"));
        if (!a)
            return a.error();
        if (addModules && !modules.contains(a->module))
            modules.append(a->module);
    }
    return {};
}

} // namespace

Result<QString> Core::openIncident(const Session &s, const OpenIncidentRequest &r)
{
    const QString cmd = QStringLiteral("open incident");
    QList<Module> modules = r.modules;
    QStringList alertIds = r.alertIds;
    alertIds.removeDuplicates();
    Status st = permit(s, Action::IncidentOpen);
    if (st.ok())
        st = collectAlerts(*d, alertIds, modules, r.modules.isEmpty());
    if (st.ok())
        st = IncidentRules::validateNew(r.title, r.severity, modules);
    if (st.ok() && modules.isEmpty())
        st = Error::make(ErrorCode::Validation, QStringLiteral("modules"), QStringLiteral("required"));
    if (st.ok() && !r.assignee.isEmpty() && !d->userExists(r.assignee))
        st = Error::make(ErrorCode::Validation, QStringLiteral("assignee"), QStringLiteral("unknown_user"));
    if (!st.ok())
        return d->fail(cmd, s, st);
    const QString id = newUuidV7(d->clock);
    const qint64 due = d->slaPolicy().dueAt(r.severity, d->clock.nowUtc()).toMSecsSinceEpoch();
    const QJsonObject payload{{QStringLiteral("title"), r.title.trimmed()},
                              {QStringLiteral("description"), r.description},
                              {QStringLiteral("severity"), r.severity},
                              {QStringLiteral("modules"), moduleKeys(modules)},
                              {QStringLiteral("alert_ids"), QJsonArray::fromStringList(alertIds)},
                              {QStringLiteral("assignee"), r.assignee},
                              {QStringLiteral("sla_due_ms"), due}};
    QList<Event> events{d->makeEvent(s.user, EntityType::Incident, id, EventType::IncidentOpened, payload)};
    for (const QString &alertId : alertIds)
        events << d->makeEvent(s.user, EntityType::Alert, alertId, EventType::AlertLinked,
                               {{QStringLiteral("incident_id"), id}});
    st = d->append(events);
    if (!st.ok())
        return d->fail(cmd, s, st);
    d->info(QStringLiteral("incident %1 opened by %2: sev-%3, %4 alert(s)").arg(id, s.user).arg(r.severity).arg(alertIds.size()));
    emit d->notifier.incidentsChanged();
    if (!alertIds.isEmpty())
        emit d->notifier.alertsChanged();
    return id;
}

// Shared shape of the simple incident commands: permission, load, rule, one event.
static Status incidentCommand(Core::Impl &d, const Session &s, const QString &id, Action action,
                              const std::function<Status(const Incident &)> &rule, const QString &type,
                              const QJsonObject &payload)
{
    const QString cmd = type + QLatin1Char(' ') + id;
    Status st = permit(s, action);
    if (!st.ok())
        return d.fail(cmd, s, st);
    const auto incident = d.loadIncident(id);
    if (!incident)
        return d.fail(cmd, s, incident.error());
    st = rule(incident.value());
    if (st.ok())
        st = d.append({d.makeEvent(s.user, EntityType::Incident, id, type, payload)});
    if (!st.ok())
        return d.fail(cmd, s, st);
    d.info(QStringLiteral("%1 by %2").arg(cmd, s.user));
    emit d.notifier.incidentsChanged();
    return {};
}

Status Core::assignIncident(const Session &s, const QString &id, const QString &assignee)
{
    const QString who = assignee.trimmed();
    return incidentCommand(
        *d, s, id, Action::IncidentAssign,
        [&](const Incident &i) {
            const Status st = IncidentRules::canAssign(i, who);
            if (st.ok() && !d->userExists(who))
                return Error::make(ErrorCode::Validation, QStringLiteral("assignee"), QStringLiteral("unknown_user"));
            return st;
        },
        EventType::IncidentAssigned, {{QStringLiteral("assignee"), who}});
}

Status Core::changeIncidentSeverity(const Session &s, const QString &id, int severity)
{
    const auto current = d->loadIncident(id);
    const QDateTime opened = current ? QDateTime::fromMSecsSinceEpoch(current->openedAtMs, Qt::UTC) : QDateTime();
    const qint64 due = d->slaPolicy().dueAt(severity, opened).toMSecsSinceEpoch();
    return incidentCommand(
        *d, s, id, Action::IncidentChangeSeverity,
        [&](const Incident &i) -> Status {
            if (i.isClosed())
                return Error::make(ErrorCode::InvalidTransition, QStringLiteral("status"), QStringLiteral("already_closed"));
            if (severity < kMinIncidentSeverity || severity > kMaxIncidentSeverity)
                return Error::make(ErrorCode::Validation, QStringLiteral("severity"), QStringLiteral("out_of_range"));
            if (severity == i.severity)
                return Error::make(ErrorCode::InvalidTransition, QStringLiteral("severity"), QStringLiteral("same_severity"));
            return {};
        },
        EventType::IncidentSeverityChanged,
        {{QStringLiteral("severity"), severity}, {QStringLiteral("sla_due_ms"), due}});
}

Status Core::setIncidentStatus(const Session &s, const QString &id, IncidentStatus to)
{
    if (to == IncidentStatus::Closed) // closing needs a resolution, evidence and a KB decision
        return d->fail(QStringLiteral("set status"), s,
                       Error::make(ErrorCode::InvalidTransition, QStringLiteral("status"), QStringLiteral("use_close")));
    const Action action = to == IncidentStatus::Resolved ? Action::IncidentResolve : Action::IncidentUpdate;
    return incidentCommand(
        *d, s, id, action, [&](const Incident &i) { return IncidentRules::canChangeStatus(i, to); },
        EventType::IncidentStatusChanged, {{QStringLiteral("status"), toKey(to)}, {QStringLiteral("reason"), QString()}});
}

Status Core::escalateIncident(const Session &s, const QString &id, const QString &reason)
{
    Incident snapshot;
    const Status st = incidentCommand(
        *d, s, id, Action::IncidentEscalate,
        [&](const Incident &i) {
            snapshot = i;
            return IncidentRules::canEscalate(i);
        },
        EventType::IncidentEscalated, {{QStringLiteral("level"), 2}, {QStringLiteral("reason"), reason.trimmed()}});
    if (st.ok())
        emit d->notifier.incidentEscalated(id, snapshot.title);
    return st;
}

Status Core::addIncidentNote(const Session &s, const QString &id, const QString &text)
{
    return incidentCommand(
        *d, s, id, Action::IncidentUpdate, [&](const Incident &i) { return IncidentRules::canAddNote(i, text); },
        EventType::IncidentNoteAdded, {{QStringLiteral("text"), text.trimmed()}});
}

Status Core::tickChecklist(const Session &s, const QString &id, const QString &step, bool done)
{
    return incidentCommand(
        *d, s, id, Action::IncidentUpdate,
        [&](const Incident &i) -> Status {
            if (i.isClosed())
                return Error::make(ErrorCode::InvalidTransition, QStringLiteral("status"), QStringLiteral("already_closed"));
            if (!TriageStep::all().contains(step))
                return Error::make(ErrorCode::Validation, QStringLiteral("step"), QStringLiteral("unknown_step"));
            return {};
        },
        EventType::IncidentChecklistTicked, {{QStringLiteral("step"), step}, {QStringLiteral("done"), done}});
}

Status Core::reopenIncident(const Session &s, const QString &id, const QString &reason)
{
    return incidentCommand(
        *d, s, id, Action::IncidentReopen, [&](const Incident &i) { return IncidentRules::canReopen(i, reason); },
        EventType::IncidentReopened, {{QStringLiteral("reason"), reason.trimmed()}});
}

Result<std::optional<Incident>> Core::incident(const QString &id) const
{
    return d->incidents.find(id);
}

SlaState Core::slaState(const Incident &i) const
{
    const auto utc = [](qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime(); };
    return d->slaPolicy().state(utc(i.openedAtMs), utc(i.slaDueAtMs), d->clock.nowUtc(),
                                                     utc(i.closedAtMs));
}

} // namespace mt
