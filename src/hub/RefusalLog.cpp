// Refusal records: a bounded queue written in batches by one thread; see RefusalLog.h.
#include "RefusalLog.h"

#include "HubMetrics.h"

#include "common/Clock.h"
#include "hub/HubDatabase.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <chrono>

namespace mt {

RefusalLog::RefusalLog(HubDatabase &db, const Clock &clock, MetricsRegistry &metrics)
    : m_db(db), m_clock(clock), m_metrics(metrics), m_thread([this] { loop(); })
{
}

RefusalLog::~RefusalLog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RefusalLog::record(RefusalRecord r)
{
    hubmetrics::addRefusals(m_metrics, r.code, r.count);
    {
        std::lock_guard lock(m_mutex);
        if (m_pending.size() < size_t(kMaxPending)) {
            m_pending.push_back(std::move(r));
            return;
        }
    }
    hubmetrics::addRefusalsDropped(m_metrics, 1);
}

void RefusalLog::loop()
{
    qint64 lastPruneMs = 0;
    for (;;) {
        std::vector<RefusalRecord> batch;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_stopping; });
            stopping = m_stopping;
            batch.assign(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.end()));
            m_pending.clear();
        }
        const qint64 now = m_clock.nowMs();
        const bool prune = now - lastPruneMs > 3600 * 1000;
        if (!batch.empty() || prune) {
            if (write(batch, prune).ok()) {
                if (prune)
                    lastPruneMs = now;
            } else {
                hubmetrics::addRefusalsDropped(m_metrics, int(batch.size()));
            }
        }
        if (stopping)
            return;
    }
}

Status RefusalLog::write(const std::vector<RefusalRecord> &batch, bool prune)
{
    return m_db.write([&](QSqlDatabase &db) -> Status {
        CachedQuery q(db, QStringLiteral("INSERT INTO refusals (at_ms, client, principal, route, status, code, detail, count) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const RefusalRecord &r : batch) {
            q->addBindValue(r.atMs);
            q->addBindValue(sqlText(r.client));
            q->addBindValue(sqlText(r.principal));
            q->addBindValue(sqlText(r.route));
            q->addBindValue(r.status);
            q->addBindValue(sqlText(r.code));
            q->addBindValue(sqlText(r.detail.left(200)));
            q->addBindValue(r.count);
            if (!q->exec())
                return sqlError(*q, QStringLiteral("refusal insert"));
        }
        if (prune) {
            QSqlQuery old(db);
            old.prepare(QStringLiteral("DELETE FROM refusals WHERE at_ms < ?"));
            old.addBindValue(m_clock.nowMs() - kRetentionMs);
            if (!old.exec())
                return sqlError(old, QStringLiteral("refusal prune"));
        }
        return {};
    });
}

Result<QList<RefusalRecord>> RefusalLog::query(QSqlDatabase db, const RefusalFilter &f)
{
    QString sql = QStringLiteral("SELECT at_ms, client, principal, route, status, code, detail, count FROM refusals WHERE at_ms >= ?");
    QVariantList binds{f.sinceMs};
    const auto where = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        binds.append(value);
    };
    where("client", f.client);
    where("principal", f.principal);
    where("code", f.code);
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(std::max(1, f.limit));
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, QStringLiteral("refusal query"));
    QList<RefusalRecord> out;
    while (q.next())
        out.append(RefusalRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()});
    return out;
}

} // namespace mt
