// Deterministic (seeded) Alertmanager v4 payloads and event batches for the hub benchmark.
#include "BenchWorkload.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/Event.h"
#include "domain/EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <deque>
#include <random>
#include <set>

namespace mt::bench {

namespace {

const char *const kAlertNames[] = {"ColdChainTempHigh", "StockBelowMinimum", "AmbulanceOffline",
                                   "OxygenPressureLow", "LabAnalyzerDown",  "BedCapacityCritical"};
const char *const kJobs[] = {"logistics", "fleet", "pharmacy", "lab", "dashboard", "hr"};
const char *const kSeverities[] = {"critical", "warning", "warning", "info"};

struct FiringAlert
{
    QString fingerprint;
    int kind = 0;
    int instance = 0;
};

QJsonObject amAlert(const FiringAlert &a, bool resolved, int connection)
{
    const QJsonObject labels{{QStringLiteral("alertname"), QString::fromLatin1(kAlertNames[a.kind % 6])},
                             {QStringLiteral("severity"), QString::fromLatin1(kSeverities[a.kind % 4])},
                             {QStringLiteral("instance"), QStringLiteral("node-%1.site%2:9100").arg(a.instance).arg(connection)},
                             {QStringLiteral("job"), QString::fromLatin1(kJobs[a.kind % 6])},
                             {QStringLiteral("region"), QStringLiteral("wita")}};
    const QJsonObject annotations{
        {QStringLiteral("summary"), QStringLiteral("%1 on node-%2").arg(QString::fromLatin1(kAlertNames[a.kind % 6])).arg(a.instance)},
        {QStringLiteral("description"), QStringLiteral("Value crossed the threshold for 5 minutes (instance %1).").arg(a.instance)}};
    return QJsonObject{{QStringLiteral("status"), resolved ? QStringLiteral("resolved") : QStringLiteral("firing")},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("annotations"), annotations},
                       {QStringLiteral("startsAt"), QStringLiteral("2026-11-24T08:00:00.000Z")},
                       {QStringLiteral("endsAt"), resolved ? QStringLiteral("2026-11-24T08:30:00.000Z")
                                                           : QStringLiteral("0001-01-01T00:00:00Z")},
                       {QStringLiteral("generatorURL"), QStringLiteral("http://prometheus:9090/graph?g0.expr=up")},
                       {QStringLiteral("fingerprint"), a.fingerprint}};
}

std::string webhookBody(const QJsonArray &alerts, bool anyFiring)
{
    const QJsonObject group{{QStringLiteral("alertname"), QStringLiteral("bench")}};
    const QJsonObject body{{QStringLiteral("version"), QStringLiteral("4")},
                           {QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"bench\"}")},
                           {QStringLiteral("truncatedAlerts"), 0},
                           {QStringLiteral("status"), anyFiring ? QStringLiteral("firing") : QStringLiteral("resolved")},
                           {QStringLiteral("receiver"), QStringLiteral("medtrack-hub")},
                           {QStringLiteral("groupLabels"), group},
                           {QStringLiteral("commonLabels"), group},
                           {QStringLiteral("commonAnnotations"), QJsonObject()},
                           {QStringLiteral("externalURL"), QStringLiteral("http://alertmanager:9093")},
                           {QStringLiteral("alerts"), alerts}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

WebhookPlan planWebhooks(qint64 alerts, int connections, quint32 seed)
{
    WebhookPlan plan;
    plan.bodies.resize(static_cast<std::size_t>(connections));
    std::mt19937 rng(seed);
    std::vector<std::deque<FiringAlert>> firing(static_cast<std::size_t>(connections));
    qint64 serial = 0;
    for (int c = 0; plan.alerts < alerts; c = (c + 1) % connections) {
        const int size = static_cast<int>(std::min<qint64>(5 + static_cast<int>(rng() % 11), alerts - plan.alerts));
        auto &open = firing[static_cast<std::size_t>(c)];
        std::set<QString> inGroup;
        QJsonArray group;
        bool anyFiring = false;
        for (int i = 0; i < size; ++i) {
            const unsigned roll = rng() % 100;
            if (roll < 12 && !open.empty() && !inGroup.count(open.front().fingerprint)) {
                const FiringAlert a = open.front(); // resolve the oldest firing alert of this connection
                open.pop_front();
                group.append(amAlert(a, true, c));
                inGroup.insert(a.fingerprint);
                ++plan.resolved;
            } else if (roll < 22 && !open.empty() && !inGroup.count(open.back().fingerprint)) {
                group.append(amAlert(open.back(), false, c));
                inGroup.insert(open.back().fingerprint);
                anyFiring = true;
                ++plan.firingAgain;
            } else {
                const FiringAlert a{QStringLiteral("%1").arg(++serial * 2654435761ULL % 0xFFFFFFFFFFFFULL, 16, 16, QLatin1Char('0')),
                                    static_cast<int>(rng() % 6), static_cast<int>(rng() % 500)};
                open.push_back(a);
                group.append(amAlert(a, false, c));
                inGroup.insert(a.fingerprint);
                anyFiring = true;
                ++plan.firingNew;
            }
        }
        plan.bodies[static_cast<std::size_t>(c)].push_back(webhookBody(group, anyFiring));
        plan.alerts += size;
        ++plan.requests;
    }
    return plan;
}

QList<QJsonObject> alertEvents(const QString &site, qint64 count, const QString &actor)
{
    static const SystemClock clock;
    QList<QJsonObject> out;
    out.reserve(count);
    const qint64 baseMs = clock.nowMs() - count - 60000; // in the past, one millisecond apart
    QString alertId;
    for (qint64 i = 0; i < count; ++i) {
        Event e;
        e.id = newUuidV7(clock);
        e.entityType = EntityType::Alert;
        e.actor = actor;
        e.siteId = site;
        e.hlc = Hlc::fromParts(baseMs + i, 0);
        const int step = static_cast<int>(i % 3);
        if (step == 0) {
            alertId = newUuidV7(clock);
            e.type = EventType::AlertRaised;
            e.payload = QJsonObject{{QStringLiteral("module"), QString::fromLatin1(kJobs[i % 6])},
                                    {QStringLiteral("severity"), QString::fromLatin1(kSeverities[i % 4])},
                                    {QStringLiteral("title"), QString::fromLatin1(kAlertNames[i % 6])},
                                    {QStringLiteral("details"), QStringLiteral("Value crossed the threshold for 5 minutes.")},
                                    {QStringLiteral("dedup_key"), QStringLiteral("%1-%2").arg(site).arg(i)},
                                    {QStringLiteral("resource"), QStringLiteral("node-%1:9100").arg(i % 500)}};
        } else if (step == 1) {
            e.type = EventType::AlertAcknowledged;
        } else {
            e.type = EventType::AlertResolved;
            e.payload = QJsonObject{{QStringLiteral("reason"), QStringLiteral("fixed")}};
        }
        e.entityId = alertId;
        out.append(toJson(e));
    }
    return out;
}

std::vector<std::string> pushBodies(const QList<QJsonObject> &events, int batch)
{
    std::vector<std::string> bodies;
    for (qsizetype i = 0; i < events.size(); i += batch) {
        QJsonArray arr;
        for (qsizetype j = i; j < std::min<qsizetype>(i + batch, events.size()); ++j)
            arr.append(events[j]);
        bodies.push_back(QJsonDocument(QJsonObject{{QStringLiteral("events"), arr}})
                             .toJson(QJsonDocument::Compact).toStdString());
    }
    return bodies;
}

} // namespace mt::bench
