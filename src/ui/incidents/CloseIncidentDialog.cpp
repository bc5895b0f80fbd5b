// Close dialog: validates inline and never clears what was typed when the close is refused.
#include "incidents/CloseIncidentDialog.h"

#include "ui_CloseIncidentDialog.h"

#include "base/UiContext.h"
#include "services/ErrorText.h"
#include "services/IncidentService.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace mt {

CloseIncidentDialog::CloseIncidentDialog(UiContext &ctx, const Incident &incident, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_incident(incident), m_ui(std::make_unique<Ui::CloseIncidentDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Close incident %1: %2").arg(incident.number, incident.title));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Close incident"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->existingEvidence->setText(tr("Evidence already recorded: %n item(s).", nullptr, incident.evidenceCount));
    if (!incident.resolution.isEmpty())
        m_ui->resolutionEdit->setPlainText(incident.resolution);
    m_ui->errorLabel->hide();
    updateKbFields();
    connect(m_ui->addFileButton, &QPushButton::clicked, this, &CloseIncidentDialog::chooseFiles);
    connect(m_ui->removeFileButton, &QPushButton::clicked, this, &CloseIncidentDialog::removeSelectedFile);
    connect(m_ui->kbRadio, &QRadioButton::toggled, this, &CloseIncidentDialog::updateKbFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CloseIncidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CloseIncidentDialog::reject);
}

CloseIncidentDialog::~CloseIncidentDialog() = default;

void CloseIncidentDialog::updateKbFields()
{
    const bool kb = m_ui->kbRadio->isChecked();
    m_ui->kbEdit->setEnabled(kb);
    m_ui->noKbReasonEdit->setEnabled(!kb);
}

void CloseIncidentDialog::chooseFiles()
{
    auto *picker = new QFileDialog(this, tr("Attach evidence"));
    picker->setFileMode(QFileDialog::ExistingFiles);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            if (!addEvidenceFile(path))
                break;
    });
    picker->open();
}

bool CloseIncidentDialog::addEvidenceFile(const QString &path)
{
    QFile file(path);
    const qint64 limit = m_ctx.ws.config().maxAttachmentBytes;
    if (file.size() > limit) {
        showError(tr("%1 is larger than the limit of %2.")
                      .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(limit)),
                  m_ui->addFileButton);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), m_ui->addFileButton);
        return false;
    }
    m_files.append({QFileInfo(path).fileName(), file.readAll()});
    m_ui->filesList->addItem(QStringLiteral("%1 (%2)").arg(m_files.last().fileName,
                                                           QLocale().formattedDataSize(m_files.last().content.size())));
    showError({}, nullptr);
    return true;
}

void CloseIncidentDialog::removeSelectedFile()
{
    const int row = m_ui->filesList->currentRow();
    if (row < 0)
        return;
    delete m_ui->filesList->takeItem(row);
    m_files.removeAt(row);
}

void CloseIncidentDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

bool CloseIncidentDialog::validate()
{
    if (m_ui->resolutionEdit->toPlainText().trimmed().isEmpty()) {
        showError(tr("Describe the resolution."), m_ui->resolutionEdit);
        return false;
    }
    const bool hasEvidence = m_incident.evidenceCount > 0 || !m_files.isEmpty()
        || !m_ui->evidenceNoteEdit->toPlainText().trimmed().isEmpty();
    if (!hasEvidence) {
        showError(tr("Add evidence: a note, a file, or both."), m_ui->evidenceNoteEdit);
        return false;
    }
    if (m_ui->kbRadio->isChecked() && m_ui->kbEdit->text().trimmed().isEmpty()) {
        showError(tr("Enter the knowledge base reference, or choose \"No KB entry\" and say why."), m_ui->kbEdit);
        return false;
    }
    if (m_ui->noKbRadio->isChecked() && m_ui->noKbReasonEdit->text().trimmed().isEmpty()) {
        showError(tr("Say why there is no knowledge base entry."), m_ui->noKbReasonEdit);
        return false;
    }
    return true;
}

void CloseIncidentDialog::accept()
{
    if (!validate())
        return;
    CloseIncidentRequest r;
    r.resolution = m_ui->resolutionEdit->toPlainText().trimmed();
    r.evidenceNote = m_ui->evidenceNoteEdit->toPlainText().trimmed();
    r.files = m_files;
    if (m_ui->kbRadio->isChecked())
        r.kbRef = m_ui->kbEdit->text().trimmed();
    else
        r.noKbReason = m_ui->noKbReasonEdit->text().trimmed();
    const Status st = m_ctx.ws.incidents().close(m_ctx.session, m_incident.id, r);
    if (!st.ok()) {
        QWidget *field = st.field == QStringLiteral("resolution") ? static_cast<QWidget *>(m_ui->resolutionEdit)
                       : st.field == QStringLiteral("kb_ref") ? static_cast<QWidget *>(m_ui->kbEdit)
                                                              : nullptr;
        showError(ErrorText::message(st), field);
        return;
    }
    QDialog::accept();
}

} // namespace mt
