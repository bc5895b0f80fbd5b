// Opens an incident (SOP step 4) from selected alerts or by hand; validates inline and keeps the input.
#pragma once

#include "domain/Types.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QCheckBox;
namespace Ui { class OpenIncidentDialog; }

namespace mt {

struct UiContext;

class OpenIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    OpenIncidentDialog(UiContext &ctx, const QStringList &alertIds, QWidget *parent = nullptr);
    ~OpenIncidentDialog() override;
    QString incidentId() const { return m_incidentId; }
    void accept() override;

private:
    void prefillFromAlerts();
    void fillAssignees();
    bool validate();
    void showError(const QString &message, QWidget *field);

    UiContext &m_ctx;
    std::unique_ptr<Ui::OpenIncidentDialog> m_ui;
    QStringList m_alertIds;
    QMap<Module, QCheckBox *> m_modules;
    QString m_incidentId;
};

} // namespace mt
