// Keep-alive HTTP client of the hub benchmark, timed, and latency percentiles.
#pragma once

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace httplib {
class Client;
}

namespace mt::bench {

double monotonicSeconds();

// Nearest-rank percentiles over millisecond samples.
class Latencies
{
public:
    void add(double ms) { m_ms.push_back(ms); }
    void merge(const Latencies &other);
    double percentile(double p) const;
    double max() const;
    std::size_t count() const { return m_ms.size(); }

private:
    std::vector<double> m_ms;
};

struct HttpReply
{
    int status = 0; // 0 = no answer
    std::string body;
    double ms = 0;
    std::string error; // httplib's reason when status is 0
};

// One connection (kept alive across calls, reopened by httplib when the hub closes it).
class HttpConnection
{
public:
    HttpConnection(quint16 port, std::string token);
    ~HttpConnection();
    HttpReply post(const std::string &path, const std::string &body);
    HttpReply get(const std::string &path);

private:
    std::unique_ptr<httplib::Client> m_client;
    std::string m_auth;
};

// The "token" field of a JSON reply (enrolment), empty when absent.
std::string tokenOf(const std::string &json);

} // namespace mt::bench
