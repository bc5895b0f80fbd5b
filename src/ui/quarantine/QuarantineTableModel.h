// Quarantine model: rejected SISDMK records (newest first) with their reasons and review mark.
#pragma once

#include "domain/Types.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace mt {

class QuarantineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReceivedCol, NikCol, ReasonsCol, RunCol, ReviewedCol, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit QuarantineTableModel(SiteZone zone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<QuarantineEntry> &entries);
    const QuarantineEntry *entryAt(int row) const;
    int rowOf(qint64 id) const;

private:
    SiteZone m_zone;
    QList<QuarantineEntry> m_entries;
};

} // namespace mt
