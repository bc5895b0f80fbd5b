// Asks for a required reason (unacknowledge, reopen, escalate); inline validation keeps the text.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace mt {

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    QString reason() const;
    void accept() override;

private:
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace mt
