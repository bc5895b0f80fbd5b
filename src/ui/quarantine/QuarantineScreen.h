// Quarantine review (issue 4 part 6, data stewards only): rejected records, their reasons, raw JSON, "Mark reviewed".
#pragma once

#include "services/PersonnelTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mt {

struct UiContext;
class QuarantineTableModel;

class QuarantineScreen : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit QuarantineScreen(UiContext &ctx, QWidget *parent = nullptr);
    QuarantineTableModel *model() const { return m_model; }   // null when the role may not review
    QTableView *view() const { return m_view; }
    void refresh();
    // Marks the selected entry reviewed through Workspace (permission checked there too).
    void markSelectedReviewed();

signals:
    void pageShown();

private:
    void buildDenied();
    QWidget *buildDetailPane();
    void onPage(const QuarantinePageResult &r);
    void onSelection();

    UiContext &m_ctx;
    QuarantineTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_reasons = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_mark = nullptr;
    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    quint64 m_ticket = 0;
    qint64 m_offset = 0;
    qint64 m_total = 0;
    qint64 m_selectAfterLoad = 0;
    int m_selectRowAfterLoad = -1;
};

} // namespace mt
