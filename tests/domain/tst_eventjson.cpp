// The wire codec: what travels (alerts, incidents) round-trips; local-only entities never do.
#include "EventBuilder.h"
#include "domain/EventJson.h"

#include <QTest>
#include <QUuid>

using namespace mt;
using mt::test::EventBuilder;

class TestEventJson : public QObject
{
    Q_OBJECT
private slots:
    void alertRoundTrips();
    void localOnlyEntitiesAreNamedOnce();
    void localOnlyEntitiesNeverTravel_data();
    void localOnlyEntitiesNeverTravel();
};

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

void TestEventJson::alertRoundTrips()
{
    const Event e = EventBuilder(EntityType::Alert, uuid(), EventType::AlertRaised)
                        .with(QStringLiteral("title"), QStringLiteral("Stok BCG menipis"))
                        .site(QStringLiteral("jkt"))
                        .id(uuid())
                        .build();
    const auto back = eventFromJson(toJson(e));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().field + QLatin1Char(' ') + back.error().detail));
    QCOMPARE(back->id, e.id);
    QCOMPARE(back->payload, e.payload);
}

void TestEventJson::localOnlyEntitiesAreNamedOnce()
{
    QCOMPARE(localOnlyEntityTypes(), (QStringList{EntityType::User, EntityType::SisdmkQuarantine}));
    QVERIFY(isLocalOnlyEntity(EntityType::User));
    QVERIFY(isLocalOnlyEntity(EntityType::SisdmkQuarantine));
    QVERIFY(!isLocalOnlyEntity(EntityType::Alert));
    QVERIFY(!isLocalOnlyEntity(EntityType::Incident));
    for (const QString &t : localOnlyEntityTypes())
        QVERIFY2(!isKnownEntityType(t), qPrintable(t)); // the codec agrees with the list
    for (const QString &type : knownEventTypes())
        QVERIFY2(!isLocalOnlyEntity(type.section(QLatin1Char('.'), 0, 0)), qPrintable(type));
}

void TestEventJson::localOnlyEntitiesNeverTravel_data()
{
    QTest::addColumn<QString>("entityType");
    QTest::addColumn<QString>("type");
    QTest::newRow("account") << EntityType::User << EventType::UserCreated;
    QTest::newRow("quarantine review") << EntityType::SisdmkQuarantine << QStringLiteral("sisdmk_quarantine.reviewed");
}

void TestEventJson::localOnlyEntitiesNeverTravel()
{
    QFETCH(QString, entityType);
    QFETCH(QString, type);
    // A UUID entity id, so only the entity type can be the reason for the refusal.
    const Event e = EventBuilder(entityType, uuid(), type).site(QStringLiteral("jkt"))
                        .id(uuid()).build();
    const auto back = eventFromJson(toJson(e));
    QVERIFY(!back.ok());
    QCOMPARE(back.error().field, QStringLiteral("entity_type"));
    QCOMPARE(back.error().detail, QStringLiteral("unknown_value"));
}

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_eventjson.moc"
