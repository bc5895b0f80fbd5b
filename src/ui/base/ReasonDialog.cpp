// Reason prompt used by alert and incident actions that need a "why" in the record.
#include "base/ReasonDialog.h"

#include "base/UiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mt {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(UiText::noMnemonic(prompt), this); // a buddy label: '&' in a title stays '&'
    label->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reasonEdit"));
    m_text->setTabChangesFocus(true);
    label->setBuddy(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #C62828;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    resize(420, 220);
}

QString ReasonDialog::reason() const
{
    return m_text->toPlainText().trimmed();
}

void ReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Please give a reason; it is kept in the record."));
        m_error->show();
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace mt
