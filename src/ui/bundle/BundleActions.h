// The bundle menu entries of the main window: export, import, keys/trust; enabled by permission.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace mt {

struct UiContext;
class BundleRunner;
class BundleTrustDialog;
class ExportBundleDialog;
class ImportBundleDialog;

class BundleActions : public QObject
{
    Q_OBJECT
public:
    // Adds its actions to `menu`; dialogs open window-modal over `window` (never exec()).
    BundleActions(UiContext &ctx, QWidget *window, QMenu *menu);
    ~BundleActions() override;

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *trustAction() const { return m_trust; }
    BundleRunner *runner() const { return m_runner; }

    ExportBundleDialog *openExport();
    ImportBundleDialog *openImport();
    BundleTrustDialog *openTrust();

private:
    void applyPermissions();

    UiContext &m_ctx;
    QWidget *m_window;
    BundleRunner *m_runner;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_trust = nullptr;
    QPointer<ExportBundleDialog> m_exportDialog;
    QPointer<ImportBundleDialog> m_importDialog;
    QPointer<BundleTrustDialog> m_trustDialog;
};

} // namespace mt
