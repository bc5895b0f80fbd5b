// HTTP front of the SISDMK simulator: login, bulk incremental pull, biodata lookup, admin switches.
#include "SimServer.h"

#include "RecordWriter.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

namespace sim {
namespace {

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string envelope(int status, std::string_view message)
{
    std::string body = "{\"status\":" + std::to_string(status) + ",\"message\":";
    appendJsonString(body, message);
    body.append(",\"data\":null}");
    return body;
}

void fail(httplib::Response &res, int status, std::string_view message)
{
    res.status = status;
    res.set_content(envelope(status, message), "application/json");
}

// Parses an optional unsigned query parameter; false when present but not a number.
bool paramNumber(const httplib::Request &req, const char *name, std::uint64_t &out)
{
    if (!req.has_param(name))
        return true;
    const std::string v = req.get_param_value(name);
    auto r = std::from_chars(v.data(), v.data() + v.size(), out);
    return r.ec == std::errc() && r.ptr == v.data() + v.size();
}

std::string redactTarget(std::string target)
{
    for (std::size_t pos = target.find("token="); pos != std::string::npos; pos = target.find("token=", pos + 1)) {
        if (pos > 0 && target[pos - 1] != '?' && target[pos - 1] != '&')
            continue;
        const std::size_t start = pos + 6;
        const std::size_t end = std::min(target.find('&', start), target.size());
        target.replace(start, end - start, "REDACTED");
    }
    return target;
}

std::string hex128(std::uint64_t a, std::uint64_t b)
{
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    return buf;
}

std::string undot(const std::string &code)
{
    std::string s;
    for (char c : code)
        if (c != '.')
            s.push_back(c);
    return s;
}

} // namespace

SimServer::SimServer(const SimConfig &config, Dataset &dataset)
    : m_config(config), m_dataset(dataset)
{
    m_faults.set(m_config.fault, m_config.faultCount);
    const int threads = m_config.threads;
    m_http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    m_http.set_keep_alive_max_count(100000);
    // Headers and body go out in separate writes: without TCP_NODELAY every small answer waits
    // for the client's delayed ACK (~40 ms on Linux), which dominated small pages and logins.
    m_http.set_tcp_nodelay(true);
    m_http.set_post_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        if (req.has_header("X-Request-ID"))
            res.set_header("X-Request-ID", req.get_header_value("X-Request-ID"));
    });
    if (!m_config.quiet)
        m_http.set_logger([this](const httplib::Request &req, const httplib::Response &res) { logRequest(req, res); });
    registerRoutes();
}

int SimServer::bind()
{
    if (m_config.port == 0)
        return m_http.bind_to_any_port(m_config.host);
    return m_http.bind_to_port(m_config.host, m_config.port) ? m_config.port : -1;
}

bool SimServer::run() { return m_http.listen_after_bind(); }
void SimServer::stop() { m_http.stop(); }

void SimServer::registerRoutes()
{
    using Req = const httplib::Request &;
    using Res = httplib::Response &;
    m_http.Post("/rest/login_ws", [this](Req q, Res s) { handleLogin(q, s); });
    m_http.Get("/rest/sdmk", [this](Req q, Res s) { handleSdmk(q, s); });
    m_http.Get("/rest/getBiodata", [this](Req q, Res s) { handleBiodata(q, s); });
    m_http.Get("/healthz", [this](Req q, Res s) { handleHealth(q, s); });
    m_http.Post("/admin/fault", [this](Req q, Res s) { handleAdminFault(q, s); });
    m_http.Get("/admin/fault", [this](Req q, Res s) { handleAdminFault(q, s); });
    m_http.Post("/admin/touch", [this](Req q, Res s) { handleAdminTouch(q, s); });
    // cpp-httplib answers 400 to a POST without Content-Length (`curl -X POST`); GET keeps admin easy.
    m_http.Get("/admin/touch", [this](Req q, Res s) { handleAdminTouch(q, s); });
}

void SimServer::logRequest(const httplib::Request &req, const httplib::Response &res) const
{
    const std::string rid = req.has_header("X-Request-ID") ? req.get_header_value("X-Request-ID") : "-";
    const std::string line = isoTimestamp(nowSeconds()) + " " + req.remote_addr + " " + req.method + " "
        + redactTarget(req.target) + " " + std::to_string(res.status) + " rid=" + rid + " bytes="
        + std::to_string(res.body.size()) + "\n";
    std::fputs(line.c_str(), stderr);
}

std::string SimServer::issueToken(std::int64_t expiry)
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    std::lock_guard lock(m_tokenMutex);
    std::string token = hex128(rng(), splitmix64(++m_tokenCounter));
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it->second < nowSeconds() - 3600 ? m_tokens.erase(it) : std::next(it);
    m_tokens[token] = expiry;
    return token;
}

bool SimServer::checkToken(const httplib::Request &req, httplib::Response &res)
{
    const std::string token = req.get_param_value("token");
    if (token.empty()) {
        fail(res, 401, "Token tidak ditemukan");
        return false;
    }
    std::lock_guard lock(m_tokenMutex);
    auto it = m_tokens.find(token);
    if (it == m_tokens.end()) {
        fail(res, 401, "Token tidak valid");
        return false;
    }
    if (it->second <= nowSeconds()) {
        fail(res, 401, "Token kedaluwarsa");
        return false;
    }
    return true;
}

bool SimServer::preflight(const httplib::Request &req, httplib::Response &res, bool isLogin, Fault &fault)
{
    fault = m_faults.take(isLogin);
    const int delay = m_config.latencyMs + (fault.mode == FaultMode::Latency ? fault.latencyMs : 0);
    if (delay > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    switch (fault.mode) {
    case FaultMode::ServerError:
        fail(res, fault.status, fault.status == 502 ? "Bad Gateway" : fault.status == 500 ? "Internal Server Error" : "Service Unavailable");
        return false;
    case FaultMode::TooManyRequests:
        fail(res, 429, "Terlalu banyak permintaan");
        res.set_header("Retry-After", std::to_string(fault.retryAfterS));
        return false;
    case FaultMode::ExpiredToken:
        fail(res, 401, "Token kedaluwarsa");
        return false;
    case FaultMode::Html:
        res.status = 200;
        res.set_content("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
                        "<h1>Bad Gateway</h1><p>nginx</p></body></html>\n", "text/html");
        return false;
    default:
        break;
    }
    return isLogin || checkToken(req, res);
}

// Cut-off lies in Content-Length and closes the socket; truncate sends a short but well-framed body.
void SimServer::sendJson(httplib::Response &res, std::string body, const Fault &fault)
{
    if (fault.mode == FaultMode::Truncate) {
        body.resize(body.size() / 2);
    } else if (fault.mode == FaultMode::CutOff) {
        auto shared = std::make_shared<std::string>(std::move(body));
        res.set_content_provider(shared->size(), "application/json",
                                 [shared](std::size_t offset, std::size_t length, httplib::DataSink &sink) {
                                     const std::size_t half = shared->size() / 2;
                                     if (offset >= half)
                                         return false;
                                     sink.write(shared->data() + offset, std::min(length, half - offset));
                                     return true;
                                 });
        return;
    }
    res.set_content(std::move(body), "application/json");
}

namespace {

struct PullQuery
{
    Scope scope{};
    std::uint32_t since = 0;
    std::uint64_t page = 1;
    std::uint32_t perPage = 100;
};

bool resolveScope(const Regions &regions, const std::string &raw, Scope &scope, httplib::Response &res)
{
    const std::string code = undot(raw);
    if (code.empty() || code.find_first_not_of("0123456789") != std::string::npos
        || (code.size() != 2 && code.size() != 4)) {
        fail(res, 400, "kode_wilayah harus kode provinsi atau kabupaten/kota");
        return false;
    }
    scope.province = code.size() == 2;
    scope.index = scope.province ? regions.provinceByCode(code) : regions.regencyByCode(code);
    if (scope.index < 0) {
        fail(res, 404, "Wilayah tidak ditemukan");
        return false;
    }
    return true;
}

bool parsePullQuery(const httplib::Request &req, httplib::Response &res, const Regions &regions,
                    const SimConfig &config, PullQuery &q)
{
    if (!resolveScope(regions, req.get_param_value("kode_wilayah"), q.scope, res))
        return false;
    if (req.has_param("updated_since") && !req.get_param_value("updated_since").empty()) {
        auto t = parseIsoUtc(req.get_param_value("updated_since"));
        if (!t) {
            fail(res, 400, "updated_since harus ISO 8601 UTC");
            return false;
        }
        q.since = static_cast<std::uint32_t>(std::clamp<std::int64_t>(*t, 0, UINT32_MAX));
    }
    std::uint64_t perPage = config.defaultPerPage;
    if (!paramNumber(req, "page", q.page) || !paramNumber(req, "per_page", perPage) || q.page < 1
        || q.page > (1ULL << 40) || perPage < 1) {
        fail(res, 400, "page dan per_page harus bilangan bulat positif");
        return false;
    }
    q.perPage = static_cast<std::uint32_t>(std::min<std::uint64_t>(perPage, config.maxPerPage));
    return true;
}

} // namespace

void SimServer::handleLogin(const httplib::Request &req, httplib::Response &res)
{
    Fault fault;
    if (!preflight(req, res, true, fault))
        return;
    if (!req.has_param("username") || !req.has_param("password")) {
        fail(res, 400, "username dan password wajib diisi");
        return;
    }
    if (req.get_param_value("username") != m_config.username || req.get_param_value("password") != m_config.password) {
        fail(res, 401, "Username atau password salah");
        return;
    }
    const std::int64_t expiry = nowSeconds() + m_config.tokenTtlS;
    std::string body = "{\"status\":200,\"message\":\"OK\",\"token\":";
    appendJsonString(body, issueToken(expiry));
    body.append(",\"username\":");
    appendJsonString(body, m_config.username);
    body.append(",\"expired\":\"" + plainTimestamp(expiry) + "\",\"secret_key\":\"");
    body.append(hex128(splitmix64(static_cast<std::uint64_t>(expiry)), splitmix64(m_config.data.seed)) + "\"}");
    sendJson(res, std::move(body), fault);
}

void SimServer::handleSdmk(const httplib::Request &req, httplib::Response &res)
{
    Fault fault;
    PullQuery q;
    if (!preflight(req, res, false, fault) || !parsePullQuery(req, res, m_dataset.regions(), m_config, q))
        return;
    const Slice slice = m_dataset.query(q.scope, q.since, (q.page - 1) * q.perPage, q.perPage);
    std::string body;
    body.reserve(slice.entries.size() * 1400 + 200);
    body.append("{\"status\":200,\"message\":\"OK\",");
    body.append(fault.mode == FaultMode::RenameData ? "\"items\":[" : "\"data\":[");
    const WriteOptions options{fault.mode == FaultMode::DropNik};
    for (std::size_t k = 0; k < slice.entries.size(); ++k) {
        if (k)
            body.push_back(',');
        appendRecord(body, m_dataset, slice.entries[k], options);
    }
    const bool more = q.page * q.perPage < slice.total;
    body.append("],\"paging\":{\"page\":" + std::to_string(q.page) + ",\"per_page\":" + std::to_string(q.perPage)
                + ",\"total\":" + std::to_string(slice.total)
                + ",\"next_page\":" + (more ? std::to_string(q.page + 1) : std::string("null")) + "}}");
    sendJson(res, std::move(body), fault);
}

void SimServer::handleBiodata(const httplib::Request &req, httplib::Response &res)
{
    Fault fault;
    if (!preflight(req, res, false, fault))
        return;
    const auto entry = m_dataset.findByNik(req.get_param_value("nik"));
    if (!entry) {
        fail(res, 404, "NIK tidak ditemukan");
        return;
    }
    std::string body = "{\"status\":200,\"message\":\"OK\",";
    body.append(fault.mode == FaultMode::RenameData ? "\"items\":" : "\"data\":");
    appendRecord(body, m_dataset, *entry, WriteOptions{fault.mode == FaultMode::DropNik});
    body.push_back('}');
    sendJson(res, std::move(body), fault);
}

void SimServer::handleHealth(const httplib::Request &, httplib::Response &res)
{
    int remaining = 0;
    const Fault f = m_faults.current(remaining);
    res.set_content("{\"status\":\"ok\",\"workers\":" + std::to_string(m_dataset.config().workers)
                        + ",\"seed\":" + std::to_string(m_dataset.config().seed) + ",\"fault\":\"" + faultName(f)
                        + "\",\"fault_remaining\":" + std::to_string(remaining) + "}",
                    "application/json");
}

void SimServer::handleAdminFault(const httplib::Request &req, httplib::Response &res)
{
    if (req.has_param("mode")) {
        auto fault = parseFault(req.get_param_value("mode"));
        std::uint64_t count = 0, ms = 0, retry = 2, status = 0;
        if (!fault || !paramNumber(req, "count", count) || !paramNumber(req, "ms", ms)
            || !paramNumber(req, "retry_after", retry) || !paramNumber(req, "status", status)) {
            fail(res, 400, "mode/count/ms/retry_after/status tidak valid");
            return;
        }
        fault->latencyMs = static_cast<int>(ms);
        fault->retryAfterS = static_cast<int>(retry);
        if (status >= 500 && status < 600)
            fault->status = static_cast<int>(status);
        fault->includeLogin = req.get_param_value("scope") == "all";
        m_faults.set(*fault, static_cast<int>(std::min<std::uint64_t>(count, 1U << 30)));
    }
    int remaining = 0;
    const Fault f = m_faults.current(remaining);
    res.set_content("{\"status\":200,\"message\":\"OK\",\"fault\":\"" + faultName(f) + "\",\"remaining\":"
                        + std::to_string(remaining) + "}",
                    "application/json");
}

void SimServer::handleAdminTouch(const httplib::Request &req, httplib::Response &res)
{
    std::uint64_t count = 0;
    std::int64_t at = nowSeconds();
    if (req.has_param("at")) {
        auto t = parseIsoUtc(req.get_param_value("at"));
        at = t.value_or(-1);
    }
    if (!paramNumber(req, "count", count) || at < 0 || at > UINT32_MAX) {
        fail(res, 400, "count/at tidak valid");
        return;
    }
    const auto touched = m_dataset.touch(static_cast<std::uint32_t>(std::min<std::uint64_t>(count, UINT32_MAX)),
                                         static_cast<std::uint32_t>(at));
    res.set_content("{\"status\":200,\"message\":\"OK\",\"touched\":" + std::to_string(touched) + ",\"at\":\""
                        + isoTimestamp(at) + "\"}",
                    "application/json");
}

} // namespace sim
