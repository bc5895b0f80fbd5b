// Command-line configuration of the SISDMK simulator.
#pragma once

#include "Dataset.h"
#include "FaultSwitch.h"

#include <optional>
#include <string>

namespace sim {

struct SimConfig
{
    std::string host = "127.0.0.1";
    int port = 0;
    DatasetConfig data;
    std::string wilayahPath;
    std::string username = "medtrack";
    std::string password = "medtrack-sim";
    int tokenTtlS = 3600;
    int threads = 8;
    std::uint32_t maxPerPage = 1000;
    std::uint32_t defaultPerPage = 100;
    Fault fault;
    int faultCount = 0;
    int latencyMs = 0;
    bool quiet = false;
};

std::optional<SimConfig> parseArgs(int argc, char **argv, std::string &error);
std::string usage();
std::string defaultWilayahPath();

} // namespace sim
