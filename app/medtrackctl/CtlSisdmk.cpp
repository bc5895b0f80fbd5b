// medtrackctl sisdmk (sync, credentials, runs) and personnel list: the SISDMK ETL from the command line.
#include "CtlCommands.h"

#include "domain/Permissions.h"
#include "services/PersonnelDirectory.h"
#include "services/SisdmkPull.h"
#include "services/Workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace mt {
namespace {

class SisdmkText
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

// One line on stderr (and the JSON error document): for messages ErrorText has no sentence for.
int failPlain(CtlContext &ctx, const QString &code, const QString &message, QJsonObject extra = {})
{
    if (ctx.json()) {
        extra.insert(QStringLiteral("ok"), false);
        extra.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
        ctx.out() << QJsonDocument(extra).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    QTextStream err(stderr);
    err << "medtrackctl: " << message << Qt::endl;
    return ExitFailure;
}

QJsonObject runJson(const EtlRunRecord &r)
{
    return {{QStringLiteral("run_id"), r.runId},          {QStringLiteral("trace_id"), r.traceId},
            {QStringLiteral("region"), r.region},         {QStringLiteral("updated_since"), r.updatedSince},
            {QStringLiteral("resumed_from"), r.resumedFrom}, {QStringLiteral("started_at"), isoUtc(r.startedAtMs)},
            {QStringLiteral("ended_at"), isoUtc(r.endedAtMs)}, {QStringLiteral("status"), r.status},
            {QStringLiteral("failure"), r.failureKind},  {QStringLiteral("pages"), r.pages},
            {QStringLiteral("received"), r.received},    {QStringLiteral("inserted"), r.inserted},
            {QStringLiteral("updated"), r.updated},      {QStringLiteral("unchanged"), r.unchanged},
            {QStringLiteral("rejected"), r.rejected},    {QStringLiteral("valid_share"), r.validShare()},
            {QStringLiteral("error"), r.error},          {QStringLiteral("request_ids"), QJsonArray::fromStringList(r.requestIds)}};
}

// Waits for the keychain job with a local event loop: the CLI has no GUI to keep responsive.
Result<SisdmkCredentials> credentialsFor(CtlContext &ctx, const QString &baseUrl)
{
    const QString user = ctx.args().value(QStringLiteral("username"));
    if (!user.isEmpty())
        return SisdmkCredentials{user, ctx.readSecret(SisdmkText::tr("SISDMK password for %1: ").arg(user))};
    SisdmkKeychain keychain;
    QEventLoop loop;
    std::optional<Result<SisdmkCredentials>> got;
    keychain.read(baseUrl, [&](const Result<SisdmkCredentials> &r) {
        got = r;
        loop.quit();
    });
    if (!got)
        loop.exec();
    return *got;
}

QString normalizedSince(const QString &since, bool *ok)
{
    *ok = true;
    if (since.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(since, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(since, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(since, Qt::ISODate);
        t = d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    *ok = t.isValid();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

void showProgress(const SyncProgress &p)
{
    QTextStream err(stderr);
    err << '\r' << SisdmkText::tr("%1: page %2/%3, %4/%5 rows")
                       .arg(p.region)
                       .arg(p.pages)
                       .arg(p.totalPages)
                       .arg(p.rows)
                       .arg(p.totalRows)
        << Qt::flush;
}

int syncOutput(CtlContext &ctx, const SyncSummary &summary)
{
    QJsonArray runs;
    QStringList lines;
    for (const EtlRunRecord &r : summary.runs) {
        runs.append(runJson(r));
        lines << SisdmkText::tr("%1 %2: %3 received, %4 inserted, %5 updated, %6 unchanged, %7 rejected%8")
                     .arg(r.region, r.status)
                     .arg(r.received)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.unchanged)
                     .arg(r.rejected)
                     .arg(r.error.isEmpty() ? QString() : QStringLiteral(" (") + r.error + QLatin1Char(')'));
    }
    if (summary.ok())
        return ctx.success({{QStringLiteral("runs"), runs}}, lines.join(QLatin1Char('\n')));
    if (!ctx.json())
        ctx.out() << lines.join(QLatin1Char('\n')) << Qt::endl;
    const QString error = summary.runs.isEmpty() ? QString() : summary.runs.last().error;
    return failPlain(ctx, QStringLiteral("sync_failed"), SisdmkText::tr("SISDMK sync failed: %1").arg(error),
                     {{QStringLiteral("runs"), runs}});
}

int runSync(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("base-url"), QStringLiteral("region"), QStringLiteral("since"),
                                   QStringLiteral("username")});
        rc != ExitOk)
        return rc;
    SisdmkPullRequest req = SisdmkPull::configured(ctx.dataDir());
    if (ctx.args().has(QStringLiteral("base-url")))
        req.baseUrl = ctx.args().value(QStringLiteral("base-url"));
    if (ctx.args().has(QStringLiteral("region")))
        req.regions = ctx.args().values(QStringLiteral("region"));
    bool sinceOk = true;
    req.since = normalizedSince(ctx.args().value(QStringLiteral("since")), &sinceOk);
    if (req.baseUrl.isEmpty())
        return ctx.usage(SisdmkText::tr("--base-url URL is required (or sisdmk/base_url in medtrack.ini)."));
    if (req.regions.isEmpty())
        return ctx.usage(SisdmkText::tr("--region CODE is required (or sisdmk/regions in medtrack.ini)."));
    if (!sinceOk)
        return ctx.usage(SisdmkText::tr("--since must be an ISO 8601 time, e.g. 2026-11-20T00:00:00Z."));
    if (Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto creds = credentialsFor(ctx, req.baseUrl);
    if (!creds)
        return failPlain(ctx, QString::fromLatin1(errorCodeName(creds.error().code)),
                         creds.error().code == ErrorCode::NotFound
                             ? SisdmkText::tr("No SISDMK credentials stored for %1: run \"sisdmk credentials set\" or pass --username.").arg(req.baseUrl)
                             : creds.error().detail);
    req.credentials = creds.value();
    SisdmkPull pull(ctx.workspace());
    const bool tty = isatty(STDERR_FILENO) == 1;
    QEventLoop loop;
    SyncSummary summary;
    QObject::connect(&pull, &SisdmkPull::progress, &loop, [tty](const SyncProgress &p) {
        if (tty)
            showProgress(p);
    });
    QObject::connect(&pull, &SisdmkPull::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    pull.start(req);
    loop.exec();
    if (tty) {
        QTextStream err(stderr);
        err << Qt::endl;
    }
    return syncOutput(ctx, summary);
}

int runCredentials(CtlContext &ctx)
{
    if (ctx.args().word(2) != QLatin1String("set"))
        return ctx.usage(SisdmkText::tr("Use: sisdmk credentials set --base-url URL --username U"));
    if (int rc = ctx.checkOptions({QStringLiteral("base-url"), QStringLiteral("username")}); rc != ExitOk)
        return rc;
    const QString url = ctx.args().value(QStringLiteral("base-url"));
    const QString user = ctx.args().value(QStringLiteral("username"));
    if (url.isEmpty() || user.isEmpty())
        return ctx.usage(SisdmkText::tr("--base-url URL and --username U are required."));
    const QString password = ctx.readSecret(SisdmkText::tr("SISDMK password for %1: ").arg(user));
    if (password.isEmpty())
        return ctx.usage(SisdmkText::tr("The password (first line of standard input) is empty."));
    SisdmkKeychain keychain;
    QEventLoop loop;
    std::optional<Status> result;
    keychain.write(url, {user, password}, [&](const Status &st) {
        result = st;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok())
        return failPlain(ctx, QStringLiteral("keychain"), result->detail);
    return ctx.success({{QStringLiteral("key"), SisdmkKeychain::keyFor(url)}},
                       SisdmkText::tr("SISDMK credentials for %1 stored in the keychain.").arg(SisdmkKeychain::keyFor(url)));
}

int runRuns(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("limit"), QStringLiteral("region")}); rc != ExitOk)
        return rc;
    const int limit = ctx.args().has(QStringLiteral("limit")) ? ctx.args().value(QStringLiteral("limit")).toInt() : 20;
    if (limit <= 0)
        return ctx.usage(SisdmkText::tr("--limit must be a positive number."));
    if (Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto runs = ctx.workspace().personnel().recentRuns(limit, ctx.args().value(QStringLiteral("region")));
    if (!runs)
        return ctx.failure(runs.error());
    QJsonArray arr;
    QStringList lines;
    for (const EtlRunRecord &r : runs.value()) {
        arr.append(runJson(r));
        lines << QStringLiteral("%1  %2  %3  %4  received %5, rejected %6  %7")
                     .arg(isoUtc(r.startedAtMs), r.runId, r.region, r.status)
                     .arg(r.received)
                     .arg(r.rejected)
                     .arg(r.error);
    }
    return ctx.success({{QStringLiteral("runs"), arr}}, lines.join(QLatin1Char('\n')));
}

} // namespace

int runSisdmk(CtlContext &ctx)
{
    const QString sub = ctx.args().word(1);
    if (sub == QLatin1String("sync"))
        return runSync(ctx);
    if (sub == QLatin1String("credentials"))
        return runCredentials(ctx);
    if (sub == QLatin1String("runs"))
        return runRuns(ctx);
    return ctx.usage(SisdmkText::tr("Use: sisdmk sync|credentials set|runs"));
}

} // namespace mt
