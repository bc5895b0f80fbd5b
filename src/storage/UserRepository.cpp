// UserRepository: the users projection joined with the local-only credentials table.
#include "storage/Repositories.h"

#include "ProjectionRows.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mt {

namespace {

const QString &selectUsers()
{
    static const QString sql = QStringLiteral(
        "SELECT u.name, u.display_name, u.role, u.disabled, COALESCE(c.password_hash, ''), "
        "COALESCE(c.failed_attempts, 0), COALESCE(c.locked_until_ms, 0) "
        "FROM users u LEFT JOIN credentials c ON c.user_name = u.name");
    return sql;
}

UserRecord userFrom(const QSqlQuery &q)
{
    UserRecord u;
    u.name = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = roleFromKey(q.value(2).toString()).value_or(Role::L1Operator);
    u.disabled = q.value(3).toInt() != 0;
    u.passwordHash = q.value(4).toString();
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntilMs = q.value(6).toLongLong();
    return u;
}

Status updateCredentials(Database &db, const QString &name, int failed, qint64 lockedUntil)
{
    Result<QSqlQuery *> r = db.prepared(
        QStringLiteral("UPDATE credentials SET failed_attempts = ?, locked_until_ms = ? WHERE user_name = ?"));
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    q.bindValue(0, failed);
    q.bindValue(1, lockedUntil);
    q.bindValue(2, name);
    if (Status st = rows::exec(q, QStringLiteral("update credentials")); !st.ok())
        return st;
    if (q.numRowsAffected() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("user"), name);
    return {};
}

} // namespace

UserRepository::UserRepository(Database &db) : m_db(db) {}

Result<std::optional<UserRecord>> UserRepository::find(const QString &name) const
{
    Result<QSqlQuery *> r = m_db.prepared(selectUsers() + QStringLiteral(" WHERE u.name = ?"));
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    q.bindValue(0, name);
    if (Status st = rows::exec(q, QStringLiteral("find user")); !st.ok())
        return st;
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userFrom(q));
}

Result<QList<UserRecord>> UserRepository::all() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(selectUsers() + QStringLiteral(" ORDER BY u.name")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("list users"));
    QList<UserRecord> out;
    while (q.next())
        out.append(userFrom(q));
    return out;
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("count users"));
    return q.value(0).toLongLong();
}

Status UserRepository::setPasswordHash(QSqlDatabase &db, const QString &name, const QString &hash)
{
    // A new password also clears a lockout: it is how an admin lets a locked-out person back in.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO credentials(user_name, password_hash, failed_attempts, locked_until_ms) VALUES (?, ?, 0, 0) "
        "ON CONFLICT(user_name) DO UPDATE SET password_hash = excluded.password_hash, failed_attempts = 0, "
        "locked_until_ms = 0"));
    q.addBindValue(name);
    q.addBindValue(hash);
    if (!q.exec()) {
        // A foreign-key failure here means the user row does not exist (yet).
        Error e = Database::fromSqlError(q.lastError(), QStringLiteral("set password"));
        if (q.lastError().nativeErrorCode().toInt() == 787 || q.lastError().nativeErrorCode().toInt() == 19)
            e = Error::make(ErrorCode::NotFound, QStringLiteral("user"), name);
        return e;
    }
    return {};
}

Status UserRepository::recordFailure(const QString &name, int failedAttempts, qint64 lockedUntilMs)
{
    return updateCredentials(m_db, name, failedAttempts, lockedUntilMs);
}

Status UserRepository::recordSuccess(const QString &name)
{
    return updateCredentials(m_db, name, 0, 0);
}

} // namespace mt
