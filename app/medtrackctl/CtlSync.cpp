// medtrackctl sync: one headless round with medtrack-hub (enrol, push the outbox, pull since the cursor).
#include "CtlCommands.h"
#include "CtlSyncHub.h"

#include "domain/EventJson.h"
#include "services/ErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace mt {

namespace {

constexpr int kPushBatch = 500;
constexpr int kPullPage = 500;

struct SyncCounts
{
    qint64 pushed = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 skipped = 0; // events the wire codec cannot carry (user.*): they stay local
    qint64 pulled = 0;
    qint64 newEvents = 0;
};

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

int syncFailure(CtlContext &ctx, const Error &e)
{
    const QString text = e.field == QLatin1String("sync") ? e.detail : ErrorText::message(e);
    if (ctx.json()) {
        const QJsonObject err{{QStringLiteral("code"), QString::fromLatin1(errorCodeName(e.code))},
                              {QStringLiteral("message"), text}};
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), err}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
    }
    QTextStream(stderr) << "medtrackctl: sync: " << text << Qt::endl;
    return ExitFailure;
}

Result<QString> enrolOrLoadToken(CtlContext &ctx, SyncHubClient &hub, const QString &hubUrl)
{
    const QString site = ctx.args().value(QStringLiteral("enrol-site"));
    if (site.isEmpty())
        return HubKeyring::readToken(hubUrl);
    if (site != ctx.core().config().siteId)
        return Error::make(ErrorCode::Validation, QStringLiteral("sync"),
                           SyncText::tr("--enrol-site %1 is not this data directory's site (%2).")
                               .arg(site, ctx.core().config().siteId));
    const QJsonObject req{{QStringLiteral("site_id"), site},
                          {QStringLiteral("enrolment_code"), ctx.args().value(QStringLiteral("enrol-code"))},
                          {QStringLiteral("device_name"), QSysInfo::machineHostName().left(64)}};
    const auto reply = hub.call("POST", QStringLiteral("/api/v1/enrol"), req);
    if (!reply)
        return reply.error();
    const QString token = reply->value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return Error::make(ErrorCode::Io, QStringLiteral("sync"), SyncText::tr("The hub sent no device token."));
    if (Status st = HubKeyring::writeToken(hubUrl, token); !st.ok())
        return st;
    return token;
}

// Posts one batch; marks the accepted events with their server_seq.
Status pushBatch(CtlContext &ctx, SyncHubClient &hub, const QJsonArray &events, SyncCounts &counts)
{
    const auto reply = hub.call("POST", QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), events}});
    if (!reply)
        return reply.error();
    QList<QPair<QString, qint64>> marks;
    for (const QJsonValue &v : reply->value(QStringLiteral("accepted")).toArray()) {
        const QJsonObject a = v.toObject();
        marks.append({a.value(QStringLiteral("id")).toString(),
                      static_cast<qint64>(a.value(QStringLiteral("server_seq")).toDouble())});
    }
    counts.pushed += marks.size();
    counts.duplicates += reply->value(QStringLiteral("duplicates")).toArray().size();
    counts.rejected += reply->value(QStringLiteral("rejected")).toArray().size();
    return ctx.core().markPushed(marks);
}

Status pushOutbox(CtlContext &ctx, SyncHubClient &hub, SyncCounts &counts)
{
    qint64 after = 0;
    for (;;) {
        const auto page = ctx.core().outboxEvents(after, kPushBatch);
        if (!page)
            return page.error();
        QJsonArray batch;
        for (const LoggedEvent &le : page.value()) {
            const QJsonObject wire = toJson(le.event);
            if (eventFromJson(wire).ok())
                batch.append(wire);
            else
                ++counts.skipped;
        }
        if (!batch.isEmpty()) {
            if (Status st = pushBatch(ctx, hub, batch, counts); !st.ok())
                return st;
        }
        if (page->size() < kPushBatch)
            return {};
        after = page->last().seq;
    }
}

Status pullAll(CtlContext &ctx, SyncHubClient &hub, const QString &hubUrl, SyncCounts &counts)
{
    const auto cursor = ctx.core().syncCursor(hubUrl);
    if (!cursor)
        return cursor.error();
    qint64 since = cursor.value();
    for (;;) {
        const auto reply = hub.call("GET", QStringLiteral("/api/v1/events?since=%1&limit=%2").arg(since).arg(kPullPage));
        if (!reply)
            return reply.error();
        QList<Event> events;
        for (const QJsonValue &v : reply->value(QStringLiteral("events")).toArray()) {
            auto e = eventFromJson(v.toObject(), UnknownFields::Ignore);
            if (!e)
                return Error::make(ErrorCode::Validation, QStringLiteral("sync"),
                                   SyncText::tr("The hub sent an invalid event (%1: %2); nothing of that page was applied.")
                                       .arg(e.error().field, e.error().detail));
            events.append(std::move(e).value());
        }
        const qint64 next = static_cast<qint64>(reply->value(QStringLiteral("next_since")).toDouble());
        const auto applied = ctx.core().importPulledPage(events, hubUrl, next);
        if (!applied)
            return applied.error();
        counts.pulled += events.size();
        counts.newEvents += applied->newEvents;
        since = next;
        if (!reply->value(QStringLiteral("more")).toBool())
            return {};
    }
}

int report(CtlContext &ctx, const QString &hubUrl, const SyncCounts &c)
{
    const QJsonObject json{{QStringLiteral("hub"), hubUrl},
                           {QStringLiteral("pushed"), c.pushed},
                           {QStringLiteral("duplicates"), c.duplicates},
                           {QStringLiteral("rejected"), c.rejected},
                           {QStringLiteral("skipped"), c.skipped},
                           {QStringLiteral("pulled"), c.pulled},
                           {QStringLiteral("new"), c.newEvents}};
    const QString text = SyncText::tr("Synced with %1: pushed %2, duplicates %3, rejected %4, pulled %5, new %6.")
                             .arg(hubUrl)
                             .arg(c.pushed)
                             .arg(c.duplicates)
                             .arg(c.rejected)
                             .arg(c.pulled)
                             .arg(c.newEvents);
    return ctx.success(json, text);
}

} // namespace

int runHubSync(CtlContext &ctx)
{
    if (const int rc = ctx.checkOptions({QStringLiteral("hub"), QStringLiteral("enrol-site"), QStringLiteral("enrol-code")});
        rc != ExitOk)
        return rc;
    QString hubUrl = ctx.args().value(QStringLiteral("hub"));
    while (hubUrl.endsWith(QLatin1Char('/')))
        hubUrl.chop(1);
    if (hubUrl.isEmpty())
        return ctx.usage(SyncText::tr("sync needs --hub URL."));
    if (ctx.args().has(QStringLiteral("enrol-site")) != ctx.args().has(QStringLiteral("enrol-code")))
        return ctx.usage(SyncText::tr("--enrol-site and --enrol-code go together."));
    if (Status st = ctx.openCore(); !st.ok())
        return ctx.failure(st);
    SyncHubClient hub(hubUrl);
    const auto token = enrolOrLoadToken(ctx, hub, hubUrl);
    if (!token)
        return syncFailure(ctx, token.error());
    hub.setToken(token.value());
    SyncCounts counts;
    if (Status st = pushOutbox(ctx, hub, counts); !st.ok())
        return syncFailure(ctx, st);
    if (Status st = pullAll(ctx, hub, hubUrl, counts); !st.ok())
        return syncFailure(ctx, st);
    return report(ctx, hubUrl, counts);
}

} // namespace mt
