// Login failures per (name, client address) in the hub database; see LoginThrottle.h.
#include "LoginThrottle.h"

#include "common/Clock.h"
#include "hub/HubDatabase.h"

#include <QSqlQuery>

namespace mt {

namespace {

constexpr qint64 kForgetAfterMs = 24LL * 3600 * 1000; // rows of stale failures are deleted after a day

Status run(QSqlQuery &q, const QString &context)
{
    if (!q.exec())
        return sqlError(q, context);
    return {};
}

} // namespace

LoginThrottle::LoginThrottle(QSqlDatabase db, const Clock &clock, int maxFailures, qint64 lockoutMs)
    : m_db(std::move(db)), m_clock(clock), m_maxFailures(std::max(1, maxFailures)), m_lockoutMs(lockoutMs)
{
}

Result<qint64> LoginThrottle::retryAfterMs(const QString &name, const QString &client)
{
    CachedQuery q(m_db, QStringLiteral("SELECT locked_until_ms FROM login_failures WHERE name = ? AND client = ?"));
    q->addBindValue(name);
    q->addBindValue(client);
    if (Status s = run(*q, QStringLiteral("login lock lookup")); !s.ok())
        return s;
    if (!q->next())
        return qint64{0};
    return std::max<qint64>(0, q->value(0).toLongLong() - m_clock.nowMs());
}

Status LoginThrottle::recordFailure(const QString &name, const QString &client)
{
    const qint64 now = m_clock.nowMs();
    // The previous count, unless its last failure is older than the lockout window.
    const QString previous = QStringLiteral("(CASE WHEN login_failures.last_failed_ms < %1 THEN 0 ELSE login_failures.failed_count END)")
                                 .arg(now - m_lockoutMs);
    // The failure that reaches the limit starts the lock; the count restarts after it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO login_failures (name, client, failed_count, locked_until_ms, last_failed_ms) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name, client) DO UPDATE SET "
                             "locked_until_ms = CASE WHEN %1 + 1 >= %2 THEN %3 ELSE login_failures.locked_until_ms END, "
                             "failed_count = CASE WHEN %1 + 1 >= %2 THEN 0 ELSE %1 + 1 END, last_failed_ms = %4")
                  .arg(previous)
                  .arg(m_maxFailures)
                  .arg(now + m_lockoutMs)
                  .arg(now));
    const bool locksAtOnce = m_maxFailures <= 1;
    q.addBindValue(name);
    q.addBindValue(client);
    q.addBindValue(locksAtOnce ? 0 : 1);
    q.addBindValue(locksAtOnce ? now + m_lockoutMs : qint64{0});
    q.addBindValue(now);
    if (Status s = run(q, QStringLiteral("login failure")); !s.ok())
        return s;
    // Guesses at many names leave no lasting rows.
    QSqlQuery prune(m_db);
    prune.prepare(QStringLiteral("DELETE FROM login_failures WHERE last_failed_ms < ? AND locked_until_ms < ?"));
    prune.addBindValue(now - kForgetAfterMs);
    prune.addBindValue(now);
    return run(prune, QStringLiteral("login failure prune"));
}

Status LoginThrottle::recordSuccess(const QString &name, const QString &client)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM login_failures WHERE name = ? AND client = ?"));
    q.addBindValue(name);
    q.addBindValue(client);
    return run(q, QStringLiteral("login success"));
}

Result<int> LoginThrottle::lockedAddresses(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE name = ? AND locked_until_ms > ?"));
    q.addBindValue(name);
    q.addBindValue(m_clock.nowMs());
    if (Status s = run(q, QStringLiteral("login locks")); !s.ok())
        return s;
    return q.next() ? q.value(0).toInt() : 0;
}

Status LoginThrottle::clear(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM login_failures WHERE name = ?"));
    q.addBindValue(name);
    return run(q, QStringLiteral("login locks clear"));
}

} // namespace mt
