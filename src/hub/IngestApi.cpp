// POST /api/v1/alerts?site=S (native) and POST /api/v1/alertmanager?site=S (webhook v4 receiver).
#include "Handlers.h"

#include "HubClock.h"

#include "AlertIngest.h"

#include "domain/Permissions.h"
#include "domain/FieldLimits.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <atomic>

namespace mt::handlers {

namespace {

// An ingestion token of the site, or a user/device token that may raise alerts there.
std::optional<ApiError> authorizeIngest(HubContext &ctx, const httplib::Request &req, QString &site)
{
    Principal caller;
    if (auto e = authenticateRequest(ctx, req, caller))
        return e;
    site = QString::fromStdString(req.get_param_value("site"));
    if (site.isEmpty())
        return ApiError::missingField(QStringLiteral("site"));
    const bool allowed = caller.kind == TokenKind::Ingest
        ? caller.siteId == site
        : caller.mayAccessSite(site) && PermissionPolicy::allows(caller.role, Action::AlertRaise);
    if (!allowed)
        return ApiError::forbidden(QStringLiteral("The token may not raise alerts for site %1.").arg(site));
    return std::nullopt;
}

QJsonObject resultJson(const IngestResult &r)
{
    QJsonObject o{{QStringLiteral("outcome"), r.outcome}};
    if (!r.alertId.isEmpty()) {
        o.insert(QStringLiteral("alert_id"), r.alertId);
        o.insert(QStringLiteral("event_id"), r.eventId);
        o.insert(QStringLiteral("server_seq"), static_cast<double>(r.serverSeq));
    }
    return o;
}

std::optional<ApiError> nativeInput(const QJsonObject &body, AlertInput &in)
{
    Fields f(body);
    const QString severity = f.string(QStringLiteral("severity"), true, 16);
    const QString module = f.string(QStringLiteral("module"), false, 32);
    in.title = f.string(QStringLiteral("title"), true, limits::kTitleMaxChars);
    in.details = f.string(QStringLiteral("details"), false, limits::kAlertDetailsMaxChars);
    in.dedupKey = f.string(QStringLiteral("dedup_key"), false, limits::kDedupKeyMaxChars);
    in.resource = f.string(QStringLiteral("resource"), false, limits::kResourceMaxChars);
    if (f.error())
        return f.error();
    const auto sev = alertSeverityFromKey(severity);
    if (!sev)
        return ApiError::invalidValue(QStringLiteral("severity"), QStringLiteral("critical, warning or info"));
    in.severity = *sev;
    const auto mod = module.isEmpty() ? std::optional<Module>(Module::Dashboard) : moduleFromKey(module);
    if (!mod)
        return ApiError::invalidValue(QStringLiteral("module"), allModuleKeys().join(QStringLiteral(", ")));
    in.module = *mod;
    return std::nullopt;
}

// A webhook body already ingested for the site within the window: its stored answer. Alertmanager retries a
// notification whose answer it did not get; only a byte-identical body within minutes is such a retry (a
// repeat notification comes after repeat_interval, hours later).
constexpr qint64 kReceiptWindowMs = 10 * 60 * 1000;

Result<std::optional<QJsonArray>> findReceipt(QSqlDatabase &db, const QString &site, const QString &hash, qint64 nowMs)
{
    CachedQuery q(db, QStringLiteral("SELECT response FROM ingest_receipts WHERE site_id = ? AND body_sha256 = ? AND at_ms > ?"));
    q->addBindValue(site);
    q->addBindValue(hash);
    q->addBindValue(nowMs - kReceiptWindowMs);
    if (!q->exec())
        return sqlError(*q, QStringLiteral("receipt lookup"));
    if (!q->next())
        return std::optional<QJsonArray>();
    return std::optional<QJsonArray>(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array());
}

Status keepReceipt(QSqlDatabase &db, const QString &site, const QString &hash, qint64 nowMs, const QJsonArray &results)
{
    // Expired receipts go every 64th webhook (a statement less on the others; lookups ignore them anyway).
    static std::atomic<unsigned> webhooks{0};
    if (webhooks++ % 64 == 0) {
        CachedQuery prune(db, QStringLiteral("DELETE FROM ingest_receipts WHERE at_ms <= ?"));
        prune->addBindValue(nowMs - kReceiptWindowMs);
        if (!prune->exec())
            return sqlError(*prune, QStringLiteral("receipt prune"));
    }
    CachedQuery q(db, QStringLiteral("INSERT INTO ingest_receipts (site_id, body_sha256, at_ms, response) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (site_id, body_sha256) DO UPDATE SET at_ms = excluded.at_ms, response = excluded.response"));
    q->addBindValue(site);
    q->addBindValue(hash);
    q->addBindValue(nowMs);
    q->addBindValue(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)));
    if (!q->exec())
        return sqlError(*q, QStringLiteral("receipt insert"));
    return {};
}

} // namespace

void ingestNative(HubContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    AlertInput in;
    if (auto e = authorizeIngest(ctx, req, in.siteId))
        return sendError(res, *e);
    QJsonObject body;
    if (auto e = parseObject(req, {QStringLiteral("severity"), QStringLiteral("module"), QStringLiteral("title"),
                                   QStringLiteral("details"), QStringLiteral("dedup_key"),
                                   QStringLiteral("resource")}, body))
        return sendError(res, *e);
    if (auto e = nativeInput(body, in))
        return sendError(res, *e);
    in.actor = QStringLiteral("ingest");
    IngestResult result;
    const Status s = ctx.db.write([&](QSqlDatabase &db) -> Status {
        EventLog log(db);
        auto r = ingestAlerts(ctx, log, {in});
        if (!r)
            return r.error();
        result = r->first();
        return hubclock::persist(db, ctx.hlc.last());
    });
    if (!s.ok())
        return sendError(res, ApiError::fromDatabase(s));
    hubmetrics::addIngest(ctx.metrics, QStringLiteral("native"), result.outcome);
    sendJson(res, result.outcome == QLatin1String("raised") ? 201 : 200, resultJson(result));
}

void ingestAlertmanager(HubContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    QString site;
    if (auto e = authorizeIngest(ctx, req, site))
        return sendError(res, *e);
    QJsonObject body;
    // Alertmanager adds top-level fields across versions (truncatedAlerts...): accept any here.
    if (auto e = parseAnyObject(req, body))
        return sendError(res, *e);
    const QJsonValue version = body.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toString() != QLatin1String("4"))
        return sendError(res, ApiError::invalidValue(QStringLiteral("version"), QStringLiteral("webhook version 4")));
    const QJsonValue alertsValue = body.value(QStringLiteral("alerts"));
    if (!alertsValue.isArray())
        return sendError(res, alertsValue.isUndefined() ? ApiError::missingField(QStringLiteral("alerts"))
                                                        : ApiError::wrongType(QStringLiteral("alerts")));
    QList<AlertInput> inputs;
    const QJsonArray alerts = alertsValue.toArray();
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const QString prefix = QStringLiteral("alerts[%1]").arg(i);
        if (!alerts[i].isObject())
            return sendError(res, ApiError::wrongType(prefix));
        auto in = alertFromAlertmanager(alerts[i].toObject(), site);
        if (!in)
            return sendError(res, ApiError::fromValidation(in.error(), prefix + QLatin1Char('.')));
        inputs.append(in.value());
    }
    QJsonArray results;
    bool replayed = false;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(req.body), QCryptographicHash::Sha256).toHex());
    const Status s = ctx.db.write([&](QSqlDatabase &db) -> Status {
        const qint64 now = ctx.clock.nowMs();
        auto receipt = findReceipt(db, site, hash, now);
        if (!receipt)
            return receipt.error();
        if (receipt.value()) { // a retry of a delivery already stored: the same answer, nothing ingested twice
            results = *receipt.value();
            replayed = true;
            return {};
        }
        EventLog log(db);
        results = QJsonArray();
        auto ingested = ingestAlerts(ctx, log, inputs);
        if (!ingested)
            return ingested.error();
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            QJsonObject o = resultJson(ingested->at(i));
            o.insert(QStringLiteral("fingerprint"), inputs[i].dedupKey);
            results.append(o);
        }
        if (Status kept = keepReceipt(db, site, hash, now, results); !kept.ok())
            return kept;
        return hubclock::persist(db, ctx.hlc.last());
    });
    if (!s.ok())
        return sendError(res, ApiError::fromDatabase(s));
    if (replayed) {
        hubmetrics::addIngest(ctx.metrics, QStringLiteral("alertmanager"), QStringLiteral("retry"));
        return sendJson(res, 200, QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("replayed"), true}});
    }
    for (const QJsonValue &r : std::as_const(results))
        hubmetrics::addIngest(ctx.metrics, QStringLiteral("alertmanager"),
                              r.toObject().value(QStringLiteral("outcome")).toString());
    sendJson(res, 200, QJsonObject{{QStringLiteral("results"), results}});
}

} // namespace mt::handlers
