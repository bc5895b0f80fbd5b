// EtlController: queued calls into the worker thread; the caller's thread never waits on it.
#include "sisdmk/EtlController.h"

#include "sisdmk/AlertSink.h"
#include "sisdmk/EtlWorker.h"

namespace mt {

AlertSink::~AlertSink() = default;

EtlController::EtlController(const QString &dataDir, const Clock &clock, const SisdmkConfig &config, AlertSink *sink,
                             MetricsRegistry *metrics, QObject *parent)
    : QObject(parent)
    , m_worker(new EtlWorker(dataDir, clock, config, metrics))
    , m_sink(sink)
{
    qRegisterMetaType<mt::SyncRequest>();
    qRegisterMetaType<mt::SyncProgress>();
    qRegisterMetaType<mt::SyncSummary>();
    qRegisterMetaType<mt::SyncAlert>();
    qRegisterMetaType<mt::EtlRunRecord>();
    m_thread.setObjectName(QStringLiteral("sisdmk-etl"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EtlWorker::runStarted, this, &EtlController::runStarted);
    connect(m_worker, &EtlWorker::progress, this, &EtlController::progress);
    connect(m_worker, &EtlWorker::runFinished, this, &EtlController::runFinished);
    connect(m_worker, &EtlWorker::alertRaised, this, [this](const SyncAlert &a) {
        if (m_sink)
            m_sink->raise(a);
    });
    connect(m_worker, &EtlWorker::finished, this, [this](const SyncSummary &s) {
        m_running = false;
        emit finished(s);
    });
    m_thread.start();
}

EtlController::~EtlController()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

bool EtlController::syncNow(const SyncRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request] { w->startSync(request); }, Qt::QueuedConnection);
    return true;
}

void EtlController::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, &EtlWorker::cancel, Qt::QueuedConnection);
}

} // namespace mt
