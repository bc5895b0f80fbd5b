// The console measured through the same widgets, model and Workspace an operator uses.
#include "BenchConsole.h"

#include "alerts/AlertConsole.h"
#include "alerts/AlertTableModel.h"
#include "base/UiContext.h"
#include "common/Clock.h"
#include "services/Workspace.h"
#include "services/AlertService.h"
#include "services/AdminService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSqlQuery>
#include <QTableView>

#include <QFile>

#include <algorithm>

namespace mt::bench {

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class MonotonicPaintProbe : public QObject
{
public:
    qint64 firstPaintNs = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintNs == 0)
            firstPaintNs = monotonicNs();
        return QObject::eventFilter(watched, event);
    }
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

// Filter change: new filter -> model reloaded (count + first page) -> viewport repainted.
QJsonObject measureFilters(AlertConsole &console)
{
    AlertTableModel *model = console.model();
    QList<double> ui;
    for (int round = 0; round < 5; ++round) {
        for (int sev = 0; sev < 3; ++sev) {
            AlertFilter f = model->filter();
            f.severity = AlertSeverity(sev);
            f.states = round % 2 ? AlertFilter::StateSet::All : AlertFilter::StateSet::Open;
            f.module = round >= 3 ? std::optional<Module>(Module(round)) : std::nullopt;
            const qint64 t0 = monotonicNs();
            model->setFilter(f);
            console.view()->viewport()->repaint();
            ui << (monotonicNs() - t0) / 1e6;
            if (qEnvironmentVariableIsSet("MT_BENCH_VERBOSE"))
                qInfo("filter round %d severity %d: %.1f ms (%lld rows)", round, sev, ui.last(), qint64(model->totalCount()));
        }
    }
    return {{QStringLiteral("filter_ms_median"), median(ui)}, {QStringLiteral("filter_ms_max"), percentile(ui, 1.0)}};
}

// Baseline for the filter: the same first-page query run directly, without model or view.
double rawPageQueryMs(const QString &dataDir)
{
    // The floor runs on a connection of its own, as the console's query would without model or view.
    auto opened = Database::open(AdminService::databasePath(dataDir), QStringLiteral("bench-floor"),
                                 Database::Mode::ReadOnly, Database::IntegrityCheck::VerifiedByCaller);
    if (!opened)
        return -1;
    Database &side = *opened.value();
    QList<double> t;
    for (int sev = 0; sev < 3; ++sev) {
        QSqlQuery q(side.sql());
        const qint64 t0 = monotonicNs();
        q.exec(QStringLiteral("SELECT * FROM alerts WHERE severity = %1 AND state < 2 ORDER BY raised_at_ms DESC "
                              "LIMIT 200").arg(sev));
        while (q.next()) {
        }
        t << (monotonicNs() - t0) / 1e6;
    }
    return median(t);
}

QJsonObject measureAcks(Workspace &ws, const Session &s, AlertConsole &console)
{
    AlertTableModel *model = console.model();
    AlertFilter f;
    f.states = AlertFilter::StateSet::New;
    model->setFilter(f);
    QList<double> ack;
    QList<double> ackAndRefresh;
    for (int i = 0; i < 40 && model->rowCount() > 0; ++i) {
        const QString id = model->data(model->index(0, 0), AlertTableModel::AlertIdRole).toString();
        const qint64 t0 = monotonicNs();
        const bool ok = ws.alerts().acknowledge(s, id).ok();
        const qint64 t1 = monotonicNs();
        model->refresh();
        console.view()->viewport()->repaint();
        const qint64 t2 = monotonicNs();
        if (!ok)
            break;
        ack << (t1 - t0) / 1e6;
        ackAndRefresh << (t2 - t0) / 1e6;
    }
    return {{QStringLiteral("ack_ms_median"), median(ack)},
            {QStringLiteral("ack_ms_p95"), percentile(ack, 0.95)},
            {QStringLiteral("ack_plus_refresh_ms_median"), median(ackAndRefresh)},
            {QStringLiteral("acks_measured"), ack.size()}};
}

} // namespace

qint64 peakRssKb()
{
    // VmHWM, not getrusage's ru_maxrss: the latter survives fork+exec and would report the
    // parent's (database-building) peak for every child.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QJsonObject measureConsole(const QString &dataDir, qint64 processStartNs)
{
    SystemClock clock;
    const qint64 tOpen = monotonicNs();
    WorkspaceOptions options;
    options.deferIntegrityCheck = true; // as the GUI opens it
    auto opened = Workspace::open(dataDir, clock, options);
    if (!opened)
        return {{QStringLiteral("error"), QString::fromLatin1(errorCodeName(opened.error().code))}};
    Workspace &ws = *opened.value();
    const qint64 tOpened = monotonicNs();
    const Session admin{QStringLiteral("bench"), QStringLiteral("Bench"), Role::Admin};
    UiContext ctx{ws, admin, false};
    AlertConsole console(ctx);
    MonotonicPaintProbe probe;
    console.view()->viewport()->installEventFilter(&probe);
    console.resize(1400, 900);
    console.show();
    while (probe.firstPaintNs == 0)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    // Writes wait for the background integrity check; the ack measurement needs it finished.
    const qint64 tCheck = monotonicNs();
    while (!ws.admin().integrityVerified() && monotonicNs() - tCheck < 60'000'000'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    QJsonObject out{{QStringLiteral("first_paint_ms_since_process_start"), (probe.firstPaintNs - processStartNs) / 1e6},
                    {QStringLiteral("integrity_check_done_ms_since_process_start"), (monotonicNs() - processStartNs) / 1e6},
                    {QStringLiteral("core_open_ms"), (tOpened - tOpen) / 1e6},
                    {QStringLiteral("rows_in_first_page"), console.model()->rowCount()},
                    {QStringLiteral("open_alerts"), double(console.model()->totalCount())}};
    const QJsonObject filters = measureFilters(console);
    for (auto it = filters.begin(); it != filters.end(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("raw_page_query_ms_median"), rawPageQueryMs(ws.dataDir()));
    const QJsonObject acks = measureAcks(ws, admin, console);
    for (auto it = acks.begin(); it != acks.end(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("peak_rss_kb"), double(peakRssKb()));
    return out;
}

} // namespace mt::bench
