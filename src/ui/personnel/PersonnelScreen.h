// Personnel screen (issue 4 part 6): search health workers by name or NIK, filter, and see one in detail.
#pragma once

#include "services/PersonnelTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mt {

struct UiContext;
class PersonJobsModel;
class PersonnelTableModel;

class PersonnelScreen : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit PersonnelScreen(UiContext &ctx, QWidget *parent = nullptr);
    PersonnelTableModel *model() const { return m_model; }
    PersonJobsModel *jobsModel() const { return m_jobs; }
    PersonJobsModel *registrationsModel() const { return m_registrations; }
    QTableView *view() const { return m_view; }
    PersonnelFilter currentFilter() const;
    // Runs the search for the current filter from the first page (asynchronously).
    void refresh();

signals:
    // Emitted when a page of rows (or an error) has been shown; for tests and the status bar.
    void pageShown();
    void detailShown();

private:
    QWidget *buildFilterBar();
    QWidget *buildDetailPane();
    void fillRegencies();
    void requestPage(qint64 offset);
    void onPage(const PersonnelPageResult &r);
    void onCount(const PersonnelCountResult &r);
    void onSelection();
    void onDetail(quint64 ticket, const PersonDetail &d, const QString &error);
    void updatePager();

    UiContext &m_ctx;
    PersonnelTableModel *m_model = nullptr;
    PersonJobsModel *m_jobs = nullptr;
    PersonJobsModel *m_registrations = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_regency = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_facility = nullptr;
    QComboBox *m_active = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_detailHeader = nullptr;
    QList<QLabel *> m_detailValues; // NIK, sex, born, region, address, status, updated
    QTimer *m_debounce = nullptr;
    quint64 m_detailTicket = 0;
    qint64 m_offset = 0;
    qint64 m_total = -1;
    int m_rowsShown = 0;
    bool m_loading = false;
};

} // namespace mt
