// "Import bundle…": pick a file; verify and store it on the worker thread; summary or the refusal reason.
#pragma once

#include "common/Error.h"
#include "services/Bundle.h"

#include <QDialog>

#include <memory>

namespace Ui { class ImportBundleDialog; }

namespace mt {

struct UiContext;
class BundleRunner;

class ImportBundleDialog : public QDialog
{
    Q_OBJECT
public:
    ImportBundleDialog(UiContext &ctx, BundleRunner &runner, QWidget *parent = nullptr);
    ~ImportBundleDialog() override;
    void reject() override; // refused while the import runs (it cannot be interrupted half-way)
    bool isWorking() const { return m_working; }

signals:
    void imported(const QString &fromSite, qint64 newEvents);

private:
    void browse();
    void start();
    void finished(const Result<BundleImportSummary> &r);
    void setWorking(bool working);
    void updateButtons();

    UiContext &m_ctx;
    BundleRunner &m_runner;
    std::unique_ptr<Ui::ImportBundleDialog> m_ui;
    bool m_working = false;
};

} // namespace mt
