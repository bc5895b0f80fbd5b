// Incident projection, its fold, and the rules for each incident command.
#pragma once

#include "common/Error.h"
#include "domain/Alert.h"
#include "domain/Event.h"
#include "domain/Types.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mt {

// The L1 triage steps of SOP Operator 3.3 step 3, as checklist keys.
namespace TriageStep {
inline const QString CheckData = QStringLiteral("check_data");
inline const QString CheckImpact = QStringLiteral("check_impact");
inline const QString CheckModules = QStringLiteral("check_modules");
QStringList all();
} // namespace TriageStep

struct Incident
{
    QString id;
    QString siteId;
    QString number;                   // JKT-0042, from incident.opened (IncidentNumber::ofOpened)
    qint64 numberSequence = 0;        // its sequence at the opening site; 0 = fallback number
    QString title;
    QString description;
    int severity = 3;                 // 1..4
    QList<Module> modules;
    IncidentStatus status = IncidentStatus::Open;
    QString assignee;                 // user name, empty = unassigned
    QString openedBy;
    qint64 openedAtMs = 0;
    qint64 slaDueAtMs = 0;            // from the payload of opened / severity_changed (computed by SlaPolicy)
    int escalationLevel = 1;          // 1 = L1, 2 = L2
    qint64 resolvedAtMs = 0;
    qint64 closedAtMs = 0;
    QString closedBy;
    QString resolution;
    QString kbRef;
    QString noKbReason;
    QMap<QString, bool> checklist;    // TriageStep -> done (last writer wins per item)
    QStringList alertIds;             // union
    int noteCount = 0;
    int evidenceCount = 0;
    int reopenCount = 0;
    Hlc lastHlc;
    QList<FoldConflict> conflicts;

    bool isClosed() const { return status == IncidentStatus::Closed; }
};

class IncidentFold
{
public:
    static void apply(Incident &incident, const Event &event);
    static Incident fold(QList<Event> events);
};

// Input of a close: all three are checked by IncidentRules::canClose.
struct CloseRequest
{
    QString resolution;
    QString kbRef;
    QString noKbReason;
    int evidenceCount = 0; // notes + files already attached, plus any in this request
};

class IncidentRules
{
public:
    static Status validateNew(const QString &title, int severity, const QList<Module> &modules);
    static Status canChangeStatus(const Incident &i, IncidentStatus to);
    static Status canAssign(const Incident &i, const QString &assignee);
    static Status canEscalate(const Incident &i);
    static Status canClose(const Incident &i, const CloseRequest &req);
    static Status canReopen(const Incident &i, const QString &reason);
    static Status canAddNote(const Incident &i, const QString &text);
};

} // namespace mt
