// Quarantine of rejected SISDMK records: raw JSON and every reason, for data stewards to review.
#pragma once

#include "common/Error.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mt {

class Database;

class QuarantineRepository
{
public:
    explicit QuarantineRepository(Database &db);
    // Inside the caller's transaction (raw prepared statement).
    Status insert(const QuarantineEntry &e);
    Result<qint64> count(const QuarantineFilter &f) const;
    // Newest first.
    Result<QList<QuarantineEntry>> page(const QuarantineFilter &f, qint64 offset, int limit) const;
    // NotFound when no such entry; InvalidTransition when already reviewed.
    Status markReviewed(qint64 id, const QString &user, qint64 atMs);

private:
    Database &m_db;
};

} // namespace mt
