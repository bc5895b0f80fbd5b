// The 10,000-repeat alert: time from selection to a painted details pane, through the real widgets.
#include "BenchTimeline.h"

#include "alerts/AlertDetailsPane.h"
#include "base/UiContext.h"
#include "common/Clock.h"
#include "services/AlertService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace mt::bench {

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
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
    return {{QStringLiteral("repeats"), repeats},
            {QStringLiteral("fill_s"), fillSeconds},
            {QStringLiteral("open_ms_first"), open.first()},
            {QStringLiteral("open_ms_median"), median(open)},
            {QStringLiteral("open_ms_max"), *std::max_element(open.cbegin(), open.cend())}};
}

} // namespace mt::bench
