// Start of shift (SOP step 1): database health, sync state, open critical alerts, incidents at SLA risk.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace mt {

class HubSync;
struct UiContext;

class StartOfShiftPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StartOfShiftPanel(UiContext &ctx, QWidget *parent = nullptr);
    void refresh();
    // Once the app has a hub sync controller: the sync card follows its state (otherwise "local only").
    void attachHubSync(HubSync &sync);

signals:
    void openAlertConsole();
    void openIncidents();

private:
    QLabel *addCard(QGridLayout *grid, int row, int col, const QString &title);
    void refreshIncidents();
    static void setCard(QLabel *card, const QString &text, const QString &colour);
    void refreshSync();

    UiContext &m_ctx;
    QLabel *m_database = nullptr;
    QLabel *m_sync = nullptr;
    QLabel *m_critical = nullptr;
    QLabel *m_slaRisk = nullptr;
    HubSync *m_hubSync = nullptr;
};

} // namespace mt
