// Hub sync in the GUI, offscreen: the status-bar widget's texts, "Sync now" (button and menu), the admin dialog.
#include "HubSyncTestSupport.h"
#include "common/Clock.h"
#include "base/UiContext.h"
#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "hubsync/HubSyncController.h"
#include "services/HubSync.h"
#include "shell/MainWindow.h"
#include "hubconnection/HubConnectionDialog.h"
#include "hubconnection/HubSyncStatusWidget.h"
#include "SkipOrFail.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace mt;
using namespace mt::test;

namespace {

const QString kSite = QStringLiteral("site-g");

QString textOf(QWidget &w, const char *name)
{
    auto *label = w.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestHubSyncGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void notEnrolledThenPending();
    void enrolThroughTheDialog();
    void syncNowButtonAndMenuRunARound();
    void offlineShowsTheErrorAsTooltip();
    void clockAheadIsShownPlainly();
    void cleanupTestCase();

private:
    HubSite m_hub;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<HubSync> m_sync;
    std::unique_ptr<HubSyncStatusWidget> m_widget;
    std::unique_ptr<UiContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
};

void TestHubSyncGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!keychainWorks())
        MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
    QVERIFY(m_hub.start(kSite));
    QVERIFY(setSite(m_dir.path(), kSite));
    WorkspaceOptions o;
    o.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto ws = Workspace::open(m_dir.path(), m_clock, o);
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    QVERIFY(m_ws->accounts().addUser(nullptr, QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin,
                            QStringLiteral("admin-password-123")).ok());
    HubSyncOptions opts;
    opts.hubUrlOverride = m_hub.url();
    opts.retryBaseDelayMs = 5;
    m_sync = std::make_unique<HubSync>(*m_ws, opts);
    m_widget = std::make_unique<HubSyncStatusWidget>(*m_sync, SiteZone::WIB);
    m_widget->show();
}

void TestHubSyncGui::notEnrolledThenPending()
{
    QCOMPARE(textOf(*m_widget, "syncState"), QStringLiteral("Hub: offline")); // nothing known yet
    QCOMPARE(textOf(*m_widget, "syncLast"), QStringLiteral("Last sync: never"));
    QSignalSpy rounds(&m_sync->controller(), &HubSyncController::roundFinished);
    m_sync->start();
    QVERIFY(rounds.wait(30000));
    QCOMPARE(textOf(*m_widget, "syncState"), QStringLiteral("Hub: not enrolled"));
    RaiseAlertRequest r;
    for (int i = 0; i < 3; ++i) {
        r.title = QStringLiteral("Queued %1").arg(i);
        QVERIFY(m_ws->alerts().raise(Session::system(), r).ok());
    }
    // Local changes are recounted (debounced) without any round.
    QTRY_COMPARE_WITH_TIMEOUT(textOf(*m_widget, "syncPending"), QStringLiteral("Pending: 3"), 10000);
    QCOMPARE(textOf(*m_widget, "syncRejected"), QStringLiteral("Refused by hub: 0"));
}

void TestHubSyncGui::enrolThroughTheDialog()
{
    HubConnectionDialog dialog(*m_sync, kSite);
    dialog.show();
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(url && code && apply);
    QCOMPARE(url->text(), m_hub.url());
    code->setText(QStringLiteral("wrong-code"));
    QSignalSpy enrolled(&m_sync->controller(), &HubSyncController::enrolFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!apply->isEnabled()); // the GUI does not wait: it shows that it is enrolling
    QVERIFY(enrolled.wait(30000));
    QVERIFY(!enrolled.first().at(0).toBool());
    QVERIFY(textOf(dialog, "statusLabel").startsWith(QStringLiteral("Enrolment failed")));
    QVERIFY(apply->isEnabled());

    code->setText(m_hub.code);
    QSignalSpy rounds(&m_sync->controller(), &HubSyncController::roundFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(rounds.wait(30000));
    QCOMPARE(textOf(dialog, "statusLabel"), QStringLiteral("Enrolled. The first sync has started."));
    QCOMPARE(textOf(*m_widget, "syncState"), QStringLiteral("Hub: online"));
    QCOMPARE(textOf(*m_widget, "syncPending"), QStringLiteral("Pending: 0"));
    QVERIFY2(textOf(*m_widget, "syncLast").endsWith(QStringLiteral(" WIB")), qPrintable(textOf(*m_widget, "syncLast")));
    QVERIFY(code->text().isEmpty()); // the one-off code is not kept around
}

void TestHubSyncGui::syncNowButtonAndMenuRunARound()
{
    QSignalSpy started(&m_sync->controller(), &HubSyncController::roundStarted);
    QSignalSpy finished(&m_sync->controller(), &HubSyncController::roundFinished);
    auto *button = m_widget->findChild<QToolButton *>(QStringLiteral("syncNow"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QVERIFY(!button->isEnabled()); // "syncing": no second click into the same round
    QCOMPARE(textOf(*m_widget, "syncState"), QStringLiteral("Hub: syncing…"));
    QVERIFY(finished.wait(30000));
    QVERIFY(button->isEnabled());

    // The main window shows the same widget and offers the menu actions.
    auto session = m_ws->accounts().login(QStringLiteral("admin"), QStringLiteral("admin-password-123"));
    QVERIFY(session.ok());
    m_ctx = std::make_unique<UiContext>(UiContext{*m_ws, session.value(), false});
    m_window = std::make_unique<MainWindow>(*m_ctx);
    m_window->attachHubSync(*m_sync);
    m_window->show();
    auto *inBar = m_window->findChild<HubSyncStatusWidget *>(QStringLiteral("statusSync"));
    QVERIFY(inBar);
    QCOMPARE(textOf(*inBar, "syncState"), QStringLiteral("Hub: online"));
    // The start-of-shift card (SOP step 1) follows the same state instead of "local only".
    auto *card = m_window->findChild<QLabel *>(QStringLiteral("syncCard"));
    QVERIFY(card);
    QVERIFY2(card->text().startsWith(QStringLiteral("Hub: online · 0 pending · last sync ")), qPrintable(card->text()));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionSyncNow"));
    auto *connection = m_window->findChild<QAction *>(QStringLiteral("actionHubConnection"));
    QVERIFY(action && connection);
    QVERIFY(connection->isEnabled()); // admin
    action->trigger();
    QCOMPARE(started.size(), 2);
    QVERIFY(finished.wait(30000));
}

void TestHubSyncGui::offlineShowsTheErrorAsTooltip()
{
    m_hub.hub->stop();
    QSignalSpy finished(&m_sync->controller(), &HubSyncController::roundFinished);
    QVERIFY(m_sync->controller().syncNow());
    QVERIFY(finished.wait(30000));
    QCOMPARE(textOf(*m_widget, "syncState"), QStringLiteral("Hub: offline"));
    QVERIFY(textOf(*m_window, "syncCard").startsWith(QStringLiteral("Hub: offline · ")));
    auto *state = m_widget->findChild<QLabel *>(QStringLiteral("syncState"));
    QVERIFY2(state->toolTip().contains(QLatin1String("unreachable")), qPrintable(state->toolTip()));
}

// Issue 10: a round that found this workstation's clock ahead says so in the status bar itself (not only in
// a tooltip), and the next round with a right clock takes it away.
void TestHubSyncGui::clockAheadIsShownPlainly()
{
    auto *clock = m_widget->findChild<QLabel *>(QStringLiteral("syncClock"));
    QVERIFY(clock);
    m_widget->show();
    HubSyncOutcome held;
    held.heldClockAhead = 3;
    held.clockAheadMs = 86400000LL;
    held.message = QStringLiteral("Jam workstation ini 1440 menit lebih cepat dari hub: 3 peristiwa disimpan di sini");
    emit m_sync->roundFinished(held);
    QVERIFY(clock->isVisible());
    QVERIFY2(clock->text().contains(QStringLiteral("1440")) && clock->text().contains(QStringLiteral("3")), qPrintable(clock->text()));
    QCOMPARE(clock->toolTip(), held.message);
    HubSyncOutcome right;
    right.clockSkewKnown = true;
    right.clockSkewMs = 800;
    emit m_sync->roundFinished(right);
    QVERIFY(!clock->isVisible());
}

void TestHubSyncGui::cleanupTestCase()
{
    m_window.reset();
    m_widget.reset();
    m_sync.reset();
}

QTEST_MAIN(TestHubSyncGui)
#include "tst_hubsync_gui.moc"
