// Phase 1: Alertmanager webhook ingest rate over keep-alive connections, against the raw insert rate.
#include "BenchHttp.h"
#include "BenchPhases.h"
#include "BenchWorkload.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <mutex>

namespace mt::bench {

namespace {

constexpr int kIngestSites = 4;

struct IngestRun
{
    Latencies latency;
    std::vector<std::string> replies;
    qint64 failed = 0;
    double seconds = 0;
};

IngestRun postAll(const WebhookPlan &plan, quint16 port, const QStringList &tokens)
{
    IngestRun run;
    std::mutex mutex;
    const double start = monotonicSeconds();
    runParallel(static_cast<int>(plan.bodies.size()), [&](int c) {
        const int site = c % kIngestSites;
        HttpConnection conn(port, tokens.value(site).toStdString());
        const std::string path = "/api/v1/alertmanager?site=bench-ingest-" + std::to_string(site);
        Latencies mine;
        std::vector<std::string> replies;
        qint64 failed = 0;
        for (const std::string &body : plan.bodies[static_cast<std::size_t>(c)]) {
            HttpReply r = conn.post(path, body);
            mine.add(r.ms);
            failed += r.status == 200 ? 0 : 1;
            replies.push_back(std::move(r.body));
        }
        std::lock_guard lock(mutex);
        run.latency.merge(mine);
        run.failed += failed;
        std::move(replies.begin(), replies.end(), std::back_inserter(run.replies));
    });
    run.seconds = monotonicSeconds() - start;
    return run;
}

QJsonObject outcomes(const std::vector<std::string> &replies)
{
    QHash<QString, qint64> counts;
    for (const std::string &body : replies) {
        const QJsonArray results = QJsonDocument::fromJson(QByteArray::fromStdString(body))
                                       .object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &v : results)
            ++counts[v.toObject().value(QStringLiteral("outcome")).toString()];
    }
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), static_cast<double>(it.value()));
    return o;
}

bool outcomesMatch(const QJsonObject &got, const WebhookPlan &plan)
{
    const auto n = [&got](const char *k) { return static_cast<qint64>(got.value(QLatin1String(k)).toDouble()); };
    return n("raised") == plan.firingNew && n("repeated") == plan.firingAgain && n("resolved") == plan.resolved
        && n("ignored") == 0;
}

} // namespace

QJsonObject runIngest(const BenchOptions &o, Backend &backend, std::vector<TableRow> &rows)
{
    QString why;
    if (!backend.prepare(QStringLiteral("ingest"), &why))
        return {{QStringLiteral("error"), why}};
    std::fprintf(stderr, "[ingest] planning %lld alerts over %d connections\n", static_cast<long long>(o.alerts), o.connections);
    const WebhookPlan plan = planWebhooks(o.alerts, o.connections, 20261124);
    const int rawBatch = static_cast<int>(qRound(double(plan.alerts) / double(plan.requests)));
    const double rawSeconds = rawHubInsert(backend.raw(), alertEvents(QStringLiteral("raw"), plan.alerts,
                                                                      QStringLiteral("alertmanager")), rawBatch, &why);
    if (rawSeconds < 0)
        return {{QStringLiteral("error"), QStringLiteral("raw insert: ") + why}};
    auto hub = backend.startHub(&why);
    if (!hub)
        return {{QStringLiteral("error"), why}};
    QStringList tokens;
    for (int s = 0; s < kIngestSites; ++s) {
        const QString site = QStringLiteral("bench-ingest-%1").arg(s);
        hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), site, QStringLiteral("--name"), site});
        tokens << hub->adminSecret({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--site"), site,
                                    QStringLiteral("--kind"), QStringLiteral("ingest")});
    }
    const ProcessSample before = hub->sample();
    std::fprintf(stderr, "[ingest] posting %lld webhooks (load %s)\n", static_cast<long long>(plan.requests), qPrintable(loadAverage()));
    const IngestRun run = postAll(plan, hub->port(), tokens);
    const ProcessSample after = hub->sample();
    hub->stop();
    const QJsonObject got = outcomes(run.replies);
    const double rate = double(plan.alerts) / run.seconds;
    const double rawRate = double(plan.alerts) / rawSeconds;
    const bool complete = run.failed == 0 && outcomesMatch(got, plan);
    const bool sqlite = !o.postgres;
    rows.push_back({QStringLiteral("webhook ingest (%1 alerts, %2 conns)").arg(num(double(plan.alerts))).arg(o.connections),
                    num(rate) + QStringLiteral(" alerts/s"), QStringLiteral("raw insert ") + num(rawRate) + QStringLiteral(" rows/s"),
                    rate / rawRate, sqlite ? QStringLiteral(">= 5,000 alerts/s") : QStringLiteral("report"),
                    !complete ? QStringLiteral("no (incomplete)") : sqlite ? (rate >= 5000 ? QStringLiteral("yes") : QStringLiteral("no"))
                                                                           : QStringLiteral("-")});
    rows.push_back({QStringLiteral("webhook request latency p50 / p95"),
                    num(run.latency.percentile(50), 1) + QStringLiteral(" / ") + num(run.latency.percentile(95), 1) + QStringLiteral(" ms"),
                    {}, 0, {}, QStringLiteral("-")});
    return QJsonObject{{QStringLiteral("alerts"), static_cast<double>(plan.alerts)},
                       {QStringLiteral("requests"), static_cast<double>(plan.requests)},
                       {QStringLiteral("connections"), o.connections},
                       {QStringLiteral("seconds"), run.seconds},
                       {QStringLiteral("alerts_per_s"), rate},
                       {QStringLiteral("failed_requests"), static_cast<double>(run.failed)},
                       {QStringLiteral("outcomes"), got},
                       {QStringLiteral("expected"), QJsonObject{{QStringLiteral("raised"), static_cast<double>(plan.firingNew)},
                                                                {QStringLiteral("repeated"), static_cast<double>(plan.firingAgain)},
                                                                {QStringLiteral("resolved"), static_cast<double>(plan.resolved)}}},
                       {QStringLiteral("complete"), complete},
                       {QStringLiteral("request_latency"), latencyJson(run.latency)},
                       {QStringLiteral("raw_batch_rows"), rawBatch},
                       {QStringLiteral("raw_seconds"), rawSeconds},
                       {QStringLiteral("raw_rows_per_s"), rawRate},
                       {QStringLiteral("ratio_to_raw"), rate / rawRate},
                       {QStringLiteral("hub_peak_rss_kb"), static_cast<double>(after.peakRssKb)},
                       {QStringLiteral("hub_cpu_seconds"), after.cpuSeconds - before.cpuSeconds}};
}

} // namespace mt::bench
