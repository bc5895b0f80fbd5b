// Prometheus text rendering of the hub's request, sync and ingestion counters.
#include "Metrics.h"

namespace mt {

void Metrics::observeRequest(const QString &route, const QString &method, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, method, status}];
    Histogram &h = m_durations[route];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::addPush(int accepted, int duplicates, int rejected)
{
    std::lock_guard lock(m_mutex);
    m_pushed[QStringLiteral("accepted")] += static_cast<quint64>(accepted);
    m_pushed[QStringLiteral("duplicate")] += static_cast<quint64>(duplicates);
    m_pushed[QStringLiteral("rejected")] += static_cast<quint64>(rejected);
}

void Metrics::addPulled(int events)
{
    std::lock_guard lock(m_mutex);
    m_pulled += static_cast<quint64>(events);
}

void Metrics::addIngest(const QString &source, const QString &outcome)
{
    std::lock_guard lock(m_mutex);
    ++m_ingested[{source, outcome}];
}

QByteArray Metrics::render(qint64 headSeq) const
{
    std::lock_guard lock(m_mutex);
    QString out;
    out += QStringLiteral("# HELP medtrack_hub_http_requests_total HTTP requests by route, method and status.\n"
                          "# TYPE medtrack_hub_http_requests_total counter\n");
    for (const auto &[key, n] : m_requests) {
        out += QStringLiteral("medtrack_hub_http_requests_total{route=\"%1\",method=\"%2\",status=\"%3\"} %4\n")
                   .arg(std::get<0>(key), std::get<1>(key)).arg(std::get<2>(key)).arg(n);
    }
    out += QStringLiteral("# HELP medtrack_hub_http_request_duration_seconds Request handling time by route.\n"
                          "# TYPE medtrack_hub_http_request_duration_seconds histogram\n");
    for (const auto &[route, h] : m_durations) {
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out += QStringLiteral("medtrack_hub_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(route).arg(kBuckets[i]).arg(h.buckets[i]);
        }
        out += QStringLiteral("medtrack_hub_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n"
                              "medtrack_hub_http_request_duration_seconds_sum{route=\"%1\"} %3\n"
                              "medtrack_hub_http_request_duration_seconds_count{route=\"%1\"} %2\n")
                   .arg(route).arg(h.count).arg(h.sum, 0, 'f', 6);
    }
    out += QStringLiteral("# HELP medtrack_hub_events_pushed_total Events received by push, by result.\n"
                          "# TYPE medtrack_hub_events_pushed_total counter\n");
    for (const auto &[result, n] : m_pushed)
        out += QStringLiteral("medtrack_hub_events_pushed_total{result=\"%1\"} %2\n").arg(result).arg(n);
    out += QStringLiteral("# HELP medtrack_hub_events_pulled_total Events served by pull.\n"
                          "# TYPE medtrack_hub_events_pulled_total counter\n"
                          "medtrack_hub_events_pulled_total %1\n").arg(m_pulled);
    out += QStringLiteral("# HELP medtrack_hub_alerts_ingested_total Ingested alerts by source and outcome.\n"
                          "# TYPE medtrack_hub_alerts_ingested_total counter\n");
    for (const auto &[key, n] : m_ingested) {
        out += QStringLiteral("medtrack_hub_alerts_ingested_total{source=\"%1\",outcome=\"%2\"} %3\n")
                   .arg(key.first, key.second).arg(n);
    }
    out += QStringLiteral("# HELP medtrack_hub_events_stored Highest server_seq in the event log (events stored).\n"
                          "# TYPE medtrack_hub_events_stored gauge\n"
                          "medtrack_hub_events_stored %1\n"
                          "# HELP medtrack_hub_database_up 1 when the database answered this scrape.\n"
                          "# TYPE medtrack_hub_database_up gauge\n"
                          "medtrack_hub_database_up %2\n").arg(std::max<qint64>(headSeq, 0)).arg(headSeq >= 0 ? 1 : 0);
    return out.toUtf8();
}

} // namespace mt
