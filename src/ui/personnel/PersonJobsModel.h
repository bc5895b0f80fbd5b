// Detail-pane model: a person's jobs, or the registrations (STR, SIP) held with those jobs.
#pragma once

#include "services/PersonnelTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace mt {

class PersonJobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Jobs, Registrations };
    enum JobColumn { UnitCol, UnitCodeCol, CategoryCol, StatusCol, NipCol, JobColumnCount };
    enum RegistrationColumn { StrCol, StrValidCol, SipCol, RegUnitCol, RegColumnCount };

    explicit PersonJobsModel(Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setJobs(const QList<PersonJob> &jobs);

private:
    Kind m_kind;
    QList<PersonJob> m_jobs; // registrations: only jobs that carry an STR or SIP
};

} // namespace mt
