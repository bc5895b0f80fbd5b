// Incident list: lazy model, debounced search, 1 s timer that only repaints the SLA columns.
#include "incidents/IncidentList.h"

#include "base/UiContext.h"
#include "base/UiText.h"
#include "incidents/IncidentTableModel.h"
#include "incidents/OpenIncidentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

IncidentList::IncidentList(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new IncidentTableModel(ctx.ws, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("incidentTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(IncidentTableModel::TitleCol, QHeaderView::Stretch);
    m_view->setColumnWidth(IncidentTableModel::SeverityCol, 80);
    m_view->setColumnWidth(IncidentTableModel::NumberCol,
                           m_view->fontMetrics().horizontalAdvance(UiText::widestIncidentNumber(ctx.ws.config().siteId)) + 16);
    m_view->setColumnWidth(IncidentTableModel::StatusCol, 90);
    m_view->setColumnWidth(IncidentTableModel::AssigneeCol, 80);
    m_view->setColumnWidth(IncidentTableModel::SlaRemainingCol, 90);
    m_view->setColumnWidth(IncidentTableModel::OpenedCol, 110);
    m_view->verticalHeader()->setDefaultSectionSize(24);

    m_openOnly = new QCheckBox(tr("Open only"), this);
    m_openOnly->setChecked(true);
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("All severities"));
    for (int sev = kMinIncidentSeverity; sev <= kMaxIncidentSeverity; ++sev)
        m_severity->addItem(UiText::incidentSeverityShort(sev), sev);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search incidents…"));
    m_search->setClearButtonEnabled(true);
    auto *newButton = new QPushButton(tr("New incident…"), this);
    newButton->setEnabled(PermissionPolicy::allows(ctx.session.role, Action::IncidentOpen));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #C62828;"));
    m_error->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_openOnly);
    bar->addWidget(m_severity);
    bar->addWidget(m_search, 1);
    bar->addWidget(newButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(100);
    auto *tick = new QTimer(this);
    tick->start(1000);
    connect(tick, &QTimer::timeout, m_model, &IncidentTableModel::tick);
    connect(refresh, &QTimer::timeout, this, &IncidentList::refreshKeepingSelection);
    connect(&ctx.ws.notifier(), &ChangeNotifier::incidentsChanged, refresh, [refresh] { refresh->start(); });
    connect(m_searchDebounce, &QTimer::timeout, this, &IncidentList::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, [this] { m_searchDebounce->start(); });
    connect(m_openOnly, &QCheckBox::toggled, this, &IncidentList::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &IncidentList::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncidentList::emitCurrent);
    connect(m_model, &IncidentTableModel::loadFailed, m_error, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(newButton, &QPushButton::clicked, this, &IncidentList::openNew);
}

void IncidentList::applyFilter()
{
    IncidentFilter f;
    f.openOnly = m_openOnly->isChecked();
    if (m_severity->currentIndex() > 0)
        f.severity = m_severity->currentData().toInt();
    f.search = m_search->text().trimmed();
    m_model->setFilter(f);
    select(m_current);
}

void IncidentList::refreshKeepingSelection()
{
    m_model->refresh();
    select(m_current);
}

void IncidentList::select(const QString &incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    } else if (!incidentId.isEmpty() && incidentId != m_current) {
        m_current = incidentId; // not in the filtered list (e.g. closed): still show it
        emit currentIncidentChanged(incidentId);
    }
}

void IncidentList::emitCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.siblingAtColumn(0).data(IncidentTableModel::IncidentIdRole).toString();
    if (id == m_current)
        return;
    m_current = id;
    emit currentIncidentChanged(id);
}

void IncidentList::openNew()
{
    auto *dialog = new OpenIncidentDialog(m_ctx, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->refresh();
        select(dialog->incidentId());
    });
    dialog->open();
}

} // namespace mt
