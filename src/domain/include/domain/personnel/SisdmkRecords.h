// SISDMK values the services hand to screens and scripts: ETL runs, quarantine entries, personnel rows, progress.
#pragma once

#include "domain/Types.h"
#include "domain/personnel/Personnel.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

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

struct QuarantineEntry
{
    qint64 id = 0;
    QString runId;
    QString nik;
    QStringList reasons;
    QByteArray raw;
    qint64 receivedAtMs = 0;
    QString reviewedBy;
    qint64 reviewedAtMs = 0;
};

struct QuarantineFilter
{
    bool unreviewedOnly = false;
    QString runId;
};

struct PersonnelFilter
{
    QString search;        // name substring (case-insensitive) or NIK prefix (digits)
    QString regionPrefix;  // dotted province "32" or regency "32.05"
    int category = 0;      // SDMK category 1..35, 0 = any
    QString facilityCode;  // KODE_UNIT, empty = any
    std::optional<bool> active;
};

struct PersonnelRow
{
    PersonnelRecord record;
    int category = 0;
    QString facilityCode;
    QString facilityName;
    QString jobsJson;
};

struct SisdmkCredentials
{
    QString username;
    QString password; // kept in memory only; never logged, never written to settings
};

struct SyncProgress
{
    QString runId;
    QString region;
    qint64 pages = 0;
    qint64 totalPages = 0;   // from paging.total / per_page; 0 while unknown
    qint64 rows = 0;         // received so far in this run
    qint64 totalRows = 0;
};

struct SyncSummary
{
    QList<EtlRunRecord> runs;
    bool ok() const
    {
        for (const EtlRunRecord &r : runs) {
            if (r.status != QLatin1String("ok"))
                return false;
        }
        return !runs.isEmpty();
    }
};

// An alert the ETL wants raised as an ordinary console alert (by the AlertSink's owner).
struct SyncAlert
{
    AlertSeverity severity = AlertSeverity::Warning;
    Module module = Module::HR;
    QString title;
    QString details;
    QString dedupKey; // sisdmk:unreachable | sisdmk:auth | sisdmk:format | sisdmk:repeated_failures | sisdmk:slow_run
    QString resource;
};

} // namespace mt

Q_DECLARE_METATYPE(mt::EtlRunRecord)
Q_DECLARE_METATYPE(mt::SyncProgress)
Q_DECLARE_METATYPE(mt::SyncSummary)
Q_DECLARE_METATYPE(mt::SyncAlert)
