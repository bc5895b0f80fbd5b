// IncidentService: incident commands (open from alerts with an SLA due time, assign, severity, status, notes), reads.
#include "services/IncidentService.h"

#include "ServiceContext.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/IncidentNumber.h"

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
Status collectAlerts(ServiceContext &d, const QStringList &ids, QList<Module> &modules, bool addModules)
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

QList<Event> openEvents(ServiceContext &ctx, const Session &s, const OpenIncidentRequest &r, const QString &id,
                        const QString &number, const QList<Module> &modules, const QStringList &alertIds, qint64 due)
{
    const QJsonObject payload{{QStringLiteral("number"), number},
                              {QStringLiteral("title"), r.title.trimmed()},
                              {QStringLiteral("description"), r.description},
                              {QStringLiteral("severity"), r.severity},
                              {QStringLiteral("modules"), moduleKeys(modules)},
                              {QStringLiteral("alert_ids"), QJsonArray::fromStringList(alertIds)},
                              {QStringLiteral("assignee"), r.assignee},
                              {QStringLiteral("sla_due_ms"), due}};
    QList<Event> events{ctx.makeEvent(s.user, EntityType::Incident, id, EventType::IncidentOpened, payload)};
    for (const QString &alertId : alertIds)
        events << ctx.makeEvent(s.user, EntityType::Alert, alertId, EventType::AlertLinked,
                                {{QStringLiteral("incident_id"), id}});
    return events;
}

} // namespace

IncidentService::IncidentService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<QString> IncidentService::open(const Session &s, const OpenIncidentRequest &r)
{
    const QString cmd = QStringLiteral("open incident");
    QList<Module> modules = r.modules;
    QStringList alertIds = r.alertIds;
    alertIds.removeDuplicates();
    Status st = permit(s, Action::IncidentOpen);
    if (st.ok())
        st = collectAlerts(m_ctx, alertIds, modules, r.modules.isEmpty());
    if (st.ok())
        st = IncidentRules::validateNew(r.title, r.severity, modules);
    if (st.ok() && modules.isEmpty())
        st = Error::make(ErrorCode::Validation, QStringLiteral("modules"), QStringLiteral("required"));
    if (st.ok() && !r.assignee.isEmpty() && !m_ctx.userExists(r.assignee))
        st = Error::make(ErrorCode::Validation, QStringLiteral("assignee"), QStringLiteral("unknown_user"));
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    const QString id = newUuidV7(m_ctx.clock);
    const qint64 due = m_ctx.slaPolicy().dueAt(r.severity, m_ctx.clock.nowUtc()).toMSecsSinceEpoch();
    QString number;
    // The next number is read and used in one write transaction, so the app and medtrackctl on the
    // same data dir never take the same one.
    st = m_ctx.db->transaction([&]() -> Status {
        const auto last = m_ctx.incidents.lastNumberSequence(m_ctx.config.siteId);
        if (!last)
            return last.error();
        number = IncidentNumber::format(IncidentNumber::siteCode(m_ctx.config.siteId), last.value() + 1);
        return m_ctx.append(openEvents(m_ctx, s, r, id, number, modules, alertIds, due));
    });
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    m_ctx.info(QStringLiteral("incident %1 (%2) opened by %3: sev-%4, %5 alert(s)")
                   .arg(id, number, s.user).arg(r.severity).arg(alertIds.size()));
    emit m_ctx.notifier.incidentsChanged();
    if (!alertIds.isEmpty())
        emit m_ctx.notifier.alertsChanged();
    return id;
}

// Shared shape of the simple incident commands: permission, load, rule, one event.
static Status incidentCommand(ServiceContext &d, const Session &s, const QString &id, Action action,
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

Status IncidentService::assign(const Session &s, const QString &id, const QString &assignee)
{
    const QString who = assignee.trimmed();
    return incidentCommand(
        m_ctx, s, id, Action::IncidentAssign,
        [&](const Incident &i) {
            const Status st = IncidentRules::canAssign(i, who);
            if (st.ok() && !m_ctx.userExists(who))
                return Error::make(ErrorCode::Validation, QStringLiteral("assignee"), QStringLiteral("unknown_user"));
            return st;
        },
        EventType::IncidentAssigned, {{QStringLiteral("assignee"), who}});
}

Status IncidentService::changeSeverity(const Session &s, const QString &id, int severity)
{
    const auto current = m_ctx.loadIncident(id);
    const QDateTime opened = current ? QDateTime::fromMSecsSinceEpoch(current->openedAtMs, Qt::UTC) : QDateTime();
    const qint64 due = m_ctx.slaPolicy().dueAt(severity, opened).toMSecsSinceEpoch();
    return incidentCommand(
        m_ctx, s, id, Action::IncidentChangeSeverity,
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

Status IncidentService::setStatus(const Session &s, const QString &id, IncidentStatus to)
{
    if (to == IncidentStatus::Closed) // closing needs a resolution, evidence and a KB decision
        return m_ctx.fail(QStringLiteral("set status"), s,
                       Error::make(ErrorCode::InvalidTransition, QStringLiteral("status"), QStringLiteral("use_close")));
    const Action action = to == IncidentStatus::Resolved ? Action::IncidentResolve : Action::IncidentUpdate;
    return incidentCommand(
        m_ctx, s, id, action, [&](const Incident &i) { return IncidentRules::canChangeStatus(i, to); },
        EventType::IncidentStatusChanged, {{QStringLiteral("status"), toKey(to)}, {QStringLiteral("reason"), QString()}});
}

Status IncidentService::escalate(const Session &s, const QString &id, const QString &reason)
{
    Incident snapshot;
    const Status st = incidentCommand(
        m_ctx, s, id, Action::IncidentEscalate,
        [&](const Incident &i) {
            snapshot = i;
            return IncidentRules::canEscalate(i);
        },
        EventType::IncidentEscalated, {{QStringLiteral("level"), 2}, {QStringLiteral("reason"), reason.trimmed()}});
    if (st.ok())
        emit m_ctx.notifier.incidentEscalated(id, snapshot.number, snapshot.title);
    return st;
}

Status IncidentService::addNote(const Session &s, const QString &id, const QString &text)
{
    return incidentCommand(
        m_ctx, s, id, Action::IncidentUpdate, [&](const Incident &i) { return IncidentRules::canAddNote(i, text); },
        EventType::IncidentNoteAdded, {{QStringLiteral("text"), text.trimmed()}});
}

Status IncidentService::tickChecklist(const Session &s, const QString &id, const QString &step, bool done)
{
    return incidentCommand(
        m_ctx, s, id, Action::IncidentUpdate,
        [&](const Incident &i) -> Status {
            if (i.isClosed())
                return Error::make(ErrorCode::InvalidTransition, QStringLiteral("status"), QStringLiteral("already_closed"));
            if (!TriageStep::all().contains(step))
                return Error::make(ErrorCode::Validation, QStringLiteral("step"), QStringLiteral("unknown_step"));
            return {};
        },
        EventType::IncidentChecklistTicked, {{QStringLiteral("step"), step}, {QStringLiteral("done"), done}});
}

Status IncidentService::reopen(const Session &s, const QString &id, const QString &reason)
{
    return incidentCommand(
        m_ctx, s, id, Action::IncidentReopen, [&](const Incident &i) { return IncidentRules::canReopen(i, reason); },
        EventType::IncidentReopened, {{QStringLiteral("reason"), reason.trimmed()}});
}

Result<std::optional<Incident>> IncidentService::find(const QString &id) const
{
    return m_ctx.incidents.find(id);
}

Result<QString> IncidentService::resolveId(const QString &idOrNumber) const
{
    const QString typed = idOrNumber.trimmed();
    const auto byId = m_ctx.incidents.find(typed);
    if (!byId)
        return byId.error();
    if (byId.value())
        return typed;
    const auto ids = m_ctx.incidents.idsWithNumber(IncidentNumber::normalised(typed));
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("incident"), typed);
    if (ids->size() > 1)
        return Error::make(ErrorCode::Conflict, QStringLiteral("incident"), QStringLiteral("ambiguous number ") + typed);
    return ids->first();
}

Result<QHash<QString, QString>> IncidentService::numbers(const QStringList &incidentIds) const
{
    return m_ctx.incidents.numbers(incidentIds);
}

Result<qint64> IncidentService::count(const IncidentFilter &f) const
{
    return m_ctx.incidents.count(f);
}

Result<QList<Incident>> IncidentService::page(const IncidentFilter &f, qint64 offset, int limit) const
{
    return m_ctx.incidents.page(f, offset, limit);
}

Result<QList<AttachmentInfo>> IncidentService::attachments(const QString &incidentId) const
{
    return m_ctx.attachments.forIncident(incidentId);
}

Result<QList<IncidentNote>> IncidentService::notes(const QString &incidentId) const
{
    auto events = m_ctx.store.eventsFor(EntityType::Incident, incidentId);
    if (!events)
        return events.error();
    QList<Event> list = std::move(events).value();
    sortForFold(list);
    QList<IncidentNote> out;
    for (const Event &e : std::as_const(list)) {
        const bool note = e.type == EventType::IncidentNoteAdded;
        if (!note && e.type != EventType::IncidentEvidenceAttached)
            continue;
        IncidentNote n;
        n.kind = note ? IncidentNote::Kind::Note : IncidentNote::Kind::Evidence;
        n.eventId = e.id;
        n.author = e.actor;
        n.siteId = e.siteId;
        n.atMs = e.occurredAtMs();
        if (note) {
            n.text = e.payload.value(QLatin1String("text")).toString();
        } else {
            n.fileName = e.payload.value(QLatin1String("file_name")).toString();
            n.size = e.payload.value(QLatin1String("size")).toInteger();
        }
        out << n;
    }
    return out;
}

Result<QByteArray> IncidentService::attachmentContent(const QString &attachmentId) const
{
    return m_ctx.attachments.content(attachmentId);
}

SlaState IncidentService::slaState(const Incident &i) const
{
    const auto utc = [](qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime(); };
    return m_ctx.slaPolicy().state(utc(i.openedAtMs), utc(i.slaDueAtMs), m_ctx.clock.nowUtc(),
                                                     utc(i.closedAtMs));
}

} // namespace mt
