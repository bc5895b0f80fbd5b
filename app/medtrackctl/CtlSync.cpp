// medtrackctl sync: one round of the app's own hub-sync worker (enrol, push, pull), waited for in a local event loop.
#include "CtlCommands.h"

#include "services/ErrorText.h"
#include "hubsync/HubSyncController.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace mt {

namespace {

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

QString failureText(const QString &hubUrl, const HubRoundResult &r)
{
    using F = HubRoundResult::Failure;
    switch (r.failure) {
    case F::Unreachable:
        return SyncText::tr("Hub %1 unreachable: %2").arg(hubUrl, r.error);
    case F::NotEnrolled:
        return r.error.contains(QLatin1String("HTTP 401"))
                   ? SyncText::tr("Hub %1 refused the device token (expired or revoked); enrol again with "
                                  "--enrol-site and --enrol-code.").arg(hubUrl)
                   : SyncText::tr("Not enrolled with hub %1; run sync once with --enrol-site and --enrol-code.").arg(hubUrl);
    case F::Keychain:
        return SyncText::tr("No usable OS keychain for the hub token (%1); medtrackctl sync needs a secret service.")
            .arg(r.error);
    case F::Refused:
        return SyncText::tr("Hub %1 refused the request: %2").arg(hubUrl, r.error);
    case F::Database:
        if (r.errorCode == ErrorCode::DiskFull || r.errorCode == ErrorCode::DatabaseReadOnly)
            return ErrorText::message(Error::make(r.errorCode, {}, r.error));
        return SyncText::tr("The sync could not use the database: %1").arg(r.error);
    case F::Protocol:
        return SyncText::tr("Hub %1 sent data this version cannot use: %2").arg(hubUrl, r.error);
    case F::NotConfigured:
    case F::None:
        break;
    }
    return r.error;
}

ErrorCode failureCode(const HubRoundResult &r)
{
    using F = HubRoundResult::Failure;
    switch (r.failure) {
    case F::NotEnrolled: return ErrorCode::PermissionDenied;
    case F::Database: return r.errorCode;
    case F::Protocol: return ErrorCode::Validation;
    default: return ErrorCode::Io;
    }
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

int report(CtlContext &ctx, const QString &hubUrl, const HubRoundCounts &c, qint64 retries)
{
    const QJsonObject json{{QStringLiteral("hub"), hubUrl},
                           {QStringLiteral("pushed"), c.pushed},
                           {QStringLiteral("duplicates"), c.duplicates},
                           {QStringLiteral("rejected"), c.rejected},
                           {QStringLiteral("skipped"), c.skipped},
                           {QStringLiteral("pulled"), c.pulled},
                           {QStringLiteral("new"), c.newEvents},
                           {QStringLiteral("retries"), retries}};
    const QString text = SyncText::tr("Synced with %1: pushed %2, duplicates %3, rejected %4, pulled %5, new %6, retries %7.")
                             .arg(hubUrl)
                             .arg(c.pushed)
                             .arg(c.duplicates)
                             .arg(c.rejected)
                             .arg(c.pulled)
                             .arg(c.newEvents)
                             .arg(retries);
    return ctx.success(json, text);
}

} // namespace

int runHubSync(CtlContext &ctx)
{
    if (const int rc = ctx.checkOptions({QStringLiteral("hub"), QStringLiteral("enrol-site"), QStringLiteral("enrol-code")});
        rc != ExitOk)
        return rc;
    QString hubUrl = ctx.args().value(QStringLiteral("hub")).trimmed();
    while (hubUrl.endsWith(QLatin1Char('/')))
        hubUrl.chop(1);
    if (hubUrl.isEmpty())
        return ctx.usage(SyncText::tr("sync needs --hub URL."));
    const bool enrol = ctx.args().has(QStringLiteral("enrol-site"));
    if (enrol != ctx.args().has(QStringLiteral("enrol-code")))
        return ctx.usage(SyncText::tr("--enrol-site and --enrol-code go together."));
    if (Status st = ctx.openCore(); !st.ok())
        return ctx.failure(st);
    const QString siteId = ctx.core().config().siteId;
    const QString enrolSite = ctx.args().value(QStringLiteral("enrol-site"));
    if (enrol && enrolSite != siteId)
        return syncFailure(ctx, ErrorCode::Validation,
                           SyncText::tr("--enrol-site %1 is not this data directory's site (%2).").arg(enrolSite, siteId),
                           hubUrl, 0);

    HubSyncConfig config;
    config.hubUrl = hubUrl;
    config.siteId = siteId;
    HubSyncController controller(ctx.dataDir(), ctx.core().clock(), config);
    QEventLoop loop;
    qint64 retries = 0;
    std::optional<HubRoundResult> result;
    std::optional<QString> enrolError;
    QObject::connect(&controller, &HubSyncController::retrying, &loop, [&retries](const HubRetry &r) {
        ++retries;
        // One line per retry, so a person or a script sees the wait (docs/cli.md).
        QTextStream(stderr) << "medtrackctl: sync: retry " << r.attempt << '/' << r.maxRetries << " in "
                            << QString::number(double(r.delayMs) / 1000.0, 'f', 1) << " s: " << r.reason << Qt::endl;
    });
    QObject::connect(&controller, &HubSyncController::enrolFinished, &loop, [&](bool ok, const QString &error) {
        if (!ok) {
            enrolError = error;
            loop.quit();
        } // on success the controller starts the round itself
    });
    QObject::connect(&controller, &HubSyncController::roundFinished, &loop, [&](const HubRoundResult &r) {
        result = r;
        loop.quit();
    });
    if (enrol)
        controller.enrol(HubEnrolRequest{enrolSite, ctx.args().value(QStringLiteral("enrol-code")), {}});
    else
        controller.syncNow();
    loop.exec();

    if (enrolError)
        return syncFailure(ctx, ErrorCode::Io, SyncText::tr("Enrolment with hub %1 failed: %2").arg(hubUrl, *enrolError),
                           hubUrl, retries);
    if (!result->ok())
        return syncFailure(ctx, failureCode(*result), failureText(hubUrl, *result), hubUrl, retries);
    return report(ctx, hubUrl, result->counts, retries);
}

} // namespace mt
