// Entry point of sisdmk-sim: loads regions, builds the dataset index, serves the SISDMK contract.
#include "Dataset.h"
#include "Regions.h"
#include "SimConfig.h"
#include "SimServer.h"

#include <chrono>
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    for (int k = 1; k < argc; ++k) {
        if (std::strcmp(argv[k], "--help") == 0 || std::strcmp(argv[k], "-h") == 0) {
            std::fputs(sim::usage().c_str(), stdout);
            return 0;
        }
    }
    std::string error;
    const auto config = sim::parseArgs(argc, argv, error);
    if (!config) {
        std::fprintf(stderr, "sisdmk-sim: %s\n%s", error.c_str(), sim::usage().c_str());
        return 2;
    }
    const auto regions = sim::Regions::load(config->wilayahPath, error);
    if (!regions) {
        std::fprintf(stderr, "sisdmk-sim: %s\n", error.c_str());
        return 1;
    }
    const auto started = std::chrono::steady_clock::now();
    sim::Dataset dataset(*regions, config->data);
    dataset.build();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    std::fprintf(stderr, "sisdmk-sim: %u workers, %zu regencies, seed %llu, index built in %lld ms\n",
                 config->data.workers, regions->regencies().size(),
                 static_cast<unsigned long long>(config->data.seed), static_cast<long long>(ms.count()));
    sim::SimServer server(*config, dataset);
    const int port = server.bind();
    if (port <= 0) {
        std::fprintf(stderr, "sisdmk-sim: cannot listen on %s:%d\n", config->host.c_str(), config->port);
        return 1;
    }
    std::printf("listening on %s:%d\n", config->host.c_str(), port);
    std::fflush(stdout);
    return server.run() ? 0 : 1;
}
