// SISDMK ETL settings from <dataDir>/medtrack.ini ([sisdmk] group); never holds a secret.
#pragma once

#include "sisdmk/SisdmkClient.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace mt {

class IntegrityGate;

struct SisdmkConfig
{
    QString baseUrl;               // sisdmk/base_url
    QStringList regions;           // sisdmk/regions (comma list of province/regency codes)
    int intervalHours = 6;         // sisdmk/interval_hours
    double maxRunMinutes = 5.0;    // sisdmk/max_run_minutes: a longer run raises a warning alert
    int perPage = 1000;            // sisdmk/per_page (the simulator's maximum; fewer round trips and commits)
    int failedRunsAlert = 3;       // this many failed runs in a row: critical alert
    RetryPolicy retry;             // sisdmk/retry_base_ms, sisdmk/timeout_s
    // Not from the ini: the owning workspace's integrity check of this file (common/IntegrityGate.h), so
    // the worker's connection waits for it instead of reading the whole file a second time. Null: the
    // worker checks the file itself.
    std::shared_ptr<const IntegrityGate> integrity;

    qint64 maxRunMs() const { return qint64(maxRunMinutes * 60000.0); }
    static SisdmkConfig load(const QString &dataDir);
};

} // namespace mt
