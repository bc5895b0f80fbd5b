// SyncRunsModel: start, end, region, row counters, status and error of each run.
#include "sisdmkintegration/SyncRunsModel.h"

#include "base/UiText.h"
#include "services/PersonnelTypes.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace mt {

SyncRunsModel::SyncRunsModel(SiteZone zone, QObject *parent) : QAbstractTableModel(parent), m_zone(zone) {}

int SyncRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncRunsModel::statusText(const EtlRunRecord &r) const
{
    if (r.status == QLatin1String("running") && !m_syncRunning)
        return PersonnelText::runStatus(QStringLiteral("interrupted"));
    return PersonnelText::runStatus(r.status);
}

QVariant SyncRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EtlRunRecord &r = m_runs.at(index.row());
    if (role == RunIdRole)
        return r.runId;
    if (role == Qt::ForegroundRole && index.column() == StatusCol && r.status == QLatin1String("failed"))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole)
        return tr("Batch %1, trace %2").arg(r.runId, r.traceId);
    if (role == Qt::TextAlignmentRole && index.column() >= ReceivedCol && index.column() <= RejectedCol)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case StartCol: return UiText::shortTime(r.startedAtMs, m_zone);
    case EndCol: return r.endedAtMs > 0 ? UiText::shortTime(r.endedAtMs, m_zone) : QString();
    case RegionCol: return r.region;
    case ReceivedCol: return locale.toString(r.received);
    case InsertedCol: return locale.toString(r.inserted);
    case UpdatedCol: return locale.toString(r.updated);
    case UnchangedCol: return locale.toString(r.unchanged);
    case RejectedCol: return locale.toString(r.rejected);
    case StatusCol: return statusText(r);
    case ErrorCol: return r.error;
    default: return {};
    }
}

QVariant SyncRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartCol: return tr("Start (%1)").arg(UiText::zone(m_zone));
    case EndCol: return tr("End");
    case RegionCol: return tr("Region");
    case ReceivedCol: return tr("Received");
    case InsertedCol: return tr("Inserted");
    case UpdatedCol: return tr("Updated");
    case UnchangedCol: return tr("Unchanged");
    case RejectedCol: return tr("Rejected");
    case StatusCol: return tr("Status");
    case ErrorCol: return tr("Error");
    default: return {};
    }
}

void SyncRunsModel::setRuns(const QList<EtlRunRecord> &runs, bool syncRunning)
{
    beginResetModel();
    m_runs = runs;
    m_syncRunning = syncRunning;
    endResetModel();
}

const EtlRunRecord *SyncRunsModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

} // namespace mt
