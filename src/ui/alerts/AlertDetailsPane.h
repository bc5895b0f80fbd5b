// Right-hand pane of the console: every field of the selected alert and its timeline.
#pragma once

#include <QWidget>

class QLabel;

namespace mt {

struct UiContext;
class TimelineView;

class AlertDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit AlertDetailsPane(UiContext &ctx, QWidget *parent = nullptr);
    void showAlert(const QString &alertId); // empty clears

private:
    UiContext &m_ctx;
    QLabel *m_fields = nullptr;
    TimelineView *m_timeline = nullptr;
};

} // namespace mt
