// Personnel table: fast upsert of mapped SISDMK records (newer LAST_UPDATED wins) and the screens' queries.
#pragma once

#include "common/Error.h"
#include "domain/personnel/SisdmkRecords.h"
#include "domain/personnel/Personnel.h"

#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace mt {

class Database;

struct UpsertCounts
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // stored record as new or newer: left alone
};

class PersonnelRepository
{
public:
    explicit PersonnelRepository(Database &db);
    // Upserts inside the caller's transaction (raw prepared statements; no transaction here).
    Result<UpsertCounts> upsert(const QList<PersonnelRecord> &records, const QString &runId);
    // The same for records encoded beforehand (the ETL encodes on its parse thread).
    Result<UpsertCounts> upsert(const class PersonnelBatch &batch, const QString &runId);
    Result<std::optional<PersonnelRow>> find(const QString &nik) const;
    Result<qint64> count(const PersonnelFilter &f) const;
    // Ordered by name, then NIK.
    Result<QList<PersonnelRow>> page(const PersonnelFilter &f, qint64 offset, int limit) const;
    // Order-independent digest of (nik, last_updated_ms, name, active) over all rows (tests, checks).
    Result<QString> digest() const;

    static QString jobsToJson(const QList<PersonnelJob> &jobs);

    // First full load: building the four secondary indexes once at the end (a sort) is several times
    // cheaper than two million random inserts into each. beginBulkLoad drops them, in one committed
    // transaction, when the table is empty, and reports true; it also reports true when they are already
    // missing (a bulk load killed before its end: the resumed sync finishes it). The primary key is never
    // dropped, so uniqueness and "newer LAST_UPDATED wins" hold throughout. endBulkLoad re-creates any
    // missing index (CREATE INDEX IF NOT EXISTS, same definitions as sql/004_personnel.sql).
    static Result<bool> beginBulkLoad(Database &db);
    static Status endBulkLoad(Database &db);
    // Names of the secondary indexes that exist now (tests, checks).
    static Result<QStringList> secondaryIndexes(Database &db);

private:
    Database &m_db;
};

} // namespace mt
