// EtlWorker: runs the regions of one sync request, raises the use case's alerts, records metrics.
#include "sisdmk/EtlWorker.h"

#include "common/Clock.h"
#include "domain/personnel/RegionDirectory.h"
#include "domain/personnel/SisdmkMapper.h"
#include "observability/Logging.h"
#include "storage/Database.h"
#include "storage/PersonnelRepository.h"
#include "sisdmk/EtlRun.h"
#include "observability/MetricsRegistry.h"
#include "sisdmk/SisdmkClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QUuid>

static void initSisdmkResources()
{
    Q_INIT_RESOURCE(sisdmk); // the .qrc lives in a static library
}

namespace mt {

EtlWorker::EtlWorker(QString dataDir, const Clock &clock, SisdmkConfig config, MetricsRegistry *metrics)
    : m_dataDir(std::move(dataDir))
    , m_clock(clock)
    , m_config(std::move(config))
    , m_metrics(metrics)
{
    m_pool.setMaxThreadCount(1); // parsing of one page at a time; the pipeline keeps at most two in flight
}

EtlWorker::~EtlWorker()
{
    if (m_run)
        m_run->cancel();
    m_pool.waitForDone();
    delete m_run.data();
    m_client.reset();
    m_nam.reset();
    m_db.reset();
}

Result<RegionDirectory> EtlWorker::loadRegions()
{
    initSisdmkResources();
    QFile f(QStringLiteral(":/sisdmk/wilayah.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("embedded region table missing"));
    return RegionDirectory::fromCsv(f.readAll());
}

Status EtlWorker::ensureOpen()
{
    if (m_db)
        return {};
    auto regions = loadRegions();
    if (!regions)
        return regions.error();
    m_regions = std::make_unique<RegionDirectory>(std::move(regions).value());
    m_mapper = std::make_unique<SisdmkMapper>(*m_regions);
    const QString conn = QStringLiteral("sisdmk-etl-") + QUuid::createUuid().toString(QUuid::Id128);
    const auto check = Database::checkAfter(m_config.integrity.get());
    if (!check)
        return check.error();
    auto db = Database::open(QDir(m_dataDir).filePath(QStringLiteral("medtrack.db")), conn, Database::Mode::ReadWrite,
                             check.value());
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    QSqlQuery(m_db->sql()).exec(QStringLiteral("PRAGMA cache_size = -65536")); // bulk upserts: 64 MiB of pages
    // Checkpoint every 16 MiB of WAL instead of 4: an index page rewritten by several commits is copied
    // into the database once per checkpoint. (temp_store stays on disk: an index build's sort must not
    // grow the process by the size of the index.)
    QSqlQuery(m_db->sql()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 4096"));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<SisdmkClient>(*m_nam, m_config.retry, m_metrics);
    m_log = Logging::create(m_dataDir, QStringLiteral("sisdmk"));
    if (auto n = EtlRunRepository(*m_db).markInterrupted(m_clock.nowMs()); n && n.value() > 0)
        Logging::warn(*m_log, QStringLiteral("%1 run(s) left running by a stopped process marked interrupted").arg(n.value()));
    return {};
}

void EtlWorker::startSync(const SyncRequest &request)
{
    if (m_busy)
        return;
    m_busy = true;
    m_cancelled = false;
    m_summary = {};
    m_request = request;
    if (Status st = ensureOpen(); !st.ok())
        return finishAll(st);
    m_client->setBaseUrl(QUrl(request.baseUrl.endsWith(QLatin1Char('/')) ? request.baseUrl : request.baseUrl + QLatin1Char('/')));
    m_client->clearToken(); // one login per sync, shared by its regions
    m_pending = request.regions;
    if (m_pending.isEmpty())
        return finishAll(Error::make(ErrorCode::Validation, QStringLiteral("region"), QStringLiteral("no region configured")));
    const auto bulk = PersonnelRepository::beginBulkLoad(*m_db);
    if (!bulk)
        return finishAll(bulk.error());
    m_bulkLoad = bulk.value();
    if (m_bulkLoad) {
        // Fewer checkpoints while the table grows (every 128 MiB of WAL): each one rewrites the primary-key
        // pages it finds in the WAL.
        QSqlQuery(m_db->sql()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 32768"));
        Logging::info(*m_log, QStringLiteral("sisdmk first full load: secondary personnel indexes built at the end"));
    }
    startNextRegion();
}

void EtlWorker::cancel()
{
    m_cancelled = true;
    m_pending.clear();
    if (m_run)
        m_run->cancel();
}

void EtlWorker::startNextRegion()
{
    if (m_pending.isEmpty() || m_cancelled)
        return finishAll({});
    const QString given = m_pending.takeFirst().trimmed();
    const QString dotted = RegionDirectory::dotted(given);
    const QString region = dotted.isEmpty() ? given : dotted; // one resume point per region, however written
    EtlRunContext ctx{*m_db, *m_client, m_pool, *m_mapper, m_clock, *m_log, m_config.perPage};
    m_run = new EtlRun(ctx, region, m_request.since, m_request.credentials, this);
    connect(m_run, &EtlRun::progress, this, &EtlWorker::progress);
    connect(m_run, &EtlRun::finished, this, &EtlWorker::onRunFinished);
    m_run->start();
    emit runStarted(m_run->record().runId, region, m_run->record().traceId);
}

void EtlWorker::onRunFinished()
{
    EtlRun *run = m_run;
    if (!run)
        return;
    const EtlRunRecord record = run->record();
    m_run = nullptr;
    run->deleteLater();
    m_summary.runs.append(record);
    recordMetrics(record);
    raiseRunAlerts(record);
    emit runFinished(record);
    startNextRegion();
}

void EtlWorker::recordMetrics(const EtlRunRecord &run)
{
    if (!m_metrics)
        return;
    const QString status = QStringLiteral("status=\"%1\"").arg(run.status);
    m_metrics->increment(QStringLiteral("medtrack_sisdmk_runs_total"), status);
    m_metrics->observe(QStringLiteral("medtrack_sisdmk_rows_per_run"), double(run.received));
    m_metrics->observe(QStringLiteral("medtrack_sisdmk_run_duration_seconds"),
                       double(std::max<qint64>(0, run.endedAtMs - run.startedAtMs)) / 1000.0);
    m_metrics->increment(QStringLiteral("medtrack_sisdmk_rows_received_total"), {}, double(run.received));
    m_metrics->increment(QStringLiteral("medtrack_sisdmk_rows_rejected_total"), {}, double(run.rejected));
}

void EtlWorker::raiseRunAlerts(const EtlRunRecord &run)
{
    const QString details = tr("Region %1, run %2 (trace %3): %4").arg(run.region, run.runId, run.traceId, run.error);
    const auto raise = [&](AlertSeverity sev, const QString &title, const QString &key) {
        emit alertRaised(SyncAlert{sev, Module::HR, title, details, key, QStringLiteral("sisdmk:") + run.region});
    };
    if (run.failureKind == QLatin1String("unreachable"))
        raise(AlertSeverity::Warning, tr("SISDMK unreachable after retries"), QStringLiteral("sisdmk:unreachable"));
    else if (run.failureKind == QLatin1String("auth"))
        raise(AlertSeverity::Critical, tr("SISDMK authentication failed: sync stopped"), QStringLiteral("sisdmk:auth"));
    else if (run.failureKind == QLatin1String("format"))
        raise(AlertSeverity::Critical, tr("SISDMK data format changed: raw answer kept, sync stopped"),
              QStringLiteral("sisdmk:format"));
    else if (run.failureKind == QLatin1String("database"))
        raise(AlertSeverity::Critical, tr("SISDMK sync could not write to the database"), QStringLiteral("sisdmk:database"));
    const qint64 duration = run.endedAtMs - run.startedAtMs;
    if (duration > m_config.maxRunMs())
        raise(AlertSeverity::Warning, tr("SISDMK sync took %1 s (limit %2 s)").arg(duration / 1000).arg(m_config.maxRunMs() / 1000),
              QStringLiteral("sisdmk:slow_run"));
    if (run.status == QLatin1String("failed")) {
        const auto failures = EtlRunRepository(*m_db).consecutiveFailures();
        if (failures && failures.value() >= m_config.failedRunsAlert)
            raise(AlertSeverity::Critical, tr("SISDMK sync failed %1 times in a row").arg(failures.value()),
                  QStringLiteral("sisdmk:repeated_failures"));
    }
}

void EtlWorker::finishAll(const Status &st)
{
    if (std::exchange(m_bulkLoad, false)) {
        // Whatever the outcome, so the screens' queries never stay without their indexes; a process
        // killed before this point leaves them missing, and the next sync resumes the bulk load.
        QElapsedTimer timer;
        timer.start();
        const Status ix = PersonnelRepository::endBulkLoad(*m_db);
        QSqlQuery(m_db->sql()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 4096"));
        Logging::info(*m_log, ix.ok() ? QStringLiteral("sisdmk personnel indexes built in %1 ms").arg(timer.elapsed())
                                      : QStringLiteral("sisdmk personnel indexes not built: ") + ix.detail);
    }
    if (!st.ok()) {
        EtlRunRecord r;
        r.status = QStringLiteral("failed");
        r.failureKind = QStringLiteral("setup");
        r.error = st.detail;
        m_summary.runs.append(r);
        if (m_log)
            Logging::error(*m_log, QStringLiteral("sisdmk sync not started: ") + st.detail);
    }
    m_busy = false;
    m_request.credentials = {}; // not kept between syncs
    emit finished(m_summary);
}

} // namespace mt
