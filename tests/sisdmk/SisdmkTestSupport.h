// Test helpers for the SISDMK ETL: a recording AlertSink, a data dir with settings, a blocking sync runner.
#pragma once

#include "storage/Database.h"
#include "sisdmk/AlertSink.h"
#include "sisdmk/SisdmkConfig.h"
#include "sisdmk/SisdmkTypes.h"

#include <QList>
#include <QTemporaryDir>

#include <memory>

namespace mt {

class Clock;
class MetricsRegistry;

class RecordingSink final : public AlertSink
{
public:
    void raise(const SyncAlert &alert) override { alerts.append(alert); }
    bool has(const QString &dedupKey, AlertSeverity severity) const;
    QList<SyncAlert> alerts;
};

class SyncEnv
{
public:
    SyncEnv();
    QString dataDir() const { return m_dir.path(); }
    SisdmkConfig config; // fast retries by default
    // Runs one sync to its end (the test's thread spins its event loop, as the GUI would).
    SyncSummary sync(const Clock &clock, const SyncRequest &request, RecordingSink &sink,
                     MetricsRegistry *metrics = nullptr);
    // A fresh connection for checks (closed when the returned pointer dies).
    std::unique_ptr<Database> open();
    qint64 scalar(const QString &sql);
    QString logs() const;

private:
    QTemporaryDir m_dir;
    int m_connections = 0;
};

} // namespace mt
