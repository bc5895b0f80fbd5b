// Alert console (SOP step 2 and 4): filter, sort and act on alerts; opens incidents from them.
#pragma once

#include "domain/Permissions.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mt {

struct UiContext;
class AlertTableModel;
class AlertDetailsPane;

class AlertConsole : public QWidget
{
    Q_OBJECT
public:
    explicit AlertConsole(UiContext &ctx, QWidget *parent = nullptr);
    AlertTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QStringList selectedAlertIds() const;

signals:
    void incidentOpened(const QString &incidentId);

private:
    QWidget *buildFilterBar();
    QWidget *buildToolBar();
    QAction *addAction(QWidget *bar, const QString &text, Action permission, const QList<QKeySequence> &keys);
    void applyFilter();
    void scheduleRefresh();
    void refreshKeepingSelection();
    bool operatorIsPointing() const;
    void showPendingAlerts();
    void restoreSelection(const QStringList &ids, const QString &currentId, int currentColumn);
    void updatePending(int count);
    QString namesOf(const QStringList &ids) const;
    void updateActions();
    void updateCount();
    void showError(const QString &message);
    void acknowledgeSelected();
    void escalateSelected();
    void resolveSelected();
    void shelveSelected(int minutes);
    void unacknowledgeSelected();
    void openIncidentFromSelected();
    template <typename Fn> void forEachSelected(Fn fn);

    UiContext &m_ctx;
    AlertTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    AlertDetailsPane *m_details = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_module = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_showNew = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTimer *m_refreshCoalesce = nullptr;
    QAction *m_ack = nullptr;
    QAction *m_unack = nullptr;
    QAction *m_escalate = nullptr;
    QAction *m_shelve = nullptr;
    QAction *m_resolve = nullptr;
    QAction *m_openIncident = nullptr;
};

} // namespace mt
