// Injected failures (latency, 5xx, 429, expired token, cut bodies, schema changes, HTML), switchable at runtime.
#include "FaultSwitch.h"

#include <array>
#include <utility>

namespace sim {
namespace {

constexpr std::array<std::pair<std::string_view, FaultMode>, 12> kNames{{
    {"none", FaultMode::None},
    {"latency", FaultMode::Latency},
    {"5xx", FaultMode::ServerError},
    {"500", FaultMode::ServerError},
    {"502", FaultMode::ServerError},
    {"503", FaultMode::ServerError},
    {"429", FaultMode::TooManyRequests},
    {"expired", FaultMode::ExpiredToken},
    {"cutoff", FaultMode::CutOff},
    {"truncate", FaultMode::Truncate},
    {"rename_data", FaultMode::RenameData},
    {"drop_nik", FaultMode::DropNik},
}};

} // namespace

std::optional<Fault> parseFault(std::string_view mode)
{
    Fault f;
    if (mode == "html") {
        f.mode = FaultMode::Html;
        return f;
    }
    for (const auto &[name, m] : kNames) {
        if (name == mode) {
            f.mode = m;
            if (mode == "500" || mode == "502" || mode == "503")
                f.status = (mode[2] - '0') + 500;
            return f;
        }
    }
    return std::nullopt;
}

std::string faultName(const Fault &fault)
{
    switch (fault.mode) {
    case FaultMode::None: return "none";
    case FaultMode::Latency: return "latency";
    case FaultMode::ServerError: return std::to_string(fault.status);
    case FaultMode::TooManyRequests: return "429";
    case FaultMode::ExpiredToken: return "expired";
    case FaultMode::CutOff: return "cutoff";
    case FaultMode::Truncate: return "truncate";
    case FaultMode::RenameData: return "rename_data";
    case FaultMode::DropNik: return "drop_nik";
    case FaultMode::Html: return "html";
    }
    return "none";
}

void FaultSwitch::set(const Fault &fault, int count)
{
    std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_remaining = fault.mode == FaultMode::None ? 0 : count;
}

Fault FaultSwitch::take(bool isLogin)
{
    std::lock_guard lock(m_mutex);
    if (m_fault.mode == FaultMode::None || (isLogin && !m_fault.includeLogin))
        return {};
    Fault f = m_fault;
    if (m_remaining > 0 && --m_remaining == 0)
        m_fault = {};
    return f;
}

Fault FaultSwitch::current(int &remaining) const
{
    std::lock_guard lock(m_mutex);
    remaining = m_remaining;
    return m_fault;
}

} // namespace sim
