// First start on an empty database (not demo): names the site and creates the first administrator.
#pragma once

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mt {

class Workspace;

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    explicit FirstRunWizard(Workspace &ws, QWidget *parent = nullptr);
    QString adminName() const;
    void accept() override;

private:
    QWizardPage *buildSitePage();
    QWizardPage *buildAdminPage();
    bool saveSite();
    void showError(const QString &message, QWidget *field);

    Workspace &m_ws;
    QLineEdit *m_siteName = nullptr;
    QLineEdit *m_siteId = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace mt
