// Core: alert commands (raise with dedup, ack, unack, shelve, resolve, escalate) and due escalation.
#include "services/Core.h"

#include "CoreImpl.h"
#include "common/Clock.h"
#include "common/Uuid.h"

namespace mt {

Result<RaiseAlertResult> Core::raiseAlert(const Session &s, const RaiseAlertRequest &r)
{
    const QString cmd = QStringLiteral("raise alert");
    Status st = permit(s, Action::AlertRaise);
    if (st.ok())
        st = AlertRules::validateNew(r.title, r.details, r.dedupKey);
    if (!st.ok())
        return d->fail(cmd, s, st);
    if (!r.dedupKey.isEmpty()) {
        const auto open = d->alerts.findOpenByDedupKey(r.dedupKey);
        if (!open)
            return d->fail(cmd, s, open.error());
        if (open.value().has_value()) {
            const QString id = open.value()->id;
            st = d->append({d->makeEvent(s.user, EntityType::Alert, id, EventType::AlertRepeated)});
            if (!st.ok())
                return d->fail(cmd, s, st);
            d->info(QStringLiteral("alert %1 repeated (dedup key %2) by %3").arg(id, r.dedupKey, s.user));
            emit d->notifier.alertsChanged();
            return RaiseAlertResult{id, true};
        }
    }
    const QString id = newUuidV7(d->clock);
    const QJsonObject payload{{QStringLiteral("module"), toKey(r.module)},
                              {QStringLiteral("severity"), toKey(r.severity)},
                              {QStringLiteral("title"), r.title.trimmed()},
                              {QStringLiteral("details"), r.details},
                              {QStringLiteral("dedup_key"), r.dedupKey},
                              {QStringLiteral("resource"), r.resource}};
    st = d->append({d->makeEvent(s.user, EntityType::Alert, id, EventType::AlertRaised, payload)});
    if (!st.ok())
        return d->fail(cmd, s, st);
    d->info(QStringLiteral("alert %1 raised by %2: %3 %4").arg(id, s.user, toKey(r.severity), toKey(r.module)));
    emit d->notifier.alertsChanged();
    return RaiseAlertResult{id, false};
}

// Shared shape of the simple alert commands: permission, load, rule, one event.
static Status alertCommand(Core::Impl &d, const Session &s, const QString &alertId, Action action,
                           const std::function<Status(const Alert &)> &rule, const QString &type,
                           const QJsonObject &payload)
{
    const QString cmd = type + QLatin1Char(' ') + alertId;
    Status st = permit(s, action);
    if (!st.ok())
        return d.fail(cmd, s, st);
    const auto alert = d.loadAlert(alertId);
    if (!alert)
        return d.fail(cmd, s, alert.error());
    st = rule(alert.value());
    if (st.ok())
        st = d.append({d.makeEvent(s.user, EntityType::Alert, alertId, type, payload)});
    if (!st.ok())
        return d.fail(cmd, s, st);
    d.info(QStringLiteral("%1 by %2").arg(cmd, s.user));
    emit d.notifier.alertsChanged();
    return {};
}

Status Core::acknowledgeAlert(const Session &s, const QString &alertId)
{
    return alertCommand(*d, s, alertId, Action::AlertAcknowledge, &AlertRules::canAcknowledge,
                        EventType::AlertAcknowledged, {});
}

Status Core::unacknowledgeAlert(const Session &s, const QString &alertId, const QString &reason)
{
    return alertCommand(
        *d, s, alertId, Action::AlertUnacknowledge,
        [&](const Alert &a) { return AlertRules::canUnacknowledge(a, reason); }, EventType::AlertUnacknowledged,
        {{QStringLiteral("reason"), reason.trimmed()}});
}

Status Core::shelveAlert(const Session &s, const QString &alertId, const QDateTime &untilUtc)
{
    const qint64 until = untilUtc.isValid() ? untilUtc.toMSecsSinceEpoch() : 0;
    const qint64 now = d->clock.nowMs();
    return alertCommand(
        *d, s, alertId, Action::AlertShelve, [&](const Alert &a) { return AlertRules::canShelve(a, until, now); },
        EventType::AlertShelved, {{QStringLiteral("until_ms"), until}});
}

Status Core::resolveAlert(const Session &s, const QString &alertId)
{
    return alertCommand(*d, s, alertId, Action::AlertResolve, &AlertRules::canResolve, EventType::AlertResolved, {});
}

Status Core::escalateAlert(const Session &s, const QString &alertId)
{
    const auto alert = d->loadAlert(alertId);
    const int threshold = alert ? d->config.thresholds.minutesFor(alert->severity) : 0;
    const Status st = alertCommand(*d, s, alertId, Action::AlertEscalate, &AlertRules::canEscalate,
                                   EventType::AlertEscalated,
                                   {{QStringLiteral("reason"), QStringLiteral("manual")},
                                    {QStringLiteral("threshold_min"), threshold}});
    if (st.ok() && alert)
        emit d->notifier.alertEscalated(alertId, alert->severity, alert->title);
    return st;
}

Result<int> Core::escalateDueAlerts()
{
    const qint64 now = d->clock.nowMs();
    const auto due = d->alerts.dueForEscalation(d->config.thresholds, now);
    if (!due)
        return due.error();
    QList<Event> events;
    QList<Alert> escalated;
    for (const Alert &a : due.value()) {
        if (!d->config.thresholds.isDue(a, now) || !AlertRules::canEscalate(a).ok())
            continue;
        const QJsonObject payload{{QStringLiteral("reason"), QStringLiteral("ack_timeout")},
                                  {QStringLiteral("threshold_min"), d->config.thresholds.minutesFor(a.severity)}};
        events << d->makeEvent(QStringLiteral("system"), EntityType::Alert, a.id, EventType::AlertEscalated, payload);
        escalated << a;
    }
    if (events.isEmpty())
        return 0;
    const Status st = d->append(events);
    if (!st.ok())
        return d->fail(QStringLiteral("escalate due alerts"), systemSession(), st);
    for (const Alert &a : escalated) {
        d->info(QStringLiteral("alert %1 escalated: unacknowledged past %2 min")
                    .arg(a.id).arg(d->config.thresholds.minutesFor(a.severity)));
        emit d->notifier.alertEscalated(a.id, a.severity, a.title);
    }
    emit d->notifier.alertsChanged();
    return static_cast<int>(escalated.size());
}

Result<std::optional<Alert>> Core::alert(const QString &id) const
{
    return d->alerts.find(id);
}

} // namespace mt
