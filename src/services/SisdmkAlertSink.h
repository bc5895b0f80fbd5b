// Raises the SISDMK ETL's alerts as ordinary console alerts through Workspace (as the system actor).
#pragma once

#include "sisdmk/AlertSink.h"

namespace mt {

class Workspace;

class SisdmkAlertSink final : public AlertSink
{
public:
    explicit SisdmkAlertSink(Workspace &ws) : m_ws(ws) {}
    void raise(const SyncAlert &alert) override;

private:
    Workspace &m_ws;
};

} // namespace mt
