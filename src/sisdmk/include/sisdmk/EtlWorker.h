// The ETL worker: lives on its own QThread with its own DB connection and QNetworkAccessManager.
#pragma once

#include "sisdmk/SisdmkConfig.h"
#include "sisdmk/SisdmkTypes.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QNetworkAccessManager;
namespace spdlog { class logger; }

namespace mt {

class Clock;
class Database;
class EtlRun;
class MetricsRegistry;
class RegionDirectory;
class SisdmkClient;
class SisdmkMapper;

class EtlWorker : public QObject
{
    Q_OBJECT
public:
    // Created on the owner's thread, then moved to the worker thread; nothing is opened until
    // the first sync, so the DB connection and network manager belong to the worker thread.
    EtlWorker(QString dataDir, const Clock &clock, SisdmkConfig config, MetricsRegistry *metrics);
    ~EtlWorker() override;

    // Loads the embedded Kemendagri region table (used by the worker and by tests).
    static Result<RegionDirectory> loadRegions();

public slots:
    // One run per region, one after another; finished() carries every run.
    void startSync(const mt::SyncRequest &request);
    void cancel();

signals:
    void runStarted(const QString &runId, const QString &region, const QString &traceId);
    void progress(const mt::SyncProgress &p);
    void runFinished(const mt::EtlRunRecord &run);
    void finished(const mt::SyncSummary &summary);
    void alertRaised(const mt::SyncAlert &alert);

private:
    Status ensureOpen();
    void startNextRegion();
    void onRunFinished();
    void raiseRunAlerts(const EtlRunRecord &run);
    void recordMetrics(const EtlRunRecord &run);
    void finishAll(const Status &st);

    QString m_dataDir;
    const Clock &m_clock;
    SisdmkConfig m_config;
    MetricsRegistry *m_metrics;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SisdmkClient> m_client;
    std::unique_ptr<RegionDirectory> m_regions;
    std::unique_ptr<SisdmkMapper> m_mapper;
    std::shared_ptr<spdlog::logger> m_log;
    QThreadPool m_pool;
    SyncRequest m_request;
    QStringList m_pending;
    SyncSummary m_summary;
    QPointer<EtlRun> m_run;
    bool m_busy = false;
    bool m_cancelled = false;
    bool m_bulkLoad = false; // secondary personnel indexes dropped for this sync, rebuilt in finishAll
};

} // namespace mt
