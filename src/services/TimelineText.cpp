// Timeline summaries: one short translated sentence per event type (English source strings).
#include "TimelineText.h"

#include "domain/IncidentNumber.h"

#include <QDateTime>

namespace mt {

namespace {

QString str(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

QString shortened(const QString &text)
{
    const QString t = text.simplified();
    return t.size() > 120 ? t.left(117) + QStringLiteral("...") : t;
}

} // namespace

QString TimelineText::summary(const Event &e, const BusinessCalendar &calendar,
                              const QHash<QString, QString> &incidentNumbers)
{
    const QString who = e.actor == QLatin1String("system") ? tr("System") : e.actor;
    if (e.entityType == EntityType::Alert)
        return alertSummary(e, who, calendar, incidentNumbers);
    if (e.entityType == EntityType::Incident)
        return incidentSummary(e, who);
    if (e.entityType == EntityType::User)
        return userSummary(e, who);
    return e.type;
}

QString TimelineText::conflictSuffix()
{
    return tr("(not applied: a concurrent change came first)");
}

QString TimelineText::alertSummary(const Event &e, const QString &who, const BusinessCalendar &calendar,
                                  const QHash<QString, QString> &incidentNumbers)
{
    const QString &t = e.type;
    if (t == EventType::AlertRaised)
        return tr("%1 raised the alert: %2").arg(who, shortened(str(e, "title")));
    if (t == EventType::AlertRepeated)
        return tr("The alert fired again");
    if (t == EventType::AlertAcknowledged)
        return tr("%1 acknowledged the alert").arg(who);
    if (t == EventType::AlertUnacknowledged)
        return tr("%1 returned the alert to new: %2").arg(who, shortened(str(e, "reason")));
    if (t == EventType::AlertShelved) {
        const qint64 until = e.payload.value(QLatin1String("until_ms")).toInteger();
        const QDateTime local = calendar.toLocal(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
        return tr("%1 shelved the alert until %2 %3")
            .arg(who, local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), toKey(calendar.zone).toUpper());
    }
    if (t == EventType::AlertUnshelved)
        return tr("%1 unshelved the alert").arg(who);
    if (t == EventType::AlertEscalated) {
        if (str(e, "reason") == QLatin1String("ack_timeout"))
            return tr("Escalated: not acknowledged within %1 minutes")
                .arg(e.payload.value(QLatin1String("threshold_min")).toInt());
        return tr("%1 escalated the alert").arg(who);
    }
    if (t == EventType::AlertResolved)
        return tr("%1 resolved the alert").arg(who);
    if (t == EventType::AlertLinked) {
        const QString number = incidentNumbers.value(str(e, "incident_id"));
        if (number.isEmpty()) // that incident has not reached this site yet
            return tr("%1 linked the alert to an incident").arg(who);
        return tr("%1 linked the alert to incident %2").arg(who, number);
    }
    return t;
}

QString TimelineText::incidentSummary(const Event &e, const QString &who)
{
    const QString &t = e.type;
    if (t == EventType::IncidentOpened)
        return tr("%1 opened incident %2 (Sev-%3): %4")
            .arg(who, IncidentNumber::ofOpened(e).number)
            .arg(e.payload.value(QLatin1String("severity")).toInt())
            .arg(shortened(str(e, "title")));
    if (t == EventType::IncidentSeverityChanged)
        return tr("%1 changed the severity to Sev-%2").arg(who).arg(e.payload.value(QLatin1String("severity")).toInt());
    if (t == EventType::IncidentStatusChanged)
        return tr("%1 set the status to %2").arg(who, statusLabel(str(e, "status")));
    if (t == EventType::IncidentAssigned)
        return tr("%1 assigned the incident to %2").arg(who, str(e, "assignee"));
    if (t == EventType::IncidentEscalated) {
        if (e.actor == QLatin1String("system"))
            return tr("Escalated to L2: the SLA threshold was passed");
        return tr("%1 escalated the incident to L2").arg(who);
    }
    return incidentDetailSummary(e, who);
}

QString TimelineText::incidentDetailSummary(const Event &e, const QString &who)
{
    const QString &t = e.type;
    if (t == EventType::IncidentNoteAdded)
        return tr("%1 added a note: %2").arg(who, shortened(str(e, "text")));
    if (t == EventType::IncidentChecklistTicked) {
        const bool done = e.payload.value(QLatin1String("done")).toBool();
        return done ? tr("%1 ticked \"%2\"").arg(who, stepLabel(str(e, "step")))
                    : tr("%1 unticked \"%2\"").arg(who, stepLabel(str(e, "step")));
    }
    if (t == EventType::IncidentAlertLinked)
        return tr("%1 linked an alert").arg(who);
    if (t == EventType::IncidentModulesChanged)
        return tr("%1 changed the affected modules").arg(who);
    if (t == EventType::IncidentEvidenceAttached)
        return tr("%1 attached evidence: %2").arg(who, str(e, "file_name"));
    if (t == EventType::IncidentClosed)
        return tr("%1 closed the incident: %2").arg(who, shortened(str(e, "resolution")));
    if (t == EventType::IncidentReopened)
        return tr("%1 reopened the incident: %2").arg(who, shortened(str(e, "reason")));
    return t;
}

QString TimelineText::userSummary(const Event &e, const QString &who)
{
    const QString &t = e.type;
    if (t == EventType::UserCreated)
        return tr("%1 created the account %2 (%3)").arg(who, str(e, "name"), str(e, "role"));
    if (t == EventType::UserRoleChanged)
        return tr("%1 changed the role to %2").arg(who, str(e, "role"));
    if (t == EventType::UserDisabled)
        return tr("%1 disabled the account").arg(who);
    if (t == EventType::UserLoggedIn)
        return tr("%1 logged in").arg(who);
    if (t == EventType::UserLoginFailed)
        return tr("Failed login (attempt %1)").arg(e.payload.value(QLatin1String("attempts")).toInt());
    return t;
}

QString TimelineText::statusLabel(const QString &key)
{
    if (key == QLatin1String("open"))
        return tr("open");
    if (key == QLatin1String("in_progress"))
        return tr("in progress");
    if (key == QLatin1String("resolved"))
        return tr("resolved");
    if (key == QLatin1String("closed"))
        return tr("closed");
    return key;
}

QString TimelineText::stepLabel(const QString &key)
{
    if (key == QLatin1String("check_data"))
        return tr("Check the data");
    if (key == QLatin1String("check_impact"))
        return tr("Check the impact");
    if (key == QLatin1String("check_modules"))
        return tr("Check the affected modules");
    return key;
}

} // namespace mt
