// Incident detail: every action goes through Workspace; the view re-reads the incident after each change.
#include "incidents/IncidentDetail.h"

#include "base/ReasonDialog.h"
#include "base/SeverityStyle.h"
#include "base/TimelineView.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "incidents/CloseIncidentDialog.h"
#include "services/ErrorText.h"
#include "services/IncidentService.h"
#include "services/TimelineService.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHash>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

IncidentDetail::IncidentDetail(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *outer = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("incidentHeader"));
    m_header->setWordWrap(true);
    outer->addWidget(m_header);
    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_countdown = new QLabel(m_body);
    m_countdown->setObjectName(QStringLiteral("slaCountdown"));
    m_fields = new QLabel(m_body);
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(m_body);
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_error->setStyleSheet(QStringLiteral("color: #C62828; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_countdown);
    layout->addWidget(m_fields);
    layout->addWidget(buildActions());
    layout->addWidget(m_error);
    layout->addWidget(buildChecklist());
    // Notes and the timeline both get the pane's full width (notes used to be a narrow column);
    // the operator moves the split.
    auto *lower = new QSplitter(Qt::Vertical, m_body);
    lower->setObjectName(QStringLiteral("notesTimelineSplitter"));
    lower->setChildrenCollapsible(false);
    lower->addWidget(buildNotesAndEvidence());
    auto *timelineBox = new QGroupBox(tr("Timeline"), m_body);
    auto *tl = new QVBoxLayout(timelineBox);
    m_timeline = new TimelineView(ctx, QStringLiteral("incidentTimeline"), timelineBox);
    tl->addWidget(m_timeline);
    lower->addWidget(timelineBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    layout->addWidget(lower, 1);
    outer->addWidget(m_body, 1);

    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(100);
    connect(refresh, &QTimer::timeout, this, &IncidentDetail::reload);
    connect(&ctx.ws.notifier(), &ChangeNotifier::incidentsChanged, refresh, [refresh] { refresh->start(); });
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &IncidentDetail::updateCountdown);
    tick->start(1000);
    showIncident({});
}

QWidget *IncidentDetail::buildActions()
{
    auto *box = new QWidget(m_body);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_assignee = new QComboBox(box);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignButton = new QPushButton(tr("Assign"), box);
    m_severity = new QComboBox(box);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    for (int sev = kMinIncidentSeverity; sev <= kMaxIncidentSeverity; ++sev)
        m_severity->addItem(SeverityStyle::incidentIcon(sev), UiText::incidentSeverity(sev), sev);
    m_severityButton = new QPushButton(tr("Change severity"), box);
    grid->addWidget(new QLabel(tr("Assignee"), box), 0, 0);
    grid->addWidget(m_assignee, 0, 1);
    grid->addWidget(m_assignButton, 0, 2);
    grid->addWidget(new QLabel(tr("Severity"), box), 1, 0);
    grid->addWidget(m_severity, 1, 1);
    grid->addWidget(m_severityButton, 1, 2);
    auto *buttons = new QHBoxLayout;
    m_startButton = new QPushButton(tr("Start work"), box);
    m_resolveButton = new QPushButton(tr("Mark resolved"), box);
    m_closeButton = new QPushButton(tr("Close…"), box);
    m_closeButton->setObjectName(QStringLiteral("closeIncidentButton"));
    m_reopenButton = new QPushButton(tr("Reopen…"), box);
    m_escalateButton = new QPushButton(tr("Escalate to L2…"), box);
    for (QPushButton *b : {m_startButton, m_resolveButton, m_closeButton, m_reopenButton, m_escalateButton})
        buttons->addWidget(b);
    buttons->addStretch();
    grid->addLayout(buttons, 2, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    connect(m_assignButton, &QPushButton::clicked, this, &IncidentDetail::assign);
    connect(m_severityButton, &QPushButton::clicked, this, &IncidentDetail::changeSeverity);
    connect(m_startButton, &QPushButton::clicked, this, [this] { setStatus(IncidentStatus::InProgress); });
    connect(m_resolveButton, &QPushButton::clicked, this, [this] { setStatus(IncidentStatus::Resolved); });
    connect(m_closeButton, &QPushButton::clicked, this, &IncidentDetail::openCloseDialog);
    connect(m_reopenButton, &QPushButton::clicked, this, &IncidentDetail::reopen);
    connect(m_escalateButton, &QPushButton::clicked, this, &IncidentDetail::escalate);
    return box;
}

QWidget *IncidentDetail::buildChecklist()
{
    auto *box = new QGroupBox(tr("Triage checklist (SOP step 3)"), m_body);
    auto *v = new QVBoxLayout(box);
    for (const QString &step : TriageStep::all()) {
        auto *check = new QCheckBox(UiText::noMnemonic(UiText::triageStep(step)), box);
        check->setObjectName(QStringLiteral("triage_") + step);
        v->addWidget(check);
        m_checklist.insert(step, check);
        connect(check, &QCheckBox::clicked, this, [this, step](bool done) {
            if (m_incident)
                report(m_ctx.ws.incidents().tickChecklist(m_ctx.session, m_incident->id, step, done));
        });
    }
    return box;
}

QWidget *IncidentDetail::buildNotesAndEvidence()
{
    auto *box = new QGroupBox(tr("Notes and evidence"), m_body);
    auto *v = new QVBoxLayout(box);
    m_notes = new QListWidget(box);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    m_notes->setTextElideMode(Qt::ElideNone);
    m_notes->setResizeMode(QListView::Adjust); // re-wraps when the pane is resized
    m_notes->setUniformItemSizes(false);
    m_notes->setAlternatingRowColors(true);
    m_notes->setSpacing(2);
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Write a note…"));
    m_noteButton = new QPushButton(tr("Add note"), box);
    m_attachButton = new QPushButton(tr("Attach file…"), box);
    auto *input = new QHBoxLayout;
    input->addWidget(m_note, 1);
    input->addWidget(m_noteButton);
    input->addWidget(m_attachButton);
    v->addWidget(m_notes, 1);
    v->addLayout(input);
    connect(m_note, &QLineEdit::returnPressed, this, &IncidentDetail::addNote);
    connect(m_noteButton, &QPushButton::clicked, this, &IncidentDetail::addNote);
    connect(m_attachButton, &QPushButton::clicked, this, &IncidentDetail::chooseEvidence);
    return box;
}

QString IncidentDetail::incidentId() const
{
    return m_incident ? m_incident->id : QString();
}

void IncidentDetail::showIncident(const QString &requestedId)
{
    const QString incidentId = requestedId; // may refer into m_incident, which is reset next
    m_incident.reset();
    m_error->hide();
    if (!incidentId.isEmpty()) {
        auto found = m_ctx.ws.incidents().find(incidentId);
        if (found.ok() && found->has_value())
            m_incident = *found.value();
        else if (!found.ok())
            report(found.error());
    }
    m_body->setVisible(m_incident.has_value());
    if (!m_incident) {
        m_timeline->showEntity(EntityType::Incident, {});
        m_header->setText(tr("Select an incident in the list."));
        return;
    }
    fillFields(*m_incident);
    fillNotes();
    fillTimeline();
    updateCountdown();
    updateButtons();
}

void IncidentDetail::reload()
{
    if (m_incident)
        showIncident(m_incident->id);
}

void IncidentDetail::fillFields(const Incident &i)
{
    const SiteZone zone = m_ctx.ws.config().calendar.zone;
    m_header->setText(QStringLiteral("<span style='font-size:15px'><b>%1</b></span><br>"
                                     "<span style='color:%2'><b>%3</b></span> · %4%5")
                          .arg(QStringLiteral("%1 · %2").arg(i.number, i.title).toHtmlEscaped(), SeverityStyle::incidentTextColour(i.severity).name(),
                               UiText::incidentSeverity(i.severity).toHtmlEscaped(),
                               UiText::incidentStatus(i.status).toHtmlEscaped(),
                               i.escalationLevel >= 2 ? tr(" · escalated to L2").toHtmlEscaped() : QString()));
    QStringList modules;
    for (Module m : i.modules)
        modules << UiText::module(m);
    QString html = tr("Opened %1 by %2. SLA due %3.")
                       .arg(UiText::localTime(i.openedAtMs, zone), i.openedBy, UiText::localTime(i.slaDueAtMs, zone))
                       .toHtmlEscaped();
    html += QStringLiteral("<br>") + tr("Modules: %1").arg(modules.join(QStringLiteral(", "))).toHtmlEscaped();
    html += QStringLiteral("<br>") + tr("Linked alerts: %1 · notes: %2 · evidence: %3")
                                         .arg(i.alertIds.size()).arg(i.noteCount).arg(i.evidenceCount).toHtmlEscaped();
    if (i.isClosed())
        html += QStringLiteral("<br>") + tr("Resolution: %1 · KB: %2")
                                             .arg(i.resolution, i.kbRef.isEmpty() ? i.noKbReason : i.kbRef).toHtmlEscaped();
    if (!i.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(i.description.toHtmlEscaped());
    m_fields->setText(html);

    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), QString());
    if (auto users = m_ctx.ws.accounts().users(); users.ok())
        for (const UserRecord &u : users.value())
            if (!u.disabled)
                m_assignee->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, UiText::role(u.role)), u.name);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(i.assignee)));
    m_severity->setCurrentIndex(m_severity->findData(i.severity));
    for (auto it = m_checklist.begin(); it != m_checklist.end(); ++it)
        it.value()->setChecked(i.checklist.value(it.key(), false));
}

void IncidentDetail::fillNotes()
{
    m_notes->clear();
    auto notes = m_ctx.ws.incidents().notes(m_incident->id);
    if (!notes.ok()) {
        report(notes.error());
        return;
    }
    QHash<QString, QString> names;
    if (auto users = m_ctx.ws.accounts().users(); users.ok())
        for (const UserRecord &u : users.value())
            names.insert(u.name, u.displayName);
    const SiteZone zone = m_ctx.ws.config().calendar.zone;
    for (const IncidentNote &n : notes.value()) {
        const QString who = names.value(n.author).isEmpty() ? n.author : names.value(n.author);
        QString head = tr("%1 · %2").arg(UiText::localTime(n.atMs, zone), who);
        if (!n.siteId.isEmpty() && n.siteId != m_ctx.ws.config().siteId)
            head += QStringLiteral(" · ") + tr("site %1").arg(n.siteId);
        const bool evidence = n.kind == IncidentNote::Kind::Evidence;
        const QString body = evidence ? tr("Evidence: %1 (%2)").arg(n.fileName, QLocale().formattedDataSize(n.size)) : n.text;
        auto *item = new QListWidgetItem(head + QLatin1Char('\n') + body, m_notes);
        item->setToolTip(tr("%1 (user %2)").arg(body, n.author));
        item->setData(Qt::UserRole, n.eventId);
        if (evidence)
            item->setForeground(QColor(0x1A, 0x4E, 0x8A));
    }
    if (m_notes->count() == 0) {
        auto *empty = new QListWidgetItem(tr("No notes or evidence yet."), m_notes);
        empty->setFlags(Qt::NoItemFlags);
    }
}

void IncidentDetail::fillTimeline()
{
    m_timeline->showEntity(EntityType::Incident, m_incident->id);
}

void IncidentDetail::updateCountdown()
{
    if (!m_incident)
        return;
    const SlaState state = m_ctx.ws.incidents().slaState(*m_incident);
    QString text = tr("SLA: %1").arg(UiText::slaState(state));
    if (!m_incident->isClosed() && m_incident->slaDueAtMs > 0) {
        const qint64 left = m_incident->slaDueAtMs - m_ctx.ws.clock().nowMs();
        text += QStringLiteral(" · ") + (left >= 0 ? tr("%1 remaining").arg(UiText::duration(left))
                                                   : tr("overdue by %1").arg(UiText::duration(-left)));
    }
    m_countdown->setText(text);
    m_countdown->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 13px; color: %1;")
                                   .arg(SeverityStyle::slaColour(state).name()));
}

void IncidentDetail::updateButtons()
{
    const Role role = m_ctx.session.role;
    const Incident &i = *m_incident;
    const bool open = !i.isClosed();
    auto can = [role](Action a) { return PermissionPolicy::allows(role, a); };
    m_assignButton->setEnabled(open && can(Action::IncidentAssign));
    m_severityButton->setEnabled(open && can(Action::IncidentChangeSeverity));
    m_startButton->setEnabled(i.status == IncidentStatus::Open && can(Action::IncidentUpdate));
    m_resolveButton->setEnabled((i.status == IncidentStatus::Open || i.status == IncidentStatus::InProgress)
                                && can(Action::IncidentResolve));
    m_closeButton->setEnabled(open && PermissionPolicy::allowsClose(role, i.severity));
    m_reopenButton->setEnabled((i.status == IncidentStatus::Closed || i.status == IncidentStatus::Resolved)
                               && can(Action::IncidentReopen));
    m_escalateButton->setEnabled(open && i.escalationLevel < 2 && can(Action::IncidentEscalate));
    const bool update = open && can(Action::IncidentUpdate);
    for (QCheckBox *c : m_checklist)
        c->setEnabled(update);
    m_noteButton->setEnabled(update);
    m_attachButton->setEnabled(update);
}

void IncidentDetail::report(const Status &st)
{
    m_error->setText(st.ok() ? QString() : ErrorText::message(st));
    m_error->setVisible(!st.ok());
}

void IncidentDetail::assign()
{
    report(m_ctx.ws.incidents().assign(m_ctx.session, m_incident->id, m_assignee->currentData().toString()));
}

void IncidentDetail::changeSeverity()
{
    report(m_ctx.ws.incidents().changeSeverity(m_ctx.session, m_incident->id, m_severity->currentData().toInt()));
}

void IncidentDetail::setStatus(IncidentStatus to)
{
    report(m_ctx.ws.incidents().setStatus(m_ctx.session, m_incident->id, to));
}

void IncidentDetail::escalate()
{
    auto *dialog = new ReasonDialog(tr("Escalate to L2"), tr("Why does this incident need the L2 team?"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_incident->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        report(m_ctx.ws.incidents().escalate(m_ctx.session, id, dialog->reason()));
    });
    dialog->open();
}

void IncidentDetail::reopen()
{
    auto *dialog = new ReasonDialog(tr("Reopen incident"), tr("Why is this incident being reopened?"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_incident->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        report(m_ctx.ws.incidents().reopen(m_ctx.session, id, dialog->reason()));
    });
    dialog->open();
}

void IncidentDetail::addNote()
{
    const QString text = m_note->text().trimmed();
    if (!m_incident || text.isEmpty())
        return;
    const Status st = m_ctx.ws.incidents().addNote(m_ctx.session, m_incident->id, text);
    report(st);
    if (st.ok())
        m_note->clear(); // kept on failure so nothing typed is lost
}

void IncidentDetail::chooseEvidence()
{
    auto *picker = new QFileDialog(this, tr("Attach evidence"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &IncidentDetail::attachEvidenceFile);
    picker->open();
}

void IncidentDetail::attachEvidenceFile(const QString &path)
{
    if (!m_incident)
        return;
    QFile file(path);
    if (file.size() > m_ctx.ws.config().maxAttachmentBytes || !file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot attach %1: unreadable or larger than %2.")
                             .arg(QFileInfo(path).fileName(),
                                  QLocale().formattedDataSize(m_ctx.ws.config().maxAttachmentBytes)));
        m_error->show();
        return;
    }
    report(m_ctx.ws.incidents().attachEvidence(m_ctx.session, m_incident->id, {QFileInfo(path).fileName(), file.readAll()}));
}

CloseIncidentDialog *IncidentDetail::openCloseDialog()
{
    if (!m_incident)
        return nullptr;
    auto *dialog = new CloseIncidentDialog(m_ctx, *m_incident, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace mt
