// EventStore tests: idempotent append, projections equal to a refold in any arrival order, hash chain, crashes.
#include "StorageTestUtil.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/Repositories.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace mt;

namespace {

// An event from `f` at minute `minute` of the scenario (each site has its own clock).
Event at(test::EventFactory &f, int minute, const QString &entityType, const QString &entityId, const QString &type,
         const QJsonObject &payload = {})
{
    f.clock().set(QDateTime(QDate(2026, 11, 24), QTime(1, 0), Qt::UTC).addSecs(minute * 60));
    return f.make(entityType, entityId, type, payload, f.clock().nowUtc().toString());
}

QList<Event> alertHistory(const QString &id)
{
    test::EventFactory a(QStringLiteral("site-a"));
    test::EventFactory b(QStringLiteral("site-b"));
    const QString T = EntityType::Alert;
    QList<Event> h;
    h << a.raiseAlert(id, AlertSeverity::Critical, Module::Logistics, QStringLiteral("stock sync down"),
                      QStringLiteral("k1"));
    h << at(a, 1, T, id, EventType::AlertRepeated);
    h << at(b, 2, T, id, EventType::AlertAcknowledged);
    h << at(a, 2, T, id, EventType::AlertResolved, {{QStringLiteral("reason"), QStringLiteral("fixed")}});
    h << at(b, 3, T, id, EventType::AlertShelved, {{QStringLiteral("until_ms"), qint64(1'900'000'000'000)}});
    h << at(a, 4, T, id, EventType::AlertUnacknowledged, {{QStringLiteral("reason"), QStringLiteral("oops")}});
    h << at(b, 4, T, id, EventType::AlertEscalated, {{QStringLiteral("reason"), QStringLiteral("manual")}});
    h << at(a, 5, T, id, EventType::AlertLinked, {{QStringLiteral("incident_id"), QStringLiteral("inc-1")}});
    h << at(b, 1, T, id, EventType::AlertAcknowledged);
    return h;
}

QList<Event> incidentHistory(const QString &id)
{
    test::EventFactory a(QStringLiteral("site-a"));
    test::EventFactory b(QStringLiteral("site-b"));
    const QString T = EntityType::Incident;
    QList<Event> h;
    h << at(a, 0, T, id, EventType::IncidentOpened,
            {{QStringLiteral("title"), QStringLiteral("Pharmacy stock wrong")},
             {QStringLiteral("description"), QStringLiteral("d")},
             {QStringLiteral("severity"), 2},
             {QStringLiteral("modules"), QJsonArray{QStringLiteral("logistics")}},
             {QStringLiteral("alert_ids"), QJsonArray{QStringLiteral("al-1")}},
             {QStringLiteral("assignee"), QStringLiteral("budi")},
             {QStringLiteral("sla_due_ms"), qint64(1'800'000'000'000)}});
    h << at(a, 1, T, id, EventType::IncidentAssigned, {{QStringLiteral("assignee"), QStringLiteral("sari")}});
    h << at(b, 1, T, id, EventType::IncidentAssigned, {{QStringLiteral("assignee"), QStringLiteral("eko")}});
    h << at(b, 2, T, id, EventType::IncidentNoteAdded, {{QStringLiteral("text"), QStringLiteral("looking")}});
    h << at(a, 3, T, id, EventType::IncidentChecklistTicked,
            {{QStringLiteral("step"), QStringLiteral("check_data")}, {QStringLiteral("done"), true}});
    h << at(b, 3, T, id, EventType::IncidentAlertLinked, {{QStringLiteral("alert_id"), QStringLiteral("al-2")}});
    h << at(a, 4, T, id, EventType::IncidentStatusChanged, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    h << at(b, 5, T, id, EventType::IncidentEscalated, {{QStringLiteral("level"), 2}});
    h << at(a, 6, T, id, EventType::IncidentStatusChanged, {{QStringLiteral("status"), QStringLiteral("resolved")}});
    return h;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void appendIsIdempotent();
    void alertProjectionEqualsRefoldInAnyOrder();
    void incidentProjectionEqualsRefoldInAnyOrder();
    void userCreatedProjectsWithCredentials();
    void failedCallbackRollsBackEverything();
    void chainDetectsEditedPayload();
    void chainDetectsDeletedMiddleEvent();
    void chainDetectsDeletedLastEvent();
    void serverSeqDoesNotBreakChain();
    void chainHashesEscapedAndNonAsciiText();
    void killedWriterLosesNoCommittedEvent();

private:
    std::unique_ptr<Database> openDb(const QString &name);
    std::unique_ptr<Database> chainDb(const QString &name, int events);
    QTemporaryDir m_dir;
    int m_n = 0;
};

std::unique_ptr<Database> TestEventStore::openDb(const QString &name)
{
    auto db = Database::open(m_dir.filePath(name), QStringLiteral("c%1").arg(++m_n));
    return db ? std::move(db).value() : nullptr;
}

void TestEventStore::appendIsIdempotent()
{
    auto db = openDb(QStringLiteral("idem.db"));
    QVERIFY(db);
    EventStore store(*db);
    test::EventFactory f;
    const QString id = f.newId();
    const Event raised = f.raiseAlert(id, AlertSeverity::Warning, Module::HR, QStringLiteral("t"));
    const Event ack = f.alertEvent(id, EventType::AlertAcknowledged);
    QCOMPARE(store.append({raised, ack}).value(), 2);
    QCOMPARE(store.append({raised, ack}).value(), 0);
    const Event resolve = f.alertEvent(id, EventType::AlertResolved);
    QCOMPARE(store.append({ack, resolve, resolve}).value(), 1); // duplicate inside one batch too
    QCOMPARE(store.count().value(), qint64(3));
    auto alert = AlertRepository(*db).find(id).value();
    QVERIFY(alert.has_value());
    QCOMPARE(alert->state, AlertState::Resolved);
    QVERIFY(store.verifyChain()->intact);
}

void TestEventStore::alertProjectionEqualsRefoldInAnyOrder()
{
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 12; ++round) {
        auto db = openDb(QStringLiteral("alert-order-%1.db").arg(round));
        QVERIFY(db);
        EventStore store(*db);
        AlertRepository repo(*db);
        const QString id = QStringLiteral("alert-%1").arg(round);
        QList<Event> pending = alertHistory(id);
        if (round == 1)
            std::reverse(pending.begin(), pending.end());
        else if (round > 1)
            std::shuffle(pending.begin(), pending.end(), *rng);
        QList<Event> arrived;
        while (!pending.isEmpty()) {
            const int take = int(rng->bounded(1, 4)); // batches of 1..3 events
            const QList<Event> batch = pending.mid(0, take);
            pending.remove(0, qMin(take, pending.size()));
            QVERIFY(store.append(batch).ok());
            arrived << batch;
            const bool created = std::any_of(arrived.cbegin(), arrived.cend(),
                                             [](const Event &e) { return e.type == EventType::AlertRaised; });
            const auto stored = repo.find(id).value();
            QCOMPARE(stored.has_value(), created);
            if (created)
                QVERIFY2(test::diff(*stored, AlertFold::fold(arrived)).isEmpty(),
                         qPrintable(QStringLiteral("round %1: %2").arg(round).arg(test::diff(*stored, AlertFold::fold(arrived)))));
        }
        auto history = store.eventsFor(EntityType::Alert, id).value();
        QCOMPARE(history.size(), alertHistory(id).size());
        QVERIFY(store.verifyChain()->intact);
    }
}

void TestEventStore::incidentProjectionEqualsRefoldInAnyOrder()
{
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 8; ++round) {
        auto db = openDb(QStringLiteral("incident-order-%1.db").arg(round));
        QVERIFY(db);
        EventStore store(*db);
        IncidentRepository repo(*db);
        QList<Event> events = incidentHistory(QStringLiteral("inc-%1").arg(round));
        if (round > 0)
            std::shuffle(events.begin(), events.end(), *rng);
        for (const Event &e : events)
            QVERIFY(store.append({e}).ok());
        const auto stored = repo.find(events.first().entityId).value();
        QVERIFY(stored.has_value());
        QVERIFY2(test::diff(*stored, IncidentFold::fold(events)).isEmpty(),
                 qPrintable(test::diff(*stored, IncidentFold::fold(events))));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM incident_alerts")) && q.next());
        QCOMPARE(q.value(0).toInt(), stored->alertIds.size());
    }
}

void TestEventStore::userCreatedProjectsWithCredentials()
{
    auto db = openDb(QStringLiteral("users.db"));
    QVERIFY(db);
    EventStore store(*db);
    test::EventFactory f;
    const QString uid = f.newId();
    const Event created = f.make(EntityType::User, uid, EventType::UserCreated,
                                 {{QStringLiteral("name"), QStringLiteral("sari")},
                                  {QStringLiteral("display_name"), QStringLiteral("Sari W.")},
                                  {QStringLiteral("role"), QStringLiteral("l2")}});
    auto r = store.append({created}, [](QSqlDatabase &sql) {
        return UserRepository::setPasswordHash(sql, QStringLiteral("sari"), QStringLiteral("$argon2id$hash"));
    });
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QVERIFY(store.append({f.make(EntityType::User, uid, EventType::UserRoleChanged,
                                 {{QStringLiteral("role"), QStringLiteral("ic")}})}).ok());
    UserRepository users(*db);
    auto u = users.find(QStringLiteral("sari")).value();
    QVERIFY(u.has_value());
    QCOMPARE(u->displayName, QStringLiteral("Sari W."));
    QCOMPARE(u->role, Role::IncidentCommander);
    QCOMPARE(u->passwordHash, QStringLiteral("$argon2id$hash"));
    QVERIFY(users.recordFailure(QStringLiteral("sari"), 3, 12345).ok());
    QCOMPARE(users.find(QStringLiteral("sari")).value()->failedAttempts, 3);
    QCOMPARE(users.find(QStringLiteral("sari")).value()->lockedUntilMs, qint64(12345));
    QVERIFY(users.recordSuccess(QStringLiteral("sari")).ok());
    QCOMPARE(users.find(QStringLiteral("sari")).value()->failedAttempts, 0);
    QCOMPARE(users.recordFailure(QStringLiteral("nobody"), 1, 0).code, ErrorCode::NotFound);
    QCOMPARE(UserRepository::setPasswordHash(db->sql(), QStringLiteral("nobody"), QStringLiteral("h")).code,
             ErrorCode::NotFound);
    QCOMPARE(users.count().value(), qint64(1));
    QCOMPARE(users.all().value().size(), 1);
}

void TestEventStore::failedCallbackRollsBackEverything()
{
    auto db = openDb(QStringLiteral("rollback.db"));
    QVERIFY(db);
    EventStore store(*db);
    test::EventFactory f;
    const QString id = f.newId();
    auto r = store.append({f.raiseAlert(id, AlertSeverity::Info, Module::HR, QStringLiteral("t"))},
                          [](QSqlDatabase &) { return Error::make(ErrorCode::TooLarge); });
    QCOMPARE(r.error().code, ErrorCode::TooLarge);
    QCOMPARE(store.count().value(), qint64(0));
    QVERIFY(!AlertRepository(*db).find(id).value().has_value());
    QVERIFY(store.verifyChain()->intact);
}

std::unique_ptr<Database> TestEventStore::chainDb(const QString &name, int events)
{
    auto db = openDb(name);
    test::EventFactory f;
    QList<Event> list;
    for (int i = 0; i < events; ++i)
        list << f.raiseAlert(f.newId(), AlertSeverity::Info, Module::HR, QStringLiteral("a%1").arg(i));
    // Two appends, so the chain crosses a transaction boundary.
    EventStore store(*db);
    store.append(list.mid(0, events / 2));
    store.append(list.mid(events / 2));
    return db;
}

void TestEventStore::chainDetectsEditedPayload()
{
    auto db = chainDb(QStringLiteral("chain-edit.db"), 10);
    EventStore store(*db);
    QVERIFY(store.verifyChain()->intact);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE events SET payload = replace(payload, 'a4', 'evil') WHERE seq = 5")));
    QCOMPARE(q.numRowsAffected(), 1);
    auto report = store.verifyChain().value();
    QVERIFY(!report.intact);
    QCOMPARE(report.reason, QStringLiteral("hash_mismatch"));
    QCOMPARE(report.firstBadSeq, qint64(5));
    QCOMPARE(report.checked, qint64(4));
}

void TestEventStore::chainDetectsDeletedMiddleEvent()
{
    auto db = chainDb(QStringLiteral("chain-del.db"), 10);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE seq = 6")));
    auto report = EventStore(*db).verifyChain().value();
    QVERIFY(!report.intact);
    QCOMPARE(report.reason, QStringLiteral("link_mismatch"));
    QCOMPARE(report.firstBadSeq, qint64(7));
}

void TestEventStore::chainDetectsDeletedLastEvent()
{
    auto db = chainDb(QStringLiteral("chain-tail.db"), 10);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE seq = 10")));
    auto report = EventStore(*db).verifyChain().value();
    QVERIFY(!report.intact);
    QCOMPARE(report.reason, QStringLiteral("head_mismatch"));
    QCOMPARE(report.checked, qint64(9));
}

void TestEventStore::serverSeqDoesNotBreakChain()
{
    auto db = chainDb(QStringLiteral("chain-seq.db"), 6);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE events SET server_seq = seq + 1000")));
    QVERIFY(EventStore(*db).verifyChain()->intact);
}

void TestEventStore::chainHashesEscapedAndNonAsciiText()
{
    // The append path serialises plain-ASCII events itself; verifyChain uses canonicalBytes.
    // Quotes, backslashes, control and non-ASCII characters must give the same hash either way.
    auto db = openDb(QStringLiteral("chain-text.db"));
    EventStore store(*db);
    test::EventFactory f(QStringLiteral("situs-\u00e9"));
    QList<Event> events;
    events << f.raiseAlert(f.newId(), AlertSeverity::Info, Module::HR, QStringLiteral("say \"hi\"\\ \n\t done"));
    Event odd = f.raiseAlert(f.newId(), AlertSeverity::Info, Module::HR, QStringLiteral("Puskesmas \u00d1gawi \u2603"));
    odd.actor = QStringLiteral("d\u00e9wi \"q\"");
    events << odd;
    test::EventFactory plain;
    events << plain.raiseAlert(plain.newId(), AlertSeverity::Info, Module::HR, QStringLiteral("plain"));
    QCOMPARE(store.append(events).value(), 3);
    auto report = store.verifyChain().value();
    QVERIFY2(report.intact, qPrintable(report.reason));
    QCOMPARE(report.checked, qint64(3));
}

void TestEventStore::killedWriterLosesNoCommittedEvent()
{
    const QString path = m_dir.filePath(QStringLiteral("crash.db"));
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(MT_EVENT_WRITER), {path});
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QByteArray out;
    while (out.count('\n') < 300 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(2000);
        out += writer.readAllStandardOutput();
    }
    QVERIFY2(out.count('\n') >= 300, writer.readAllStandardError().constData());
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    out += writer.readAllStandardOutput();
    // Only whole lines count: a line is printed after its COMMIT returned.
    const QList<QByteArray> lines = out.left(out.lastIndexOf('\n')).split('\n');

    auto db = Database::open(path, QStringLiteral("after-crash"));
    QVERIFY2(db.ok(), qPrintable(db.error().detail));
    QVERIFY(db.value()->quickCheck().ok());
    QSqlQuery q(db.value()->sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE id = ?"));
    for (const QByteArray &line : lines) {
        q.bindValue(0, QString::fromLatin1(line));
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == 1, line.constData());
    }
    q.finish();
    auto chain = EventStore(*db.value()).verifyChain();
    QVERIFY(chain.ok() && chain->intact);
    QVERIFY(chain->checked >= lines.size());
    qInfo("writer killed after %lld printed ids; %lld events in the log", qint64(lines.size()), chain->checked);
    QCOMPARE(AlertRepository(*db.value()).count(AlertFilter{}).value(), chain->checked);
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
