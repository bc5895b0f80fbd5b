// Thin shell: navigation list, stacked screens, status bar (user, site, local time, database, sync).
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mt {

struct UiContext;
class AlertConsole;
class HubSync;
class IncidentsScreen;
class EscalationAnnouncer;
class StartOfShiftPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(UiContext &ctx, QWidget *parent = nullptr);
    AlertConsole *alertConsole() const { return m_alerts; }
    IncidentsScreen *incidents() const { return m_incidents; }
    void showScreen(int index);
    // While locked the screens are hidden behind a lock page.
    void setLocked(bool locked, bool byUser = false);
    void updateSessionLabel();
    // Shows hub sync in the status bar and the Sync menu (`sync` must outlive the window).
    void attachHubSync(HubSync &sync);

    enum Screen { StartScreen, AlertsScreen, IncidentsScreenIndex };

signals:
    void lockRequested();

private:
    void buildStatusBar();
    void buildMenu();

    UiContext &m_ctx;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartOfShiftPanel *m_start = nullptr;
    AlertConsole *m_alerts = nullptr;
    IncidentsScreen *m_incidents = nullptr;
    QLabel *m_lockPage = nullptr;
    QLabel *m_user = nullptr;
    QWidget *m_syncStatus = nullptr;
    EscalationAnnouncer *m_announcer = nullptr;
};

} // namespace mt
