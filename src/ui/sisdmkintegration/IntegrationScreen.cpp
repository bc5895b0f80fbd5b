// IntegrationScreen: reads SisdmkService state and the run audit (query thread); Sync now / Cancel go to services.
#include "sisdmkintegration/IntegrationScreen.h"

#include "base/UiContext.h"
#include "base/UiText.h"
#include "sisdmkintegration/SyncRunsModel.h"
#include "services/ErrorText.h"
#include "services/SisdmkService.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

IntegrationScreen::IntegrationScreen(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("integrationScreen"));
    SisdmkService &svc = *ctx.sisdmk;
    m_model = new SyncRunsModel(ctx.ws.config().calendar.zone, this);
    m_availability = new QLabel(this);
    m_availability->setObjectName(QStringLiteral("integrationAvailability"));
    m_availability->setWordWrap(true);
    m_availability->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 8px; }"));
    m_config = new QLabel(this);
    m_config->setObjectName(QStringLiteral("integrationConfig"));
    m_config->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_config->setWordWrap(true);
    m_nextRun = new QLabel(this);
    m_nextRun->setObjectName(QStringLiteral("integrationNextRun"));
    m_sync = new QPushButton(tr("Sync now"), this);
    m_sync->setObjectName(QStringLiteral("integrationSyncNow"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("integrationCancel"));
    m_permission = new QLabel(this);
    m_permission->setObjectName(QStringLiteral("integrationPermission"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("integrationProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("integrationProgressText"));
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("integrationErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("integrationRuns"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // at most 50 rows
    m_view->setAlternatingRowColors(true);

    m_config->setText(tr("Source: %1 — regions: %2 — every %3 h — a run longer than %4 min raises a warning")
                          .arg(svc.baseUrl().isEmpty() ? tr("(not set)") : svc.baseUrl(),
                               svc.regions().isEmpty() ? tr("(not set)") : svc.regions().join(QStringLiteral(", ")))
                          .arg(svc.intervalHours())
                          .arg(svc.maxRunMinutes()));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *syncBox = new QGroupBox(tr("Synchronisation"), this);
    auto *syncLayout = new QVBoxLayout(syncBox);
    syncLayout->addWidget(m_config);
    syncLayout->addWidget(m_nextRun);
    syncLayout->addLayout(buttons);
    syncLayout->addWidget(m_progressText);
    syncLayout->addWidget(m_permission);
    auto *errorBox = new QGroupBox(tr("Errors"), this);
    auto *errorLayout = new QVBoxLayout(errorBox);
    errorLayout->addWidget(m_errors);
    auto *runsBox = new QGroupBox(tr("Last runs (integration audit log)"), this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>SISDMK integration</h2>"), this));
    layout->addWidget(m_availability);
    layout->addWidget(syncBox);
    layout->addWidget(errorBox);
    layout->addWidget(runsBox, 1);

    connectService();
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, &IntegrationScreen::updateState);
    tick->start();
    updateState();
    refreshRuns();
}

void IntegrationScreen::connectService()
{
    SisdmkService &svc = *m_ctx.sisdmk;
    connect(m_sync, &QPushButton::clicked, this, &IntegrationScreen::syncNow);
    connect(m_cancel, &QPushButton::clicked, this, &IntegrationScreen::cancel);
    connect(&svc, &SisdmkService::availabilityChanged, this, &IntegrationScreen::updateState);
    connect(&svc, &SisdmkService::started, this, [this] {
        m_lastCannotStart.clear();
        m_progress->setRange(0, 0); // busy until the first page says how many there are
        m_progressText->setText(tr("Signing in to SISDMK…"));
        updateState();
        refreshRuns();
    });
    connect(&svc, &SisdmkService::progress, this, &IntegrationScreen::onProgress);
    connect(&svc, &SisdmkService::runFinished, this, [this] { refreshRuns(); });
    connect(&svc, &SisdmkService::finished, this, [this](const SyncSummary &s) {
        m_cancelling = false;
        m_progress->setRange(0, 1);
        m_progress->setValue(s.ok() ? 1 : 0);
        qint64 received = 0;
        for (const EtlRunRecord &r : s.runs)
            received += r.received;
        const bool cancelled = std::any_of(s.runs.cbegin(), s.runs.cend(), [](const EtlRunRecord &r) {
            return r.status == QLatin1String("cancelled");
        });
        m_progressText->setText(s.ok()      ? tr("Last sync finished: %1 records received.").arg(QLocale().toString(received))
                                : cancelled ? tr("The sync was cancelled; the pages stored stay and the next run resumes there.")
                                            : tr("Last sync did not finish: see the runs and errors below."));
        updateState();
        refreshRuns();
    });
    connect(&svc, &SisdmkService::cannotStart, this, [this](const QString &message) {
        m_lastCannotStart = message;
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressText->setText(tr("The sync could not start."));
        updateState();
    });
    connect(&svc.queries(), &PersonnelQueries::runsReady, this, &IntegrationScreen::onRuns);
}

void IntegrationScreen::refreshRuns()
{
    m_runsRefreshed.start();
    m_ctx.sisdmk->queries().runs(50);
}

void IntegrationScreen::onRuns(const RunsResult &r)
{
    if (r.error) {
        m_errors->setText(tr("The run history could not be read: %1").arg(ErrorText::message(*r.error)));
        return;
    }
    m_rawBodies = r.rawBodies;
    m_model->setRuns(r.runs, m_ctx.sisdmk->isRunning());
    updateState();
    emit runsShown();
}

void IntegrationScreen::updateState()
{
    SisdmkService &svc = *m_ctx.sisdmk;
    const bool ready = svc.availability() == SisdmkService::Availability::Ready;
    const bool allowed = SisdmkService::maySync(m_ctx.session);
    const bool running = svc.isRunning();
    m_availability->setText(svc.availabilityMessage());
    m_availability->setVisible(!ready);
    const QDateTime next = svc.nextRunAt();
    const SiteZone zone = m_ctx.ws.config().calendar.zone;
    m_nextRun->setText(running               ? tr("Next scheduled run: after the one in progress")
                       : next.isValid()      ? tr("Next scheduled run: %1").arg(UiText::localTime(next.toMSecsSinceEpoch(), zone))
                       : tr("Next scheduled run: none (SISDMK is not configured)"));
    m_sync->setEnabled(allowed && ready && !running);
    m_cancel->setEnabled(allowed && running && !m_cancelling);
    m_permission->setVisible(!allowed);
    m_permission->setText(tr("Only data stewards and administrators can start or cancel a sync."));
    const QString reason = !allowed ? m_permission->text() : !ready ? svc.availabilityMessage() : QString();
    m_sync->setToolTip(reason);
    m_cancel->setToolTip(reason);

    QStringList errors;
    if (!m_lastCannotStart.isEmpty())
        errors << tr("Could not start: %1").arg(m_lastCannotStart);
    int shown = 0;
    for (int row = 0; row < m_model->rowCount() && shown < 3; ++row) {
        const EtlRunRecord *r = m_model->runAt(row);
        if (r->status == QLatin1String("failed") && !r->error.isEmpty()) {
            errors << tr("%1, region %2: %3").arg(UiText::localTime(r->startedAtMs, zone), r->region, r->error);
            ++shown;
        }
    }
    if (m_rawBodies > 0)
        errors << tr("%n answer(s) with a changed format kept for the administrator (sisdmk_raw_bodies).", nullptr,
                     int(std::min<qint64>(m_rawBodies, INT_MAX)));
    m_errors->setText(errors.isEmpty() ? tr("No errors.") : errors.join(QLatin1Char('\n')));
}

void IntegrationScreen::onProgress(const SyncProgress &p)
{
    // The run row's counters grow page by page; re-read them now and then, not on every page.
    if (!m_runsRefreshed.isValid() || m_runsRefreshed.elapsed() > 2000)
        refreshRuns();
    const QLocale locale;
    if (p.totalPages > 0) {
        m_progress->setRange(0, int(std::min<qint64>(p.totalPages, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(p.pages, p.totalPages)));
    }
    m_progressText->setText(tr("Region %1: page %2 of %3, %4 of %5 records")
                                .arg(p.region, locale.toString(p.pages),
                                     p.totalPages > 0 ? locale.toString(p.totalPages) : tr("?"),
                                     locale.toString(p.rows), locale.toString(p.totalRows)));
}

void IntegrationScreen::syncNow()
{
    const Status st = m_ctx.sisdmk->syncNow(m_ctx.session);
    if (!st.ok()) {
        m_progressText->setText(st.code == ErrorCode::Validation ? m_ctx.sisdmk->availabilityMessage()
                                                                 : ErrorText::message(st));
        return;
    }
    m_progressText->setText(tr("Reading the credentials from the keychain…"));
    m_sync->setEnabled(false);
}

void IntegrationScreen::cancel()
{
    const Status st = m_ctx.sisdmk->cancel(m_ctx.session);
    if (!st.ok()) {
        m_progressText->setText(ErrorText::message(st));
        return;
    }
    m_cancelling = true;
    m_progressText->setText(tr("Cancelling… the pages already stored stay; the next run resumes here."));
    updateState();
}

} // namespace mt
