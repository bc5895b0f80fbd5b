// The timeline of an alert or incident, in fold order, with concurrent changes that lost marked as conflicts.
#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace mt {

class ServiceContext;

struct TimelineEntry
{
    QString eventId;
    QString type;
    QString actor;
    QString siteId;
    qint64 hlc = 0;    // with siteId and eventId: the entry's place in fold order (paging cursor)
    qint64 atMs = 0;
    QString summary;   // human text in the current UI language
    bool conflict = false; // a concurrent change that lost
};

// One page of a timeline: the newest entries before a cursor, oldest first.
struct TimelinePage
{
    QList<TimelineEntry> entries;
    qint64 olderCount = 0; // entries that fold before the first one here: what "show older" can still load
};

class TimelineService
{
public:
    explicit TimelineService(ServiceContext &ctx);

    // entityType: EntityType::Alert, Incident or User. NotFound when the entity has no events.
    // The whole timeline (the CLI's incident show): reads every event of the entity.
    Result<QList<TimelineEntry>> timeline(const QString &entityType, const QString &id) const;
    // The newest `limit` entries, or with `olderThan` (the first entry already shown) the `limit`
    // entries before it. Reads only those events: conflicts come from the projection, which the
    // store keeps equal to the fold of all events, so nothing is refolded per page.
    Result<TimelinePage> page(const QString &entityType, const QString &id, int limit,
                              const std::optional<TimelineEntry> &olderThan = std::nullopt) const;

private:
    ServiceContext &m_ctx;
};

} // namespace mt
