// The /readyz write probe and free-space check; see Readiness.h.
#include "Readiness.h"

#include "common/Clock.h"
#include "hub/HubConfig.h"
#include "hub/HubDatabase.h"

#include <QSqlQuery>

#include <sys/statvfs.h>

namespace mt {

Readiness::Readiness(const HubConfig &config, HubDatabase &db, const Clock &clock) : m_config(config), m_db(db), m_clock(clock)
{
}

Status Readiness::check()
{
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_at == std::chrono::steady_clock::time_point{} || now - m_at >= std::chrono::seconds(1)) {
        m_last = probe();
        m_at = now;
    }
    return m_last;
}

Status Readiness::probe()
{
    if (!m_config.usesPostgres() && m_config.minFreeMb > 0) {
        struct statvfs fs{};
        if (::statvfs(m_config.dataDir.toLocal8Bit().constData(), &fs) == 0) {
            const double freeMb = double(fs.f_bavail) * double(fs.f_frsize) / (1024.0 * 1024.0);
            if (freeMb < double(m_config.minFreeMb))
                return Error::make(ErrorCode::DiskFull, {},
                                   QStringLiteral("%1 MiB free on the data directory's file system, below --min-free-mb %2")
                                       .arg(freeMb, 0, 'f', 1)
                                       .arg(m_config.minFreeMb));
        }
    }
    return m_db.write([this](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO hub_probe (id, at_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at_ms = excluded.at_ms"));
        q.addBindValue(m_clock.nowMs());
        if (!q.exec())
            return sqlError(q, QStringLiteral("readiness probe"));
        return {};
    });
}

} // namespace mt
