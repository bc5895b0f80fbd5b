// Tests incident numbers: site code + sequence, given at opening, identical on every site after a merge.
#include "CoreFixture.h"
#include "common/Uuid.h"
#include "domain/IncidentNumber.h"
#include "services/EventLogService.h"
#include "services/IncidentService.h"
#include "services/TimelineService.h"

#include <QDir>
#include <QJsonArray>
#include <QSettings>
#include <QtTest>

using namespace mt;

namespace {

// A workspace whose medtrack.ini names `siteId`, with one user per role.
bool openSite(CoreFixture &f, const QString &siteId)
{
    {
        QSettings ini(QDir(f.dir.path()).filePath(QStringLiteral("medtrack.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("site/id"), siteId);
    }
    return f.openWithUsers();
}

QString openIncident(CoreFixture &f, const QString &title)
{
    OpenIncidentRequest r;
    r.title = title;
    r.severity = 3;
    r.modules = {Module::Logistics};
    const auto id = f.ws->incidents().open(f.ic, r);
    return id ? id.value() : QString();
}

// Everything this site made or holds except user accounts, which never leave a site.
QList<Event> shareable(CoreFixture &f)
{
    QList<Event> out;
    const auto logged = f.ws->events().loggedEvents(0, 100000);
    for (const LoggedEvent &l : logged.value()) {
        if (l.event.entityType != EntityType::User)
            out << l.event;
    }
    return out;
}

// id -> number of every incident of a site.
QMap<QString, QString> numbersOf(CoreFixture &f)
{
    QMap<QString, QString> out;
    IncidentFilter all;
    all.openOnly = false;
    const auto page = f.ws->incidents().page(all, 0, 1000);
    for (const Incident &i : page.value())
        out.insert(i.id, i.number);
    return out;
}

} // namespace

class TestIncidentNumbers : public QObject
{
    Q_OBJECT
private slots:
    void siteCodeFormatAndParse()
    {
        QCOMPARE(IncidentNumber::siteCode(QStringLiteral("jkt")), QStringLiteral("JKT"));
        QCOMPARE(IncidentNumber::siteCode(QStringLiteral("lanud-halim.2")), QStringLiteral("LANUD-HALIM.2"));
        QCOMPARE(IncidentNumber::format(QStringLiteral("JKT"), 42), QStringLiteral("JKT-0042"));
        QCOMPARE(IncidentNumber::format(QStringLiteral("JKT"), 12345), QStringLiteral("JKT-12345"));
        const auto p = IncidentNumber::parse(QStringLiteral("LANUD-HALIM-0007"));
        QVERIFY(p);
        QCOMPARE(p->siteCode, QStringLiteral("LANUD-HALIM"));
        QCOMPARE(p->sequence, qint64(7));
        for (const char *bad : {"JKT-42", "jkt-0042", "JKT-0000", "JKT0042", "-0042", "JKT-00a2", "JKT-+042", ""})
            QVERIFY2(!IncidentNumber::parse(QString::fromLatin1(bad)), bad);
        QCOMPARE(IncidentNumber::normalised(QStringLiteral("  jkt-0042 ")), QStringLiteral("JKT-0042"));
    }

    void openingGivesTheNextNumberOfThisSite()
    {
        CoreFixture f;
        QVERIFY(openSite(f, QStringLiteral("jkt")));
        const QString a = openIncident(f, QStringLiteral("Stok vaksin habis"));
        const QString b = openIncident(f, QStringLiteral("Suhu gudang naik"));
        QCOMPARE(f.incident(a).number, QStringLiteral("JKT-0001"));
        QCOMPARE(f.incident(b).number, QStringLiteral("JKT-0002"));
        QCOMPARE(f.incident(b).numberSequence, qint64(2));
        // In the event itself, so every other site shows the same number.
        const auto tl = f.ws->timelines().timeline(EntityType::Incident, b);
        QVERIFY(tl.value().first().summary.contains(QStringLiteral("JKT-0002")));
        QCOMPARE(f.ws->incidents().resolveId(QStringLiteral("jkt-0002")).value(), b);
        QCOMPARE(f.ws->incidents().resolveId(b).value(), b);
        QCOMPARE(f.ws->incidents().resolveId(QStringLiteral("JKT-0003")).error().code, ErrorCode::NotFound);
        QCOMPARE(f.ws->incidents().numbers({a, QStringLiteral("nope")}).value(),
                 (QHash<QString, QString>{{a, QStringLiteral("JKT-0001")}}));
    }

    void twoSitesOpenOfflineThenMerge()
    {
        CoreFixture jkt;
        CoreFixture halim;
        QVERIFY(openSite(jkt, QStringLiteral("jkt")));
        QVERIFY(openSite(halim, QStringLiteral("lanud-halim")));
        halim.clock.advanceMinutes(-3); // its clock runs behind: the order of opening must not matter
        for (int k = 0; k < 3; ++k) {
            QVERIFY(!openIncident(jkt, QStringLiteral("Jakarta %1").arg(k)).isEmpty());
            QVERIFY(!openIncident(halim, QStringLiteral("Halim %1").arg(k)).isEmpty());
        }
        const QList<Event> fromJkt = shareable(jkt);
        const QList<Event> fromHalim = shareable(halim);
        QVERIFY(jkt.ws->events().importEvents(fromHalim).ok());
        QVERIFY(halim.ws->events().importEvents(fromJkt).ok());
        QVERIFY(halim.ws->events().importEvents(fromJkt).ok()); // twice: nothing changes
        const QMap<QString, QString> onJkt = numbersOf(jkt);
        QCOMPARE(onJkt.size(), 6);
        QCOMPARE(numbersOf(halim), onJkt);
        QStringList numbers = onJkt.values();
        numbers.sort();
        QCOMPARE(numbers, (QStringList{QStringLiteral("JKT-0001"), QStringLiteral("JKT-0002"), QStringLiteral("JKT-0003"),
                                       QStringLiteral("LANUD-HALIM-0001"), QStringLiteral("LANUD-HALIM-0002"),
                                       QStringLiteral("LANUD-HALIM-0003")}));
        // Each site goes on with its own sequence; the other site's numbers do not move it.
        const QString next = openIncident(halim, QStringLiteral("Halim 4"));
        QCOMPARE(halim.incident(next).number, QStringLiteral("LANUD-HALIM-0004"));
        QCOMPARE(halim.ws->incidents().resolveId(QStringLiteral("jkt-0003")).value(),
                 jkt.ws->incidents().resolveId(QStringLiteral("JKT-0003")).value());
    }

    void openedWithoutOrWithAForeignNumberGetsTheFallback()
    {
        CoreFixture f;
        QVERIFY(openSite(f, QStringLiteral("jkt")));
        const auto makeOpened = [&](const QString &site, const QJsonObject &extra) {
            Event e;
            e.id = newUuidV7(f.clock);
            e.entityType = EntityType::Incident;
            e.entityId = newUuidV7(f.clock);
            e.type = EventType::IncidentOpened;
            QJsonObject p{{QStringLiteral("title"), QStringLiteral("Lama")}, {QStringLiteral("severity"), 3},
                          {QStringLiteral("modules"), QJsonArray{QStringLiteral("logistics")}}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                p.insert(it.key(), it.value());
            e.payload = p;
            e.actor = QStringLiteral("operator");
            e.siteId = site;
            e.hlc = Hlc::fromParts(f.clock.nowMs(), 1);
            return e;
        };
        const Event old = makeOpened(QStringLiteral("rsud-biak"), {});
        // A site may only number its own incidents: a number with another site's code is ignored.
        const Event forged = makeOpened(QStringLiteral("rsud-biak"), {{QStringLiteral("number"), QStringLiteral("JKT-0001")}});
        QVERIFY(f.ws->events().importEvents({old, forged}).ok());
        const QString expected = QStringLiteral("RSUD-BIAK-") + old.entityId.right(8).toUpper();
        QCOMPARE(f.incident(old.entityId).number, expected);
        QCOMPARE(f.incident(old.entityId).numberSequence, qint64(0));
        QCOMPARE(IncidentNumber::fallback(old.entityId, old.siteId), expected);
        QCOMPARE(f.incident(forged.entityId).number, QStringLiteral("RSUD-BIAK-") + forged.entityId.right(8).toUpper());
        QCOMPARE(f.ws->incidents().resolveId(expected.toLower()).value(), old.entityId);
        // The fallbacks do not count as this site's sequence.
        QCOMPARE(f.incident(openIncident(f, QStringLiteral("Baru"))).number, QStringLiteral("JKT-0001"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentNumbers)
#include "tst_incidentnumbers.moc"
