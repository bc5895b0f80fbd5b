// httplib client wrapper with per-request timing; percentile arithmetic.
#include "BenchHttp.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace mt::bench {

double monotonicSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void Latencies::merge(const Latencies &other)
{
    m_ms.insert(m_ms.end(), other.m_ms.begin(), other.m_ms.end());
}

double Latencies::percentile(double p) const
{
    if (m_ms.empty())
        return 0;
    std::vector<double> sorted = m_ms;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double Latencies::max() const
{
    return m_ms.empty() ? 0 : *std::max_element(m_ms.begin(), m_ms.end());
}

HttpConnection::HttpConnection(quint16 port, std::string token)
    : m_client(std::make_unique<httplib::Client>("127.0.0.1", port)),
      m_auth(token.empty() ? std::string() : "Bearer " + token)
{
    m_client->set_keep_alive(true);
    m_client->set_tcp_nodelay(true); // as Alertmanager (Go's net/http) and most HTTP clients do
    m_client->set_connection_timeout(30, 0);
    m_client->set_read_timeout(300, 0); // 200 clients may queue behind the hub's worker threads
    m_client->set_write_timeout(60, 0);
}

HttpConnection::~HttpConnection() = default;

namespace {

HttpReply finish(const httplib::Result &res, double start)
{
    HttpReply r;
    r.ms = (monotonicSeconds() - start) * 1000.0;
    if (res) {
        r.status = res->status;
        r.body = res->body;
    } else {
        r.error = httplib::to_string(res.error());
    }
    return r;
}

} // namespace

HttpReply HttpConnection::post(const std::string &path, const std::string &body)
{
    httplib::Headers headers;
    if (!m_auth.empty())
        headers.emplace("Authorization", m_auth);
    const double start = monotonicSeconds();
    return finish(m_client->Post(path, headers, body, "application/json"), start);
}

HttpReply HttpConnection::get(const std::string &path)
{
    httplib::Headers headers;
    if (!m_auth.empty())
        headers.emplace("Authorization", m_auth);
    const double start = monotonicSeconds();
    return finish(m_client->Get(path, headers), start);
}

std::string tokenOf(const std::string &json)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    return o.value(QStringLiteral("token")).toString().toStdString();
}

} // namespace mt::bench
