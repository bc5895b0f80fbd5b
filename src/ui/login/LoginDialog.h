// Sign-in (SOP step 1) and re-sign-in after an idle lock; errors inline, lockout shown with its end time.
#pragma once

#include "services/Workspace.h"

#include <QDialog>

#include <memory>

namespace Ui { class LoginDialog; }

namespace mt {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // `demoAccounts`: text listing the demo users (shown only in demo mode); `lockedUser`: the
    // user whose session was locked (re-sign-in), empty at start.
    LoginDialog(Workspace &ws, const QString &demoAccounts, const QString &lockedUser = {}, QWidget *parent = nullptr);
    ~LoginDialog() override;
    // Why the session is locked (re-sign-in only): the idle lock and Lock now say different things.
    enum class LockReason { Inactivity, ByUser };
    void setLockReason(LockReason reason);
    Session session() const { return m_session; }
    void accept() override;

private:
    void showError(const Error &e);

    Workspace &m_ws;
    std::unique_ptr<Ui::LoginDialog> m_ui;
    Session m_session;
};

} // namespace mt
