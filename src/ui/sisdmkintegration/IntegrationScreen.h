// Integration status screen (issue 4 part 6): last SISDMK runs, next run, errors, "Sync now" with progress and Cancel.
#pragma once

#include "services/PersonnelTypes.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mt {

struct UiContext;
class SyncRunsModel;

class IntegrationScreen : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationScreen(UiContext &ctx, QWidget *parent = nullptr);
    SyncRunsModel *model() const { return m_model; }
    void refreshRuns();

signals:
    void runsShown(); // a runs query result reached the table (tests)

private:
    void connectService();
    void updateState();
    void onProgress(const SyncProgress &p);
    void onRuns(const RunsResult &r);
    void syncNow();
    void cancel();

    UiContext &m_ctx;
    SyncRunsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_availability = nullptr;
    QLabel *m_config = nullptr;
    QLabel *m_nextRun = nullptr;
    QLabel *m_permission = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_errors = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_lastCannotStart;
    qint64 m_rawBodies = 0;
    bool m_cancelling = false;
    QElapsedTimer m_runsRefreshed;
};

} // namespace mt
