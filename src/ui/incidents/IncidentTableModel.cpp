// Incident list model: pages of kPageSize; SLA remaining and state come from Workspace::slaState at each tick.
#include "incidents/IncidentTableModel.h"

#include "common/Clock.h"
#include "base/SeverityStyle.h"
#include "base/UiText.h"
#include "services/Workspace.h"
#include "services/IncidentService.h"
#include "services/ErrorText.h"

#include <QFont>

namespace mt {

IncidentTableModel::IncidentTableModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
    for (int sev = kMinIncidentSeverity; sev <= kMaxIncidentSeverity; ++sev)
        m_icons[sev] = SeverityStyle::incidentIcon(sev);
    reload(kPageSize);
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::displayData(const Incident &i, int column) const
{
    const SiteZone zone = m_ws.config().calendar.zone;
    switch (column) {
    case SeverityCol: return UiText::incidentSeverityShort(i.severity);
    case NumberCol: return i.number;
    case TitleCol: return i.title;
    case StatusCol:
        return i.escalationLevel >= 2 ? tr("%1 · L2").arg(UiText::incidentStatus(i.status)) : UiText::incidentStatus(i.status);
    case AssigneeCol: return i.assignee.isEmpty() ? tr("Unassigned") : i.assignee;
    case OpenedCol: return UiText::shortTime(i.openedAtMs, zone);
    case SlaRemainingCol:
        if (i.isClosed() || i.slaDueAtMs <= 0)
            return QString();
        return UiText::duration(i.slaDueAtMs - m_ws.clock().nowMs());
    case SlaStateCol: return UiText::slaState(m_ws.incidents().slaState(i));
    }
    return {};
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &i = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayData(i, col);
    case Qt::DecorationRole:
        return col == SeverityCol ? QVariant(m_icons[std::clamp(i.severity, kMinIncidentSeverity, kMaxIncidentSeverity)]) : QVariant();
    case Qt::ForegroundRole:
        if (col == SlaStateCol || col == SlaRemainingCol)
            return SeverityStyle::slaColour(m_ws.incidents().slaState(i));
        return {};
    case Qt::FontRole:
        if (col == SlaStateCol || col == SeverityCol) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IncidentIdRole: return i.id;
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityCol: return tr("Severity", "short column header");
    case NumberCol: return tr("Number", "incident number column header");
    case TitleCol: return tr("Title");
    case StatusCol: return tr("Status");
    case AssigneeCol: return tr("Assignee", "short column header");
    case OpenedCol: return tr("Opened (%1)").arg(UiText::zone(m_ws.config().calendar.zone));
    case SlaRemainingCol: return tr("SLA remaining");
    case SlaStateCol: return tr("SLA");
    }
    return {};
}

bool IncidentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void IncidentTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    auto page = m_ws.incidents().page(m_filter, m_rows.size(), kPageSize);
    if (!page.ok()) {
        emit loadFailed(ErrorText::message(page.error()));
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void IncidentTableModel::setFilter(const IncidentFilter &filter)
{
    m_filter = filter;
    reload(kPageSize);
}

void IncidentTableModel::refresh()
{
    reload(std::max<int>(kPageSize, int(m_rows.size())));
}

void IncidentTableModel::tick()
{
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, SlaRemainingCol), index(int(m_rows.size()) - 1, SlaStateCol),
                     {Qt::DisplayRole, Qt::ForegroundRole});
}

void IncidentTableModel::reload(int rowsWanted)
{
    auto total = m_ws.incidents().count(m_filter);
    auto page = m_ws.incidents().page(m_filter, 0, rowsWanted);
    if (!total.ok() || !page.ok()) {
        emit loadFailed(ErrorText::message(total.ok() ? page.error() : total.error()));
        return;
    }
    const bool sameShape = page->size() == m_rows.size()
        && std::equal(page->cbegin(), page->cend(), m_rows.cbegin(),
                      [](const Incident &a, const Incident &b) { return a.id == b.id; });
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

int IncidentTableModel::rowOf(const QString &incidentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == incidentId)
            return i;
    return -1;
}

const Incident *IncidentTableModel::incidentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace mt
