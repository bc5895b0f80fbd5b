// Close dialog (SOP step 6): resolution, evidence note and files, KB reference or the reason for none.
#pragma once

#include "services/IncidentService.h"

#include <QDialog>

#include <memory>

namespace Ui { class CloseIncidentDialog; }

namespace mt {

struct UiContext;

class CloseIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    CloseIncidentDialog(UiContext &ctx, const Incident &incident, QWidget *parent = nullptr);
    ~CloseIncidentDialog() override;
    // Reads a file into the pending evidence; false (with the reason shown inline) if unreadable or too large.
    bool addEvidenceFile(const QString &path);
    void accept() override;

private:
    void chooseFiles();
    void removeSelectedFile();
    void updateKbFields();
    bool validate();
    void showError(const QString &message, QWidget *field);

    UiContext &m_ctx;
    Incident m_incident;
    std::unique_ptr<Ui::CloseIncidentDialog> m_ui;
    QList<EvidenceFile> m_files;
};

} // namespace mt
