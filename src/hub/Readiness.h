// /readyz: can this hub take writes now? (issue 10, part 5)
//
// A read (the old probe) succeeds on a full disk or a read-only database, where every push then fails. So
// the probe writes one row in a real write transaction, and for SQLite also checks the data directory's
// free space (a write into space the WAL already holds can succeed on a full disk). The answer is
// computed at most once a second, however often /readyz is called.
#pragma once

#include "common/Error.h"

#include <QString>

#include <chrono>
#include <mutex>

namespace mt {

class Clock;
class HubDatabase;
struct HubConfig;

class Readiness
{
public:
    Readiness(const HubConfig &config, HubDatabase &db, const Clock &clock);
    // Ok, or why not (DiskFull, DatabaseReadOnly, DatabaseLocked, Io, ...) with a short reason in detail.
    Status check();

private:
    Status probe();

    const HubConfig &m_config;
    HubDatabase &m_db;
    const Clock &m_clock;
    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_at{};
    Status m_last;
};

} // namespace mt
