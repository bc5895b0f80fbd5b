// Audit of SISDMK ETL runs, resume points (written with each page), watermarks and kept raw bodies.
#pragma once

#include "common/Error.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

class Database;

struct ResumePoint
{
    QString region;
    QString runId;
    int nextPage = 1;
    QString updatedSince;
    qint64 chainStartedMs = 0;
};

class EtlRunRepository
{
public:
    explicit EtlRunRepository(Database &db);
    Status insert(const EtlRunRecord &r);
    // Counters, status, end, error and request ids (joins the caller's transaction if any).
    Status update(const EtlRunRecord &r);
    Result<std::optional<EtlRunRecord>> find(const QString &runId) const;
    // Newest first.
    Result<QList<EtlRunRecord>> recent(int limit, const QString &region = {}) const;
    // Finished runs that failed in a row, newest first, stopping at the first success.
    Result<int> consecutiveFailures() const;
    // Marks runs left "running" by a killed process as "interrupted"; returns how many.
    Result<int> markInterrupted(qint64 nowMs);

    Result<std::optional<ResumePoint>> resumePoint(const QString &region) const;
    Status saveResumePoint(const ResumePoint &p);
    Status clearResumePoint(const QString &region);
    Result<QString> watermark(const QString &region) const;
    Status setWatermark(const QString &region, const QString &updatedSince);

    Status keepRawBody(const QString &runId, const QString &requestId, qint64 atMs, const QString &reason,
                       const QByteArray &body);
    Result<qint64> rawBodyCount(const QString &runId = {}) const;

private:
    Database &m_db;
};

} // namespace mt
