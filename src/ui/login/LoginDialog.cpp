// Sign-in dialog: Workspace::login does the hashing and lockout; this only shows the outcome clearly.
#include "login/LoginDialog.h"

#include "ui_LoginDialog.h"

#include "base/UiText.h"
#include "services/ErrorText.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QPushButton>

namespace mt {

LoginDialog::LoginDialog(Workspace &ws, const QString &demoAccounts, const QString &lockedUser, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(lockedUser.isEmpty() ? tr("Quit") : tr("Cancel"));
    m_ui->errorLabel->hide();
    // A product decision (docs/sop-operator.md, step 1): this work goes on before sign-in and while locked.
    m_ui->backgroundLabel->setText(tr("While nobody is signed in, this workstation keeps syncing with the hub, "
                                      "pulling SISDMK on schedule and escalating overdue alerts."));
    m_ui->demoLabel->setText(demoAccounts);
    m_ui->demoLabel->setVisible(!demoAccounts.isEmpty());
    const QString site = ws.config().siteName.isEmpty() ? ws.config().siteId : ws.config().siteName;
    if (lockedUser.isEmpty()) {
        m_ui->subtitle->setText(tr("Site: %1. Sign in to start your shift.").arg(site));
    } else {
        setLockReason(LockReason::Inactivity);
        m_ui->userEdit->setText(lockedUser);
        m_ui->passwordEdit->setFocus();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLockReason(LockReason reason)
{
    m_ui->subtitle->setText(reason == LockReason::ByUser
                                ? tr("The session was locked by the user. Sign in again to continue.")
                                : tr("The session was locked after inactivity. Sign in again to continue."));
}

void LoginDialog::showError(const Error &e)
{
    QString text = ErrorText::message(e);
    if (e.code == ErrorCode::AccountLocked) {
        const QDateTime until = QDateTime::fromString(e.detail, Qt::ISODateWithMs);
        if (until.isValid())
            text = tr("This account is locked after too many failed attempts. Try again after %1.")
                       .arg(UiText::localTime(until.toMSecsSinceEpoch(), m_ws.config().calendar.zone));
    }
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void LoginDialog::accept()
{
    const QString user = m_ui->userEdit->text().trimmed();
    if (user.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your user name."));
        m_ui->errorLabel->show();
        m_ui->userEdit->setFocus();
        return;
    }
    auto result = m_ws.accounts().login(user, m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (!result.ok()) {
        showError(result.error());
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = result.value();
    QDialog::accept();
}

} // namespace mt
