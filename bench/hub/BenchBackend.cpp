// Fresh hub databases per phase (SQLite directory or PostgreSQL database) and small shared helpers.
#include "BenchHttp.h"
#include "BenchPhases.h"

#include <QDir>
#include <QLocale>

#include <thread>

namespace mt::bench {

void runParallel(int n, const std::function<void(int)> &fn)
{
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        threads.emplace_back(fn, i);
    for (std::thread &t : threads)
        t.join();
}

QJsonObject latencyJson(const Latencies &l)
{
    return QJsonObject{{QStringLiteral("count"), static_cast<double>(l.count())},
                       {QStringLiteral("p50_ms"), l.percentile(50)},
                       {QStringLiteral("p95_ms"), l.percentile(95)},
                       {QStringLiteral("p99_ms"), l.percentile(99)},
                       {QStringLiteral("max_ms"), l.max()}};
}

QString num(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

Backend::Backend(const BenchOptions &options, PgCluster *pg)
    : m_options(options), m_pg(pg)
{
}

bool Backend::prepare(const QString &phase, QString *why)
{
    m_dir = QDir(m_options.workDir).filePath(name() + QLatin1Char('-') + phase);
    QDir(m_dir).removeRecursively();
    if (!QDir().mkpath(m_dir))
        return *why = QStringLiteral("cannot create ") + m_dir, false;
    m_raw = RawTarget{};
    if (!m_pg) {
        m_hubArgs = {QStringLiteral("--data-dir"), QDir(m_dir).filePath(QStringLiteral("hub"))};
        m_raw.sqliteFile = QDir(m_dir).filePath(QStringLiteral("raw.db"));
        return true;
    }
    const QString hubDb = QStringLiteral("hub_") + phase;
    const QString rawDb = QStringLiteral("raw_") + phase;
    if (!m_pg->createDatabase(hubDb, why) || !m_pg->createDatabase(rawDb, why))
        return false;
    m_hubArgs = {QStringLiteral("--database"), m_pg->url(hubDb)};
    m_raw.postgres = true;
    m_raw.pgPort = m_pg->port();
    m_raw.pgDatabase = rawDb;
    return true;
}

std::unique_ptr<HubUnderTest> Backend::startHub(QString *why) const
{
    auto hub = std::make_unique<HubUnderTest>(m_options.hubExe, m_hubArgs, QDir(m_dir).filePath(QStringLiteral("hub.log")));
    if (!hub->start(m_options.hubArgs)) {
        *why = QStringLiteral("medtrack-hub did not start (see %1/hub.log)").arg(m_dir);
        return nullptr;
    }
    return hub;
}

} // namespace mt::bench
