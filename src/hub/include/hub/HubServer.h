// The HTTP(S) front of medtrack-hub: routes of API v1, request ids, logging, metrics.
#pragma once

#include "common/Error.h"
#include "hub/HubConfig.h"

#include <memory>

namespace mt {

class Clock;
class HubDatabase;

class HubServer
{
public:
    HubServer(const HubConfig &config, HubDatabase &db, const Clock &clock);
    ~HubServer();
    HubServer(const HubServer &) = delete;
    HubServer &operator=(const HubServer &) = delete;

    // Binds config.host:config.port (0 = any free port); returns the bound port.
    Result<quint16> bind();
    // Serves until stop(); handler threads each use their own database connection.
    void run();
    // Safe from any thread.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mt
