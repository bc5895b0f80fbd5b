// Storage test helpers: event factory and projection comparisons.
#include "StorageTestUtil.h"

#include "common/Uuid.h"
#include "domain/Types.h"

namespace mt::test {

EventFactory::EventFactory(QString siteId) : m_hlc(m_clock), m_siteId(std::move(siteId)) {}

QString EventFactory::newId()
{
    return newUuidV7(m_clock);
}

Event EventFactory::make(const QString &entityType, const QString &entityId, const QString &type,
                         const QJsonObject &payload, const QString &actor)
{
    Event e;
    e.id = newId();
    e.entityType = entityType;
    e.entityId = entityId;
    e.type = type;
    e.payload = payload;
    e.actor = actor;
    e.siteId = m_siteId;
    e.hlc = m_hlc.now();
    return e;
}

Event EventFactory::raiseAlert(const QString &alertId, AlertSeverity severity, Module module, const QString &title,
                               const QString &dedupKey)
{
    const QJsonObject payload{{QStringLiteral("module"), toKey(module)},
                              {QStringLiteral("severity"), toKey(severity)},
                              {QStringLiteral("title"), title},
                              {QStringLiteral("details"), QStringLiteral("details of ") + title},
                              {QStringLiteral("dedup_key"), dedupKey},
                              {QStringLiteral("resource"), QStringLiteral("host-1")}};
    return make(EntityType::Alert, alertId, EventType::AlertRaised, payload);
}

Event EventFactory::alertEvent(const QString &alertId, const QString &type, const QJsonObject &payload)
{
    return make(EntityType::Alert, alertId, type, payload);
}

namespace {

QString conflictsText(const QList<FoldConflict> &list)
{
    QStringList out;
    for (const FoldConflict &c : list)
        out << c.eventId + QLatin1Char('/') + c.eventType + QLatin1Char('/') + c.actor + QLatin1Char('/') + c.reason;
    return out.join(QLatin1Char(','));
}

} // namespace

#define MT_DIFF(field)                                                                                              \
    if (!(a.field == b.field))                                                                                       \
        return QStringLiteral(#field);

QString diff(const Alert &a, const Alert &b)
{
    MT_DIFF(id) MT_DIFF(siteId) MT_DIFF(module) MT_DIFF(severity) MT_DIFF(title) MT_DIFF(details)
    MT_DIFF(dedupKey) MT_DIFF(resource) MT_DIFF(state) MT_DIFF(count) MT_DIFF(raisedAtMs) MT_DIFF(lastSeenAtMs)
    MT_DIFF(raisedBy) MT_DIFF(ackedBy) MT_DIFF(ackedAtMs) MT_DIFF(firstAckedAtMs) MT_DIFF(shelvedUntilMs)
    MT_DIFF(escalationLevel) MT_DIFF(escalatedAtMs) MT_DIFF(resolvedAtMs) MT_DIFF(resolvedBy) MT_DIFF(incidentId)
    MT_DIFF(lastHlc)
    if (conflictsText(a.conflicts) != conflictsText(b.conflicts))
        return QStringLiteral("conflicts: ") + conflictsText(a.conflicts) + QStringLiteral(" vs ") +
               conflictsText(b.conflicts);
    return {};
}

QString diff(const Incident &a, const Incident &b)
{
    MT_DIFF(id) MT_DIFF(siteId) MT_DIFF(title) MT_DIFF(description) MT_DIFF(severity) MT_DIFF(modules)
    MT_DIFF(status) MT_DIFF(assignee) MT_DIFF(openedBy) MT_DIFF(openedAtMs) MT_DIFF(slaDueAtMs)
    MT_DIFF(escalationLevel) MT_DIFF(resolvedAtMs) MT_DIFF(closedAtMs) MT_DIFF(closedBy) MT_DIFF(resolution)
    MT_DIFF(kbRef) MT_DIFF(noKbReason) MT_DIFF(checklist) MT_DIFF(alertIds) MT_DIFF(noteCount)
    MT_DIFF(evidenceCount) MT_DIFF(reopenCount) MT_DIFF(lastHlc)
    if (conflictsText(a.conflicts) != conflictsText(b.conflicts))
        return QStringLiteral("conflicts");
    return {};
}

#undef MT_DIFF

} // namespace mt::test
