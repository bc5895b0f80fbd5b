// Tests TimelineService::page: newest first page, "older" pages back to the start, conflicts as in the full timeline.
#include "CoreFixture.h"
#include "common/Uuid.h"
#include "services/EventLogService.h"
#include "services/TimelineService.h"

#include <QtTest>

using namespace mt;

namespace {

// Walks a timeline back page by page and returns it oldest first, checking each page's counts.
QList<TimelineEntry> allPages(CoreFixture &f, const QString &type, const QString &id, int pageSize, int &pages)
{
    QList<TimelineEntry> out;
    std::optional<TimelineEntry> oldest;
    pages = 0;
    while (true) {
        const auto page = f.ws->timelines().page(type, id, pageSize, oldest);
        if (!page.ok() || page->entries.isEmpty())
            break;
        ++pages;
        out = page->entries + out;
        if (page->olderCount == 0)
            break;
        oldest = page->entries.first();
    }
    return out;
}

Event foreign(CoreFixture &f, const QString &alertId, const QString &type, qint64 hlc, const QString &site)
{
    Event e;
    e.id = newUuidV7(f.clock);
    e.entityType = EntityType::Alert;
    e.entityId = alertId;
    e.type = type;
    e.actor = QStringLiteral("operator-biak");
    e.siteId = site;
    e.hlc = Hlc{hlc};
    return e;
}

} // namespace

class TestTimelinePaging : public QObject
{
    Q_OBJECT
private slots:
    void pagesFromTheNewestBackToTheStart()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        QString id;
        for (int k = 0; k < 251; ++k) {
            id = f.raise(f.l1, AlertSeverity::Warning, Module::Logistics, QStringLiteral("Stok menipis"), QStringLiteral("k"));
            f.clock.advanceMs(1000);
        }
        QCOMPARE(f.alert(id).count, 251);
        const auto first = f.ws->timelines().page(EntityType::Alert, id, 100);
        QVERIFY(first.ok());
        QCOMPARE(first->entries.size(), 100);
        QCOMPARE(first->olderCount, qint64(151));
        QCOMPARE(first->entries.last().type, EventType::AlertRepeated);
        const auto second = f.ws->timelines().page(EntityType::Alert, id, 100, first->entries.first());
        QCOMPARE(second->entries.size(), 100);
        QCOMPARE(second->olderCount, qint64(51));
        QVERIFY(second->entries.last().hlc < first->entries.first().hlc);
        int pages = 0;
        const QList<TimelineEntry> paged = allPages(f, EntityType::Alert, id, 100, pages);
        QCOMPARE(pages, 3);
        const auto whole = f.ws->timelines().timeline(EntityType::Alert, id);
        QCOMPARE(paged.size(), whole->size());
        for (qsizetype k = 0; k < paged.size(); ++k)
            QCOMPARE(paged.at(k).eventId, whole->at(k).eventId);
        QCOMPARE(paged.first().type, EventType::AlertRaised);
        QCOMPARE(f.ws->timelines().page(EntityType::Alert, QStringLiteral("no-such"), 100).error().code, ErrorCode::NotFound);
    }

    void conflictsAreMarkedOnEveryPageAsInTheFullTimeline()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString id = f.raise(f.l1, AlertSeverity::Critical, Module::Distribution, QStringLiteral("Rantai dingin"), QStringLiteral("c"));
        for (int k = 0; k < 30; ++k)
            f.raise(f.l1, AlertSeverity::Critical, Module::Distribution, QStringLiteral("Rantai dingin"), QStringLiteral("c"));
        QVERIFY(f.ws->alerts().resolve(f.l1, id).ok());
        const auto before = f.ws->timelines().timeline(EntityType::Alert, id);
        const qint64 resolvedHlc = before->last().hlc;
        const qint64 raisedHlc = before->first().hlc;
        // Another site acknowledged after the resolve (a conflict), and one repeat arrives late with
        // an old HLC (it folds near the start: the store refolds; no conflict).
        const Event lateAck = foreign(f, id, EventType::AlertAcknowledged, resolvedHlc + 5, QStringLiteral("rsud-biak"));
        const Event oldRepeat = foreign(f, id, EventType::AlertRepeated, raisedHlc + 1, QStringLiteral("rsud-biak"));
        QVERIFY(f.ws->events().importEvents({lateAck, oldRepeat}).ok());
        const auto whole = f.ws->timelines().timeline(EntityType::Alert, id);
        QCOMPARE(whole->size(), 34);
        int pages = 0;
        const QList<TimelineEntry> paged = allPages(f, EntityType::Alert, id, 7, pages);
        QCOMPARE(pages, 5);
        QCOMPARE(paged.size(), whole->size());
        int conflicts = 0;
        for (qsizetype k = 0; k < paged.size(); ++k) {
            QCOMPARE(paged.at(k).eventId, whole->at(k).eventId);
            QCOMPARE(paged.at(k).conflict, whole->at(k).conflict);
            QCOMPARE(paged.at(k).summary, whole->at(k).summary);
            conflicts += paged.at(k).conflict ? 1 : 0;
        }
        QCOMPARE(conflicts, 1);
        QCOMPARE(paged.last().eventId, lateAck.id);
        QVERIFY(paged.last().conflict);
        QCOMPARE(paged.at(1).eventId, oldRepeat.id);
    }
};

QTEST_GUILESS_MAIN(TestTimelinePaging)
#include "tst_timelinepaging.moc"
