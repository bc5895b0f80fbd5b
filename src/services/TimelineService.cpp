// TimelineService: the timeline of an entity, in fold order, with concurrent changes that lost marked as conflicts.
#include "services/TimelineService.h"

#include "ServiceContext.h"
#include "TimelineText.h"

#include <QSet>

namespace mt {

namespace {

QSet<QString> idsOf(const QList<FoldConflict> &conflicts)
{
    QSet<QString> ids;
    for (const FoldConflict &c : conflicts)
        ids.insert(c.eventId);
    return ids;
}

// The conflicts of the fold of all the entity's events. The projection row holds them (kept by the
// store in the same transaction as every event); an entity with no row yet (its creating event has
// not arrived) is folded from its events, which are then few.
Result<QSet<QString>> conflictIds(ServiceContext &ctx, const QString &entityType, const QString &id)
{
    if (entityType == EntityType::Alert) {
        const auto a = ctx.alerts.find(id);
        if (!a)
            return a.error();
        if (a.value())
            return idsOf(a.value()->conflicts);
    } else if (entityType == EntityType::Incident) {
        const auto i = ctx.incidents.find(id);
        if (!i)
            return i.error();
        if (i.value())
            return idsOf(i.value()->conflicts);
    } else {
        return QSet<QString>(); // users: no fold conflicts
    }
    const auto events = ctx.store.eventsFor(entityType, id);
    if (!events)
        return events.error();
    return idsOf(entityType == EntityType::Alert ? AlertFold::fold(events.value()).conflicts
                                                 : IncidentFold::fold(events.value()).conflicts);
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

QList<TimelineEntry> entriesOf(ServiceContext &ctx, const QList<Event> &events, const QSet<QString> &lost)
{
    const QHash<QString, QString> numbers = linkedIncidentNumbers(ctx, events);
    QList<TimelineEntry> out;
    out.reserve(events.size());
    for (const Event &e : events) {
        TimelineEntry entry;
        entry.eventId = e.id;
        entry.type = e.type;
        entry.actor = e.actor;
        entry.siteId = e.siteId;
        entry.hlc = e.hlc.value;
        entry.atMs = e.occurredAtMs();
        entry.conflict = lost.contains(e.id);
        entry.summary = TimelineText::summary(e, ctx.config.calendar, numbers);
        if (entry.conflict)
            entry.summary += QLatin1Char(' ') + TimelineText::conflictSuffix();
        out << entry;
    }
    return out;
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
    const auto lost = conflictIds(m_ctx, entityType, id);
    if (!lost)
        return lost.error();
    return entriesOf(m_ctx, list, lost.value());
}

Result<TimelinePage> TimelineService::page(const QString &entityType, const QString &id, int limit,
                                           const std::optional<TimelineEntry> &olderThan) const
{
    std::optional<EventStore::FoldPosition> before;
    if (olderThan)
        before = EventStore::FoldPosition{Hlc{olderThan->hlc}, olderThan->siteId, olderThan->eventId};
    const auto events = m_ctx.store.newestEventsFor(entityType, id, limit, before);
    if (!events)
        return events.error();
    if (events->isEmpty() && !olderThan)
        return Error::make(ErrorCode::NotFound, entityType, id);
    TimelinePage page;
    if (events->isEmpty())
        return page;
    const auto lost = conflictIds(m_ctx, entityType, id);
    if (!lost)
        return lost.error();
    const Event &first = events->first();
    const auto older = m_ctx.store.countBefore(entityType, id, {first.hlc, first.siteId, first.id});
    if (!older)
        return older.error();
    page.entries = entriesOf(m_ctx, events.value(), lost.value());
    page.olderCount = older.value();
    return page;
}

} // namespace mt
