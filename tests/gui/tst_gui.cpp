// Operator flow through the real widgets: sign in, acknowledge by shortcut, open an incident, close it with evidence.
// Set MEDTRACK_SCREENSHOT_DIR to save grabs of the screens (used for docs/img).
#include "FakeClock.h"

#include "alerts/AlertConsole.h"
#include "alerts/AlertTableModel.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "incidents/CloseIncidentDialog.h"
#include "incidents/IncidentDetail.h"
#include "incidents/IncidentList.h"
#include "incidents/IncidentTableModel.h"
#include "incidents/IncidentsScreen.h"
#include "incidents/OpenIncidentDialog.h"
#include "login/LoginDialog.h"
#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QPointer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QSignalSpy>
#include <QTest>

using namespace mt;

namespace {
const QString kPassword = QStringLiteral("correct-horse-42");
}

class TestGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginThroughDialog();
    void consoleLazyLoadingAndFilters();
    void acknowledgeOpenAndCloseIncident();
    void idleLockFiresOnlyWithoutInput();

private:
    void grab(QWidget *w, const QString &name);
    QPushButton *okButton(QWidget *dialog);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<UiContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    QString m_shotDir;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shotDir = qEnvironmentVariable("MEDTRACK_SCREENSHOT_DIR");
    // The product's default language; the flow below must not depend on English labels.
    QVERIFY(installTranslator(*QCoreApplication::instance(), qEnvironmentVariable("MEDTRACK_TEST_LANG", QStringLiteral("id"))));
    QVERIFY(m_dir.isValid());
    WorkspaceOptions options;
    options.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(m_dir.path(), m_clock, options);
    QVERIFY2(opened.ok(), errorCodeName(opened.error().code));
    m_ws = std::move(opened).value();
    AppConfig config = m_ws->config();
    config.siteName = QStringLiteral("Puskesau Jakarta");
    QVERIFY(m_ws->saveConfig(config).ok());
    QVERIFY(m_ws->accounts().addUser(nullptr, QStringLiteral("admin"), QStringLiteral("Letkol Siti Rahma"), Role::Admin, kPassword).ok());

    // 450 alerts: more than two pages, so the console must fetch lazily.
    const QStringList titles = {QStringLiteral("Stok darah O- di bawah ambang"), QStringLiteral("Sinkronisasi distribusi tertunda"),
                                QStringLiteral("Suhu cold-chain vaksin naik"), QStringLiteral("Data personel tidak lengkap")};
    for (int i = 0; i < 450; ++i) {
        RaiseAlertRequest r;
        r.severity = i % 9 == 0 ? AlertSeverity::Critical : i % 3 == 0 ? AlertSeverity::Warning : AlertSeverity::Info;
        r.module = Module(i % 7);
        r.title = QStringLiteral("%1 #%2").arg(titles.at(i % titles.size())).arg(i);
        r.details = QStringLiteral("Gudang farmasi Lanud %1").arg(i % 12);
        r.resource = QStringLiteral("depot-%1").arg(i % 5);
        QVERIFY(m_ws->alerts().raise(Session::system(), r).ok());
        m_clock.advanceMs(1000);
    }
}

void TestGui::cleanupTestCase()
{
    m_window.reset();
    m_ctx.reset();
    m_ws.reset();
}

void TestGui::grab(QWidget *w, const QString &name)
{
    if (m_shotDir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(m_shotDir + QLatin1Char('/') + name));
}

QPushButton *TestGui::okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

void TestGui::loginThroughDialog()
{
    LoginDialog dialog(*m_ws, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(user && password && error);

    QTest::keyClicks(user, QStringLiteral("admin"));
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(user->text(), QStringLiteral("admin")); // kept; only the password is cleared
    QVERIFY(password->text().isEmpty());

    QTest::keyClicks(password, kPassword);
    grab(&dialog, QStringLiteral("login.png"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().user, QStringLiteral("admin"));
    QCOMPARE(dialog.session().role, Role::Admin);

    m_ctx = std::make_unique<UiContext>(UiContext{*m_ws, dialog.session(), false});
    m_window = std::make_unique<MainWindow>(*m_ctx);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGui::consoleLazyLoadingAndFilters()
{
    QVERIFY(m_window);
    m_window->showScreen(MainWindow::AlertsScreen);
    AlertConsole *console = m_window->alertConsole();
    AlertTableModel *model = console->model();
    QCOMPARE(model->totalCount(), 450);
    QCOMPARE(model->rowCount(), AlertTableModel::kPageSize); // never everything at once
    // (created after the check above: the tester itself calls fetchMore once)
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 450);

    auto *severity = console->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    severity->setCurrentIndex(severity->findText(severity->itemText(1))); // Critical
    QCOMPARE(model->totalCount(), 50);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->alertAt(row)->severity, AlertSeverity::Critical);

    auto *search = console->findChild<QLineEdit *>(QStringLiteral("alertSearch"));
    QTest::keyClicks(search, QStringLiteral("cold-chain"));
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().search == QStringLiteral("cold-chain"), 2000); // debounced
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->alertAt(row)->title.contains(QStringLiteral("cold-chain")));

    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().search.isEmpty(), 2000);
    console->view()->sortByColumn(AlertTableModel::TitleCol, Qt::AscendingOrder);
    QVERIFY(model->rowCount() > 1);
    QVERIFY(model->alertAt(0)->title <= model->alertAt(1)->title);
    console->view()->sortByColumn(AlertTableModel::RaisedCol, Qt::DescendingOrder);
}

void TestGui::acknowledgeOpenAndCloseIncident()
{
    AlertConsole *console = m_window->alertConsole();
    AlertTableModel *model = console->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = console->view();
    view->setFocus();
    view->selectRow(0);
    const QString alertId = model->alertAt(0)->id;
    QCOMPARE(model->alertAt(0)->state, AlertState::New);

    QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier); // acknowledge
    auto acked = m_ws->alerts().find(alertId);
    QVERIFY(acked.ok() && acked->has_value());
    QCOMPARE(acked.value()->state, AlertState::Acknowledged);
    QTRY_COMPARE(model->alertAt(model->rowOf(alertId))->state, AlertState::Acknowledged);
    QCOMPARE(console->selectedAlertIds(), QStringList{alertId}); // selection survives the refresh
    grab(m_window.get(), QStringLiteral("console.png"));

    QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier); // open incident from the selection
    auto *open = console->findChild<OpenIncidentDialog *>();
    QVERIFY(open && open->isVisible());
    auto *title = open->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(!title->text().isEmpty()); // pre-filled from the alert
    title->clear();
    QTest::mouseClick(okButton(open), Qt::LeftButton); // inline validation keeps the dialog open
    QVERIFY(open->isVisible());
    QTest::keyClicks(title, QStringLiteral("Stok darah O- kritis di Lanud Halim"));
    QTest::keyClicks(open->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit")),
                     QStringLiteral("Stok di bawah ambang; distribusi dari depot pusat diperlukan."));
    QTest::mouseClick(okButton(open), Qt::LeftButton);
    const QString incidentId = open->incidentId();
    QVERIFY(!incidentId.isEmpty());

    auto incident = m_ws->incidents().find(incidentId);
    QVERIFY(incident.ok() && incident->has_value());
    QVERIFY(incident.value()->alertIds.contains(alertId));
    QCOMPARE(incident.value()->status, IncidentStatus::Open);

    IncidentsScreen *screen = m_window->incidents();
    QAbstractItemModelTester incidentTester(screen->list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(screen->detail()->incidentId(), incidentId);
    QVERIFY(screen->list()->model()->rowOf(incidentId) >= 0);
    screen->detail()->findChild<QCheckBox *>(QStringLiteral("triage_check_data"))->click();
    QTRY_VERIFY(m_ws->incidents().find(incidentId).value()->checklist.value(QStringLiteral("check_data")));
    // The SLA countdown follows the (injected) clock on its own tick, with no event in between.
    IncidentTableModel *incidents = screen->list()->model();
    const auto slaText = [&](int column) {
        return incidents->index(incidents->rowOf(incidentId), column).data().toString();
    };
    const QString remainingBefore = slaText(IncidentTableModel::SlaRemainingCol);
    m_clock.advanceMinutes(95);
    const Incident opened = m_ws->incidents().find(incidentId).value().value();
    const QString remainingNow = UiText::duration(opened.slaDueAtMs - m_clock.nowMs());
    QTRY_COMPARE(slaText(IncidentTableModel::SlaRemainingCol), remainingNow);
    QVERIFY2(remainingNow != remainingBefore, qPrintable(remainingBefore));
    QCOMPARE(slaText(IncidentTableModel::SlaStateCol), UiText::slaState(m_ws->incidents().slaState(opened)));
    grab(m_window.get(), QStringLiteral("incident.png"));

    CloseIncidentDialog *close = screen->detail()->openCloseDialog();
    QVERIFY(close && close->isVisible());
    QTemporaryFile evidence(m_dir.path() + QStringLiteral("/evidence-XXXXXX.txt"));
    QVERIFY(evidence.open());
    evidence.write("Foto stok dan berita acara distribusi");
    evidence.flush();
    QVERIFY(close->addEvidenceFile(evidence.fileName()));
    auto *resolution = close->findChild<QPlainTextEdit *>(QStringLiteral("resolutionEdit"));
    QTest::keyClicks(resolution, QStringLiteral("Stok dipenuhi dari depot pusat; distribusi dikonfirmasi."));
    QTest::mouseClick(okButton(close), Qt::LeftButton); // no KB reference yet: refused inline
    QVERIFY(close->isVisible());
    QVERIFY(close->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QCOMPARE(resolution->toPlainText(), QStringLiteral("Stok dipenuhi dari depot pusat; distribusi dikonfirmasi."));
    QTest::keyClicks(close->findChild<QLineEdit *>(QStringLiteral("kbEdit")), QStringLiteral("KB-0042"));
    QPointer<CloseIncidentDialog> guard(close);
    QTest::mouseClick(okButton(close), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // accepted and deleted on close

    auto closed = m_ws->incidents().find(incidentId);
    QVERIFY(closed.ok() && closed->has_value());
    QCOMPARE(closed.value()->status, IncidentStatus::Closed);
    QCOMPARE(closed.value()->kbRef, QStringLiteral("KB-0042"));
    QVERIFY(closed.value()->evidenceCount >= 1);
    auto files = m_ws->incidents().attachments(incidentId);
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 1);
    QTRY_COMPARE(screen->list()->model()->rowOf(incidentId), -1); // open-only list drops it
}

void TestGui::idleLockFiresOnlyWithoutInput()
{
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    IdleLock lock(15);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setIntervalMs(1000);
    // Typing keeps the session alive well past the interval ...
    for (int i = 0; i < 16; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&edit, Qt::Key_A);
    }
    QCOMPARE(idle.count(), 0);
    // ... silence locks it ...
    QVERIFY(idle.wait(5000));
    QCOMPARE(idle.count(), 1);
    // ... and while the lock dialog is up (paused) nothing fires again.
    lock.setPaused(true);
    lock.setIntervalMs(100);
    lock.setPaused(true);
    QTest::qWait(400);
    QCOMPARE(idle.count(), 1);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
