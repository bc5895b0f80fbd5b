// PersonJobsModel: jobs (facility, profession, status, NIP) or registrations (STR with validity, SIP).
#include "personnel/PersonJobsModel.h"

namespace mt {

PersonJobsModel::PersonJobsModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

int PersonJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int PersonJobsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Jobs ? int(JobColumnCount) : int(RegColumnCount);
}

QVariant PersonJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const PersonJob &j = m_jobs.at(index.row());
    if (m_kind == Kind::Jobs) {
        switch (index.column()) {
        case UnitCol: return j.unitName;
        case UnitCodeCol: return j.unitCode;
        case CategoryCol: return j.categoryName;
        case StatusCol: return j.status;
        case NipCol: return j.nip;
        default: return {};
        }
    }
    switch (index.column()) {
    case StrCol: return j.str;
    case StrValidCol: return j.strValidUntil;
    case SipCol: return j.sip;
    case RegUnitCol: return j.unitName;
    default: return {};
    }
}

QVariant PersonJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_kind == Kind::Jobs) {
        switch (section) {
        case UnitCol: return tr("Facility");
        case UnitCodeCol: return tr("Facility code");
        case CategoryCol: return tr("Profession");
        case StatusCol: return tr("Employment");
        case NipCol: return tr("NIP");
        default: return {};
        }
    }
    switch (section) {
    case StrCol: return tr("STR (registration)");
    case StrValidCol: return tr("STR valid until");
    case SipCol: return tr("SIP (practice licence)");
    case RegUnitCol: return tr("At facility");
    default: return {};
    }
}

void PersonJobsModel::setJobs(const QList<PersonJob> &jobs)
{
    beginResetModel();
    m_jobs.clear();
    for (const PersonJob &j : jobs) {
        if (m_kind == Kind::Jobs || !j.str.isEmpty() || !j.sip.isEmpty())
            m_jobs.append(j);
    }
    endResetModel();
}

} // namespace mt
