// Demo mode: raises a realistic random alert every few seconds through Workspace (dedup keys make repeats).
#pragma once

#include "common/Error.h"
#include "services/Workspace.h"
#include "services/AlertService.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace mt {

class DemoFeeder : public QObject
{
    Q_OBJECT
public:
    // `seed` makes a demo run reproducible. Alerts are raised as Session::system().
    DemoFeeder(Workspace &ws, quint32 seed, QObject *parent = nullptr);

    void start(int intervalMs = 6000);
    void stop();
    bool isRunning() const;
    // Raises one alert now (what each timer tick does).
    Result<RaiseAlertResult> feedOne();
    // The request feedOne() would raise next; exposed for tests.
    RaiseAlertRequest nextRequest();

signals:
    void fed(const QString &alertId, bool deduplicated);
    void failed(const mt::Error &error);

private:
    Workspace &m_ws;
    QRandomGenerator m_rng;
    QTimer m_timer;
};

} // namespace mt
