// Request bodies of the hub benchmark, built before any clock starts: Alertmanager webhooks and event batches.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace mt::bench {

struct WebhookPlan
{
    std::vector<std::vector<std::string>> bodies; // [connection][request], sent in order per connection
    qint64 alerts = 0;                            // alert elements in all bodies
    qint64 firingNew = 0;                         // expected outcome "raised"
    qint64 firingAgain = 0;                       // expected "repeated" (Alertmanager's repeat_interval resend)
    qint64 resolved = 0;                          // expected "resolved"
    qint64 requests = 0;
};

// Groups of 5..15 alerts with distinct fingerprints per connection; ~10 % of the elements resend a
// still-firing alert and ~12 % resolve one that this connection fired earlier (so the order holds).
WebhookPlan planWebhooks(qint64 alerts, int connections, quint32 seed);

// Wire-form alert events of one site: raised, acknowledged, resolved, raised... (count in all).
QList<QJsonObject> alertEvents(const QString &site, qint64 count, const QString &actor);

// {"events":[...]} bodies of `batch` events each.
std::vector<std::string> pushBodies(const QList<QJsonObject> &events, int batch);

} // namespace mt::bench
