// A locked workstation keeps escalating in the background but shows nobody what the alert is about.
#include "FakeClock.h"

#include "base/UiContext.h"
#include "login/LoginDialog.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "services/Workspace.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestGuiLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void escalationWhileLockedShowsNoTitle();
    void signInSaysWhatKeepsRunning();

private:
    QString raiseCritical(const QString &title);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<UiContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    Session m_admin{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin};
};

void TestGuiLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    WorkspaceOptions options;
    options.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(m_dir.path(), m_clock, options);
    QVERIFY(opened.ok());
    m_ws = std::move(opened).value();
    QVERIFY(m_ws->accounts().addUser(nullptr, m_admin.user, m_admin.displayName, m_admin.role,
                                     QStringLiteral("admin-password-2026")).ok());
    m_ctx = std::make_unique<UiContext>(UiContext{*m_ws, m_admin, false});
    m_window = std::make_unique<MainWindow>(*m_ctx);
    m_window->show();
}

QString TestGuiLock::raiseCritical(const QString &title)
{
    RaiseAlertRequest r;
    r.severity = AlertSeverity::Critical;
    r.module = Module::Logistics;
    r.title = title;
    const auto raised = m_ws->alerts().raise(Session::system(), r);
    return raised ? raised->alertId : QString();
}

void TestGuiLock::escalationWhileLockedShowsNoTitle()
{
    QStatusBar *bar = m_window->statusBar();
    // Unlocked: the operator at the console reads what escalated.
    const QString open = raiseCritical(QStringLiteral("Suhu cold room RSAU Halim 12 C"));
    QVERIFY(!open.isEmpty());
    QVERIFY(m_ws->alerts().escalate(m_admin, open).ok());
    QVERIFY2(bar->currentMessage().contains(QLatin1String("Halim")), qPrintable(bar->currentMessage()));

    // Locked: the message already shown goes, and a new escalation names nothing.
    m_window->setLocked(true);
    QVERIFY2(!bar->currentMessage().contains(QLatin1String("Halim")), qPrintable(bar->currentMessage()));
    const QString secret = raiseCritical(QStringLiteral("Stok morfin Lanud Iswahjudi habis"));
    m_clock.advanceMinutes(10); // past the critical threshold: the monitor's pass escalates it
    const auto escalated = m_ws->alerts().escalateDue();
    QVERIFY(escalated.ok());
    QCOMPARE(escalated.value(), 1);
    QVERIFY(!bar->currentMessage().isEmpty()); // still noticed at the locked screen
    QVERIFY2(!bar->currentMessage().contains(QLatin1String("morfin")), qPrintable(bar->currentMessage()));

    // Unlocked again: titles come back for what escalates next.
    m_window->setLocked(false);
    const QString later = raiseCritical(QStringLiteral("Genset RSAU Esnawan mati"));
    QVERIFY(m_ws->alerts().escalate(m_admin, later).ok());
    QVERIFY2(bar->currentMessage().contains(QLatin1String("Genset")), qPrintable(bar->currentMessage()));
}

void TestGuiLock::signInSaysWhatKeepsRunning()
{
    for (const QString &locked : {QString(), m_admin.user}) { // at start, and at a locked session
        LoginDialog dialog(*m_ws, QString(), locked);
        dialog.show();
        auto *line = dialog.findChild<QLabel *>(QStringLiteral("backgroundLabel"));
        QVERIFY(line && line->isVisible());
        QVERIFY2(line->text().contains(QLatin1String("hub")) && line->text().contains(QLatin1String("SISDMK"))
                     && line->text().contains(QLatin1String("escalating")),
                 qPrintable(line->text()));
    }
}

QTEST_MAIN(TestGuiLock)
#include "tst_gui_lock.moc"
