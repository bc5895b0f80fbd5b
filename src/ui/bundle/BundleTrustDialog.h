// "Bundle keys and trusted sites…": this site's public key (from the keychain, async), the trusted peers, and trusting a new one.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class BundleTrustDialog; }

namespace mt {

struct UiContext;
class SigningKeyFetch;

class BundleTrustDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BundleTrustDialog(UiContext &ctx, QWidget *parent = nullptr);
    ~BundleTrustDialog() override;

signals:
    void peerTrusted(const QString &siteId);

private:
    void loadOwnKey();
    void fillPeers();
    void trust();

    UiContext &m_ctx;
    std::unique_ptr<Ui::BundleTrustDialog> m_ui;
    SigningKeyFetch *m_key = nullptr;
};

} // namespace mt
