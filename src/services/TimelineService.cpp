// TimelineService: the timeline of an entity, in fold order, with concurrent changes that lost marked as conflicts.
#include "services/TimelineService.h"

#include "ServiceContext.h"
#include "TimelineText.h"

#include <QSet>

namespace mt {

namespace {

QSet<QString> conflictIds(const QString &entityType, const QList<Event> &events)
{
    QList<FoldConflict> conflicts;
    if (entityType == EntityType::Alert)
        conflicts = AlertFold::fold(events).conflicts;
    else if (entityType == EntityType::Incident)
        conflicts = IncidentFold::fold(events).conflicts;
    QSet<QString> ids;
    for (const FoldConflict &c : conflicts)
        ids.insert(c.eventId);
    return ids;
}

// Incident numbers named by alert.linked events (the incident may not have arrived yet: then none).
QHash<QString, QString> linkedIncidentNumbers(ServiceContext &ctx, const QList<Event> &events)
{
    QStringList ids;
    for (const Event &e : events) {
        if (e.type == EventType::AlertLinked)
            ids << e.payload.value(QStringLiteral("incident_id")).toString();
    }
    if (ids.isEmpty())
        return {};
    const auto numbers = ctx.incidents.numbers(ids);
    return numbers ? numbers.value() : QHash<QString, QString>();
}

} // namespace

TimelineService::TimelineService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<QList<TimelineEntry>> TimelineService::timeline(const QString &entityType, const QString &id) const
{
    auto events = m_ctx.store.eventsFor(entityType, id);
    if (!events)
        return events.error();
    QList<Event> list = std::move(events).value();
    if (list.isEmpty())
        return Error::make(ErrorCode::NotFound, entityType, id);
    sortForFold(list);
    const QSet<QString> lost = conflictIds(entityType, list);
    const QHash<QString, QString> numbers = linkedIncidentNumbers(m_ctx, list);
    QList<TimelineEntry> out;
    out.reserve(list.size());
    for (const Event &e : list) {
        TimelineEntry entry;
        entry.eventId = e.id;
        entry.type = e.type;
        entry.actor = e.actor;
        entry.siteId = e.siteId;
        entry.atMs = e.occurredAtMs();
        entry.conflict = lost.contains(e.id);
        entry.summary = TimelineText::summary(e, m_ctx.config.calendar, numbers);
        if (entry.conflict)
            entry.summary += QLatin1Char(' ') + TimelineText::conflictSuffix();
        out << entry;
    }
    return out;
}

} // namespace mt
