// AlertService: alert commands (raise with dedup, ack, unack, shelve, resolve, escalate), due escalation, reads.
#include "services/AlertService.h"

#include "ServiceContext.h"
#include "common/Clock.h"
#include "common/Uuid.h"

namespace mt {

AlertService::AlertService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<RaiseAlertResult> AlertService::raise(const Session &s, const RaiseAlertRequest &r)
{
    const QString cmd = QStringLiteral("raise alert");
    Status st = permit(s, Action::AlertRaise);
    if (st.ok())
        st = AlertRules::validateNew(r.title, r.details, r.dedupKey);
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    if (!r.dedupKey.isEmpty()) {
        const auto open = m_ctx.alerts.findOpenByDedupKey(r.dedupKey);
        if (!open)
            return m_ctx.fail(cmd, s, open.error());
        if (open.value().has_value()) {
            const QString id = open.value()->id;
            st = m_ctx.append({m_ctx.makeEvent(s.user, EntityType::Alert, id, EventType::AlertRepeated)});
            if (!st.ok())
                return m_ctx.fail(cmd, s, st);
            m_ctx.info(QStringLiteral("alert %1 repeated (dedup key %2) by %3").arg(id, r.dedupKey, s.user));
            emit m_ctx.notifier.alertsChanged();
            return RaiseAlertResult{id, true};
        }
    }
    const QString id = newUuidV7(m_ctx.clock);
    const QJsonObject payload{{QStringLiteral("module"), toKey(r.module)},
                              {QStringLiteral("severity"), toKey(r.severity)},
                              {QStringLiteral("title"), r.title.trimmed()},
                              {QStringLiteral("details"), r.details},
                              {QStringLiteral("dedup_key"), r.dedupKey},
                              {QStringLiteral("resource"), r.resource}};
    st = m_ctx.append({m_ctx.makeEvent(s.user, EntityType::Alert, id, EventType::AlertRaised, payload)});
    if (!st.ok())
        return m_ctx.fail(cmd, s, st);
    m_ctx.info(QStringLiteral("alert %1 raised by %2: %3 %4").arg(id, s.user, toKey(r.severity), toKey(r.module)));
    emit m_ctx.notifier.alertsChanged();
    return RaiseAlertResult{id, false};
}

// Shared shape of the simple alert commands: permission, load, rule, one event.
static Status alertCommand(ServiceContext &d, const Session &s, const QString &alertId, Action action,
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

Status AlertService::acknowledge(const Session &s, const QString &alertId)
{
    return alertCommand(m_ctx, s, alertId, Action::AlertAcknowledge, &AlertRules::canAcknowledge,
                        EventType::AlertAcknowledged, {});
}

Status AlertService::unacknowledge(const Session &s, const QString &alertId, const QString &reason)
{
    return alertCommand(
        m_ctx, s, alertId, Action::AlertUnacknowledge,
        [&](const Alert &a) { return AlertRules::canUnacknowledge(a, reason); }, EventType::AlertUnacknowledged,
        {{QStringLiteral("reason"), reason.trimmed()}});
}

Status AlertService::shelve(const Session &s, const QString &alertId, const QDateTime &untilUtc)
{
    const qint64 until = untilUtc.isValid() ? untilUtc.toMSecsSinceEpoch() : 0;
    const qint64 now = m_ctx.clock.nowMs();
    return alertCommand(
        m_ctx, s, alertId, Action::AlertShelve, [&](const Alert &a) { return AlertRules::canShelve(a, until, now); },
        EventType::AlertShelved, {{QStringLiteral("until_ms"), until}});
}

Status AlertService::resolve(const Session &s, const QString &alertId)
{
    return alertCommand(m_ctx, s, alertId, Action::AlertResolve, &AlertRules::canResolve, EventType::AlertResolved, {});
}

Status AlertService::escalate(const Session &s, const QString &alertId)
{
    const auto alert = m_ctx.loadAlert(alertId);
    const int threshold = alert ? m_ctx.config.thresholds.minutesFor(alert->severity) : 0;
    const Status st = alertCommand(m_ctx, s, alertId, Action::AlertEscalate, &AlertRules::canEscalate,
                                   EventType::AlertEscalated,
                                   {{QStringLiteral("reason"), QStringLiteral("manual")},
                                    {QStringLiteral("threshold_min"), threshold}});
    if (st.ok() && alert)
        emit m_ctx.notifier.alertEscalated(alertId, alert->severity, alert->title);
    return st;
}

Result<int> AlertService::escalateDue()
{
    const qint64 now = m_ctx.clock.nowMs();
    const auto due = m_ctx.alerts.dueForEscalation(m_ctx.config.thresholds, now);
    if (!due)
        return due.error();
    QList<Event> events;
    QList<Alert> escalated;
    for (const Alert &a : due.value()) {
        if (!m_ctx.config.thresholds.isDue(a, now) || !AlertRules::canEscalate(a).ok())
            continue;
        const QJsonObject payload{{QStringLiteral("reason"), QStringLiteral("ack_timeout")},
                                  {QStringLiteral("threshold_min"), m_ctx.config.thresholds.minutesFor(a.severity)}};
        events << m_ctx.makeEvent(QStringLiteral("system"), EntityType::Alert, a.id, EventType::AlertEscalated, payload);
        escalated << a;
    }
    if (events.isEmpty())
        return 0;
    const Status st = m_ctx.append(events);
    if (!st.ok())
        return m_ctx.fail(QStringLiteral("escalate due alerts"), Session::system(), st);
    for (const Alert &a : escalated) {
        m_ctx.info(QStringLiteral("alert %1 escalated: unacknowledged past %2 min")
                    .arg(a.id).arg(m_ctx.config.thresholds.minutesFor(a.severity)));
        emit m_ctx.notifier.alertEscalated(a.id, a.severity, a.title);
    }
    emit m_ctx.notifier.alertsChanged();
    return static_cast<int>(escalated.size());
}

Result<std::optional<Alert>> AlertService::find(const QString &id) const
{
    return m_ctx.alerts.find(id);
}

Result<qint64> AlertService::count(const AlertFilter &f) const
{
    return m_ctx.alerts.count(f);
}

Result<qint64> AlertService::countUpTo(const AlertFilter &f, qint64 cap) const
{
    return m_ctx.alerts.countUpTo(f, cap);
}

Result<QList<Alert>> AlertService::page(const AlertFilter &f, AlertSortColumn sort, bool descending, qint64 offset,
                                        int limit) const
{
    return m_ctx.alerts.page(f, sort, descending, offset, limit);
}

Result<qint64> AlertService::countOpenCritical() const
{
    return m_ctx.alerts.countOpenCritical();
}

} // namespace mt
