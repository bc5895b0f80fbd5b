// Incidents: open from alerts with an SLA, assign, triage, escalate, notes and evidence, close and reopen.
#pragma once

#include "common/Error.h"
#include "domain/Incident.h"
#include "domain/Queries.h"
#include "domain/Records.h"
#include "domain/Sla.h"
#include "services/Session.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

class ServiceContext;

struct OpenIncidentRequest
{
    QString title;
    QString description;
    int severity = 3;
    QList<Module> modules; // empty: taken from the linked alerts
    QStringList alertIds;
    QString assignee;
};

struct EvidenceFile
{
    QString fileName;  // base name shown to people
    QByteArray content;
};

struct CloseIncidentRequest
{
    QString resolution;
    QString kbRef;
    QString noKbReason;
    QString evidenceNote;         // optional note recorded as evidence
    QList<EvidenceFile> files;    // stored in the database, each under maxAttachmentBytes
};

// One entry of an incident's notes and evidence: a note (also the evidence note of a close) or a file.
struct IncidentNote
{
    enum class Kind { Note, Evidence };
    Kind kind = Kind::Note;
    QString eventId;
    QString author;    // user name
    QString siteId;
    qint64 atMs = 0;   // UTC
    QString text;      // a note
    QString fileName;  // evidence
    qint64 size = 0;   // evidence, bytes
};

class IncidentService
{
public:
    explicit IncidentService(ServiceContext &ctx);

    Result<QString> open(const Session &s, const OpenIncidentRequest &r);
    Status assign(const Session &s, const QString &id, const QString &assignee);
    Status changeSeverity(const Session &s, const QString &id, int severity);
    Status setStatus(const Session &s, const QString &id, IncidentStatus to);
    Status escalate(const Session &s, const QString &id, const QString &reason);
    Status addNote(const Session &s, const QString &id, const QString &text);
    Status tickChecklist(const Session &s, const QString &id, const QString &step, bool done);
    Status attachEvidence(const Session &s, const QString &id, const EvidenceFile &file);
    Status close(const Session &s, const QString &id, const CloseIncidentRequest &r);
    Status reopen(const Session &s, const QString &id, const QString &reason);
    // System-driven escalation to L2 of incidents past the configured share of their SLA.
    Result<int> escalateDue();

    // --- read side
    Result<std::optional<Incident>> find(const QString &id) const;
    // The id of the incident that `idOrNumber` names: an id, or a number such as JKT-0042 (any case).
    // NotFound when none; Conflict when the number is shared (docs/events.md).
    Result<QString> resolveId(const QString &idOrNumber) const;
    // id -> number for those of `incidentIds` stored here (an alert's incident may not have arrived yet).
    Result<QHash<QString, QString>> numbers(const QStringList &incidentIds) const;
    SlaState slaState(const Incident &i) const;
    Result<qint64> count(const IncidentFilter &f) const;
    // Newest opened first.
    Result<QList<Incident>> page(const IncidentFilter &f, qint64 offset, int limit) const;
    Result<QList<AttachmentInfo>> attachments(const QString &incidentId) const;
    // Notes and evidence files from every site, oldest first (a file's content may exist only where it was added).
    Result<QList<IncidentNote>> notes(const QString &incidentId) const;
    Result<QByteArray> attachmentContent(const QString &attachmentId) const;

private:
    ServiceContext &m_ctx;
};

} // namespace mt
