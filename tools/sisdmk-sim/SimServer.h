// HTTP front of the SISDMK simulator: login, bulk incremental pull, biodata lookup, admin switches.
#pragma once

#include "Dataset.h"
#include "FaultSwitch.h"
#include "SimConfig.h"

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sim {

class SimServer
{
public:
    SimServer(const SimConfig &config, Dataset &dataset);
    int bind();   // the bound port, or -1
    bool run();   // blocks until stop()
    void stop();

private:
    void registerRoutes();
    void handleLogin(const httplib::Request &req, httplib::Response &res);
    void handleSdmk(const httplib::Request &req, httplib::Response &res);
    void handleBiodata(const httplib::Request &req, httplib::Response &res);
    void handleHealth(const httplib::Request &req, httplib::Response &res);
    void handleAdminFault(const httplib::Request &req, httplib::Response &res);
    void handleAdminTouch(const httplib::Request &req, httplib::Response &res);

    // Answers the request itself when the fault or the token says so; returns the fault to finish with.
    bool preflight(const httplib::Request &req, httplib::Response &res, bool isLogin, Fault &fault);
    bool checkToken(const httplib::Request &req, httplib::Response &res);
    void sendJson(httplib::Response &res, std::string body, const Fault &fault);
    std::string issueToken(std::int64_t expiry);
    void logRequest(const httplib::Request &req, const httplib::Response &res) const;

    SimConfig m_config;
    Dataset &m_dataset;
    FaultSwitch m_faults;
    httplib::Server m_http;
    std::mutex m_tokenMutex;
    std::unordered_map<std::string, std::int64_t> m_tokens;
    std::uint64_t m_tokenCounter = 0;
};

} // namespace sim
