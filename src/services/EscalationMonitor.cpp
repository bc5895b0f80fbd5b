// EscalationMonitor: a GUI-thread timer that asks Core to escalate whatever is due.
#include "services/EscalationMonitor.h"

#include "services/Core.h"

namespace mt {

EscalationMonitor::EscalationMonitor(Core &core, QObject *parent)
    : QObject(parent)
    , m_core(core)
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
    const Result<int> alerts = m_core.escalateDueAlerts();
    if (alerts)
        total += alerts.value();
    else
        emit failed(alerts.error());
    const Result<int> incidents = m_core.escalateDueIncidents();
    if (incidents)
        total += incidents.value();
    else
        emit failed(incidents.error());
    return total;
}

} // namespace mt
