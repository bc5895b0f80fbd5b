// POST /api/v1/events (idempotent batch push) and GET /api/v1/events (paged pull).
#include "Handlers.h"

#include "EventLog.h"
#include "EventPermissions.h"
#include "HubClock.h"

#include "domain/ClockBound.h"
#include "domain/EventJson.h"
#include "domain/FieldLimits.h"

#include <QHash>
#include <QSet>

namespace mt::handlers {

namespace {

struct PushOutcome
{
    QJsonArray accepted;
    QJsonArray duplicates;
    QJsonArray rejected;
    QList<Event> toAppend; // accepted, appended in one set-based step after the whole batch is decided
    Hlc maxHlc;
    qint64 clockAhead = 0; // the largest skew refused (ms), for the hub's metrics
    int clockAheadCount = 0;
};

// The incident's severity at its site: the latest of the stored log and this batch, by HLC; unknown = 1.
Result<int> severityOf(EventLog &log, const QHash<QString, std::pair<Hlc, int>> &batch, const QString &site, const QString &id)
{
    auto stored = log.incidentSeverity(site, id);
    if (!stored)
        return stored.error();
    std::optional<std::pair<Hlc, int>> best = stored.value();
    const auto it = batch.constFind(site + QLatin1Char('/') + id);
    if (it != batch.constEnd() && (!best || it->first > best->first))
        best = *it;
    return best ? best->second : 1;
}

void reject(PushOutcome &out, const QString &id, const char *code, QJsonObject more = {})
{
    more.insert(QStringLiteral("id"), id);
    more.insert(QStringLiteral("code"), QString::fromLatin1(code));
    out.rejected.append(more);
    noteRefusal(QString::fromLatin1(code), id); // logged with the request and recorded for the administrator
}

struct PushLimits
{
    qint64 nowMs = 0;
    qint64 maxAheadMs = 0;
};

// `stored`: keys of the batch's ids already in the log (findMany), extended as events are appended
// so that an id repeated within one batch is a duplicate too.
Status applyOne(EventLog &log, const Principal &caller, const Event &e, const PushLimits &limits, PushOutcome &out,
                QHash<QString, std::pair<Hlc, int>> &severities, QHash<QString, StoredEventKey> &stored)
{
    const qint64 nowMs = limits.nowMs;
    const auto existing = stored.constFind(e.id);
    if (existing != stored.constEnd()) {
        const StoredEventKey &k = *existing;
        if (k.type == e.type && k.entityId == e.entityId && k.siteId == e.siteId && k.hlc == e.hlc.toString())
            out.duplicates.append(e.id);
        else
            reject(out, e.id, "conflict"); // same id, different event: never overwrite
        return {};
    }
    // A workstation whose clock runs ahead must not drag every site's clock with it: the event is refused,
    // with the skew, and the pusher keeps it until its clock is right (the rest of the batch is stored).
    if (const qint64 beyond = clockbound::beyond(e.hlc, nowMs, limits.maxAheadMs); beyond > 0) {
        const qint64 skew = e.hlc.physicalMs() - nowMs;
        reject(out, e.id, "clock_ahead",
               {{QStringLiteral("message"), QStringLiteral("The event is stamped %1 s ahead of the hub's clock; at most %2 s "
                                                           "are accepted. Set the workstation's clock right; the event is kept.")
                                                .arg(skew / 1000)
                                                .arg(limits.maxAheadMs / 1000)},
                {QStringLiteral("skew_ms"), static_cast<double>(skew)},
                {QStringLiteral("max_ahead_ms"), static_cast<double>(limits.maxAheadMs)}});
        out.clockAhead = std::max(out.clockAhead, skew);
        ++out.clockAheadCount;
        return {};
    }
    int severity = 1;
    if (e.type == EventType::IncidentClosed) {
        auto s = severityOf(log, severities, e.siteId, e.entityId);
        if (!s)
            return s.error();
        severity = s.value();
    }
    if (!eventAllowed(caller.role, e, severity)) {
        reject(out, e.id, "forbidden");
        return {};
    }
    stored.insert(e.id, StoredEventKey{e.type, e.entityId, e.siteId, e.hlc.toString()});
    out.toAppend.append(e);
    out.maxHlc = std::max(out.maxHlc, e.hlc);
    if (e.type == EventType::IncidentOpened || e.type == EventType::IncidentSeverityChanged)
        severities.insert(e.siteId + QLatin1Char('/') + e.entityId, {e.hlc, e.payload.value(QStringLiteral("severity")).toInt(1)});
    return {};
}

// Parses and scope-checks the whole batch first: any problem rejects it all, nothing stored.
std::optional<ApiError> parseBatch(HubContext &ctx, const Principal &caller, const QJsonObject &body,
                                   QList<Event> &events)
{
    const QJsonValue v = body.value(QStringLiteral("events"));
    if (v.isUndefined())
        return ApiError::missingField(QStringLiteral("events"));
    if (!v.isArray())
        return ApiError::wrongType(QStringLiteral("events"));
    const QJsonArray arr = v.toArray();
    if (arr.size() > ctx.config.maxBatchEvents) {
        ApiError e = ApiError::tooLarge(QStringLiteral("At most %1 events per push.").arg(ctx.config.maxBatchEvents));
        e.extra.insert(QStringLiteral("max_events"), ctx.config.maxBatchEvents); // clients shrink their batch to it
        return e;
    }
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString prefix = QStringLiteral("events[%1]").arg(i);
        if (!arr[i].isObject())
            return ApiError::wrongType(prefix);
        auto e = eventFromJson(arr[i].toObject());
        if (!e)
            return ApiError::fromValidation(e.error(), prefix + QLatin1Char('.'));
        if (!caller.mayAccessSite(e->siteId))
            return ApiError{403, QStringLiteral("forbidden"),
                            QStringLiteral("The token may not write events of site %1.").arg(e->siteId),
                            prefix + QStringLiteral(".site_id")};
        events.append(e.value());
    }
    return std::nullopt;
}

} // namespace

void pushEvents(HubContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    Principal caller;
    if (auto e = authenticateRequest(ctx, req, caller))
        return sendError(res, *e);
    if (caller.kind == TokenKind::Ingest)
        return sendError(res, ApiError::forbidden(QStringLiteral("Ingestion tokens may only post alerts.")));
    QJsonObject body;
    if (auto e = parseObject(req, {QStringLiteral("events")}, body))
        return sendError(res, *e);
    QList<Event> events;
    if (auto e = parseBatch(ctx, caller, body, events))
        return sendError(res, *e);
    PushOutcome out;
    const Status s = ctx.db.write([&](QSqlDatabase &db) -> Status {
        EventLog log(db);
        QHash<QString, std::pair<Hlc, int>> severities;
        out = PushOutcome{};
        QStringList ids;
        for (const Event &e : events)
            ids.append(e.id);
        auto stored = log.findMany(ids);
        if (!stored)
            return stored.error();
        const PushLimits limits{ctx.clock.nowMs(), ctx.config.maxClockAheadS * 1000};
        for (const Event &e : events) {
            if (Status st = applyOne(log, caller, e, limits, out, severities, stored.value()); !st.ok())
                return st;
        }
        auto seqs = log.appendMany(out.toAppend, limits.nowMs, EventLog::originOf(caller.tokenHash));
        if (!seqs)
            return seqs.error();
        for (const Event &e : std::as_const(out.toAppend))
            out.accepted.append(QJsonObject{{QStringLiteral("id"), e.id},
                                            {QStringLiteral("server_seq"), static_cast<double>(seqs->value(e.id))}});
        return hubclock::persist(db, out.maxHlc);
    });
    if (!s.ok()) {
        takeRefusals(); // nothing of the batch was answered
        return sendError(res, ApiError::fromDatabase(s));
    }
    if (out.maxHlc.value > 0)
        ctx.hlc.observe(out.maxHlc); // only what was accepted: a refused event never moves the hub's clock
    if (out.clockAhead > 0)
        hubmetrics::addClockAhead(ctx.metrics, caller.siteId, out.clockAheadCount, out.clockAhead);
    hubmetrics::addPush(ctx.metrics, static_cast<int>(out.accepted.size()), static_cast<int>(out.duplicates.size()),
                        static_cast<int>(out.rejected.size()));
    sendJson(res, 200, QJsonObject{{QStringLiteral("accepted"), out.accepted},
                                   {QStringLiteral("duplicates"), out.duplicates},
                                   {QStringLiteral("rejected"), out.rejected}});
}

void pullEvents(HubContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    Principal caller;
    if (auto e = authenticateRequest(ctx, req, caller))
        return sendError(res, *e);
    if (caller.kind == TokenKind::Ingest)
        return sendError(res, ApiError::forbidden(QStringLiteral("Ingestion tokens may not read events.")));
    QJsonObject params;
    for (const auto &[key, value] : req.params) {
        const QString k = QString::fromStdString(key);
        if (k != QLatin1String("since") && k != QLatin1String("limit") && k != QLatin1String("site") && k != QLatin1String("skip_own"))
            return sendError(res, ApiError::unknownField(k));
        bool isNumber = false;
        const qint64 n = QString::fromStdString(value).toLongLong(&isNumber);
        params.insert(k, k == QLatin1String("site") || k == QLatin1String("skip_own") ? QJsonValue(QString::fromStdString(value))
                         : isNumber ? QJsonValue(static_cast<double>(n)) : QJsonValue(QString::fromStdString(value)));
    }
    Fields f(params);
    const qint64 since = f.integer(QStringLiteral("since"), false, 0, 1LL << 53, 0);
    const int limit = static_cast<int>(f.integer(QStringLiteral("limit"), false, 1, ctx.config.maxPullLimit, 500));
    const QString site = f.string(QStringLiteral("site"), false, limits::kSiteIdMaxChars);
    const QString skipOwn = f.string(QStringLiteral("skip_own"), false, 5);
    if (f.error())
        return sendError(res, *f.error());
    if (!skipOwn.isEmpty() && skipOwn != QLatin1String("1") && skipOwn != QLatin1String("0") && skipOwn != QLatin1String("true")
        && skipOwn != QLatin1String("false"))
        return sendError(res, ApiError::invalidValue(QStringLiteral("skip_own"), QStringLiteral("1 or 0")));
    // What this token pushed itself is left out (its pusher already holds it with its server_seq).
    const QString skipOrigin = skipOwn == QLatin1String("1") || skipOwn == QLatin1String("true") ? EventLog::originOf(caller.tokenHash)
                                                                                                : QString();
    if (!caller.central && !site.isEmpty() && site != caller.siteId)
        return sendError(res, ApiError::forbidden(QStringLiteral("The token may not read site %1.").arg(site)));
    Result<PullPage> page = PullPage{};
    const auto pullPage = [&](QSqlDatabase &db) -> Status {
        page = EventLog(db).pull(since, limit, caller.central ? site : caller.siteId, skipOrigin);
        return page ? Status{} : Status(page.error());
    };
    if (skipOrigin.isEmpty()) {
        auto conn = ctx.db.connection();
        if (!conn)
            return sendError(res, ApiError::unavailable());
        pullPage(conn.value());
    } else if (Status s = ctx.db.read(pullPage); !s.ok() && page) {
        page = s; // the snapshot itself failed (BEGIN, COMMIT, the connection)
    }
    if (!page)
        return sendError(res, ApiError::fromDatabase(page.error()));
    QJsonArray arr;
    for (const Event &e : page->events)
        arr.append(toJson(e));
    hubmetrics::addPulled(ctx.metrics, static_cast<int>(arr.size()));
    QJsonObject answer{{QStringLiteral("events"), arr},
                       {QStringLiteral("next_since"), static_cast<double>(page->nextSince)},
                       {QStringLiteral("more"), page->more}};
    if (!skipOrigin.isEmpty())
        answer.insert(QStringLiteral("skipped_own"), static_cast<double>(page->skippedOwn));
    sendJson(res, 200, answer);
}

} // namespace mt::handlers
