// Failed logins and refused requests as records an administrator queries (`medtrack-hub refusals`).
//
// Handlers never wait for this: a record goes into a bounded queue that one thread writes to the database
// in batches (every half second). A flood beyond the queue is counted in a metric, not written, so a hostile
// client cannot turn refusals into unbounded writes. Records older than 90 days are deleted.
#pragma once

#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace mt {

class Clock;
class HubDatabase;
class MetricsRegistry;

struct RefusalRecord
{
    qint64 atMs = 0;
    QString client;
    QString principal; // token subject, or "login:NAME" / "enrol:SITE:DEVICE"; empty when unknown
    QString route;     // "POST /api/v1/events"
    int status = 0;
    QString code;      // the stable error code (auth_failed, forbidden, conflict, clock_ahead, ...)
    QString detail;    // e.g. the first refused event id
    int count = 1;     // events of one request refused with the same code
};

struct RefusalFilter
{
    qint64 sinceMs = 0;
    QString client;
    QString principal;
    QString code;
    int limit = 100;
};

class RefusalLog
{
public:
    static constexpr int kMaxPending = 10000;
    static constexpr qint64 kRetentionMs = 90LL * 24 * 3600 * 1000;

    RefusalLog(HubDatabase &db, const Clock &clock, MetricsRegistry &metrics);
    ~RefusalLog(); // writes what is queued, then stops
    RefusalLog(const RefusalLog &) = delete;
    RefusalLog &operator=(const RefusalLog &) = delete;

    // Never blocks on the database.
    void record(RefusalRecord r);

    // Newest first.
    static Result<QList<RefusalRecord>> query(QSqlDatabase db, const RefusalFilter &filter);

private:
    void loop();
    Status write(const std::vector<RefusalRecord> &batch, bool prune);

    HubDatabase &m_db;
    const Clock &m_clock;
    MetricsRegistry &m_metrics;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<RefusalRecord> m_pending;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace mt
