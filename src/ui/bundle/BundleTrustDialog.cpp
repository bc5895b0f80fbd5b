// BundleTrustDialog: shows what the other site needs (site id, public key) and records trust (SettingsManage).
#include "bundle/BundleTrustDialog.h"

#include "ui_BundleTrustDialog.h"

#include "bundle/BundleUi.h"
#include "bundle/SigningKeyFetch.h"
#include "base/UiContext.h"
#include "services/BundleText.h"
#include "services/BundleService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

namespace mt {

BundleTrustDialog::BundleTrustDialog(UiContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_ui(std::make_unique<Ui::BundleTrustDialog>()), m_key(new SigningKeyFetch(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->ownSiteValue->setText(m_ctx.ws.config().siteId);
    m_ui->copyButton->setEnabled(false);
    m_ui->peersTable->setColumnCount(4);
    m_ui->peersTable->setHorizontalHeaderLabels({tr("Site"), tr("Key id"), tr("Received up to"), tr("Confirmed up to")});
    m_ui->peersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->peersTable->verticalHeader()->hide();
    const bool admin = PermissionPolicy::allows(m_ctx.session.role, Action::SettingsManage);
    m_ui->trustBox->setEnabled(admin);
    if (!admin)
        m_ui->trustBox->setToolTip(BundleUi::missingPermission(Action::SettingsManage));
    m_ui->peerKeyEdit->setPlaceholderText(tr("base64 text shown in this dialog at the other site"));
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->ownKeyEdit->text()); });
    connect(m_ui->trustButton, &QPushButton::clicked, this, &BundleTrustDialog::trust);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BundleTrustDialog::reject);
    fillPeers();
    loadOwnKey();
}

BundleTrustDialog::~BundleTrustDialog() = default;

void BundleTrustDialog::loadOwnKey()
{
    m_ui->ownKeyEdit->setPlaceholderText(tr("Reading from the system keychain…"));
    m_key->start(m_ctx.ws.config().siteId, [this](const Result<BundleSigningKey> &key) {
        m_ui->ownKeyEdit->setPlaceholderText(QString());
        if (!key) {
            BundleUi::setStatus(m_ui->statusLabel, BundleText::message(key.error()), BundleUi::Tone::Failure);
            return;
        }
        m_ui->ownKeyEdit->setText(QString::fromLatin1(key->publicKey().toBase64()));
        m_ui->ownKeyIdValue->setText(key->keyId());
        m_ui->copyButton->setEnabled(true);
    });
}

void BundleTrustDialog::fillPeers()
{
    // One row per trusted site: a tiny read, fine on the GUI thread.
    const auto peers = m_ctx.ws.bundles().peers();
    if (!peers) {
        BundleUi::setStatus(m_ui->statusLabel, BundleText::message(peers.error()), BundleUi::Tone::Failure);
        return;
    }
    m_ui->peersTable->setRowCount(int(peers->size()));
    for (int row = 0; row < peers->size(); ++row) {
        const BundlePeer &p = peers->at(row);
        const QStringList cells = {p.siteId, p.keyId, QString::number(p.receivedThrough), QString::number(p.ackedThrough)};
        for (int col = 0; col < cells.size(); ++col)
            m_ui->peersTable->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
}

void BundleTrustDialog::trust()
{
    const QString site = m_ui->peerSiteEdit->text().trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(m_ui->peerKeyEdit->text().trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray key = decoded ? *decoded : QByteArray();
    // One row in bundle_peers: a short write, like every other action of the GUI.
    const Status st = m_ctx.ws.bundles().trustPeer(&m_ctx.session, site, key);
    if (!st.ok()) {
        const QString text = st.field == QLatin1String("public_key")
                                 ? tr("The public key must be the base64 text shown under \"This site's public "
                                      "key\" at the other site (or by \"medtrackctl bundle key show\").")
                                 : BundleText::message(st);
        BundleUi::setStatus(m_ui->statusLabel, text, BundleUi::Tone::Failure);
        return;
    }
    BundleUi::setStatus(m_ui->statusLabel,
                        tr("Bundles signed by site %1 (key %2) are now accepted.")
                            .arg(site, BundleSigningKey::keyIdOf(key)),
                        BundleUi::Tone::Success);
    m_ui->peerSiteEdit->clear();
    m_ui->peerKeyEdit->clear();
    fillPeers();
    emit peerTrusted(site);
}

} // namespace mt
