// Phase 3: preload N events through the push API, then a fresh `medtrackctl sync` pulls them all.
#include "BenchHttp.h"
#include "BenchPhases.h"
#include "BenchWorkload.h"

#include "services/AppConfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>

namespace mt::bench {

namespace {

const QString kSite = QStringLiteral("bench-pull");
constexpr int kPreloadBatch = 1000;
constexpr int kPreloadConnections = 4;
constexpr int kClientPage = 500; // medtrackctl's page size: one transaction per page

struct CtlRun
{
    int code = -1;
    QJsonObject json;
    QString err;
    double seconds = 0;
};

CtlRun ctl(const QString &exe, const QString &dir, const QStringList &args)
{
    QProcess p;
    const double start = monotonicSeconds();
    p.start(exe, QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dir,
                             QStringLiteral("--json")} + args);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    CtlRun r;
    r.seconds = monotonicSeconds() - start;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return r;
}

qint64 clientEvents(const QString &dir)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-peek"));
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("medtrack.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = ?"));
            q.addBindValue(kSite);
            if (q.exec() && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-peek"));
    return n;
}

// Pushes every body over a few keep-alive connections; returns seconds, < 0 if any push failed.
double preload(quint16 port, const std::string &token, const std::vector<std::string> &bodies)
{
    std::atomic<int> failed{0};
    const double start = monotonicSeconds();
    runParallel(kPreloadConnections, [&](int c) {
        HttpConnection conn(port, token);
        for (std::size_t i = static_cast<std::size_t>(c); i < bodies.size(); i += kPreloadConnections) {
            const HttpReply r = conn.post("/api/v1/events", bodies[i]);
            if (r.status != 200 || r.body.find("\"rejected\":[]") == std::string::npos)
                ++failed;
        }
    });
    const double seconds = monotonicSeconds() - start;
    return failed == 0 ? seconds : -1;
}

// The hub's side of the pull alone: the same pages of kClientPage fetched and dropped, over one
// keep-alive connection, as the client's GET loop would (only "next_since"/"more" are read).
double walkPages(quint16 port, const std::string &token, qint64 *events)
{
    HttpConnection conn(port, token);
    qint64 since = 0;
    *events = 0;
    const double start = monotonicSeconds();
    for (;;) {
        const HttpReply r = conn.get("/api/v1/events?since=" + std::to_string(since) + "&limit=" + std::to_string(kClientPage));
        if (r.status != 200)
            return -1;
        const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
        *events += page.value(QStringLiteral("events")).toArray().size();
        since = static_cast<qint64>(page.value(QStringLiteral("next_since")).toDouble());
        if (!page.value(QStringLiteral("more")).toBool())
            return monotonicSeconds() - start;
    }
}

// A fresh data dir of site kSite, enrolled through medtrackctl itself (nothing to pull yet).
QString enrolClient(const BenchOptions &o, const Backend &backend, const HubUnderTest &hub, const QString &code,
                    QString *why)
{
    const QString dir = QDir(backend.dir()).filePath(QStringLiteral("client"));
    AppConfig cfg = AppConfig::load(dir);
    cfg.siteId = kSite;
    if (!QDir().mkpath(dir) || !cfg.save(dir).ok())
        return *why = QStringLiteral("cannot write the client's medtrack.ini"), QString();
    const CtlRun enrol = ctl(o.ctlExe, dir, {QStringLiteral("sync"), QStringLiteral("--hub"), hub.url(),
                                             QStringLiteral("--enrol-site"), kSite, QStringLiteral("--enrol-code"), code});
    if (enrol.code != 0)
        return *why = QStringLiteral("medtrackctl enrol: ") + enrol.err
                      + QStringLiteral(" (run under dbus-run-session with gnome-keyring-daemon --unlock)"), QString();
    return dir;
}

} // namespace

QJsonObject runPull(const BenchOptions &o, Backend &backend, std::vector<TableRow> &rows)
{
    QString why;
    if (!backend.prepare(QStringLiteral("pull"), &why))
        return {{QStringLiteral("error"), why}};
    const QList<QJsonObject> events = alertEvents(kSite, o.pull, QStringLiteral("bench-preload"));
    const std::vector<std::string> bodies = pushBodies(events, kPreloadBatch);
    const double rawHub = rawHubInsert(backend.raw(), events, kPreloadBatch, &why);
    const double rawClient = rawClientInsert(QDir(backend.dir()).filePath(QStringLiteral("raw-client.db")), events,
                                             kClientPage, &why);
    if (rawHub < 0 || rawClient < 0)
        return {{QStringLiteral("error"), QStringLiteral("raw insert: ") + why}};
    auto hub = backend.startHub(&why);
    if (!hub)
        return {{QStringLiteral("error"), why}};
    const QString code = hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), kSite,
                                           QStringLiteral("--name"), kSite});
    const QString dir = enrolClient(o, backend, *hub, code, &why);
    if (dir.isEmpty())
        return {{QStringLiteral("error"), why}};
    const qint64 before = clientEvents(dir);
    const QJsonObject enrolReq{{QStringLiteral("site_id"), kSite}, {QStringLiteral("enrolment_code"), code},
                               {QStringLiteral("device_name"), QStringLiteral("preloader")}};
    const std::string token = tokenOf(HttpConnection(hub->port(), {})
        .post("/api/v1/enrol", QJsonDocument(enrolReq).toJson(QJsonDocument::Compact).toStdString()).body);
    std::fprintf(stderr, "[pull] preloading %lld events (load %s)\n", static_cast<long long>(o.pull), qPrintable(loadAverage()));
    const double preloadSeconds = preload(hub->port(), token, bodies);
    if (preloadSeconds < 0)
        return {{QStringLiteral("error"), QStringLiteral("preload push failed")}};
    std::fprintf(stderr, "[pull] medtrackctl sync (load %s)\n", qPrintable(loadAverage()));
    const ProcessSample hubBefore = hub->sample();
    const CtlRun sync = ctl(o.ctlExe, dir, {QStringLiteral("sync"), QStringLiteral("--hub"), hub->url()});
    const ProcessSample hubAfter = hub->sample();
    qint64 walked = 0;
    const double walkSeconds = walkPages(hub->port(), token, &walked);
    hub->stop();
    const qint64 after = clientEvents(dir);
    const bool complete = sync.code == 0 && after - before == o.pull;
    const double preloadRate = double(o.pull) / preloadSeconds;
    rows.push_back({QStringLiteral("preload %1 events via push API (batches of %2)").arg(num(double(o.pull))).arg(kPreloadBatch),
                    num(preloadRate) + QStringLiteral(" events/s"),
                    QStringLiteral("raw insert ") + num(double(o.pull) / rawHub) + QStringLiteral(" rows/s"),
                    preloadRate / (double(o.pull) / rawHub), QStringLiteral("report"), QStringLiteral("-")});
    rows.push_back({QStringLiteral("fresh client pulls %1 events (medtrackctl sync)").arg(num(double(o.pull))),
                    num(sync.seconds, 2) + QStringLiteral(" s"),
                    QStringLiteral("raw client insert %1 s").arg(num(rawClient, 2)), sync.seconds / rawClient,
                    QStringLiteral("<= 10 s"),
                    !complete ? QStringLiteral("no (incomplete)") : sync.seconds <= 10 ? QStringLiteral("yes") : QStringLiteral("no")});
    rows.push_back({QStringLiteral("  the same pages fetched only (hub + HTTP, no apply)"),
                    num(walkSeconds, 2) + QStringLiteral(" s"), {}, 0, QStringLiteral("report"), QStringLiteral("-")});
    return QJsonObject{{QStringLiteral("events"), static_cast<double>(o.pull)},
                       {QStringLiteral("hub_page_walk_seconds"), walkSeconds},
                       {QStringLiteral("hub_page_walk_events"), static_cast<double>(walked)},
                       {QStringLiteral("preload_seconds"), preloadSeconds},
                       {QStringLiteral("preload_events_per_s"), preloadRate},
                       {QStringLiteral("raw_hub_seconds"), rawHub},
                       {QStringLiteral("sync_seconds"), sync.seconds},
                       {QStringLiteral("sync_exit_code"), sync.code},
                       {QStringLiteral("sync_json"), sync.json},
                       {QStringLiteral("sync_stderr"), sync.err.left(500)},
                       {QStringLiteral("client_events_before"), static_cast<double>(before)},
                       {QStringLiteral("client_events_after"), static_cast<double>(after)},
                       {QStringLiteral("complete"), complete},
                       {QStringLiteral("raw_client_seconds"), rawClient},
                       {QStringLiteral("ratio_sync_to_raw_client"), sync.seconds / rawClient},
                       {QStringLiteral("hub_cpu_seconds_during_sync"), hubAfter.cpuSeconds - hubBefore.cpuSeconds},
                       {QStringLiteral("hub_peak_rss_kb"), static_cast<double>(hubAfter.peakRssKb)}};
}

} // namespace mt::bench
