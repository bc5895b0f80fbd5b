// "Export bundle…": peer site, all events, file; key from the keychain and the write on the worker thread.
#pragma once

#include "common/Error.h"
#include "services/Bundle.h"

#include <QDialog>

#include <memory>

namespace Ui { class ExportBundleDialog; }

namespace mt {

struct UiContext;
class BundleRunner;
class SigningKeyFetch;

class ExportBundleDialog : public QDialog
{
    Q_OBJECT
public:
    ExportBundleDialog(UiContext &ctx, BundleRunner &runner, QWidget *parent = nullptr);
    ~ExportBundleDialog() override;
    // Closing is refused while the key is read or the file written (neither can be interrupted
    // half-way: the file appears whole or not at all).
    void reject() override;
    bool isWorking() const { return m_working; }

signals:
    void exported(const QString &file);

private:
    void fillPeers();
    void peerChanged();
    void browse();
    void start();
    void write(const BundleSigningKey &key, const BundleExportOptions &options, const QString &file);
    void finished(const Result<BundleExportSummary> &r);
    void setWorking(bool working, const QString &what);
    void updateButtons();

    UiContext &m_ctx;
    BundleRunner &m_runner;
    std::unique_ptr<Ui::ExportBundleDialog> m_ui;
    SigningKeyFetch *m_key = nullptr;
    bool m_working = false;
    bool m_allForced = false;  // "any site" selected: "all events" is checked and locked
    bool m_allChosen = false;  // the person's own choice for a peer, restored when leaving "any site"
    bool m_fileChosen = false; // typed or picked by the user: no longer replaced by the default name
};

} // namespace mt
