// Command-line configuration of the SISDMK simulator.
#include "SimConfig.h"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>

namespace sim {
namespace {

template <typename T>
bool number(const std::string &text, T &out)
{
    auto res = std::from_chars(text.data(), text.data() + text.size(), out);
    return res.ec == std::errc() && res.ptr == text.data() + text.size();
}

bool parseListen(const std::string &v, SimConfig &c)
{
    const auto colon = v.rfind(':');
    if (colon == std::string::npos)
        return false;
    c.host = v.substr(0, colon);
    return number(v.substr(colon + 1), c.port) && c.port >= 0 && c.port < 65536;
}

bool parseBadShare(const std::string &v, SimConfig &c)
{
    char *end = nullptr;
    c.data.badShare = std::strtod(v.c_str(), &end);
    return end && *end == '\0' && c.data.badShare >= 0 && c.data.badShare <= 1;
}

bool parseFaultArg(const std::string &v, SimConfig &c)
{
    const int latency = c.fault.latencyMs;
    const int retry = c.fault.retryAfterS;
    auto f = parseFault(v);
    if (!f)
        return false;
    c.fault = *f;
    c.fault.latencyMs = latency;
    c.fault.retryAfterS = retry;
    return true;
}

std::int64_t startOfTodayUtc()
{
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch()).count();
    return now - now % 86400;
}

using Setter = std::function<bool(const std::string &, SimConfig &)>;

const std::map<std::string, Setter> &setters()
{
    static const std::map<std::string, Setter> kSetters{
        {"--listen", parseListen},
        {"--seed", [](const std::string &v, SimConfig &c) { return number(v, c.data.seed); }},
        {"--workers", [](const std::string &v, SimConfig &c) { return number(v, c.data.workers) && c.data.workers > 0; }},
        {"--bad-share", parseBadShare},
        {"--username", [](const std::string &v, SimConfig &c) { c.username = v; return true; }},
        {"--password", [](const std::string &v, SimConfig &c) { c.password = v; return true; }},
        {"--token-ttl-s", [](const std::string &v, SimConfig &c) { return number(v, c.tokenTtlS); }},
        {"--wilayah", [](const std::string &v, SimConfig &c) { c.wilayahPath = v; return true; }},
        {"--epoch", [](const std::string &v, SimConfig &c) {
             auto t = parseIsoUtc(v);
             c.data.epoch = t.value_or(0);
             return t.has_value(); }},
        {"--threads", [](const std::string &v, SimConfig &c) { return number(v, c.threads) && c.threads > 0; }},
        {"--max-per-page", [](const std::string &v, SimConfig &c) { return number(v, c.maxPerPage) && c.maxPerPage > 0; }},
        {"--fault", parseFaultArg},
        {"--fault-count", [](const std::string &v, SimConfig &c) { return number(v, c.faultCount); }},
        {"--retry-after", [](const std::string &v, SimConfig &c) { return number(v, c.fault.retryAfterS); }},
        {"--latency-ms", [](const std::string &v, SimConfig &c) { return number(v, c.latencyMs); }},
        {"--fault-latency-ms", [](const std::string &v, SimConfig &c) { return number(v, c.fault.latencyMs); }},
    };
    return kSetters;
}

} // namespace

std::string defaultWilayahPath()
{
    if (const char *env = std::getenv("SISDMK_SIM_WILAYAH"))
        return env;
    for (const char *candidate : {MT_SIM_WILAYAH_REPO, MT_SIM_WILAYAH_SHARED})
        if (std::filesystem::exists(candidate))
            return candidate;
    return MT_SIM_WILAYAH_SHARED;
}

std::optional<SimConfig> parseArgs(int argc, char **argv, std::string &error)
{
    SimConfig c;
    c.data.epoch = startOfTodayUtc();
    for (int k = 1; k < argc; ++k) {
        const std::string flag = argv[k];
        if (flag == "--quiet") {
            c.quiet = true;
            continue;
        }
        auto it = setters().find(flag);
        if (it == setters().end() || k + 1 >= argc) {
            error = it == setters().end() ? "unknown flag " + flag : "missing value for " + flag;
            return std::nullopt;
        }
        if (!it->second(argv[++k], c)) {
            error = "bad value for " + flag + ": " + argv[k];
            return std::nullopt;
        }
    }
    if (c.wilayahPath.empty())
        c.wilayahPath = defaultWilayahPath();
    return c;
}

std::string usage()
{
    return "usage: sisdmk-sim [--listen HOST:PORT] [--seed S] [--workers N] [--bad-share F]\n"
           "                  [--username U] [--password P] [--token-ttl-s S] [--wilayah FILE]\n"
           "                  [--epoch YYYY-MM-DD] [--threads N] [--max-per-page N]\n"
           "                  [--fault MODE] [--fault-count N] [--retry-after S] [--fault-latency-ms N]\n"
           "                  [--latency-ms N] [--quiet]\n"
           "MODE: none latency 500 502 503 429 expired cutoff truncate rename_data drop_nik html\n";
}

} // namespace sim
