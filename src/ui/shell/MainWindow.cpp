// Main window: only wiring; each screen lives in its own folder.
#include "shell/MainWindow.h"

#include "alerts/AlertConsole.h"
#include "bundle/BundleActions.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "incidents/IncidentsScreen.h"
#include "sisdmkintegration/SisdmkScreens.h"
#include "services/AdminService.h"
#include "services/ErrorText.h"
#include "shell/EscalationAnnouncer.h"
#include "shell/StatusBarClock.h"
#include "hubconnection/HubConnectionDialog.h"
#include "hubconnection/HubSyncStatusWidget.h"
#include "services/HubSync.h"
#include "start/StartOfShiftPanel.h"
#include "services/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace mt {

MainWindow::MainWindow(UiContext &ctx, QWidget *parent) : QMainWindow(parent), m_ctx(ctx)
{
    const QString site = ctx.ws.config().siteName.isEmpty() ? ctx.ws.config().siteId : ctx.ws.config().siteName;
    setWindowTitle(ctx.demo ? tr("MedTrack Command Center — %1 (demo)").arg(site)
                            : tr("MedTrack Command Center — %1").arg(site));
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->addItems({tr("Start of shift"), tr("Alert console"), tr("Incidents")});
    m_nav->setFixedWidth(180);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px; }"));
    m_stack = new QStackedWidget(this);
    m_start = new StartOfShiftPanel(ctx, m_stack);
    m_alerts = new AlertConsole(ctx, m_stack);
    m_incidents = new IncidentsScreen(ctx, m_stack);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_alerts);
    m_stack->addWidget(m_incidents);
    addSisdmkScreens(ctx, m_nav, m_stack); // personnel, integration, quarantine (src/ui/integration)
    // At the top of the page, never behind the centred sign-in dialog (its ends used to peek out beside it).
    m_lockPage = new QLabel(m_stack);
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    m_lockPage->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_lockPage->setWordWrap(true);
    m_lockPage->setMargin(24);
    m_lockPage->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: #455A64;"));
    m_stack->addWidget(m_lockPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    buildMenu();
    buildStatusBar();
    m_announcer = new EscalationAnnouncer(ctx.ws.notifier(), statusBar(), this);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_start, &StartOfShiftPanel::openAlertConsole, this, [this] { showScreen(AlertsScreen); });
    connect(m_start, &StartOfShiftPanel::openIncidents, this, [this] { showScreen(IncidentsScreenIndex); });
    connect(m_alerts, &AlertConsole::incidentOpened, this, [this](const QString &id) {
        showScreen(IncidentsScreenIndex);
        m_incidents->showIncident(id);
    });
    showScreen(StartScreen);
    resize(1400, 860);
}

void MainWindow::buildMenu()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    QAction *lock = session->addAction(tr("&Lock now"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *quit = session->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    // One entry per navigation item (Alt+1..9), disabled where the item is (a screen the role may not use).
    for (int i = 0; i < m_nav->count() && i < 9; ++i) {
        const QListWidgetItem *item = m_nav->item(i);
        QAction *a = go->addAction(item->text());
        a->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        a->setEnabled(item->flags().testFlag(Qt::ItemIsEnabled));
        a->setToolTip(item->toolTip());
        connect(a, &QAction::triggered, this, [this, i] { showScreen(i); });
    }
    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    sync->setObjectName(QStringLiteral("syncMenu"));
    new BundleActions(m_ctx, this, sync); // offline bundles (src/ui/bundle)
}

void MainWindow::buildStatusBar()
{
    const AppConfig &config = m_ctx.ws.config();
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("statusUser"));
    updateSessionLabel();
    auto *site = new QLabel(tr("Site: %1").arg(config.siteName.isEmpty() ? config.siteId : config.siteName), this);
    // The start-up integrity check runs in the background (Workspace::open with deferIntegrityCheck).
    auto *database = new QLabel(m_ctx.ws.admin().integrityVerified() ? tr("Database: OK")
                                                                          : tr("Database: checking…"),
                                this);
    connect(&m_ctx.ws.notifier(), &ChangeNotifier::integrityChecked, database, [database](bool ok, const QString &msg) {
        database->setText(ok ? tr("Database: OK") : tr("Database: %1").arg(msg));
    });
    auto *sync = new QLabel(tr("Offline — local only"), this); // replaced by attachHubSync()
    sync->setObjectName(QStringLiteral("statusSync"));
    m_syncStatus = sync;
    for (QWidget *w : std::initializer_list<QWidget *>{m_user, site,
                                                       new StatusBarClock(m_ctx.ws.clock(), config.calendar.zone, this),
                                                       database, sync})
        statusBar()->addPermanentWidget(w);
}

void MainWindow::updateSessionLabel()
{
    m_user->setText(tr("%1 (%2)").arg(m_ctx.session.displayName, UiText::role(m_ctx.session.role)));
}

void MainWindow::showScreen(int index)
{
    m_nav->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

void MainWindow::setLocked(bool locked, bool byUser)
{
    m_announcer->setLocked(locked);
    m_nav->setEnabled(!locked);
    menuBar()->setEnabled(!locked);
    m_lockPage->setText(byUser ? tr("Session locked by the user.") : tr("Session locked after inactivity."));
    if (locked)
        m_stack->setCurrentWidget(m_lockPage);
    else
        m_stack->setCurrentIndex(m_nav->currentRow());
}

// Hub sync (src/ui/sync): the status-bar widget replaces the "local only" label; actions go to the Sync menu.
void MainWindow::attachHubSync(HubSync &sync)
{
    auto *widget = new HubSyncStatusWidget(sync, m_ctx.ws.config().calendar.zone, this);
    m_start->attachHubSync(sync);
    if (m_syncStatus) {
        statusBar()->removeWidget(m_syncStatus);
        m_syncStatus->deleteLater();
    }
    m_syncStatus = widget;
    statusBar()->addPermanentWidget(widget);
    auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("syncMenu"));
    if (!menu) {
        menu = menuBar()->addMenu(tr("S&ync"));
        menu->setObjectName(QStringLiteral("syncMenu"));
    }
    menu->addSeparator();
    QAction *now = menu->addAction(tr("Sync with the hub &now"));
    now->setObjectName(QStringLiteral("actionSyncNow"));
    now->setShortcut(QKeySequence(Qt::Key_F5 | Qt::SHIFT));
    connect(now, &QAction::triggered, this, [&sync] { sync.syncNow(); });
    QAction *connection = menu->addAction(tr("&Hub connection…"));
    connection->setObjectName(QStringLiteral("actionHubConnection"));
    connection->setEnabled(PermissionPolicy::allows(m_ctx.session.role, Action::SettingsManage));
    connect(connection, &QAction::triggered, this, [this, &sync] {
        auto *dialog = new HubConnectionDialog(sync, m_ctx.ws.config().siteId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace mt
