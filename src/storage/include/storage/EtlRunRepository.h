// Audit of SISDMK ETL runs, resume points (written with each page), watermarks and kept raw bodies.
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

class Database;

struct EtlRunRecord
{
    QString runId; // also the batch id
    QString traceId;
    QString region;
    QString updatedSince;
    QString resumedFrom;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    QString status = QStringLiteral("running"); // running|ok|failed|cancelled|interrupted
    QString failureKind;                        // unreachable|auth|format|database|cancelled
    qint64 pages = 0;
    qint64 received = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QString error;
    QStringList requestIds;

    // Share of received rows that were valid (data-accuracy KPI); 1 when nothing was received.
    double validShare() const { return received == 0 ? 1.0 : double(received - rejected) / double(received); }
};

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
