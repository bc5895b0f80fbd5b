// Owner-thread side of the ETL: starts the worker thread, forwards its signals, hands alerts to the AlertSink.
#pragma once

#include "sisdmk/SisdmkConfig.h"
#include "sisdmk/SisdmkTypes.h"

#include <QObject>
#include <QThread>

namespace mt {

class AlertSink;
class Clock;
class EtlWorker;
class MetricsRegistry;

class EtlController : public QObject
{
    Q_OBJECT
public:
    // `sink` and `metrics` may be null; both must outlive the controller.
    EtlController(const QString &dataDir, const Clock &clock, const SisdmkConfig &config, AlertSink *sink,
                  MetricsRegistry *metrics, QObject *parent = nullptr);
    ~EtlController() override; // cancels a run in progress and joins the thread

    bool isRunning() const { return m_running; }
    // Never blocks: false when a sync is already running.
    bool syncNow(const SyncRequest &request);
    void cancel();

signals:
    void started();
    void runStarted(const QString &runId, const QString &region, const QString &traceId);
    void progress(const mt::SyncProgress &p);
    void runFinished(const mt::EtlRunRecord &run);
    void finished(const mt::SyncSummary &summary);

private:
    QThread m_thread;
    EtlWorker *m_worker;
    AlertSink *m_sink;
    bool m_running = false;
};

} // namespace mt
