// Tests of domain keys, event fold order and canonical bytes, the alert fold and alert rules.
#include "EventBuilder.h"
#include "domain/Alert.h"
#include "domain/Types.h"

#include <QJsonDocument>
#include <QTest>

using namespace mt;
using namespace mt::test;

namespace {

constexpr qint64 kT0 = 1'764'000'000'000; // 2025-11-24 (UTC ms)

Event raised(qint64 ms = kT0, const QString &site = QStringLiteral("site-a"))
{
    return alertEvent(EventType::AlertRaised)
        .at(ms).site(site).by(QStringLiteral("system"))
        .with(QStringLiteral("module"), QStringLiteral("logistics"))
        .with(QStringLiteral("severity"), QStringLiteral("critical"))
        .with(QStringLiteral("title"), QStringLiteral("Stock below minimum"))
        .with(QStringLiteral("details"), QStringLiteral("Paracetamol at RS-01"))
        .with(QStringLiteral("dedup_key"), QStringLiteral("stock:rs01:para"))
        .with(QStringLiteral("resource"), QStringLiteral("rs01"));
}

Event ev(const QString &type, qint64 ms, const QString &actor = QStringLiteral("op1"),
         const QString &site = QStringLiteral("site-a"))
{
    return alertEvent(type).at(ms).by(actor).site(site);
}

QStringList reasons(const Alert &a)
{
    QStringList out;
    for (const FoldConflict &c : a.conflicts)
        out << c.reason;
    return out;
}

} // namespace

class TstAlert : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void moduleDisplayNames();
    void unknownKeysRejected();
    void foldOrderHlcSiteId();
    void canonicalBytesDeterministic();
    void raisedSetsFields();
    void dedupCounterViaFold();
    void ackKeepsFirstAck();
    void invalidTransitionsAreConflicts();
    void concurrentAckAndResolve();
    void shelveAndUnshelve();
    void escalateOnce();
    void eventsBeforeRaiseAndForeignEntities();
    void duplicateDeliveryFoldsOnce();
    void rules();
    void validateNew();
    void escalationThresholds();
};

void TstAlert::keysRoundTrip()
{
    for (auto s : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
        QCOMPARE(alertSeverityFromKey(toKey(s)), s);
    for (auto s : {AlertState::New, AlertState::Acknowledged, AlertState::Resolved})
        QCOMPARE(alertStateFromKey(toKey(s)), s);
    for (auto s : {IncidentStatus::Open, IncidentStatus::InProgress, IncidentStatus::Resolved,
                   IncidentStatus::Closed})
        QCOMPARE(incidentStatusFromKey(toKey(s)), s);
    for (auto r : {Role::L1Operator, Role::L2Operator, Role::IncidentCommander, Role::DataSteward,
                   Role::Admin})
        QCOMPARE(roleFromKey(toKey(r)), r);
    for (auto z : {SiteZone::WIB, SiteZone::WITA, SiteZone::WIT})
        QCOMPARE(siteZoneFromKey(toKey(z)), z);
    const QStringList modules = allModuleKeys();
    QCOMPARE(modules.size(), 7);
    for (const QString &k : modules)
        QCOMPARE(toKey(*moduleFromKey(k)), k);
    QCOMPARE(toKey(IncidentStatus::InProgress), QStringLiteral("in_progress"));
    QCOMPARE(toKey(Module::MedicalServices), QStringLiteral("medical_services"));
    QCOMPARE(toKey(Role::IncidentCommander), QStringLiteral("ic"));
    QCOMPARE(toKey(AlertSeverity::Critical), QStringLiteral("critical"));
    QCOMPARE(utcOffsetSeconds(SiteZone::WIB), 7 * 3600);
    QCOMPARE(utcOffsetSeconds(SiteZone::WITA), 8 * 3600);
    QCOMPARE(utcOffsetSeconds(SiteZone::WIT), 9 * 3600);
}

void TstAlert::moduleDisplayNames()
{
    QCOMPARE(moduleFromKey(QStringLiteral("Medical Services")), Module::MedicalServices);
    QCOMPARE(moduleFromKey(QStringLiteral("HR")), Module::HR);
    QCOMPARE(moduleFromKey(QStringLiteral("  Logistics ")), Module::Logistics);
    QCOMPARE(moduleFromKey(QStringLiteral("REPORTS")), Module::Reports);
    QCOMPARE(roleFromKey(QStringLiteral("Admin")), Role::Admin);
}

void TstAlert::unknownKeysRejected()
{
    QVERIFY(!moduleFromKey(QStringLiteral("pharmacy")));
    QVERIFY(!alertSeverityFromKey(QStringLiteral("fatal")));
    QVERIFY(!roleFromKey(QStringLiteral("l3")));
    QVERIFY(!siteZoneFromKey(QStringLiteral("utc")));
    QVERIFY(!incidentStatusFromKey(QString()));
}

void TstAlert::foldOrderHlcSiteId()
{
    const Event a = alertEvent(EventType::AlertRepeated).at(kT0, 1).site(QStringLiteral("z")).id(QStringLiteral("9"));
    const Event b = alertEvent(EventType::AlertRepeated).at(kT0, 2).site(QStringLiteral("a")).id(QStringLiteral("0"));
    const Event c = alertEvent(EventType::AlertRepeated).at(kT0, 2).site(QStringLiteral("b")).id(QStringLiteral("0"));
    const Event d = alertEvent(EventType::AlertRepeated).at(kT0, 2).site(QStringLiteral("b")).id(QStringLiteral("1"));
    QVERIFY(foldsBefore(a, b)); // HLC first, whatever the site
    QVERIFY(!foldsBefore(b, a));
    QVERIFY(foldsBefore(b, c)); // then site
    QVERIFY(foldsBefore(c, d)); // then id
    QVERIFY(!foldsBefore(d, d));
    QList<Event> list{d, b, a, c};
    sortForFold(list);
    QCOMPARE(list[0].hlc, a.hlc);
    QCOMPARE(list[1].siteId, QStringLiteral("a"));
    QCOMPARE(list[2].id, QStringLiteral("0"));
    QCOMPARE(list[3].id, QStringLiteral("1"));
}

void TstAlert::canonicalBytesDeterministic()
{
    Event e = alertEvent(EventType::AlertShelved).at(kT0, 3).id(QStringLiteral("e1"))
                  .with(QStringLiteral("until_ms"), 5).with(QStringLiteral("a_first"), true);
    const QByteArray bytes = canonicalBytes(e);
    QCOMPARE(bytes, QByteArray(R"({"actor":"op1","entity_id":"alert-1","entity_type":"alert",)"
                               R"("hlc":"1764000000000.00003","id":"e1",)"
                               R"("payload":{"a_first":true,"until_ms":5},"site_id":"site-a","type":"alert.shelved"})"));
    e.serverSeq = 77; // assigned later by the hub: must not change the hash
    QCOMPARE(canonicalBytes(e), bytes);
    e.actor = QStringLiteral("op2");
    QVERIFY(canonicalBytes(e) != bytes);
}

void TstAlert::raisedSetsFields()
{
    const Alert a = AlertFold::fold({raised()});
    QCOMPARE(a.id, QStringLiteral("alert-1"));
    QCOMPARE(a.module, Module::Logistics);
    QCOMPARE(a.severity, AlertSeverity::Critical);
    QCOMPARE(a.title, QStringLiteral("Stock below minimum"));
    QCOMPARE(a.dedupKey, QStringLiteral("stock:rs01:para"));
    QCOMPARE(a.resource, QStringLiteral("rs01"));
    QCOMPARE(a.state, AlertState::New);
    QCOMPARE(a.count, 1);
    QCOMPARE(a.raisedAtMs, kT0);
    QCOMPARE(a.lastSeenAtMs, kT0);
    QCOMPARE(a.raisedBy, QStringLiteral("system"));
    QVERIFY(a.conflicts.isEmpty());
    QVERIFY(a.isOpen());
}

void TstAlert::dedupCounterViaFold()
{
    // Arrival order is scrambled on purpose: the fold sorts.
    const Alert a = AlertFold::fold({ev(EventType::AlertRepeated, kT0 + 3000), raised(),
                                     ev(EventType::AlertRepeated, kT0 + 1000),
                                     ev(EventType::AlertRepeated, kT0 + 2000)});
    QCOMPARE(a.count, 4);
    QCOMPARE(a.lastSeenAtMs, kT0 + 3000);
    QCOMPARE(a.lastHlc, Hlc::fromParts(kT0 + 3000, 0));
    // A repeat after resolve does not count: a new alert is raised instead.
    const Alert b = AlertFold::fold({raised(), ev(EventType::AlertResolved, kT0 + 10),
                                     ev(EventType::AlertRepeated, kT0 + 20)});
    QCOMPARE(b.count, 1);
    QCOMPARE(b.lastSeenAtMs, kT0);
    QCOMPARE(reasons(b), QStringList{QStringLiteral("already_resolved")});
}

void TstAlert::ackKeepsFirstAck()
{
    const Alert a = AlertFold::fold({raised(), ev(EventType::AlertAcknowledged, kT0 + 60'000),
                                     alertEvent(EventType::AlertUnacknowledged).at(kT0 + 120'000)
                                         .with(QStringLiteral("reason"), QStringLiteral("wrong shift")),
                                     ev(EventType::AlertAcknowledged, kT0 + 180'000, QStringLiteral("op2"))});
    QCOMPARE(a.state, AlertState::Acknowledged);
    QCOMPARE(a.ackedBy, QStringLiteral("op2"));
    QCOMPARE(a.ackedAtMs, kT0 + 180'000);
    QCOMPARE(a.firstAckedAtMs, kT0 + 60'000);
    QVERIFY(a.conflicts.isEmpty());
    const Alert u = AlertFold::fold({raised(), ev(EventType::AlertAcknowledged, kT0 + 1),
                                     ev(EventType::AlertUnacknowledged, kT0 + 2)});
    QCOMPARE(u.state, AlertState::New);
    QVERIFY(u.ackedBy.isEmpty());
    QCOMPARE(u.ackedAtMs, 0);
    QCOMPARE(u.firstAckedAtMs, kT0 + 1);
}

void TstAlert::invalidTransitionsAreConflicts()
{
    const Event unackNew = ev(EventType::AlertUnacknowledged, kT0 + 1, QStringLiteral("op9"));
    const Alert a = AlertFold::fold({raised(), unackNew, ev(EventType::AlertAcknowledged, kT0 + 2),
                                     ev(EventType::AlertAcknowledged, kT0 + 3),
                                     ev(EventType::AlertResolved, kT0 + 4, QStringLiteral("op2")),
                                     ev(EventType::AlertAcknowledged, kT0 + 5),
                                     ev(EventType::AlertResolved, kT0 + 6), ev(QStringLiteral("alert.bogus"), kT0 + 7)});
    QCOMPARE(reasons(a), (QStringList{QStringLiteral("not_acknowledged"), QStringLiteral("already_acknowledged"),
                                      QStringLiteral("already_resolved"), QStringLiteral("already_resolved"),
                                      QStringLiteral("unknown_type")}));
    QCOMPARE(a.conflicts.first().eventId, unackNew.id);
    QCOMPARE(a.conflicts.first().actor, QStringLiteral("op9"));
    QCOMPARE(a.conflicts.first().eventType, EventType::AlertUnacknowledged);
    QCOMPARE(a.state, AlertState::Resolved);
    QCOMPARE(a.resolvedBy, QStringLiteral("op2"));   // the second resolve changed nothing
    QCOMPARE(a.resolvedAtMs, kT0 + 4);
    QCOMPARE(a.ackedAtMs, kT0 + 2);                  // the late acks changed nothing
    QCOMPARE(a.lastHlc, Hlc::fromParts(kT0 + 7, 0)); // conflicts still move lastHlc
}

void TstAlert::concurrentAckAndResolve()
{
    // Same millisecond at two sites: the site id decides, identically everywhere.
    const Event ackB = ev(EventType::AlertAcknowledged, kT0 + 5, QStringLiteral("budi"), QStringLiteral("site-b"));
    const Event resA = ev(EventType::AlertResolved, kT0 + 5, QStringLiteral("ani"), QStringLiteral("site-a"));
    const Alert x = AlertFold::fold({raised(), ackB, resA});
    const Alert y = AlertFold::fold({resA, ackB, raised()});
    QCOMPARE(x.state, AlertState::Resolved);
    QCOMPARE(x.ackedAtMs, 0);
    QCOMPARE(x.conflicts.size(), 1);
    QCOMPARE(x.conflicts.first().eventId, ackB.id);
    QCOMPARE(diffAlerts(x, y), QString());
}

void TstAlert::shelveAndUnshelve()
{
    const Alert a = AlertFold::fold({raised(), alertEvent(EventType::AlertShelved).at(kT0 + 1)
                                                   .with(QStringLiteral("until_ms"), kT0 + 3'600'000)});
    QCOMPARE(a.shelvedUntilMs, kT0 + 3'600'000);
    QVERIFY(a.isShelvedAt(kT0 + 10));
    QVERIFY(!a.isShelvedAt(kT0 + 3'600'000));
    QCOMPARE(a.state, AlertState::New); // shelving hides, it does not change the state
    QList<Event> more{raised(), alertEvent(EventType::AlertShelved).at(kT0 + 1).with(QStringLiteral("until_ms"), kT0 + 9),
                      ev(EventType::AlertUnshelved, kT0 + 2), ev(EventType::AlertUnshelved, kT0 + 3),
                      ev(EventType::AlertShelved, kT0 + 4)}; // no until_ms
    const Alert b = AlertFold::fold(more);
    QCOMPARE(b.shelvedUntilMs, 0);
    QCOMPARE(reasons(b), (QStringList{QStringLiteral("not_shelved"), QStringLiteral("invalid_payload")}));
}

void TstAlert::escalateOnce()
{
    const Alert a = AlertFold::fold({raised(), alertEvent(EventType::AlertEscalated).at(kT0 + 300'000).by(QStringLiteral("system"))
                                                   .with(QStringLiteral("reason"), QStringLiteral("ack_timeout")),
                                     ev(EventType::AlertEscalated, kT0 + 300'001, QStringLiteral("op1"), QStringLiteral("site-b"))});
    QCOMPARE(a.escalationLevel, 1);
    QCOMPARE(a.escalatedAtMs, kT0 + 300'000);
    QCOMPARE(reasons(a), QStringList{QStringLiteral("already_escalated")});
}

void TstAlert::eventsBeforeRaiseAndForeignEntities()
{
    const Event early = ev(EventType::AlertAcknowledged, kT0 - 1);
    const Event foreign = alertEvent(EventType::AlertResolved, QStringLiteral("alert-2")).at(kT0 + 1);
    const Event incident = incidentEvent(EventType::IncidentNoteAdded).at(kT0 + 2);
    const Alert a = AlertFold::fold({raised(), early, foreign, incident});
    QCOMPARE(a.state, AlertState::New);
    QCOMPARE(reasons(a), QStringList{QStringLiteral("not_raised")});
    QCOMPARE(a.lastHlc, Hlc::fromParts(kT0, 0)); // foreign events are not ours at all
    const Alert twice = AlertFold::fold({raised(), raised(kT0 + 5)});
    QCOMPARE(reasons(twice), QStringList{QStringLiteral("already_raised")});
    QCOMPARE(twice.raisedAtMs, kT0);
}

void TstAlert::duplicateDeliveryFoldsOnce()
{
    const Event rep = ev(EventType::AlertRepeated, kT0 + 1);
    const Event ack = ev(EventType::AlertAcknowledged, kT0 + 2);
    const Alert a = AlertFold::fold({raised(), rep, rep, ack, ack, rep});
    QCOMPARE(a.count, 2);
    QVERIFY(a.conflicts.isEmpty());
}

void TstAlert::rules()
{
    Alert a = AlertFold::fold({raised()});
    QVERIFY(AlertRules::canAcknowledge(a).ok());
    QCOMPARE(AlertRules::canUnacknowledge(a, QStringLiteral("x")).code, ErrorCode::InvalidTransition);
    QVERIFY(AlertRules::canEscalate(a).ok());
    QVERIFY(AlertRules::canResolve(a).ok());
    QVERIFY(AlertRules::canShelve(a, kT0 + 10, kT0).ok());
    const Status past = AlertRules::canShelve(a, kT0, kT0);
    QCOMPARE(past.code, ErrorCode::Validation);
    QCOMPARE(past.field, QStringLiteral("until"));

    AlertFold::apply(a, ev(EventType::AlertAcknowledged, kT0 + 1));
    QCOMPARE(AlertRules::canAcknowledge(a).code, ErrorCode::InvalidTransition);
    QCOMPARE(AlertRules::canAcknowledge(a).detail, QStringLiteral("already_acknowledged"));
    const Status noReason = AlertRules::canUnacknowledge(a, QStringLiteral("   "));
    QCOMPARE(noReason.code, ErrorCode::Validation);
    QCOMPARE(noReason.field, QStringLiteral("reason"));
    QVERIFY(AlertRules::canUnacknowledge(a, QStringLiteral("handover")).ok());

    AlertFold::apply(a, ev(EventType::AlertEscalated, kT0 + 2));
    QCOMPARE(AlertRules::canEscalate(a).code, ErrorCode::InvalidTransition);

    AlertFold::apply(a, ev(EventType::AlertResolved, kT0 + 3));
    for (const Status &s : {AlertRules::canAcknowledge(a), AlertRules::canResolve(a), AlertRules::canEscalate(a),
                            AlertRules::canShelve(a, kT0 + 99, kT0), AlertRules::canUnacknowledge(a, QStringLiteral("r"))}) {
        QCOMPARE(s.code, ErrorCode::InvalidTransition);
        QCOMPARE(s.detail, QStringLiteral("already_resolved"));
    }
}

void TstAlert::validateNew()
{
    QVERIFY(AlertRules::validateNew(QStringLiteral("Disk full"), QString(), QString()).ok());
    QCOMPARE(AlertRules::validateNew(QStringLiteral("  "), QString(), QString()).field, QStringLiteral("title"));
    QCOMPARE(AlertRules::validateNew(QString(201, QLatin1Char('t')), QString(), QString()).field, QStringLiteral("title"));
    QVERIFY(AlertRules::validateNew(QString(200, QLatin1Char('t')), QString(), QString()).ok());
    const Status details = AlertRules::validateNew(QStringLiteral("t"), QString(10001, QLatin1Char('d')), QString());
    QCOMPARE(details.code, ErrorCode::Validation);
    QCOMPARE(details.field, QStringLiteral("details"));
    QVERIFY(AlertRules::validateNew(QStringLiteral("t"), QString(10000, QLatin1Char('d')), QString()).ok());
    QCOMPARE(AlertRules::validateNew(QStringLiteral("t"), QString(), QString(201, QLatin1Char('k'))).field,
             QStringLiteral("dedup_key"));
}

void TstAlert::escalationThresholds()
{
    EscalationThresholds t;
    QCOMPARE(t.minutesFor(AlertSeverity::Critical), 5);
    QCOMPARE(t.minutesFor(AlertSeverity::Warning), 15);
    Alert a = AlertFold::fold({raised()}); // critical
    QVERIFY(!t.isDue(a, kT0 + 5 * 60'000 - 1));
    QVERIFY(t.isDue(a, kT0 + 5 * 60'000));
    Alert shelved = a;
    shelved.shelvedUntilMs = kT0 + 3'600'000;
    QVERIFY(!t.isDue(shelved, kT0 + 10 * 60'000));
    QVERIFY(t.isDue(shelved, kT0 + 3'600'000)); // shelve expired
    Alert acked = a;
    AlertFold::apply(acked, ev(EventType::AlertAcknowledged, kT0 + 1));
    QVERIFY(!t.isDue(acked, kT0 + 3'600'000));
    Alert escalated = a;
    AlertFold::apply(escalated, ev(EventType::AlertEscalated, kT0 + 1));
    QVERIFY(!t.isDue(escalated, kT0 + 3'600'000));
    Alert info = a;
    info.severity = AlertSeverity::Info;
    QVERIFY(!t.isDue(info, kT0 + 100 * 3'600'000LL)); // 0 minutes = never
    Alert warning = a;
    warning.severity = AlertSeverity::Warning;
    QVERIFY(!t.isDue(warning, kT0 + 14 * 60'000));
    QVERIFY(t.isDue(warning, kT0 + 15 * 60'000));
}

QTEST_GUILESS_MAIN(TstAlert)
#include "tst_alert.moc"
