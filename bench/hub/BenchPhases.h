// The three measured phases of bench_hub (issue 3, part 9), each against a fresh hub and backend.
#pragma once

#include "BenchProcesses.h"
#include "BenchRawInsert.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace mt::bench {

struct BenchOptions
{
    bool postgres = false;
    qint64 alerts = 50000;
    int connections = 8;
    int clients = 200;
    int clientEvents = 100;
    qint64 pull = 100000;
    QStringList hubArgs; // extra medtrack-hub options (e.g. --threads N)
    QString hubExe;
    QString ctlExe;
    QString workDir;
};

struct TableRow
{
    QString measure;
    QString figure;
    QString baseline;
    double ratio = 0; // 0 = none
    QString target;
    QString met; // yes | no | -
};

// Where one phase keeps its hub database and its raw-insert baseline table.
class Backend
{
public:
    Backend(const BenchOptions &options, PgCluster *pg);
    // A fresh, empty hub database and raw target for `phase`; false with *why on failure.
    bool prepare(const QString &phase, QString *why);
    QStringList hubArgs() const { return m_hubArgs; }
    RawTarget raw() const { return m_raw; }
    QString dir() const { return m_dir; }
    QString name() const { return m_pg ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }
    std::unique_ptr<HubUnderTest> startHub(QString *why) const;

private:
    const BenchOptions &m_options;
    PgCluster *m_pg;
    QStringList m_hubArgs;
    RawTarget m_raw;
    QString m_dir;
};

class Latencies;

// Runs fn(0..n-1) on n threads and joins them.
void runParallel(int n, const std::function<void(int)> &fn);
QJsonObject latencyJson(const Latencies &l);
QString num(double value, int decimals = 0); // 12,345.6

QJsonObject runIngest(const BenchOptions &o, Backend &backend, std::vector<TableRow> &rows);
QJsonObject runClients(const BenchOptions &o, Backend &backend, std::vector<TableRow> &rows);
QJsonObject runPull(const BenchOptions &o, Backend &backend, std::vector<TableRow> &rows);

} // namespace mt::bench
