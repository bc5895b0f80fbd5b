// The timeline of an alert or incident, in fold order, with concurrent changes that lost marked as conflicts.
#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace mt {

class ServiceContext;

struct TimelineEntry
{
    QString eventId;
    QString type;
    QString actor;
    QString siteId;
    qint64 atMs = 0;
    QString summary;   // human text in the current UI language
    bool conflict = false; // a concurrent change that lost
};

class TimelineService
{
public:
    explicit TimelineService(ServiceContext &ctx);

    // entityType: EntityType::Alert or EntityType::Incident. NotFound when the entity has no events.
    Result<QList<TimelineEntry>> timeline(const QString &entityType, const QString &id) const;

private:
    ServiceContext &m_ctx;
};

} // namespace mt
