// BundleRunner: queued jobs into a worker thread that owns its own Workspace; results come back queued.
#include "bundle/BundleRunner.h"

#include "common/Clock.h"
#include "services/EventLogService.h"
#include "services/AdminService.h"
#include "services/BundleService.h"
#include "services/Workspace.h"

#include <QFile>

namespace mt {

// Lives on the worker thread; everything it opens belongs to that thread and is closed there.
class BundleWorker : public QObject
{
public:
    BundleWorker(QString dataDir, const Clock &clock, std::shared_ptr<const IntegrityGate> integrity)
        : m_dataDir(std::move(dataDir)), m_clock(clock), m_integrity(std::move(integrity))
    {
    }

    Result<Workspace *> workspace()
    {
        if (!m_ws) {
            WorkspaceOptions options;
            options.component = QStringLiteral("bundle");
            options.verifiedBy = m_integrity; // the app's workspace checked this file: no second full read
            auto opened = Workspace::open(m_dataDir, m_clock, options);
            if (!opened)
                return opened.error();
            m_ws = std::move(opened).value();
        }
        return m_ws.get();
    }

private:
    QString m_dataDir;
    const Clock &m_clock;
    std::shared_ptr<const IntegrityGate> m_integrity;
    std::unique_ptr<Workspace> m_ws;
};

namespace {

// The newest event (by HLC) of a bundle file that was just imported; nothing when unreadable.
std::optional<Event> newestEventIn(const QString &file)
{
    QFile f(file);
    if (f.size() > BundleFormat::kMaxFileBytes || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto parsed = BundleFormat::parse(f.readAll());
    if (!parsed)
        return std::nullopt;
    const auto events = BundleFormat::events(parsed.value());
    if (!events || events->isEmpty())
        return std::nullopt;
    const Event *newest = &events->first();
    for (const Event &e : events.value()) {
        if (e.hlc > newest->hlc)
            newest = &e;
    }
    return *newest;
}

} // namespace

BundleRunner::BundleRunner(Workspace &ws, QObject *parent)
    : QObject(parent), m_ws(ws), m_worker(new BundleWorker(ws.dataDir(), ws.clock(), ws.admin().integrityGate()))
{
    m_thread.setObjectName(QStringLiteral("bundle-worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BundleRunner::~BundleRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void BundleRunner::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool BundleRunner::exportBundle(const Session &s, const QString &file, const BundleSigningKey &key,
                                const BundleExportOptions &options, QObject *context, ExportDone done)
{
    if (m_busy)
        return false;
    setBusy(true);
    QPointer<QObject> guard(context);
    BundleWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, s, file, key, options, guard, done] {
            auto ws = worker->workspace();
            Result<BundleExportSummary> r = ws ? ws.value()->bundles().exportBundle(&s, file, key, options)
                                                 : Result<BundleExportSummary>(ws.error());
            QMetaObject::invokeMethod(
                this,
                [this, r, guard, done] {
                    setBusy(false);
                    if (guard)
                        done(r);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

bool BundleRunner::importBundle(const Session &s, const QString &file, QObject *context, ImportDone done)
{
    if (m_busy)
        return false;
    setBusy(true);
    QPointer<QObject> guard(context);
    BundleWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, s, file, guard, done] {
            auto ws = worker->workspace();
            Result<BundleImportSummary> r = ws ? ws.value()->bundles().importBundle(&s, file)
                                                 : Result<BundleImportSummary>(ws.error());
            std::optional<Event> newest;
            if (r && r->newEvents > 0)
                newest = newestEventIn(file);
            QMetaObject::invokeMethod(
                this,
                [this, r, newest, guard, done] {
                    if (r && r->newEvents > 0)
                        afterImport(newest);
                    setBusy(false);
                    if (guard)
                        done(r);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

void BundleRunner::afterImport(const std::optional<Event> &newest)
{
    // The events are already stored (by the worker's connection); handing the newest one to the
    // GUI's Workspace again stores nothing (idempotent on id) but merges its HLC into this Workspace's clock.
    if (newest)
        m_ws.events().importEvents({*newest});
    emit m_ws.notifier().alertsChanged();
    emit m_ws.notifier().incidentsChanged();
    emit m_ws.notifier().usersChanged();
}

} // namespace mt
