// Where the ETL's alerts go: implemented above the sync layer (services raise them through Core).
#pragma once

#include "sisdmk/SisdmkTypes.h"

namespace mt {

class AlertSink
{
public:
    virtual ~AlertSink();
    // Called on the thread that owns the EtlController (GUI thread or the CLI's main thread).
    virtual void raise(const SyncAlert &alert) = 0;
};

} // namespace mt
