// Open-incident dialog: title, Sev-1..4, modules, assignee, description; errors shown next to the form.
#include "incidents/OpenIncidentDialog.h"

#include "ui_OpenIncidentDialog.h"

#include "base/UiContext.h"
#include "base/UiText.h"
#include "services/ErrorText.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "services/AccountService.h"

#include <QCheckBox>
#include <QPushButton>

namespace mt {

OpenIncidentDialog::OpenIncidentDialog(UiContext &ctx, const QStringList &alertIds, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_ui(std::make_unique<Ui::OpenIncidentDialog>()), m_alertIds(alertIds)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Open incident"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (int sev = kMinIncidentSeverity; sev <= kMaxIncidentSeverity; ++sev)
        m_ui->severityCombo->addItem(UiText::incidentSeverity(sev), sev);
    m_ui->severityCombo->setCurrentIndex(2);
    int i = 0;
    for (const QString &key : allModuleKeys()) {
        const Module m = *moduleFromKey(key);
        auto *box = new QCheckBox(UiText::noMnemonic(UiText::module(m)), m_ui->modulesBox);
        box->setObjectName(QStringLiteral("module_") + key);
        m_ui->modulesGrid->addWidget(box, i / 3, i % 3);
        m_modules.insert(m, box);
        ++i;
    }
    m_ui->errorLabel->hide();
    fillAssignees();
    prefillFromAlerts();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OpenIncidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OpenIncidentDialog::reject);
}

OpenIncidentDialog::~OpenIncidentDialog() = default;

void OpenIncidentDialog::fillAssignees()
{
    m_ui->assigneeCombo->addItem(tr("Unassigned"), QString());
    auto users = m_ctx.ws.accounts().users();
    if (!users.ok())
        return;
    for (const UserRecord &u : users.value()) {
        if (u.disabled)
            continue;
        m_ui->assigneeCombo->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, UiText::role(u.role)), u.name);
        if (u.name == m_ctx.session.user)
            m_ui->assigneeCombo->setCurrentIndex(m_ui->assigneeCombo->count() - 1);
    }
}

void OpenIncidentDialog::prefillFromAlerts()
{
    QStringList titles;
    AlertSeverity worst = AlertSeverity::Info;
    for (const QString &id : m_alertIds) {
        auto found = m_ctx.ws.alerts().find(id);
        if (!found.ok() || !found->has_value())
            continue;
        const Alert &a = *found.value();
        titles << tr("• [%1] %2 — %3, %4, raised %5")
                      .arg(UiText::severity(a.severity), a.title, UiText::module(a.module), a.resource,
                           UiText::localTime(a.raisedAtMs, m_ctx.ws.config().calendar.zone));
        m_modules.value(a.module)->setChecked(true);
        if (int(a.severity) > int(worst))
            worst = a.severity;
        if (m_ui->titleEdit->text().isEmpty())
            m_ui->titleEdit->setText(a.title);
    }
    // Names exactly the alerts this dialog acts on (taken when it opened), whatever the feed does meanwhile.
    m_ui->linkedAlerts->setTextFormat(Qt::PlainText);
    m_ui->linkedAlerts->setText(titles.isEmpty() ? tr("None") : titles.join(QLatin1Char('\n')));
    if (titles.size() == 1)
        setWindowTitle(tr("Open incident from alert “%1”").arg(m_ui->titleEdit->text()));
    else if (titles.size() > 1)
        setWindowTitle(tr("Open incident from %n alerts", nullptr, int(titles.size())));
    if (!titles.isEmpty())
        m_ui->severityCombo->setCurrentIndex(worst == AlertSeverity::Critical ? 1 : 2);
}

void OpenIncidentDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

bool OpenIncidentDialog::validate()
{
    if (m_ui->titleEdit->text().trimmed().isEmpty()) {
        showError(tr("Give the incident a title."), m_ui->titleEdit);
        return false;
    }
    const bool anyModule = std::any_of(m_modules.cbegin(), m_modules.cend(), [](QCheckBox *b) { return b->isChecked(); });
    if (!anyModule) {
        showError(tr("Tick at least one affected module."), m_modules.first());
        return false;
    }
    return true;
}

void OpenIncidentDialog::accept()
{
    if (!validate())
        return;
    OpenIncidentRequest r;
    r.title = m_ui->titleEdit->text().trimmed();
    r.description = m_ui->descriptionEdit->toPlainText().trimmed();
    r.severity = m_ui->severityCombo->currentData().toInt();
    for (auto it = m_modules.cbegin(); it != m_modules.cend(); ++it)
        if (it.value()->isChecked())
            r.modules << it.key();
    r.alertIds = m_alertIds;
    r.assignee = m_ui->assigneeCombo->currentData().toString();
    auto opened = m_ctx.ws.incidents().open(m_ctx.session, r);
    if (!opened.ok()) {
        const Error &e = opened.error();
        QWidget *field = e.field == QStringLiteral("title") ? static_cast<QWidget *>(m_ui->titleEdit)
                       : e.field == QStringLiteral("description") ? static_cast<QWidget *>(m_ui->descriptionEdit)
                                                                  : nullptr;
        showError(ErrorText::message(e), field);
        return;
    }
    m_incidentId = opened.value();
    QDialog::accept();
}

} // namespace mt
