// EscalationMonitor: a GUI-thread timer that asks Workspace to escalate whatever is due.
#include "services/EscalationMonitor.h"

#include "services/Workspace.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"

namespace mt {

EscalationMonitor::EscalationMonitor(Workspace &ws, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

void EscalationMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void EscalationMonitor::stop()
{
    m_timer.stop();
}

bool EscalationMonitor::isRunning() const
{
    return m_timer.isActive();
}

int EscalationMonitor::runOnce()
{
    int total = 0;
    const Result<int> alerts = m_ws.alerts().escalateDue();
    if (alerts)
        total += alerts.value();
    else
        emit failed(alerts.error());
    const Result<int> incidents = m_ws.incidents().escalateDue();
    if (incidents)
        total += incidents.value();
    else
        emit failed(incidents.error());
    return total;
}

} // namespace mt
