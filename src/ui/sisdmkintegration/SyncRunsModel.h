// Integration screen model: the last SISDMK ETL runs (audit rows of sisdmk_runs), newest first.
#pragma once

#include "domain/Types.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace mt {

class SyncRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartCol, EndCol, RegionCol, ReceivedCol, InsertedCol, UpdatedCol, UnchangedCol, RejectedCol, StatusCol,
        ErrorCol, ColumnCount
    };
    enum Roles { RunIdRole = Qt::UserRole + 1 };

    explicit SyncRunsModel(SiteZone zone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `syncRunning`: whether this app has a sync in progress; a "running" row left by a
    // stopped process is shown as interrupted (the worker marks it so at its next start).
    void setRuns(const QList<EtlRunRecord> &runs, bool syncRunning);
    const EtlRunRecord *runAt(int row) const;

private:
    QString statusText(const EtlRunRecord &r) const;

    SiteZone m_zone;
    QList<EtlRunRecord> m_runs;
    bool m_syncRunning = false;
};

} // namespace mt
