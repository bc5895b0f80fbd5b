// PersonnelTableModel: display of PersonSummary rows; the NIK shown is whatever services allowed.
#include "personnel/PersonnelTableModel.h"

#include "base/UiText.h"

#include <QFont>

namespace mt {

PersonnelTableModel::PersonnelTableModel(SiteZone zone, QObject *parent) : QAbstractTableModel(parent), m_zone(zone) {}

int PersonnelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonnelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonnelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary &p = m_rows.at(index.row());
    if (role == HandleRole)
        return p.handle;
    if (role == Qt::FontRole && index.column() == NikCol) {
        QFont f;
        f.setFamily(QStringLiteral("monospace"));
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == NikCol && p.nikMasked)
        return tr("NIK masked: only data stewards see the full number.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NikCol: return p.nik;
    case NameCol: return p.name;
    case SexCol: return p.sex == QLatin1String("L") ? tr("M") : p.sex == QLatin1String("P") ? tr("F") : QString();
    case CategoryCol: return p.categoryName;
    case FacilityCol: return p.facilityName;
    case RegencyCol: return p.regencyName.isEmpty() ? p.regencyCode : p.regencyName;
    case ActiveCol: return p.active ? tr("Active") : tr("Inactive");
    case UpdatedCol: return UiText::shortTime(p.lastUpdatedMs, m_zone);
    default: return {};
    }
}

QVariant PersonnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NikCol: return tr("NIK");
    case NameCol: return tr("Name");
    case SexCol: return tr("Sex");
    case CategoryCol: return tr("Profession");
    case FacilityCol: return tr("Facility");
    case RegencyCol: return tr("Regency / city");
    case ActiveCol: return tr("Status");
    case UpdatedCol: return tr("Updated in SISDMK");
    default: return {};
    }
}

void PersonnelTableModel::setRows(const QList<PersonSummary> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const PersonSummary *PersonnelTableModel::personAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace mt
