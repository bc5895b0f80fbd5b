// Raises the SISDMK ETL's alerts as ordinary console alerts through Core (as the system actor).
#pragma once

#include "sisdmk/AlertSink.h"

namespace mt {

class Core;

class SisdmkAlertSink final : public AlertSink
{
public:
    explicit SisdmkAlertSink(Core &core) : m_core(core) {}
    void raise(const SyncAlert &alert) override;

private:
    Core &m_core;
};

} // namespace mt
