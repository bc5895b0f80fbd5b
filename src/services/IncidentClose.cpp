// IncidentService: evidence attachments, closing an incident (SOP step 6) and SLA-driven escalation to L2.
#include "services/IncidentService.h"

#include "ServiceContext.h"
#include "common/Clock.h"
#include "common/Uuid.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace mt {

namespace {

struct PreparedFile
{
    AttachmentInfo info;
    QByteArray content;
};

// Checks every file before anything is written: one bad file refuses the whole command.
Result<QList<PreparedFile>> prepareFiles(ServiceContext &d, const Session &s, const QString &incidentId,
                                         const QList<EvidenceFile> &files)
{
    QList<PreparedFile> out;
    for (const EvidenceFile &f : files) {
        const QString name = QFileInfo(f.fileName).fileName().trimmed();
        if (name.isEmpty())
            return Error::make(ErrorCode::Validation, QStringLiteral("evidence"), QStringLiteral("file_name_required"));
        if (f.content.size() > d.config.maxAttachmentBytes)
            return Error::make(ErrorCode::TooLarge, QStringLiteral("evidence"),
                               name); // the file name, so the message can say which one
        PreparedFile p;
        p.info.id = newUuidV7(d.clock);
        p.info.incidentId = incidentId;
        p.info.fileName = name;
        p.info.size = f.content.size();
        p.info.sha256 = QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex());
        p.info.addedAtMs = d.clock.nowMs();
        p.info.addedBy = s.user;
        p.content = f.content;
        out << p;
    }
    return out;
}

Event evidenceEvent(ServiceContext &d, const Session &s, const AttachmentInfo &info)
{
    const QJsonObject payload{{QStringLiteral("attachment_id"), info.id},
                              {QStringLiteral("file_name"), info.fileName},
                              {QStringLiteral("size"), info.size},
                              {QStringLiteral("sha256"), info.sha256}};
    return d.makeEvent(s.user, EntityType::Incident, info.incidentId, EventType::IncidentEvidenceAttached, payload);
}

std::function<Status(QSqlDatabase &)> storeFiles(const QList<PreparedFile> &files)
{
    return [files](QSqlDatabase &db) {
        for (const PreparedFile &f : files) {
            const Status st = AttachmentRepository::insert(db, f.info, f.content);
            if (!st.ok())
                return st;
        }
        return Status{};
    };
}

} // namespace

Status IncidentService::attachEvidence(const Session &s, const QString &id, const EvidenceFile &file)
{
    const QString cmd = QStringLiteral("attach evidence to %1").arg(id);
    Status st = permit(s, Action::IncidentUpdate);
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    const auto incident = m_ctx.loadIncident(id);
    if (!incident)
        return m_ctx.fail(cmd, s, incident.error());
    if (incident->isClosed())
        return m_ctx.fail(cmd, s, Error::make(ErrorCode::InvalidTransition, QStringLiteral("status"), QStringLiteral("already_closed")));
    const auto prepared = prepareFiles(m_ctx, s, id, {file});
    if (!prepared)
        return m_ctx.fail(cmd, s, prepared.error());
    st = m_ctx.append({evidenceEvent(m_ctx, s, prepared->first().info)}, storeFiles(prepared.value()));
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    m_ctx.info(QStringLiteral("%1 by %2: %3 (%4 bytes)").arg(cmd, s.user, prepared->first().info.fileName).arg(prepared->first().info.size));
    emit m_ctx.notifier.incidentsChanged();
    return {};
}

Status IncidentService::close(const Session &s, const QString &id, const CloseIncidentRequest &r)
{
    const QString cmd = QStringLiteral("close incident %1").arg(id);
    Status st = permit(s, Action::IncidentClose);
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    const auto incident = m_ctx.loadIncident(id);
    if (!incident)
        return m_ctx.fail(cmd, s, incident.error());
    if (!PermissionPolicy::allowsClose(s.role, incident->severity))
        return m_ctx.fail(cmd, s, Error::make(ErrorCode::PermissionDenied, QStringLiteral("severity"),
                                           QStringLiteral("incident_close sev-%1").arg(incident->severity)));
    const auto prepared = prepareFiles(m_ctx, s, id, r.files);
    if (!prepared)
        return m_ctx.fail(cmd, s, prepared.error());
    const QString note = r.evidenceNote.trimmed();
    CloseRequest req{r.resolution, r.kbRef, r.noKbReason,
                     incident->noteCount + incident->evidenceCount + int(prepared->size()) + (note.isEmpty() ? 0 : 1)};
    st = IncidentRules::canClose(incident.value(), req);
    if (st.ok() && !note.isEmpty())
        st = IncidentRules::canAddNote(incident.value(), note);
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    QList<Event> events;
    for (const PreparedFile &f : prepared.value())
        events << evidenceEvent(m_ctx, s, f.info);
    if (!note.isEmpty())
        events << m_ctx.makeEvent(s.user, EntityType::Incident, id, EventType::IncidentNoteAdded, {{QStringLiteral("text"), note}});
    QJsonObject closed{{QStringLiteral("resolution"), r.resolution.trimmed()}};
    if (!r.kbRef.trimmed().isEmpty())
        closed.insert(QStringLiteral("kb_ref"), r.kbRef.trimmed());
    else
        closed.insert(QStringLiteral("no_kb_reason"), r.noKbReason.trimmed());
    events << m_ctx.makeEvent(s.user, EntityType::Incident, id, EventType::IncidentClosed, closed);
    st = m_ctx.append(events, storeFiles(prepared.value()));
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    m_ctx.info(QStringLiteral("%1 by %2 with %3 file(s)").arg(cmd, s.user).arg(prepared->size()));
    emit m_ctx.notifier.incidentsChanged();
    return {};
}

Result<int> IncidentService::escalateDue()
{
    const auto due = m_ctx.incidents.dueForL2(m_ctx.clock.nowMs(), m_ctx.config.l2EscalationFraction);
    if (!due)
        return due.error();
    QList<Event> events;
    QList<Incident> escalated;
    for (const Incident &i : due.value()) {
        if (!IncidentRules::canEscalate(i).ok())
            continue;
        const QJsonObject payload{{QStringLiteral("level"), 2}, {QStringLiteral("reason"), QStringLiteral("sla_threshold")}};
        events << m_ctx.makeEvent(QStringLiteral("system"), EntityType::Incident, i.id, EventType::IncidentEscalated, payload);
        escalated << i;
    }
    if (events.isEmpty())
        return 0;
    const Status st = m_ctx.append(events);
    if (!st.ok())
        return m_ctx.fail(QStringLiteral("escalate due incidents"), Session::system(), st);
    for (const Incident &i : escalated) {
        m_ctx.info(QStringLiteral("incident %1 (%2) escalated to L2: past %3% of its SLA").arg(i.id, i.number).arg(m_ctx.config.l2EscalationFraction * 100));
        emit m_ctx.notifier.incidentEscalated(i.id, i.number, i.title);
    }
    emit m_ctx.notifier.incidentsChanged();
    return static_cast<int>(escalated.size());
}

} // namespace mt
