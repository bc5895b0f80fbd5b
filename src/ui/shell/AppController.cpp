// Startup flow and session lifecycle; owns Workspace, the clock, the main window and the background helpers.
#include "ui/AppController.h"

#include "common/Clock.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "firstrun/FirstRunWizard.h"
#include "login/LoginDialog.h"
#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/AdminService.h"
#include "services/DemoData.h"
#include "services/DemoFeeder.h"
#include "services/EscalationMonitor.h"
#include "services/HubSync.h"
#include "services/SisdmkService.h"
#include "services/ErrorText.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace mt {

struct AppController::Impl
{
    LaunchOptions options;
    SystemClock clock;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<UiContext> ctx;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<HubSync> hubSync; // after window: the window's sync widget refers to it
    std::unique_ptr<SisdmkService> sisdmk; // after window: the SISDMK screens refer to it
    IdleLock *idle = nullptr;
    std::unique_ptr<DemoFeeder> feeder;
    std::unique_ptr<EscalationMonitor> monitor;
};

AppController::AppController(const LaunchOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>())
{
    d->options = options;
}

AppController::~AppController()
{
    d->feeder.reset();
    d->monitor.reset();
    d->window.reset(); // screens hold references into ctx/ws
    d->hubSync.reset(); // joins the sync thread before Workspace goes
    d->sisdmk.reset();  // joins the ETL and query threads before Workspace goes
    d->ctx.reset();
}

QString AppController::demoAccountsText() const
{
    if (!d->options.demo)
        return {};
    QString text = tr("Demo mode — accounts (user / password):");
    for (const DemoUser &u : DemoData::users())
        text += QStringLiteral("\n%1 / %2 — %3").arg(u.name, u.password, UiText::role(u.role));
    return text;
}

void AppController::start()
{
    openWorkspace();
}

void AppController::openWorkspace()
{
    WorkspaceOptions options;
    options.deferIntegrityCheck = true; // the console paints while the file is checked
    options.autoBackup = true;          // daily copy in <data dir>/backups, offered if the file is ever damaged
    auto opened = Workspace::open(d->options.dataDir, d->clock, options);
    if (opened.ok()) {
        d->ws = std::move(opened).value();
        afterOpen();
        return;
    }
    const Error &e = opened.error();
    if (e.code == ErrorCode::DatabaseCorrupt) {
        offerRestore();
        return;
    }
    if (e.code == ErrorCode::DatabaseTooNew) {
        fail(tr("This database was written by a newer version of MedTrack. Install the newer version "
                "to open it; nothing was changed."));
        return;
    }
    fail(tr("The database could not be opened: %1").arg(ErrorText::message(e)));
}

void AppController::offerRestore()
{
    const QString backup = AdminService::newestBackup(d->options.dataDir);
    if (backup.isEmpty()) {
        fail(tr("The database is damaged and there is no backup to restore. The damaged file was not "
                "changed; contact the L2 team."));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Database damaged"),
                                tr("The database is damaged. The damaged file will not be written to.\n\n"
                                   "Restore the newest backup?\n%1").arg(backup));
    QPushButton *restore = box->addButton(tr("Restore backup"), QMessageBox::AcceptRole);
    box->addButton(tr("Quit"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, restore, backup] {
        if (box->clickedButton() != restore) {
            QCoreApplication::exit(1);
            return;
        }
        const Status st = AdminService::restore(d->options.dataDir, backup);
        if (!st.ok()) {
            fail(tr("The backup could not be restored: %1").arg(ErrorText::message(st)));
            return;
        }
        openWorkspace();
    });
    box->open();
}

void AppController::fail(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("MedTrack cannot start"), message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setText(tr("Quit"));
    connect(box, &QMessageBox::finished, this, [] { QCoreApplication::exit(1); });
    box->open();
}

void AppController::afterOpen()
{
    d->ctx = std::make_unique<UiContext>(UiContext{*d->ws, {}, d->options.demo});
    HubSyncOptions hub;
    hub.hubUrlOverride = d->options.hubUrl;
    d->hubSync = std::make_unique<HubSync>(*d->ws, hub); // started with the other writers
    d->sisdmk = std::make_unique<SisdmkService>(*d->ws);
    d->ctx->sisdmk = d->sisdmk.get(); // scheduler started with the other writers
    // Writers (demo seed and feeder, escalation monitor) start only once the file is known good.
    connect(&d->ws->notifier(), &ChangeNotifier::integrityChecked, this, [this](bool ok, const QString &message) {
        // Queued: the Workspace that emitted this may be torn down by integrityFailed().
        QTimer::singleShot(0, this, [this, ok, message] { ok ? startWriters() : integrityFailed(message); });
    });
    if (d->ws->admin().integrityVerified())
        startWriters();
    auto users = d->ws->accounts().userCount();
    if (users.ok() && users.value() == 0 && !d->options.demo)
        showFirstRun();
    else
        showLogin();
}

void AppController::startWriters()
{
    if (d->monitor)
        return;
    if (d->options.demo) {
        if (const Status st = DemoData::seed(*d->ws); !st.ok()) {
            fail(tr("The demo data could not be created: %1").arg(ErrorText::message(st)));
            return;
        }
        d->feeder = std::make_unique<DemoFeeder>(*d->ws, quint32(d->clock.nowMs()));
        d->feeder->start();
    }
    d->monitor = std::make_unique<EscalationMonitor>(*d->ws);
    d->monitor->start();
    if (d->sisdmk)
        d->sisdmk->start();
    if (d->hubSync) {
        d->hubSync->start();
        if (!d->options.enrolSite.isEmpty())
            d->hubSync->enrol(d->options.enrolSite, d->options.enrolCode);
    }
}

void AppController::integrityFailed(const QString &message)
{
    // Nothing was written (the file stayed query_only); close everything, then offer the backup.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            w->close();
    }
    d->feeder.reset();
    d->monitor.reset();
    d->window.reset();
    d->hubSync.reset();
    d->sisdmk.reset();
    d->ctx.reset();
    d->ws.reset();
    qWarning("start-up integrity check failed: %s", qPrintable(message));
    offerRestore(); // says the file is damaged and will not be written, offers the newest backup

}

void AppController::showFirstRun()
{
    auto *wizard = new FirstRunWizard(*d->ws);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, &AppController::showLogin);
    connect(wizard, &QDialog::rejected, this, [] { QCoreApplication::exit(0); });
    wizard->open();
}

void AppController::showLogin()
{
    auto *dialog = new LoginDialog(*d->ws, demoAccountsText());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        d->ctx->session = dialog->session();
        showMainWindow();
    });
    connect(dialog, &QDialog::rejected, this, [] { QCoreApplication::exit(0); });
    dialog->open();
}

void AppController::showMainWindow()
{
    d->window = std::make_unique<MainWindow>(*d->ctx);
    if (d->hubSync)
        d->window->attachHubSync(*d->hubSync);
    connect(d->window.get(), &MainWindow::lockRequested, this, [this] { lock(true); });
    d->idle = new IdleLock(d->ws->config().auth.idleLockMinutes, d->window.get());
    connect(d->idle, &IdleLock::idle, this, [this] { lock(false); });
    d->window->show();
}

void AppController::lock(bool byUser)
{
    if (!d->window)
        return;
    d->idle->setPaused(true);
    d->window->setLocked(true, byUser);
    const QString previous = d->ctx->session.user;
    auto *dialog = new LoginDialog(*d->ws, demoAccountsText(), previous, d->window.get());
    dialog->setLockReason(byUser ? LoginDialog::LockReason::ByUser : LoginDialog::LockReason::Inactivity);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, previous] {
        d->ctx->session = dialog->session();
        if (d->ctx->session.user != previous) {
            // Another person takes over: rebuild the screens so every permission is re-evaluated.
            showMainWindow();
            return;
        }
        d->window->setLocked(false);
        d->idle->setPaused(false);
    });
    connect(dialog, &QDialog::rejected, this, [] { QCoreApplication::exit(0); });
    dialog->open();
}

} // namespace mt
