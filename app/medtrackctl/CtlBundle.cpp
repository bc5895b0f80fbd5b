// medtrackctl bundle key show | trust | peers | export | import: offline signed bundles (docs/sync.md).
#include "CtlCommands.h"

#include "services/BundleKeyring.h"
#include "services/BundleText.h"
#include "services/BundleService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace mt {

namespace {

QJsonObject skippedJson(const QMap<QString, qint64> &skipped)
{
    QJsonObject o;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

constexpr int kKeychainTimeoutMs = 30000;

// Like CtlContext::failure, with the bundle-specific sentences of BundleText.
int bundleFailure(CtlContext &ctx, const Error &e)
{
    const QString text = BundleText::message(e);
    if (ctx.json()) {
        QJsonObject err{{QStringLiteral("code"), QString::fromLatin1(errorCodeName(e.code))},
                        {QStringLiteral("message"), text}};
        if (!e.field.isEmpty())
            err.insert(QStringLiteral("field"), e.field);
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), err}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
    }
    QTextStream(stderr) << "medtrackctl: " << text << Qt::endl;
    return ExitFailure;
}

// The CLI has no GUI to keep responsive, so it waits for the asynchronous keychain job here.
Result<BundleSigningKey> siteKey(const QString &siteId)
{
    QEventLoop loop;
    std::optional<Result<BundleSigningKey>> got;
    BundleKeyring::loadOrCreate(siteId, &loop, [&](Result<BundleSigningKey> r) {
        got = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    if (!got)
        loop.exec();
    if (!got)
        return Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("timeout"));
    return std::move(*got);
}


int keyShow(CtlContext &ctx)
{
    if (ctx.args().word(2) != QLatin1String("show"))
        return ctx.usage(Text::tr("Unknown bundle key command \"%1\": use show.").arg(ctx.args().word(2)));
    if (int rc = ctx.checkOptions({}))
        return rc;
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const QString site = ctx.workspace().config().siteId;
    const auto key = siteKey(site);
    if (!key)
        return bundleFailure(ctx, key.error());
    const QString pk = QString::fromLatin1(key->publicKey().toBase64());
    return ctx.success({{QStringLiteral("site_id"), site}, {QStringLiteral("public_key"), pk},
                        {QStringLiteral("key_id"), key->keyId()}},
                       Text::tr("Site %1\nPublic key: %2\nKey id: %3\nOn the other site run: medtrackctl bundle "
                                "trust --site %1 --public-key %2")
                           .arg(site, pk, key->keyId()));
}

int trust(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("site"), QStringLiteral("public-key"), QStringLiteral("as")}))
        return rc;
    const QString site = ctx.args().value(QStringLiteral("site"));
    const QString b64 = ctx.args().value(QStringLiteral("public-key"));
    if (site.isEmpty() || b64.isEmpty())
        return ctx.usage(Text::tr("bundle trust needs --site S and --public-key KEY."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto actor = ctx.optionalActor(Action::SettingsManage);
    if (!actor)
        return ctx.failure(actor.error());
    const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray pk = decoded ? *decoded : QByteArray();
    if (const Status st = ctx.workspace().bundles().trustPeer(actor.value() ? &*actor.value() : nullptr, site, pk); !st.ok())
        return bundleFailure(ctx, st);
    const QString keyId = BundleSigningKey::keyIdOf(pk);
    return ctx.success({{QStringLiteral("site_id"), site}, {QStringLiteral("key_id"), keyId}},
                       Text::tr("Bundles signed by site %1 (key %2) are now accepted.").arg(site, keyId));
}

int peers(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({}))
        return rc;
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto list = ctx.workspace().bundles().peers();
    if (!list)
        return ctx.failure(list.error());
    QJsonArray rows;
    QStringList lines;
    for (const BundlePeer &p : list.value()) {
        rows.append(QJsonObject{{QStringLiteral("site_id"), p.siteId}, {QStringLiteral("key_id"), p.keyId},
                                {QStringLiteral("public_key"), QString::fromLatin1(p.publicKey.toBase64())},
                                {QStringLiteral("received_through"), p.receivedThrough},
                                {QStringLiteral("acked_through"), p.ackedThrough},
                                {QStringLiteral("exported_through"), p.exportedThrough}});
        lines << QStringLiteral("%1  %2  received %3  acked %4")
                     .arg(p.siteId.leftJustified(16), p.keyId)
                     .arg(p.receivedThrough)
                     .arg(p.ackedThrough);
    }
    return ctx.success({{QStringLiteral("peers"), rows}}, lines.join(QLatin1Char('\n')));
}

int exportBundle(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("to"), QStringLiteral("all"), QStringLiteral("as")}))
        return rc;
    const QString file = ctx.args().word(2);
    if (file.isEmpty())
        return ctx.usage(Text::tr("bundle export needs a target file."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto actor = ctx.optionalActor(Action::BundleExport);
    if (!actor)
        return ctx.failure(actor.error());
    const auto key = siteKey(ctx.workspace().config().siteId);
    if (!key)
        return bundleFailure(ctx, key.error());
    const BundleExportOptions options{ctx.args().value(QStringLiteral("to")), ctx.args().flag(QStringLiteral("all"))};
    const auto r = ctx.workspace().bundles().exportBundle(actor.value() ? &*actor.value() : nullptr, file, key.value(), options);
    if (!r)
        return bundleFailure(ctx, r.error());
    return ctx.success({{QStringLiteral("file"), r->file},
                        {QStringLiteral("bundle_id"), r->bundleId},
                        {QStringLiteral("to_site"), r->toSite},
                        {QStringLiteral("events"), r->events},
                        {QStringLiteral("skipped"), r->skipped},
                        {QStringLiteral("skipped_by_entity"), skippedJson(r->skippedByEntity)},
                        {QStringLiteral("from_seq"), r->fromSeq},
                        {QStringLiteral("through_seq"), r->throughSeq}},
                       (Text::tr("Bundle written to %1: %2 events.").arg(r->file).arg(r->events)
                        + (r->skipped > 0 ? QLatin1Char(' ') + BundleText::leftOut(r->skippedByEntity) : QString())));
}

int importBundle(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("as")}))
        return rc;
    const QString file = ctx.args().word(2);
    if (file.isEmpty())
        return ctx.usage(Text::tr("bundle import needs a bundle file."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto actor = ctx.optionalActor(Action::BundleImport);
    if (!actor)
        return ctx.failure(actor.error());
    const auto r = ctx.workspace().bundles().importBundle(actor.value() ? &*actor.value() : nullptr, file);
    if (!r)
        return bundleFailure(ctx, r.error());
    return ctx.success({{QStringLiteral("bundle_id"), r->bundleId},
                        {QStringLiteral("from_site"), r->fromSite},
                        {QStringLiteral("events"), r->events},
                        {QStringLiteral("new"), r->newEvents},
                        {QStringLiteral("duplicates"), r->duplicates},
                        {QStringLiteral("held_clock_ahead"), r->heldClockAhead},
                        {QStringLiteral("clock_ahead_ms"), r->clockAheadMs}},
                       Text::tr("Bundle from site %1 imported: %2 new, %3 already here.")
                               .arg(r->fromSite)
                               .arg(r->newEvents)
                               .arg(r->duplicates)
                           + (r->heldClockAhead > 0 ? QLatin1Char(' ') + BundleText::heldClockAhead(r->heldClockAhead, r->clockAheadMs)
                                                    : QString()));
}

} // namespace

int runBundle(CtlContext &ctx)
{
    const QString sub = ctx.args().word(1);
    if (sub == QLatin1String("export"))
        return exportBundle(ctx);
    if (sub == QLatin1String("import"))
        return importBundle(ctx);
    if (sub == QLatin1String("key"))
        return keyShow(ctx);
    if (sub == QLatin1String("trust"))
        return trust(ctx);
    if (sub == QLatin1String("peers"))
        return peers(ctx);
    return ctx.usage(Text::tr("Unknown bundle command \"%1\": use export, import, key show, trust or peers.").arg(sub));
}

} // namespace mt
