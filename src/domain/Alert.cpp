// Alert fold (a deterministic state machine over events) and the alert command rules.
#include "domain/Alert.h"

#include "domain/FieldLimits.h"

#include <QSet>

#include <algorithm>

namespace mt {

namespace {

// Reason keys of fold conflicts; the UI translates them in the timeline.
const QString kAlreadyRaised = QStringLiteral("already_raised");
const QString kNotRaised = QStringLiteral("not_raised");
const QString kAlreadyResolved = QStringLiteral("already_resolved");
const QString kAlreadyAcknowledged = QStringLiteral("already_acknowledged");
const QString kNotAcknowledged = QStringLiteral("not_acknowledged");
const QString kNotShelved = QStringLiteral("not_shelved");
const QString kAlreadyEscalated = QStringLiteral("already_escalated");
const QString kInvalidPayload = QStringLiteral("invalid_payload");
const QString kUnknownType = QStringLiteral("unknown_type");


void applyRaised(Alert &a, const Event &e)
{
    const QJsonObject &p = e.payload;
    a.id = e.entityId;
    a.siteId = e.siteId;
    a.module = moduleFromKey(p.value(QStringLiteral("module")).toString()).value_or(Module::Dashboard);
    a.severity = alertSeverityFromKey(p.value(QStringLiteral("severity")).toString())
                     .value_or(AlertSeverity::Info);
    a.title = p.value(QStringLiteral("title")).toString();
    a.details = p.value(QStringLiteral("details")).toString();
    a.dedupKey = p.value(QStringLiteral("dedup_key")).toString();
    a.resource = p.value(QStringLiteral("resource")).toString();
    a.state = AlertState::New;
    a.count = 1;
    a.raisedAtMs = e.occurredAtMs();
    a.lastSeenAtMs = e.occurredAtMs();
    a.raisedBy = e.actor;
}

// Each handler returns the conflict reason, or an empty string when the event was applied.
QString onRaised(Alert &a, const Event &e)
{
    if (!a.id.isEmpty())
        return kAlreadyRaised;
    applyRaised(a, e);
    return {};
}

QString onRepeated(Alert &a, const Event &e)
{
    if (!a.isOpen())
        return kAlreadyResolved;
    ++a.count;
    a.lastSeenAtMs = std::max(a.lastSeenAtMs, e.occurredAtMs());
    return {};
}

QString onAcknowledged(Alert &a, const Event &e)
{
    if (a.state == AlertState::Resolved)
        return kAlreadyResolved;
    if (a.state == AlertState::Acknowledged)
        return kAlreadyAcknowledged;
    a.state = AlertState::Acknowledged;
    a.ackedBy = e.actor;
    a.ackedAtMs = e.occurredAtMs();
    if (a.firstAckedAtMs == 0) // the KPI measures response time to the first ack
        a.firstAckedAtMs = a.ackedAtMs;
    return {};
}

QString onUnacknowledged(Alert &a, const Event &)
{
    if (a.state == AlertState::Resolved)
        return kAlreadyResolved;
    if (a.state != AlertState::Acknowledged)
        return kNotAcknowledged;
    a.state = AlertState::New;
    a.ackedBy.clear();
    a.ackedAtMs = 0;
    return {};
}

QString onShelved(Alert &a, const Event &e)
{
    if (!a.isOpen())
        return kAlreadyResolved;
    const qint64 until = e.payload.value(QStringLiteral("until_ms")).toInteger();
    if (until <= 0)
        return kInvalidPayload;
    a.shelvedUntilMs = until;
    return {};
}

QString onUnshelved(Alert &a, const Event &)
{
    if (!a.isOpen())
        return kAlreadyResolved;
    if (a.shelvedUntilMs == 0)
        return kNotShelved;
    a.shelvedUntilMs = 0;
    return {};
}

QString onEscalated(Alert &a, const Event &e)
{
    if (!a.isOpen())
        return kAlreadyResolved;
    if (a.escalationLevel >= 1)
        return kAlreadyEscalated;
    a.escalationLevel = 1;
    a.escalatedAtMs = e.occurredAtMs();
    return {};
}

QString onResolved(Alert &a, const Event &e)
{
    if (!a.isOpen())
        return kAlreadyResolved;
    a.state = AlertState::Resolved;
    a.resolvedAtMs = e.occurredAtMs();
    a.resolvedBy = e.actor;
    return {};
}

QString onLinked(Alert &a, const Event &e)
{
    // Linking is allowed on resolved alerts too: post-incident reviews attach old alerts.
    const QString incident = e.payload.value(QStringLiteral("incident_id")).toString();
    if (incident.isEmpty())
        return kInvalidPayload;
    a.incidentId = incident;
    return {};
}

QString dispatch(Alert &a, const Event &e)
{
    using Handler = QString (*)(Alert &, const Event &);
    static const QList<QPair<QString, Handler>> handlers{
        {EventType::AlertRaised, onRaised},           {EventType::AlertRepeated, onRepeated},
        {EventType::AlertAcknowledged, onAcknowledged}, {EventType::AlertUnacknowledged, onUnacknowledged},
        {EventType::AlertShelved, onShelved},         {EventType::AlertUnshelved, onUnshelved},
        {EventType::AlertEscalated, onEscalated},     {EventType::AlertResolved, onResolved},
        {EventType::AlertLinked, onLinked},
    };
    if (a.id.isEmpty() && e.type != EventType::AlertRaised)
        return kNotRaised;
    for (const auto &[type, handler] : handlers) {
        if (type == e.type)
            return handler(a, e);
    }
    return kUnknownType;
}

Status transition(const QString &reason)
{
    return Error::make(ErrorCode::InvalidTransition, QStringLiteral("state"), reason);
}

Status stateError(const Alert &a)
{
    return a.isOpen() ? Status{} : transition(kAlreadyResolved);
}

} // namespace

void AlertFold::apply(Alert &alert, const Event &event)
{
    if (event.entityType != EntityType::Alert)
        return;
    if (!alert.id.isEmpty() && event.entityId != alert.id)
        return;
    const QString reason = dispatch(alert, event);
    if (!reason.isEmpty())
        alert.conflicts.append(FoldConflict{event.id, event.type, event.actor, reason});
    alert.lastHlc = std::max(alert.lastHlc, event.hlc);
}

Alert AlertFold::fold(QList<Event> events)
{
    sortForFold(events);
    Alert alert;
    QSet<QString> seen; // the same event delivered twice (push retry, bundle re-import) folds once
    for (const Event &e : events) {
        if (seen.contains(e.id))
            continue;
        seen.insert(e.id);
        apply(alert, e);
    }
    return alert;
}

Status AlertRules::canAcknowledge(const Alert &a)
{
    if (a.state == AlertState::Acknowledged)
        return transition(kAlreadyAcknowledged);
    return stateError(a);
}

Status AlertRules::canUnacknowledge(const Alert &a, const QString &reason)
{
    if (const Status s = stateError(a); !s.ok())
        return s;
    if (a.state != AlertState::Acknowledged)
        return transition(kNotAcknowledged);
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::Validation, QStringLiteral("reason"), QStringLiteral("required"));
    return {};
}

Status AlertRules::canShelve(const Alert &a, qint64 untilMs, qint64 nowMs)
{
    if (const Status s = stateError(a); !s.ok())
        return s;
    if (untilMs <= nowMs)
        return Error::make(ErrorCode::Validation, QStringLiteral("until"), QStringLiteral("not_in_future"));
    return {};
}

Status AlertRules::canResolve(const Alert &a)
{
    return stateError(a);
}

Status AlertRules::canEscalate(const Alert &a)
{
    if (const Status s = stateError(a); !s.ok())
        return s;
    if (a.escalationLevel >= 1)
        return transition(kAlreadyEscalated);
    return {};
}

Status AlertRules::validateNew(const QString &title, const QString &details, const QString &dedupKey)
{
    const QString t = title.trimmed();
    if (t.isEmpty())
        return Error::make(ErrorCode::Validation, QStringLiteral("title"), QStringLiteral("required"));
    if (t.size() > limits::kTitleMaxChars)
        return Error::make(ErrorCode::Validation, QStringLiteral("title"), QStringLiteral("too_long"));
    if (details.size() > limits::kAlertDetailsMaxChars)
        return Error::make(ErrorCode::Validation, QStringLiteral("details"), QStringLiteral("too_long"));
    if (dedupKey.size() > limits::kDedupKeyMaxChars)
        return Error::make(ErrorCode::Validation, QStringLiteral("dedup_key"), QStringLiteral("too_long"));
    return {};
}

int EscalationThresholds::minutesFor(AlertSeverity s) const
{
    switch (s) {
    case AlertSeverity::Critical: return criticalMinutes;
    case AlertSeverity::Warning: return warningMinutes;
    case AlertSeverity::Info: return infoMinutes;
    }
    return 0;
}

bool EscalationThresholds::isDue(const Alert &a, qint64 nowMs) const
{
    const int minutes = minutesFor(a.severity);
    if (minutes <= 0 || a.state != AlertState::New || a.escalationLevel > 0 || a.isShelvedAt(nowMs))
        return false;
    return nowMs - a.raisedAtMs >= qint64(minutes) * 60'000;
}

} // namespace mt
