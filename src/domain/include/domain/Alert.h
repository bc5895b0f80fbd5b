// Alert projection and its fold; command rules that decide whether an action is allowed now.
#pragma once

#include "common/Error.h"
#include "domain/Event.h"
#include "domain/Types.h"

#include <QList>
#include <QString>

namespace mt {

// A concurrent change that lost (kept visible in the timeline, never dropped silently).
struct FoldConflict
{
    QString eventId;
    QString eventType;
    QString actor;
    QString reason; // machine key, e.g. "already_resolved"
};

struct Alert
{
    QString id;
    QString siteId;
    Module module = Module::Dashboard;
    AlertSeverity severity = AlertSeverity::Info;
    QString title;
    QString details;
    QString dedupKey;      // empty = never deduplicated
    QString resource;      // host/instance, optional
    AlertState state = AlertState::New;
    int count = 1;         // 1 + number of alert.repeated
    qint64 raisedAtMs = 0; // occurredAt of alert.raised
    qint64 lastSeenAtMs = 0;
    QString raisedBy;
    QString ackedBy;
    qint64 ackedAtMs = 0;          // 0 = not acknowledged (KPI response time uses the first ack)
    qint64 firstAckedAtMs = 0;
    qint64 shelvedUntilMs = 0;     // 0 = not shelved
    int escalationLevel = 0;       // 0 none, 1 escalated (ack timeout passed)
    qint64 escalatedAtMs = 0;
    qint64 resolvedAtMs = 0;
    QString resolvedBy;
    QString incidentId;
    Hlc lastHlc;
    QList<FoldConflict> conflicts;

    bool isOpen() const { return state != AlertState::Resolved; }
    bool isShelvedAt(qint64 nowMs) const { return shelvedUntilMs > nowMs; }
};

class AlertFold
{
public:
    // Apply one event (in fold order) to the state. Events of other entities are ignored.
    static void apply(Alert &alert, const Event &event);
    // Fold a whole history; sorts a copy first, so arrival order does not matter.
    static Alert fold(QList<Event> events);
};

// Whether a command is allowed on the current state (permission is checked separately).
class AlertRules
{
public:
    static Status canAcknowledge(const Alert &a);
    static Status canUnacknowledge(const Alert &a, const QString &reason);
    static Status canShelve(const Alert &a, qint64 untilMs, qint64 nowMs);
    static Status canResolve(const Alert &a);
    static Status canEscalate(const Alert &a);
    // Validates a new alert's fields (title, details and dedup key within domain/FieldLimits.h).
    static Status validateNew(const QString &title, const QString &details, const QString &dedupKey);
};

// Unacknowledged alerts past a per-severity threshold escalate.
struct EscalationThresholds
{
    int criticalMinutes = 5;
    int warningMinutes = 15;
    int infoMinutes = 0; // 0 = never escalates

    int minutesFor(AlertSeverity s) const;
    // True when `a` is new (unacked), not shelved, not yet escalated, and older than its threshold.
    bool isDue(const Alert &a, qint64 nowMs) const;
};

} // namespace mt
