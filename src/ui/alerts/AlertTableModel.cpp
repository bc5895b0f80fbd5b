// Alert console model: pages of kPageSize rows from AlertService::page; never loads every row.
#include "alerts/AlertTableModel.h"

#include "base/SeverityStyle.h"
#include "base/UiText.h"
#include "services/Workspace.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "services/ErrorText.h"

#include <QFont>
#include <QHash>

namespace mt {

AlertTableModel::AlertTableModel(Workspace &ws, QObject *parent)
    : QAbstractTableModel(parent), m_ws(ws)
{
    for (AlertSeverity s : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
        m_icons[int(s)] = SeverityStyle::icon(s);
    reload(kPageSize);
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::displayData(const Alert &a, int column) const
{
    const SiteZone zone = m_ws.config().calendar.zone;
    switch (column) {
    case SeverityCol: return UiText::severity(a.severity);
    case StateCol:
        return a.escalationLevel > 0 && a.state != AlertState::Resolved
                   ? tr("%1 · escalated").arg(UiText::alertState(a.state))
                   : UiText::alertState(a.state);
    case ModuleCol: return UiText::module(a.module);
    case TitleCol: return a.title;
    case CountCol: return a.count;
    case RaisedCol: return UiText::shortTime(a.raisedAtMs, zone);
    case LastSeenCol: return UiText::shortTime(a.lastSeenAtMs, zone);
    case IncidentCol: return incidentNumber(a.incidentId);
    }
    return {};
}

QString AlertTableModel::incidentNumber(const QString &incidentId) const
{
    if (incidentId.isEmpty())
        return {};
    if (const auto it = m_incidentNumbers.constFind(incidentId); it != m_incidentNumbers.cend())
        return it.value();
    const auto found = m_ws.incidents().numbers({incidentId});
    const QString number = found.ok() ? found->value(incidentId) : QString();
    if (number.isEmpty()) // linked to an incident that has not reached this site yet: its id for now
        return incidentId.left(8);
    m_incidentNumbers.insert(incidentId, number);
    return number;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case Qt::DecorationRole:
        return index.column() == SeverityCol ? QVariant(m_icons[int(a.severity)]) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SeverityCol)
            return SeverityStyle::textColour(a.severity);
        return {};
    case Qt::BackgroundRole:
        if (a.escalationLevel > 0 && a.state != AlertState::Resolved)
            return SeverityStyle::escalatedBackground();
        return {};
    case Qt::FontRole:
        if ((a.state == AlertState::New && index.column() == TitleCol) || index.column() == SeverityCol) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return a.details.left(500);
    case AlertIdRole:
        return a.id;
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityCol: return tr("Severity", "short column header");
    case StateCol: return tr("State");
    case ModuleCol: return tr("Module");
    case TitleCol: return tr("Title");
    case CountCol: return tr("Count");
    case RaisedCol: return tr("Raised (%1)").arg(UiText::zone(m_ws.config().calendar.zone));
    case LastSeenCol: return tr("Last seen (%1)").arg(UiText::zone(m_ws.config().calendar.zone));
    case IncidentCol: return tr("Incident");
    }
    return {};
}

bool AlertTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_dbOffset < m_total;
}

void AlertTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    auto page = m_ws.alerts().page(m_filter, m_sort, m_descending, m_dbOffset, kPageSize);
    if (!page.ok()) {
        emit loadFailed(ErrorText::message(page.error()));
        return;
    }
    if (page->isEmpty()) {
        m_total = m_dbOffset; // the table shrank under us; stop asking
        return;
    }
    m_dbOffset += page->size();
    // After a HoldRows refresh the server-side order may hold rows already shown (pushed down by
    // held-back alerts) or held-back ones: neither is appended twice.
    QSet<QString> shown;
    for (const Alert &a : std::as_const(m_rows))
        shown.insert(a.id);
    QList<Alert> fresh;
    for (const Alert &a : page.value())
        if (!shown.contains(a.id) && !m_pending.contains(a.id))
            fresh << a;
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    if (m_totalCapped && m_dbOffset + kPageSize >= m_total) {
        // Scrolled close to the counted bound: count further so fetching can go on.
        if (const auto total = countFor(m_dbOffset); total.ok())
            m_total = std::max<qint64>(total.value(), m_dbOffset);
    }
}

Result<qint64> AlertTableModel::countFor(qint64 loadedRows)
{
    const qint64 cap = loadedRows + kCountHeadroom;
    auto total = m_ws.alerts().countUpTo(m_filter, cap);
    m_totalCapped = total.ok() && total.value() >= cap;
    return total;
}

AlertSortColumn AlertTableModel::sortColumnFor(int column)
{
    switch (column) {
    case SeverityCol: return AlertSortColumn::Severity;
    case StateCol: return AlertSortColumn::State;
    case ModuleCol: return AlertSortColumn::Module;
    case TitleCol: return AlertSortColumn::Title;
    case CountCol: return AlertSortColumn::Count;
    case LastSeenCol: return AlertSortColumn::LastSeen;
    default: return AlertSortColumn::RaisedAt;
    }
}

void AlertTableModel::sort(int column, Qt::SortOrder order)
{
    m_sort = sortColumnFor(column);
    m_descending = order == Qt::DescendingOrder;
    reload(kPageSize);
}

void AlertTableModel::setFilter(const AlertFilter &filter)
{
    m_filter = filter;
    reload(kPageSize);
}

void AlertTableModel::refresh(RefreshMode mode)
{
    if (mode == RefreshMode::Live || m_rows.isEmpty()) {
        reload(std::max<int>(kPageSize, int(m_rows.size())));
        return;
    }
    const int depth = std::max<int>(kPageSize, int(m_rows.size()));
    auto total = countFor(depth);
    auto page = m_ws.alerts().page(m_filter, m_sort, m_descending, 0, depth);
    if (!total.ok() || !page.ok()) {
        emit loadFailed(ErrorText::message(total.ok() ? page.error() : total.error()));
        return;
    }
    m_total = std::max<qint64>(total.value(), m_rows.size());
    holdRows(std::move(page).value());
}

void AlertTableModel::holdRows(QList<Alert> fresh)
{
    QHash<QString, qsizetype> freshAt;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshAt.insert(fresh.at(i).id, i);
    QSet<QString> shown;
    for (Alert &row : m_rows) {
        shown.insert(row.id);
        if (const auto it = freshAt.constFind(row.id); it != freshAt.cend()) {
            row = fresh.at(it.value());
        } else if (auto found = m_ws.alerts().find(row.id); found.ok() && found->has_value()) {
            row = *found.value(); // pushed past the page, or no longer matching: kept in place, up to date
        }
    }
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QSet<QString> pending;
    for (const Alert &a : std::as_const(fresh))
        if (!shown.contains(a.id))
            pending.insert(a.id);
    m_dbOffset = std::max<qint64>(m_dbOffset, fresh.size());
    setPending(std::move(pending));
}

void AlertTableModel::showPending()
{
    reload(std::max<int>(kPageSize, int(m_rows.size())));
}

void AlertTableModel::setPending(QSet<QString> ids)
{
    if (ids == m_pending)
        return;
    m_pending = std::move(ids);
    emit pendingChanged(int(m_pending.size()));
}

void AlertTableModel::reload(int rowsWanted)
{
    auto total = countFor(rowsWanted);
    auto page = m_ws.alerts().page(m_filter, m_sort, m_descending, 0, rowsWanted);
    if (!total.ok() || !page.ok()) {
        emit loadFailed(ErrorText::message(total.ok() ? page.error() : total.error()));
        return;
    }
    setPending({});
    m_dbOffset = page->size();
    const bool sameShape = page->size() == m_rows.size()
        && std::equal(page->cbegin(), page->cend(), m_rows.cbegin(),
                      [](const Alert &a, const Alert &b) { return a.id == b.id; });
    if (sameShape) {
        m_rows = page.value();
        m_total = std::max<qint64>(total.value(), m_rows.size());
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = page.value();
    m_total = std::max<qint64>(total.value(), m_rows.size());
    endResetModel();
}

const Alert *AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AlertTableModel::rowOf(const QString &alertId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == alertId)
            return i;
    return -1;
}

} // namespace mt

