// Start-of-shift checks (SOP step 1); refreshed on changes and every 30 s; the integrity check runs once, in the background.
#include "start/StartOfShiftPanel.h"
#include "services/AdminService.h"

#include "base/UiContext.h"
#include "base/UiText.h"
#include "services/ErrorText.h"
#include "services/HubSync.h"
#include "hubconnection/HubSyncStatusWidget.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "services/Workspace.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

namespace {
const QString kGood = QStringLiteral("#2E7D32");
const QString kWarn = QStringLiteral("#B26A00");
const QString kBad = QStringLiteral("#C62828");
} // namespace

StartOfShiftPanel::StartOfShiftPanel(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Start of shift"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    auto *intro = new QLabel(tr("SOP operator step 1: check the status before taking over the shift. "
                                "Then work the alerts by severity (step 2), triage (step 3), acknowledge and "
                                "assign (step 4), escalate past the threshold (step 5), and close with evidence "
                                "and a knowledge base entry (step 6)."), this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    m_database = addCard(grid, 0, 0, tr("Database"));
    m_sync = addCard(grid, 0, 1, tr("Synchronisation"));
    m_critical = addCard(grid, 1, 0, tr("Open critical alerts"));
    m_slaRisk = addCard(grid, 1, 1, tr("Open incidents with SLA at risk"));
    m_critical->setObjectName(QStringLiteral("criticalCount"));
    m_sync->setObjectName(QStringLiteral("syncCard"));
    m_slaRisk->setObjectName(QStringLiteral("slaRiskCount"));
    auto *buttons = new QHBoxLayout;
    auto *recheck = new QPushButton(tr("Check database again"), this);
    auto *toAlerts = new QPushButton(tr("Go to the alert console"), this);
    auto *toIncidents = new QPushButton(tr("Go to incidents"), this);
    buttons->addWidget(recheck);
    buttons->addStretch();
    buttons->addWidget(toAlerts);
    buttons->addWidget(toIncidents);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(recheck, &QPushButton::clicked, this, &StartOfShiftPanel::refresh);
    connect(toAlerts, &QPushButton::clicked, this, &StartOfShiftPanel::openAlertConsole);
    connect(toIncidents, &QPushButton::clicked, this, &StartOfShiftPanel::openIncidents);
    auto *coalesce = new QTimer(this);
    coalesce->setSingleShot(true);
    coalesce->setInterval(500);
    connect(coalesce, &QTimer::timeout, this, &StartOfShiftPanel::refreshIncidents);
    connect(&ctx.ws.notifier(), &ChangeNotifier::alertsChanged, coalesce, [coalesce] { coalesce->start(); });
    connect(&ctx.ws.notifier(), &ChangeNotifier::incidentsChanged, coalesce, [coalesce] { coalesce->start(); });
    auto *periodic = new QTimer(this);
    connect(periodic, &QTimer::timeout, this, &StartOfShiftPanel::refreshIncidents);
    periodic->start(30'000);
    connect(&ctx.ws.notifier(), &ChangeNotifier::integrityChecked, this, [this](bool ok, const QString &message) {
        if (ok)
            refresh();
        else
            setCard(m_database, tr("✖ %1").arg(message), kBad);
    });
    refresh();
}

QLabel *StartOfShiftPanel::addCard(QGridLayout *grid, int row, int col, const QString &title)
{
    auto *box = new QGroupBox(title, this);
    auto *v = new QVBoxLayout(box);
    auto *value = new QLabel(box);
    value->setWordWrap(true);
    v->addWidget(value);
    grid->addWidget(box, row, col);
    return value;
}

void StartOfShiftPanel::setCard(QLabel *card, const QString &text, const QString &colour)
{
    card->setText(text);
    card->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold; color: %1;").arg(colour));
}

void StartOfShiftPanel::refresh()
{
    // Never a synchronous quick_check here: it reads the whole file (seconds on a big database).
    if (m_ctx.ws.admin().integrityVerified())
        setCard(m_database, tr("✔ Healthy (integrity check passed)"), kGood);
    else
        setCard(m_database, tr("… Integrity check running"), kWarn);
    refreshSync();
    refreshIncidents();
}

void StartOfShiftPanel::attachHubSync(HubSync &sync)
{
    m_hubSync = &sync;
    connect(&sync, &HubSync::stateChanged, this, &StartOfShiftPanel::refreshSync);
    connect(&sync, &HubSync::pendingChanged, this, &StartOfShiftPanel::refreshSync);
    connect(&sync, &HubSync::lastSyncChanged, this, &StartOfShiftPanel::refreshSync);
    refreshSync();
}

void StartOfShiftPanel::refreshSync()
{
    if (!m_hubSync) {
        setCard(m_sync, tr("Offline — local only"), kWarn);
        return;
    }
    using State = HubSyncState;
    const State state = m_hubSync->state();
    const QDateTime last = m_hubSync->lastSync();
    const QString lastText = last.isValid() ? UiText::localTime(last.toMSecsSinceEpoch(), m_ctx.ws.config().calendar.zone)
                                            : tr("never");
    const QString text = tr("%1 · %2 pending · last sync %3")
                             .arg(HubSyncStatusWidget::stateText(state))
                             .arg(m_hubSync->pending())
                             .arg(lastText);
    setCard(m_sync, text, state == State::Online || state == State::Syncing ? kGood : kWarn);
}

void StartOfShiftPanel::refreshIncidents()
{
    auto critical = m_ctx.ws.alerts().countOpenCritical();
    if (critical.ok())
        setCard(m_critical, tr("%n open critical alert(s)", nullptr, int(critical.value())),
                critical.value() > 0 ? kBad : kGood);
    else
        setCard(m_critical, ErrorText::message(critical.error()), kBad);

    // Open incidents are few (tens); read them in pages and ask Workspace for each SLA state.
    IncidentFilter f;
    int atRisk = 0;
    int breached = 0;
    for (qint64 offset = 0;; offset += 200) {
        auto page = m_ctx.ws.incidents().page(f, offset, 200);
        if (!page.ok() || page->isEmpty())
            break;
        for (const Incident &i : page.value()) {
            const SlaState s = m_ctx.ws.incidents().slaState(i);
            atRisk += s == SlaState::AtRisk;
            breached += s == SlaState::Breached;
        }
        if (page->size() < 200 || offset > 5000)
            break;
    }
    setCard(m_slaRisk, tr("%1 at risk · %2 breached").arg(atRisk).arg(breached),
            breached > 0 ? kBad : atRisk > 0 ? kWarn : kGood);
}

} // namespace mt
