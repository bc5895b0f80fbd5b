// ImportBundleDialog: the file goes to BundleRunner (worker thread); the answer is a summary or BundleText's reason.
#include "bundle/ImportBundleDialog.h"

#include "ui_ImportBundleDialog.h"

#include "bundle/BundleRunner.h"
#include "bundle/BundleUi.h"
#include "base/UiContext.h"
#include "services/BundleText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace mt {

ImportBundleDialog::ImportBundleDialog(UiContext &ctx, BundleRunner &runner, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_runner(runner), m_ui(std::make_unique<Ui::ImportBundleDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->busyBar->hide();
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ImportBundleDialog::updateButtons);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportBundleDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportBundleDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportBundleDialog::reject);
    connect(&m_runner, &BundleRunner::busyChanged, this, &ImportBundleDialog::updateButtons);
    if (!PermissionPolicy::allows(m_ctx.session.role, Action::BundleImport))
        BundleUi::setStatus(m_ui->statusLabel, BundleUi::missingPermission(Action::BundleImport), BundleUi::Tone::Failure);
    updateButtons();
}

ImportBundleDialog::~ImportBundleDialog() = default;

void ImportBundleDialog::browse()
{
    QString dir = QFileInfo(m_ui->fileEdit->text()).absolutePath();
    if (m_ui->fileEdit->text().isEmpty())
        dir = BundleUi::defaultFolder();
    auto *picker = new QFileDialog(this, tr("Open bundle"), dir, BundleUi::fileFilter());
    picker->setAcceptMode(QFileDialog::AcceptOpen);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->fileEdit->setText(QDir::toNativeSeparators(file)); });
    picker->open();
}

void ImportBundleDialog::start()
{
    const QString file = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    if (!QFileInfo(file).isFile()) {
        BundleUi::setStatus(m_ui->statusLabel, tr("Choose an existing bundle file."), BundleUi::Tone::Failure);
        m_ui->fileEdit->setFocus();
        return;
    }
    setWorking(true);
    const bool started = m_runner.importBundle(m_ctx.session, file, this,
                                               [this](const Result<BundleImportSummary> &r) { finished(r); });
    if (!started) {
        setWorking(false);
        BundleUi::setStatus(m_ui->statusLabel, tr("Another bundle is being exported or imported; try again when it "
                                                  "has finished."),
                            BundleUi::Tone::Failure);
    }
}

void ImportBundleDialog::finished(const Result<BundleImportSummary> &r)
{
    setWorking(false);
    if (!r) {
        BundleUi::setStatus(m_ui->statusLabel, BundleText::message(r.error()), BundleUi::Tone::Failure);
        return;
    }
    QStringList lines;
    lines << tr("Bundle from site %1 imported.").arg(r->fromSite);
    lines << tr("New events: %1").arg(r->newEvents);
    lines << tr("Already here: %1").arg(r->duplicates);
    if (r->newEvents == 0 && r->heldClockAhead == 0)
        lines << tr("Nothing changed: everything in this bundle was already here.");
    if (r->heldClockAhead > 0)
        lines << BundleText::heldClockAhead(r->heldClockAhead, r->clockAheadMs);
    BundleUi::setStatus(m_ui->statusLabel, lines.join(QLatin1Char('\n')),
                        r->heldClockAhead > 0 ? BundleUi::Tone::Failure : BundleUi::Tone::Success);
    emit imported(r->fromSite, r->newEvents);
}

void ImportBundleDialog::setWorking(bool working)
{
    m_working = working;
    m_ui->busyBar->setVisible(working);
    if (working)
        BundleUi::setStatus(m_ui->statusLabel, tr("Checking the signature and importing…"), BundleUi::Tone::Neutral);
    m_ui->fileEdit->setEnabled(!working);
    m_ui->browseButton->setEnabled(!working);
    updateButtons();
}

void ImportBundleDialog::updateButtons()
{
    const bool allowed = PermissionPolicy::allows(m_ctx.session.role, Action::BundleImport);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(allowed && !m_working && !m_runner.isBusy() && !m_ui->fileEdit->text().trimmed().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(!m_working);
}

void ImportBundleDialog::reject()
{
    if (m_working)
        return;
    QDialog::reject();
}

} // namespace mt
