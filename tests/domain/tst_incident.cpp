// Tests of the incident fold (LWW, unions, status machine, conflicts) and incident rules.
#include "EventBuilder.h"
#include "domain/Incident.h"

#include <QJsonArray>
#include <QTest>

using namespace mt;
using namespace mt::test;

namespace {

constexpr qint64 kT0 = 1'764'000'000'000;

Event opened(qint64 ms = kT0)
{
    return incidentEvent(EventType::IncidentOpened)
        .at(ms).by(QStringLiteral("ani"))
        .with(QStringLiteral("title"), QStringLiteral("Cold chain failure"))
        .with(QStringLiteral("description"), QStringLiteral("Fridge 3 at 12 C"))
        .with(QStringLiteral("severity"), 2)
        .with(QStringLiteral("modules"), QJsonArray{QStringLiteral("logistics"), QStringLiteral("Medical Services")})
        .with(QStringLiteral("alert_ids"), QJsonArray{QStringLiteral("a1"), QStringLiteral("a2")})
        .with(QStringLiteral("assignee"), QStringLiteral("budi"))
        .with(QStringLiteral("sla_due_ms"), kT0 + 8 * 3'600'000LL);
}

EventBuilder ev(const QString &type, qint64 ms, const QString &site = QStringLiteral("site-a"))
{
    return incidentEvent(type).at(ms).site(site);
}

Event status(const char *to, qint64 ms, const QString &site = QStringLiteral("site-a"))
{
    return ev(EventType::IncidentStatusChanged, ms, site).with(QStringLiteral("status"), QString::fromLatin1(to));
}

Event closed(qint64 ms, const QString &site = QStringLiteral("site-a"))
{
    return ev(EventType::IncidentClosed, ms, site).by(QStringLiteral("citra"))
        .with(QStringLiteral("resolution"), QStringLiteral("Replaced compressor"))
        .with(QStringLiteral("kb_ref"), QStringLiteral("KB-12"));
}

QStringList reasons(const Incident &i)
{
    QStringList out;
    for (const FoldConflict &c : i.conflicts)
        out << c.reason;
    return out;
}

Incident withStatus(IncidentStatus s)
{
    Incident i = IncidentFold::fold({opened()});
    i.status = s;
    return i;
}

} // namespace

class TstIncident : public QObject
{
    Q_OBJECT

private slots:
    void openedSetsFields();
    void triageSteps();
    void statusMachineFold();
    void invalidStatusIsConflict();
    void closeAndReopen();
    void closedTwiceIsConflict();
    void lwwScalars();
    void scalarChangesAfterCloseAreConflicts();
    void unionsSurviveClose();
    void checklistLwwPerStep();
    void escalationIsMax();
    void beforeOpenedAndDuplicates();
    void rulesStatusMachine();
    void rulesValidateNew();
    void rulesClose();
    void rulesReopenAssignEscalateNote();
};

void TstIncident::openedSetsFields()
{
    const Incident i = IncidentFold::fold({opened()});
    QCOMPARE(i.id, QStringLiteral("inc-1"));
    QCOMPARE(i.title, QStringLiteral("Cold chain failure"));
    QCOMPARE(i.severity, 2);
    QCOMPARE(i.modules, (QList<Module>{Module::Logistics, Module::MedicalServices}));
    QCOMPARE(i.alertIds, (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(i.assignee, QStringLiteral("budi"));
    QCOMPARE(i.openedBy, QStringLiteral("ani"));
    QCOMPARE(i.openedAtMs, kT0);
    QCOMPARE(i.slaDueAtMs, kT0 + 8 * 3'600'000LL);
    QCOMPARE(i.status, IncidentStatus::Open);
    QCOMPARE(i.escalationLevel, 1);
    QVERIFY(i.conflicts.isEmpty());
}

void TstIncident::triageSteps()
{
    QCOMPARE(TriageStep::all(), (QStringList{QStringLiteral("check_data"), QStringLiteral("check_impact"),
                                             QStringLiteral("check_modules")}));
}

void TstIncident::statusMachineFold()
{
    const Incident i = IncidentFold::fold({opened(), status("in_progress", kT0 + 1), status("open", kT0 + 2),
                                           status("in_progress", kT0 + 3), status("resolved", kT0 + 4)});
    QCOMPARE(i.status, IncidentStatus::Resolved);
    QCOMPARE(i.resolvedAtMs, kT0 + 4);
    QCOMPARE(i.reopenCount, 0); // in_progress -> open is not a reopen
    QVERIFY(i.conflicts.isEmpty());
}

void TstIncident::invalidStatusIsConflict()
{
    const Event skip = status("resolved", kT0 + 1); // open -> resolved skips in_progress
    const Incident i = IncidentFold::fold({opened(), skip, status("open", kT0 + 2), status("closed", kT0 + 3),
                                           status("bogus", kT0 + 4)});
    QCOMPARE(i.status, IncidentStatus::Open);
    QCOMPARE(i.resolvedAtMs, 0);
    QCOMPARE(reasons(i), (QStringList{QStringLiteral("invalid_status_transition"),
                                      QStringLiteral("invalid_status_transition"),
                                      QStringLiteral("invalid_payload"), QStringLiteral("invalid_payload")}));
    QCOMPARE(i.conflicts.first().eventId, skip.id);
}

void TstIncident::closeAndReopen()
{
    Incident i = IncidentFold::fold({opened(), status("in_progress", kT0 + 1), closed(kT0 + 2)});
    QCOMPARE(i.status, IncidentStatus::Closed);
    QCOMPARE(i.closedAtMs, kT0 + 2);
    QCOMPARE(i.resolvedAtMs, kT0 + 2); // closing straight from in_progress also resolves
    QCOMPARE(i.closedBy, QStringLiteral("citra"));
    QCOMPARE(i.resolution, QStringLiteral("Replaced compressor"));
    QCOMPARE(i.kbRef, QStringLiteral("KB-12"));
    IncidentFold::apply(i, ev(EventType::IncidentReopened, kT0 + 3).with(QStringLiteral("reason"), QStringLiteral("again")));
    QCOMPARE(i.status, IncidentStatus::Open);
    QCOMPARE(i.reopenCount, 1);
    QCOMPARE(i.closedAtMs, 0);
    QVERIFY(i.resolution.isEmpty());
    IncidentFold::apply(i, ev(EventType::IncidentReopened, kT0 + 4)); // open: nothing to reopen
    QCOMPARE(reasons(i), QStringList{QStringLiteral("not_closed")});
    IncidentFold::apply(i, status("in_progress", kT0 + 5));
    IncidentFold::apply(i, status("resolved", kT0 + 6));
    IncidentFold::apply(i, status("open", kT0 + 7)); // resolved -> open via status is a reopen too
    QCOMPARE(i.reopenCount, 2);
    QCOMPARE(i.resolvedAtMs, 0);
}

void TstIncident::closedTwiceIsConflict()
{
    const Event second = closed(kT0 + 5, QStringLiteral("site-b"));
    const Incident i = IncidentFold::fold({second, opened(), closed(kT0 + 5, QStringLiteral("site-a"))});
    QCOMPARE(i.status, IncidentStatus::Closed);
    QCOMPARE(reasons(i), QStringList{QStringLiteral("already_closed")});
    QCOMPARE(i.conflicts.first().eventId, second.id); // site-b sorts after site-a at the same HLC
}

void TstIncident::lwwScalars()
{
    const Incident i = IncidentFold::fold({
        ev(EventType::IncidentAssigned, kT0 + 10, QStringLiteral("site-b")).with(QStringLiteral("assignee"), QStringLiteral("dewi")),
        opened(),
        ev(EventType::IncidentAssigned, kT0 + 10, QStringLiteral("site-a")).with(QStringLiteral("assignee"), QStringLiteral("eko")),
        ev(EventType::IncidentSeverityChanged, kT0 + 20).with(QStringLiteral("severity"), 1)
            .with(QStringLiteral("sla_due_ms"), kT0 + 4 * 3'600'000LL),
        ev(EventType::IncidentSeverityChanged, kT0 + 21).with(QStringLiteral("severity"), 9),
        ev(EventType::IncidentModulesChanged, kT0 + 30).with(QStringLiteral("modules"), QJsonArray{QStringLiteral("hr")}),
    });
    QCOMPARE(i.assignee, QStringLiteral("dewi")); // same HLC: site-b sorts last and wins
    QCOMPARE(i.severity, 1);
    QCOMPARE(i.slaDueAtMs, kT0 + 4 * 3'600'000LL);
    QCOMPARE(i.modules, QList<Module>{Module::HR});
    QCOMPARE(reasons(i), QStringList{QStringLiteral("invalid_payload")});
}

void TstIncident::scalarChangesAfterCloseAreConflicts()
{
    const Incident i = IncidentFold::fold({opened(), closed(kT0 + 1),
        ev(EventType::IncidentAssigned, kT0 + 2).with(QStringLiteral("assignee"), QStringLiteral("eko")),
        ev(EventType::IncidentSeverityChanged, kT0 + 3).with(QStringLiteral("severity"), 1),
        ev(EventType::IncidentEscalated, kT0 + 4).with(QStringLiteral("level"), 2), status("in_progress", kT0 + 5)});
    QCOMPARE(i.assignee, QStringLiteral("budi"));
    QCOMPARE(i.severity, 2);
    QCOMPARE(i.escalationLevel, 1);
    QCOMPARE(i.status, IncidentStatus::Closed);
    QCOMPARE(reasons(i), QStringList(4, QStringLiteral("already_closed")));
}

void TstIncident::unionsSurviveClose()
{
    const Incident i = IncidentFold::fold({opened(), closed(kT0 + 1),
        ev(EventType::IncidentNoteAdded, kT0 + 2).with(QStringLiteral("text"), QStringLiteral("late note")),
        ev(EventType::IncidentNoteAdded, kT0 + 3, QStringLiteral("site-b")).with(QStringLiteral("text"), QStringLiteral("n2")),
        ev(EventType::IncidentEvidenceAttached, kT0 + 4).with(QStringLiteral("attachment_id"), QStringLiteral("f1")),
        ev(EventType::IncidentAlertLinked, kT0 + 5).with(QStringLiteral("alert_id"), QStringLiteral("a3")),
        ev(EventType::IncidentAlertLinked, kT0 + 6).with(QStringLiteral("alert_id"), QStringLiteral("a1"))});
    QCOMPARE(i.noteCount, 2);
    QCOMPARE(i.evidenceCount, 1);
    QCOMPARE(i.alertIds, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}));
    QVERIFY(i.conflicts.isEmpty());
}

void TstIncident::checklistLwwPerStep()
{
    auto tick = [](const QString &step, bool done, qint64 ms, const char *site) {
        return ev(EventType::IncidentChecklistTicked, ms, QString::fromLatin1(site))
            .with(QStringLiteral("step"), step).with(QStringLiteral("done"), done).build();
    };
    const Incident i = IncidentFold::fold({opened(), tick(TriageStep::CheckData, true, kT0 + 1, "site-a"),
                                           tick(TriageStep::CheckImpact, true, kT0 + 2, "site-b"),
                                           tick(TriageStep::CheckData, false, kT0 + 3, "site-b"),
                                           tick(TriageStep::CheckImpact, false, kT0 + 2, "site-a"),
                                           tick(QStringLiteral("check_vibes"), true, kT0 + 4, "site-a")});
    QCOMPARE(i.checklist.value(TriageStep::CheckData, true), false);
    QCOMPARE(i.checklist.value(TriageStep::CheckImpact, false), true); // site-b wins the tie
    QVERIFY(!i.checklist.contains(TriageStep::CheckModules));
    QVERIFY(!i.checklist.contains(QStringLiteral("check_vibes")));
    QCOMPARE(reasons(i), QStringList{QStringLiteral("unknown_step")});
}

void TstIncident::escalationIsMax()
{
    const Incident i = IncidentFold::fold({opened(), ev(EventType::IncidentEscalated, kT0 + 1).with(QStringLiteral("level"), 2),
                                           ev(EventType::IncidentEscalated, kT0 + 2).with(QStringLiteral("level"), 1)});
    QCOMPARE(i.escalationLevel, 2);
    QVERIFY(i.conflicts.isEmpty());
}

void TstIncident::beforeOpenedAndDuplicates()
{
    const Event note = ev(EventType::IncidentNoteAdded, kT0 + 1);
    const Incident i = IncidentFold::fold({opened(), note, note, ev(EventType::IncidentNoteAdded, kT0 - 1),
                                           opened(kT0 + 2), incidentEvent(EventType::IncidentClosed, QStringLiteral("inc-2")).at(kT0 + 3)});
    QCOMPARE(i.noteCount, 1);
    QCOMPARE(reasons(i), (QStringList{QStringLiteral("not_opened"), QStringLiteral("already_opened")}));
    QCOMPARE(i.status, IncidentStatus::Open);
    QCOMPARE(i.lastHlc, Hlc::fromParts(kT0 + 2, 0));
}

void TstIncident::rulesStatusMachine()
{
    using S = IncidentStatus;
    const QList<std::tuple<S, S, bool>> cases{
        {S::Open, S::InProgress, true},     {S::Open, S::Resolved, false},   {S::Open, S::Closed, false},
        {S::Open, S::Open, false},          {S::InProgress, S::Resolved, true}, {S::InProgress, S::Open, true},
        {S::InProgress, S::Closed, false},  {S::Resolved, S::Closed, true},  {S::Resolved, S::Open, true},
        {S::Resolved, S::InProgress, false}, {S::Closed, S::Open, true},     {S::Closed, S::InProgress, false},
        {S::Closed, S::Resolved, false},
    };
    for (const auto &[from, to, allowed] : cases) {
        const Status s = IncidentRules::canChangeStatus(withStatus(from), to);
        QVERIFY2(s.ok() == allowed, qPrintable(toKey(from) + QStringLiteral("->") + toKey(to)));
        if (!allowed)
            QCOMPARE(s.code, ErrorCode::InvalidTransition);
    }
}

void TstIncident::rulesValidateNew()
{
    const QList<Module> mods{Module::HR};
    QVERIFY(IncidentRules::validateNew(QStringLiteral("Outage"), 1, mods).ok());
    QVERIFY(IncidentRules::validateNew(QString(200, QLatin1Char('x')), 4, {}).ok());
    QCOMPARE(IncidentRules::validateNew(QStringLiteral(" "), 1, mods).field, QStringLiteral("title"));
    QCOMPARE(IncidentRules::validateNew(QString(201, QLatin1Char('x')), 1, mods).field, QStringLiteral("title"));
    QCOMPARE(IncidentRules::validateNew(QStringLiteral("t"), 0, mods).field, QStringLiteral("severity"));
    QCOMPARE(IncidentRules::validateNew(QStringLiteral("t"), 5, mods).field, QStringLiteral("severity"));
    QCOMPARE(IncidentRules::validateNew(QStringLiteral("t"), 3, {Module::HR, Module::HR}).field, QStringLiteral("modules"));
}

void TstIncident::rulesClose()
{
    const Incident i = withStatus(IncidentStatus::Resolved);
    CloseRequest ok{QStringLiteral("Replaced compressor"), QStringLiteral("KB-1"), QString(), 1};
    QVERIFY(IncidentRules::canClose(i, ok).ok());
    CloseRequest r = ok;
    r.resolution = QStringLiteral("  too short  ");
    QCOMPARE(IncidentRules::canClose(i, r).field, QStringLiteral("resolution"));
    r.resolution = QStringLiteral("   123456789   "); // 9 chars once trimmed
    QCOMPARE(IncidentRules::canClose(i, r).code, ErrorCode::Validation);
    r = ok;
    r.evidenceCount = 0;
    QCOMPARE(IncidentRules::canClose(i, r).field, QStringLiteral("evidence"));
    r = ok;
    r.kbRef = QStringLiteral(" ");
    QCOMPARE(IncidentRules::canClose(i, r).field, QStringLiteral("kb_ref"));
    r.noKbReason = QStringLiteral("one-off hardware fault");
    QVERIFY(IncidentRules::canClose(i, r).ok());
    QVERIFY(IncidentRules::canClose(withStatus(IncidentStatus::Open), ok).ok());
    QCOMPARE(IncidentRules::canClose(withStatus(IncidentStatus::Closed), ok).code, ErrorCode::InvalidTransition);
}

void TstIncident::rulesReopenAssignEscalateNote()
{
    const Incident open = withStatus(IncidentStatus::Open);
    const Incident closedI = withStatus(IncidentStatus::Closed);
    QCOMPARE(IncidentRules::canReopen(open, QStringLiteral("r")).code, ErrorCode::InvalidTransition);
    QCOMPARE(IncidentRules::canReopen(closedI, QStringLiteral(" ")).field, QStringLiteral("reason"));
    QVERIFY(IncidentRules::canReopen(closedI, QStringLiteral("recurred")).ok());
    QVERIFY(IncidentRules::canReopen(withStatus(IncidentStatus::Resolved), QStringLiteral("recurred")).ok());
    QVERIFY(IncidentRules::canAssign(open, QStringLiteral("eko")).ok());
    QCOMPARE(IncidentRules::canAssign(open, QStringLiteral(" ")).field, QStringLiteral("assignee"));
    QCOMPARE(IncidentRules::canAssign(closedI, QStringLiteral("eko")).code, ErrorCode::InvalidTransition);
    QVERIFY(IncidentRules::canEscalate(open).ok());
    Incident l2 = open;
    l2.escalationLevel = 2;
    QCOMPARE(IncidentRules::canEscalate(l2).code, ErrorCode::InvalidTransition);
    QCOMPARE(IncidentRules::canEscalate(closedI).code, ErrorCode::InvalidTransition);
    QVERIFY(IncidentRules::canAddNote(open, QStringLiteral("checked fridge")).ok());
    QCOMPARE(IncidentRules::canAddNote(open, QStringLiteral("  ")).field, QStringLiteral("text"));
    QCOMPARE(IncidentRules::canAddNote(closedI, QStringLiteral("x")).code, ErrorCode::InvalidTransition);
}

QTEST_GUILESS_MAIN(TstIncident)
#include "tst_incident.moc"
