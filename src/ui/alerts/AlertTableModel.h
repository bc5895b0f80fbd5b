// Alert console model: fetches rows lazily from SQL in pages (canFetchMore/fetchMore), sorted server-side.
#pragma once

#include "domain/Alert.h"
#include "domain/Types.h"
#include "domain/Queries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

namespace mt {

class Workspace;

class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityCol, StateCol, ModuleCol, TitleCol, CountCol, RaisedCol, LastSeenCol, IncidentCol, ColumnCount };
    enum Roles { AlertIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    // Counting stops this far past the loaded rows: an exact COUNT(*) of 250,000 open alerts
    // cost ~90 ms per filter change; the console shows "more than N" instead.
    static constexpr qint64 kCountHeadroom = 10000;

    explicit AlertTableModel(Workspace &ws, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const AlertFilter &filter);
    const AlertFilter &filter() const { return m_filter; }
    // Live: re-reads the rows already shown (after a change), keeping the loaded depth; new alerts
    // take their sorted place. HoldRows: no row moves, appears or goes (an operator is pointing at
    // one); shown rows get their new state and alerts not shown yet are counted in pendingCount().
    enum class RefreshMode { Live, HoldRows };
    void refresh(RefreshMode mode = RefreshMode::Live);
    // Alerts that now sort among the shown rows but were held back; showPending() puts them in place.
    int pendingCount() const { return int(m_pending.size()); }
    void showPending();
    const Alert *alertAt(int row) const;
    int rowOf(const QString &alertId) const;
    qint64 totalCount() const { return m_total; }
    // True when totalCount() is a lower bound (counting stopped at the cap).
    bool totalIsLowerBound() const { return m_totalCapped; }

signals:
    void loadFailed(const QString &message);
    void pendingChanged(int count);

private:
    void reload(int rowsWanted);
    void holdRows(QList<Alert> fresh);
    void setPending(QSet<QString> ids);
    Result<qint64> countFor(qint64 loadedRows);
    QVariant displayData(const Alert &a, int column) const;
    QString incidentNumber(const QString &incidentId) const;
    static AlertSortColumn sortColumnFor(int column);

    Workspace &m_ws;
    AlertFilter m_filter;
    AlertSortColumn m_sort = AlertSortColumn::RaisedAt;
    bool m_descending = true;
    QList<Alert> m_rows;
    qint64 m_dbOffset = 0;   // rows of the server-side order consumed so far (fetchMore goes on from here)
    QSet<QString> m_pending; // ids held back by a HoldRows refresh
    // Incident numbers never change once an incident is here: looked up once per incident.
    mutable QHash<QString, QString> m_incidentNumbers;
    qint64 m_total = 0;
    bool m_totalCapped = false;
    QIcon m_icons[3];
};

} // namespace mt
