// Appends events and updates projections in the same transaction; keeps the audit hash chain.
#pragma once

#include "common/Error.h"
#include "domain/Event.h"
#include "domain/Records.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace mt {

class Database;

class EventStore
{
public:
    explicit EventStore(Database &db);

    // In one transaction: stores each event not already present (idempotent on id), extends
    // the hash chain, re-projects every touched entity (alerts / incidents / users tables),
    // then runs `alsoInTransaction` (for rows that are not events: credentials, attachment
    // blobs). Returns how many events were new.
    Result<int> append(const QList<Event> &events,
                       const std::function<Status(QSqlDatabase &)> &alsoInTransaction = {});

    // For queries that read events outside the store (hub outbox, bundles): the event columns
    // "id, entity_type, entity_id, type, payload, actor, site_id, hlc, server_seq" and their reader,
    // which starts at column `first`.
    static const QString &eventColumns();
    static Event eventFromRow(const QSqlQuery &q, int first);

    // All events of one entity in fold order.
    Result<QList<Event>> eventsFor(const QString &entityType, const QString &entityId) const;

    // Where an event stands in fold order (HLC, site id, event id): the cursor of a timeline page.
    struct FoldPosition
    {
        Hlc hlc;
        QString siteId;
        QString eventId;
    };
    // The newest `limit` events of one entity that fold before `before` (before nothing: the
    // newest of all), in fold order. Reads only those rows, through the events_entity index.
    Result<QList<Event>> newestEventsFor(const QString &entityType, const QString &entityId, int limit,
                                         const std::optional<FoldPosition> &before) const;
    // How many events of one entity fold before `position`.
    Result<qint64> countBefore(const QString &entityType, const QString &entityId, const FoldPosition &position) const;
    Result<qint64> count() const;
    // Highest HLC ever stored (local or received): the app seeds its HlcClock with it.
    Result<Hlc> maxHlc() const;

    using ChainReport = AuditChainReport;
    // Recomputes the chain over the whole log: detects an edited, inserted or deleted event.
    Result<ChainReport> verifyChain() const;

private:
    Result<ChainReport> verifyRows() const;

    Database &m_db;
};

} // namespace mt
