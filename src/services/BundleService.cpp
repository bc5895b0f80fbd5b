// BundleService: offline signed bundles (export, verified import, peer trust).
#include "services/BundleService.h"

#include "domain/ClockBound.h"

#include "BundlePeers.h"
#include "ServiceContext.h"
#include "services/EventLogService.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/EventJson.h"

#include <QFile>
#include <QSaveFile>

namespace mt {

namespace {

constexpr int kExportPage = 5000;

Error bundleError(ErrorCode code, const char *detail)
{
    return Error::make(code, QStringLiteral("bundle"), QString::fromLatin1(detail));
}

Result<QByteArray> readBundleFile(const QString &file)
{
    QFile f(file);
    if (!f.exists())
        return Error::make(ErrorCode::NotFound, QStringLiteral("file"), file);
    if (f.size() > BundleFormat::kMaxFileBytes)
        return bundleError(ErrorCode::TooLarge, "too_large");
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("file"), f.errorString());
    return f.readAll();
}

// Trusted signer, matching key and a valid signature, or the reason to refuse the whole file.
Status verifySigner(const ParsedBundle &p, const std::optional<BundlePeer> &peer)
{
    if (!peer)
        return Error::make(ErrorCode::PermissionDenied, QStringLiteral("bundle"),
                           QStringLiteral("untrusted_site:") + p.header.siteId);
    if (peer->keyId != p.header.keyId)
        return Error::make(ErrorCode::PermissionDenied, QStringLiteral("bundle"),
                           QStringLiteral("untrusted_key:") + p.header.siteId);
    if (!BundleSigningKey::verify(p.signedPart, p.signature, peer->publicKey))
        return bundleError(ErrorCode::Validation, "bad_signature");
    return {};
}

} // namespace

BundleService::BundleService(ServiceContext &ctx, EventLogService &events) : m_ctx(ctx), m_events(events) {}

Status BundleService::trustPeer(const Session *s, const QString &siteId, const QByteArray &publicKey)
{
    if (s) {
        if (const Status allowed = permit(*s, Action::SettingsManage); !allowed.ok())
            return m_ctx.fail(QStringLiteral("bundle trust"), *s, allowed);
    }
    if (!isValidSiteId(siteId))
        return Error::make(ErrorCode::Validation, QStringLiteral("site"), QStringLiteral("format"));
    if (siteId == m_ctx.config.siteId)
        return Error::make(ErrorCode::Validation, QStringLiteral("site"), QStringLiteral("own_site"));
    if (publicKey.size() != 32)
        return Error::make(ErrorCode::Validation, QStringLiteral("public_key"), QStringLiteral("format"));
    const QString actor = s ? s->user : QStringLiteral("local");
    const Status st = BundlePeers(*m_ctx.db).trust(siteId, publicKey, actor, m_ctx.clock.nowMs());
    m_ctx.info(QStringLiteral("bundle peer %1 trusted by %2 (key %3): %4")
                .arg(siteId, actor, BundleSigningKey::keyIdOf(publicKey), describeError(st)));
    return st;
}

Result<QList<BundlePeer>> BundleService::peers() const
{
    return BundlePeers(*m_ctx.db).all();
}

namespace {

// The events of (fromSeq, throughSeq] not made at `toSite`, page by page. Local-only entities
// (accounts, quarantine reviews) and anything else the wire codec cannot carry are counted per entity
// type in `skipped`, never written into a file the importer would refuse whole.
Result<QList<Event>> collectForExport(const BundlePeers &peers, qint64 fromSeq, qint64 throughSeq,
                                      const QString &toSite, QMap<QString, qint64> &skipped)
{
    QList<Event> out;
    qint64 after = fromSeq;
    while (after < throughSeq) {
        const auto page = peers.eventsAfter(after, toSite, kExportPage);
        if (!page)
            return page.error();
        for (const LoggedEvent &le : page.value()) {
            if (le.seq > throughSeq)
                return out;
            if (!isLocalOnlyEntity(le.event.entityType) && eventFromJson(toJson(le.event)).ok())
                out.append(le.event);
            else
                ++skipped[le.event.entityType];
        }
        if (page->size() < kExportPage)
            break;
        after = page->last().seq;
    }
    return out;
}

Status writeAtomically(const QString &file, const QByteArray &bytes)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(ErrorCode::Io, QStringLiteral("file"), f.errorString());
    return {};
}

// High-water marks after a complete import. `received_through` moves only when this bundle
// continues what we already hold from the signer and was made for us (or for anyone): a bundle
// for another site leaves out that site's events, which we may lack.
// `complete` false (events held back): received_through stays, so the signer's next bundle carries them again.
Status recordImport(Database &db, const QString &mySite, const BundleHeader &h, const BundlePeer &peer,
                    const QString &actor, qint64 nowMs, qint64 newEvents, bool complete)
{
    BundlePeers peers(db);
    return db.transaction([&]() -> Status {
        const bool forUs = h.toSite.isEmpty() || h.toSite == mySite;
        if (complete && forUs && h.fromSeq <= peer.receivedThrough) {
            if (Status st = peers.raiseReceived(h.siteId, h.throughSeq); !st.ok())
                return st;
        }
        if (h.acks.contains(mySite)) {
            if (Status st = peers.raiseAcked(h.siteId, h.acks.value(mySite)); !st.ok())
                return st;
        }
        return peers.log(h.bundleId, QStringLiteral("import"), h.siteId, actor, nowMs, h.eventCount, newEvents);
    });
}

} // namespace

Result<BundleExportSummary> BundleService::exportBundle(const Session *s, const QString &file, const BundleSigningKey &key,
                                               const BundleExportOptions &options)
{
    const Session who = s ? *s : Session{QStringLiteral("local"), {}, Role::Admin};
    if (s) {
        if (const Status allowed = permit(*s, Action::BundleExport); !allowed.ok())
            return m_ctx.fail(QStringLiteral("bundle export"), *s, allowed);
    }
    if (!key.isValid())
        return Error::make(ErrorCode::Internal, QStringLiteral("keychain"), QStringLiteral("no_key"));
    BundlePeers peers(*m_ctx.db);
    const auto peer = options.toSite.isEmpty() ? Result<std::optional<BundlePeer>>(std::nullopt)
                                               : peers.find(options.toSite);
    const auto peerList = peers.all();
    const auto through = peers.lastSeq();
    if (!peer || !peerList || !through)
        return !peer ? peer.error() : !peerList ? peerList.error() : through.error();
    BundleHeader h;
    h.bundleId = newUuidV7(m_ctx.clock);
    h.siteId = m_ctx.config.siteId;
    h.toSite = options.toSite;
    h.createdAtMs = m_ctx.clock.nowMs();
    h.keyId = key.keyId();
    h.fromSeq = (options.all || !peer.value()) ? 0 : std::min(peer.value()->ackedThrough, through.value());
    h.throughSeq = through.value();
    for (const BundlePeer &p : peerList.value())
        h.acks.insert(p.siteId, p.receivedThrough);
    QMap<QString, qint64> skippedByEntity;
    const auto events = collectForExport(peers, h.fromSeq, h.throughSeq, options.toSite, skippedByEntity);
    qint64 skipped = 0;
    for (const qint64 n : std::as_const(skippedByEntity))
        skipped += n;
    if (!events)
        return events.error();
    h.eventCount = events->size();
    if (const Status st = writeAtomically(file, BundleFormat::encode(h, events.value(), key)); !st.ok())
        return m_ctx.fail(QStringLiteral("bundle export"), who, st);
    const Status marks = m_ctx.db->transaction([&]() -> Status {
        if (peer.value())
            if (Status st = peers.raiseExported(options.toSite, h.throughSeq); !st.ok())
                return st;
        return peers.log(h.bundleId, QStringLiteral("export"), options.toSite, who.user, h.createdAtMs,
                         h.eventCount, 0);
    });
    if (!marks.ok())
        return marks;
    m_ctx.info(QStringLiteral("bundle %1 exported by %2 to %3: %4 events, %5 skipped, seq %6..%7, key %8")
                .arg(h.bundleId, who.user, file).arg(h.eventCount).arg(skipped).arg(h.fromSeq).arg(h.throughSeq)
                .arg(h.keyId));
    return BundleExportSummary{h.bundleId, file, h.toSite, h.eventCount, skipped, skippedByEntity, h.fromSeq, h.throughSeq};
}

Result<BundleImportSummary> BundleService::importBundle(const Session *s, const QString &file)
{
    const Session who = s ? *s : Session{QStringLiteral("local"), {}, Role::Admin};
    if (s) {
        if (const Status allowed = permit(*s, Action::BundleImport); !allowed.ok())
            return m_ctx.fail(QStringLiteral("bundle import"), *s, allowed);
    }
    const auto bytes = readBundleFile(file);
    if (!bytes)
        return m_ctx.fail(QStringLiteral("bundle import"), who, bytes.error());
    const auto parsed = BundleFormat::parse(bytes.value());
    if (!parsed)
        return m_ctx.fail(QStringLiteral("bundle import"), who, parsed.error());
    const BundleHeader &h = parsed->header;
    if (h.siteId == m_ctx.config.siteId)
        return m_ctx.fail(QStringLiteral("bundle import"), who, bundleError(ErrorCode::Validation, "own_site"));
    BundlePeers peers(*m_ctx.db);
    const auto peer = peers.find(h.siteId);
    if (!peer)
        return peer.error();
    if (const Status st = verifySigner(parsed.value(), peer.value()); !st.ok())
        return m_ctx.fail(QStringLiteral("bundle import"), who, st);
    const auto events = BundleFormat::events(parsed.value());
    if (!events)
        return m_ctx.fail(QStringLiteral("bundle import"), who, events.error());
    // The hub's bound, against this machine's clock: a signer whose clock ran ahead must not drag ours.
    const qint64 nowMs = m_ctx.clock.nowMs();
    QList<Event> take;
    take.reserve(events->size());
    qint64 held = 0;
    qint64 aheadMs = 0;
    for (const Event &e : events.value()) {
        if (clockbound::beyond(e.hlc, nowMs) > 0) {
            ++held;
            aheadMs = std::max(aheadMs, e.hlc.physicalMs() - nowMs);
            continue;
        }
        take.append(e);
    }
    const auto counts = m_events.importEvents(take);
    if (!counts)
        return m_ctx.fail(QStringLiteral("bundle import"), who, counts.error());
    if (const Status st = recordImport(*m_ctx.db, m_ctx.config.siteId, h, *peer.value(), who.user, nowMs,
                                       counts->newEvents, held == 0);
        !st.ok())
        return st;
    m_ctx.info(QStringLiteral("bundle %1 from %2 imported by %3: %4 events, %5 new, %6 held (stamped up to %7 s ahead)")
                .arg(h.bundleId, h.siteId, who.user).arg(h.eventCount).arg(counts->newEvents).arg(held).arg(aheadMs / 1000));
    return BundleImportSummary{h.bundleId, h.siteId, h.eventCount, counts->newEvents, counts->duplicates, held, aheadMs};
}

} // namespace mt
