// Phase 2: N concurrent site clients, each pushing its events and pulling them back, all at once.
#include "BenchHttp.h"
#include "BenchPhases.h"
#include "BenchWorkload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <latch>
#include <mutex>
#include <thread>

namespace mt::bench {

namespace {

QString siteName(int i)
{
    return QStringLiteral("bench-site-%1").arg(i, 3, 10, QLatin1Char('0'));
}

struct ClientResult
{
    bool ok = false;
    double pushMs = 0;
    double pullMs = 0; // all pull pages
    double roundTripMs = 0;
    int pulled = 0;
};

// Pages through GET /api/v1/events until "more" is false; counts the pushed ids it sees again.
int pullAll(HttpConnection &conn, const QSet<QString> &pushed, bool *ok)
{
    qint64 since = 0;
    int seen = 0;
    for (;;) {
        const HttpReply r = conn.get("/api/v1/events?since=" + std::to_string(since) + "&limit=500");
        if (r.status != 200) {
            std::fprintf(stderr, "[clients] pull failed: HTTP %d %s\n", r.status, r.error.c_str());
            return *ok = false, seen;
        }
        const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
        for (const QJsonValue &v : page.value(QStringLiteral("events")).toArray())
            seen += pushed.contains(v.toObject().value(QStringLiteral("id")).toString()) ? 1 : 0;
        since = static_cast<qint64>(page.value(QStringLiteral("next_since")).toDouble());
        if (!page.value(QStringLiteral("more")).toBool())
            return seen;
    }
}

// Site add for every client (admin processes, 4 at a time) and one device enrolment each.
bool enrolAll(const HubUnderTest &hub, int clients, std::vector<std::string> &tokens)
{
    std::vector<QString> codes(static_cast<std::size_t>(clients));
    runParallel(4, [&](int t) {
        for (int i = t; i < clients; i += 4)
            codes[static_cast<std::size_t>(i)] = hub.adminSecret({QStringLiteral("site"), QStringLiteral("add"),
                QStringLiteral("--id"), siteName(i), QStringLiteral("--name"), siteName(i)});
    });
    tokens.assign(static_cast<std::size_t>(clients), {});
    runParallel(4, [&](int t) {
        HttpConnection conn(hub.port(), {});
        for (int i = t; i < clients; i += 4) {
            const QJsonObject req{{QStringLiteral("site_id"), siteName(i)},
                                  {QStringLiteral("enrolment_code"), codes[static_cast<std::size_t>(i)]},
                                  {QStringLiteral("device_name"), QStringLiteral("ws1")}};
            tokens[static_cast<std::size_t>(i)] =
                tokenOf(conn.post("/api/v1/enrol", QJsonDocument(req).toJson(QJsonDocument::Compact).toStdString()).body);
        }
    });
    return std::all_of(tokens.begin(), tokens.end(), [](const std::string &t) { return !t.empty(); });
}

std::vector<ClientResult> runAllClients(quint16 port, const std::vector<std::string> &tokens,
                                        const std::vector<std::string> &bodies, const std::vector<QSet<QString>> &ids,
                                        int perClient, double *wallSeconds)
{
    const int n = static_cast<int>(tokens.size());
    std::vector<ClientResult> results(static_cast<std::size_t>(n));
    std::latch ready(n + 1);
    std::atomic<double> start{0};
    std::atomic<double> end{0};
    std::thread releaser([&] { ready.arrive_and_wait(); start = monotonicSeconds(); });
    runParallel(n, [&](int i) {
        const auto k = static_cast<std::size_t>(i);
        HttpConnection conn(port, tokens[k]);
        ready.arrive_and_wait();
        ClientResult &r = results[k];
        const HttpReply push = conn.post("/api/v1/events", bodies[k]);
        r.pushMs = push.ms;
        bool ok = push.status == 200 && push.body.find("\"rejected\":[]") != std::string::npos;
        if (!ok)
            std::fprintf(stderr, "[clients] push failed: HTTP %d %s %s\n", push.status, push.error.c_str(), push.body.substr(0, 200).c_str());
        const double pullStart = monotonicSeconds();
        r.pulled = pullAll(conn, ids[k], &ok);
        const double now = monotonicSeconds();
        r.pullMs = (now - pullStart) * 1000.0;
        r.roundTripMs = r.pushMs + r.pullMs;
        r.ok = ok && r.pulled == perClient;
        double seen = end.load();
        while (now > seen && !end.compare_exchange_weak(seen, now)) {
        }
    });
    releaser.join();
    *wallSeconds = end.load() - start.load();
    return results;
}

} // namespace

QJsonObject runClients(const BenchOptions &o, Backend &backend, std::vector<TableRow> &rows)
{
    QString why;
    if (!backend.prepare(QStringLiteral("clients"), &why))
        return {{QStringLiteral("error"), why}};
    std::vector<std::string> bodies;
    std::vector<QSet<QString>> ids;
    QList<QJsonObject> all;
    for (int i = 0; i < o.clients; ++i) {
        const QList<QJsonObject> events = alertEvents(siteName(i), o.clientEvents, QStringLiteral("bench-client"));
        bodies.push_back(pushBodies(events, o.clientEvents).front());
        QSet<QString> mine;
        for (const QJsonObject &e : events)
            mine.insert(e.value(QStringLiteral("id")).toString());
        ids.push_back(std::move(mine));
        all += events;
    }
    const double rawSeconds = rawHubInsert(backend.raw(), all, o.clientEvents, &why);
    if (rawSeconds < 0)
        return {{QStringLiteral("error"), QStringLiteral("raw insert: ") + why}};
    auto hub = backend.startHub(&why);
    if (!hub)
        return {{QStringLiteral("error"), why}};
    std::vector<std::string> tokens;
    std::fprintf(stderr, "[clients] enrolling %d sites\n", o.clients);
    if (!enrolAll(*hub, o.clients, tokens))
        return {{QStringLiteral("error"), QStringLiteral("enrolment failed")}};
    std::fprintf(stderr, "[clients] %d clients push+pull (load %s)\n", o.clients, qPrintable(loadAverage()));
    double wall = 0;
    const std::vector<ClientResult> results = runAllClients(hub->port(), tokens, bodies, ids, o.clientEvents, &wall);
    const ProcessSample sample = hub->sample();
    hub->stop();
    Latencies push, pull, round;
    int complete = 0;
    for (const ClientResult &r : results) {
        push.add(r.pushMs);
        pull.add(r.pullMs);
        round.add(r.roundTripMs);
        complete += r.ok ? 1 : 0;
    }
    const double events = double(o.clients) * o.clientEvents;
    rows.push_back({QStringLiteral("%1 clients x %2 events push+pull: complete").arg(o.clients).arg(o.clientEvents),
                    QStringLiteral("%1 / %2 in %3 s").arg(complete).arg(o.clients).arg(num(wall, 2)),
                    QStringLiteral("raw insert of %1 rows %2 s").arg(num(events)).arg(num(rawSeconds, 2)), wall / rawSeconds,
                    QStringLiteral("all complete"), complete == o.clients ? QStringLiteral("yes") : QStringLiteral("no")});
    rows.push_back({QStringLiteral("client round trip (push + pull) p50 / p95"),
                    num(round.percentile(50), 0) + QStringLiteral(" / ") + num(round.percentile(95), 0) + QStringLiteral(" ms"),
                    {}, 0, QStringLiteral("report p95"), QStringLiteral("-")});
    return QJsonObject{{QStringLiteral("clients"), o.clients},
                       {QStringLiteral("events_per_client"), o.clientEvents},
                       {QStringLiteral("complete"), complete},
                       {QStringLiteral("wall_seconds"), wall},
                       {QStringLiteral("events_per_s"), events / wall},
                       {QStringLiteral("push_latency"), latencyJson(push)},
                       {QStringLiteral("pull_latency"), latencyJson(pull)},
                       {QStringLiteral("round_trip"), latencyJson(round)},
                       {QStringLiteral("raw_seconds"), rawSeconds},
                       {QStringLiteral("raw_rows_per_s"), events / rawSeconds},
                       {QStringLiteral("ratio_wall_to_raw"), wall / rawSeconds},
                       {QStringLiteral("hub_peak_rss_kb"), static_cast<double>(sample.peakRssKb)},
                       {QStringLiteral("hub_cpu_seconds"), sample.cpuSeconds}};
}

} // namespace mt::bench
