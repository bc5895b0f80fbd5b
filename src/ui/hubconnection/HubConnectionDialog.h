// Admin dialog: the hub URL (saved in medtrack.ini) and enrolment with a one-off code, through the sync worker.
#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui { class HubConnectionDialog; }

namespace mt {

class HubSync;

class HubConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    HubConnectionDialog(HubSync &sync, const QString &siteId, QWidget *parent = nullptr);
    ~HubConnectionDialog() override;

private:
    void apply();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::HubConnectionDialog> m_ui;
    HubSync &m_sync;
    QString m_siteId;
    QPushButton *m_apply;
    bool m_waiting = false;
};

} // namespace mt
