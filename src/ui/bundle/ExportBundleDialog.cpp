// ExportBundleDialog: collects the choices, then keychain (async) -> BundleRunner (worker thread) -> summary.
#include "bundle/ExportBundleDialog.h"

#include "ui_ExportBundleDialog.h"

#include "bundle/BundleRunner.h"
#include "bundle/BundleUi.h"
#include "bundle/SigningKeyFetch.h"
#include "base/UiContext.h"
#include "services/BundleText.h"
#include "services/BundleService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace mt {

ExportBundleDialog::ExportBundleDialog(UiContext &ctx, BundleRunner &runner, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_runner(runner), m_ui(std::make_unique<Ui::ExportBundleDialog>()),
      m_key(new SigningKeyFetch(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->busyBar->hide();
    fillPeers();
    peerChanged();
    connect(m_ui->peerCombo, &QComboBox::currentIndexChanged, this, &ExportBundleDialog::peerChanged);
    connect(m_ui->fileEdit, &QLineEdit::textEdited, this, [this] {
        m_fileChosen = true;
        updateButtons();
    });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportBundleDialog::updateButtons);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportBundleDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportBundleDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportBundleDialog::reject);
    connect(&m_runner, &BundleRunner::busyChanged, this, &ExportBundleDialog::updateButtons);
    if (!PermissionPolicy::allows(m_ctx.session.role, Action::BundleExport))
        BundleUi::setStatus(m_ui->statusLabel, BundleUi::missingPermission(Action::BundleExport), BundleUi::Tone::Failure);
    updateButtons();
}

ExportBundleDialog::~ExportBundleDialog() = default;

void ExportBundleDialog::fillPeers()
{
    // bundle_peers holds one row per trusted site: a tiny read, fine on the GUI thread.
    m_ui->peerCombo->addItem(tr("Any site (everything, a full bundle)"), QString());
    const auto peers = m_ctx.ws.bundles().peers();
    if (!peers) {
        BundleUi::setStatus(m_ui->statusLabel, BundleText::message(peers.error()), BundleUi::Tone::Failure);
        return;
    }
    for (const BundlePeer &p : peers.value())
        m_ui->peerCombo->addItem(tr("%1 (key %2)").arg(p.siteId, p.keyId), p.siteId);
    if (!peers->isEmpty())
        m_ui->peerCombo->setCurrentIndex(1);
}

void ExportBundleDialog::peerChanged()
{
    // A bundle for anyone always carries everything; for a peer, "all" overrides its acknowledgements.
    // Going back to a peer restores what the person had chosen for peers.
    const bool anyone = m_ui->peerCombo->currentData().toString().isEmpty();
    if (anyone && !m_allForced) {
        m_allChosen = m_ui->allCheck->isChecked();
        m_allForced = true;
        m_ui->allCheck->setChecked(true);
    } else if (!anyone && m_allForced) {
        m_allForced = false;
        m_ui->allCheck->setChecked(m_allChosen);
    }
    m_ui->allCheck->setEnabled(!anyone && !m_working);
    if (!m_fileChosen)
        m_ui->fileEdit->setText(BundleUi::defaultExportFile(m_ctx.ws.config().siteId,
                                                            m_ui->peerCombo->currentData().toString(),
                                                            m_ctx.ws.clock().nowUtc(),
                                                            m_ctx.ws.config().calendar.zone));
}

void ExportBundleDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Save bundle as"), m_ui->fileEdit->text(), BundleUi::fileFilter());
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("mtb"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_fileChosen = true;
        m_ui->fileEdit->setText(QDir::toNativeSeparators(file));
    });
    picker->open();
}

void ExportBundleDialog::start()
{
    const QString file = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    if (file.isEmpty() || !QFileInfo(file).absoluteDir().exists()) {
        BundleUi::setStatus(m_ui->statusLabel, tr("Choose a file in an existing folder."), BundleUi::Tone::Failure);
        m_ui->fileEdit->setFocus();
        return;
    }
    BundleExportOptions options;
    options.toSite = m_ui->peerCombo->currentData().toString();
    options.all = m_ui->allCheck->isChecked();
    setWorking(true, tr("Reading this site's signing key from the system keychain…"));
    m_key->start(m_ctx.ws.config().siteId, [this, options, file](const Result<BundleSigningKey> &key) {
        if (!key) {
            setWorking(false, QString());
            BundleUi::setStatus(m_ui->statusLabel, BundleText::message(key.error()), BundleUi::Tone::Failure);
            return;
        }
        write(key.value(), options, file);
    });
}

void ExportBundleDialog::write(const BundleSigningKey &key, const BundleExportOptions &options, const QString &file)
{
    setWorking(true, tr("Writing the bundle…"));
    const bool started = m_runner.exportBundle(m_ctx.session, file, key, options, this,
                                               [this](const Result<BundleExportSummary> &r) { finished(r); });
    if (!started) {
        setWorking(false, QString());
        BundleUi::setStatus(m_ui->statusLabel, tr("Another bundle is being exported or imported; try again when it "
                                                  "has finished."),
                            BundleUi::Tone::Failure);
    }
}

void ExportBundleDialog::finished(const Result<BundleExportSummary> &r)
{
    setWorking(false, QString());
    if (!r) {
        BundleUi::setStatus(m_ui->statusLabel, BundleText::message(r.error()), BundleUi::Tone::Failure);
        return;
    }
    QStringList lines;
    lines << tr("Bundle written: %n event(s).", nullptr, int(r->events));
    lines << (r->toSite.isEmpty() ? tr("For: any site (full bundle).") : tr("For: site %1.").arg(r->toSite));
    if (r->skipped > 0)
        lines << BundleText::leftOut(r->skippedByEntity);
    lines << tr("File: %1").arg(QDir::toNativeSeparators(r->file));
    BundleUi::setStatus(m_ui->statusLabel, lines.join(QLatin1Char('\n')), BundleUi::Tone::Success);
    emit exported(r->file);
}

void ExportBundleDialog::setWorking(bool working, const QString &what)
{
    m_working = working;
    m_ui->busyBar->setVisible(working);
    if (working)
        BundleUi::setStatus(m_ui->statusLabel, what, BundleUi::Tone::Neutral);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->peerCombo, m_ui->fileEdit, m_ui->browseButton})
        w->setEnabled(!working);
    m_ui->allCheck->setEnabled(!working && !m_ui->peerCombo->currentData().toString().isEmpty());
    updateButtons();
}

void ExportBundleDialog::updateButtons()
{
    const bool allowed = PermissionPolicy::allows(m_ctx.session.role, Action::BundleExport);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(allowed && !m_working && !m_runner.isBusy() && !m_ui->fileEdit->text().trimmed().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(!m_working);
}

void ExportBundleDialog::reject()
{
    if (m_working)
        return;
    QDialog::reject();
}

} // namespace mt
