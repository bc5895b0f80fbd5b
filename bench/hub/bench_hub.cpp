// Issue 3 part 9 benchmark driver: webhook ingest, concurrent site clients and a 100k-event fresh pull,
// each against a real medtrack-hub on 127.0.0.1 and next to the raw insert rate of the same backend.
#include "BenchPhases.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

using namespace mt::bench;

namespace {

const char kUsage[] =
    "usage: bench_hub run [--postgres] [--alerts N] [--connections C] [--clients N] [--client-events N]\n"
    "                     [--pull N] [--only ingest,clients,pull] [--work DIR] [--out FILE]\n"
    "                     [--hub-arg ARG]... [--hub PATH] [--ctl PATH]\n"
    "Run it under a secret service (medtrackctl keeps the hub token in the keychain):\n"
    "  dbus-run-session -- bash -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;\n"
    "                               bench_hub run'\n";

struct Cli
{
    BenchOptions options;
    QStringList only{QStringLiteral("ingest"), QStringLiteral("clients"), QStringLiteral("pull")};
    QString out;
    bool ok = false;
};

Cli parse(const QStringList &args)
{
    Cli cli;
    cli.options.hubExe = QStringLiteral(MT_HUB_EXE);
    cli.options.ctlExe = QStringLiteral(MT_CTL_EXE);
    cli.options.workDir = QDir::temp().filePath(QStringLiteral("bench-hub"));
    if (args.value(0) != QLatin1String("run"))
        return cli;
    BenchOptions &o = cli.options;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString v = args.value(i + 1);
        bool used = true;
        if (a == QLatin1String("--postgres"))
            o.postgres = true, used = false;
        else if (a == QLatin1String("--alerts")) o.alerts = v.toLongLong();
        else if (a == QLatin1String("--connections")) o.connections = v.toInt();
        else if (a == QLatin1String("--clients")) o.clients = v.toInt();
        else if (a == QLatin1String("--client-events")) o.clientEvents = v.toInt();
        else if (a == QLatin1String("--pull")) o.pull = v.toLongLong();
        else if (a == QLatin1String("--only")) cli.only = v.split(QLatin1Char(','));
        else if (a == QLatin1String("--work")) o.workDir = v;
        else if (a == QLatin1String("--out")) cli.out = v;
        else if (a == QLatin1String("--hub-arg")) o.hubArgs << v;
        else if (a == QLatin1String("--hub")) o.hubExe = v;
        else if (a == QLatin1String("--ctl")) o.ctlExe = v;
        else return cli;
        i += used ? 1 : 0;
    }
    cli.ok = o.alerts > 0 && o.connections > 0 && o.clients > 0 && o.clientEvents > 0 && o.clientEvents <= 1000 && o.pull > 0;
    if (cli.out.isEmpty())
        cli.out = QStringLiteral("bench_hub_%1.json").arg(o.postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    return cli;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

void printTable(const QString &backend, const std::vector<TableRow> &rows)
{
    std::printf("\nbench_hub (%s) on %s, %d cores (%s), load %s\n", qPrintable(backend),
                qPrintable(QSysInfo::machineHostName()), QThread::idealThreadCount(), qPrintable(cpuModel()),
                qPrintable(loadAverage()));
    std::printf("%-52s %-24s %-34s %7s  %-18s %s\n", "measure", "figure", "baseline (same run)", "ratio", "target", "met");
    for (const TableRow &r : rows) {
        const QString ratio = r.ratio > 0 ? num(r.ratio, 2) : QStringLiteral("-");
        std::printf("%-52s %-24s %-34s %7s  %-18s %s\n", qPrintable(r.measure), qPrintable(r.figure),
                    qPrintable(r.baseline.isEmpty() ? QStringLiteral("-") : r.baseline), qPrintable(ratio),
                    qPrintable(r.target.isEmpty() ? QStringLiteral("-") : r.target), qPrintable(r.met));
    }
}

int runAll(const Cli &cli)
{
    const BenchOptions &o = cli.options;
    std::unique_ptr<PgCluster> pg;
    if (o.postgres) {
        QString why;
        pg = std::make_unique<PgCluster>(QStringList{QStringLiteral("max_connections=300")});
        if (!PgCluster::binariesPresent() || !pg->start(&why)) {
            std::fprintf(stderr, "bench_hub: PostgreSQL did not start: %s\n", qPrintable(why));
            return 1;
        }
    }
    Backend backend(o, pg.get());
    std::vector<TableRow> rows;
    QJsonObject report{{QStringLiteral("backend"), backend.name()},
                       {QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("load_at_start"), loadAverage()},
                       {QStringLiteral("cores"), QThread::idealThreadCount()},
                       {QStringLiteral("cpu"), cpuModel()},
                       {QStringLiteral("hub_args"), o.hubArgs.join(QLatin1Char(' '))}};
    bool failed = false;
    const auto phase = [&](const char *name, QJsonObject (*fn)(const BenchOptions &, Backend &, std::vector<TableRow> &)) {
        if (!cli.only.contains(QLatin1String(name)))
            return;
        const QJsonObject r = fn(o, backend, rows);
        std::fprintf(stderr, "[%s] %s\n", name, QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
        failed = failed || r.contains(QStringLiteral("error"));
        report.insert(QLatin1String(name), r);
    };
    phase("ingest", runIngest);
    phase("clients", runClients);
    phase("pull", runPull);
    report.insert(QStringLiteral("load_at_end"), loadAverage());
    printTable(backend.name(), rows);
    QFile f(cli.out);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(report).toJson());
    std::printf("JSON: %s\n", qPrintable(QFileInfo(f).absoluteFilePath()));
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Cli cli = parse(app.arguments().mid(1));
    if (!cli.ok) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    return runAll(cli);
}
