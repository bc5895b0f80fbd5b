// The hub's metric names and labels, kept on the shared MetricsRegistry (mt_observability).
#pragma once

#include <QByteArray>
#include <QString>

namespace mt {

class MetricsRegistry;

namespace hubmetrics {

// Help texts and request-duration buckets (seconds), and the counters that read 0 before anything happens.
void describe(MetricsRegistry &m);
void observeRequest(MetricsRegistry &m, const QString &route, const QString &method, int status, double seconds);
void addPush(MetricsRegistry &m, int accepted, int duplicates, int rejected);
void addPulled(MetricsRegistry &m, int events);
// A push with events refused as clock_ahead: the administrator sees which site's clock is wrong.
void addClockAhead(MetricsRegistry &m, const QString &site, int events, qint64 maxSkewMs);
// Refused requests and refused events, by code (auth_failed, forbidden, rate_limited, conflict, ...); `dropped`
// counts records that could not be written (the queue to the database was full).
void addRefusals(MetricsRegistry &m, const QString &code, int count);
void addRefusalsDropped(MetricsRegistry &m, int count);
void addIngest(MetricsRegistry &m, const QString &source, const QString &outcome);
void setConnections(MetricsRegistry &m, int open);
// The scrape: the registry's text after the database gauges are set (headSeq < 0: database unreachable).
QByteArray render(MetricsRegistry &m, qint64 headSeq);

} // namespace hubmetrics

} // namespace mt
