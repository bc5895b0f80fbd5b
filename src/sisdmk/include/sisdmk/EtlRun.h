// One ETL run of one region: login, pages fetched / parsed / written in overlap, resumable per page.
#pragma once

#include "storage/EtlRunRepository.h"
#include "storage/PersonnelBatch.h"
#include "sisdmk/SisdmkTypes.h"

#include "sisdmk/PageParser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace spdlog { class logger; }
class QThreadPool;

namespace mt {

class Clock;
class Database;
class MetricsRegistry;
class SisdmkClient;
class SisdmkMapper;
struct HttpOutcome;

struct EtlRunContext
{
    Database &db;
    SisdmkClient &client;
    QThreadPool &pool;
    const SisdmkMapper &mapper;
    const Clock &clock;
    spdlog::logger &log;
    int perPage = 500;
};

class EtlRun : public QObject
{
    Q_OBJECT
public:
    EtlRun(EtlRunContext ctx, QString region, QString sinceOverride, SisdmkCredentials credentials,
           QObject *parent = nullptr);
    // Records the run (status running) and logs in; everything after is asynchronous.
    void start();
    void cancel();
    const EtlRunRecord &record() const { return m_record; }

signals:
    void progress(const mt::SyncProgress &p);
    void finished();

private:
    void log(const QString &message, bool warning = false);
    void login();
    void fetch(int page);
    void onFetched(int page, const HttpOutcome &o);
    void pump();
    void parse(int page, const QByteArray &body, const QString &requestId);
    void end();
    struct FetchedPage
    {
        int page = 0;
        QByteArray body;
        QString requestId;
    };
    struct ReadyPage
    {
        int page = 0;
        QString requestId;
        ParsedPage parsed;     // without its valid records: they travel encoded, in `rows`
        PersonnelBatch rows;
        QByteArray formatBody; // kept for the raw-body record when the page's format changed
    };
    void onParsed(ReadyPage ready);
    bool acceptPage(const ReadyPage &r);
    // Takes the page's quick-look hint: false when it disagrees with the parsed paging.next_page.
    bool nextPageAgrees(const ReadyPage &r);
    void writeNext();
    Status writePage(const ReadyPage &r);
    Status commitGroup();
    void finishOk();
    void fail(const QString &kind, const QString &error);
    void failDatabase(const Status &st);
    static QString databaseError(const Status &st);
    void keepRawBody(const QString &requestId, const QString &reason, const QByteArray &body);
    static QString iso(qint64 ms);
public:
    // Cheap look at paging.next_page before the full parse (prefetch): -1 unknown, 0 null, else the page.
    static int peekNextPage(const QByteArray &body);

    EtlRunContext m_ctx;
    QString m_region;
    QString m_sinceOverride;
    SisdmkCredentials m_credentials;
    EtlRunRecord m_record;
    qint64 m_chainStartedMs = 0;
    int m_page = 1; // the page the run starts at (1, or its resume point)
    bool m_done = false;
    bool m_cancelled = false;
    bool m_fetching = false;
    bool m_parsing = false;
    bool m_endWhenIdle = false; // end() waits for the parse and the request in flight
    bool m_tokenReused = false; // the sync's token from an earlier region: one re-login if refused
    bool m_firstAnswer = true;
    // Pipeline (see pump()): one request in flight, fetched bodies, one page parsing, parsed pages.
    int m_nextToFetch = 0;      // page to request next (0: none known yet)
    QHash<int, int> m_hints;    // page -> next page seen by the quick look, checked after parsing
    QList<FetchedPage> m_fetched;
    QList<ReadyPage> m_ready;
    bool m_writeQueued = false;
    // The group being written in the open transaction: the run's record with its pages counted, and
    // the page after its last one (the resume point it commits with).
    EtlRunRecord m_groupRecord;
    QElapsedTimer m_groupAge;
    std::optional<int> m_groupNextPage;
};

} // namespace mt
