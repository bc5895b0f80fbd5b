// Incident list with filters and a per-second SLA countdown; selecting a row shows its detail.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace mt {

struct UiContext;
class IncidentTableModel;

class IncidentList : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentList(UiContext &ctx, QWidget *parent = nullptr);
    IncidentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void select(const QString &incidentId);

signals:
    void currentIncidentChanged(const QString &incidentId);

private:
    void applyFilter();
    void refreshKeepingSelection();
    void emitCurrent();
    void openNew();

    UiContext &m_ctx;
    IncidentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QString m_current;
};

} // namespace mt
