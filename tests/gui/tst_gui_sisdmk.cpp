// SISDMK screens through real widgets: personnel (masked NIK, filters, detail), integration (Sync now against
// tools/sisdmk-sim as a real process, progress, Cancel), quarantine (stewards only, mark reviewed).
// The sync tests need a secret service (dbus-run-session + gnome-keyring) and skip cleanly without one.
#include "SimProcess.h"
#include "SisdmkSeed.h"

#include "common/Clock.h"
#include "base/UiContext.h"
#include "sisdmkintegration/IntegrationScreen.h"
#include "sisdmkintegration/SyncRunsModel.h"
#include "personnel/PersonJobsModel.h"
#include "personnel/PersonnelScreen.h"
#include "personnel/PersonnelTableModel.h"
#include "quarantine/QuarantineScreen.h"
#include "quarantine/QuarantineTableModel.h"
#include "services/Workspace.h"
#include "services/QuarantineService.h"
#include "services/SisdmkService.h"
#include "shell/MainWindow.h"
#include "SideDatabase.h"
#include "sisdmk/SisdmkConfig.h"
#include "sisdmk/SisdmkCredentialStore.h"
#include "SkipOrFail.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestGuiSisdmk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void personnelMaskedForOperator();
    void personnelVisibleForSteward();
    void personnelFilters();
    void integrationDisabledWhenNotConfigured();
    void quarantineHiddenForOperator();
    void syncNowShowsProgressAndRuns();
    void cancelStopsRun();
    void quarantineMarkReviewed();

private:
    template <typename T> T *child(QWidget *w, const char *name)
    {
        auto *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    std::unique_ptr<UiContext> context(const Session &s, SisdmkService *svc)
    {
        auto ctx = std::make_unique<UiContext>(UiContext{*m_ws, s, false});
        ctx->sisdmk = svc;
        return ctx;
    }
    SisdmkConfig simConfig(const QString &region) const
    {
        SisdmkConfig c;
        c.baseUrl = m_baseUrl;
        c.regions = {region};
        c.perPage = 100;
        c.retry.baseDelayMs = 20;
        return c;
    }
    // Stores the simulator's credentials once; false (test skipped) without a secret service.
    bool ensureCredentials();
    void fault(const std::string &query)
    {
        auto res = m_sim->http().Get("/admin/fault?" + query);
        QVERIFY(res && res->status == 200);
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_side->sql());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static QStringList columnTexts(const QAbstractItemModel *m, int column)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, column).data().toString();
        return out;
    }
    void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MEDTRACK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name);
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Database> m_side;
    std::unique_ptr<SimProcess> m_sim;
    QString m_baseUrl;
    std::optional<bool> m_keychain;
    SisdmkService *m_unconfigured = nullptr;
    Session m_operator{QStringLiteral("operator1"), QStringLiteral("Operator Satu"), Role::L1Operator};
    Session m_steward{QStringLiteral("steward"), QStringLiteral("Data Steward"), Role::DataSteward};
};

void TestGuiSisdmk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    WorkspaceOptions options;
    options.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(m_dir.path(), m_clock, options);
    QVERIFY2(opened.ok(), errorCodeName(opened.error().code));
    m_ws = std::move(opened).value();
    m_side = test::sideDatabase(m_dir.path());
    QVERIFY(m_side);
    QVERIFY(sisdmkseed::seed(*m_side).ok());
    m_unconfigured = new SisdmkService(*m_ws, SisdmkConfig{}, this);
    m_unconfigured->start();
    m_sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--workers"), QStringLiteral("20000"),
                                                     QStringLiteral("--seed"), QStringLiteral("11"),
                                                     QStringLiteral("--bad-share"), QStringLiteral("0.05")});
    QVERIFY2(m_sim->isRunning(), "sisdmk-sim did not start");
    m_baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_sim->port());
}

void TestGuiSisdmk::cleanupTestCase()
{
    if (m_keychain.value_or(false)) {
        SisdmkCredentialStore store;
        bool done = false;
        store.remove(m_baseUrl, [&](const Status &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }
    delete m_unconfigured;
    m_unconfigured = nullptr;
    m_sim.reset();
    m_ws.reset();
}

bool TestGuiSisdmk::ensureCredentials()
{
    if (m_keychain)
        return *m_keychain;
    SisdmkCredentialStore store;
    std::optional<Status> written;
    store.write(m_baseUrl, {QStringLiteral("u"), QStringLiteral("p")}, [&](const Status &s) { written = s; });
    (void)QTest::qWaitFor([&] { return written.has_value(); }, 20000);
    m_keychain = written && written->ok();
    if (written && !written->ok())
        qWarning("keychain: %s", qPrintable(written->detail));
    return *m_keychain;
}

void TestGuiSisdmk::personnelMaskedForOperator()
{
    auto ctx = context(m_operator, m_unconfigured);
    PersonnelScreen screen(*ctx);
    QAbstractItemModelTester t1(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(screen.jobsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(screen.registrationsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&screen, &PersonnelScreen::pageShown);
    screen.show();
    QVERIFY(shown.wait(10000));
    QCOMPARE(screen.model()->rowCount(), 3);
    const QStringList niks = columnTexts(screen.model(), PersonnelTableModel::NikCol);
    QCOMPARE(niks.first(), QStringLiteral("327301********01"));
    for (int c = 0; c < screen.model()->columnCount(); ++c) {
        for (const QString &text : columnTexts(screen.model(), c)) {
            for (const QString &full : {sisdmkseed::kSiti, sisdmkseed::kBudi, sisdmkseed::kCitra})
                QVERIFY2(!text.contains(full), qPrintable(text));
        }
    }
    // Detail of Siti (second by name: Budi, Citra, Siti -> row 2): two jobs, one with STR and SIP.
    QSignalSpy detail(&screen, &PersonnelScreen::detailShown);
    screen.view()->setCurrentIndex(screen.model()->index(2, 0));
    QVERIFY(detail.wait(10000));
    QCOMPARE(screen.jobsModel()->rowCount(), 2);
    QCOMPARE(screen.registrationsModel()->rowCount(), 1);
    QCOMPARE(screen.registrationsModel()->index(0, PersonJobsModel::StrCol).data().toString(), QStringLiteral("STR-3205-1"));
    QCOMPARE(screen.registrationsModel()->index(0, PersonJobsModel::SipCol).data().toString(), QStringLiteral("SIP-3205-1"));
    auto *nik = child<QLabel>(&screen, "personnelDetail_nik");
    QVERIFY(nik);
    QVERIFY(nik->text().contains(QStringLiteral("320519********03")));
    QVERIFY(!nik->text().contains(sisdmkseed::kSiti));
    QCOMPARE(child<QLabel>(&screen, "personnelDetail_address")->text(), QStringLiteral("Jl. Merdeka 1"));
    shot(&screen, QStringLiteral("personnel-operator.png"));
}

void TestGuiSisdmk::personnelVisibleForSteward()
{
    auto ctx = context(m_steward, m_unconfigured);
    PersonnelScreen screen(*ctx);
    QAbstractItemModelTester t1(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&screen, &PersonnelScreen::pageShown);
    QVERIFY(shown.wait(10000));
    QCOMPARE(columnTexts(screen.model(), PersonnelTableModel::NikCol),
             (QStringList{sisdmkseed::kBudi, sisdmkseed::kCitra, sisdmkseed::kSiti}));
    QSignalSpy detail(&screen, &PersonnelScreen::detailShown);
    screen.view()->setCurrentIndex(screen.model()->index(2, 0));
    QVERIFY(detail.wait(10000));
    QCOMPARE(child<QLabel>(&screen, "personnelDetail_nik")->text(), sisdmkseed::kSiti);
}

void TestGuiSisdmk::personnelFilters()
{
    auto ctx = context(m_steward, m_unconfigured);
    PersonnelScreen screen(*ctx);
    QSignalSpy shown(&screen, &PersonnelScreen::pageShown);
    QVERIFY(shown.wait(10000));
    auto *category = child<QComboBox>(&screen, "personnelCategory");
    auto *active = child<QComboBox>(&screen, "personnelActive");
    auto *province = child<QComboBox>(&screen, "personnelProvince");
    auto *regency = child<QComboBox>(&screen, "personnelRegency");
    auto *search = child<QLineEdit>(&screen, "personnelSearch");
    QVERIFY(category && active && province && regency && search);
    QCOMPARE(category->count(), 36); // "all" + the 35 SDMK categories

    category->setCurrentIndex(category->findData(7));
    QVERIFY(shown.wait(10000));
    QCOMPARE(columnTexts(screen.model(), PersonnelTableModel::NameCol), QStringList{QStringLiteral("Citra Dewi")});
    category->setCurrentIndex(0);
    QVERIFY(shown.wait(10000));

    province->setCurrentIndex(province->findData(QStringLiteral("32")));
    QVERIFY(shown.wait(10000));
    QCOMPARE(screen.model()->rowCount(), 2);
    QVERIFY(regency->isEnabled());
    regency->setCurrentIndex(regency->findData(QStringLiteral("32.73")));
    QVERIFY(shown.wait(10000));
    QCOMPARE(columnTexts(screen.model(), PersonnelTableModel::NameCol), QStringList{QStringLiteral("Budi Santoso")});
    province->setCurrentIndex(0);
    QVERIFY(shown.wait(10000));

    active->setCurrentIndex(active->findData(0));
    QVERIFY(shown.wait(10000));
    QCOMPARE(columnTexts(screen.model(), PersonnelTableModel::NameCol), QStringList{QStringLiteral("Citra Dewi")});
    active->setCurrentIndex(0);
    QVERIFY(shown.wait(10000));

    QTest::keyClicks(search, QStringLiteral("3205")); // steward: NIK prefix
    QTRY_COMPARE_WITH_TIMEOUT(columnTexts(screen.model(), PersonnelTableModel::NameCol), QStringList{QStringLiteral("Siti Rahma")}, 10000);

    // The operator gets no partial NIK search, and is told why.
    auto opCtx = context(m_operator, m_unconfigured);
    PersonnelScreen opScreen(*opCtx);
    QSignalSpy opShown(&opScreen, &PersonnelScreen::pageShown);
    QVERIFY(opShown.wait(10000));
    QTest::keyClicks(child<QLineEdit>(&opScreen, "personnelSearch"), QStringLiteral("3205"));
    QVERIFY(opShown.wait(10000));
    QCOMPARE(opScreen.model()->rowCount(), 0);
    QVERIFY(child<QLabel>(&opScreen, "personnelStatus")->text().contains(QStringLiteral("16")));
}

void TestGuiSisdmk::integrationDisabledWhenNotConfigured()
{
    for (const Session *s : {&m_steward, &m_operator}) {
        auto ctx = context(*s, m_unconfigured);
        IntegrationScreen screen(*ctx);
        QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        screen.show();
        auto *sync = child<QPushButton>(&screen, "integrationSyncNow");
        auto *availability = child<QLabel>(&screen, "integrationAvailability");
        auto *permission = child<QLabel>(&screen, "integrationPermission");
        QVERIFY(sync && availability && permission);
        QVERIFY(!sync->isEnabled());
        QVERIFY(availability->isVisible());
        QVERIFY(availability->text().contains(QStringLiteral("base_url")));
        QVERIFY(!sync->toolTip().isEmpty());
        QCOMPARE(permission->isVisible(), s == &m_operator);
        QVERIFY(child<QLabel>(&screen, "integrationNextRun")->text().contains(QStringLiteral("none")));
        if (s == &m_steward)
            shot(&screen, QStringLiteral("integration-unconfigured.png"));
    }
}

void TestGuiSisdmk::quarantineHiddenForOperator()
{
    auto ctx = context(m_operator, m_unconfigured);
    QuarantineScreen screen(*ctx);
    QVERIFY(!screen.model());
    QVERIFY(child<QLabel>(&screen, "quarantineDenied"));
    MainWindow window(*ctx);
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QListWidgetItem *last = nav->item(nav->count() - 1);
    QVERIFY(!(last->flags() & Qt::ItemIsEnabled));
    QVERIFY(!last->toolTip().isEmpty());
    // A steward's window has the item enabled.
    auto stewardCtx = context(m_steward, m_unconfigured);
    MainWindow stewardWindow(*stewardCtx);
    auto *stewardNav = stewardWindow.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(stewardNav->count(), nav->count());
    QVERIFY(stewardNav->item(stewardNav->count() - 1)->flags() & Qt::ItemIsEnabled);
}

void TestGuiSisdmk::syncNowShowsProgressAndRuns()
{
    if (!ensureCredentials())
        MT_SKIP_OR_FAIL("no secret service (run under dbus-run-session with gnome-keyring)");
    SisdmkService svc(*m_ws, simConfig(QStringLiteral("32")));
    svc.start();
    QTRY_COMPARE_WITH_TIMEOUT(svc.availability(), SisdmkService::Availability::Ready, 20000);
    auto ctx = context(m_steward, &svc);
    IntegrationScreen screen(*ctx);
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    screen.show();
    auto *sync = child<QPushButton>(&screen, "integrationSyncNow");
    auto *cancel = child<QPushButton>(&screen, "integrationCancel");
    auto *bar = child<QProgressBar>(&screen, "integrationProgress");
    QVERIFY(sync && cancel && bar);
    QVERIFY(sync->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(svc.nextRunAt().isValid());

    QList<QPair<int, int>> seen; // (value, maximum) of the bar after each progress report
    bool cancelEnabledWhileRunning = false;
    connect(&svc, &SisdmkService::progress, this, [&] {
        seen.append({bar->value(), bar->maximum()});
        cancelEnabledWhileRunning = cancelEnabledWhileRunning || cancel->isEnabled();
    });
    // A personnel screen open during the sync: it must recount and re-read when the sync ends.
    PersonnelScreen personnel(*ctx);
    QSignalSpy shown(&personnel, &PersonnelScreen::pageShown);
    QVERIFY(shown.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&personnel, "personnelPage")->text().endsWith(QStringLiteral("of 3")), 10000);
    QSignalSpy finished(&svc, &SisdmkService::finished);
    QTest::mouseClick(sync, Qt::LeftButton);
    QVERIFY(finished.wait(180000));
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QVERIFY(seen.last().second > 1);
    QCOMPARE(seen.last().first, seen.last().second); // the last page fills the bar
    QVERIFY(cancelEnabledWhileRunning);
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QVERIFY(summary.ok());
    QTRY_VERIFY_WITH_TIMEOUT(screen.model()->rowCount() >= 1
                                 && screen.model()->index(0, SyncRunsModel::StatusCol).data().toString()
                                        == PersonnelText::runStatus(QStringLiteral("ok")),
                             10000);
    const qint64 received = summary.runs.first().received;
    QVERIFY(received > 100);
    QCOMPARE(screen.model()->index(0, SyncRunsModel::RegionCol).data().toString(), QStringLiteral("32"));
    QCOMPARE(screen.model()->index(0, SyncRunsModel::ReceivedCol).data().toString(), QLocale().toString(received));
    QVERIFY(sync->isEnabled());
    QVERIFY(!cancel->isEnabled());
    shot(&screen, QStringLiteral("integration-after-sync.png"));

    // The personnel screen now lists the pulled workers (plus the three seeded ones), counted anew.
    const QString total = QLocale().toString(scalar(QStringLiteral("SELECT COUNT(*) FROM personnel")));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&personnel, "personnelPage")->text().endsWith(QStringLiteral("of ") + total),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(personnel.model()->rowCount(), PersonnelScreen::kPageSize, 10000);
    QVERIFY(child<QPushButton>(&personnel, "personnelNext")->isEnabled());
}

void TestGuiSisdmk::cancelStopsRun()
{
    if (!ensureCredentials())
        MT_SKIP_OR_FAIL("no secret service (run under dbus-run-session with gnome-keyring)");
    fault("mode=latency&ms=400&count=0");
    SisdmkService svc(*m_ws, simConfig(QStringLiteral("35")));
    svc.start();
    QTRY_COMPARE_WITH_TIMEOUT(svc.availability(), SisdmkService::Availability::Ready, 20000);
    auto ctx = context(m_steward, &svc);
    IntegrationScreen screen(*ctx);
    auto *sync = child<QPushButton>(&screen, "integrationSyncNow");
    auto *cancel = child<QPushButton>(&screen, "integrationCancel");
    QSignalSpy progress(&svc, &SisdmkService::progress);
    QSignalSpy finished(&svc, &SisdmkService::finished);
    QTest::mouseClick(sync, Qt::LeftButton);
    QVERIFY(progress.wait(60000));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled()); // one click is enough
    QVERIFY(finished.wait(60000));
    fault("mode=none");
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QCOMPARE(summary.runs.size(), 1);
    QCOMPARE(summary.runs.first().status, QStringLiteral("cancelled"));
    QVERIFY(progress.size() < 10); // stopped long before the ~37 pages of the region
    QTRY_VERIFY_WITH_TIMEOUT(screen.model()->rowCount() >= 1
                                 && screen.model()->index(0, SyncRunsModel::StatusCol).data().toString()
                                        == PersonnelText::runStatus(QStringLiteral("cancelled")),
                             10000);
    QVERIFY(sync->isEnabled());
}

void TestGuiSisdmk::quarantineMarkReviewed()
{
    auto ctx = context(m_steward, m_unconfigured);
    QuarantineScreen screen(*ctx);
    QVERIFY(screen.model());
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&screen, &QuarantineScreen::pageShown);
    screen.show();
    QVERIFY(shown.wait(10000));
    const int before = screen.model()->rowCount();
    QVERIFY(before >= 2); // the seeded two, plus the simulator's bad records when the sync ran
    screen.view()->setCurrentIndex(screen.model()->index(0, 0));
    auto *raw = child<QPlainTextEdit>(&screen, "quarantineRaw");
    auto *reasons = child<QLabel>(&screen, "quarantineReasons");
    auto *mark = child<QPushButton>(&screen, "quarantineMarkReviewed");
    QVERIFY(raw && reasons && mark);
    QVERIFY(!raw->toPlainText().isEmpty());
    QVERIFY(!reasons->text().isEmpty());
    QVERIFY(mark->isEnabled());
    shot(&screen, QStringLiteral("quarantine.png"));
    const qint64 id = screen.model()->index(0, 0).data(QuarantineTableModel::IdRole).toLongLong();
    QTest::mouseClick(mark, Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    QCOMPARE(screen.model()->rowOf(id), -1); // "not yet reviewed only" is on by default
    const qint64 open = scalar(QStringLiteral("SELECT COUNT(*) FROM personnel_quarantine WHERE reviewed_at_ms = 0"));
    QCOMPARE(qint64(screen.model()->rowCount()), std::min<qint64>(open, QuarantineScreen::kPageSize));
    QVERIFY(before == QuarantineScreen::kPageSize || screen.model()->rowCount() == before - 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM personnel_quarantine WHERE id = %1 AND reviewed_by = 'steward'").arg(id)), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'sisdmk.quarantine_reviewed' AND actor = 'steward'")), 1);

    // Showing reviewed ones too: the entry is there, marked, and cannot be marked again.
    auto *openOnly = child<QCheckBox>(&screen, "quarantineOpenOnly");
    openOnly->setChecked(false);
    QVERIFY(shown.wait(10000));
    const int row = screen.model()->rowOf(id);
    QVERIFY(row >= 0);
    screen.view()->setCurrentIndex(screen.model()->index(row, 0));
    QVERIFY(!mark->isEnabled());
    QVERIFY(screen.model()->index(row, QuarantineTableModel::ReviewedCol).data().toString().contains(QStringLiteral("steward")));

    // The operator is refused by services, not only by the hidden screen.
    const qint64 other = scalar(QStringLiteral("SELECT MIN(id) FROM personnel_quarantine WHERE reviewed_at_ms = 0"));
    QCOMPARE(m_ws->quarantine().review(m_operator, other).code, ErrorCode::PermissionDenied);
}

QTEST_MAIN(TestGuiSisdmk)
#include "tst_gui_sisdmk.moc"
