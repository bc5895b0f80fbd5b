// Offline bundles through the real dialogs: trust, export at site A, import at site B, twice, tampered, L1 gating.
// Needs a secret service for the signing key (packaging/run-tests.sh); skips cleanly without one.
#include "FakeClock.h"

#include "alerts/AlertConsole.h"
#include "alerts/AlertTableModel.h"
#include "bundle/BundleActions.h"
#include "bundle/BundleTrustDialog.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportBundleDialog.h"
#include "bundle/SigningKeyFetch.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "services/BundleText.h"
#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "services/BundleService.h"
#include "services/EventLogService.h"
#include "shell/MainWindow.h"
#include "translations/Translations.h"
#include "SkipOrFail.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

namespace {

const QString kPassword = QStringLiteral("correct-horse-42");

struct Site
{
    QString id;
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<UiContext> ctx;
    std::unique_ptr<MainWindow> window;
};

QString ui(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

class TestGuiBundle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void trustEachOtherThroughDialog();
    void exportFromSiteA();
    void importIntoSiteB();
    void importTwiceSaysZeroNew();
    void tamperedAndForeignFilesAreRefused();
    void l1OperatorHasTheActionsDisabled();

private:
    void openSite(Site &site, const char *name, int aheadSeconds = 0);
    void showWindow(Site &site, Role role);
    QString ownKeyThroughDialog(Site &site);
    ImportBundleDialog *importThroughMenu(Site &site, const QString &file);
    qint64 eventCount(Site &site);
    static QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which);

    QTemporaryDir m_root;
    QString m_prefix; // keychain entries outlive the test: unique site ids per run
    Site m_a;
    Site m_b;
    QString m_file;
};

void TestGuiBundle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslator(*QCoreApplication::instance(), qEnvironmentVariable("MEDTRACK_TEST_LANG", QStringLiteral("id"))));
    QVERIFY(m_root.isValid());
    m_prefix = QStringLiteral("g%1-").arg(QRandomGenerator::global()->bounded(1'000'000));
    // Site A's clock runs 4 minutes ahead of B's (inside the 5 minutes an import accepts, tst_bundle_clock):
    // what B imports must still sort before B's next edit.
    openSite(m_a, "a", 240);
    openSite(m_b, "b");

    // Probe the keychain the way the dialogs reach it (asynchronously); no secret service: skip.
    SigningKeyFetch probe;
    std::optional<Result<BundleSigningKey>> got;
    probe.start(m_a.id, [&got](const Result<BundleSigningKey> &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 40000);
    if (!got->ok() && got->error().field == QLatin1String("keychain"))
        MT_SKIP_OR_FAIL(qPrintable(QStringLiteral("no secret service reachable (run inside dbus-run-session with an unlocked "
                                        "gnome-keyring-daemon, see packaging/run-tests.sh): ")
                         + got->error().detail));
    QVERIFY(got->ok());

    const QStringList titles = {QStringLiteral("Stok darah O- di bawah ambang (Lanud A)"),
                                QStringLiteral("Suhu cold-chain vaksin naik (Lanud A)"),
                                QStringLiteral("Sinkronisasi distribusi tertunda (Lanud A)")};
    for (int i = 0; i < titles.size(); ++i) {
        RaiseAlertRequest r;
        r.severity = i == 0 ? AlertSeverity::Critical : AlertSeverity::Warning;
        r.module = Module(i);
        r.title = titles.at(i);
        QVERIFY(m_a.ws->alerts().raise(Session::system(), r).ok());
        m_a.clock->advanceMs(1000);
    }
    m_file = m_root.filePath(QStringLiteral("a-to-b.mtb"));
}

void TestGuiBundle::openSite(Site &site, const char *name, int aheadSeconds)
{
    site.id = m_prefix + QLatin1String(name);
    site.clock = std::make_unique<FakeClock>();
    site.clock->advanceMs(qint64(aheadSeconds) * 1000);
    const QString dir = m_root.filePath(site.id);
    AppConfig config;
    config.siteId = site.id;
    QVERIFY(config.save(dir).ok());
    WorkspaceOptions options;
    options.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    auto opened = Workspace::open(dir, *site.clock, options);
    QVERIFY2(opened.ok(), errorCodeName(opened.error().code));
    site.ws = std::move(opened).value();
    QVERIFY(site.ws->accounts().addUser(nullptr, QStringLiteral("admin"), QStringLiteral("Letkol Siti Rahma"), Role::Admin, kPassword).ok());
    const Session admin{QStringLiteral("admin"), QStringLiteral("Letkol Siti Rahma"), Role::Admin};
    QVERIFY(site.ws->accounts().addUser(&admin, QStringLiteral("operator"), QStringLiteral("Serka Budi"), Role::L1Operator, kPassword).ok());
    site.ctx = std::make_unique<UiContext>(UiContext{*site.ws, admin, false});
}

void TestGuiBundle::showWindow(Site &site, Role role)
{
    site.window.reset(); // as AppController: a new person gets a new window
    site.ctx->session = role == Role::Admin
                            ? Session{QStringLiteral("admin"), QStringLiteral("Letkol Siti Rahma"), Role::Admin}
                            : Session{QStringLiteral("operator"), QStringLiteral("Serka Budi"), role};
    site.window = std::make_unique<MainWindow>(*site.ctx);
    site.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(site.window.get()));
}

void TestGuiBundle::cleanupTestCase()
{
    for (Site *s : {&m_a, &m_b}) {
        s->window.reset(); // stops the bundle worker thread before its Workspace's files go away
        s->ctx.reset();
        s->ws.reset();
    }
}

QPushButton *TestGuiBundle::button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

qint64 TestGuiBundle::eventCount(Site &site)
{
    const auto events = site.ws->events().loggedEvents(0, 1'000'000);
    return events ? events->size() : -1;
}

QString TestGuiBundle::ownKeyThroughDialog(Site &site)
{
    auto *actions = site.window->findChild<BundleActions *>();
    if (!actions)
        return {};
    actions->trustAction()->trigger();
    auto *dialog = site.window->findChild<BundleTrustDialog *>();
    if (!dialog)
        return {};
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("ownKeyEdit"));
    if (!QTest::qWaitFor([key] { return !key->text().isEmpty(); }, 40000))
        return {};
    const QString text = key->text();
    dialog->close();
    if (!QTest::qWaitFor([&site] { return !site.window->findChild<BundleTrustDialog *>(); }))
        return {};
    return text;
}

void TestGuiBundle::trustEachOtherThroughDialog()
{
    showWindow(m_a, Role::Admin);
    showWindow(m_b, Role::Admin);
    const QString keyA = ownKeyThroughDialog(m_a);
    const QString keyB = ownKeyThroughDialog(m_b);
    QVERIFY(!keyA.isEmpty());
    QVERIFY(!keyB.isEmpty());
    QVERIFY(keyA != keyB);
    QCOMPARE(QByteArray::fromBase64(keyA.toLatin1()).size(), 32);

    for (auto [at, peer, key] : {std::tuple{&m_b, &m_a, keyA}, std::tuple{&m_a, &m_b, keyB}}) {
        at->window->findChild<BundleActions *>()->trustAction()->trigger();
        auto *dialog = at->window->findChild<BundleTrustDialog *>();
        QVERIFY(dialog);
        auto *site = dialog->findChild<QLineEdit *>(QStringLiteral("peerSiteEdit"));
        auto *pk = dialog->findChild<QLineEdit *>(QStringLiteral("peerKeyEdit"));
        auto *trust = dialog->findChild<QPushButton *>(QStringLiteral("trustButton"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("peersTable"));
        QVERIFY(trust->isEnabled());
        QCOMPARE(table->rowCount(), 0);
        // A mistyped key is refused with the reason, and nothing is trusted.
        QTest::keyClicks(site, peer->id);
        QTest::keyClicks(pk, QStringLiteral("not a key"));
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
        pk->clear();
        QTest::keyClicks(pk, key);
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), peer->id);
        const auto peers = at->ws->bundles().peers();
        QVERIFY(peers.ok());
        QCOMPARE(peers->size(), 1);
        QCOMPARE(peers->first().siteId, peer->id);
        dialog->close();
        QTRY_VERIFY(!at->window->findChild<BundleTrustDialog *>());
    }
}

void TestGuiBundle::exportFromSiteA()
{
    auto *actions = m_a.window->findChild<BundleActions *>();
    QVERIFY(actions->exportAction()->isEnabled());
    actions->exportAction()->trigger();
    auto *dialog = m_a.window->findChild<ExportBundleDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *peer = dialog->findChild<QComboBox *>(QStringLiteral("peerCombo"));
    auto *all = dialog->findChild<QCheckBox *>(QStringLiteral("allCheck"));
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
    auto *busy = dialog->findChild<QProgressBar *>(QStringLiteral("busyBar"));

    // "Anyone" means everything: the toggle is forced on. The trusted peer is offered and preselected.
    QCOMPARE(peer->count(), 2);
    QCOMPARE(peer->currentData().toString(), m_b.id);
    QVERIFY(file->text().contains(m_a.id) && file->text().contains(m_b.id) && file->text().endsWith(QLatin1String(".mtb")));
    peer->setCurrentIndex(0);
    QVERIFY(all->isChecked());
    QVERIFY(!all->isEnabled());
    QVERIFY(file->text().contains(QLatin1String("-to-all-")));
    peer->setCurrentIndex(peer->findData(m_b.id));
    QVERIFY(all->isEnabled());
    QVERIFY(!all->isChecked());

    file->selectAll();
    QTest::keyClicks(file, m_file);
    QCOMPARE(file->text(), m_file);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    // The click returned before anything was written: the key comes from the keychain asynchronously.
    QVERIFY(dialog->isWorking());
    QVERIFY(busy->isVisible());
    QVERIFY(!button(dialog, QDialogButtonBox::Close)->isEnabled());
    dialog->reject(); // refused while working
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 60000);
    QVERIFY(!busy->isVisible());
    QVERIFY(QFile::exists(m_file));
    const QString text = status->text();
    QVERIFY2(text.contains(m_file) && text.contains(m_b.id), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("3")), qPrintable(text));
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto parsed = BundleFormat::parse(f.readAll());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->header.siteId, m_a.id);
    QCOMPARE(parsed->header.toSite, m_b.id);
    QCOMPARE(parsed->header.eventCount, 3);
    dialog->close();
    QTRY_VERIFY(!m_a.window->findChild<ExportBundleDialog *>());
}

ImportBundleDialog *TestGuiBundle::importThroughMenu(Site &site, const QString &file)
{
    auto *actions = site.window->findChild<BundleActions *>();
    actions->importAction()->trigger();
    auto *dialog = site.window->findChild<ImportBundleDialog *>();
    if (!dialog)
        return nullptr;
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    edit->clear();
    QTest::keyClicks(edit, file);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    return dialog;
}

void TestGuiBundle::importIntoSiteB()
{
    AlertTableModel *model = m_b.window->alertConsole()->model();
    QCOMPARE(model->totalCount(), 0);
    QSignalSpy changed(&m_b.ws->notifier(), &ChangeNotifier::alertsChanged);
    auto *dialog = importThroughMenu(m_b, m_file);
    QVERIFY(dialog);
    QVERIFY(dialog->isWorking()); // the import runs on the worker thread, not inside the click
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 60000);
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(text.contains(ui("mt::ImportBundleDialog", "New events: %1").arg(3)), qPrintable(text));
    QVERIFY2(text.contains(ui("mt::ImportBundleDialog", "Already here: %1").arg(0)), qPrintable(text));
    QVERIFY2(text.contains(m_a.id), qPrintable(text));
    // The console refreshes through the Workspace notifier: the alerts of site A are there.
    QVERIFY(changed.count() >= 1);
    QTRY_COMPARE(model->totalCount(), 3);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int col = 0; col < model->columnCount(); ++col)
            found = found || model->index(row, col).data().toString().contains(QLatin1String("Stok darah O-"));
    }
    QVERIFY(found);
    // The GUI's Workspace merged the imported clocks: its next local event sorts after them.
    RaiseAlertRequest r;
    r.title = QStringLiteral("local at B after the import");
    QVERIFY(m_b.ws->alerts().raise(Session::system(), r).ok());
    const auto events = m_b.ws->events().loggedEvents(0, 100);
    QVERIFY(events.ok());
    for (const LoggedEvent &e : events.value())
        QVERIFY(e.event.hlc <= events->last().event.hlc);
    dialog->close();
    QTRY_VERIFY(!m_b.window->findChild<ImportBundleDialog *>());
}

void TestGuiBundle::importTwiceSaysZeroNew()
{
    const qint64 before = eventCount(m_b);
    auto *dialog = importThroughMenu(m_b, m_file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 60000);
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(text.contains(ui("mt::ImportBundleDialog", "New events: %1").arg(0)), qPrintable(text));
    QVERIFY2(text.contains(ui("mt::ImportBundleDialog", "Already here: %1").arg(3)), qPrintable(text));
    QCOMPARE(eventCount(m_b), before);
    QTRY_COMPARE(m_b.window->alertConsole()->model()->totalCount(), 4);
    dialog->close();
    QTRY_VERIFY(!m_b.window->findChild<ImportBundleDialog *>());
}

void TestGuiBundle::tamperedAndForeignFilesAreRefused()
{
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("Stok darah");
    QVERIFY(at > 0);
    bytes[at] = 'X'; // one byte of one event changed
    const QString tampered = m_root.filePath(QStringLiteral("tampered.mtb"));
    const QString notBundle = m_root.filePath(QStringLiteral("notes.txt"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QFile other(notBundle);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("shopping list\n");
    other.close();

    // A fresh site C that trusts nobody: A's genuine bundle is refused there as untrusted.
    Site c;
    openSite(c, "c");
    showWindow(c, Role::Admin);
    const struct
    {
        Site *site;
        QString file;
        Error reason;
    } cases[] = {
        {&m_b, tampered, Error::make(ErrorCode::Validation, QStringLiteral("bundle"), QStringLiteral("bad_signature"))},
        {&m_b, notBundle, Error::make(ErrorCode::Validation, QStringLiteral("bundle"), QStringLiteral("not_a_bundle"))},
        {&c, m_file, Error::make(ErrorCode::PermissionDenied, QStringLiteral("bundle"), QStringLiteral("untrusted_site:") + m_a.id)},
    };
    for (const auto &tc : cases) {
        const qint64 before = eventCount(*tc.site);
        auto *dialog = importThroughMenu(*tc.site, tc.file);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 60000);
        const QString text = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QCOMPARE(text, BundleText::message(tc.reason));
        QCOMPARE(eventCount(*tc.site), before);
        dialog->close();
        QTRY_VERIFY(!tc.site->window->findChild<ImportBundleDialog *>());
    }
    c.window.reset();
    c.ctx.reset();
    c.ws.reset();
}

void TestGuiBundle::l1OperatorHasTheActionsDisabled()
{
    showWindow(m_b, Role::L1Operator);
    auto *exportAction = m_b.window->findChild<QAction *>(QStringLiteral("actionExportBundle"));
    auto *importAction = m_b.window->findChild<QAction *>(QStringLiteral("actionImportBundle"));
    auto *trustAction = m_b.window->findChild<QAction *>(QStringLiteral("actionBundleTrust"));
    QVERIFY(exportAction && importAction && trustAction);
    for (QAction *a : {exportAction, importAction, trustAction}) {
        QVERIFY(!a->isEnabled());
        QVERIFY2(a->toolTip().contains(UiText::role(Role::Admin)), qPrintable(a->toolTip()));
        QVERIFY2(!a->toolTip().contains(UiText::role(Role::L1Operator)), qPrintable(a->toolTip()));
    }
    exportAction->trigger();
    importAction->trigger();
    QVERIFY(!m_b.window->findChild<ExportBundleDialog *>());
    QVERIFY(!m_b.window->findChild<ImportBundleDialog *>());
    // Even a dialog built directly refuses to run for this role (Workspace checks again as well).
    ImportBundleDialog direct(*m_b.ctx, *m_b.window->findChild<BundleActions *>()->runner());
    auto *edit = direct.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    QTest::keyClicks(edit, m_file);
    QVERIFY(!button(&direct, QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestGuiBundle)
#include "tst_gui_bundle.moc"
