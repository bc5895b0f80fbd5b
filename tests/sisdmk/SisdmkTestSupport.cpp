// Test helpers for the SISDMK ETL (see SisdmkTestSupport.h).
#include "SisdmkTestSupport.h"

#include "sisdmk/EtlController.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace mt {

bool RecordingSink::has(const QString &dedupKey, AlertSeverity severity) const
{
    for (const SyncAlert &a : alerts) {
        if (a.dedupKey == dedupKey && a.severity == severity)
            return true;
    }
    return false;
}

SyncEnv::SyncEnv()
{
    config.retry.baseDelayMs = 20;
    config.retry.transferTimeoutMs = 20000;
    config.perPage = 500;
}

SyncSummary SyncEnv::sync(const Clock &clock, const SyncRequest &request, RecordingSink &sink, MetricsRegistry *metrics)
{
    EtlController controller(dataDir(), clock, config, &sink, metrics);
    QSignalSpy done(&controller, &EtlController::finished);
    controller.syncNow(request);
    if (!done.wait(180000)) {
        // An empty summary is not ok(), but a test expecting a failed run would read it as one.
        QTest::qFail("SyncEnv::sync: no run finished within 180 s", __FILE__, __LINE__);
        return {};
    }
    return done.first().first().value<SyncSummary>();
}

std::unique_ptr<Database> SyncEnv::open()
{
    auto db = Database::open(QDir(dataDir()).filePath(QStringLiteral("medtrack.db")),
                             QStringLiteral("check-%1").arg(++m_connections));
    return db ? std::move(db).value() : nullptr;
}

qint64 SyncEnv::scalar(const QString &sql)
{
    // Read-only: never creates or migrates the file under a process that is doing so (kill test).
    auto db = Database::open(QDir(dataDir()).filePath(QStringLiteral("medtrack.db")),
                             QStringLiteral("check-%1").arg(++m_connections), Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery q(db.value()->sql());
    const qint64 v = q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return v;
}

QString SyncEnv::logs() const
{
    QString all;
    QDirIterator it(QDir(dataDir()).filePath(QStringLiteral("logs")), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(f.readAll());
    }
    return all;
}

} // namespace mt
