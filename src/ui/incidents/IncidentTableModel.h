// Incident list model: lazy pages from IncidentService and a live SLA countdown column.
#pragma once

#include "domain/Incident.h"
#include "domain/Queries.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace mt {

class Workspace;

class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityCol, NumberCol, TitleCol, StatusCol, AssigneeCol, OpenedCol, SlaRemainingCol, SlaStateCol, ColumnCount };
    enum Roles { IncidentIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit IncidentTableModel(Workspace &ws, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const IncidentFilter &filter);
    void refresh();
    // Repaints the countdown columns (called each second; no SQL).
    void tick();
    int rowOf(const QString &incidentId) const;
    const Incident *incidentAt(int row) const;
    qint64 totalCount() const { return m_total; }

signals:
    void loadFailed(const QString &message);

private:
    void reload(int rowsWanted);
    QVariant displayData(const Incident &i, int column) const;

    Workspace &m_ws;
    IncidentFilter m_filter;
    QList<Incident> m_rows;
    qint64 m_total = 0;
    QIcon m_icons[kMaxIncidentSeverity + 1];
};

} // namespace mt
