// Property test: any arrival order of the same events folds to the identical alert/incident state.
#include "EventBuilder.h"
#include "domain/Alert.h"
#include "domain/Incident.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace mt;
using namespace mt::test;

namespace {

constexpr int kSeeds = 600;        // each seed gives one alert and one incident history
constexpr int kPermutations = 6;
constexpr qint64 kT0 = 1'764'000'000'000;

// A small window of physical times makes HLC ties (same ms, same counter) across sites common.
Hlc randomHlc(QRandomGenerator &rng)
{
    return Hlc::fromParts(kT0 + rng.bounded(40), static_cast<quint16>(rng.bounded(3)));
}

QString randomSite(QRandomGenerator &rng, int sites)
{
    return QStringLiteral("site-%1").arg(QChar(u'a' + rng.bounded(sites)));
}

QString randomActor(QRandomGenerator &rng)
{
    static const QStringList actors{QStringLiteral("ani"), QStringLiteral("budi"), QStringLiteral("citra"),
                                    QStringLiteral("system")};
    return actors.at(rng.bounded(int(actors.size())));
}

Event finish(EventBuilder b, QRandomGenerator &rng, int sites)
{
    const Hlc h = randomHlc(rng);
    return b.at(h.physicalMs(), h.logical()).site(randomSite(rng, sites)).by(randomActor(rng)).build();
}

EventBuilder randomAlertCommand(QRandomGenerator &rng)
{
    static const QStringList types{EventType::AlertRepeated, EventType::AlertAcknowledged,
                                   EventType::AlertUnacknowledged, EventType::AlertShelved,
                                   EventType::AlertUnshelved, EventType::AlertEscalated,
                                   EventType::AlertResolved, EventType::AlertLinked, EventType::AlertRaised};
    const QString type = types.at(rng.bounded(int(types.size())));
    EventBuilder b = alertEvent(type);
    if (type == EventType::AlertShelved)
        b.with(QStringLiteral("until_ms"), kT0 + rng.bounded(1, 100'000));
    else if (type == EventType::AlertLinked)
        b.with(QStringLiteral("incident_id"), QStringLiteral("inc-%1").arg(rng.bounded(3)));
    else if (type == EventType::AlertUnacknowledged)
        b.with(QStringLiteral("reason"), QStringLiteral("handover"));
    return b;
}

QList<Event> randomAlertHistory(QRandomGenerator &rng)
{
    const int sites = rng.bounded(2, 4);
    QList<Event> events;
    EventBuilder raise = alertEvent(EventType::AlertRaised)
                             .with(QStringLiteral("severity"), QStringLiteral("critical"))
                             .with(QStringLiteral("title"), QStringLiteral("t"));
    // The raise usually comes first; sometimes a skewed command sorts before it.
    events << raise.at(kT0 + rng.bounded(3)).site(randomSite(rng, sites)).by(QStringLiteral("system")).build();
    const int n = rng.bounded(1, 25);
    for (int i = 0; i < n; ++i)
        events << finish(randomAlertCommand(rng), rng, sites);
    return events;
}

EventBuilder randomIncidentCommand(QRandomGenerator &rng)
{
    static const QStringList types{
        EventType::IncidentSeverityChanged, EventType::IncidentStatusChanged, EventType::IncidentAssigned,
        EventType::IncidentEscalated, EventType::IncidentNoteAdded, EventType::IncidentChecklistTicked,
        EventType::IncidentAlertLinked, EventType::IncidentModulesChanged, EventType::IncidentEvidenceAttached,
        EventType::IncidentClosed, EventType::IncidentReopened, EventType::IncidentStatusChanged};
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("in_progress"),
                                      QStringLiteral("resolved")};
    static const QStringList modules = allModuleKeys();
    const QString type = types.at(rng.bounded(int(types.size())));
    EventBuilder b = incidentEvent(type);
    b.with(QStringLiteral("severity"), rng.bounded(1, 5))
        .with(QStringLiteral("sla_due_ms"), kT0 + rng.bounded(1000))
        .with(QStringLiteral("status"), statuses.at(rng.bounded(3)))
        .with(QStringLiteral("assignee"), randomActor(rng))
        .with(QStringLiteral("level"), rng.bounded(1, 3))
        .with(QStringLiteral("step"), TriageStep::all().at(rng.bounded(3)))
        .with(QStringLiteral("done"), rng.bounded(2) == 1)
        .with(QStringLiteral("alert_id"), QStringLiteral("a%1").arg(rng.bounded(5)))
        .with(QStringLiteral("modules"), QJsonArray{modules.at(rng.bounded(7)), modules.at(rng.bounded(7))})
        .with(QStringLiteral("resolution"), QStringLiteral("fixed %1").arg(rng.bounded(9)))
        .with(QStringLiteral("kb_ref"), QStringLiteral("KB-%1").arg(rng.bounded(9)));
    return b;
}

QList<Event> randomIncidentHistory(QRandomGenerator &rng)
{
    const int sites = rng.bounded(2, 4);
    QList<Event> events;
    events << incidentEvent(EventType::IncidentOpened)
                  .at(kT0 + rng.bounded(3)).site(randomSite(rng, sites))
                  .with(QStringLiteral("title"), QStringLiteral("t")).with(QStringLiteral("severity"), 3)
                  .with(QStringLiteral("alert_ids"), QJsonArray{QStringLiteral("a0")}).build();
    const int n = rng.bounded(1, 30);
    for (int i = 0; i < n; ++i)
        events << finish(randomIncidentCommand(rng), rng, sites);
    return events;
}

// Re-deliveries: the same event (same id) arriving again must not change anything.
void addDuplicates(QList<Event> &events, QRandomGenerator &rng)
{
    const int dups = rng.bounded(3);
    for (int i = 0; i < dups; ++i)
        events << events.at(rng.bounded(int(events.size())));
}

template <typename T, typename Fold>
T naiveApply(const QList<Event> &events, Fold apply)
{
    T state;
    for (const Event &e : events)
        apply(state, e);
    return state;
}

} // namespace

class TstFoldProperty : public QObject
{
    Q_OBJECT

private slots:
    void alertFoldIsOrderIndependent();
    void incidentFoldIsOrderIndependent();
};

void TstFoldProperty::alertFoldIsOrderIndependent()
{
    int orderSensitive = 0;
    int withConflicts = 0;
    int resolved = 0;
    for (int seed = 0; seed < kSeeds; ++seed) {
        QRandomGenerator rng(quint32(seed) + 1);
        QList<Event> events = randomAlertHistory(rng);
        addDuplicates(events, rng);
        const Alert reference = AlertFold::fold(events);
        for (int p = 0; p < kPermutations; ++p) {
            std::shuffle(events.begin(), events.end(), rng);
            const QString diff = diffAlerts(reference, AlertFold::fold(events));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("seed %1 perm %2: %3").arg(seed).arg(p).arg(diff)));
            if (!diffAlerts(reference, naiveApply<Alert>(events, AlertFold::apply)).isEmpty())
                ++orderSensitive;
        }
        QVERIFY(reference.lastHlc >= events.first().hlc);
        QVERIFY(reference.state != AlertState::Resolved || reference.resolvedAtMs > 0);
        if (reference.ackedAtMs > 0) // the first ack is never later than the current one
            QVERIFY(reference.firstAckedAtMs > 0 && reference.firstAckedAtMs <= reference.ackedAtMs);
        withConflicts += reference.conflicts.isEmpty() ? 0 : 1;
        resolved += reference.state == AlertState::Resolved ? 1 : 0;
    }
    // The generator must produce histories where order matters and commands collide,
    // otherwise the equality above proves nothing.
    QVERIFY2(orderSensitive > kSeeds, qPrintable(QString::number(orderSensitive)));
    QVERIFY(withConflicts > kSeeds / 2);
    QVERIFY(resolved > kSeeds / 10 && resolved < kSeeds);
}

void TstFoldProperty::incidentFoldIsOrderIndependent()
{
    int orderSensitive = 0;
    int withConflicts = 0;
    int closed = 0;
    for (int seed = 0; seed < kSeeds; ++seed) {
        QRandomGenerator rng(quint32(seed) + 100'000);
        QList<Event> events = randomIncidentHistory(rng);
        addDuplicates(events, rng);
        const Incident reference = IncidentFold::fold(events);
        for (int p = 0; p < kPermutations; ++p) {
            std::shuffle(events.begin(), events.end(), rng);
            const QString diff = diffIncidents(reference, IncidentFold::fold(events));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("seed %1 perm %2: %3").arg(seed).arg(p).arg(diff)));
            if (!diffIncidents(reference, naiveApply<Incident>(events, IncidentFold::apply)).isEmpty())
                ++orderSensitive;
        }
        QVERIFY(reference.severity >= kMinIncidentSeverity && reference.severity <= kMaxIncidentSeverity);
        QVERIFY(reference.escalationLevel == 1 || reference.escalationLevel == 2);
        QVERIFY(reference.isClosed() == (reference.closedAtMs > 0));
        QVERIFY(reference.alertIds.contains(QStringLiteral("a0")));
        withConflicts += reference.conflicts.isEmpty() ? 0 : 1;
        closed += reference.isClosed() ? 1 : 0;
    }
    QVERIFY2(orderSensitive > kSeeds, qPrintable(QString::number(orderSensitive)));
    QVERIFY(withConflicts > kSeeds / 2);
    QVERIFY(closed > kSeeds / 10 && closed < kSeeds);
}

QTEST_GUILESS_MAIN(TstFoldProperty)
#include "tst_fold_property.moc"
