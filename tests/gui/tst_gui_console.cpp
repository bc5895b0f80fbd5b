// Console fixes of issue 9 part 8, through the real widgets: rows that stay put under a running feed,
// '&' in module names, the lock texts, and notes shown under "Notes and evidence".
#include "FakeClock.h"

#include "alerts/AlertConsole.h"
#include "alerts/AlertTableModel.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "incidents/IncidentDetail.h"
#include "incidents/OpenIncidentDialog.h"
#include "login/LoginDialog.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "services/DemoFeeder.h"
#include "services/IncidentService.h"
#include "services/Workspace.h"
#include "shell/MainWindow.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

namespace {
const QString kPassword = QStringLiteral("correct-horse-42");

// The visible text of a widget the way the user reads it: mnemonic markers removed, "&&" shown as "&".
QString shownText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&&" -> "&", "&x" -> "x" with an underline
        out += text.at(i);
    }
    return out;
}
} // namespace

class TestGuiConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void selectionStaysPutWhileTheFeedRuns();
    void moduleNamesKeepTheirAmpersand();
    void lockSaysWhoLockedIt();
    void notesAppearUnderNotesAndEvidence();

private:
    RaiseAlertRequest alert(int i, Module module = Module::Logistics) const;
    AlertConsole *console();

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<UiContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
};

RaiseAlertRequest TestGuiConsole::alert(int i, Module module) const
{
    RaiseAlertRequest r;
    r.severity = i % 3 == 0 ? AlertSeverity::Critical : AlertSeverity::Warning;
    r.module = module;
    r.title = QStringLiteral("Stok darah O- di bawah ambang #%1").arg(i);
    r.details = QStringLiteral("Gudang farmasi Lanud %1").arg(i);
    r.resource = QStringLiteral("depot-%1").arg(i);
    r.dedupKey = QStringLiteral("stock-low/depot-%1").arg(i);
    return r;
}

void TestGuiConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslator(*QCoreApplication::instance(), qEnvironmentVariable("MEDTRACK_TEST_LANG", QStringLiteral("id"))));
    QVERIFY(m_dir.isValid());
    WorkspaceOptions options;
    options.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(m_dir.path(), m_clock, options);
    QVERIFY2(opened.ok(), errorCodeName(opened.error().code));
    m_ws = std::move(opened).value();
    QVERIFY(m_ws->accounts().addUser(nullptr, QStringLiteral("admin"), QStringLiteral("Letkol Siti Rahma"), Role::Admin, kPassword).ok());
    for (int i = 0; i < 30; ++i) {
        QVERIFY(m_ws->alerts().raise(Session::system(), alert(i)).ok());
        m_clock.advanceMs(1000);
    }
    auto session = m_ws->accounts().login(QStringLiteral("admin"), kPassword);
    QVERIFY(session.ok());
    m_ctx = std::make_unique<UiContext>(UiContext{*m_ws, session.value(), false});
    m_window = std::make_unique<MainWindow>(*m_ctx);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showScreen(MainWindow::AlertsScreen);
}

void TestGuiConsole::cleanupTestCase()
{
    m_window.reset();
    m_ctx.reset();
    m_ws.reset();
}

AlertConsole *TestGuiConsole::console()
{
    return m_window->alertConsole();
}

void TestGuiConsole::selectionStaysPutWhileTheFeedRuns()
{
    AlertTableModel *model = console()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = console()->view();
    auto *showNew = console()->findChild<QPushButton *>(QStringLiteral("showNewAlerts"));
    QVERIFY(showNew);
    QVERIFY(!showNew->isVisible());

    // With nothing selected the feed is live: a new alert takes its place at the top.
    QVERIFY(m_ws->alerts().raise(Session::system(), alert(100)).ok());
    m_clock.advanceMs(1000);
    QTRY_COMPARE(model->alertAt(0)->title, alert(100).title);

    // The operator clicks the third row and reads it.
    const int row = 2;
    const QRect cell = view->visualRect(model->index(row, AlertTableModel::TitleCol));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    const QString readId = model->alertAt(row)->id;
    QCOMPARE(console()->selectedAlertIds(), QStringList{readId});
    auto *fields = console()->findChild<QLabel *>(QStringLiteral("alertFields"));
    QVERIFY(fields->text().contains(model->alertAt(row)->title.toHtmlEscaped()));

    // Three alerts arrive (one through the demo feeder, as in the running app), and one repeats.
    DemoFeeder feeder(*m_ws, 7);
    QVERIFY(feeder.feedOne().ok());
    m_clock.advanceMs(1000);
    for (int i : {101, 102}) {
        QVERIFY(m_ws->alerts().raise(Session::system(), alert(i)).ok());
        m_clock.advanceMs(1000);
    }
    QVERIFY(m_ws->alerts().raise(Session::system(), alert(0)).ok()); // a repeat: count goes up in place
    QTRY_VERIFY(showNew->isVisible());
    QTRY_VERIFY2(showNew->text().contains(QLatin1Char('3')), qPrintable(showNew->text()));
    // Nothing moved: the same alert is in the same row, selected, under the same pixel.
    QCOMPARE(model->alertAt(row)->id, readId);
    QCOMPARE(console()->selectedAlertIds(), QStringList{readId});
    QCOMPARE(view->indexAt(cell.center()).row(), row);
    const auto rowWithTitle = [model](const QString &title) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->alertAt(r)->title == title)
                return r;
        return -1;
    };
    QCOMPARE(rowWithTitle(alert(101).title), -1); // held back, announced
    const int repeated = rowWithTitle(alert(0).title);
    QVERIFY(repeated >= 0);
    QTRY_COMPARE(model->alertAt(repeated)->count, 2);

    // Acknowledge (the toolbar button) acts on the alert that was read.
    auto *ack = console()->findChild<QAction *>(QStringLiteral("actionAcknowledge"));
    QVERIFY(ack && ack->isEnabled());
    ack->trigger();
    auto acked = m_ws->alerts().find(readId);
    QVERIFY(acked.ok() && acked->has_value());
    QCOMPARE(acked.value()->state, AlertState::Acknowledged);
    QTRY_COMPARE(model->alertAt(row)->state, AlertState::Acknowledged);
    QCOMPARE(model->alertAt(row)->id, readId);
    int ackedCount = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        ackedCount += model->alertAt(r)->state == AlertState::Acknowledged ? 1 : 0;
    QCOMPARE(ackedCount, 1);

    // Open incident names that alert, and still acts on it after more alerts arrived.
    QVERIFY(m_ws->alerts().raise(Session::system(), alert(103)).ok());
    m_clock.advanceMs(1000);
    QTRY_VERIFY(showNew->text().contains(QLatin1Char('4')));
    auto *openAction = console()->findChild<QAction *>(QStringLiteral("actionOpenIncident"));
    openAction->trigger();
    auto *dialog = console()->findChild<OpenIncidentDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    const QString readTitle = acked.value()->title;
    QVERIFY(dialog->windowTitle().contains(readTitle));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("linkedAlerts"))->text().contains(readTitle));
    QVERIFY(m_ws->alerts().raise(Session::system(), alert(104)).ok());
    m_clock.advanceMs(1000);
    QTest::qWait(250); // the coalesced refresh runs while the dialog is up
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const QString incidentId = dialog->incidentId();
    QVERIFY(!incidentId.isEmpty());
    QCOMPARE(m_ws->incidents().find(incidentId).value()->alertIds, QStringList{readId});
    delete dialog;

    m_window->showScreen(MainWindow::AlertsScreen); // opening the incident switched to it
    // Asked for, the new alerts take their place; the selection is still the alert that was read.
    QTest::mouseClick(showNew, Qt::LeftButton);
    QVERIFY(!showNew->isVisible());
    QCOMPARE(model->alertAt(0)->title, alert(104).title);
    QCOMPARE(console()->selectedAlertIds(), QStringList{readId});
    QVERIFY(model->rowOf(readId) > row);
}

void TestGuiConsole::moduleNamesKeepTheirAmpersand()
{
    // An alert from each module with '&' in its name (both, in Indonesian and English).
    QStringList ids;
    for (Module m : {Module::Logistics, Module::HR}) {
        auto raised = m_ws->alerts().raise(Session::system(), alert(200 + int(m), m));
        QVERIFY(raised.ok());
        ids << raised->alertId;
    }
    OpenIncidentDialog dialog(*m_ctx, ids);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (Module m : {Module::Logistics, Module::HR}) {
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("module_") + toKey(m));
        QVERIFY(box);
        QVERIFY(box->isChecked()); // pre-filled from the alerts
        const QString name = UiText::module(m);
        QVERIFY2(name.contains(QLatin1Char('&')), qPrintable(name));
        QCOMPARE(shownText(box->text()), name); // "Logistik & Stok", not "Logistik _Stok"
        QVERIFY(box->shortcut().isEmpty());     // no mnemonic was made from the '&'
    }
    // The triage checklist uses the same widgets.
    m_window->showScreen(MainWindow::IncidentsScreenIndex);
    for (QCheckBox *check : m_window->findChildren<QCheckBox *>())
        if (check->objectName().startsWith(QLatin1String("triage_")))
            QVERIFY(check->shortcut().isEmpty());
}

void TestGuiConsole::lockSaysWhoLockedIt()
{
    m_window->showScreen(MainWindow::AlertsScreen);
    // Session → Lock now (Ctrl+L) asks for a lock by the user.
    QSignalSpy requested(m_window.get(), &MainWindow::lockRequested);
    QAction *lockNow = nullptr;
    for (QAction *a : m_window->menuBar()->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L))
            lockNow = a;
    QVERIFY(lockNow);
    lockNow->trigger();
    QCOMPARE(requested.count(), 1);

    const char *idleText = "The session was locked after inactivity. Sign in again to continue.";
    for (bool byUser : {true, false}) {
        m_window->setLocked(true, byUser);
        auto *page = m_window->findChild<QLabel *>(QStringLiteral("lockPage"));
        QVERIFY(page && page->isVisible());
        LoginDialog dialog(*m_ws, QString(), QStringLiteral("admin"), m_window.get());
        if (byUser)
            dialog.setLockReason(LoginDialog::LockReason::ByUser);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString subtitle = dialog.findChild<QLabel *>(QStringLiteral("subtitle"))->text();
        const QString translatedIdle = QCoreApplication::translate("mt::LoginDialog", idleText);
        if (byUser) {
            QVERIFY2(subtitle != translatedIdle, qPrintable(subtitle));
            QCOMPARE(subtitle, QCoreApplication::translate("mt::LoginDialog",
                                                           "The session was locked by the user. Sign in again to continue."));
            QCOMPARE(page->text(), QCoreApplication::translate("mt::MainWindow", "Session locked by the user."));
        } else {
            QCOMPARE(subtitle, translatedIdle);
            QCOMPARE(page->text(), QCoreApplication::translate("mt::MainWindow", "Session locked after inactivity."));
        }
        // No text of the page sits beside or behind the dialog: it is above it.
        const QRect text = page->fontMetrics().boundingRect(page->contentsRect().adjusted(24, 24, -24, -24),
                                                            int(page->alignment()) | Qt::TextWordWrap, page->text());
        const QRect textOnScreen(page->mapToGlobal(text.topLeft()), text.size());
        QVERIFY2(!textOnScreen.intersects(dialog.frameGeometry()),
                 qPrintable(QStringLiteral("text %1,%2 %3x%4 under dialog %5,%6 %7x%8")
                                .arg(textOnScreen.x()).arg(textOnScreen.y()).arg(textOnScreen.width()).arg(textOnScreen.height())
                                .arg(dialog.frameGeometry().x()).arg(dialog.frameGeometry().y())
                                .arg(dialog.frameGeometry().width()).arg(dialog.frameGeometry().height())));
    }
    m_window->setLocked(false);
}

void TestGuiConsole::notesAppearUnderNotesAndEvidence()
{
    OpenIncidentRequest r;
    r.title = QStringLiteral("Suhu cold-chain vaksin naik di Lanud Halim");
    r.severity = 2;
    r.modules = {Module::Logistics};
    auto opened = m_ws->incidents().open(m_ctx->session, r);
    QVERIFY(opened.ok());
    const QString id = opened.value();
    IncidentDetail detail(*m_ctx);
    detail.resize(700, 700);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.showIncident(id);
    auto *notes = detail.findChild<QListWidget *>(QStringLiteral("notesList"));
    QVERIFY(notes);

    const QString text = QStringLiteral("Lemari pendingin B dipindah ke genset cadangan; suhu dipantau tiap 15 menit "
                                        "oleh Serda Budi sampai teknisi datang dari depot pusat.");
    m_clock.advanceMinutes(3);
    QVERIFY(m_ws->incidents().addNote(m_ctx->session, id, text).ok());
    QVERIFY(m_ws->incidents().attachEvidence(m_ctx->session, id, {QStringLiteral("foto-suhu.jpg"), QByteArray(2048, 'x')}).ok());
    auto item = [&](const QString &needle) -> QListWidgetItem * {
        for (int i = 0; i < notes->count(); ++i)
            if (notes->item(i)->text().contains(needle))
                return notes->item(i);
        return nullptr;
    };
    QTRY_VERIFY(item(text));
    QTRY_VERIFY(item(QStringLiteral("foto-suhu.jpg")));
    const QString noteText = item(text)->text();
    QVERIFY2(noteText.contains(QStringLiteral("Letkol Siti Rahma")), qPrintable(noteText)); // the author
    QVERIFY2(noteText.contains(UiText::localTime(m_clock.nowMs(), m_ws->config().calendar.zone)), qPrintable(noteText));
    QVERIFY(item(QStringLiteral("foto-suhu.jpg"))->text().contains(QLocale().formattedDataSize(2048)));

    // Readable: the list spans the pane and a long note wraps instead of running off to the right.
    QVERIFY2(notes->width() > detail.width() * 0.8, qPrintable(QString::number(notes->width())));
    const QRect rect = notes->visualItemRect(item(text));
    QVERIFY(rect.width() <= notes->viewport()->width());
    QVERIFY2(rect.height() >= 3 * notes->fontMetrics().height(), qPrintable(QString::number(rect.height())));

    // Through the pane's own input too.
    auto *edit = detail.findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    QTest::keyClicks(edit, QStringLiteral("Teknisi tiba 10:40."));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(item(QStringLiteral("Teknisi tiba 10:40.")));
}

QTEST_MAIN(TestGuiConsole)
#include "tst_gui_console.moc"
