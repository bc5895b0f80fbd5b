// Alert console: lazy table, debounced search, keyboard actions, details pane.
#include "alerts/AlertConsole.h"

#include "alerts/AlertDetailsPane.h"
#include "alerts/AlertTableModel.h"
#include "base/ReasonDialog.h"
#include "base/SeverityStyle.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "incidents/OpenIncidentDialog.h"
#include "services/ErrorText.h"
#include "services/AlertService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace mt {

AlertConsole::AlertConsole(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new AlertTableModel(ctx.ws, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertTableModel::RaisedCol, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(AlertTableModel::TitleCol, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->setColumnWidth(AlertTableModel::SeverityCol, 95);
    m_view->setColumnWidth(AlertTableModel::StateCol, 110);
    m_view->setColumnWidth(AlertTableModel::ModuleCol, 120);
    m_view->setColumnWidth(AlertTableModel::CountCol, 50);
    m_view->setColumnWidth(AlertTableModel::IncidentCol,
                           m_view->fontMetrics().horizontalAdvance(UiText::widestIncidentNumber(ctx.ws.config().siteId)) + 16);
    m_view->setColumnWidth(AlertTableModel::RaisedCol, 110);
    m_view->setColumnHidden(AlertTableModel::LastSeenCol, true); // in the details pane
    m_details = new AlertDetailsPane(ctx, this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("consoleError"));
    m_error->setStyleSheet(QStringLiteral("color: #C62828; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({930, 330});

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(buildToolBar());
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    m_refreshCoalesce = new QTimer(this);
    m_refreshCoalesce->setSingleShot(true);
    m_refreshCoalesce->setInterval(100);
    connect(m_searchDebounce, &QTimer::timeout, this, &AlertConsole::applyFilter);
    connect(m_refreshCoalesce, &QTimer::timeout, this, &AlertConsole::refreshKeepingSelection);
    connect(&ctx.ws.notifier(), &ChangeNotifier::alertsChanged, this, &AlertConsole::scheduleRefresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertConsole::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertConsole::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertConsole::updateCount);
    connect(m_model, &AlertTableModel::loadFailed, this, &AlertConsole::showError);
    connect(m_model, &AlertTableModel::pendingChanged, this, &AlertConsole::updatePending);
    updateActions();
}

QWidget *AlertConsole::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    m_severity = new QComboBox(bar);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->addItem(tr("All severities"));
    for (AlertSeverity s : {AlertSeverity::Critical, AlertSeverity::Warning, AlertSeverity::Info})
        m_severity->addItem(SeverityStyle::icon(s), UiText::severity(s), int(s));
    m_module = new QComboBox(bar);
    m_module->setObjectName(QStringLiteral("moduleFilter"));
    m_module->addItem(tr("All modules"));
    for (const QString &key : allModuleKeys())
        m_module->addItem(UiText::module(*moduleFromKey(key)), int(*moduleFromKey(key)));
    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Open (new + acknowledged)"), int(AlertFilter::StateSet::Open));
    m_state->addItem(tr("New"), int(AlertFilter::StateSet::New));
    m_state->addItem(tr("Acknowledged"), int(AlertFilter::StateSet::Acknowledged));
    m_state->addItem(tr("Resolved"), int(AlertFilter::StateSet::Resolved));
    m_state->addItem(tr("All states"), int(AlertFilter::StateSet::All));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("alertSearch"));
    m_search->setPlaceholderText(tr("Search title, details, resource…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("alertCount"));
    // While an operator points at a row the feed never moves it; what arrived meanwhile waits here.
    m_showNew = new QPushButton(bar);
    m_showNew->setObjectName(QStringLiteral("showNewAlerts"));
    m_showNew->setStyleSheet(QStringLiteral("QPushButton { background: #FFF3E0; border: 1px solid #FB8C00;"
                                            " border-radius: 3px; padding: 3px 10px; font-weight: bold; }"));
    m_showNew->hide();
    connect(m_showNew, &QPushButton::clicked, this, &AlertConsole::showPendingAlerts);
    h->addWidget(new QLabel(tr("Filter:"), bar));
    h->addWidget(m_severity);
    h->addWidget(m_module);
    h->addWidget(m_state);
    h->addWidget(m_search, 1);
    h->addWidget(m_showNew);
    h->addWidget(m_count);
    for (QComboBox *box : {m_severity, m_module, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &AlertConsole::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, [this] { m_searchDebounce->start(); });
    return bar;
}

QAction *AlertConsole::addAction(QWidget *bar, const QString &text, Action permission,
                                 const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setProperty("permission", int(permission));
    if (!keys.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
    bar->addAction(action);
    QWidget::addAction(action); // shortcuts work anywhere inside the console
    return action;
}

QWidget *AlertConsole::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ack = addAction(bar, tr("Acknowledge"), Action::AlertAcknowledge,
                      {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_A)});
    m_ack->setObjectName(QStringLiteral("actionAcknowledge"));
    m_unack = addAction(bar, tr("Unacknowledge…"), Action::AlertUnacknowledge, {});
    m_escalate = addAction(bar, tr("Escalate"), Action::AlertEscalate, {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_shelve = addAction(bar, tr("Shelve"), Action::AlertShelve, {});
    auto *menu = new QMenu(this);
    const QList<QPair<QString, int>> durations = {
        {tr("15 minutes"), 15}, {tr("1 hour"), 60}, {tr("4 hours"), 240}, {tr("8 hours (one shift)"), 480}};
    for (const auto &d : durations) {
        const int minutes = d.second;
        connect(menu->addAction(d.first), &QAction::triggered, this, [this, minutes] { shelveSelected(minutes); });
    }
    m_shelve->setMenu(menu);
    // A separate arrow section: InstantPopup drew its arrow over the text ("Tunda" read "Tunda˯").
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_shelve))) {
        button->setPopupMode(QToolButton::MenuButtonPopup);
        connect(m_shelve, &QAction::triggered, button, &QToolButton::showMenu);
    }
    m_resolve = addAction(bar, tr("Resolve"), Action::AlertResolve, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    bar->addSeparator();
    m_openIncident = addAction(bar, tr("Open incident…"), Action::IncidentOpen, {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_openIncident->setObjectName(QStringLiteral("actionOpenIncident"));
    connect(m_ack, &QAction::triggered, this, &AlertConsole::acknowledgeSelected);
    connect(m_unack, &QAction::triggered, this, &AlertConsole::unacknowledgeSelected);
    connect(m_escalate, &QAction::triggered, this, &AlertConsole::escalateSelected);
    connect(m_resolve, &QAction::triggered, this, &AlertConsole::resolveSelected);
    connect(m_openIncident, &QAction::triggered, this, &AlertConsole::openIncidentFromSelected);
    return bar;
}

void AlertConsole::applyFilter()
{
    AlertFilter f;
    if (m_severity->currentIndex() > 0)
        f.severity = AlertSeverity(m_severity->currentData().toInt());
    if (m_module->currentIndex() > 0)
        f.module = Module(m_module->currentData().toInt());
    f.states = AlertFilter::StateSet(m_state->currentData().toInt());
    f.search = m_search->text().trimmed();
    m_model->setFilter(f);
    updateCount();
}

void AlertConsole::scheduleRefresh()
{
    m_refreshCoalesce->start();
}

bool AlertConsole::operatorIsPointing() const
{
    return m_view->selectionModel()->hasSelection() || m_view->viewport()->underMouse()
        || m_view->verticalScrollBar()->value() > 0;
}

void AlertConsole::refreshKeepingSelection()
{
    const QStringList selected = selectedAlertIds();
    const QModelIndex current = m_view->currentIndex();
    const QString currentId = current.isValid() ? current.siblingAtColumn(0).data(AlertTableModel::AlertIdRole).toString()
                                                : QString();
    const bool hold = operatorIsPointing();
    m_model->refresh(hold ? AlertTableModel::RefreshMode::HoldRows : AlertTableModel::RefreshMode::Live);
    if (!hold)
        restoreSelection(selected, currentId, current.column());
    updateActions();
}

void AlertConsole::restoreSelection(const QStringList &ids, const QString &currentId, int currentColumn)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, AlertTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int currentRow = m_model->rowOf(currentId);
    if (currentRow >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(currentRow, std::max(0, currentColumn)),
                                                  QItemSelectionModel::NoUpdate);
}

void AlertConsole::showPendingAlerts()
{
    const QStringList selected = selectedAlertIds();
    const QModelIndex current = m_view->currentIndex();
    const QString currentId = current.isValid() ? current.siblingAtColumn(0).data(AlertTableModel::AlertIdRole).toString()
                                                : QString();
    m_model->showPending();
    restoreSelection(selected, currentId, current.column());
    m_view->scrollToTop(); // asked to see the new ones; the selection is kept, by id
    updateActions();
}

void AlertConsole::updatePending(int count)
{
    m_showNew->setText(tr("%n new – show", "alerts held back while one is selected", count));
    m_showNew->setToolTip(tr("New alerts arrived while you were working on the list. They are held back so "
                             "that no row moves under the pointer; click to put them in place."));
    m_showNew->setVisible(count > 0);
}

QStringList AlertConsole::selectedAlertIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(AlertTableModel::AlertIdRole).toString();
    return ids;
}

void AlertConsole::updateCount()
{
    if (m_model->totalIsLowerBound())
        m_count->setText(tr("%1 of more than %2 shown").arg(m_model->rowCount()).arg(m_model->totalCount()));
    else
        m_count->setText(tr("%1 of %2 shown").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

void AlertConsole::updateActions()
{
    const QStringList ids = selectedAlertIds();
    for (QAction *a : {m_ack, m_unack, m_escalate, m_shelve, m_resolve, m_openIncident}) {
        const bool allowed = PermissionPolicy::allows(m_ctx.session.role, Action(a->property("permission").toInt()));
        a->setEnabled(allowed && !ids.isEmpty());
    }
    m_details->showAlert(ids.size() == 1 ? ids.first() : QString());
    updateCount();
}

void AlertConsole::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

template <typename Fn> void AlertConsole::forEachSelected(Fn fn)
{
    QString firstError;
    for (const QString &id : selectedAlertIds()) {
        const Status st = fn(id);
        if (!st.ok() && firstError.isEmpty())
            firstError = ErrorText::message(st);
    }
    showError(firstError);
}

void AlertConsole::acknowledgeSelected()
{
    forEachSelected([this](const QString &id) { return m_ctx.ws.alerts().acknowledge(m_ctx.session, id); });
}

void AlertConsole::escalateSelected()
{
    forEachSelected([this](const QString &id) { return m_ctx.ws.alerts().escalate(m_ctx.session, id); });
}

void AlertConsole::resolveSelected()
{
    forEachSelected([this](const QString &id) { return m_ctx.ws.alerts().resolve(m_ctx.session, id); });
}

void AlertConsole::shelveSelected(int minutes)
{
    const QDateTime until = m_ctx.ws.clock().nowUtc().addSecs(qint64(minutes) * 60);
    forEachSelected([this, until](const QString &id) { return m_ctx.ws.alerts().shelve(m_ctx.session, id, until); });
}

QString AlertConsole::namesOf(const QStringList &ids) const
{
    const SiteZone zone = m_ctx.ws.config().calendar.zone;
    QStringList lines;
    for (const QString &id : ids) {
        auto found = m_ctx.ws.alerts().find(id);
        if (!found.ok() || !found->has_value())
            continue;
        const Alert &a = *found.value();
        lines << tr("• [%1] %2 — %3, raised %4")
                     .arg(UiText::severity(a.severity), a.title, UiText::module(a.module), UiText::localTime(a.raisedAtMs, zone));
    }
    return lines.join(QLatin1Char('\n'));
}

void AlertConsole::unacknowledgeSelected()
{
    const QStringList ids = selectedAlertIds();
    if (ids.isEmpty())
        return;
    // The ids are taken now: the dialog acts on the alerts it names, whatever the feed does meanwhile.
    auto *dialog = new ReasonDialog(tr("Unacknowledge alert"),
                                    tr("Why is this alert going back to new? The reason is kept in the timeline.")
                                        + QStringLiteral("\n\n") + namesOf(ids),
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        QString firstError;
        for (const QString &id : ids) {
            const Status st = m_ctx.ws.alerts().unacknowledge(m_ctx.session, id, dialog->reason());
            if (!st.ok() && firstError.isEmpty())
                firstError = ErrorText::message(st);
        }
        showError(firstError);
    });
    dialog->open();
}

void AlertConsole::openIncidentFromSelected()
{
    const QStringList ids = selectedAlertIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new OpenIncidentDialog(m_ctx, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit incidentOpened(dialog->incidentId()); });
    dialog->open();
}

} // namespace mt
