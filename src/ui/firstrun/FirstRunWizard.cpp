// First-run wizard: site settings, then the bootstrap admin (Workspace::addUser with no actor).
#include "firstrun/FirstRunWizard.h"

#include "base/UiText.h"
#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/ErrorText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mt {

FirstRunWizard::FirstRunWizard(Workspace &ws, QWidget *parent) : QWizard(parent), m_ws(ws)
{
    setWindowTitle(tr("MedTrack first start"));
    setWizardStyle(QWizard::ClassicStyle);
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::FinishButton, tr("Create administrator"));
    setButtonText(QWizard::CancelButton, tr("Quit"));
    addPage(buildSitePage());
    addPage(buildAdminPage());
    resize(560, 420);
}

QWizardPage *FirstRunWizard::buildSitePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("This workstation's site"));
    page->setSubTitle(tr("The database is empty. Name the site and its time zone; times are shown in this zone."));
    auto *form = new QFormLayout(page);
    m_siteName = new QLineEdit(m_ws.config().siteName, page);
    m_siteName->setPlaceholderText(tr("e.g. Puskesau Jakarta"));
    m_siteId = new QLineEdit(m_ws.config().siteId, page);
    m_zone = new QComboBox(page);
    for (SiteZone z : {SiteZone::WIB, SiteZone::WITA, SiteZone::WIT})
        m_zone->addItem(tr("%1 (UTC+%2)").arg(UiText::zone(z)).arg(utcOffsetSeconds(z) / 3600), int(z));
    m_zone->setCurrentIndex(int(m_ws.config().calendar.zone));
    m_language = new QComboBox(page);
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_ws.config().language == QLatin1String("en") ? 1 : 0);
    form->addRow(tr("Site name"), m_siteName);
    form->addRow(tr("Site id"), m_siteId);
    form->addRow(tr("Time zone"), m_zone);
    form->addRow(tr("Language"), m_language);
    return page;
}

QWizardPage *FirstRunWizard::buildAdminPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("First administrator"));
    page->setSubTitle(tr("This account manages users and settings. Use a password of at least %1 characters.")
                          .arg(m_ws.config().auth.minPasswordLength));
    auto *v = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(QStringLiteral("admin"), page);
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_displayName = new QLineEdit(page);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(page);
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Display name"), m_displayName);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Repeat password"), m_confirm);
    m_error = new QLabel(page);
    m_error->setStyleSheet(QStringLiteral("color: #C62828; font-weight: bold;"));
    m_error->setWordWrap(true);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addStretch();
    return page;
}

QString FirstRunWizard::adminName() const
{
    return m_user->text().trimmed();
}

void FirstRunWizard::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (field)
        field->setFocus();
}

bool FirstRunWizard::saveSite()
{
    AppConfig config = m_ws.config();
    config.siteName = m_siteName->text().trimmed();
    if (!m_siteId->text().trimmed().isEmpty())
        config.siteId = m_siteId->text().trimmed();
    config.calendar.zone = SiteZone(m_zone->currentData().toInt());
    config.language = m_language->currentData().toString();
    const Status st = m_ws.saveConfig(config);
    if (!st.ok())
        showError(ErrorText::message(st), nullptr);
    return st.ok();
}

void FirstRunWizard::accept()
{
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords differ."), m_confirm);
        return;
    }
    const AuthPolicy &auth = m_ws.config().auth;
    if (Status st = auth.validateUserName(adminName()); !st.ok()) {
        showError(ErrorText::message(st), m_user);
        return;
    }
    if (Status st = auth.validateNewPassword(m_password->text(), adminName()); !st.ok()) {
        showError(ErrorText::message(st), m_password);
        return;
    }
    if (!saveSite())
        return;
    const QString display = m_displayName->text().trimmed().isEmpty() ? adminName() : m_displayName->text().trimmed();
    const Status st = m_ws.accounts().addUser(nullptr, adminName(), display, Role::Admin, m_password->text());
    if (!st.ok()) {
        showError(ErrorText::message(st), m_user);
        return;
    }
    QWizard::accept();
}

} // namespace mt
