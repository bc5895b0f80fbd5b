// HubSyncWorker: the round as a chain of callbacks (keychain job, HTTP replies); no nested event loop anywhere.
#include "hubsync/HubSyncWorker.h"

#include "common/Clock.h"
#include "domain/EventJson.h"
#include "domain/HubUrl.h"
#include "observability/Logging.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "hubsync/HubSyncStore.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

namespace mt {

namespace {

bool isPushAnswer(const QJsonObject &o)
{
    return o.value(QStringLiteral("accepted")).isArray() && o.value(QStringLiteral("duplicates")).isArray()
        && o.value(QStringLiteral("rejected")).isArray();
}

bool isPullAnswer(const QJsonObject &o)
{
    return o.value(QStringLiteral("events")).isArray() && o.value(QStringLiteral("next_since")).isDouble()
        && o.value(QStringLiteral("more")).isBool();
}

bool isEnrolAnswer(const QJsonObject &o)
{
    return !o.value(QStringLiteral("token")).toString().isEmpty();
}

} // namespace

HubSyncWorker::HubSyncWorker(QString dataDir, const Clock &clock, HubSyncConfig config)
    : m_dataDir(std::move(dataDir))
    , m_clock(clock)
    , m_config(std::move(config))
{
}

HubSyncWorker::~HubSyncWorker()
{
    m_client.reset();
    m_nam.reset();
    m_sync.reset();
    m_store.reset();
    m_db.reset();
}

Status HubSyncWorker::ensureOpen()
{
    if (m_db)
        return {};
    const QString conn = QStringLiteral("hub-sync-") + QUuid::createUuid().toString(QUuid::Id128);
    const auto check = Database::checkAfter(m_config.integrity.get());
    if (!check)
        return check.error();
    auto db = Database::open(QDir(m_dataDir).filePath(QStringLiteral("medtrack.db")), conn, Database::Mode::ReadWrite,
                             check.value());
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_store = std::make_unique<EventStore>(*m_db);
    m_sync = std::make_unique<HubSyncStore>(*m_db, *m_store);
    auto id = m_sync->installationId();
    if (!id)
        return id.error();
    m_installationId = id.value();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HubClient>(*m_nam, m_config.retry, m_config.retryRandom);
    connect(m_client.get(), &HubClient::retrying, this, [this](const HubRetry &r) {
        ++m_round.counts.retries;
        if (m_log)
            Logging::warn(*m_log, QStringLiteral("retry %1/%2 in %3 ms: %4").arg(r.attempt).arg(r.maxRetries).arg(r.delayMs).arg(r.reason),
                          m_round.traceId);
        emit retrying(r);
    });
    m_log = Logging::create(m_dataDir, QStringLiteral("hubsync"));
    return {};
}

void HubSyncWorker::setHubUrl(const QString &hubUrl)
{
    m_config.hubUrl = normalizedHubUrl(hubUrl);
}

void HubSyncWorker::cancel()
{
    if (m_client)
        m_client->cancel();
}

void HubSyncWorker::refreshCounts()
{
    if (m_busy)
        return; // the round reports them when it ends
    if (Status st = ensureOpen(); !st.ok())
        return;
    emitCounts();
}

void HubSyncWorker::emitCounts()
{
    const auto pending = m_sync->pendingCount(m_config.siteId, m_config.hubUrl);
    const auto rejected = m_sync->rejectedCount(m_config.hubUrl);
    m_round.pending = pending ? pending.value() : m_round.pending;
    m_round.rejectedTotal = rejected ? rejected.value() : m_round.rejectedTotal;
    emit countsChanged(m_round.pending, m_round.rejectedTotal);
}

void HubSyncWorker::identify()
{
    const Status st = ensureOpen();
    emit identified(st.ok() ? m_installationId : QString(), st.ok() ? QString() : QStringLiteral("database: ") + st.detail);
}

void HubSyncWorker::finishDatabase(const Error &e)
{
    m_round.errorCode = e.code;
    finish(Failure::Database, QStringLiteral("database: ") + e.detail);
}

void HubSyncWorker::runRound(const QString &token)
{
    if (m_busy)
        return;
    m_busy = true;
    m_round = HubRoundResult{};
    m_round.traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    emit roundStarted(m_round.traceId);
    if (m_config.hubUrl.isEmpty())
        return finish(Failure::NotConfigured, QStringLiteral("no hub URL configured"));
    if (Status st = ensureOpen(); !st.ok())
        return finishDatabase(st);
    Logging::info(*m_log, QStringLiteral("round with %1 started").arg(m_config.hubUrl), m_round.traceId);
    m_client->setBaseUrl(m_config.hubUrl);
    m_client->setToken(token);
    m_after = 0;
    m_batchLimit = std::max(1, m_config.pushBatch);
    pushNext();
}

void HubSyncWorker::pushNext()
{
    for (;;) {
        const auto page = m_sync->outbox(m_config.siteId, m_config.hubUrl, m_after, m_batchLimit);
        if (!page)
            return finishDatabase(page.error());
        if (page->isEmpty())
            return startPull();
        QJsonArray wire;
        QList<Event> batch;
        for (const HubSyncStore::OutboxEvent &oe : page.value()) {
            const QJsonObject json = toJson(oe.event);
            if (!eventFromJson(json).ok()) {
                ++m_round.counts.skipped; // the wire codec cannot carry it: it stays local
                continue;
            }
            wire.append(json);
            batch.append(oe.event);
        }
        const qint64 lastSeq = page->last().seq;
        const bool lastPage = page->size() < m_batchLimit;
        if (batch.isEmpty()) {
            if (lastPage)
                return startPull();
            m_after = lastSeq;
            continue;
        }
        m_client->call("POST", QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), wire}}, isPushAnswer,
                       [this, batch, lastSeq, lastPage](const HubReply &r) { onPushed(batch, lastSeq, lastPage, r); });
        return;
    }
}

void HubSyncWorker::noteHubClock(const HubReply &reply)
{
    if (reply.hubDateMs > 0) {
        m_round.clockSkewMs = m_clock.nowMs() - reply.hubDateMs;
        m_round.clockSkewKnown = true;
    }
}

void HubSyncWorker::onPushed(const QList<Event> &batch, qint64 lastSeq, bool lastPage, const HubReply &reply)
{
    noteHubClock(reply);
    if (reply.kind != HubReply::Kind::Ok) {
        if (rejectWholeBatchEvent(batch, reply))
            return pushNext(); // the same page again, without the refused event
        if (shrinkAfterTooLarge(batch, reply))
            return pushNext(); // the same page again, smaller (or without the one event no batch can carry)
        return failFromReply(reply);
    }
    QList<QPair<QString, qint64>> accepted;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("accepted")).toArray()) {
        const QJsonObject a = v.toObject();
        accepted.append({a.value(QStringLiteral("id")).toString(), qint64(a.value(QStringLiteral("server_seq")).toDouble())});
    }
    QList<HubRejection> rejected;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("code")).toString() == QLatin1String("clock_ahead")) {
            // Not a verdict on the event but on this machine's clock: it stays in the outbox and goes
            // again once the clock is right (issue 10). Nothing is recorded as refused.
            ++m_round.counts.heldClockAhead;
            m_round.counts.clockAheadMs = std::max(m_round.counts.clockAheadMs,
                                                   qint64(o.value(QStringLiteral("skew_ms")).toDouble()));
            continue;
        }
        rejected.append(HubRejection{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("code")).toString(),
                                     o.value(QStringLiteral("message")).toString(), m_clock.nowMs()});
    }
    if (Status st = m_sync->recordPush(m_config.hubUrl, accepted, rejected); !st.ok())
        return finishDatabase(st);
    m_round.counts.pushed += accepted.size();
    m_round.counts.duplicates += reply.json.value(QStringLiteral("duplicates")).toArray().size();
    m_round.counts.rejected += rejected.size();
    for (const HubRejection &r : rejected)
        Logging::warn(*m_log, QStringLiteral("hub refused event %1: %2").arg(r.eventId, r.code), m_round.traceId);
    if (m_round.counts.heldClockAhead > 0)
        Logging::warn(*m_log, QStringLiteral("hub: this workstation's clock is %1 s ahead; %2 event(s) held in the outbox")
                                  .arg(m_round.counts.clockAheadMs / 1000)
                                  .arg(m_round.counts.heldClockAhead),
                      m_round.traceId);
    if (lastPage)
        return startPull();
    m_after = lastSeq;
    pushNext();
}

// The hub refuses a whole batch (4xx) when one event in it is malformed for it; its error names the
// event ("events[i]..."). That event is recorded as refused so the rest of the outbox can move on.
bool HubSyncWorker::rejectWholeBatchEvent(const QList<Event> &batch, const HubReply &reply)
{
    if (reply.kind != HubReply::Kind::Refused || reply.httpStatus == 401)
        return false;
    static const QRegularExpression index(QStringLiteral("^events\\[(\\d+)\\]"));
    const auto m = index.match(reply.errorField);
    if (!m.hasMatch())
        return false;
    const int i = m.captured(1).toInt();
    if (i < 0 || i >= batch.size())
        return false;
    const HubRejection r{batch.at(i).id, reply.errorCode, reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                         m_clock.nowMs()};
    if (!m_sync->recordPush(m_config.hubUrl, {}, {r}).ok())
        return false;
    ++m_round.counts.rejected;
    Logging::warn(*m_log, QStringLiteral("hub refused event %1 (whole batch, %2)").arg(r.eventId, r.code), m_round.traceId);
    return true;
}

// A hub with a smaller --max-batch or body limit answers 413 for the whole batch: the batch shrinks to the
// limit the hub names (max_events), or by half, for the rest of the round. One event that is too large even
// alone is recorded as refused with the hub's reason, once, so it never blocks the outbox behind it.
bool HubSyncWorker::shrinkAfterTooLarge(const QList<Event> &batch, const HubReply &reply)
{
    if (reply.kind != HubReply::Kind::Refused || reply.httpStatus != 413 || batch.isEmpty())
        return false;
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    if (batch.size() > 1) {
        const int named = error.value(QStringLiteral("max_events")).toInt();
        m_batchLimit = named > 0 && named < batch.size() ? named : std::max(1, int(batch.size()) / 2);
        Logging::warn(*m_log, QStringLiteral("hub refused %1 events in one push (%2); sending %3 at a time")
                                  .arg(batch.size())
                                  .arg(error.value(QStringLiteral("message")).toString())
                                  .arg(m_batchLimit),
                      m_round.traceId);
        return true;
    }
    const HubRejection r{batch.first().id, QStringLiteral("too_large"), error.value(QStringLiteral("message")).toString(), m_clock.nowMs()};
    if (!m_sync->recordPush(m_config.hubUrl, {}, {r}).ok())
        return false;
    ++m_round.counts.rejected;
    Logging::warn(*m_log, QStringLiteral("hub refused event %1 alone as too large: %2").arg(r.eventId, r.message), m_round.traceId);
    return true;
}

void HubSyncWorker::startPull()
{
    const auto cursor = m_sync->cursor(m_config.hubUrl);
    if (!cursor)
        return finishDatabase(cursor.error());
    m_since = cursor.value();
    pullNext();
}

void HubSyncWorker::pullNext()
{
    // skip_own: what this workstation pushed is not sent back (it already has those events and their
    // server_seq); a hub older than API 1.2 does not know the parameter, and then the pull goes without it.
    const QString skip = m_hubSkipsOwn ? QStringLiteral("&skip_own=1") : QString();
    m_client->call("GET", QStringLiteral("/api/v1/events?since=%1&limit=%2%3").arg(m_since).arg(m_config.pullPage).arg(skip), {},
                   isPullAnswer, [this](const HubReply &r) { onPulled(r); });
}

void HubSyncWorker::onPulled(const HubReply &reply)
{
    noteHubClock(reply);
    if (reply.kind == HubReply::Kind::Refused && m_hubSkipsOwn && reply.errorCode == QLatin1String("unknown_field")
        && reply.errorField == QLatin1String("skip_own")) {
        m_hubSkipsOwn = false;
        return pullNext();
    }
    if (reply.kind != HubReply::Kind::Ok)
        return failFromReply(reply);
    const QJsonArray arr = reply.json.value(QStringLiteral("events")).toArray();
    QList<Event> events;
    events.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        if (isLocalOnlyEntity(v.toObject().value(QStringLiteral("entity_type")).toString()))
            continue; // never ours to store (docs/sync.md, "Local-only entities"), whoever sent it
        auto e = eventFromJson(v.toObject(), UnknownFields::Ignore);
        if (!e)
            return finish(Failure::Protocol, QStringLiteral("the hub sent an invalid event (%1: %2); nothing of that page was applied")
                                                 .arg(e.error().field, e.error().detail));
        m_round.newestPulled = std::max(m_round.newestPulled, e->hlc);
        events.append(std::move(e).value());
    }
    const qint64 next = qint64(reply.json.value(QStringLiteral("next_since")).toDouble());
    const qint64 skippedOwn = qint64(reply.json.value(QStringLiteral("skipped_own")).toDouble());
    if (skippedOwn > 0) {
        // The hub left out this workstation's own events: only fine if they really are here (a data directory
        // restored from a backup keeps its token but not what it pushed since). Otherwise: pull them.
        const auto held = m_sync->heldBetween(m_since, next);
        if (!held)
            return finishDatabase(held.error());
        // Before the page is applied, what is held in the range is this workstation's own events (a page is
        // applied whole or not at all, so none of it is here yet).
        if (held.value() < skippedOwn) {
            Logging::warn(*m_log, QStringLiteral("hub skipped %1 of this workstation's events; %2 are here; pulling them")
                                      .arg(skippedOwn)
                                      .arg(held.value()),
                          m_round.traceId);
            m_hubSkipsOwn = false;
            return pullNext();
        }
    }
    const auto added = m_sync->applyPulledPage(events, m_config.hubUrl, next);
    if (!added)
        return finishDatabase(added.error());
    m_round.counts.pulled += arr.size();
    m_round.counts.newEvents += added.value();
    m_since = next;
    if (reply.json.value(QStringLiteral("more")).toBool() && !arr.isEmpty())
        return pullNext();
    finish(Failure::None);
}

void HubSyncWorker::failFromReply(const HubReply &reply)
{
    switch (reply.kind) {
    case HubReply::Kind::Refused:
        if (reply.httpStatus == 401)
            return finish(Failure::NotEnrolled, reply.error);
        return finish(Failure::Refused, reply.error);
    case HubReply::Kind::Cancelled:
    case HubReply::Kind::Transient:
    case HubReply::Kind::Ok:
        return finish(Failure::Unreachable, reply.error);
    }
}

void HubSyncWorker::finish(Failure failure, const QString &error)
{
    m_round.failure = failure;
    m_round.error = error;
    m_since = 0;
    if (m_sync)
        emitCounts();
    if (m_log) {
        const HubRoundCounts &c = m_round.counts;
        const QString line = QStringLiteral("round ended: pushed %1, duplicates %2, rejected %3, skipped %4, pulled %5, new %6, "
                                            "retries %7, pending %8%9")
                                 .arg(c.pushed).arg(c.duplicates).arg(c.rejected).arg(c.skipped).arg(c.pulled)
                                 .arg(c.newEvents).arg(c.retries).arg(m_round.pending)
                                 .arg(error.isEmpty() ? QString() : QStringLiteral("; ") + error);
        failure == Failure::None ? Logging::info(*m_log, line, m_round.traceId) : Logging::warn(*m_log, line, m_round.traceId);
    }
    m_busy = false;
    emit roundFinished(m_round);
}

void HubSyncWorker::enrol(const HubEnrolRequest &request)
{
    const auto fail = [this](const QString &error) { emit enrolAnswered(false, error); };
    if (m_busy)
        return fail(QStringLiteral("a sync round is running"));
    if (m_config.hubUrl.isEmpty())
        return fail(QStringLiteral("no hub URL configured"));
    if (request.siteId != m_config.siteId)
        return fail(QStringLiteral("site %1 is not this data directory's site (%2)").arg(request.siteId, m_config.siteId));
    if (Status st = ensureOpen(); !st.ok())
        return fail(QStringLiteral("database: ") + st.detail);
    m_busy = true;
    const QString device = request.deviceName.isEmpty()
                               ? (QSysInfo::machineHostName().left(48) + QLatin1Char('-') + m_installationId.left(8))
                               : request.deviceName.left(64);
    const QJsonObject body{{QStringLiteral("site_id"), request.siteId},
                           {QStringLiteral("enrolment_code"), request.enrolmentCode},
                           {QStringLiteral("device_name"), device}};
    m_client->setBaseUrl(m_config.hubUrl);
    m_client->setToken({});
    m_client->call("POST", QStringLiteral("/api/v1/enrol"), body, isEnrolAnswer, [this](const HubReply &r) {
        m_busy = false;
        if (r.kind != HubReply::Kind::Ok) {
            Logging::warn(*m_log, QStringLiteral("enrolment with %1 failed: %2").arg(m_config.hubUrl, r.error));
            return emit enrolAnswered(false, r.httpStatus == 401 ? QStringLiteral("the hub refused the enrolment code or site")
                                                                 : r.error);
        }
        Logging::info(*m_log, QStringLiteral("enrolled with %1").arg(m_config.hubUrl));
        emit enrolAnswered(true, r.json.value(QStringLiteral("token")).toString());
    });
}

} // namespace mt
