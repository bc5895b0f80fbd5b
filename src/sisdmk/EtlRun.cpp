// EtlRun: fetch page n+1 while page n is written; each page, its quarantine rows and the resume point commit together.
#include "sisdmk/EtlRun.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "observability/Logging.h"
#include "storage/Database.h"
#include "storage/PersonnelRepository.h"
#include "storage/QuarantineRepository.h"
#include "sisdmk/PageParser.h"
#include "sisdmk/SisdmkClient.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QUuid>

namespace mt {

namespace {
// Pages commit in groups of a few thousand records (at most ~1 s of pages): every commit copies each B-tree
// page it touched into the WAL, and the primary key takes random inserts, so fewer, larger commits write
// less. A group commits its pages, their quarantine rows and the resume point together, as one page did.
constexpr qint64 kGroupRecords = 5000;
constexpr qint64 kGroupMs = 1000;
} // namespace

EtlRun::EtlRun(EtlRunContext ctx, QString region, QString sinceOverride, SisdmkCredentials credentials,
               QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_region(std::move(region))
    , m_sinceOverride(std::move(sinceOverride))
    , m_credentials(std::move(credentials))
{
    connect(&m_ctx.client, &SisdmkClient::requestLogged, this, [this](const QString &line) { log(line); });
}

QString EtlRun::iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

void EtlRun::log(const QString &message, bool warning)
{
    const QString line = QStringLiteral("sisdmk run %1 region %2: %3").arg(m_record.runId, m_region, message);
    if (warning)
        Logging::warn(m_ctx.log, line, m_record.traceId);
    else
        Logging::info(m_ctx.log, line, m_record.traceId);
}

void EtlRun::start()
{
    EtlRunRepository runs(m_ctx.db);
    m_record.runId = newUuidV7(m_ctx.clock);
    m_record.traceId = QUuid::createUuid().toString(QUuid::Id128);
    m_record.region = m_region;
    m_record.startedAtMs = m_ctx.clock.nowMs();
    m_chainStartedMs = m_record.startedAtMs;
    const auto resume = runs.resumePoint(m_region);
    const auto watermark = runs.watermark(m_region);
    if (resume && resume.value() && (m_sinceOverride.isEmpty() || m_sinceOverride == resume.value()->updatedSince)) {
        m_record.updatedSince = resume.value()->updatedSince;
        m_record.resumedFrom = resume.value()->runId;
        m_page = std::max(1, resume.value()->nextPage);
        m_chainStartedMs = resume.value()->chainStartedMs > 0 ? resume.value()->chainStartedMs : m_chainStartedMs;
    } else {
        m_record.updatedSince = m_sinceOverride.isEmpty() && watermark ? watermark.value() : m_sinceOverride;
    }
    if (Status st = runs.insert(m_record); !st.ok()) {
        m_done = true;
        m_record.status = QStringLiteral("failed");
        m_record.failureKind = QStringLiteral("database");
        m_record.error = st.detail;
        QMetaObject::invokeMethod(this, &EtlRun::finished, Qt::QueuedConnection);
        return;
    }
    log(QStringLiteral("started (since '%1', page %2%3)")
            .arg(m_record.updatedSince)
            .arg(m_page)
            .arg(m_record.resumedFrom.isEmpty() ? QString() : QStringLiteral(", resuming run ") + m_record.resumedFrom));
    m_ctx.client.clearRequestIds();
    // One login per sync: each login is a round trip, and 38 provinces made it a visible fixed cost.
    m_tokenReused = !m_ctx.client.token().isEmpty();
    if (m_tokenReused)
        fetch(m_page);
    else
        login();
}

void EtlRun::login()
{
    m_fetching = true;
    m_ctx.client.login(m_credentials.username, m_credentials.password, [this](const HttpOutcome &o) {
        m_fetching = false;
        if (m_done)
            return;
        if (o.kind != HttpOutcome::Kind::Ok)
            return onFetched(0, o);
        fetch(m_page);
    });
}

void EtlRun::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    log(QStringLiteral("cancel requested"));
    if (m_fetching)
        m_ctx.client.cancel(); // its callback ends the run
    else if (!m_parsing)
        fail(QStringLiteral("cancelled"), QStringLiteral("cancelled"));
}

int EtlRun::peekNextPage(const QByteArray &body)
{
    // Inside a JSON string the quotes would be escaped, so an unescaped "next_page" is the key.
    const qsizetype at = body.lastIndexOf("\"next_page\"");
    if (at <= 0 || body.at(at - 1) == '\\')
        return -1;
    qsizetype i = body.indexOf(':', at) + 1;
    while (i > 0 && i < body.size() && (body.at(i) == ' ' || body.at(i) == '\n'))
        ++i;
    if (i <= 0 || i >= body.size())
        return -1;
    if (body.mid(i, 4) == "null")
        return 0;
    qsizetype j = i;
    while (j < body.size() && j - i < 9 && body.at(j) >= '0' && body.at(j) <= '9')
        ++j;
    bool ok = false;
    const int page = body.mid(i, j - i).toInt(&ok);
    return ok && page > 0 ? page : -1;
}

void EtlRun::fetch(int page)
{
    m_fetching = true;
    m_ctx.client.fetchPage(m_region, m_record.updatedSince, page, m_ctx.perPage,
                           [this, page](const HttpOutcome &o) { onFetched(page, o); });
}

void EtlRun::onFetched(int page, const HttpOutcome &o)
{
    m_fetching = false;
    if (m_done)
        return;
    if (std::exchange(m_firstAnswer, false) && page > 0) {
        if (o.kind == HttpOutcome::Kind::Auth && m_tokenReused && !m_cancelled) {
            // The token of an earlier region may have expired meanwhile: log in once more. A refusal
            // after that fresh login is an authentication failure like any other.
            m_tokenReused = false;
            m_firstAnswer = true;
            log(QStringLiteral("token refused, logging in again"));
            return login();
        }
        if (o.kind == HttpOutcome::Kind::Ok)
            m_credentials.password.clear(); // the token is all this run needs from now on
    }
    switch (o.kind) {
    case HttpOutcome::Kind::Ok: break;
    case HttpOutcome::Kind::Cancelled: return fail(QStringLiteral("cancelled"), o.error);
    case HttpOutcome::Kind::Auth: return fail(QStringLiteral("auth"), o.error);
    case HttpOutcome::Kind::Unreachable: return fail(QStringLiteral("unreachable"), o.error);
    case HttpOutcome::Kind::Format:
        keepRawBody(o.requestId, o.error, o.body);
        return fail(QStringLiteral("format"), o.error);
    }
    if (m_cancelled)
        return fail(QStringLiteral("cancelled"), QStringLiteral("cancelled"));
    const int hint = peekNextPage(o.body);
    m_hints.insert(page, hint);
    if (hint > 0)
        m_nextToFetch = hint; // prefetch: the next request overlaps this page's parse and write
    m_pendingPage = page;
    m_pendingBody = o.body;
    m_pendingRequestId = o.requestId;
    pump();
}

void EtlRun::pump()
{
    if (m_done)
        return;
    if (!m_parsing && m_pendingPage > 0) {
        parse(std::exchange(m_pendingPage, 0), std::exchange(m_pendingBody, {}), m_pendingRequestId);
    }
    if (!m_fetching && m_pendingPage == 0 && m_nextToFetch > 0)
        fetch(std::exchange(m_nextToFetch, 0));
}

void EtlRun::parse(int page, const QByteArray &body, const QString &requestId)
{
    m_parsing = true;
    const QDate today = m_ctx.clock.nowUtc().date();
    const SisdmkMapper *mapper = &m_ctx.mapper;
    m_ctx.pool.start([this, page, body, rid = requestId, mapper, today] {
        QElapsedTimer timer;
        timer.start();
        ParsedPage parsed = PageParser::parse(body, *mapper, today);
        parsed.parseMs = timer.elapsed();
        const QByteArray keep = parsed.kind == ParsedPage::Kind::Format ? body : QByteArray();
        QMetaObject::invokeMethod(
            this, [this, page, rid, parsed, keep] { onParsed(page, rid, parsed, keep); }, Qt::QueuedConnection);
    });
}

void EtlRun::onParsed(int page, const QString &requestId, const ParsedPage &parsed, const QByteArray &formatBody)
{
    m_parsing = false;
    if (m_done) {
        if (m_endWhenParsed)
            end();
        return;
    }
    if (m_cancelled)
        return fail(QStringLiteral("cancelled"), QStringLiteral("cancelled before page %1 was written").arg(page));
    if (parsed.kind == ParsedPage::Kind::Auth)
        return fail(QStringLiteral("auth"), parsed.error);
    if (parsed.kind == ParsedPage::Kind::Format) {
        keepRawBody(requestId, parsed.error, formatBody);
        return fail(QStringLiteral("format"), QStringLiteral("page %1: %2").arg(page).arg(parsed.error));
    }
    const int announced = parsed.nextPage.value_or(0);
    const int hint = m_hints.take(page);
    if (hint >= 0 && hint != announced)
        return fail(QStringLiteral("format"), QStringLiteral("page %1: paging.next_page is ambiguous").arg(page));
    if (hint < 0 && announced > 0)
        m_nextToFetch = announced; // the quick look found nothing: fetch now
    m_page = announced;
    pump(); // starts the next request (if not already running) before this page is written
    m_group.append({page, parsed});
    m_groupRecords += parsed.received;
    if (m_group.size() == 1)
        m_groupAge.start();
    if (!parsed.nextPage || m_groupRecords >= kGroupRecords || m_groupAge.elapsed() >= kGroupMs) {
        if (!commitGroup())
            return; // the run has failed
    }
    if (!parsed.nextPage)
        finishOk();
    else
        pump();
}

bool EtlRun::commitGroup()
{
    if (m_group.isEmpty())
        return true;
    const QList<PendingPage> group = std::exchange(m_group, {});
    m_groupRecords = 0;
    const EtlRunRecord before = m_record;
    QElapsedTimer timer;
    timer.start();
    if (Status st = writeGroup(group); !st.ok()) {
        m_ctx.client.cancel();
        fail(QStringLiteral("database"), QStringLiteral("%1: %2").arg(QString::fromLatin1(errorCodeName(st.code)), st.detail));
        return false;
    }
    const qint64 writeMs = timer.elapsed();
    int pages = before.pages;
    qint64 received = before.received;
    for (const PendingPage &g : group) {
        const ParsedPage &parsed = g.parsed;
        received += parsed.received;
        SyncProgress p{m_record.runId, m_region, ++pages, 0, received, parsed.total};
        if (parsed.perPage > 0)
            p.totalPages = (parsed.total + parsed.perPage - 1) / parsed.perPage;
        emit progress(p);
        log(QStringLiteral("page %1 written: %2 valid, %3 rejected (parse %4 ms, write %5 ms for %6 page(s))")
                .arg(g.page)
                .arg(parsed.valid.size())
                .arg(parsed.rejected.size())
                .arg(parsed.parseMs)
                .arg(writeMs)
                .arg(group.size()));
    }
    return true;
}

Status EtlRun::writeGroup(const QList<PendingPage> &group)
{
    EtlRunRecord next = m_record;
    const qint64 now = m_ctx.clock.nowMs();
    const std::optional<int> nextPage = group.last().parsed.nextPage;
    Status st = m_ctx.db.transaction([&]() -> Status {
        PersonnelRepository people(m_ctx.db);
        QuarantineRepository quarantine(m_ctx.db);
        for (const PendingPage &g : group) {
            const ParsedPage &parsed = g.parsed;
            const auto counts = people.upsert(parsed.valid, m_record.runId);
            if (!counts)
                return counts.error();
            for (const RejectedRecord &r : parsed.rejected) {
                if (Status s = quarantine.insert({0, m_record.runId, r.nik, r.reasons, r.raw, now, {}, 0}); !s.ok())
                    return s;
            }
            next.pages += 1;
            next.received += parsed.received;
            next.inserted += counts->inserted;
            next.updated += counts->updated;
            next.unchanged += counts->unchanged;
            next.rejected += parsed.rejected.size();
        }
        next.requestIds = m_ctx.client.requestIds();
        EtlRunRepository runs(m_ctx.db);
        Status s = nextPage ? runs.saveResumePoint({m_region, m_record.runId, *nextPage, m_record.updatedSince, m_chainStartedMs})
                            : runs.clearResumePoint(m_region);
        if (s.ok() && !nextPage) {
            s = runs.setWatermark(m_region, iso(m_chainStartedMs));
            next.status = QStringLiteral("ok");
            next.endedAtMs = now;
        }
        return s.ok() ? runs.update(next) : s;
    });
    if (st.ok())
        m_record = next;
    return st;
}

void EtlRun::finishOk()
{
    m_done = true;
    log(QStringLiteral("finished ok: received %1, inserted %2, updated %3, unchanged %4, rejected %5")
            .arg(m_record.received)
            .arg(m_record.inserted)
            .arg(m_record.updated)
            .arg(m_record.unchanged)
            .arg(m_record.rejected));
    end();
}

// A parse still running on the pool calls back into this object: finish only after it.
void EtlRun::end()
{
    if (m_parsing) {
        m_endWhenParsed = true;
        return;
    }
    m_endWhenParsed = false;
    // The client outlives this run: the next region's requests must not be logged under this run's id.
    disconnect(&m_ctx.client, nullptr, this, nullptr);
    emit finished();
}

void EtlRun::fail(const QString &kind, const QString &error)
{
    if (m_done)
        return;
    // Pages parsed before the failure are kept, as if each had been committed on its own.
    if (kind != QLatin1String("database") && !commitGroup())
        return; // commitGroup failed and ended the run
    m_done = true;
    m_record.status = kind == QLatin1String("cancelled") ? QStringLiteral("cancelled") : QStringLiteral("failed");
    m_record.failureKind = kind;
    m_record.error = Logging::redact(error);
    m_record.endedAtMs = m_ctx.clock.nowMs();
    m_record.requestIds = m_ctx.client.requestIds();
    if (Status st = EtlRunRepository(m_ctx.db).update(m_record); !st.ok())
        log(QStringLiteral("cannot record the run's end: ") + st.detail, true);
    log(QStringLiteral("stopped (%1): %2").arg(kind, m_record.error), true);
    end();
}

void EtlRun::keepRawBody(const QString &requestId, const QString &reason, const QByteArray &body)
{
    const Status st = EtlRunRepository(m_ctx.db).keepRawBody(m_record.runId, requestId, m_ctx.clock.nowMs(),
                                                             Logging::redact(reason), body);
    log(st.ok() ? QStringLiteral("raw body of request %1 kept (%2 bytes)").arg(requestId).arg(body.size())
                : QStringLiteral("cannot keep raw body: ") + st.detail,
        true);
}

} // namespace mt
