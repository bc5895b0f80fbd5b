// SQL behind sites, users and tokens; secrets are random (libsodium) and stored as SHA-256 only.
#include "AccountStore.h"

#include "common/Clock.h"
#include "hub/HubDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace mt {

AccountStore::AccountStore(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

QString AccountStore::hashSecret(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AccountStore::randomSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Status AccountStore::exec(QSqlQuery &q, const QString &context)
{
    if (!q.exec())
        return sqlError(q, context);
    return {};
}

Result<QString> AccountStore::addSite(const QString &id, const QString &name, const EnrolCodeOptions &options)
{
    auto exists = siteExists(id);
    if (!exists)
        return exists.error();
    if (exists.value())
        return Error::make(ErrorCode::Conflict, QStringLiteral("id"), QStringLiteral("site exists"));
    const QString code = randomSecret(18);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sites (id, name, enrol_code_hash, created_ms, enrol_uses_left, enrol_expires_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(hashSecret(code));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(options.uses);
    q.addBindValue(options.ttlS > 0 ? m_clock.nowMs() + options.ttlS * 1000 : qint64{0});
    if (Status s = exec(q, QStringLiteral("site insert")); !s.ok())
        return s;
    return code;
}

Result<QString> AccountStore::rotateEnrolCode(const QString &id, const EnrolCodeOptions &options)
{
    const QString code = randomSecret(18);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sites SET enrol_code_hash = ?, enrol_uses_left = ?, enrol_expires_ms = ? WHERE id = ?"));
    q.addBindValue(hashSecret(code));
    q.addBindValue(options.uses);
    q.addBindValue(options.ttlS > 0 ? m_clock.nowMs() + options.ttlS * 1000 : qint64{0});
    q.addBindValue(id);
    if (Status s = exec(q, QStringLiteral("site code")); !s.ok())
        return s;
    if (q.numRowsAffected() != 1)
        return Error::make(ErrorCode::NotFound, QStringLiteral("id"), id);
    return code;
}

Result<bool> AccountStore::siteExists(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q, QStringLiteral("site lookup")); !s.ok())
        return s;
    return q.next();
}

// One statement checks and takes the use, so two devices racing with a single-use code cannot both win.
Result<bool> AccountStore::consumeEnrolCode(const QString &siteId, const QString &code)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sites SET enrol_uses_left = enrol_uses_left - 1 WHERE id = ? AND enrol_code_hash = ? "
                             "AND enrol_uses_left > 0 AND (enrol_expires_ms = 0 OR enrol_expires_ms > ?)"));
    q.addBindValue(siteId);
    q.addBindValue(hashSecret(code));
    q.addBindValue(m_clock.nowMs());
    if (Status s = exec(q, QStringLiteral("enrol code")); !s.ok())
        return s;
    return q.numRowsAffected() == 1;
}

Status AccountStore::addUser(const HubUser &u)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (name, role, site_id, central, password_hash, created_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(u.name);
    q.addBindValue(toKey(u.role));
    q.addBindValue(u.central ? QVariant() : QVariant(u.siteId));
    q.addBindValue(u.central ? 1 : 0);
    q.addBindValue(u.passwordHash);
    q.addBindValue(m_clock.nowMs());
    return exec(q, QStringLiteral("user insert"));
}

Result<std::optional<HubUser>> AccountStore::findUser(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT role, site_id, central, password_hash, disabled "
                             "FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (Status s = exec(q, QStringLiteral("user lookup")); !s.ok())
        return s;
    if (!q.next())
        return std::optional<HubUser>();
    HubUser u;
    u.name = name;
    u.role = roleFromKey(q.value(0).toString()).value_or(Role::L1Operator);
    u.siteId = q.value(1).toString();
    u.central = q.value(2).toInt() != 0;
    u.passwordHash = q.value(3).toString();
    u.disabled = q.value(4).toInt() != 0;
    return std::optional<HubUser>(u);
}

Result<IssuedToken> AccountStore::issueToken(const Principal &who, qint64 ttlS)
{
    IssuedToken t{randomSecret(32), m_clock.nowMs() + ttlS * 1000};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tokens (hash, kind, subject, role, site_id, central, created_ms, "
                             "expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(hashSecret(t.token));
    q.addBindValue(who.kind);
    q.addBindValue(who.subject);
    q.addBindValue(toKey(who.role));
    q.addBindValue(who.central ? QVariant() : QVariant(who.siteId));
    q.addBindValue(who.central ? 1 : 0);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(t.expiresMs);
    if (Status s = exec(q, QStringLiteral("token insert")); !s.ok())
        return s;
    return t;
}

Result<std::optional<Principal>> AccountStore::findToken(const QString &token)
{
    qint64 lastUsedMs = 0;
    return findToken(token, &lastUsedMs);
}

Result<std::optional<Principal>> AccountStore::findToken(const QString &token, qint64 *lastUsedMs)
{
    // Runs on every authenticated request: a cached statement.
    CachedQuery q(m_db, QStringLiteral("SELECT kind, subject, role, site_id, central, expires_ms, revoked_ms, last_used_ms "
                                       "FROM tokens WHERE hash = ?"));
    const QString hash = hashSecret(token);
    q->addBindValue(hash);
    if (Status s = exec(*q, QStringLiteral("token lookup")); !s.ok())
        return s;
    if (!q->next())
        return std::optional<Principal>();
    Principal p{hash, q->value(0).toString(), q->value(1).toString(),
                roleFromKey(q->value(2).toString()).value_or(Role::L1Operator), q->value(3).toString(),
                q->value(4).toInt() != 0};
    *lastUsedMs = q->value(7).toLongLong();
    if (!q->value(6).isNull())
        return Error::make(ErrorCode::AuthFailed, {}, QStringLiteral("token_revoked"));
    if (q->value(5).toLongLong() <= m_clock.nowMs())
        return Error::make(ErrorCode::AuthFailed, {}, QStringLiteral("token_expired"));
    return std::optional<Principal>(p);
}

Result<Principal> AccountStore::authenticate(const QString &token)
{
    qint64 lastUsedMs = 0;
    auto found = findToken(token, &lastUsedMs);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::make(ErrorCode::AuthFailed, {}, QStringLiteral("unauthenticated"));
    // "Last used" for `token list`, written at most once a minute per token, decided from the row just read:
    // the other requests of that minute stay pure reads (no write lock on the hot path); a busy database skips it.
    const qint64 now = m_clock.nowMs();
    if (lastUsedMs < now - 60000) {
        CachedQuery touch(m_db, QStringLiteral("UPDATE tokens SET last_used_ms = ? WHERE hash = ? AND last_used_ms < ?"));
        touch->addBindValue(now);
        touch->addBindValue(found.value()->tokenHash);
        touch->addBindValue(now - 60000);
        touch->exec();
    }
    return *found.value();
}

Result<int> AccountStore::revoke(const QString &column, const QString &value)
{
    static const QStringList allowed{QStringLiteral("hash"), QStringLiteral("subject"), QStringLiteral("site_id")};
    if (!allowed.contains(column))
        return Error::make(ErrorCode::Internal, column);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tokens SET revoked_ms = ? WHERE %1 = ? AND revoked_ms IS NULL").arg(column));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(value);
    if (Status s = exec(q, QStringLiteral("token revoke")); !s.ok())
        return s;
    return q.numRowsAffected();
}

Result<QList<HubUser>> AccountStore::listUsers()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, role, site_id, central, disabled FROM users ORDER BY name"));
    if (Status s = exec(q, QStringLiteral("user list")); !s.ok())
        return s;
    QList<HubUser> out;
    while (q.next()) {
        HubUser u;
        u.name = q.value(0).toString();
        u.role = roleFromKey(q.value(1).toString()).value_or(Role::L1Operator);
        u.siteId = q.value(2).toString();
        u.central = q.value(3).toInt() != 0;
        u.disabled = q.value(4).toInt() != 0;
        out.append(u);
    }
    return out;
}

Result<bool> AccountStore::setDisabled(const QString &name, bool disabled)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(name);
    if (Status s = exec(q, QStringLiteral("user disable")); !s.ok())
        return s;
    if (q.numRowsAffected() != 1)
        return false;
    if (disabled) {
        QSqlQuery t(m_db);
        t.prepare(QStringLiteral("UPDATE tokens SET revoked_ms = ? WHERE kind = ? AND subject = ? AND revoked_ms IS NULL"));
        t.addBindValue(m_clock.nowMs());
        t.addBindValue(TokenKind::User);
        t.addBindValue(name);
        if (Status s = exec(t, QStringLiteral("user tokens revoke")); !s.ok())
            return s;
    }
    return true;
}

Result<bool> AccountStore::setPassword(const QString &name, const QString &passwordHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(name);
    if (Status s = exec(q, QStringLiteral("user password")); !s.ok())
        return s;
    return q.numRowsAffected() == 1;
}

Result<int> AccountStore::revokeDevices(const QString &siteId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tokens SET revoked_ms = ? WHERE kind = ? AND site_id = ? AND revoked_ms IS NULL"));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(TokenKind::Device);
    q.addBindValue(siteId);
    if (Status s = exec(q, QStringLiteral("revoke devices")); !s.ok())
        return s;
    return q.numRowsAffected();
}

Result<QList<TokenInfo>> AccountStore::listTokens(const QString &siteId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, subject, site_id, created_ms, last_used_ms, expires_ms, revoked_ms FROM tokens")
              + (siteId.isEmpty() ? QString() : QStringLiteral(" WHERE site_id = ?"))
              + QStringLiteral(" ORDER BY created_ms DESC"));
    if (!siteId.isEmpty())
        q.addBindValue(siteId);
    if (Status s = exec(q, QStringLiteral("token list")); !s.ok())
        return s;
    QList<TokenInfo> out;
    while (q.next())
        out.append(TokenInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                             q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).isNull() ? 0 : q.value(6).toLongLong()});
    return out;
}

} // namespace mt
