// One incident: fields, assignee, severity, status buttons, L2 escalation, triage checklist, notes, evidence, timeline.
#pragma once

#include "domain/Incident.h"
#include "services/IncidentService.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mt {

struct UiContext;
class TimelineView;

class IncidentDetail : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentDetail(UiContext &ctx, QWidget *parent = nullptr);
    void showIncident(const QString &incidentId); // empty clears
    QString incidentId() const;
    // Opens the close dialog (also used by tests); returns it so a test can fill it in.
    class CloseIncidentDialog *openCloseDialog();
    void attachEvidenceFile(const QString &path);

private:
    QWidget *buildActions();
    QWidget *buildChecklist();
    QWidget *buildNotesAndEvidence();
    void reload();
    void fillFields(const Incident &i);
    void fillTimeline();
    void fillNotes();
    void updateCountdown();
    void updateButtons();
    void report(const Status &st);
    void assign();
    void changeSeverity();
    void setStatus(IncidentStatus to);
    void escalate();
    void reopen();
    void addNote();
    void chooseEvidence();

    UiContext &m_ctx;
    std::optional<Incident> m_incident;
    QLabel *m_header = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_fields = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_severity = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_severityButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QPushButton *m_escalateButton = nullptr;
    QPushButton *m_noteButton = nullptr;
    QPushButton *m_attachButton = nullptr;
    QMap<QString, QCheckBox *> m_checklist;
    QLineEdit *m_note = nullptr;
    QListWidget *m_notes = nullptr; // notes and evidence, oldest first
    TimelineView *m_timeline = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace mt
