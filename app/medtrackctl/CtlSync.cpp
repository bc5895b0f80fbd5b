// medtrackctl sync: one round of the app's own hub-sync worker (enrol, push, pull), waited for in a local event loop.
#include "CtlCommands.h"

#include "services/ErrorText.h"
#include "domain/HubUrl.h"
#include "services/HubSync.h"
#include "services/Workspace.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace mt {

namespace {

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

// The CLI's own hint where the service's sentence names a GUI step.
QString failureText(const QString &hubUrl, const HubSyncOutcome &o)
{
    if (o.failure == HubSyncOutcome::Failure::NotEnrolled)
        return o.detail.contains(QLatin1String("HTTP 401"))
                   ? SyncText::tr("Hub %1 refused the device token (expired or revoked); enrol again with "
                                  "--enrol-site and --enrol-code.").arg(hubUrl)
                   : SyncText::tr("Not enrolled with hub %1; run sync once with --enrol-site and --enrol-code.").arg(hubUrl);
    return o.message.isEmpty() ? o.detail : o.message;
}

int syncFailure(CtlContext &ctx, ErrorCode code, const QString &text, const QString &hubUrl, qint64 retries)
{
    if (ctx.json()) {
        const QJsonObject err{{QStringLiteral("code"), QString::fromLatin1(errorCodeName(code))},
                              {QStringLiteral("message"), text}};
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                               {QStringLiteral("error"), err},
                                               {QStringLiteral("hub"), hubUrl},
                                               {QStringLiteral("retries"), retries}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
    }
    QTextStream(stderr) << "medtrackctl: sync: " << text << Qt::endl;
    return ExitFailure;
}

int report(CtlContext &ctx, const QString &hubUrl, const HubSyncOutcome &c, qint64 retries)
{
    const QJsonObject json{{QStringLiteral("hub"), hubUrl},
                           {QStringLiteral("pushed"), c.pushed},
                           {QStringLiteral("duplicates"), c.duplicates},
                           {QStringLiteral("rejected"), c.rejected},
                           {QStringLiteral("skipped"), c.skipped},
                           {QStringLiteral("held_clock_ahead"), c.heldClockAhead},
                           {QStringLiteral("clock_ahead_ms"), c.clockAheadMs},
                           {QStringLiteral("pulled"), c.pulled},
                           {QStringLiteral("new"), c.newEvents},
                           {QStringLiteral("retries"), retries}};
    QString text = SyncText::tr("Synced with %1: pushed %2, duplicates %3, rejected %4, pulled %5, new %6, retries %7.")
                       .arg(hubUrl)
                       .arg(c.pushed)
                       .arg(c.duplicates)
                       .arg(c.rejected)
                       .arg(c.pulled)
                       .arg(c.newEvents)
                       .arg(retries);
    if (c.heldClockAhead > 0)
        text += QLatin1Char(' ') + c.message; // the clock warning, in the user's language
    return ctx.success(json, text);
}

} // namespace

int runHubSync(CtlContext &ctx)
{
    if (const int rc = ctx.checkOptions({QStringLiteral("hub"), QStringLiteral("enrol-site"), QStringLiteral("enrol-code")});
        rc != ExitOk)
        return rc;
    const QString hubUrl = normalizedHubUrl(ctx.args().value(QStringLiteral("hub")));
    if (hubUrl.isEmpty())
        return ctx.usage(SyncText::tr("sync needs --hub URL."));
    const bool enrol = ctx.args().has(QStringLiteral("enrol-site"));
    if (enrol != ctx.args().has(QStringLiteral("enrol-code")))
        return ctx.usage(SyncText::tr("--enrol-site and --enrol-code go together."));
    if (Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const QString siteId = ctx.workspace().config().siteId;
    const QString enrolSite = ctx.args().value(QStringLiteral("enrol-site"));
    if (enrol && enrolSite != siteId)
        return syncFailure(ctx, ErrorCode::Validation,
                           SyncText::tr("--enrol-site %1 is not this data directory's site (%2).").arg(enrolSite, siteId),
                           hubUrl, 0);

    HubSyncOptions options;
    options.hubUrlOverride = hubUrl;
    HubSync sync(ctx.workspace(), options); // one round on demand: start() (the schedule) is never called
    QEventLoop loop;
    qint64 retries = 0;
    std::optional<HubSyncOutcome> result;
    std::optional<QString> enrolError;
    QObject::connect(&sync, &HubSync::retrying, &loop, [&retries](const HubSyncRetry &r) {
        ++retries;
        // One line per retry, so a person or a script sees the wait (docs/cli.md).
        QTextStream(stderr) << "medtrackctl: sync: retry " << r.attempt << '/' << r.maxRetries << " in "
                            << QString::number(double(r.delayMs) / 1000.0, 'f', 1) << " s: " << r.reason << Qt::endl;
    });
    QObject::connect(&sync, &HubSync::enrolFinished, &loop, [&](bool ok, const QString &message) {
        if (!ok) {
            enrolError = message;
            loop.quit();
        } // on success the round starts by itself
    });
    QObject::connect(&sync, &HubSync::roundFinished, &loop, [&](const HubSyncOutcome &r) {
        result = r;
        loop.quit();
    });
    if (enrol)
        sync.enrol(enrolSite, ctx.args().value(QStringLiteral("enrol-code")));
    else
        sync.syncNow();
    loop.exec();

    if (enrolError)
        return syncFailure(ctx, ErrorCode::Io, *enrolError, hubUrl, retries);
    if (!result->ok())
        return syncFailure(ctx, result->code, failureText(hubUrl, *result), hubUrl, retries);
    return report(ctx, hubUrl, *result, retries);
}

} // namespace mt
