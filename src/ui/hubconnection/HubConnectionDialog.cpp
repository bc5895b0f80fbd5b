// HubConnectionDialog: saving is immediate; enrolment runs in the worker and reports back by signal.
#include "hubconnection/HubConnectionDialog.h"
#include "ui_HubConnectionDialog.h"

#include "services/ErrorText.h"
#include "services/HubSync.h"

#include <QPushButton>
#include <QUrl>

namespace mt {

HubConnectionDialog::HubConnectionDialog(HubSync &sync, const QString &siteId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HubConnectionDialog>())
    , m_sync(sync)
    , m_siteId(siteId)
{
    m_ui->setupUi(this);
    m_ui->urlEdit->setText(sync.hubUrl());
    m_ui->siteValue->setText(siteId);
    m_apply = m_ui->buttonBox->addButton(tr("Save and enrol"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(m_apply, &QPushButton::clicked, this, &HubConnectionDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&sync, &HubSync::enrolFinished, this, [this](bool ok, const QString &error) {
        if (!m_waiting)
            return;
        m_waiting = false;
        setBusy(false);
        m_ui->codeEdit->clear();
        showStatus(ok ? tr("Enrolled. The first sync has started.") : tr("Enrolment failed: %1").arg(error), !ok);
    });
}

HubConnectionDialog::~HubConnectionDialog() = default;

void HubConnectionDialog::apply()
{
    const QString url = m_ui->urlEdit->text().trimmed();
    const QUrl parsed(url);
    if (!url.isEmpty() && (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
                           || parsed.host().isEmpty())) {
        showStatus(tr("The hub URL must look like https://host:port."), true);
        return;
    }
    if (Status st = m_sync.setHubUrl(url); !st.ok()) {
        showStatus(tr("The setting could not be saved: %1").arg(ErrorText::message(st)), true);
        return;
    }
    const QString code = m_ui->codeEdit->text();
    if (code.isEmpty() || url.isEmpty()) {
        showStatus(url.isEmpty() ? tr("Hub sync is off.") : tr("Saved."), false);
        if (!url.isEmpty())
            m_sync.syncNow();
        return;
    }
    m_waiting = true;
    setBusy(true);
    showStatus(tr("Enrolling with %1…").arg(url), false);
    m_sync.enrol(m_siteId, code);
}

void HubConnectionDialog::setBusy(bool busy)
{
    m_apply->setEnabled(!busy);
    m_ui->urlEdit->setEnabled(!busy);
    m_ui->codeEdit->setEnabled(!busy);
}

void HubConnectionDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #C62828; font-weight: bold;") : QString());
}

} // namespace mt
