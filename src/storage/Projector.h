// Private: keeps the alerts / incidents / users tables equal to the fold of each entity's events.
#pragma once

#include "common/Error.h"
#include "domain/Event.h"

#include <QList>
#include <QString>

#include <optional>

namespace mt {

class Database;

class Projector
{
public:
    explicit Projector(Database &db) : m_db(db) {}
    // `newEvents`: the events of one entity stored by this transaction (already in the log).
    // Applies them incrementally when they all fold after the projection; otherwise (an
    // out-of-order arrival, or a projection not yet created) refolds the entity's whole log.
    Status project(const QString &entityType, const QString &entityId, QList<Event> newEvents);

    // Every stored event of one entity, in fold order.
    static Result<QList<Event>> loadEvents(Database &db, const QString &entityType, const QString &entityId);

private:
    template <typename Traits>
    Status projectWith(const QString &entityId, QList<Event> &newEvents);
    template <typename Traits>
    Result<typename Traits::State> loadProjection(const QString &entityId);
    // last_hlc of the entity's projection row, or nullopt when it has none.
    Result<std::optional<Hlc>> projectedHlc(const QString &sql, const QString &entityId);
    Result<bool> onlyEventsAre(const QString &entityType, const QString &entityId, qsizetype count);

    Database &m_db;
};

} // namespace mt
