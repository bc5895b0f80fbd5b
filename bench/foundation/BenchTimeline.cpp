// The 10,000-repeat alert: time from selection to a painted details pane, through the real widgets.
#include "BenchTimeline.h"

#include "alerts/AlertDetailsPane.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "common/Clock.h"
#include "services/AdminService.h"
#include "services/AlertService.h"
#include "services/TimelineService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mt::bench {

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

int repeatsOf(const QList<TimelineEntry> &entries)
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const TimelineEntry &e) {
        return e.type == EventType::AlertRaised || e.type == EventType::AlertRepeated;
    }));
}

Result<QString> repeatedAlert(Workspace &ws, const Session &s, int repeats, double &fillSeconds)
{
    const RaiseAlertRequest r{AlertSeverity::Critical, Module::Logistics, QStringLiteral("Suhu rantai dingin 9,4 C"),
                              QStringLiteral("Gudang farmasi Lanud, rak 12"), QStringLiteral("bench-timeline-repeat"),
                              QStringLiteral("node-1")};
    QElapsedTimer t;
    t.start();
    QString id;
    for (int i = 0; i <= repeats; ++i) {
        const auto raised = ws.alerts().raise(s, r);
        if (!raised)
            return raised.error();
        id = raised->alertId;
        if (i > 0 && !raised->deduplicated)
            return Error::make(ErrorCode::Internal, {}, QStringLiteral("not deduplicated"));
    }
    fillSeconds = t.elapsed() / 1000.0;
    return id;
}

// What the pane did before paging: read every event, refold them all for the conflict marks, and
// one word-wrapped list item per event ("time  summary"), repainted. Re-enacted from today's pieces
// as the pane's code was: TimelineService::timeline (read, sort, summaries) into the same kind of
// list, plus AlertFold::fold of all events (timed alone, on events already read).
QJsonObject wholeTimeline(UiContext &ctx, const QString &id)
{
    Workspace &ws = ctx.ws;
    auto side = Database::open(AdminService::databasePath(ws.dataDir()), QStringLiteral("bench-timeline"),
                               Database::Mode::ReadOnly, Database::IntegrityCheck::VerifiedByCaller);
    if (!side)
        return {};
    EventStore store(*side.value());
    const auto events = store.eventsFor(EntityType::Alert, id);
    QWidget pane;
    auto *layout = new QVBoxLayout(&pane);
    auto *list = new QListWidget(&pane);
    list->setWordWrap(true);
    layout->addWidget(list, 1);
    pane.resize(500, 900);
    pane.show();
    QApplication::processEvents();
    const SiteZone zone = ws.config().calendar.zone;
    QList<double> fold;
    QList<double> rest;
    for (int round = 0; round < 5; ++round) {
        list->clear();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        const Alert folded = AlertFold::fold(events.value());
        fold << t.nsecsElapsed() / 1e6;
        t.restart();
        const auto entries = ws.timelines().timeline(EntityType::Alert, id);
        for (const TimelineEntry &e : entries.value()) {
            const QString text = QStringLiteral("%1  %2").arg(UiText::localTime(e.atMs, zone), e.summary);
            new QListWidgetItem(text, list);
        }
        pane.repaint();
        rest << t.nsecsElapsed() / 1e6;
        if (folded.count != repeatsOf(entries.value()))
            return {};
    }
    return {{QStringLiteral("whole_fold_ms_median"), median(fold)},
            {QStringLiteral("whole_read_summaries_list_ms_median"), median(rest)},
            {QStringLiteral("whole_total_ms_median"), median(fold) + median(rest)}};
}

} // namespace

QJsonObject measureTimeline(const QString &dataDir, int repeats)
{
    SystemClock clock;
    auto opened = Workspace::open(dataDir, clock);
    if (!opened)
        return {{QStringLiteral("error"), QString::fromLatin1(errorCodeName(opened.error().code))}};
    Workspace &ws = *opened.value();
    const Session admin{QStringLiteral("bench"), QStringLiteral("Bench"), Role::Admin};
    double fillSeconds = 0;
    const auto id = repeatedAlert(ws, admin, repeats, fillSeconds);
    if (!id)
        return {{QStringLiteral("error"), QString::fromLatin1(errorCodeName(id.error().code))}};
    UiContext ctx{ws, admin, false};
    AlertDetailsPane pane(ctx);
    pane.resize(500, 900);
    pane.show();
    QApplication::processEvents();
    QList<double> open;
    for (int round = 0; round < 7; ++round) {
        pane.showAlert({});
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        pane.showAlert(id.value());
        pane.repaint();
        open << t.nsecsElapsed() / 1e6;
    }
    QJsonObject out{{QStringLiteral("repeats"), repeats},
                    {QStringLiteral("fill_s"), fillSeconds},
                    {QStringLiteral("open_ms_first"), open.first()},
                    {QStringLiteral("open_ms_median"), median(open)},
                    {QStringLiteral("open_ms_max"), *std::max_element(open.cbegin(), open.cend())}};
    const QJsonObject whole = wholeTimeline(ctx, id.value());
    for (auto it = whole.begin(); it != whole.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace mt::bench
