// Status-bar widget of hub sync: state, last sync (site zone), pending and refused counts, "Sync now".
#pragma once

#include "domain/Types.h"
#include "services/HubSync.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace mt {

class HubSyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    HubSyncStatusWidget(HubSync &sync, SiteZone zone, QWidget *parent = nullptr);

    static QString stateText(HubSyncState state);

private:
    void refresh();
    void showRetry(const HubSyncRetry &retry);
    void showClock(const HubSyncOutcome &o);

    HubSync &m_sync;
    SiteZone m_zone;
    QLabel *m_state;
    QLabel *m_last;
    QLabel *m_pending;
    QLabel *m_rejected;
    QLabel *m_clock; // shown while this workstation's clock is ahead of the hub's
    QToolButton *m_syncNow;
    QString m_retryText;
};

} // namespace mt
