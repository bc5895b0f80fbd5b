// HubSyncStatusWidget: repaints from the hub-sync service's signals; never waits on the worker.
#include "hubconnection/HubSyncStatusWidget.h"

#include "base/UiText.h"
#include "domain/ClockBound.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace mt {

HubSyncStatusWidget::HubSyncStatusWidget(HubSync &sync, SiteZone zone, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_zone(zone)
    , m_state(new QLabel(this))
    , m_last(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_rejected(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_syncNow(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusSync"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_last->setObjectName(QStringLiteral("syncLast"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_rejected->setObjectName(QStringLiteral("syncRejected"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_clock->setObjectName(QStringLiteral("syncClock"));
    m_clock->setStyleSheet(QStringLiteral("color: #E65100; font-weight: bold;"));
    m_clock->hide();
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Push this site's changes to the hub and fetch the others' now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_state, m_last, m_pending, m_rejected, m_clock, m_syncNow})
        layout->addWidget(w);
    connect(m_syncNow, &QToolButton::clicked, this, [this] { m_sync.syncNow(); });
    const auto repaint = [this] { refresh(); };
    connect(&sync, &HubSync::stateChanged, this, [this] {
        m_retryText.clear();
        refresh();
    });
    connect(&sync, &HubSync::lastSyncChanged, this, repaint);
    connect(&sync, &HubSync::pendingChanged, this, repaint);
    connect(&sync, &HubSync::rejectedChanged, this, repaint);
    connect(&sync, &HubSync::lastErrorChanged, this, repaint);
    connect(&sync, &HubSync::retrying, this, &HubSyncStatusWidget::showRetry);
    connect(&sync, &HubSync::roundFinished, this, &HubSyncStatusWidget::showClock);
    refresh();
}

// Plainly, in the status bar (issue 10): this workstation's clock is ahead of the hub's, with the whole
// sentence (what is held, what to do) in the tooltip. Cleared by the next round that finds the clock right.
void HubSyncStatusWidget::showClock(const HubSyncOutcome &o)
{
    if (!o.ok())
        return; // a failed round measured nothing
    const qint64 aheadMs = o.heldClockAhead > 0 ? o.clockAheadMs : (o.clockSkewKnown ? o.clockSkewMs : 0);
    if (o.message.isEmpty() || aheadMs <= 0) {
        m_clock->hide();
        return;
    }
    const int minutes = clockbound::minutesUp(aheadMs);
    m_clock->setText(o.heldClockAhead > 0 ? tr("Clock %n min ahead: %1 held", nullptr, minutes).arg(o.heldClockAhead)
                                          : tr("Clock %n min ahead", nullptr, minutes));
    m_clock->setToolTip(o.message);
    m_clock->show();
}

QString HubSyncStatusWidget::stateText(HubSyncState state)
{
    switch (state) {
    case HubSyncState::Online: return tr("Hub: online");
    case HubSyncState::Offline: return tr("Hub: offline");
    case HubSyncState::Syncing: return tr("Hub: syncing…");
    case HubSyncState::NotConfigured: return tr("Hub: not configured");
    case HubSyncState::NotEnrolled: return tr("Hub: not enrolled");
    }
    return {};
}

void HubSyncStatusWidget::showRetry(const HubSyncRetry &retry)
{
    m_retryText = tr("retry %1/%2 in %3 s").arg(retry.attempt).arg(retry.maxRetries).arg(double(retry.delayMs) / 1000.0, 0, 'f', 1);
    refresh();
}

void HubSyncStatusWidget::refresh()
{
    const HubSyncState state = m_sync.state();
    QString text = stateText(state);
    if (state == HubSyncState::Syncing && !m_retryText.isEmpty())
        text += QStringLiteral(" (") + m_retryText + QLatin1Char(')');
    m_state->setText(text);
    const char *colour = state == HubSyncState::Online    ? "#2E7D32"
                         : state == HubSyncState::Syncing ? "#1565C0"
                         : state == HubSyncState::Offline ? "#C62828"
                                                                      : "#6D6D6D";
    m_state->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(colour)));
    const QString error = m_sync.lastError();
    const QString tip = error.isEmpty() ? tr("Hub: %1").arg(m_sync.hubUrl().isEmpty() ? tr("none") : m_sync.hubUrl())
                                        : tr("Last error: %1").arg(error);
    for (QWidget *w : std::initializer_list<QWidget *>{this, m_state, m_last, m_pending})
        w->setToolTip(tip);
    const QDateTime last = m_sync.lastSync();
    m_last->setText(last.isValid() ? tr("Last sync: %1").arg(UiText::localTime(last.toMSecsSinceEpoch(), m_zone))
                                   : tr("Last sync: never"));
    m_pending->setText(tr("Pending: %1").arg(m_sync.pending()));
    m_rejected->setText(tr("Refused by hub: %1").arg(m_sync.rejected()));
    m_rejected->setStyleSheet(m_sync.rejected() > 0 ? QStringLiteral("color: #C62828;") : QString());
    m_rejected->setToolTip(tr("Events the hub refused; they are kept here and not sent again (see the sync log)."));
    m_syncNow->setEnabled(state != HubSyncState::Syncing && state != HubSyncState::NotConfigured);
}

} // namespace mt
