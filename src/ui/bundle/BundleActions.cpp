// BundleActions: menu entries, permission gating (disabled with the reason as tooltip) and one dialog of each kind.
#include "bundle/BundleActions.h"

#include "bundle/BundleRunner.h"
#include "bundle/BundleTrustDialog.h"
#include "bundle/BundleUi.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportBundleDialog.h"
#include "base/UiContext.h"

#include <QAction>
#include <QMenu>

namespace mt {

namespace {

template <class Dialog, class... Args>
Dialog *showOnce(QPointer<Dialog> &slot, QWidget *window, Args &&...args)
{
    if (!slot || !slot->isVisible()) { // a closed one may still await its deferred delete
        slot = new Dialog(std::forward<Args>(args)..., window);
        slot->setAttribute(Qt::WA_DeleteOnClose);
        slot->open();
    }
    slot->raise();
    slot->activateWindow();
    return slot;
}

} // namespace

BundleActions::BundleActions(UiContext &ctx, QWidget *window, QMenu *menu)
    : QObject(window), m_ctx(ctx), m_window(window), m_runner(new BundleRunner(ctx.ws, this))
{
    m_export = menu->addAction(tr("&Export bundle…"));
    m_export->setObjectName(QStringLiteral("actionExportBundle"));
    m_import = menu->addAction(tr("&Import bundle…"));
    m_import->setObjectName(QStringLiteral("actionImportBundle"));
    m_trust = menu->addAction(tr("Bundle &keys and trusted sites…"));
    m_trust->setObjectName(QStringLiteral("actionBundleTrust"));
    menu->setToolTipsVisible(true); // the reason a disabled entry is disabled
    connect(m_export, &QAction::triggered, this, &BundleActions::openExport);
    connect(m_import, &QAction::triggered, this, &BundleActions::openImport);
    connect(m_trust, &QAction::triggered, this, &BundleActions::openTrust);
    applyPermissions();
}

BundleActions::~BundleActions() = default;

void BundleActions::applyPermissions()
{
    // The window is rebuilt when another person signs in, so the session's role is fixed here.
    const Role role = m_ctx.session.role;
    const auto gate = [role](QAction *a, Action needed, const QString &enabledTip) {
        const bool ok = PermissionPolicy::allows(role, needed);
        a->setEnabled(ok);
        a->setToolTip(ok ? enabledTip : BundleUi::missingPermission(needed));
    };
    gate(m_export, Action::BundleExport, tr("Write the events another site lacks into a signed file."));
    gate(m_import, Action::BundleImport, tr("Add the events of a signed bundle from a trusted site."));
    // Showing this site's public key is harmless; trusting a site needs SettingsManage (checked in the dialog).
    const bool keys = PermissionPolicy::allows(role, Action::BundleExport)
                      || PermissionPolicy::allows(role, Action::BundleImport)
                      || PermissionPolicy::allows(role, Action::SettingsManage);
    m_trust->setEnabled(keys);
    m_trust->setToolTip(keys ? tr("Show this site's public key; trust other sites' keys (administrators).")
                             : BundleUi::missingPermission(Action::BundleImport));
}

ExportBundleDialog *BundleActions::openExport()
{
    if (!m_export->isEnabled())
        return nullptr;
    return showOnce(m_exportDialog, m_window, m_ctx, *m_runner);
}

ImportBundleDialog *BundleActions::openImport()
{
    if (!m_import->isEnabled())
        return nullptr;
    return showOnce(m_importDialog, m_window, m_ctx, *m_runner);
}

BundleTrustDialog *BundleActions::openTrust()
{
    if (!m_trust->isEnabled())
        return nullptr;
    return showOnce(m_trustDialog, m_window, m_ctx);
}

} // namespace mt
