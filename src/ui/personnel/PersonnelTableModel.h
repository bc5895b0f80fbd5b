// Personnel list model: one page of health workers as PersonnelQueries returned it (NIK already masked).
#pragma once

#include "domain/Types.h"
#include "services/PersonnelTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace mt {

class PersonnelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NikCol, NameCol, SexCol, CategoryCol, FacilityCol, RegencyCol, ActiveCol, UpdatedCol, ColumnCount };
    enum Roles { HandleRole = Qt::UserRole + 1 };

    explicit PersonnelTableModel(SiteZone zone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<PersonSummary> &rows);
    const PersonSummary *personAt(int row) const;

private:
    SiteZone m_zone;
    QList<PersonSummary> m_rows;
};

} // namespace mt
