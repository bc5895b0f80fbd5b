// Hand-built JSON for one SISDMK person record (no DOM: the simulator must serve fast).
#pragma once

#include "Dataset.h"

#include <string>
#include <string_view>

namespace sim {

struct WriteOptions
{
    bool dropNik = false;   // the "schema change" fault
};

void appendJsonString(std::string &out, std::string_view text);
void appendRecord(std::string &out, const Dataset &ds, const Entry &entry, const WriteOptions &options);

} // namespace sim
