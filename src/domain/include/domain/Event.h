// The immutable event: the single source of truth; projections are folds of these.
#pragma once

#include "common/Hlc.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

namespace EntityType {
inline const QString Alert = QStringLiteral("alert");
inline const QString Incident = QStringLiteral("incident");
inline const QString User = QStringLiteral("user");
inline const QString SisdmkQuarantine = QStringLiteral("sisdmk_quarantine");
} // namespace EntityType

// The entity types that never leave the workstation that made them (docs/sync.md, "Local-only
// entities"): local accounts ("user": every site has its own admin, and credentials never travel)
// and the review marks of this site's SISDMK quarantine rows ("sisdmk_quarantine": the rows they mark
// exist only here). The outbox, bundle export, the hub pull and the wire codec all ask this one list.
const QStringList &localOnlyEntityTypes();
bool isLocalOnlyEntity(const QString &entityType);

// Event type names; payload fields are listed in docs/events.md.
namespace EventType {
inline const QString AlertRaised = QStringLiteral("alert.raised");
inline const QString AlertRepeated = QStringLiteral("alert.repeated");
inline const QString AlertAcknowledged = QStringLiteral("alert.acknowledged");
inline const QString AlertUnacknowledged = QStringLiteral("alert.unacknowledged");
inline const QString AlertShelved = QStringLiteral("alert.shelved");
inline const QString AlertUnshelved = QStringLiteral("alert.unshelved");
inline const QString AlertEscalated = QStringLiteral("alert.escalated");
inline const QString AlertResolved = QStringLiteral("alert.resolved");
inline const QString AlertLinked = QStringLiteral("alert.linked");

inline const QString IncidentOpened = QStringLiteral("incident.opened");
inline const QString IncidentSeverityChanged = QStringLiteral("incident.severity_changed");
inline const QString IncidentStatusChanged = QStringLiteral("incident.status_changed");
inline const QString IncidentAssigned = QStringLiteral("incident.assigned");
inline const QString IncidentEscalated = QStringLiteral("incident.escalated");
inline const QString IncidentNoteAdded = QStringLiteral("incident.note_added");
inline const QString IncidentChecklistTicked = QStringLiteral("incident.checklist_ticked");
inline const QString IncidentAlertLinked = QStringLiteral("incident.alert_linked");
inline const QString IncidentModulesChanged = QStringLiteral("incident.modules_changed");
inline const QString IncidentEvidenceAttached = QStringLiteral("incident.evidence_attached");
inline const QString IncidentClosed = QStringLiteral("incident.closed");
inline const QString IncidentReopened = QStringLiteral("incident.reopened");

inline const QString UserCreated = QStringLiteral("user.created");
inline const QString UserRoleChanged = QStringLiteral("user.role_changed");
inline const QString UserDisabled = QStringLiteral("user.disabled");
inline const QString UserLoggedIn = QStringLiteral("user.logged_in");
inline const QString UserLoginFailed = QStringLiteral("user.login_failed");
} // namespace EventType

struct Event
{
    QString id;          // UUIDv7
    QString entityType;  // EntityType::*
    QString entityId;    // UUIDv7 of the entity (the id of its creating event's entity)
    QString type;        // EventType::*
    QJsonObject payload;
    QString actor;       // user name, or "system"
    QString siteId;
    Hlc hlc;
    std::optional<qint64> serverSeq; // set once the hub has it (issue 3)

    qint64 occurredAtMs() const { return hlc.physicalMs(); }
};

// The one total order every site folds in: HLC, then site id, then event id.
bool foldsBefore(const Event &a, const Event &b);
void sortForFold(QList<Event> &events);

// Canonical bytes of an event (sorted JSON keys), used by the audit hash chain and bundle signatures.
QByteArray canonicalBytes(const Event &event);

} // namespace mt
