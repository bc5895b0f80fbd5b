// Injected failures (latency, 5xx, 429, expired token, cut bodies, schema changes, HTML), switchable at runtime.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace sim {

enum class FaultMode { None, Latency, ServerError, TooManyRequests, ExpiredToken, CutOff, Truncate, RenameData, DropNik, Html };

struct Fault
{
    FaultMode mode = FaultMode::None;
    int status = 503;         // ServerError: 500, 502 or 503
    int latencyMs = 0;        // Latency
    int retryAfterS = 2;      // TooManyRequests
    bool includeLogin = false;
};

// "503", "5xx", "429", "expired", "cutoff", "truncate", "rename_data", "drop_nik", "html", "latency", "none".
std::optional<Fault> parseFault(std::string_view mode);
std::string faultName(const Fault &fault);

class FaultSwitch
{
public:
    // count > 0: the next `count` matching requests, then back to normal; 0: until changed.
    void set(const Fault &fault, int count);
    Fault take(bool isLogin);
    Fault current(int &remaining) const;

private:
    mutable std::mutex m_mutex;
    Fault m_fault;
    int m_remaining = 0;
};

} // namespace sim
