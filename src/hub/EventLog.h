// The hub's event log: idempotent append with server_seq, paged pull, open-alert dedup index.
#pragma once

#include "common/Error.h"
#include "domain/Event.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mt {

struct StoredEventKey
{
    QString type;
    QString entityId;
    QString siteId;
    QString hlc;
};

struct PullPage
{
    QList<Event> events;
    qint64 nextSince = 0;
    bool more = false;
    qint64 skippedOwn = 0; // with skipOrigin: the caller's own events in (since, nextSince], left out
};

// All calls run on the caller's connection; appends must run inside HubDatabase::write().
class EventLog
{
public:
    // An event's origin: the first 16 hex digits of the pushing token's SHA-256 (names one enrolment or
    // login, never a device name two workstations could share; nothing a client could authenticate with).
    static QString originOf(const QString &tokenHash) { return tokenHash.left(16); }

    explicit EventLog(QSqlDatabase db);

    // The stored keys of those of `ids` already in the log, a few round trips for a whole batch.
    Result<QHash<QString, StoredEventKey>> findMany(const QStringList &ids);
    // Inserts and maintains open_alerts (alert.raised with a dedup key opens, alert.resolved closes), set-based:
    // a few multi-row INSERT ... RETURNING statements and one delete and one upsert of open_alerts per chunk.
    // Returns server_seq by event id. Ids must be new and distinct.
    // `origin`: the pushing token's id (originOf), so its own pulls can skip these events; '' for none.
    Result<QHash<QString, qint64>> appendMany(const QList<Event> &events, qint64 receivedMs, const QString &origin = {});
    // The open alerts of these dedup keys at the site, by key, in a few round trips.
    Result<QHash<QString, QString>> openAlerts(const QString &siteId, const QStringList &dedupKeys);
    // Latest severity (1..4) of an incident from incident.opened / severity_changed, with its HLC.
    Result<std::optional<std::pair<Hlc, int>>> incidentSeverity(const QString &siteId, const QString &incidentId);
    // siteFilter empty = every site. skipOrigin: leave out events pushed with that origin; then the page
    // must be read in one snapshot (HubDatabase::read), because next_since may jump to the head.
    Result<PullPage> pull(qint64 since, int limit, const QString &siteFilter, const QString &skipOrigin = {});
    // Highest server_seq stored (of one site when siteFilter is given); 0 when none.
    Result<qint64> headSeq(const QString &siteFilter = {});

private:
    Status insertChunk(const Event *events, int count, qint64 receivedMs, const QString &origin, QHash<QString, qint64> &seqs);
    Status updateOpenAlerts(const QList<Event> &events);

    QSqlDatabase m_db;
};

} // namespace mt
