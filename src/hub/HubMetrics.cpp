// The hub's request, sync and ingestion metrics on MetricsRegistry (docs/api/openapi.yaml lists them).
#include "HubMetrics.h"

#include "observability/MetricsRegistry.h"

#include <algorithm>

namespace mt::hubmetrics {

namespace {

const QString kRequests = QStringLiteral("medtrack_hub_http_requests_total");
const QString kDuration = QStringLiteral("medtrack_hub_http_request_duration_seconds");
const QString kPushed = QStringLiteral("medtrack_hub_events_pushed_total");
const QString kPulled = QStringLiteral("medtrack_hub_events_pulled_total");
const QString kIngested = QStringLiteral("medtrack_hub_alerts_ingested_total");
const QString kStored = QStringLiteral("medtrack_hub_events_stored");
const QString kDatabaseUp = QStringLiteral("medtrack_hub_database_up");
const QString kClockAhead = QStringLiteral("medtrack_hub_clock_ahead_refused_total");
const QString kClockAheadMax = QStringLiteral("medtrack_hub_clock_ahead_max_seconds");
const QString kConnections = QStringLiteral("medtrack_hub_connections_open");
const QString kRefusals = QStringLiteral("medtrack_hub_refusals_total");
const QString kRefusalsDropped = QStringLiteral("medtrack_hub_refusal_records_dropped_total");

} // namespace

void describe(MetricsRegistry &m)
{
    m.setHelp(kRequests, QStringLiteral("HTTP requests by route, method and status."));
    m.setHelp(kDuration, QStringLiteral("Request handling time by route."));
    m.setBuckets(kDuration, {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10});
    m.setHelp(kPushed, QStringLiteral("Events received by push, by result."));
    m.setHelp(kPulled, QStringLiteral("Events served by pull."));
    m.setHelp(kIngested, QStringLiteral("Ingested alerts by source and outcome."));
    m.setHelp(kStored, QStringLiteral("Highest server_seq in the event log (events stored)."));
    m.setHelp(kDatabaseUp, QStringLiteral("1 when the database answered this scrape."));
    m.setHelp(kClockAhead, QStringLiteral("Pushed events refused because their HLC was ahead of the hub's clock, by site."));
    m.setHelp(kClockAheadMax, QStringLiteral("Largest clock skew refused since start, by site (seconds)."));
    m.setHelp(kRefusals, QStringLiteral("Refused requests and refused events, by error code (see `medtrack-hub refusals`)."));
    m.setHelp(kRefusalsDropped, QStringLiteral("Refusal records not written because the queue to the database was full."));
    m.setHelp(kConnections, QStringLiteral("Connections open now: waiting in the gate or being served."));
    m.increment(kPulled, {}, 0);
    m.increment(kRefusalsDropped, {}, 0);
}

void addRefusals(MetricsRegistry &m, const QString &code, int count)
{
    m.increment(kRefusals, MetricsRegistry::labels({{QStringLiteral("code"), code}}), count);
}

void addRefusalsDropped(MetricsRegistry &m, int count)
{
    m.increment(kRefusalsDropped, {}, count);
}

void addClockAhead(MetricsRegistry &m, const QString &site, int events, qint64 maxSkewMs)
{
    const QString label = MetricsRegistry::labels({{QStringLiteral("site"), site}});
    m.increment(kClockAhead, label, events);
    m.setGauge(kClockAheadMax, std::max(m.gauge(kClockAheadMax, label), double(maxSkewMs) / 1000.0), label);
}

void observeRequest(MetricsRegistry &m, const QString &route, const QString &method, int status, double seconds)
{
    m.increment(kRequests, MetricsRegistry::labels({{QStringLiteral("route"), route}, {QStringLiteral("method"), method},
                                                    {QStringLiteral("status"), QString::number(status)}}));
    m.observe(kDuration, seconds, MetricsRegistry::labels({{QStringLiteral("route"), route}}));
}

void addPush(MetricsRegistry &m, int accepted, int duplicates, int rejected)
{
    const auto result = [](const char *r) { return MetricsRegistry::labels({{QStringLiteral("result"), QLatin1String(r)}}); };
    m.increment(kPushed, result("accepted"), accepted);
    m.increment(kPushed, result("duplicate"), duplicates);
    m.increment(kPushed, result("rejected"), rejected);
}

void setConnections(MetricsRegistry &m, int open)
{
    m.setGauge(kConnections, open);
}

void addPulled(MetricsRegistry &m, int events)
{
    m.increment(kPulled, {}, events);
}

void addIngest(MetricsRegistry &m, const QString &source, const QString &outcome)
{
    m.increment(kIngested, MetricsRegistry::labels({{QStringLiteral("source"), source}, {QStringLiteral("outcome"), outcome}}));
}

QByteArray render(MetricsRegistry &m, qint64 headSeq)
{
    m.setGauge(kStored, double(std::max<qint64>(headSeq, 0)));
    m.setGauge(kDatabaseUp, headSeq >= 0 ? 1 : 0);
    return m.toPrometheusText().toUtf8();
}

} // namespace mt::hubmetrics
