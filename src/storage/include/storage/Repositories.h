// Read side of the projections, and the non-event tables (credentials, attachments, settings).
#pragma once

#include "common/Error.h"
#include "domain/Alert.h"
#include "domain/Incident.h"
#include "domain/Queries.h"
#include "domain/Records.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mt {

class Database;

class AlertRepository
{
public:
    explicit AlertRepository(Database &db);
    Result<std::optional<Alert>> find(const QString &id) const;
    Result<std::optional<Alert>> findOpenByDedupKey(const QString &dedupKey) const;
    Result<qint64> count(const AlertFilter &f) const;
    // As count(), but stops at `cap`: the console shows "10,000+" rather than scan 250,000 rows.
    Result<qint64> countUpTo(const AlertFilter &f, qint64 cap) const;
    // One page of the console: ORDER BY column (then id), LIMIT/OFFSET-free keyset is the
    // implementation's business; callers ask for rows [offset, offset+limit).
    Result<QList<Alert>> page(const AlertFilter &f, AlertSortColumn sort, bool descending, qint64 offset,
                              int limit) const;
    // EXPLAIN QUERY PLAN of page()'s query, one line per step (tests and diagnostics: a plan
    // without "TEMP B-TREE" walks an index and stops after `limit` rows).
    Result<QString> explainPage(const AlertFilter &f, AlertSortColumn sort, bool descending) const;
    Result<QList<Alert>> dueForEscalation(const EscalationThresholds &t, qint64 nowMs, int limit = 500) const;
    Result<qint64> countOpenCritical() const;

private:
    Database &m_db;
};

class IncidentRepository
{
public:
    explicit IncidentRepository(Database &db);
    Result<std::optional<Incident>> find(const QString &id) const;
    Result<qint64> count(const IncidentFilter &f) const;
    // Newest opened first.
    Result<QList<Incident>> page(const IncidentFilter &f, qint64 offset, int limit) const;
    // Open incidents (open / in progress) past `fraction` of their SLA and still at escalation level 1.
    Result<QList<Incident>> dueForL2(qint64 nowMs, double fraction) const;
    // Highest number sequence among the incidents opened at `siteId` (0 when none).
    Result<qint64> lastNumberSequence(const QString &siteId) const;
    // Ids of the incidents with this number (normally one; see docs/events.md).
    Result<QStringList> idsWithNumber(const QString &number) const;
    // id -> number of those of `ids` that are stored here.
    Result<QHash<QString, QString>> numbers(const QStringList &ids) const;

private:
    Database &m_db;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db);
    Result<std::optional<UserRecord>> find(const QString &name) const;
    Result<QList<UserRecord>> all() const;
    Result<qint64> count() const;
    // Credentials are not events (no secret ever enters the log); written in the same
    // transaction as user.created through EventStore::append's callback.
    static Status setPasswordHash(QSqlDatabase &db, const QString &name, const QString &hash);
    // NotFound when the user has no credentials row.
    Status recordFailure(const QString &name, int failedAttempts, qint64 lockedUntilMs);
    Status recordSuccess(const QString &name);

private:
    Database &m_db;
};

class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database &db);
    static Status insert(QSqlDatabase &db, const AttachmentInfo &info, const QByteArray &content);
    Result<QList<AttachmentInfo>> forIncident(const QString &incidentId) const;
    Result<QByteArray> content(const QString &attachmentId) const;

private:
    Database &m_db;
};

// Small key/value state (e.g. the sync cursor), on the given connection so it can be written in
// the same transaction as the data it describes.
class SettingsRepository
{
public:
    static Result<std::optional<QString>> get(QSqlDatabase &db, const QString &key);
    static Status set(QSqlDatabase &db, const QString &key, const QString &value);
};

} // namespace mt
