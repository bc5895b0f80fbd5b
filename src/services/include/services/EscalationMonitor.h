// Periodic escalation: unacknowledged alerts past their threshold, incidents past their L2 share of SLA.
#pragma once

#include "common/Error.h"

#include <QObject>
#include <QTimer>

namespace mt {

class Workspace;

class EscalationMonitor : public QObject
{
    Q_OBJECT
public:
    explicit EscalationMonitor(Workspace &ws, QObject *parent = nullptr);

    void start(int intervalMs = 15000);
    void stop();
    bool isRunning() const;
    // One pass now (what each tick does): how many alerts and incidents were escalated.
    int runOnce();

signals:
    void failed(const mt::Error &error);

private:
    Workspace &m_ws;
    QTimer m_timer;
};

} // namespace mt
