// Incident numbers in the console's Incident column, the incident list and detail; timelines paged by "Show older".
#include "FakeClock.h"

#include "alerts/AlertConsole.h"
#include "alerts/AlertDetailsPane.h"
#include "alerts/AlertTableModel.h"
#include "base/TimelineView.h"
#include "base/UiContext.h"
#include "incidents/IncidentDetail.h"
#include "incidents/IncidentList.h"
#include "incidents/IncidentTableModel.h"
#include "incidents/IncidentsScreen.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "services/Workspace.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestGuiIncidentNumbers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void consoleIncidentColumnShowsTheNumber();
    void longSiteCodesFitTheirColumns();
    void incidentListAndDetailShowTheNumber();
    void alertTimelinePagesWithShowOlder();

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<UiContext> m_ctx;
    Session m_ic{QStringLiteral("commander"), QStringLiteral("Komandan"), Role::IncidentCommander};
    QString m_linked;   // alert linked to incident JKT-0001
    QString m_repeated; // alert raised and repeated 250 times
    QString m_incident;
};

void TestGuiIncidentNumbers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslator(*QCoreApplication::instance(), QStringLiteral("id")));
    {
        QSettings ini(QDir(m_dir.path()).filePath(QStringLiteral("medtrack.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("site/id"), QStringLiteral("jkt"));
    }
    WorkspaceOptions options;
    options.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(m_dir.path(), m_clock, options);
    QVERIFY(opened.ok());
    m_ws = std::move(opened).value();
    const Session admin{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin};
    QVERIFY(m_ws->accounts().addUser(nullptr, admin.user, admin.displayName, admin.role, QStringLiteral("admin-pass-2026")).ok());
    QVERIFY(m_ws->accounts().addUser(&admin, m_ic.user, m_ic.displayName, m_ic.role, QStringLiteral("komandan-2026")).ok());
    RaiseAlertRequest r;
    r.severity = AlertSeverity::Critical;
    r.module = Module::Logistics;
    r.title = QStringLiteral("Stok darah O- di bawah ambang");
    m_linked = m_ws->alerts().raise(Session::system(), r)->alertId;
    m_clock.advanceMs(1000);
    r.title = QStringLiteral("Suhu cold-chain vaksin naik");
    r.dedupKey = QStringLiteral("cold-chain");
    for (int k = 0; k <= 250; ++k) {
        m_repeated = m_ws->alerts().raise(Session::system(), r)->alertId;
        m_clock.advanceMs(1000);
    }
    OpenIncidentRequest open;
    open.title = QStringLiteral("Stok darah kritis");
    open.severity = 2;
    open.alertIds = {m_linked};
    m_incident = m_ws->incidents().open(m_ic, open).value();
    m_ctx = std::make_unique<UiContext>(UiContext{*m_ws, m_ic, false});
}

void TestGuiIncidentNumbers::consoleIncidentColumnShowsTheNumber()
{
    AlertConsole console(*m_ctx);
    console.show();
    AlertTableModel *model = console.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int linked = model->rowOf(m_linked);
    QVERIFY(linked >= 0);
    QCOMPARE(model->index(linked, AlertTableModel::IncidentCol).data().toString(), QStringLiteral("JKT-0001"));
    QCOMPARE(model->index(model->rowOf(m_repeated), AlertTableModel::IncidentCol).data().toString(), QString());
    // Shown whole: the column is as wide as the widest number of this site (five digits), not cut "JKT-0…".
    const int needed = console.view()->fontMetrics().horizontalAdvance(QStringLiteral("JKT-99999"));
    QVERIFY2(console.view()->columnWidth(AlertTableModel::IncidentCol) > needed,
             qPrintable(QStringLiteral("%1 <= %2").arg(console.view()->columnWidth(AlertTableModel::IncidentCol)).arg(needed)));
    console.view()->selectRow(linked);
    QTRY_VERIFY(console.findChild<QLabel *>(QStringLiteral("alertFields"))->text().contains(QStringLiteral("JKT-0001")));
}

// A site code as long as the demo's ("SITE-LOCAL-0001") is shown whole in the console and the list, not cut
// to "SITE-LO…" by a fixed column width.
void TestGuiIncidentNumbers::longSiteCodesFitTheirColumns()
{
    QTemporaryDir dir;
    {
        QSettings ini(QDir(dir.path()).filePath(QStringLiteral("medtrack.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("site/id"), QStringLiteral("lanud-halim"));
    }
    WorkspaceOptions options;
    options.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(dir.path(), m_clock, options);
    QVERIFY(opened.ok());
    UiContext ctx{*opened.value(), m_ic, false};
    AlertConsole console(ctx);
    console.show();
    const int needed = console.view()->fontMetrics().horizontalAdvance(QStringLiteral("LANUD-HALIM-99999"));
    QVERIFY2(console.view()->columnWidth(AlertTableModel::IncidentCol) > needed,
             qPrintable(QStringLiteral("%1 <= %2").arg(console.view()->columnWidth(AlertTableModel::IncidentCol)).arg(needed)));
    IncidentsScreen screen(ctx);
    screen.show();
    QVERIFY(screen.list()->view()->columnWidth(IncidentTableModel::NumberCol)
            > screen.list()->view()->fontMetrics().horizontalAdvance(QStringLiteral("LANUD-HALIM-99999")));
}

void TestGuiIncidentNumbers::incidentListAndDetailShowTheNumber()
{
    IncidentsScreen screen(*m_ctx);
    screen.show();
    IncidentTableModel *model = screen.list()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model->rowOf(m_incident);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, IncidentTableModel::NumberCol).data().toString(), QStringLiteral("JKT-0001"));
    QCOMPARE(model->headerData(IncidentTableModel::NumberCol, Qt::Horizontal).toString(), QStringLiteral("Nomor"));
    const int needed = screen.list()->view()->fontMetrics().horizontalAdvance(QStringLiteral("JKT-99999"));
    QVERIFY(screen.list()->view()->columnWidth(IncidentTableModel::NumberCol) > needed);
    screen.showIncident(m_incident);
    QVERIFY(screen.detail()->findChild<QLabel *>(QStringLiteral("incidentHeader"))->text().contains(QStringLiteral("JKT-0001")));
    auto *timeline = screen.detail()->findChild<QListWidget *>(QStringLiteral("incidentTimeline"));
    QVERIFY(timeline->item(0)->text().contains(QStringLiteral("JKT-0001")));
}

void TestGuiIncidentNumbers::alertTimelinePagesWithShowOlder()
{
    AlertDetailsPane pane(*m_ctx);
    pane.show();
    pane.showAlert(m_repeated);
    auto *list = pane.findChild<QListWidget *>(QStringLiteral("alertTimeline"));
    auto *older = pane.findChild<QPushButton *>(QStringLiteral("alertTimelineOlder"));
    QVERIFY(list && older);
    QCOMPARE(list->count(), TimelineView::kPageSize); // 251 entries: only the newest page is read
    QVERIFY(older->isVisible());
    QVERIFY(older->text().contains(QStringLiteral("151")));
    QTest::mouseClick(older, Qt::LeftButton);
    QCOMPARE(list->count(), 2 * TimelineView::kPageSize);
    QTest::mouseClick(older, Qt::LeftButton);
    QCOMPARE(list->count(), 251);
    QVERIFY(!older->isVisible());
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Suhu cold-chain"))); // raised, oldest at the top
    pane.showAlert(m_repeated); // a refresh keeps what was loaded
    QCOMPARE(list->count(), 251);
    pane.showAlert(m_linked);
    QCOMPARE(list->count(), 2);
    QVERIFY(!older->isVisible());
    QVERIFY(list->item(1)->text().contains(QStringLiteral("JKT-0001")));
}

QTEST_MAIN(TestGuiIncidentNumbers)
#include "tst_gui_incidentnumbers.moc"
