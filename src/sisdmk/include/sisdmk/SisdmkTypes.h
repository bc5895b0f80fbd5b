// Values exchanged between the SISDMK ETL worker thread and its owner (GUI thread or CLI).
#pragma once

#include "domain/Types.h"
#include "storage/EtlRunRepository.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mt {

struct SisdmkCredentials
{
    QString username;
    QString password; // kept in memory only; never logged, never written to settings
};

struct SyncRequest
{
    QString baseUrl;
    QStringList regions;     // province or regency codes, dotted or not
    QString since;           // ISO 8601 UTC; empty = from the region's watermark (or everything)
    SisdmkCredentials credentials;
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

Q_DECLARE_METATYPE(mt::SyncRequest)
Q_DECLARE_METATYPE(mt::SyncProgress)
Q_DECLARE_METATYPE(mt::SyncSummary)
Q_DECLARE_METATYPE(mt::SyncAlert)
Q_DECLARE_METATYPE(mt::EtlRunRecord)
