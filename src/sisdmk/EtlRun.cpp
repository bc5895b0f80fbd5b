// EtlRun: fetch, parse and write overlap; pages are written one per event-loop turn into an open group
// transaction that commits with the run's counts and the resume point.
#include "sisdmk/EtlRun.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "observability/Logging.h"
#include "storage/Database.h"
#include "storage/PersonnelBatch.h"
#include "storage/PersonnelRepository.h"
#include "storage/QuarantineRepository.h"
#include "sisdmk/PageParser.h"
#include "sisdmk/SisdmkClient.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QUuid>

namespace mt {

namespace {
// Pages commit in groups of up to 10,000 records (at most ~1 s of pages): every commit copies each B-tree
// page it touched into the WAL, and the primary key takes random inserts, so fewer, larger commits write
// less (national first load: 5,000 -> 10,000 took the pull from ~1.1x to ~0.97x the fair floor). The
// write lock is held from a group's first page to its commit, ~0.1–0.2 s at this size; a group also commits
// as soon as the writer would wait for the network. A group commits its pages, their quarantine rows,
// the run's counts and the resume point together.
constexpr qint64 kGroupRecords = 10000;
constexpr qint64 kGroupMs = 1000;
constexpr int kMaxFetched = 2; // bodies waiting for the parser (~1 MB each at per_page 1000)
constexpr int kMaxReady = 3;   // parsed pages waiting for the writer
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
    if (m_done) {
        if (m_endWhenIdle)
            end();
        return;
    }
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
    m_fetched.append({page, o.body, o.requestId});
    pump();
}

// Moves each stage on as far as its bounded queue allows: one request in flight, at most kMaxFetched
// bodies waiting for the parser, one page parsing, at most kMaxReady parsed pages waiting for the writer.
// The writer takes one page per event-loop turn, so answers and parses are picked up between pages.
void EtlRun::pump()
{
    if (m_done)
        return;
    if (!m_parsing && !m_fetched.isEmpty() && m_ready.size() < kMaxReady) {
        FetchedPage f = m_fetched.takeFirst();
        parse(f.page, f.body, f.requestId);
    }
    if (!m_fetching && !m_cancelled && m_nextToFetch > 0 && m_fetched.size() < kMaxFetched)
        fetch(std::exchange(m_nextToFetch, 0));
    if (!m_ready.isEmpty() && !m_writeQueued) {
        m_writeQueued = true;
        QMetaObject::invokeMethod(this, &EtlRun::writeNext, Qt::QueuedConnection);
    }
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
        // Encoded here, and the records freed here: the writer's thread only binds and steps.
        PersonnelBatch rows = PersonnelBatch::encode(parsed.valid);
        parsed.valid.clear();
        parsed.parseMs = timer.elapsed();
        const QByteArray keep = parsed.kind == ParsedPage::Kind::Format ? body : QByteArray();
        QMetaObject::invokeMethod(
            this,
            [this, page, rid, parsed = std::move(parsed), rows = std::move(rows), keep]() mutable {
                onParsed({page, rid, std::move(parsed), std::move(rows), keep});
            },
            Qt::QueuedConnection);
    });
}

void EtlRun::onParsed(ReadyPage ready)
{
    m_parsing = false;
    if (m_done) {
        if (m_endWhenIdle)
            end();
        return;
    }
    const ParsedPage &parsed = ready.parsed;
    if (parsed.kind == ParsedPage::Kind::Ok) {
        const int announced = parsed.nextPage.value_or(0);
        const int hint = m_hints.value(ready.page, -1);
        if (hint >= 0 && hint != announced)
            m_nextToFetch = 0; // the quick look was wrong: the writer fails the run at this page
        else if (hint < 0 && announced > 0)
            m_nextToFetch = announced; // the quick look found nothing: fetch now
    }
    m_ready.append(std::move(ready));
    pump();
}

// A parsed page is checked in page order: a page that ends the run does so after the pages before it.
bool EtlRun::acceptPage(const ReadyPage &r)
{
    const ParsedPage &parsed = r.parsed;
    if (parsed.kind == ParsedPage::Kind::Auth) {
        fail(QStringLiteral("auth"), parsed.error);
        return false;
    }
    if (parsed.kind == ParsedPage::Kind::Format) {
        keepRawBody(r.requestId, parsed.error, r.formatBody);
        fail(QStringLiteral("format"), QStringLiteral("page %1: %2").arg(r.page).arg(parsed.error));
        return false;
    }
    if (!nextPageAgrees(r)) {
        fail(QStringLiteral("format"), QStringLiteral("page %1: paging.next_page is ambiguous").arg(r.page));
        return false;
    }
    return true;
}

bool EtlRun::nextPageAgrees(const ReadyPage &r)
{
    const int hint = m_hints.take(r.page);
    return hint < 0 || hint == r.parsed.nextPage.value_or(0);
}

void EtlRun::writeNext()
{
    m_writeQueued = false;
    if (m_done || m_ready.isEmpty())
        return;
    if (m_cancelled)
        return fail(QStringLiteral("cancelled"),
                    QStringLiteral("cancelled before page %1 was written").arg(m_ready.first().page));
    const ReadyPage r = m_ready.takeFirst();
    if (!acceptPage(r))
        return; // the run has ended
    if (Status st = writePage(r); !st.ok())
        return failDatabase(st);
    const bool last = !r.parsed.nextPage;
    // Commit when the group is big or old enough, at the end, and whenever the writer would wait
    // for the network: the write lock is never held while nothing is on its way.
    const bool idle = m_ready.isEmpty() && !m_parsing && m_fetched.isEmpty();
    const qint64 groupRecords = m_groupRecord.received - m_record.received;
    if (last || idle || groupRecords >= kGroupRecords || m_groupAge.elapsed() >= kGroupMs) {
        if (Status st = commitGroup(); !st.ok())
            return failDatabase(st);
    }
    if (last)
        return finishOk();
    pump();
}

Status EtlRun::writePage(const ReadyPage &r)
{
    const ParsedPage &parsed = r.parsed;
    QElapsedTimer timer;
    timer.start();
    if (!m_ctx.db.openTransactionActive()) {
        if (Status st = m_ctx.db.beginOpenTransaction(); !st.ok())
            return st;
        m_groupRecord = m_record;
        m_groupAge.start();
    }
    EtlRunRecord next = m_groupRecord;
    const auto counts = PersonnelRepository(m_ctx.db).upsert(r.rows, m_record.runId);
    Status st = counts ? Status{} : Status(counts.error());
    QuarantineRepository quarantine(m_ctx.db);
    const qint64 now = m_ctx.clock.nowMs();
    for (auto it = parsed.rejected.cbegin(); st.ok() && it != parsed.rejected.cend(); ++it)
        st = quarantine.insert({0, m_record.runId, it->nik, it->reasons, it->raw, now, {}, 0});
    if (!st.ok()) {
        m_ctx.db.rollbackOpenTransaction(); // nothing of the group is kept; m_record is its start
        return st;
    }
    next.pages += 1;
    next.received += parsed.received;
    next.inserted += counts->inserted;
    next.updated += counts->updated;
    next.unchanged += counts->unchanged;
    next.rejected += parsed.rejected.size();
    m_groupRecord = next;
    m_groupNextPage = parsed.nextPage;
    SyncProgress p{m_record.runId, m_region, next.pages, 0, next.received, parsed.total};
    if (parsed.perPage > 0)
        p.totalPages = (parsed.total + parsed.perPage - 1) / parsed.perPage;
    emit progress(p);
    log(QStringLiteral("page %1 written: %2 valid, %3 rejected (parse %4 ms, write %5 ms)")
            .arg(r.page)
            .arg(r.rows.size())
            .arg(parsed.rejected.size())
            .arg(parsed.parseMs)
            .arg(timer.elapsed()));
    return {};
}

// The open group's pages, their quarantine rows, the run's counts and the resume point commit together.
Status EtlRun::commitGroup()
{
    if (!m_ctx.db.openTransactionActive())
        return {};
    QElapsedTimer timer;
    timer.start();
    EtlRunRecord next = m_groupRecord;
    const qint64 now = m_ctx.clock.nowMs();
    next.requestIds = m_ctx.client.requestIds();
    EtlRunRepository runs(m_ctx.db);
    Status st = m_groupNextPage
                    ? runs.saveResumePoint({m_region, m_record.runId, *m_groupNextPage, m_record.updatedSince, m_chainStartedMs})
                    : runs.clearResumePoint(m_region);
    if (st.ok() && !m_groupNextPage) {
        st = runs.setWatermark(m_region, iso(m_chainStartedMs));
        next.status = QStringLiteral("ok");
        next.endedAtMs = now;
    }
    if (st.ok())
        st = runs.update(next);
    if (st.ok())
        st = m_ctx.db.commitOpenTransaction(); // rolls back itself when COMMIT fails
    else
        m_ctx.db.rollbackOpenTransaction();
    if (st.ok()) {
        log(QStringLiteral("%1 page(s), %2 records committed in %3 ms")
                .arg(next.pages - m_record.pages)
                .arg(next.received - m_record.received)
                .arg(timer.elapsed()));
        m_record = next;
    }
    return st;
}

QString EtlRun::databaseError(const Status &st)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(errorCodeName(st.code)), st.detail);
}

void EtlRun::failDatabase(const Status &st)
{
    fail(QStringLiteral("database"), databaseError(st));
    if (m_fetching)
        m_ctx.client.cancel(); // the run ends (end() waited) when the request's callback returns
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

// A parse on the pool or a request in flight calls back into this object: finish only after both.
void EtlRun::end()
{
    if (m_parsing || m_fetching) {
        m_endWhenIdle = true;
        return;
    }
    m_endWhenIdle = false;
    // The client outlives this run: the next region's requests must not be logged under this run's id.
    disconnect(&m_ctx.client, nullptr, this, nullptr);
    emit finished();
}

void EtlRun::fail(const QString &kind, const QString &error)
{
    if (m_done)
        return;
    m_done = true; // nothing new starts from here
    QString finalKind = kind;
    QString finalError = error;
    if (kind != QLatin1String("database")) {
        // Pages parsed before the failure are kept: the good ones waiting are written, then the group commits.
        Status st;
        while (st.ok() && !m_ready.isEmpty() && m_ready.first().parsed.kind == ParsedPage::Kind::Ok) {
            const ReadyPage r = m_ready.takeFirst();
            if (!nextPageAgrees(r))
                break;
            st = writePage(r);
        }
        if (st.ok())
            st = commitGroup();
        if (!st.ok()) {
            if (m_fetching)
                m_ctx.client.cancel(); // m_done is set: its callback only lets end() finish
            finalKind = QStringLiteral("database");
            finalError = databaseError(st);
        }
    }
    m_ctx.db.rollbackOpenTransaction(); // after a database failure nothing of the open group is kept
    m_ready.clear();
    m_fetched.clear();
    m_record.status = finalKind == QLatin1String("cancelled") ? QStringLiteral("cancelled") : QStringLiteral("failed");
    m_record.failureKind = finalKind;
    m_record.error = Logging::redact(finalError);
    m_record.endedAtMs = m_ctx.clock.nowMs();
    m_record.requestIds = m_ctx.client.requestIds();
    if (Status st = EtlRunRepository(m_ctx.db).update(m_record); !st.ok())
        log(QStringLiteral("cannot record the run's end: ") + st.detail, true);
    log(QStringLiteral("stopped (%1): %2").arg(finalKind, m_record.error), true);
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
